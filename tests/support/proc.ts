/**
 * Processes as Linux's /proc shows them: a process's parent, niceness and resident memory,
 * and the processes below one. For tests and benchmarks that look at the processes Glosa
 * starts; callers check that /proc exists first.
 */
import fs from 'node:fs';

export function procStat(pid: number): { ppid: number; nice: number } {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), nice: Number(fields[16]) };
}

/** Every live process's parent, read once. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      out.set(Number(d), procStat(Number(d)).ppid);
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

export function childrenOf(pid: number): number[] {
  return [...parents()].filter(([, ppid]) => ppid === pid).map(([child]) => child);
}

/** The processes below `pid`, at any depth. */
export function descendantsOf(pid: number): number[] {
  const all = parents();
  const found = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, ppid] of all) {
      if (found.has(ppid) && !found.has(child)) {
        found.add(child);
        grew = true;
      }
    }
  }
  found.delete(pid);
  return [...found];
}
