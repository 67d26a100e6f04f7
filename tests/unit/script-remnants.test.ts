import { describe, expect, it } from 'vitest';
import { scriptSpans } from '../../core/article/script-remnants';
import { parsePlainText } from '../../core/article/plain';

const spans = (text: string) => scriptSpans(text).map((r) => text.slice(r.start, r.end));

describe("a script's remnants in scraped text", () => {
  it('reads a statement to its end, the calls inside it and the statements after it one span', () => {
    expect(spans("Texto. googletag.cmd.push(function() { googletag.display('ad-1'); }); Sigue.")).toEqual(["googletag.cmd.push(function() { googletag.display('ad-1'); });"]);
    expect(spans("Texto. window._taboola = window._taboola || [];\n  _taboola.push({mode: 'thumbs'}); Sigue.")).toEqual(["window._taboola = window._taboola || [];\n  _taboola.push({mode: 'thumbs'});"]);
    // (Two statements with text between them are two spans.)
    expect(spans('a.b(1); Texto de la nota. c.d(2);')).toEqual(['a.b(1);', 'c.d(2);']);
    // (A function assigned to a name, its brace closed on a line of its own.)
    expect(spans("var disqus_config = function () {\n this.page.url = 'https://x';\n}; Please enable")).toEqual(["var disqus_config = function () {\n this.page.url = 'https://x';\n};"]);
  });

  it("keeps count of quotes: a bracket or a semicolon inside a string closes nothing, an escaped quote ends none", () => {
    expect(spans("a.b('x);y', {c: 1}); Texto.")).toEqual(["a.b('x);y', {c: 1});"]);
    expect(spans('a.b("it\\"s (", {c: 1}); Texto.')).toEqual(['a.b("it\\"s (", {c: 1});']);
    expect(spans('a.b(`x\ny`, {c: 1}); Texto.')).toEqual(['a.b(`x\ny`, {c: 1});']);
    // (A quote left open at the line's end is prose's apostrophe, not a string.)
    expect(spans("a.b('x\ny', {c: 1}); Texto.")).toEqual([]);
  });

  it('ends a braced statement at the line break that closes it, its semicolon left out', () => {
    expect(spans('x.y({a: 1})\nEl texto sigue aquí; y más.')).toEqual(['x.y({a: 1})']);
    expect(spans('x.y({a: 1})')).toEqual(['x.y({a: 1})']);
  });

  it('takes no prose for a script: brackets that never close or close wrongly, no brace nor semicolon, a name followed by a space', () => {
    expect(spans('Lo dijo x.y(1, 2 y luego se fue; nada más.')).toEqual([]);
    expect(spans('Lo dijo x.y(1]; nada más.')).toEqual([]);
    expect(spans('Lo dijo x.y(1) y luego se fue.')).toEqual([]);
    expect(spans('Según elnacional.com (ver abajo), dimitió; nadie lo esperaba.')).toEqual([]);
    expect(spans(`a.b(${'x'.repeat(5000)});`)).toEqual([]);
    // (Words right after the call's last bracket: prose that names a call, its semicolon further on.)
    expect(spans('Lo dijo x.y(1) y luego se fue; {nada} más.')).toEqual([]);
    expect(spans('Lo dijo x.y(1)  «y luego» se fue; {nada} más.')).toEqual([]);
    // (Brackets still open at the text's end.)
    expect(spans('x.y({a: 1')).toEqual([]);
    expect(spans('Lo dijo x.y(1)\ny luego se fue; {nada} más.')).toEqual([]);
  });

  it('sets apart at import only a paragraph that is a script whole', () => {
    expect(parsePlainText('a.b({c: 1}); y el texto sigue.').blocks.map((b) => b.hint)).toEqual(['code', undefined]);
    expect(parsePlainText('El texto.\n\nx.y({a: 1})').blocks.map((b) => b.hint)).toEqual([undefined, 'code']);
    expect(parsePlainText('El texto dice algo; nada más.').blocks.map((b) => b.hint)).toEqual([undefined]);
  });
});
