import { describe, expect, it } from 'vitest';
import { type GlossaryRecord, formatOf, parseDelimited as readDelimited, parseGlossary as readGlossary, parseTbx as readTbx, serialiseGlossary, toDelimited, toTbx } from '../../core/glossary/formats';
import { english, type Message } from '../../core/messages';

/** The parsers' problems in English, as the command line prints them. */
const worded = <R extends { errors: Message[] }>(result: R) => ({ ...result, errors: result.errors.map(english) });
const parseDelimited = (...a: Parameters<typeof readDelimited>) => worded(readDelimited(...a));
const parseTbx = (...a: Parameters<typeof readTbx>) => worded(readTbx(...a));
const parseGlossary = (...a: Parameters<typeof readGlossary>) => worded(readGlossary(...a));

const KYIV: GlossaryRecord = { variants: ['Kiev', 'Kyiv'], target: 'Kyiv', kind: 'place', note: 'the reader’s spelling' };
const CEASEFIRE: GlossaryRecord = { variants: ['alto el fuego'], target: 'ceasefire', kind: 'term', note: '' };

describe('CSV and TSV glossaries', () => {
  it('writes the header, one line per entry, spellings joined by a bar, Windows line ends', () => {
    expect(toDelimited([KYIV, CEASEFIRE], ',')).toBe('source,target,kind,note\r\nKiev|Kyiv,Kyiv,place,the reader’s spelling\r\nalto el fuego,ceasefire,term,\r\n');
    expect(toDelimited([KYIV], '\t')).toBe('source\ttarget\tkind\tnote\r\nKiev|Kyiv\tKyiv\tplace\tthe reader’s spelling\r\n');
    expect(toDelimited([], ',')).toBe('source,target,kind,note\r\n');
  });

  it('reads what it writes, with quotes, separators, line breaks and formulas inside fields', () => {
    const tricky: GlossaryRecord[] = [
      { variants: ['"Patriot"', 'a,b'], target: 'line\nbreak', kind: 'organization', note: '=SUM(A1)' },
      { variants: ['tab\there'], target: '+1', kind: 'person', note: '-x' },
    ];
    for (const format of ['csv', 'tsv'] as const) {
      expect(parseGlossary(serialiseGlossary(tricky, format), format)).toEqual({ records: tricky, errors: [] });
    }
  });

  it('reads Unix, Windows and old Mac line ends, a byte order mark, a header in any case, and skips blank lines', () => {
    const expected = { records: [CEASEFIRE, { ...CEASEFIRE, variants: ['tregua'] }], errors: [] };
    expect(parseDelimited('\ufeffSource, TARGET ,kind,Note\nalto el fuego,ceasefire,term,\n\n , , , \rtregua,ceasefire,term,', ',')).toEqual(expected);
    expect(parseDelimited('source,target,kind,note\r\nalto el fuego,ceasefire,term,\r\ntregua,ceasefire,term,\r\n', ',')).toEqual(expected);
  });

  it('trims spellings and drops empty ones', () => {
    expect(parseDelimited('source,target,kind,note\n Kiev | |Kyiv ,Kyiv,place,n', ',').records).toEqual([{ variants: ['Kiev', 'Kyiv'], target: 'Kyiv', kind: 'place', note: 'n' }]);
  });

  it('reports every problem with its line, and imports nothing from a file with one', () => {
    const text = 'source,target,kind,note\nKiev,Kyiv,place,\n|,Kyiv,place,\nKiev,,place,\nKiev,Kyiv,city,\nKiev,Kyiv\n"a\nb",x,term,\n,,nope,';
    expect(parseDelimited(text, ',')).toEqual({
      records: [],
      errors: [
        'line 3: the source is empty',
        'line 4: the target is empty',
        'line 5: kind must be one of person, place, organization, term (found "city")',
        'line 6: expected 4 fields, found 2',
        'line 9: the source is empty',
        'line 9: the target is empty',
        'line 9: kind must be one of person, place, organization, term (found "nope")',
      ],
    });
  });

  it('names a wrong header for the separator used, and a quote never closed', () => {
    expect(parseDelimited('a,b\nx,y', ',').errors).toEqual(['line 1: the header must be source,target,kind,note']);
    expect(parseDelimited('a\tb', '\t').errors).toEqual(['line 1: the header must be source (tab) target (tab) kind (tab) note']);
    expect(parseDelimited('', ',').errors).toEqual(['line 1: the header must be source,target,kind,note']);
    expect(parseDelimited('source,target,kind,note\nx,y,term,ok\n"open,y,term,', ',')).toEqual({ records: [], errors: ['line 3: a quoted field is never closed'] });
  });

  it('reads a quote inside a field as text unless the field starts with it', () => {
    expect(parseDelimited('source,target,kind,note\nel "Patriot",x,term,"dijo ""sí"""', ',').records).toEqual([
      { variants: ['el "Patriot"'], target: 'x', kind: 'term', note: 'dijo "sí"' },
    ]);
  });
});

