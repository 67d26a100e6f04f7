/**
 * Glossary files: CSV and TSV with the header `source,target,kind,note` (spellings of one
 * entry joined by `|`), and TBX-Basic. Reading either checks every line and reports every
 * problem with its line number; nothing is imported from a file with a problem.
 */
import { TERM_KINDS, type TermKind } from '../contract';
import { csvCell, readCell } from '../text/csv';
import { xmlText } from '../text/xml';
import { type Message, message } from '../messages';

export type GlossaryRecord = { variants: string[]; target: string; kind: TermKind; note: string };
export type ParseResult = { records: GlossaryRecord[]; errors: Message[] };

const HEADER = ['source', 'target', 'kind', 'note'];

export function toDelimited(records: GlossaryRecord[], separator: ',' | '\t'): string {
  const lines = [HEADER.join(separator)];
  for (const r of records) lines.push([r.variants.join('|'), r.target, r.kind, r.note].map((v) => csvCell(v, separator)).join(separator));
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 fields, with the line each record starts on. */
function parseRows(text: string, separator: string): { line: number; fields: string[] }[] | { error: Message } {
  const rows: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') inQuotes = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (inQuotes) return { error: message('glossaryUnclosedQuote', { line: rowLine }) };
  if (field !== '' || fields.length) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows.filter((r) => r.fields.some((f) => f.trim() !== ''));
}

export function parseDelimited(text: string, separator: ',' | '\t'): ParseResult {
  const rows = parseRows(text.replace(/^\ufeff/, ''), separator);
  if ('error' in rows) return { records: [], errors: [rows.error] };
  const [header, ...body] = rows;
  const errors: Message[] = [];
  if (!header || header.fields.map((f) => f.trim().toLowerCase()).join(',') !== HEADER.join(',')) {
    return { records: [], errors: [message('glossaryHeader', { header: HEADER.join(separator === ',' ? ',' : ' (tab) ') })] };
  }
  const records: GlossaryRecord[] = [];
  for (const { line, fields } of body) {
    if (fields.length !== 4) {
      errors.push(message('glossaryFields', { line, found: fields.length }));
      continue;
    }
    const [source, target, kind, note] = fields.map((f) => readCell(f.trim())) as [string, string, string, string];
    const variants = source.split('|').map((v) => v.trim()).filter(Boolean);
    if (!variants.length) errors.push(message('glossaryNoSource', { line }));
    if (!target) errors.push(message('glossaryNoTarget', { line }));
    if (!(TERM_KINDS as readonly string[]).includes(kind)) errors.push(message('glossaryBadKind', { line, kinds: TERM_KINDS.join(', '), found: kind }));
    if (variants.length && target && (TERM_KINDS as readonly string[]).includes(kind)) records.push({ variants, target, kind: kind as TermKind, note });
  }
  return errors.length ? { records: [], errors } : { records, errors };
}

const xml = xmlText;

/** TBX-Basic: one conceptEntry per entry, Spanish terms and the English target. */
export function toTbx(records: GlossaryRecord[], sourceLang = 'es', targetLang = 'en'): string {
  const entries = records.map(
    (r, i) => `    <conceptEntry id="c${i + 1}">
      <descrip type="subjectField">${xml(r.kind)}</descrip>${r.note ? `\n      <note>${xml(r.note)}</note>` : ''}
      <langSec xml:lang="${sourceLang}">
${r.variants.map((v) => `        <termSec><term>${xml(v)}</term></termSec>`).join('\n')}
      </langSec>
      <langSec xml:lang="${targetLang}">
        <termSec><term>${xml(r.target)}</term></termSec>
      </langSec>
    </conceptEntry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="${sourceLang}" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc><sourceDesc><p>Glosa glossary</p></sourceDesc></fileDesc>
  </tbxHeader>
  <text>
    <body>
${entries.join('\n')}
    </body>
  </text>
</tbx>
`;
}

const unxml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Reads the TBX this module writes, and TBX-Basic files of the same shape. */
export function parseTbx(text: string, sourceLang = 'es', targetLang = 'en'): ParseResult {
  const errors: Message[] = [];
  if (!/<tbx[\s>]/.test(text)) return { records: [], errors: [message('glossaryNotTbx')] };
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { records: [], errors: [message('glossaryTbxDoctype')] };
  const records: GlossaryRecord[] = [];
  const entryRe = /<conceptEntry\b[^>]*>([\s\S]*?)<\/conceptEntry>/g;
  let count = 0;
  for (const m of text.matchAll(entryRe)) {
    count++;
    const line = lineAt(text, m.index);
    const body = m[1]!;
    const lang = (code: string) => new RegExp(`<langSec\\s+xml:lang="${code}"[^>]*>([\\s\\S]*?)</langSec>`).exec(body)?.[1];
    const terms = (sec: string | undefined) => [...(sec ?? '').matchAll(/<term>([\s\S]*?)<\/term>/g)].map((t) => unxml(t[1]!.trim())).filter(Boolean);
    const variants = terms(lang(sourceLang));
    const [target] = terms(lang(targetLang));
    const kind = unxml(/<descrip type="subjectField">([\s\S]*?)<\/descrip>/.exec(body)?.[1]?.trim() ?? 'term');
    const note = unxml(/<note>([\s\S]*?)<\/note>/.exec(body)?.[1]?.trim() ?? '');
    if (!variants.length) errors.push(message('glossaryTbxNoTerm', { line, lang: sourceLang }));
    if (!target) errors.push(message('glossaryTbxNoTerm', { line, lang: targetLang }));
    if (!(TERM_KINDS as readonly string[]).includes(kind)) errors.push(message('glossaryTbxBadField', { line, found: kind }));
    if (variants.length && target && (TERM_KINDS as readonly string[]).includes(kind)) records.push({ variants, target, kind: kind as TermKind, note });
  }
  const opened = (text.match(/<conceptEntry\b/g) ?? []).length;
  if (opened !== count) errors.push(message('glossaryTbxUnclosed', { line: lineAt(text, text.lastIndexOf('<conceptEntry')) }));
  return errors.length ? { records: [], errors } : { records, errors };
}

export type GlossaryFormat = 'csv' | 'tsv' | 'tbx';

export function formatOf(name: string): GlossaryFormat | null {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'csv' || ext === 'tsv' || ext === 'tbx' ? ext : ext === 'tab' || ext === 'txt' ? 'tsv' : null;
}

/** Reads a glossary file; a TBX file's terms are read in `targetLang` (the entries' language). */
export function parseGlossary(text: string, format: GlossaryFormat, targetLang = 'en'): ParseResult {
  if (format === 'tbx') return parseTbx(text, 'es', targetLang);
  return parseDelimited(text, format === 'csv' ? ',' : '\t');
}

export function serialiseGlossary(records: GlossaryRecord[], format: GlossaryFormat, targetLang = 'en'): string {
  if (format === 'tbx') return toTbx(records, 'es', targetLang);
  return toDelimited(records, format === 'csv' ? ',' : '\t');
}
