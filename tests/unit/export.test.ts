import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { type GlosaCore, openCore } from '../../core/app';
import { renderDocx } from '../../core/export/formats/docx';
import { DEFAULT_EXPORT_OPTIONS, safeFileName } from '../../core/export/model';
import { renderAnkiCsv } from '../../core/export/formats/anki';
import { parseGlossary } from '../../core/glossary/formats';
import { SAMPLES_DIR } from '../support/fixtures';
import { GLOSA_BIN, tempDataDir } from '../support/serve';
import { tinyModelDir } from '../support/tiny-model';

const opened: GlosaCore[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

/** An article translated with the tiny model, with an edit, a note and a glossary entry. */
async function annotatedLibrary() {
  const core = await openCore({ dataDir: tempDataDir(), modelsDir: tempDataDir(), apertiumCommand: '/nonexistent' });
  opened.push(core);
  await core.api.importModel({ id: 'opus-mt-es-en', path: tinyModelDir() });
  const r = await core.api.importText({ text: 'La guerra en Kiev.\n\nEl presidente Zelenski habló con Putin hoy.\n\nLa paz y la seguridad de Rusia.', title: 'Guerra y paz' });
  if (r.status !== 'imported') throw new Error('import failed');
  await core.api.addGlossaryEntry({ variants: ['Kiev'], target: 'Kyiv', kind: 'place', note: 'modern "Kyiv", not Kiev' });
  await core.api.translateArticle({ id: r.article.id });
  await core.translator.idle();
  await core.api.editTranslation({ id: r.article.id, n: 1, text: 'President Zelensky spoke with Putin today.' });
  await core.api.addNote({ id: r.article.id, n: 1, side: 'target', body: 'Spelling as in our style guide.' });
  return { core, id: r.article.id };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('exports', () => {
  it('TMX 1.4b holds every translated pair, the edited one marked', async () => {
    const { core, id } = await annotatedLibrary();
    const result = await core.api.exportArticles({ ids: [id], format: 'tmx' });
    const tmx = xml.parse(Buffer.from(result.data, 'base64').toString('utf8'));
    expect(tmx.tmx['@version']).toBe('1.4');
    expect(tmx.tmx.header['@srclang']).toBe('es');
    const units = tmx.tmx.body.tu as { prop: { '#text': string; '@type': string }[]; tuv: { '@xml:lang': string; seg: string }[] }[];
    expect(units).toHaveLength(3);
    expect(units.map((u) => u.tuv[1]!.seg)).toEqual(['The war in Kyiv.', 'President Zelensky spoke with Putin today.', 'The peace and the security of Russia.']);
    // The parser reads "true" and "false" as booleans.
    expect(units.map((u) => String(u.prop.find((p) => p['@type'] === 'x-glosa-edited')!['#text']))).toEqual(['false', 'true', 'false']);
  });

  it('TBX and CSV carry the glossary; the Anki CSV quotes commas, quotes and newlines', async () => {
    const { core, id } = await annotatedLibrary();
    const tbx = xml.parse(Buffer.from((await core.api.exportArticles({ ids: [id], format: 'tbx' })).data, 'base64').toString('utf8'));
    const entry = tbx.tbx.text.body.conceptEntry;
    expect(entry.langSec.map((l: { '@xml:lang': string }) => l['@xml:lang'])).toEqual(['es', 'en']);
    expect(Buffer.from((await core.api.exportArticles({ ids: [id], format: 'csv' })).data, 'base64').toString()).toBe('source,target,kind,note\r\nKiev,Kyiv,place,"modern ""Kyiv"", not Kiev"\r\n');
    const anki = renderAnkiCsv({
      articles: [{ title: 't', sourceName: null, importedAt: '2026-01-01', sourceLang: 'es', targetLang: 'en', engine: null, via: null, paragraphs: [{ role: 'body', sentences: [{ n: 0, source: 'Kiev, "dijo"\nhoy.', target: 'Kyiv, he said.', edited: false, notes: [], terms: [] }] }] }],
      glossary: [{ variants: ['Kiev'], target: 'Kyiv', kind: 'place', note: 'a, b' }],
      options: DEFAULT_EXPORT_OPTIONS,
    });
    expect(anki).toBe('front,back,example_es,example_en,kind,note\r\nKiev,Kyiv,"Kiev, ""dijo""\nhoy.","Kyiv, he said.",place,"a, b"\r\n');
  });

  it('CSV cells that a spreadsheet would run as formulas go out neutralised, and Glosa reads them back as they were', async () => {
    const { core, id } = await annotatedLibrary();
    const formulas = ['=HYPERLINK("http://x.example","clic")', '+1+1', '-2+3', '@SUM(A1)', "'=ya citado"];
    for (const [i, f] of formulas.entries()) await core.api.addGlossaryEntry({ variants: [`Término${i}`], target: f, kind: 'term', note: f });
    const csv = Buffer.from((await core.api.exportArticles({ ids: [id], format: 'csv' })).data, 'base64').toString();
    const anki = Buffer.from((await core.api.exportArticles({ ids: [id], format: 'anki' })).data, 'base64').toString();
    // No cell, quoted or not, starts with a formula character.
    for (const file of [csv, anki]) {
      for (const line of file.split('\r\n').slice(1)) for (const cell of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    }
    const back = parseGlossary(csv, 'csv');
    expect(back.errors).toEqual([]);
    expect(back.records.filter((r) => r.variants[0]!.startsWith('Término')).map((r) => [r.target, r.note])).toEqual(formulas.map((f) => [f, f]));
  });

  it('TMX stays well-formed XML when the text holds control characters', async () => {
    const { core, id } = await annotatedLibrary();
    await core.api.editTranslation({ id, n: 0, text: 'The war\u0001 in\u000b Kyiv\u001f.' });
    const text = Buffer.from((await core.api.exportArticles({ ids: [id], format: 'tmx' })).data, 'base64').toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<seg>The war in Kyiv.</seg>');
  });

  it('HTML is one file with no script, edits told apart, terms marked and notes as footnotes', async () => {
    const { core, id } = await annotatedLibrary();
    const page = Buffer.from((await core.api.exportArticles({ ids: [id], format: 'html' })).data, 'base64').toString();
    expect(page).not.toMatch(/<script|javascript:|\son\w+=|src="http|href="http/i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(page).toContain('<span class="edited">President Zelensky spoke with Putin today.');
    expect(page).toMatch(/<span class="term" title="Kiev → Kyiv">Kyiv<\/span>/);
    expect(page).toMatch(/<sup id="ref-1"><a href="#note-1">1<\/a><\/sup>/);
    expect(page).toContain('<li id="note-1">Spelling as in our style guide.');
    expect(page).toContain('@media print');
    // In print, a heading stays with the paragraph after it.
    expect(/@media print \{[^}]*\}?[^@]*h1, h2, \.heading \{ break-after: avoid;/.test(page)).toBe(true);
    const interleaved = Buffer.from((await core.api.exportArticles({ ids: [id], format: 'html', layout: 'interleaved', includeNotes: false })).data, 'base64').toString();
    expect(interleaved).toContain('class="interleaved"');
    expect(interleaved).not.toContain('note-1');
  });

  it('DOCX holds every sentence pair in order; Markdown the same content', async () => {
    const { core, id } = await annotatedLibrary();
    const docx = Buffer.from((await core.api.exportArticles({ ids: [id], format: 'docx' })).data, 'base64');
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    const order = ['La guerra en Kiev.', 'The war in Kyiv.', 'El presidente Zelenski habló con Putin hoy.', 'President Zelensky spoke with Putin today.', 'La paz y la seguridad de Rusia.', 'The peace and the security of Russia.'];
    let at = 0;
    for (const piece of order) {
      const found = text.indexOf(piece, at);
      expect(found, piece).toBeGreaterThanOrEqual(at);
      at = found + piece.length;
    }
    const JSZip = (await import('jszip')).default;
    const footnotes = await (await JSZip.loadAsync(docx)).file('word/footnotes.xml')!.async('string');
    expect(footnotes).toContain('Spelling as in our style guide.');
    const md = Buffer.from((await core.api.exportArticles({ ids: [id], format: 'md' })).data, 'base64').toString();
    expect(md).toContain('> President Zelensky spoke with Putin today. *(edited)*[^1]');
    expect(md).toContain('[^1]: Spelling as in our style guide.');
  });

  it('DOCX of a long article keeps every pair in order, the side-by-side table split into parts Word shows as one', async () => {
    const sentences = Array.from({ length: 4500 }, (_, n) => ({ n, source: `Frase ${n}.`, target: `Sentence ${n}.`, edited: false, notes: [], terms: [] }));
    const docx = await renderDocx({
      articles: [{ title: 'Larga', sourceName: null, importedAt: '2026-01-01', sourceLang: 'es', targetLang: 'en', engine: null, via: null, paragraphs: [{ role: 'body', sentences }] }],
      glossary: [],
      options: { ...DEFAULT_EXPORT_OPTIONS, layout: 'side' },
    });
    const JSZip = (await import('jszip')).default;
    const body = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(body.match(/<w:tbl>/g)).toHaveLength(3);
    const cells = [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(cells.slice(1)).toEqual(sentences.flatMap((s) => [s.source, s.target]));
  }, 60_000);

  it('PDF has pages that are not blank', async () => {
    const { core, id } = await annotatedLibrary();
    const pdf = Buffer.from((await core.api.exportArticles({ ids: [id], format: 'pdf' })).data, 'base64');
    const dir = tempDataDir('glosa-pdf-');
    fs.writeFileSync(path.join(dir, 'a.pdf'), pdf);
    const r = spawnSync('pdftoppm', ['-r', '40', '-gray', path.join(dir, 'a.pdf'), path.join(dir, 'page')]);
    expect(r.status, 'CI installs poppler-utils').toBe(0);
    const pages = fs.readdirSync(dir).filter((f) => f.startsWith('page'));
    expect(pages.length).toBe(1);
    const pgm = fs.readFileSync(path.join(dir, pages[0]!));
    // Raw PGM pixels after the header: some are dark (text), most are white (paper).
    const pixels = pgm.subarray(pgm.length - 40 * 40);
    expect(fs.readFileSync(path.join(dir, pages[0]!)).length).toBeGreaterThan(1000);
    expect(pixels.some((p) => p < 128) || pgm.subarray(20).some((p) => p < 100)).toBe(true);
  });

  it('bundles many articles as a zip of the document, glossary and TMX; names are safe', async () => {
    const { core, id } = await annotatedLibrary();
    const r2 = await core.api.importText({ text: 'La paz en Ucrania.' });
    if (r2.status !== 'imported') throw new Error('import failed');
    const zip = await core.api.exportArticles({ ids: [id, r2.article.id], format: 'md', bundle: true });
    const JSZip = (await import('jszip')).default;
    const files = Object.keys((await JSZip.loadAsync(Buffer.from(zip.data, 'base64'))).files).sort();
    expect(files).toEqual(['glosa-articles.md', 'glosa-articles.tmx', 'glossary.csv', 'glossary.tbx']);
    expect(safeFileName('../../etc/passwd: «Guerra» en Kiev?', 'html')).toBe('etc-passwd-guerra-en-kiev.html');
    expect(safeFileName('CON', 'md')).toBe('con-export.md');
    expect(safeFileName('', 'md')).toBe('glosa-export.md');
  });
});

describe('glosa export', () => {
  const glosa = (args: string[]) => spawnSync(process.execPath, [GLOSA_BIN, ...args], { env: { ...process.env, GLOSA_DATA_DIR: tempDataDir(), GLOSA_MODELS_DIR: tempDataDir() }, encoding: 'utf8', timeout: 120_000 });

  it('says clearly when there is no Chromium to print a PDF with', () => {
    const out = path.join(tempDataDir(), 'a.pdf');
    const r = spawnSync(process.execPath, [GLOSA_BIN, 'export', path.join(SAMPLES_DIR, 'lukashenko-viaja-a-rusia.txt'), '--format', 'pdf', '--out', out, '--engine', 'apertium'], {
      env: { ...process.env, GLOSA_DATA_DIR: tempDataDir(), GLOSA_CHROMIUM: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/PDF export needs Chromium or Google Chrome, and none was found \(looked for \/nonexistent\/chromium\)/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('writes the format asked for, refuses to overwrite without --force, and writes atomically', () => {
    const dir = tempDataDir('glosa-export-');
    const out = path.join(dir, 'ronda.tmx');
    const sample = path.join(SAMPLES_DIR, 'rusia-ucrania-segunda-ronda.txt');
    const first = glosa(['export', sample, '--format', 'tmx', '--out', out, '--engine', 'apertium']);
    expect(first.status).toBe(0);
    expect(xml.parse(fs.readFileSync(out, 'utf8')).tmx.body.tu.length).toBeGreaterThan(20);
    const again = glosa(['export', sample, '--format', 'html', '--out', out, '--engine', 'apertium']);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/exists; add --force/);
    expect(glosa(['export', sample, '--format', 'html', '--out', out, '--engine', 'apertium', '--force']).status).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['ronda.tmx']);
    expect(glosa(['export', sample, '--format', 'rtf', '--out', path.join(dir, 'x')]).status).toBe(2);
  });
});

