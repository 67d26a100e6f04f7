import { describe, expect, it } from 'vitest';
import { styleSpans } from '../../core/article/style-remnants';
import { parsePlainText } from '../../core/article/plain';

const spans = (text: string) => styleSpans(text).map((r) => text.slice(r.start, r.end));

describe("a style sheet's remnants in scraped text", () => {
  it('reads a rule to its closing brace, the rules inside it, and the rules and comments after it, one span', () => {
    expect(spans('Texto de la nota.\n.img {\n\tborder-radius: 6px;\n}\nSigue.')).toEqual(['.img {\n\tborder-radius: 6px;\n}']);
    const sheet = '/* AUDIO */\n body .a .core_skin {\n position: relative;\n}\n .x { color: red; .y { opacity: 0.8; } }\n /* fin */';
    expect(spans(`Créditos: Ana Pérez\n${sheet}\nSobre la firma`)).toEqual([sheet]);
    // (A list of selectors over two lines, its comma at the first's end.)
    expect(spans('Fin.\n body .a svg,\n body .b svg {\n fill: #f6f6f6;\n}')).toEqual(['body .a svg,\n body .b svg {\n fill: #f6f6f6;\n}']);
    // (Flattened onto the text's line, the words before it prose's: a selector names no element but a page's.)
    expect(spans('Texto normal. body .a { color: red; } Sigue el texto.')).toEqual(['body .a { color: red; }']);
    expect(spans('y el texto sigue sin punto final hasta aquí .a { b: c; }')).toEqual(['.a { b: c; }']);
    // (Nor past a line's end: "video" is the line's word before, not the selector's element.)
    expect(spans('Mira el video\n.a { b: c; }')).toEqual(['.a { b: c; }']);
    expect(spans(`${'palabra '.repeat(40)}body .a { b: c; }`)).toEqual(['body .a { b: c; }']);
    // (A brace inside a comment closes nothing; a comment never closed is no style sheet's.)
    expect(spans('.a { /* } */ color: red; } Sigue.')).toEqual(['.a { /* } */ color: red; }']);
    expect(spans('.a { /* color: red; }')).toEqual([]);
    // (Two rules with text between them are two spans.)
    expect(spans('.a { b: c; } Texto de la nota. .d { e: f; }')).toEqual(['.a { b: c; }', '.d { e: f; }']);
  });

  it('takes no prose for a style sheet: no selector before the brace, no declaration in it, a brace never closed', () => {
    expect(spans('Juan { dijo: algo; }')).toEqual([]);
    expect(spans('El precio: {10; 20}')).toEqual([]);
    expect(spans('Lo dijo ayer. La nota { sigue: aquí; }')).toEqual([]);
    expect(spans('.a { b: c;')).toEqual([]);
    expect(spans('.a { b c }')).toEqual([]);
    expect(spans('.a { .b:hover }')).toEqual([]);
    expect(spans('Sin llaves: nada de estilo; nada.')).toEqual([]);
    expect(spans(`.a { b: ${'x'.repeat(25000)}; }`)).toEqual([]);
    // (An element's name alone is a selector; an ordinary word is not.)
    expect(spans('body { margin: 0; }')).toEqual(['body { margin: 0; }']);
    expect(spans('Texto { margin: 0; }')).toEqual([]);
    expect(spans('x.a { b: c; }')).toEqual([]);
    expect(spans(`${'x'.repeat(300)}.a { b: c; }`)).toEqual([]);
    // (A long run of spaces before a brace is read once: no selector is empty, so the spaces between two have one reading.)
    expect(spans(`Texto: a${' '.repeat(60)}! { b: c; }`)).toEqual([]);
  });

  it('sets a style sheet apart at import as a paragraph of code, the text around it going on as it was', () => {
    // (A call inside a rule is the rule's: the script and the style sheet that overlap are one paragraph of code, read once.)
    expect(parsePlainText('Texto.\n\n.a { width: calc(100% - 9px); color: x.y(1); }\n\nSigue.').blocks.map((b) => [b.hint, b.text])).toEqual([
      [undefined, 'Texto.'],
      ['code', '.a { width: calc(100% - 9px); color: x.y(1); }'],
      [undefined, 'Sigue.'],
    ]);
    const doc = parsePlainText('Edición visual: Ana Pérez\n\t.img {\n\t\tborder-radius: 6px;\n\t}\n  /* AUDIO */\n  body .a { position: relative; }\nSobre la firma Ana Pérez');
    expect(doc.blocks.map((b) => [b.hint, b.text])).toEqual([
      [undefined, 'Edición visual: Ana Pérez'],
      ['code', '.img { border-radius: 6px; } /* AUDIO */ body .a { position: relative; }'],
      [undefined, 'Sobre la firma Ana Pérez'],
    ]);
  });
});
