import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApertiumEngine, readApertiumLine } from '../../core/translate/apertium';
import { escapeStream, unescapeStream } from '../../core/translate/apertium-pipeline';
import { descendantsOf, procStat } from '../support/proc';
import { tempDataDir } from '../support/serve';

const SENTENCES = [
  'La guerra en Ucrania sigue.',
  'El presidente dijo "Zelenskiyy es bueno" y (Kuleba) habló.',
  'Cuesta 5$ o 3 € / kilo <hoy> [nota] {x} en a@b.com ~ fin.',
  'Barra \\ invertida y ^acento^.',
  '',
];

describe('Apertium kept running', () => {
  it('writes and reads its stream format: every special character escaped and back', () => {
    for (const text of SENTENCES) expect(unescapeStream(`${escapeStream(text)}[][\n]`)).toBe(text);
    expect(escapeStream('a/b [c]')).toBe('a\\/b \\[c\\]');
    expect(unescapeStream('The war[][\n]')).toBe('The war');
  });

  it('translates as the apertium command does, batch after batch, and falls back to it where it cannot run', async () => {
    // The same command behind a wrapper with no apertium-wblank-mode beside it: run once per batch.
    const bin = fs.mkdtempSync(path.join(tempDataDir(), 'bin-'));
    const wrapper = path.join(bin, 'apertium');
    fs.writeFileSync(wrapper, '#!/bin/sh\nexec apertium "$@"\n', { mode: 0o755 });
    const once = new ApertiumEngine('r', 'spa-eng', wrapper);
    const kept = new ApertiumEngine('r', 'spa-eng', 'apertium');
    try {
      const expected = await once.translateBatch(SENTENCES);
      expect(expected[0]!.text).toBe('The war in Ukraine follows.');
      expect(await kept.translateBatch(SENTENCES)).toEqual(expected);
      // Again, on the same running pipeline, and two batches at once keep their order.
      const [a, b] = await Promise.all([kept.translateBatch(SENTENCES.slice(0, 2)), kept.translateBatch(SENTENCES.slice(2))]);
      expect([...a, ...b]).toEqual(expected);
      expect(expected[1]).toEqual(readApertiumLine('The president said "*Zelenskiyy is good" and (*Kuleba) spoke.'));
    } finally {
      await kept.dispose();
      await once.dispose();
    }
  }, 60_000);

  it('closes a pipeline that has had nothing to do, and starts it again for the next sentence', async () => {
    const engine = new ApertiumEngine('r', 'spa-eng', 'apertium', { from: 'es', to: 'en' }, 50);
    try {
      const [first] = await engine.translateBatch(['La guerra.']);
      expect(await engine.running()).toBe(true);
      await expect.poll(() => engine.running(), { timeout: 5000 }).toBe(false);
      expect(await engine.translateBatch(['La guerra.'])).toEqual([first]);
      expect(await engine.running()).toBe(true);
    } finally {
      await engine.dispose();
    }
  }, 60_000);

  it.runIf(fs.existsSync('/proc/self/stat'))('runs its programs below the interface, as background work', async () => {
    const engine = new ApertiumEngine('r', 'spa-eng', 'apertium');
    try {
      await engine.translateBatch(['La guerra.']);
      // The pipeline's processes: this process's children, and theirs.
      const pipeline = descendantsOf(process.pid).map((pid) => procStat(pid));
      expect(pipeline.length).toBeGreaterThan(1);
      // The lowest priority there is: its ten or so processes, each at 10, would weigh together
      // as much as the interface's one and take the processor from it while it scrolls.
      for (const p of pipeline) expect(p.nice).toBe(19);
    } finally {
      await engine.dispose();
    }
  }, 60_000);
});