describe('TBX glossaries', () => {
  it('writes TBX-Basic with one concept per entry, the note only when there is one, and text escaped', () => {
    const tbx = toTbx([KYIV, { variants: ['<b> & "c"'], target: "it's", kind: 'term', note: '' }]);
    expect(tbx).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="es" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(tbx).toContain(`    <conceptEntry id="c1">
      <descrip type="subjectField">place</descrip>
      <note>the reader’s spelling</note>
      <langSec xml:lang="es">
        <termSec><term>Kiev</term></termSec>
        <termSec><term>Kyiv</term></termSec>
      </langSec>
      <langSec xml:lang="en">
        <termSec><term>Kyiv</term></termSec>
      </langSec>
    </conceptEntry>`);
    expect(tbx).toContain(`    <conceptEntry id="c2">
      <descrip type="subjectField">term</descrip>
      <langSec xml:lang="es">
        <termSec><term>&lt;b&gt; &amp; &quot;c&quot;</term></termSec>`);
    expect(tbx).toContain("<termSec><term>it's</term></termSec>");
    expect(toTbx([], 'fr', 'es')).toContain('xml:lang="fr"');
  });

  it('reads what it writes, in the languages given', () => {
    const records = [KYIV, CEASEFIRE, { variants: ['<b> & "c"'], target: "it's", kind: 'organization' as const, note: 'a < b' }];
    expect(parseTbx(toTbx(records))).toEqual({ records, errors: [] });
    expect(parseGlossary(serialiseGlossary(records, 'tbx'), 'tbx')).toEqual({ records, errors: [] });
    expect(parseTbx(toTbx(records, 'fr', 'es'), 'fr', 'es')).toEqual({ records, errors: [] });
  });

  it('takes an entry without a subject field as a term', () => {
    const tbx = '<tbx>\n<conceptEntry id="x"><langSec xml:lang="es"><termSec><term> tregua </term></termSec></langSec><langSec xml:lang="en"><termSec><term>truce</term></termSec></langSec></conceptEntry></tbx>';
    expect(parseTbx(tbx)).toEqual({ records: [{ variants: ['tregua'], target: 'truce', kind: 'term', note: '' }], errors: [] });
  });

  it('reports each broken entry with its line, and refuses what is not TBX or declares entities', () => {
    const broken = `<tbx>
<conceptEntry id="1"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>
<conceptEntry id="2"><langSec xml:lang="es"><termSec><term>y</term></termSec></langSec></conceptEntry>
<conceptEntry id="3"><descrip type="subjectField">city</descrip><langSec xml:lang="es"><termSec><term>y</term></termSec></langSec><langSec xml:lang="en"><termSec><term>z</term></termSec></langSec></conceptEntry>

<conceptEntry id="4">
</tbx>`;
    expect(parseTbx(broken)).toEqual({
      records: [],
      errors: ['line 2: conceptEntry has no es term', 'line 3: conceptEntry has no en term', 'line 4: unknown subjectField "city"', 'line 6: a conceptEntry is not closed'],
    });
    expect(parseTbx('<glossary/>').errors).toEqual(['line 1: this is not a TBX file (no <tbx> element)']);
    expect(parseTbx('<tbxfoo>').errors).toEqual(['line 1: this is not a TBX file (no <tbx> element)']);
    expect(parseTbx('<!DOCTYPE x [<!ENTITY a "b">]><tbx>').errors).toEqual(['line 1: TBX files with a DOCTYPE or entities are not read']);
    expect(parseTbx('<tbx type="x"></tbx>')).toEqual({ records: [], errors: [] });
  });
});

describe('choosing a glossary format', () => {
  it('goes by the extension, whatever its case', () => {
    expect(['a.csv', 'A.CSV', 'b.tsv', 'c.TBX', 'd.tab', 'e.txt', 'f.xlsx', 'csv', 'g.'].map(formatOf)).toEqual(['csv', 'csv', 'tsv', 'tbx', 'tsv', 'tsv', null, 'csv', null]);
  });
});
