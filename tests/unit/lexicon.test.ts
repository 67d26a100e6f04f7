import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { PackedWords, cacheDir, lexiconOf } from '../../core/languages/lexicon';

const require = createRequire(import.meta.url);
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glosa-lexicon-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('packed words', () => {
  it('finds every form it holds and no other, whatever the forms', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\n')), { maxLength: 60 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 20 }), (forms, others) => {
        const words = PackedWords.fromForms(forms);
        expect(words.size).toBe(forms.length);
        for (const f of forms) expect(words.hasForm(f)).toBe(true);
        for (const o of others) expect(words.hasForm(o)).toBe(forms.includes(o));
      }),
    );
  });

  it('takes a word in lower case when the dictionary has it so ("Salud"), and a name only as written', () => {
    const words = PackedWords.fromForms(['salud', 'Chile', 'ñandú', 'árbol']);
    expect(words.has('Salud')).toBe(true);
    expect(words.has('Ñandú')).toBe(true);
    expect(words.has('Chile')).toBe(true);
    expect(words.has('chile')).toBe(false);
    expect(words.has('Árboles')).toBe(false);
  });

  it('leaves out empty forms and forms with a line break, which would break its lines', () => {
    const words = PackedWords.fromForms(['', 'a\nb', 'c', 'c']);
    expect(words.size).toBe(1);
    expect(words.hasForm('c')).toBe(true);
    expect(words.hasForm('a')).toBe(false);
  });

  it('holds nothing when empty', () => {
    const words = PackedWords.fromForms([]);
    expect(words.size).toBe(0);
    expect(words.has('a')).toBe(false);
  });
});

describe('a language dictionary', () => {
  it('is read from its hunspell package, every form expanded, and kept in the cache folder', () => {
    const dir = tempDir();
    const spanish = lexiconOf('dictionary-es', dir)!;
    expect(['Francia', 'París', 'salud', 'ucranianos', 'suscribieron'].every((w) => spanish.has(w))).toBe(true);
    expect(['FranciaParís', 'WhatsApp', 'Zelenski'].some((w) => spanish.has(w))).toBe(false);
    const [file] = fs.readdirSync(dir);
    expect(file).toMatch(/^dictionary-es-[\d.]+\.words$/);
    expect(fs.readFileSync(path.join(dir, file!)).subarray(0, 16).toString()).toBe('glosa-lexicon 1 ');
  });

  it("knows the dictionary's own words apart from the forms its affixes make of others", () => {
    const spanish = lexiconOf('dictionary-es', tempDir())!;
    expect(['salud', 'esperanza', 'holanda'].every((w) => spanish.isHeadword(w))).toBe(true);
    // ("orlando" of "orlar", "florida" of "florido", "murcia" of "murciar": forms, not words of their own.)
    expect(['orlando', 'florida', 'murcia'].every((w) => spanish.hasForm(w) && !spanish.isHeadword(w))).toBe(true);
    // (Packed forms without headwords take every form for one.)
    expect(PackedWords.fromForms(['orlando']).isHeadword('orlando')).toBe(true);
  });

  it('is built again from the package when its cached file is cut short, and the file repaired', () => {
    const dir = tempDir();
    lexiconOf('dictionary-es', dir);
    const file = path.join(dir, fs.readdirSync(dir)[0]!);
    const whole = fs.statSync(file).size;
    fs.truncateSync(file, 5000);
    const again = path.join(tempDir(), path.basename(file));
    fs.copyFileSync(file, again);
    const spanish = lexiconOf('dictionary-es', path.dirname(again))!;
    expect(spanish.has('ucranianos')).toBe(true);
    expect(fs.statSync(again).size).toBe(whole);
  });

  it('reads the cached file rather than the package when it is whole', () => {
    const dir = tempDir();
    const forms = PackedWords.fromForms(['solo', 'estas', 'formas']);
    const version = (JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('dictionary-es')), 'package.json'), 'utf8')) as { version: string }).version;
    fs.writeFileSync(path.join(dir, `dictionary-es-${version}.words`), Buffer.concat([Buffer.from(`glosa-lexicon 1 ${forms.size}\n`), forms.bytes()]));
    const cached = lexiconOf('dictionary-es', dir)!;
    expect(cached.has('formas')).toBe(true);
    expect(cached.has('Francia')).toBe(false);
  });

  it('builds again from the package a cached file of another kind (its first line is not its own)', () => {
    const dir = tempDir();
    const version = (JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('dictionary-es')), 'package.json'), 'utf8')) as { version: string }).version;
    const file = path.join(dir, `dictionary-es-${version}.words`);
    fs.writeFileSync(file, 'otra cosa 3\nsolo\nestas\nformas');
    expect(lexiconOf('dictionary-es', dir)!.has('Francia')).toBe(true);
    expect(fs.readFileSync(file).subarray(0, 16).toString()).toBe('glosa-lexicon 1 ');
  });

  it('still answers where the cache cannot be written (a file stands where its folder would be)', () => {
    const blocked = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(blocked, 'x');
    expect(lexiconOf('dictionary-es', blocked)?.has('Francia')).toBe(true);
    expect(fs.readFileSync(blocked, 'utf8')).toBe('x');
  });

  it('is none for a package that is not installed', () => {
    expect(lexiconOf('dictionary-xx-none', tempDir())).toBeNull();
  });

  it('is none, and nothing is cached, for a broken package: affixes nspell cannot read, or words cut short', () => {
    const broken = (aff: string, dic: string) => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'dictionary-broken', version: '1.0.0' }));
      fs.writeFileSync(path.join(dir, 'index.aff'), aff);
      fs.writeFileSync(path.join(dir, 'index.dic'), dic);
      return path.join(dir, 'package.json');
    };
    for (const pkg of [broken('SFX A Y 9\nSFX', '2\ncasa/A\n'), broken('SET UTF-8\n', '2\ncasa\nperro\n')]) {
      const cache = tempDir();
      expect(lexiconOf(pkg, cache)).toBeNull();
      expect(fs.readdirSync(cache)).toEqual([]);
    }
  });

  it('is cached in GLOSA_CACHE_DIR when set, otherwise in the user cache folder', () => {
    expect(cacheDir({ GLOSA_CACHE_DIR: '/tmp/c' })).toBe('/tmp/c');
    expect(cacheDir({ XDG_CACHE_HOME: '/tmp/x' })).toBe(path.join('/tmp/x', 'glosa'));
    expect(cacheDir({})).toBe(path.join(os.homedir(), '.cache', 'glosa'));
  });
});
