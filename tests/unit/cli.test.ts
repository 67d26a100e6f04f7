import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../core/paths';
import { SAMPLES_DIR, SAMPLE_FILES } from '../support/fixtures';
import { GLOSA_BIN, tempDataDir } from '../support/serve';

function glosa(args: string[], dataDir = tempDataDir()) {
  const result = spawnSync(process.execPath, [GLOSA_BIN, ...args], {
    env: { ...process.env, GLOSA_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, dataDir };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('the glosa command', () => {
  it('prints help and the version', () => {
    const help = glosa(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['import', 'list', 'segment', 'serve']) expect(help.stdout).toContain(`glosa ${command}`);
    expect(glosa(['--version']).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(GLOSA_BIN, '..', '..', 'package.json'), 'utf8')).version);
  });

  it('answers a usage mistake with one line on stderr and exit code 2', () => {
    for (const args of [['frobnicate'], ['import'], ['list', '--bogus'], ['serve', '--port', 'abc'], ['segment']]) {
      const r = glosa(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('imports files into the data folder and lists them as JSON', async () => {
    const dataDir = tempDataDir();
    const file = path.join(SAMPLES_DIR, SAMPLE_FILES[0]!);
    const first = glosa(['import', file], dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/duplicate/); // the samples arrive on first run
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);

    const note = path.join(dataDir, 'nota.md');
    fs.writeFileSync(note, '# Nota de prensa\n\nEl Kremlin negó la captura de las aldeas.');
    expect(glosa(['import', note], dataDir).stdout).toMatch(/imported +nota\.md: "Nota de prensa"/);

    const list = glosa(['list', '--json'], dataDir);
    expect(list.code).toBe(0);
    const { articles } = JSON.parse(list.stdout) as { articles: { title: string; sourceName: string | null; sentenceCount: number }[] };
    expect(articles).toHaveLength(4);
    expect(articles[0]).toMatchObject({ title: 'Nota de prensa', sourceName: 'nota.md', sentenceCount: 2, language: 'es' });
    const french = path.join(dataDir, 'note.txt');
    fs.writeFileSync(french, "Le Kremlin a démenti la prise des villages. Les combats se poursuivent dans l'est du pays.");
    const imported = JSON.parse(glosa(['import', french, '--json'], dataDir).stdout) as { results: { article: { language: string; sourceLang: string } }[] };
    expect(imported.results[0]!.article).toMatchObject({ language: 'fr', sourceLang: 'fr' });
    expect(glosa(['list'], dataDir).stdout).toMatch(/fr→en {3}Le Kremlin a démenti/);

    const { Database } = await import('../../core/store/database');
    const db = Database.open(path.join(dataDir, DATABASE_FILE));
    // The glossary has taken in every imported article.
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM term_index')?.n).toBe(5);
    db.close();

    const search = JSON.parse(glosa(['list', '--query', 'volodimir', '--json'], dataDir).stdout) as { articles: { snippet: string }[] };
    expect(search.articles).toHaveLength(2);
    expect(search.articles[0]!.snippet).toMatch(/\[Volodimir\]/);
  });

  it('reports each bad file by name with exit code 1 and keeps what was saved', () => {
    const dataDir = tempDataDir();
    const empty = path.join(dataDir, 'vacío.txt');
    fs.writeFileSync(empty, '');
    const png = path.join(dataDir, 'foto.txt');
    fs.writeFileSync(png, Buffer.from('89504e470d0a1a0a0000', 'hex'));
    const r = glosa(['import', empty, png, path.join(dataDir, 'missing.txt')], dataDir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/vacío\.txt is empty/);
    expect(r.stdout).toMatch(/foto\.txt is a PNG image, not text/);
    expect(r.stdout).toMatch(/missing\.txt does not exist/);
    noStackTrace(r.stdout + r.stderr);
    expect(JSON.parse(glosa(['list', '--json'], dataDir).stdout).articles).toHaveLength(3);
  });

  it('refuses a corrupt database with its path and exit code 1, and does not reset it', () => {
    const dataDir = tempDataDir();
    const db = path.join(dataDir, DATABASE_FILE);
    fs.writeFileSync(db, 'garbage '.repeat(1000));
    const r = glosa(['list', '--json'], dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(db);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.readFileSync(db, 'utf8')).toBe('garbage '.repeat(1000));
  });

  it('segments a file into paragraphs with roles and sentences (the JSON contract)', () => {
    const r = glosa(['segment', path.join(SAMPLES_DIR, 'rusia-ucrania-segunda-ronda.txt'), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { paragraphs: { role: string; sentences: string[] }[] };
    expect(Object.keys(doc)).toEqual(['paragraphs']);
    for (const p of doc.paragraphs) {
      expect(Object.keys(p)).toEqual(['role', 'sentences']);
      expect(['heading', 'body', 'boilerplate']).toContain(p.role);
    }
    expect(doc.paragraphs.find((p) => p.sentences[0]!.startsWith('Relacionado'))?.role).toBe('boilerplate');
    expect(doc.paragraphs.find((p) => p.sentences[0] === 'No se conoce el lugar de la reunión')?.role).toBe('heading');
  });
});
