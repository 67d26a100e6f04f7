import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BUNDLEABLE_FORMATS, EXPORTERS, EXPORT_FORMATS, type ExportFormatName } from '../../core/contract';
import { renderBundle, renderExport } from '../../core/export/index';
import { DEFAULT_EXPORT_OPTIONS, type ExportDocument } from '../../core/export/model';
import { findChromium } from '../../core/export/formats/pdf';
import { parseGlossary } from '../../core/glossary/formats';
import { tempDataDir } from '../support/serve';

/** Two sentence pairs and a glossary entry, with characters every format must escape. */
const DOC: ExportDocument = {
  articles: [
    {
      title: 'Kiev & "la paz"',
      sourceName: 'kiev.txt',
      importedAt: '2026-11-01T00:00:00.000Z',
      sourceLang: 'es',
      targetLang: 'en',
      engine: 'apertium',
      via: 'es',
      paragraphs: [
        {
          role: 'body',
          sentences: [
            { n: 0, source: 'La guerra <en> Kiev sigue.', target: 'The war <in> Kyiv goes on.', edited: false, notes: [], terms: [{ source: 'Kiev', target: 'Kyiv', ok: true, sourceRange: { start: 15, end: 19 }, targetRange: { start: 13, end: 17 } }] },
            { n: 1, source: 'Zelenski habló con Putin.', target: 'Zelensky spoke with Putin.', edited: true, notes: [{ side: 'target', quote: null, body: 'Nota' }], terms: [] },
          ],
        },
      ],
    },
  ],
  glossary: [{ variants: ['Kiev', 'Kyiv'], target: 'Kyiv', kind: 'place', note: 'a, "b"' }],
  options: DEFAULT_EXPORT_OPTIONS,
};
const PAIRS = DOC.articles[0]!.paragraphs[0]!.sentences.map((s) => [s.source, s.target!]);

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const entities = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * How each format is read back in a test: the sentence pairs it carries, or the glossary.
 * A new export format needs its reader here, so that its output is checked, not only produced.
 */
