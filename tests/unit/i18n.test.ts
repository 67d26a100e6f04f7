import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../core/text/bytes';
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
    // The download offer names its own model's size, from the manifest.
    expect(t.models!.downloadHint).toContain('{{size}}');
    expect(t.models!.downloadHint).not.toMatch(/\d+ MB/);
    // "about 450 MB": within 1 %.
    expect(Math.abs(stated(t.settings!.fp32!) - megabytes('fp32')) / megabytes('fp32')).toBeLessThan(0.01);
  });
});

describe('counts in the interface', () => {
  it.each([
    ['en', 1, '3× in 1 article'],
    ['en', 2, '3× in 2 articles'],
    ['es', 1, '3× en 1 artículo'],
    ['es', 4, '3× en 4 artículos'],
  ])('agree in number with what they count (%s, %i)', async (lang, articles, expected) => {
    const i18next = (await import('i18next')).default.createInstance();
    await i18next.init({ resources: { [lang]: { translation: catalogue(lang) } }, lng: lang, interpolation: { escapeValue: false } });
    expect(i18next.t('glossary.counts', { times: 3, count: articles })).toBe(expected);
    // "1 other spelling", "2 other spellings".
    expect(i18next.t('glossary.spellings', { count: articles })).toMatch(articles === 1 ? /^1 (other spelling|variante más)$/ : /^\d+ (other spellings|variantes más)$/);
  });
});

describe('sizes', () => {
  it('read in the decimal units of the hub, one decimal below ten', () => {
    expect([0, 999, 1500, 52_900_000, 119_362_005, 5_300_000, 2_500_000_000].map((n) => formatBytes(n))).toEqual(['0 bytes', '999 bytes', '2 kB', '53 MB', '119 MB', '5.3 MB', '2.5 GB']);
    // Numbers follow the interface language: a decimal comma in Spanish.
    expect([5_300_000, 119_362_005, 2_500_000_000, 12_345_678_901].map((n) => formatBytes(n, 'es'))).toEqual(['5,3 MB', '119 MB', '2,5 GB', '12 GB']);
  });
});
