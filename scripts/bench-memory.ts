/**
 * The backend's memory with Apertium only, in a process of its own as the app runs it: the
 * resident peak while the three samples translate, and whether any of the neural stack
 * (onnxruntime's native library, transformers.js) was loaded though no model is in use.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../core/app';
import { detectApertium } from '../core/translate/apertium';
import { SAMPLES_DIR } from '../tests/support/fixtures';
import { ROOT, tempDataDir } from '../tests/support/serve';

type Figures = { peakMb: number; settledMb: number; neuralLoaded: string[] };

/** What of the neural stack is mapped into this process now. */
function neuralModules(): string[] {
  const maps = fs.existsSync('/proc/self/maps') ? fs.readFileSync('/proc/self/maps', 'utf8') : '';
  const native = [...new Set(maps.split('\n').filter((l) => /onnxruntime/.test(l)).map((l) => path.basename(l.trim().split(/\s+/).at(-1)!)))];
  return native;
}

async function measure(): Promise<Figures> {
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const core = await openCore({ dataDir: tempDataDir('glosa-bench-memory-'), samplesDir: SAMPLES_DIR, modelsDir: tempDataDir(), apertiumCommand: 'apertium' });
  await core.api.updateSettings({ engine: 'apertium' });
  const ids = (await core.api.listArticles({})).map((a) => a.id);
  const waiting = new Set(ids);
  const done = new Promise<void>((resolve) =>
    core.events.on((e) => {
      if (e.type === 'progress' && !e.running) waiting.delete(e.articleId);
      if (!waiting.size) resolve();
    }),
  );
  for (const id of ids) await core.api.translateArticle({ id });
  await done;
  for (const id of ids) await core.api.getTranslations({ id });
  clearInterval(sample);
  const settled = process.memoryUsage().rss;
  const neuralLoaded = neuralModules();
  await core.close();
  return { peakMb: Math.max(peak, settled) / 1e6, settledMb: settled / 1e6, neuralLoaded };
}

export async function benchApertiumMemory(): Promise<void> {
  console.log('\nMemory: the backend with Apertium only, in a process of its own, translating the three samples');
  if (!(await detectApertium()).available) {
    console.log('  (Apertium is not installed: nothing to measure)');
    return;
  }
  const figures = await new Promise<Figures>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, 'child'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as Figures);
      else reject(new Error(`memory benchmark stopped with ${code}: ${out.slice(-1000)}`));
    });
  });
  const line = (label: string, value: string, target?: string) => console.log(`  ${label.padEnd(50)} ${value.padStart(14)}${target ? `   (target ${target})` : ''}`);
  line('resident peak while translating', `${figures.peakMb.toFixed(0)} MB`, '< 200 MB');
  line('resident after, translations read back', `${figures.settledMb.toFixed(0)} MB`);
  line('neural stack loaded', figures.neuralLoaded.length ? figures.neuralLoaded.join(', ') : 'none', 'none');
}

if (process.argv[2] === 'child') {
  console.log(JSON.stringify(await measure()));
  process.exit(0);
}
