import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GlosaCore, openCore } from '../../core/app';
import { estimateNesting } from '../../core/article/markup-depth';
import { parseArticleFile } from '../../core/article/import';
import { segmentBlocks } from '../../core/article/segment';
import { ImportError } from '../../core/errors';
import { parseGlossary as readGlossary, serialiseGlossary } from '../../core/glossary/formats';
import { english, type Message } from '../../core/messages';
import { api } from '../../core/api';
import { API_METHODS } from '../../core/contract';
import { createApiHandler } from '../../core/handler';
import { tempDataDir } from '../support/serve';

/** The parsers' problems in English, as the command line prints them. */
const worded = <R extends { errors: Message[] }>(result: R) => ({ ...result, errors: result.errors.map(english) });
const parseGlossary = (...a: Parameters<typeof readGlossary>) => worded(readGlossary(...a));

/** Any failure of an importer must be an ImportError: a reason for the reader, never a crash. */
async function importOrRefuse(name: string, bytes: Uint8Array): Promise<void> {
  try {
    const doc = await parseArticleFile(name, bytes);
    segmentBlocks(doc.blocks);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.message).toContain(name);
  }
}

describe('fuzzing', () => {
  it('importers refuse random bytes with a reason, or read them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.docx'), async (bytes, name) => {
        await importOrRefuse(name, bytes);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('importers survive huge lines and nested HTML', async () => {
    await importOrRefuse('long.txt', Buffer.from('palabra '.repeat(400_000)));
    await importOrRefuse('nested.html', Buffer.from(`<html><body>${'<div>'.repeat(200)}<p>${'Texto del artículo. '.repeat(20)}</p>${'</div>'.repeat(200)}</body></html>`));
    await importOrRefuse('unclosed.html', Buffer.from(`<html><body>${'<b><i><span>'.repeat(200)}Un artículo sin cerrar.`));
  }, 120_000);

  it('segments one word of 100,000 letters, and runs of glued words, whole (no pattern that backtracks over a word)', () => {
    for (const text of ['a'.repeat(100_000), `${'a'.repeat(100_000)}Ba`, 'aB'.repeat(50_000), `${'AB'.repeat(50_000)}c`, `${'a'.repeat(50_000)}.${'B'.repeat(50_000)}`]) {
      const sentences = segmentBlocks([{ text }]).flatMap((p) => p.sentences);
      expect(sentences.map((x) => x.text).join('').replace(/\s/g, '')).toBe(text);
    }
  }, 120_000);

  it('reads a page nested thousands deep, and refuses one deeper than any page can be shown', async () => {
    const page = (depth: number) =>
      Buffer.from(`<html><body><h1>El puerto</h1>${'<div>'.repeat(depth)}<p>${'Texto del artículo sobre el puerto. '.repeat(8)}</p>${'</div>'.repeat(depth)}</body></html>`);
    const deep = await parseArticleFile('deep.html', page(3000));
    expect(deep.blocks.map((b) => b.text)).toEqual(['El puerto', expect.stringMatching(/^Texto del artículo sobre el puerto\./)]);
    await expect(parseArticleFile('deeper.html', page(20_000))).rejects.toThrow(/deeper\.html is nested more than 5000 levels deep/);
  }, 120_000);

  it('refuses 5 MB of a million unclosed elements before any parser sees them', async () => {
    await expect(parseArticleFile('divs.html', Buffer.from(`<html><body>${'<div>'.repeat(1_000_000)}`))).rejects.toThrow(/divs\.html is nested more than 5000 levels deep/);
  }, 60_000);

  it('estimates an ordinary page at its real depth: unclosed paragraphs, void elements, scripts and comments do not count', () => {
    const page = `<html><head><script>if (a < b) { document.write("<div><div><div>") }</script><style>div>p{}</style></head>
      <body><!-- <div><div> --><main><article><p>Uno<p>Dos<br><img src=x><ul><li>a<li>b</ul><table><tr><td>c<td>d</table></article></main></body></html>`;
    // html, body, main, article, ul / table
    expect(estimateNesting(page)).toBe(5);
  });

  it('glossary files of any shape are read or refused with line numbers, never half-read', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.constantFrom('csv', 'tsv', 'tbx') as fc.Arbitrary<'csv' | 'tsv' | 'tbx'>, (text, format) => {
        const result = parseGlossary(text, format);
        if (result.errors.length) {
          expect(result.records).toEqual([]);
          for (const e of result.errors) expect(e).toMatch(/^line \d+: /);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('glossary records of any content come back whole from CSV, TSV and TBX', () => {
    // Quotes, separators, line breaks, markup and any script: what a reader might type.
    const raw = fc.string({ unit: fc.constantFrom('a', 'ñ', 'É', ' ', ',', ';', '"', "'", '\t', '\n', '<', '>', '&', ']]>', 'ж', '中', '🙂', '=', '+', '-', '@'), maxLength: 30 });
    const text = raw.map((t) => t.replace(/\s+/g, ' ').trim());
    const nonEmpty = text.filter((t) => t.length > 0);
    const record = fc.record({
      variants: fc.uniqueArray(nonEmpty.map((t) => t.replaceAll('|', '')).filter((t) => t.length > 0), { minLength: 1, maxLength: 3 }),
      target: nonEmpty,
      kind: fc.constantFrom('person', 'place', 'organization', 'term') as fc.Arbitrary<'person' | 'place' | 'organization' | 'term'>,
      // A note may run over several lines.
      note: raw.map((t) => t.trim()),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.constantFrom('csv', 'tsv', 'tbx') as fc.Arbitrary<'csv' | 'tsv' | 'tbx'>, (records, format) => {
        expect(parseGlossary(serialiseGlossary(records, format), format)).toEqual({ records, errors: [] });
      }),
      { numRuns: 400 },
    );
  });

  describe('every API call', () => {
    let core: GlosaCore;
    beforeAll(async () => {
      core = await openCore({ dataDir: tempDataDir(), apertiumCommand: '/nonexistent', modelsDir: tempDataDir() });
    });
    afterAll(async () => {
      await core.close();
    });

    it('answers random input with a clear error and leaves the library as it was', async () => {
      const handle = createApiHandler(core.api, () => {});
      const before = JSON.stringify(await core.api.listArticles({}));
      const harmless = API_METHODS.filter((m) => !['downloadModel', 'importModel', 'removeModel'].includes(m));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...harmless), fc.anything(), async (method, input) => {
          const reply = await handle(method, input);
          if (!reply.ok) expect(reply.error.message.length).toBeGreaterThan(0);
          // Input the contract refuses never reaches the code behind it; input it accepts
          // never makes that code fail in a way it did not foresee.
          if (!api[method].input.safeParse(input ?? {}).success) expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
          else if (!reply.ok) expect(reply.error.code, reply.error.message).not.toBe('internal');
        }),
        { numRuns: 300 },
      );
      expect(JSON.stringify(await core.api.listArticles({}))).toBe(before);
    }, 120_000);
  });
});
