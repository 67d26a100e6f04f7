import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { startServe } from '../support/serve';

/** A process's parent and niceness, from /proc. */
function stat(pid: number): { ppid: number; nice: number } {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), nice: Number(fields[16]) };
}

describe('background work', () => {
  it.runIf(fs.existsSync('/proc/self/stat'))('runs in a backend below the interface: the server answers at its own priority, the library works below it', async () => {
    const served = await startServe();
    try {
      const server = served.child.pid!;
      // The backend answers once it has opened the library.
      await fetch(`${served.origin}/api/getStatus`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${served.token}` }, body: '{}' });
      const children = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
        try {
          return stat(pid).ppid === server;
        } catch {
          return false;
        }
      });
      expect(children).toHaveLength(1);
      expect(stat(server).nice).toBe(os.getPriority(process.pid));
      expect(stat(children[0]!).nice).toBe(Math.min(19, os.getPriority(process.pid) + 10));
    } finally {
      await served.stop();
    }
  }, 60_000);
});
