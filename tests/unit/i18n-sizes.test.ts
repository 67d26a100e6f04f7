import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../core/translate/models';
import { ROOT } from '../support/serve';

const catalogue = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'renderer', 'src', 'i18n', `${lang}.json`), 'utf8')) as Record<string, Record<string, string>>;

/** The whole download of one weight type, as the Settings list shows it (decimal megabytes). */
function megabytes(dtype: 'q8' | 'fp32'): number {
  const [model] = readManifest(path.join(ROOT, 'models', 'manifest.json'));
  return [...model!.files.common, ...model!.files[dtype]].reduce((n, f) => n + f.approxBytes, 0) / 1e6;
}

describe('the model sizes the interface states', () => {
  it.each(['en', 'es'])('agree with the manifest, in %s, everywhere they are written', (lang) => {
    const t = catalogue(lang);
    const stated = (text: string) => Number(/(\d+) MB/.exec(text)?.[1]);
    expect(stated(t.settings!.q8!)).toBe(Math.round(megabytes('q8')));
    expect(stated(t.models!.downloadHint!)).toBe(Math.round(megabytes('q8')));
    // "about 450 MB": within 1 %.
    expect(Math.abs(stated(t.settings!.fp32!) - megabytes('fp32')) / megabytes('fp32')).toBeLessThan(0.01);
  });
});
