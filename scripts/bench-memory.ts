/**
 * The backend's memory with Apertium only, measured on the backend process of `glosa serve`
 * as the app runs it (the built command, not the TypeScript runner): its resident peak while
 * the three samples translate, and whether any of the neural stack (onnxruntime's native
 * library) was loaded though no model is in use. Linux only: it reads /proc.
 */
import fs from 'node:fs';
import { detectApertium } from '../core/translate/apertium';
import { childrenOf } from '../tests/support/proc';
import { type Served, startServe, tempDataDir } from '../tests/support/serve';
import { buildCli } from './build.mjs';

type Figures = { peakMb: number; settledMb: number; neuralLoaded: string[] };

/** The process's resident peak and now (VmHWM, VmRSS), in MB. */
export function residentOf(pid: number): { peak: number; now: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

/** Calls the API of a running `glosa serve` as the interface does. */
export function apiCaller(served: Served) {
  return async <T>(method: string, input: object): Promise<T> => {
    const response = await fetch(`${served.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${served.token}` },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; result: T };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
    return body.result;
  };
}

/** The backend process of a running `glosa serve`. */
export function backendOf(served: Served): number {
  const [backend] = childrenOf(served.child.pid!).filter((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('backend'));
  if (!backend) throw new Error('no backend process found');
  return backend;
}

async function measure(): Promise<Figures> {
  await buildCli();
  const served = await startServe(tempDataDir('glosa-bench-memory-'), { GLOSA_MODELS_DIR: tempDataDir() });
  try {
    const call = apiCaller(served);
    await call('updateSettings', { engine: 'apertium' });
    const ids = (await call<{ id: number }[]>('listArticles', {})).map((a) => a.id);
    for (const id of ids) await call('translateArticle', { id });
    const finished = async () => {
      for (const id of ids) {
        if ((await call<{ running: boolean }>('getTranslations', { id })).running) return false;
      }
      return true;
    };
    while (!(await finished())) await new Promise((r) => setTimeout(r, 100));
    const backend = backendOf(served);
    const { peak, now } = residentOf(backend);
    const maps = fs.readFileSync(`/proc/${backend}/maps`, 'utf8');
    const neuralLoaded = [...new Set(maps.split('\n').filter((l) => /onnxruntime/.test(l)).map((l) => l.trim().split(/\s+/).at(-1)!.split('/').pop()!))];
    return { peakMb: peak, settledMb: now, neuralLoaded };
  } finally {
    await served.stop();
  }
}

export async function benchApertiumMemory(): Promise<void> {
  console.log('\nMemory: the backend process of `glosa serve` with Apertium only, translating the three samples');
  if (!fs.existsSync('/proc/self/status')) {
    console.log('  (no /proc here: nothing to measure)');
    return;
  }
  if (!(await detectApertium()).available) {
    console.log('  (Apertium is not installed: nothing to measure)');
    return;
  }
  const figures = await measure();
  const line = (label: string, value: string, target?: string) => console.log(`  ${label.padEnd(50)} ${value.padStart(14)}${target ? `   (target ${target})` : ''}`);
  line('resident peak (VmHWM) while translating', `${figures.peakMb.toFixed(0)} MB`, '< 200 MB');
  line('resident after, translations read back', `${figures.settledMb.toFixed(0)} MB`);
  line('neural stack loaded', figures.neuralLoaded.length ? figures.neuralLoaded.join(', ') : 'none', 'none');
}
