import { describe, expect, it } from 'vitest';
import { articleBodyOf } from '../../core/article/json-ld';
import { parseHtml } from '../../core/article/html';

const MENU = '<nav><a href="/">Portada</a> <a href="/mundo">Mundo</a></nav><div id="app"></div>';
const page = (jsonLd: string[], body = MENU) =>
  `<!doctype html><html><head><title>Cuarta dosis</title>${jsonLd.map((j) => `<script type="application/ld+json">${j}</script>`).join('')}</head><body>${body}</body></html>`;
const ARTICLE = 'El Ministerio de Salud comenzó a aplicar la cuarta dosis de la vacuna ayer. La condición es que hayan pasado al menos cuatro meses desde la última dosis.';

describe("a page's declared article (JSON-LD articleBody)", () => {
  it('is read when the markup holds no article: marked up, or plain text with a line per paragraph', async () => {
    const marked = await parseHtml(page([JSON.stringify({ '@type': 'NewsArticle', articleBody: `<p><a href="https://x.example/">El Ministerio</a> ${ARTICLE.slice(13)}</p><p>Segundo párrafo del artículo, con más texto.</p>` })]), 'a.html');
    expect(marked.blocks.map((b) => b.text)).toEqual([ARTICLE, 'Segundo párrafo del artículo, con más texto.']);
    const plain = await parseHtml(page([JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', articleBody: `${ARTICLE}\n\nOtro párrafo <con> signos & más.` }] })]), 'b.html');
    expect(plain.blocks.map((b) => b.text)).toEqual([ARTICLE, 'Otro párrafo <con> signos & más.']);
    expect(plain.title).toBe('Cuarta dosis');
  });

  it('is not read where the page shows its article', async () => {
    const shown = `<article><p>${ARTICLE}</p><p>Un segundo párrafo que la página muestra, con bastante texto para ser un artículo de verdad.</p></article>`;
    const doc = await parseHtml(page([JSON.stringify({ articleBody: 'Otro texto que no es el que se ve en la página, y es más largo todavía que el que se ve.' })], shown), 'c.html');
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('El Ministerio de Salud');
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toContain('Otro texto');
  });

  it('is read where the markup shows less than half of it: a shell a script fills in, a paywall over the first lines', async () => {
    const shell = '<article><h1>Cuarta dosis</h1><p>Has alcanzado el límite de noticias. Suscríbete para seguir leyendo.</p><p>Para continuar leyendo, adquiere el Plan Digital por cuatro soles al mes.</p></article>';
    const longer = `${ARTICLE}\n${ARTICLE.replace('ayer', 'el lunes')}\nEl ministro pidió calma a la población y dijo que hay vacunas para todos los que las necesiten.`;
    const doc = await parseHtml(page([JSON.stringify({ articleBody: longer })], shell), 'd.html');
    expect(doc.blocks.map((b) => b.text)).toEqual(longer.split('\n'));
    // Where the page shows more than half of what it declares, the page is read.
    const half = `<article><p>${ARTICLE}</p><p>${ARTICLE.replace('ayer', 'el lunes')}</p></article>`;
    const shown = await parseHtml(page([JSON.stringify({ articleBody: longer })], half), 'e.html');
    expect(shown.blocks.map((b) => b.text).join(' ')).not.toContain('pidió calma');
  });

  it('skips malformed and oversized blocks, and finds the longest body at any depth', () => {
    expect(articleBodyOf(['{not json', '[]', JSON.stringify({ a: { b: [{ articleBody: 'corto' }, { articleBody: 'el más largo de todos' }] } }), `{"articleBody": "${'x'.repeat(2_000_001)}"}`])).toBe('el más largo de todos');
    expect(articleBodyOf([JSON.stringify({ articleBody: 42 })])).toBeNull();
    // Deeper than any page's metadata: not walked.
    let deep: unknown = { articleBody: 'hondo' };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    expect(articleBodyOf([JSON.stringify(deep)])).toBeNull();
  });

  it('still refuses a page with neither', async () => {
    await expect(parseHtml(page([]), 'd.html')).rejects.toMatchObject({ code: 'no_article' });
  });
});
