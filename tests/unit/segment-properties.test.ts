import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBlocks } from '../../core/article/document';
import { parsePlainText } from '../../core/article/plain';
import { segmentBlocks } from '../../core/article/segment';
import { splitSentences } from '../../core/article/sentences';

// Text that looks like news: words with accents and capitals, numbers, abbreviations,
// initials, quotes of every kind, ellipses, and the punctuation that ends sentences.
const piece = fc.constantFrom(
  'El', 'presidente', 'Zelenski', 'dijo', 'que', 'EE.UU.', 'Sr.', 'J.', 'K.', 'Rowling', 'la', 'UE', '3.5', '1.000', 'km.', 'etc.',
  '«Basta».', '"Sí"', '¿Cuándo?', '¡Ya!', '…', '...', '.', '?', '!', ';', ',', ':', '—', '(EFE)', 'Kiev.', 'Moscú', 'a.m.', 'ONU', 'Dr.', 'núm.', '2026.',
  // (And the page's furniture as scrapers leave it: stamps, buttons, credits, signatures, labels, scripts.)
  '09', 'Jul,', '2025', '12:20', 'p.m.', 'EST', 'Guardar', '|', 'Foto:', 'Archivo', 'Eduardo', 'Munoz', '(REUTERS)', '(@ElenaDeQuito)', 'July',
  'Más', 'información', 'Compartir', 'Ir', 'a', 'los', 'comentarios', 'Sobre', 'firma', 'Relacionadas', 'julio', 'Un', 'Se', '</a>',
  'googletag.cmd.push(function()', '{', '});', 'x.y(1);',
);
const sentenceLike = fc.array(piece, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
const block = fc.record({ text: fc.array(sentenceLike, { minLength: 1, maxLength: 5 }).map((s) => s.join(' ').trim()) }).filter((b) => b.text.length > 0);

describe('segmentation, for any text', () => {
  it('never loses, adds or reorders a character: the sentences are the text, in order, with only white space between them', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const text = joinBlocks(blocks);
        const sentences = segmentBlocks(blocks).flatMap((p) => p.sentences);
        let at = 0;
        sentences.forEach((s, i) => {
          expect(s.n).toBe(i);
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(text.slice(at, s.start).trim()).toBe('');
          at = s.end;
        });
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('never makes an empty sentence, nor one with white space at its ends', () => {
    fc.assert(
      fc.property(fc.oneof(sentenceLike, fc.string({ maxLength: 200 })), (text) => {
        for (const r of splitSentences(text)) {
          const s = text.slice(r.start, r.end);
          expect(s.trim().length).toBeGreaterThan(0);
          expect(s).toBe(s.trim());
        }
      }),
      { numRuns: 600 },
    );
  });

  it('imports plain text changing only its white space, the scripts set apart included', () => {
    fc.assert(
      fc.property(fc.array(sentenceLike, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '\n', '\n\n', '\n\t'), (lines, gap) => {
        const text = lines.join(gap);
        const blocks = parsePlainText(text).blocks;
        expect(blocks.map((b) => b.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const b of blocks) expect(b.text.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives each paragraph the span of its own sentences', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        for (const p of segmentBlocks(blocks)) {
          expect(p.sentences.length).toBeGreaterThan(0);
          expect(p.start).toBe(p.sentences[0]!.start);
          expect(p.end).toBe(p.sentences[p.sentences.length - 1]!.end);
        }
      }),
      { numRuns: 200 },
    );
  });
});