const READ_BACK: Record<ExportFormatName, ((bytes: Buffer) => Promise<{ pairs?: string[][]; glossary?: string[][] }>) | 'pdf'> = {
  html: async (bytes) => {
    const text = entities(bytes.toString('utf8').replace(/<sup[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, ''));
    return { pairs: PAIRS.filter(([s, t]) => text.includes(s!) && text.includes(t!)) };
  },
  md: async (bytes) => {
    const text = bytes.toString('utf8').replace(/\\(.)/g, '$1');
    return { pairs: PAIRS.filter(([s, t]) => text.includes(s!) && text.includes(`> ${t}`)) };
  },
  docx: async (bytes) => {
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    return { pairs: PAIRS.filter(([s, t]) => text.includes(s!) && text.includes(t!)) };
  },
  pdf: 'pdf',
  tmx: async (bytes) => {
    const units = xml.parse(bytes.toString('utf8')).tmx.body.tu as { tuv: { seg: string }[] }[];
    return { pairs: [units].flat().map((u) => u.tuv.map((v) => String(v.seg))) };
  },
  tbx: async (bytes) => ({ glossary: parseGlossary(bytes.toString('utf8'), 'tbx').records.map((r) => [...r.variants, r.target, r.note]) }),
  csv: async (bytes) => ({ glossary: parseGlossary(bytes.toString('utf8'), 'csv').records.map((r) => [...r.variants, r.target, r.note]) }),
  anki: async (bytes) => {
    const [header, ...rows] = bytes.toString('utf8').trim().split('\r\n');
    expect(header).toBe('front,back,example_es,example_en,kind,note');
    return { glossary: rows.map((r) => { const cells = r.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"')); return [...cells[0]!.split(' / '), cells[1]!, cells[5]!]; }) };
  },
};

describe('the exporter table', () => {
  it('has one module per row, and a reader in this test for each', () => {
    const modules = fs.readdirSync(path.join(import.meta.dirname, '../../core/export/formats')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(modules).toEqual([...EXPORT_FORMATS].sort());
    expect(Object.keys(READ_BACK).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(BUNDLEABLE_FORMATS).toEqual(['html', 'md', 'docx', 'pdf']);
    // The Export dialog names every format in both interface languages.
    for (const locale of ['en', 'es']) {
      const strings = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `../../renderer/src/i18n/${locale}.json`), 'utf8')) as { export: { formats: Record<string, string> } };
      expect(Object.keys(strings.export.formats).sort()).toEqual([...EXPORT_FORMATS].sort());
    }
  });

  it.each(EXPORT_FORMATS)('%s: named and typed by its row, and read back whole', async (format) => {
    const row = EXPORTERS[format];
    if (format === 'pdf' && !findChromium()) return; // PDF printing is tested where Chromium is (CI installs it)
    const file = await renderExport(DOC, format);
    expect(file.mime).toBe(row.mime);
    expect(file.name).toBe(row.fileName ?? `kiev-la-paz.${row.extension}`);
    const reader = READ_BACK[format];
    if (reader === 'pdf') {
      const out = path.join(tempDataDir(), 'x.pdf');
      fs.writeFileSync(out, file.bytes);
      const text = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      for (const [source, target] of PAIRS) {
        expect(text).toContain(source);
        expect(text).toContain(target);
      }
      return;
    }
    const back = await reader(file.bytes);
    if (back.pairs) expect(back.pairs).toEqual(PAIRS);
    if (back.glossary) expect(back.glossary).toEqual([['Kiev', 'Kyiv', 'Kyiv', 'a, "b"']]);
    expect(back.pairs ?? back.glossary).toBeDefined();
  }, 60_000);

  it('marks each glossary term where the matcher found it, on both sides, in HTML and DOCX', async () => {
    const page = (await renderExport(DOC, 'html')).bytes.toString('utf8');
    expect(page).toContain('La guerra &lt;en&gt; <span class="term" title="Kiev → Kyiv">Kiev</span> sigue.');
    expect(page).toContain('The war &lt;in&gt; <span class="term" title="Kiev → Kyiv">Kyiv</span> goes on.');
    const xml = await (await JSZip.loadAsync((await renderExport(DOC, 'docx')).bytes)).file('word/document.xml')!.async('string');
    const bold = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:b\/>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(bold.slice(0, 2)).toEqual(['Kiev', 'Kyiv']); // then the glossary's own table
    // A range that no longer fits the text (a stale check) marks nothing rather than the wrong words.
    const stale = { ...DOC, articles: DOC.articles.map((a) => ({ ...a, paragraphs: a.paragraphs.map((p) => ({ ...p, sentences: p.sentences.map((x) => ({ ...x, target: x.target ? 'Short.' : null })) })) })) };
    const stalePage = (await renderExport(stale, 'html')).bytes.toString('utf8');
    expect(stalePage.match(/class="term"/g)).toHaveLength(1); // the source's only
    expect(stalePage).toContain('<span class="term" title="Kiev → Kyiv">Kiev</span>');
  });

  it('says the translation went through a pivot, where it did', async () => {
    const text = async (format: ExportFormatName, doc = DOC) => (await renderExport(doc, format)).bytes.toString('utf8');
    expect(await text('html')).toContain('translated with apertium through es (a pivot) on this computer');
    expect(await text('md')).toContain('translated with apertium through es (a pivot) on this computer');
    expect(await text('tmx')).toContain('<prop type="x-glosa-pivot">es</prop>');
    const { value } = await mammoth.extractRawText({ buffer: (await renderExport(DOC, 'docx')).bytes });
    expect(value).toContain('through es (a pivot)');
    const direct = { ...DOC, articles: DOC.articles.map((a) => ({ ...a, via: null })) };
    expect(await text('html', direct)).toContain('translated with apertium on this computer');
    expect(await text('tmx', direct)).not.toContain('x-glosa-pivot');
  });

  it('bundles a bundleable format with the TMX and both glossary files, and refuses the others', async () => {
    const zip = await JSZip.loadAsync((await renderBundle(DOC, 'md')).bytes);
    expect(Object.keys(zip.files).sort()).toEqual(['glossary.csv', 'glossary.tbx', 'kiev-la-paz.md', 'kiev-la-paz.tmx']);
    await expect(renderBundle(DOC, 'tmx')).rejects.toThrow('A tmx export cannot be bundled; bundles go with html, md, docx, pdf.');
    await expect(renderExport(DOC, 'xlsx' as ExportFormatName)).rejects.toThrow('There is no export format "xlsx".');
  });
});
