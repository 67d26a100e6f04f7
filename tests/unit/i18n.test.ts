import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { english, MESSAGE_KEYS, MESSAGES, message, placeholders } from '../../core/messages';
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

describe("the back end's messages", () => {
  const spanish = catalogue('es').messages!;

  it('are worded in Spanish, every one, with the same placeholders as the English', () => {
    expect(Object.keys(spanish).sort()).toEqual([...MESSAGE_KEYS].sort());
    for (const key of MESSAGE_KEYS) {
      expect(placeholders(spanish[key]!), key).toEqual(placeholders(MESSAGES[key]));
      // Every message with words in it is worded anew ('{{models}}' alone is the same in both).
      if (/\p{L}/u.test(MESSAGES[key].replace(/\{\{[^}]*\}\}/g, ''))) expect(spanish[key], key).not.toBe(MESSAGES[key]);
    }
  });

  it('fill their placeholders in English for the command line, sizes and inner messages included', () => {
    expect(english(message('articleNotFound', { id: 7 }))).toBe('There is no article 7 in the library.');
    expect(english(message('downloadNoSpace', { dir: '/m', needed: 119_362_005, free: 5_300_000 }))).toBe('Not enough free disk space in /m: the model needs 119 MB and 5.3 MB is free.');
    expect(english(message('databaseSaveFailed', { file: 'g.sqlite', problem: message('diskFull') }))).toBe(
      'Glosa could not save to g.sqlite: the disk is full. Free some space, then try again. Nothing was half-saved: your library is as it was before this change.',
    );
    // A placeholder left without a value stays visible rather than reading as nothing.
    expect(english(message('articleNotFound'))).toBe('There is no article {{id}} in the library.');
  });

  it('are worded by i18next in Spanish, with sizes in its numbers and inner messages worded first', async () => {
    const i18next = (await import('i18next')).default.createInstance();
    await i18next.init({ resources: { es: { translation: catalogue('es') } }, lng: 'es', interpolation: { escapeValue: false } });
    i18next.services.formatter?.add('bytes', (value: unknown, lng: string | undefined) => formatBytes(value as number, lng));
    const { wordMessage } = await import('../../renderer/src/messages');
    expect(wordMessage(i18next.t, message('downloadNoSpace', { dir: '/m', needed: 5_300_000, free: 1_200_000 }))).toBe(
      'No hay espacio libre suficiente en /m: el modelo necesita 5,3 MB y quedan 1,2 MB libres.',
    );
    expect(wordMessage(i18next.t, message('databaseSaveFailed', { file: 'g.sqlite', problem: message('diskFull') }))).toMatch(/^Glosa no pudo guardar en g\.sqlite: el disco está lleno\./);
  });
});

describe('numbers in the interface', () => {
  it('are written as the interface language writes them', async () => {
    const i18next = (await import('i18next')).default.createInstance();
    await i18next.init({ resources: { es: { translation: catalogue('es') }, en: { translation: catalogue('en') } }, lng: 'es', interpolation: { escapeValue: false } });
    expect(i18next.t('library.showMore', { count: 200, total: 10_000 })).toContain('10.000');
    expect(i18next.t('reader.translating', { done: 1_500, total: 12_000 })).toContain('12.000');
    expect(i18next.t('library.showMore', { lng: 'en', count: 200, total: 10_000 })).toContain('10,000');
  });
});

describe('a message template', () => {
  it('names its placeholders once each, in order, with or without a format', () => {
    expect(placeholders('{{b}} and {{a, bytes}}, then {{b}} again')).toEqual(['a', 'b']);
    expect(placeholders('No placeholder.')).toEqual([]);
  });

  it('writes a size only where the template says so, and a number as it is elsewhere', () => {
    expect(english(message('modelFileSize', { file: 'x.onnx', size: 1500, expected: 2_000_000 }))).toBe('x.onnx has 1500 bytes instead of 2000000. Download the model again.');
    expect(english(message('connectionClosed', { got: 1500, total: 'unknown' }))).toBe('the connection closed after 2 kB of unknown');
  });
});
