import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { Database } from '../../core/store/database';
import { GLOSA_BIN, type Served, startServe, tempDataDir } from '../support/serve';

const run = promisify(execFile);

/** `glosa ARGS` against the served library, as a user in another terminal would run it. */
async function cli(dataDir: string, args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [GLOSA_BIN, ...args], { env: { ...process.env, GLOSA_DATA_DIR: dataDir }, timeout: 60_000 });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

const articleText = (tag: string) => `Informe ${tag} sobre la guerra.\n\nEl Kremlin negó la captura de las aldeas de la región ${tag}.`;

describe('one library shared by browser mode and the command line at once', () => {
  let served: Served;
  let files: string;
  beforeAll(async () => {
    served = await startServe(tempDataDir('glosa-shared-'));
    files = tempDataDir('glosa-shared-files-');
  });
  afterAll(async () => served?.stop());

  async function httpImport(tag: string): Promise<{ ok: boolean; status?: string; message?: string }> {
    const response = await fetch(`${served.origin}/api/importText`, {
      method: 'POST',
      headers: { authorization: `Bearer ${served.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: articleText(tag) }),
    });
    const body = (await response.json()) as { ok: boolean; result?: { status: string }; error?: { message: string } };
    return { ok: body.ok, status: body.result?.status, message: body.error?.message };
  }

  it('takes imports from 4 command loops and 2 browser loops while readers list, losing none and storing none twice', async () => {
    const acknowledged: string[] = [];
    const failures: string[] = [];
    let writing = true;

    const cliLoop = async (loop: number) => {
      for (let i = 0; i < 4; i++) {
        const tag = `c${loop}i${i}`;
        const file = path.join(files, `${tag}.txt`);
        fs.writeFileSync(file, articleText(tag));
        const result = await cli(served.dataDir, ['import', file, '--json']);
        if (result.ok) acknowledged.push(tag);
        else failures.push(`cli import ${tag}: ${result.stderr}`);
      }
    };
    const httpLoop = async (loop: number) => {
      for (let i = 0; i < 12; i++) {
        const tag = `h${loop}i${i}`;
        const reply = await httpImport(tag);
        if (reply.ok && reply.status === 'imported') acknowledged.push(tag);
        else failures.push(`http import ${tag}: ${reply.message ?? reply.status}`);
      }
    };
    const readers = async () => {
      let reads = 0;
      while (writing) {
        const result = await cli(served.dataDir, ['list', '--json']);
        if (!result.ok) failures.push(`cli list: ${result.stderr}`);
        reads++;
      }
      return reads;
    };

    const reading = readers();
    await Promise.all([0, 1, 2, 3].map(cliLoop).concat([0, 1].map(httpLoop)));
    writing = false;
    expect(await reading).toBeGreaterThan(0);

    expect(failures).toEqual([]);
    expect(acknowledged).toHaveLength(4 * 4 + 2 * 12);
    const listed = JSON.parse((await cli(served.dataDir, ['list', '--json'])).stdout) as { articles: { title: string }[] };
    const titles = listed.articles.map((a) => a.title);
    for (const tag of acknowledged) expect(titles.filter((t) => t.includes(`Informe ${tag} `)), tag).toHaveLength(1);
    expect(new Set(titles).size).toBe(titles.length);

    const db = Database.open(path.join(served.dataDir, DATABASE_FILE));
    try {
      expect(db.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok');
    } finally {
      db.close();
    }
  }, 240_000);

  it('stores a file once when 8 imports of it race in parallel, from both sides', async () => {
    const file = path.join(files, 'race.txt');
    fs.writeFileSync(file, articleText('carrera'));
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => cli(served.dataDir, ['import', file, '--json'])),
      ...Array.from({ length: 4 }, () => httpImport('carrera')),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const listed = JSON.parse((await cli(served.dataDir, ['list', '--json'])).stdout) as { articles: { title: string }[] };
    expect(listed.articles.filter((a) => a.title.includes('Informe carrera '))).toHaveLength(1);
  }, 120_000);
});
