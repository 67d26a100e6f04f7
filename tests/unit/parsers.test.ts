import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { parseArticleFile } from '../../core/article/import';
import { parseHtml } from '../../core/article/html';
import { estimateNesting } from '../../core/article/markup-depth';
import { parseMarkdown, parsePlainText } from '../../core/article/plain';
import { segmentBlocks } from '../../core/article/segment';
import { ArchiveDamaged, ArchiveTooLarge, checkDocxArchive } from '../../core/article/zip-check';
import { deriveTitle, normaliseInline, truncateWords } from '../../core/article/document';
import { ImportError } from '../../core/errors';

// Each reader's output, block by block: what the reader will see as paragraphs.
const texts = (doc: { blocks: { text: string }[] }) => doc.blocks.map((b) => b.text);
const hints = (doc: { blocks: { hint?: string }[] }) => doc.blocks.map((b) => b.hint ?? 'body');

const LETTERS_80 = 'Las tropas avanzan hacia el norte mientras los civiles huyen de la ciudad sitiada por el enemigo hoy.';

describe('plain text, line by line', () => {
  it('reads Windows and old Mac line ends and drops a byte order mark', () => {
    expect(texts(parsePlainText('\ufeffUno\r\n\r\nDos\rtres\r\rCuatro'))).toEqual(['Uno', 'Dos tres', 'Cuatro']);
  });

  it('counts a line of spaces and tabs as a blank line, and several as one', () => {
    expect(texts(parsePlainText('Uno\n \t \nDos\n\n\n\nTres'))).toEqual(['Uno', 'Dos', 'Tres']);
  });

  it('without blank lines, makes every non-empty line a paragraph', () => {
    expect(texts(parsePlainText('Uno\n  Dos \nTres\n'))).toEqual(['Uno', 'Dos', 'Tres']);
  });

  it('keeps lists of every common marker on their own lines, and joins a paragraph with one item-like line', () => {
    for (const marker of ['-', '*', '•', '·', '–', '1.', '2)', '10.', '123)']) {
      const doc = parsePlainText(`Intro.\n\n${marker} uno\n${marker} dos\n\nFin.`);
      expect(doc.blocks[1]).toEqual({ text: `${marker} uno\n${marker} dos`, hint: 'list' });
    }
    // A single line that looks like an item is a paragraph; so is a chunk where one line is not an item.
    expect(parsePlainText('Intro.\n\n- solo\n\nFin.').blocks[1]).toEqual({ text: '- solo' });
    expect(parsePlainText('Intro.\n\n- uno\ny sigue\n\nFin.').blocks[1]).toEqual({ text: '- uno y sigue' });
    // A number of four digits or a marker without a space after it starts no item.
    expect(parsePlainText('A\n\n2024. año\n2025. otro\n\nB').blocks[1]).toEqual({ text: '2024. año 2025. otro' });
    expect(parsePlainText('A\n\n-uno\n-dos\n\nB').blocks[1]).toEqual({ text: '-uno -dos' });
  });

  it('joins wrapped lines, but ends a paragraph at a short line where the chunk has long ones, and at a bare address', () => {
    const wrapped = 'El ministro de Exteriores llegó a Bruselas el martes para\nreunirse con sus homólogos de la Unión Europea y pedir más\nayuda.';
    expect(texts(parsePlainText(`${wrapped}\n\nFin.`))).toEqual([wrapped.replace(/\n/g, ' '), 'Fin.']);
    // A header of short fields, an address, a title, then the text, in one chunk.
    const header = 'ru-nord-7\nru\n2019-01-10\nhttps://www.example.ru/news/5c379d0b\nМИД ФРГ заявил о невозможности решать в США вопросы Европы\n\nТекст.';
    expect(texts(parsePlainText(header))).toEqual(['ru-nord-7', 'ru', '2019-01-10', 'https://www.example.ru/news/5c379d0b', 'МИД ФРГ заявил о невозможности решать в США вопросы Европы', 'Текст.']);
    // Short lines alone say nothing about wrapping: they are joined as before.
    expect(texts(parsePlainText('Uno\ndos tres\n\nFin.'))).toEqual(['Uno dos tres', 'Fin.']);
  });

  it('gives plain text no title and no empty block', () => {
    const doc = parsePlainText('\n\n  \n\nSolo esto.\n\n\n');
    expect(doc).toEqual({ title: null, blocks: [{ text: 'Solo esto.' }] });
  });
});

describe('markdown, line by line', () => {
  it('takes the first level-one heading as the title, and every heading as a heading block', () => {
    const doc = parseMarkdown('## Antes\n\n# Título  ##\n\n# Otro\n\n   ### Tres espacios\n\nTexto.');
    expect(doc.title).toBe('Título');
    expect(texts(doc)).toEqual(['Antes', 'Título', 'Otro', 'Tres espacios', 'Texto.']);
    expect(hints(doc)).toEqual(['heading', 'heading', 'heading', 'heading', 'body']);
    // Four spaces make no heading; seven hashes neither; a hash without a space neither.
    expect(hints(parseMarkdown('    # código'))).toEqual(['body']);
    expect(parseMarkdown('####### siete').blocks[0]).toEqual({ text: '####### siete' });
    expect(parseMarkdown('#hashtag').blocks[0]).toEqual({ text: '#hashtag' });
    expect(parseMarkdown('# \n\nTexto').title).toBeNull();
  });

  it('keeps the text of fenced code as a paragraph of its own, with either fence', () => {
    expect(texts(parseMarkdown('Antes\n```js\nuno\n\ndos\n```\nDespués'))).toEqual(['Antes', 'uno dos', 'Después']);
    expect(texts(parseMarkdown('Antes\n~~~\n# no es título\n~~~\nDespués'))).toEqual(['Antes', '# no es título', 'Después']);
  });

  it('ends a paragraph at a thematic break of any of its three characters', () => {
    for (const rule of ['***', '---', '___', '- - -', ' * * * *']) {
      expect(texts(parseMarkdown(`Uno\n${rule}\nDos`))).toEqual(['Uno', 'Dos']);
    }
    expect(texts(parseMarkdown('Uno\n--\nDos'))).toEqual(['Uno -- Dos']);
  });

  it('reads lists with every marker, continuation lines and a paragraph after them', () => {
    const doc = parseMarkdown('Intro\n- uno\n  sigue\n* dos\n+ tres\n1. cuatro\n2) cinco\nDespués');
    expect(doc.blocks).toEqual([
      { text: 'Intro' },
      { text: 'uno sigue\ndos\ntres\ncuatro\ncinco', hint: 'list' },
      { text: 'Después' },
    ]);
    expect(parseMarkdown('- [x](http://a)\n- **b**').blocks).toEqual([{ text: 'x\nb', hint: 'list' }]);
  });

  it('drops quote marks, links, images, emphasis, code, strike-through and escapes, keeping the words', () => {
    const line = (s: string) => parseMarkdown(s).blocks[0]!.text;
    expect(line('> citado')).toBe('citado');
    expect(line('>pegado')).toBe('pegado');
    expect(line('![foto de Kiev](a.png) y [enlace](http://x) y [ref][1]')).toBe('foto de Kiev y enlace y ref');
    expect(line('<span class="a">en HTML</span>')).toBe('en HTML');
    expect(line('**negrita** y __también__')).toBe('negrita y también');
    expect(line('*cursiva* y _también_')).toBe('cursiva y también');
    expect(line('`código` y ~~tachado~~')).toBe('código y tachado');
    expect(line('\\*no\\* \\_es\\_ \\# \\[x\\] \\\\')).toBe('*no* _es_ # [x] \\');
    // Text that holds private-use characters keeps them, and still loses the escapes.
    expect(line('\ue041 \\*x\\*')).toBe('\ue041 *x*');
    const everyBlock = Array.from({ length: 50 }, (_, i) => String.fromCharCode(0xe000 + i * 128 + 5)).join('');
    expect(line(`${everyBlock} \\[x\\]`)).toBe(`${everyBlock} [x]`);
    // Underscores and asterisks inside words are not emphasis.
    expect(line('snake_case_name y 2*3*4')).toBe('snake_case_name y 2*3*4');
  });
});

describe('web pages, element by element (without Readability)', () => {
  const read = (body: string, head = '') =>
    parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'p.html', { readability: false, minLetters: 1 });

  it('reads a figure set large and the words under it as one sentence (a factbox); a heading of figures before a sentence stays one', async () => {
    expect((await read('<blockquote><h3>9</h3><br><p>meses tiene la aeronave retenida.</p><h3>2021</h3><p>Un juez autorizó la salida.</p></blockquote>')).blocks).toEqual([
      { text: '9\nmeses tiene la aeronave retenida.' },
      { text: '2021', hint: 'heading' },
      { text: 'Un juez autorizó la salida.' },
    ]);
  });

  it('drops every element that is not article text', async () => {
    const dropped = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas', 'form', 'button', 'textarea', 'select', 'nav', 'aside', 'footer', 'audio', 'video'];
    const body = dropped.map((tag) => `<${tag}>fuera ${tag}</${tag}>`).join('') + '<p>Queda.</p><input value="fuera"><embed src="fuera.swf">';
    expect(texts(await read(body))).toEqual(['Queda.']);
  });

  it('drops what the page hides from its readers, and keeps what it only styles', async () => {
    const body =
      '<div><a href="/otra">Camionero herido en la ruta sigue grave</a> <span style="display: none">Domingo 01 Mayo, 2022 | 13:43</span></div>' +
      '<p hidden>Oculto.</p><p style="color:red;visibility:hidden">Invisible.</p><p style="DISPLAY:NONE !important">Tampoco.</p>' +
      '<p style="color: red ; display : none">Con espacios.</p><p style="display:none;color:red">Primero.</p>' +
      '<p style="display:block">Se ve.</p><p style="max-display:none-ish">También.</p>';
    expect((await read(body)).blocks).toEqual([{ text: 'Camionero herido en la ruta sigue grave', hint: 'link' }, { text: 'Se ve.' }, { text: 'También.' }]);
  });

  it("drops an icon font's names of its glyphs, and keeps words that only share a class with them", async () => {
    const body = '<div><i class="material-icons md-12">lock</i><strong>Para suscriptores</strong></div><span class="material-symbols-outlined">play_arrow</span>' +
      '<p>Texto <span class="icon-lock">cerrado</span> aquí.</p><p class="icons">Los Iconos del pop.</p>';
    expect(texts(await read(body))).toEqual(['Para suscriptores', 'Texto cerrado aquí.', 'Los Iconos del pop.']);
  });

  it('keeps a form that holds the article (ASP.NET pages wrap the whole body in one), dropping its controls', async () => {
    const page = '<form id="aspnetForm"><input name="__VIEWSTATE" value="fuera"><h1>Título</h1><p>El texto del artículo.</p><form><label>Buscar</label><input></form></form>';
    expect(texts(await read(page))).toEqual(['Título', 'El texto del artículo.']);
    for (const inside of ['<article>Texto</article>', '<h2>Texto</h2>']) expect(texts(await read(`<form>${inside}</form><p>Fin.</p>`))[0]).toBe('Texto');
    expect(texts(await read('<form><div>Suscríbete</div></form><p>Fin.</p>'))).toEqual(['Fin.']);
  });

  it('makes each block element a block, headings, captions and list items with their hint', async () => {
    const doc = await read(
      '<h1>Uno</h1><h2>Dos</h2><h3>Tres</h3><h4>Cuatro</h4><h5>Cinco</h5><h6>Seis</h6><p>Siete</p>' +
        '<blockquote>Ocho</blockquote><pre>Nueve</pre><figure><figcaption>Diez</figcaption></figure>' +
        '<dl><dt>Once</dt><dd>Doce</dd></dl><table><tr><th>Trece</th><td>Catorce</td></tr></table>' +
        '<ul><li>a</li><li>b</li></ul><p></p><p>Fin</p>',
    );
    expect(texts(doc)).toEqual(['Uno', 'Dos', 'Tres', 'Cuatro', 'Cinco', 'Seis', 'Siete', 'Ocho', 'Nueve', 'Diez', 'Once', 'Doce', 'Trece\nCatorce', 'a\nb', 'Fin']);
    expect(hints(doc)).toEqual(['heading', 'heading', 'heading', 'heading', 'heading', 'heading', 'body', 'body', 'body', 'caption', 'body', 'body', 'row', 'list', 'body']);
  });

  it('reads a table of data a row at a time, a cell a line; a page laid out in a table cell by cell', async () => {
    const data = await read(
      '<table><thead><tr><th>Distrito</th><th>Votos</th></tr></thead><tbody>' +
        '<tr><td>San Isidro</td><td><b>35.412</b></td></tr><tr><td>Comas<br>(Lima Norte)</td><td></td></tr><tr><td> </td></tr></tbody>' +
        '<caption>Fuente: ONPE</caption></table>',
    );
    expect(data.blocks).toEqual([
      { text: 'Distrito\nVotos', hint: 'row' },
      { text: 'San Isidro\n35.412', hint: 'row' },
      { text: 'Comas\n(Lima Norte)', hint: 'row' },
      { text: 'Fuente: ONPE' },
    ]);
    const layout = await read('<table><tr><td><p>El primer párrafo.</p><p>El segundo.</p></td><td>Menú</td></tr></table>');
    expect(layout.blocks).toEqual([{ text: 'El primer párrafo.' }, { text: 'El segundo.' }, { text: 'Menú' }]);
    // (In a figure's caption, a table is the caption's.)
    expect((await read('<figure><figcaption><table><tr><td>Foto</td><td>EFE</td></tr></table></figcaption></figure>')).blocks).toEqual([{ text: 'Foto\nEFE', hint: 'caption' }]);
  });

  it('joins inline elements and loose text into one paragraph, keeping the page’s line breaks (<br>) as lines', async () => {
    const inline = ['a', 'b', 'strong', 'i', 'em', 'span', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q', 'time', 'u', 's', 'code'];
    const doc = await read(`<div>Inicio ${inline.map((t) => `<${t}>${t}</${t}>`).join(' ')}<br>fin</div>`);
    expect(texts(doc)).toEqual([`Inicio ${inline.join(' ')}\nfin`]);
    // Inside a paragraph too: "Published: date<br>Updated: date" is two lines, not "dateUpdated"; breaks at the ends and in a row count once.
    expect(texts(await read('<p><br><i>Publicado:</i> 30 de mayo<br><br>\n<i>Actualizado:</i> 31 de mayo<br></p>'))).toEqual(['Publicado: 30 de mayo\nActualizado: 31 de mayo']);
    // A link around a whole teaser is read through, block by block.
    expect(texts(await read('<a href="#"><figure><figcaption><div>Antetítulo</div><h3>Título</h3><p>Resumen.</p></figcaption></figure></a>'))).toEqual(['Antetítulo', 'Título', 'Resumen.']);
    // A container between two runs of loose text ends the first and starts the second.
    expect(texts(await read('<div>antes<section>medio</section>después</div>'))).toEqual(['antes', 'medio', 'después']);
    // Two lists apart stay two lists; a list item holding a paragraph is read through.
    expect(texts(await read('<ul><li>a</li></ul><p>x</p><ul><li>b</li></ul>'))).toEqual(['a', 'x', 'b']);
    expect(texts(await read('<ul><li><p>dentro</p></li></ul>'))).toEqual(['dentro']);
    expect(texts(await read('<div>línea uno\nlínea dos</div>'))).toEqual(['línea uno línea dos']);
  });

  it('marks a block that is one link and nothing else, of three words or more, and text set outside paragraphs', async () => {
    const link = '<a href="/otra">Documentan la expulsión de universitarios</a>';
    expect(hints(await read(`<ul><li><strong>${link}</strong></li></ul><p>${link}</p><div>${link}</div><div><span>${link}</span></div>`))).toEqual(['link', 'link', 'link', 'link']);
    // Text beside the link, two links, a link too short for a headline: not one link.
    expect(hints(await read(`<p>Lea: ${link}</p><p>${link} ${link}</p><p><a href="/x">Ver más</a></p><div>Lea: ${link}</div><div>${link} ${link}</div><div><a href="/x">Ver más</a></div><div><span>Lea: ${link}</span></div>`))).toEqual([
      'body', 'body', 'body', 'loose', 'loose', 'loose', 'loose',
    ]);
    expect(hints(await read(`<ul><li>Uno</li><li>${link}</li></ul>`))).toEqual(['list', 'link']);
    // Spacing around it and a photo's link beside it are still the link alone; three words are a headline.
    expect(hints(await read(`<div>\n ${link} \n</div><p><a href="/f"><img src="f.jpg"></a> ${link}</p><div><a href="/f"> </a>${link}</div><p><a href="/f"> </a>${link}</p><p><a href="/x">Otra nota más</a></p>`))).toEqual([
      'link', 'link', 'link', 'link', 'link',
    ]);
    // The page's first block too; words in bold are not a link.
    expect(hints(await read(`<div>${link}</div><div><b>Texto en negrita largo</b></div>`))).toEqual(['link', 'loose']);
    // A link with words of its own beside it, in an inline element or not, is text.
    expect(hints(await read(`<div>${link} <span>y más</span></div><div><span>más</span> ${link}</div><div><b>${link} <a href="/y">aquí</a></b></div>`))).toEqual(['loose', 'loose', 'loose']);
    // A subheading that is all one link is another article's headline; the title may link to
    // the article itself; a subheading with a link in it, or a short one, stays a heading.
    expect(hints(await read(`<h2>${link}</h2><h3><strong>${link}</strong></h3>`))).toEqual(['link', 'link']);
    expect(hints(await read(`<h1>${link}</h1><h2>Lea: ${link}</h2><h2><a href="/x">Ver más</a></h2>`))).toEqual(['heading', 'heading', 'heading']);
  });

  it('takes the page title, and marks a first block that repeats it as the heading', async () => {
    const doc = await read('<p>Crónica de Minsk</p><p>Texto.</p>', '<title> Crónica  de Minsk </title>');
    expect(doc.title).toBe('Crónica de Minsk');
    expect(doc.blocks[0]).toEqual({ text: 'Crónica de Minsk', hint: 'heading' });
    const untitled = await read('<p>Texto.</p>');
    expect(untitled.title).toBeNull();
    expect(untitled.blocks[0]).toEqual({ text: 'Texto.' });
  });

  it('needs 80 letters of text by default, and says how many it found', async () => {
    const page = (text: string) => `<html><body><p>${text}</p></body></html>`;
    const letters = (LETTERS_80.match(/\p{L}/gu) ?? []).length;
    expect(letters).toBeGreaterThanOrEqual(80);
    const exact = LETTERS_80.replace(/\P{L}/gu, '').slice(0, 80);
    await expect(parseHtml(page(exact), 'a.html', { readability: false })).resolves.toMatchObject({ blocks: [{ text: exact }] });
    const error = await parseHtml(page(exact.slice(1)), 'b.html', { readability: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('no_article');
    expect((error as ImportError).message).toBe('b.html has no article text in it (found 79 letters of text).');
  });

  it('reads a page with a byte order mark', async () => {
    const doc = await parseHtml(`\ufeff<html><head><title>T</title></head><body><p>${LETTERS_80}</p></body></html>`, 'bom.html');
    expect(doc.title).toBe('T');
  });

  it('refuses a page nested deeper than any browser shows, before parsing it', async () => {
    const deep = `<html><body>${'<div>'.repeat(5001)}${LETTERS_80}</body></html>`;
    const error = await parseHtml(deep, 'hondo.html').catch((e: unknown) => e);
    expect((error as ImportError).message).toBe('hondo.html is nested more than 5000 levels deep, far deeper than a web page can be shown; it is not an article.');
    // 4,990 levels are read (without Readability, which would take minutes).
    const ok = await parseHtml(`<html><body>${'<div>'.repeat(4990)}<p>${LETTERS_80}</p></body></html>`, 'ok.html');
    expect(texts(ok)).toEqual([LETTERS_80]);
  }, 30_000);

  it('uses the article Readability finds and its title when the page is shallow', async () => {
    const paragraph = `${LETTERS_80} ${LETTERS_80} ${LETTERS_80}`;
    const page = `<html><head><title>Kiev resiste al asedio ruso | Diario</title></head><body><div class="menu"><a href="/">Portada</a> <a href="/m">Mundo</a></div>
      <article><h1>Kiev resiste al asedio ruso</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const doc = await parseHtml(page, 'r.html');
    expect(texts(doc)).not.toContain('Portada Mundo');
    expect(texts(doc)).toContain(paragraph);
    expect(doc.title).toBe('Kiev resiste al asedio ruso');
    const whole = await parseHtml(page, 'r.html', { readability: false });
    expect(texts(whole)[0]).toBe('Portada Mundo');
    expect(whole.title).toBe('Kiev resiste al asedio ruso | Diario');
  });

  it('marks the standfirst the page names in a class or an id, above the text and short; not an article so named, nor a teaser further down', async () => {
    const paragraph = `${LETTERS_80} ${LETTERS_80} ${LETTERS_80}`;
    const standfirst = 'En las aulas coincidirán tres evaluaciones. Apuntan a diferentes estudiantes.';
    const teaser = 'Otra nota de la portada resume la semana política del país.';
    const page = `<html><head><title>T</title></head><body><article><h1>Kiev resiste</h1><div class="story-subtitle"><p class="h3">${standfirst}</p><div>Verónica De Vita</div></div>
      <p>${paragraph}</p><p>${paragraph}.</p><div class="card"><p class="teaser_bajada">${teaser}</p></div><p>${paragraph}.</p></article></body></html>`;
    const doc = await parseHtml(page, 'r.html');
    expect(doc.blocks.filter((b) => b.hint === 'standfirst').map((b) => b.text)).toEqual([standfirst, 'Verónica De Vita', teaser]);
    // Above the text, the article's head; below it, the teaser is read as text would be. (The
    // author's name alone above the text is a byline.)
    expect(segmentBlocks(doc.blocks).map((p) => p.role)).toEqual(['heading', 'boilerplate', 'body', 'body', 'body', 'body']);
    // Named in an id, under a heading of the page's own: still above the text.
    const byId = `<html><head><title>T</title></head><body><article><h2>Economía</h2><p id="bajada">${standfirst}</p><p>${paragraph}</p><p>${paragraph}.</p></article></body></html>`;
    const doc2 = await parseHtml(byId, 'i.html');
    expect(doc2.blocks.find((b) => b.text === standfirst)?.hint).toBe('standfirst');
    expect(segmentBlocks(doc2.blocks).find((p) => p.sentences[0]!.text.startsWith('En las aulas'))?.role).toBe('heading');
    // A body the CMS files as "text with summary" is the article, not its standfirst.
    const drupal = `<html><head><title>T</title></head><body><article><div class="field--type-text-with-summary"><p>${paragraph}.</p><p>${paragraph}.</p></div></article></body></html>`;
    expect((await parseHtml(drupal, 'd.html')).blocks.some((b) => b.hint === 'standfirst')).toBe(false);
  });

  it('sets aside what the markup says is not the article: a post of a network embedded, the author\'s box; not a box too long for one', async () => {
    const paragraph = `${LETTERS_80} ${LETTERS_80} ${LETTERS_80}`;
    const post = 'El Pleno aprobó nuevos movimientos de cuadros:';
    // (Its lines parted by <br>s, which Readability makes paragraphs of.)
    const line = 'Lo firmó ayer la comisión del Pleno.';
    const signature = '— Presidencia (@Presidencia) April 26, 2022';
    const bio = 'Graduada de Comunicación Social. Tiene experiencia en periódicos impresos.';
    const page = `<html><head><title>T</title></head><body><article><h1>Kiev resiste</h1><p>${paragraph}</p>
      <blockquote class="twitter-tweet"><p>${post}<br><br>${line}</p><p>${signature}</p></blockquote><p>${paragraph}.</p>
      <div class="mt-5 author-info"><a rel="author" href="/autor/g">Graciela Cuevas</a><p><em>${bio}</em></p></div>
      <div class="catdesc"><img class="authorphoto" src="a.jpg" alt="Yaima Puig"><p>Periodista cubana. Las Tunas, 1984.</p></div></article></body></html>`;
    const doc = await parseHtml(page, 'r.html', { readability: false });
    const hintOf = (text: string) => doc.blocks.find((b) => b.text === text)?.hint;
    expect([`${post}\n${line}`, signature, 'Graciela Cuevas', bio, 'Periodista cubana. Las Tunas, 1984.'].map(hintOf)).toEqual(['aside', 'aside', 'aside', 'aside', 'aside']);
    expect(hintOf(paragraph)).toBeUndefined();
    expect(segmentBlocks(doc.blocks).filter((p) => p.role === 'body').map((p) => p.sentences.length)).toEqual([3, 3]);
    // Read as an article (Readability may drop an author's box itself), none of it is text.
    const read = segmentBlocks((await parseHtml(page, 'r.html')).blocks);
    expect(read.filter((p) => p.role === 'body').map((p) => p.sentences.length)).toEqual([3, 3]);
    // A quote of the article's in a blockquote of its own is the article's.
    const quoted = await parseHtml(page.replace('class="twitter-tweet"', ''), 'r.html', { readability: false });
    expect(quoted.blocks.find((b) => b.text.startsWith(post))?.hint).toBeUndefined();
    // An element named for its author that holds more than a box's words (an article's whole
    // text, filed under its author) is not set aside.
    const long = `<html><head><title>T</title></head><body><div id="autor-nota"><h1>Kiev resiste</h1><p>${paragraph}</p><p>${paragraph}.</p></div></body></html>`;
    expect((await parseHtml(long, 'l.html', { readability: false })).blocks.some((b) => b.hint === 'aside')).toBe(false);
  });

  it("sets apart a photo's caption whatever it holds, and the fields a CMS labels beside the text", async () => {
    const paragraph = `${LETTERS_80} ${LETTERS_80} ${LETTERS_80}`;
    const caption = 'El ministerio aplica planes de contingencia tras el ataque. La situación afecta a las aduanas.';
    const page = `<html><head><title>T</title></head><body><article><h1>Kiev resiste</h1><p>${paragraph}</p>
      <figure><img src="a.jpg"><figcaption><p><span>${caption}</span>(Rafael Pacheco)</p></figcaption></figure>
      <figure><figcaption>El ministro llega a la sede del Gobierno en la capital del país<br><p>La sede del ministerio.</p></figcaption></figure><p>${paragraph}.</p>
      <div class="field field-name-field-premium field-label-above"><div class="field-label">Contenido Premium:&nbsp;</div><div class="field-items"><div class="field-item even">0</div></div></div>
      <div class="field field--name-field-audio"><div class="field__label">Audio</div><div class="field__item">Audio listo</div></div></article></body></html>`;
    for (const readability of [false, true]) {
      const doc = await parseHtml(page, 'c.html', { readability });
      const set = segmentBlocks(doc.blocks).filter((p) => p.role === 'boilerplate').flatMap((p) => p.sentences.map((s) => s.text));
      expect(set.join(' | '), String(readability)).toContain('La situación afecta a las aduanas.');
      for (const line of ['(Rafael Pacheco)', 'El ministro llega a la sede del Gobierno en la capital del país', 'La sede del ministerio.', 'Contenido Premium:', '0', 'Audio listo']) expect(set.join(' | '), line).toContain(line);
      expect(segmentBlocks(doc.blocks).filter((p) => p.role === 'body').map((p) => p.sentences.length)).toEqual([3, 3]);
    }
    // A field that holds a text of its own is the text.
    const labelled = `<html><head><title>T</title></head><body><article><h1>Kiev resiste</h1><div class="field"><div class="field-label">Cuerpo:</div><div class="field-items"><p>${paragraph}</p><p>${paragraph}.</p></div></div></article></body></html>`;
    expect((await parseHtml(labelled, 'l.html', { readability: false })).blocks.filter((b) => b.hint === 'aside').length).toBe(0);
  });

  it('sets apart the line under a picture in a box of its own, set without a <figcaption>; not a paragraph of the text beside a picture', async () => {
    const paragraph = `${LETTERS_80} ${LETTERS_80} ${LETTERS_80}`;
    const page = `<html><head><title>T</title></head><body><article><h1>Cae la jefa</h1>
      <div class="foto"><img src="a.jpg" alt="Izaskun Lesaka."><p>Izaskun Lesaka.</p></div>
      <p>${paragraph}.</p><div><img src="b.jpg"><p>${paragraph}</p><p>${paragraph}.</p></div></article></body></html>`;
    for (const readability of [false, true]) {
      const doc = await parseHtml(page, 'f.html', { readability });
      // (Readability may leave the box out: then it is no text of the article either.)
      if (!readability) expect(doc.blocks.find((b) => b.text === 'Izaskun Lesaka.')?.hint).toBe('caption');
      expect(doc.blocks.filter((b) => b.text === 'Izaskun Lesaka.' && b.hint !== 'caption'), String(readability)).toEqual([]);
      expect(doc.blocks.filter((b) => b.text.startsWith(LETTERS_80)).map((b) => b.hint ?? 'none')).not.toContain('caption');
    }
    const hintOf = async (box: string, line: string) =>
      (await parseHtml(`<html><body><article><p>${paragraph}.</p>${box}<p>${paragraph}.</p></article></body></html>`, 'f.html', { readability: false })).blocks.find((b) => b.text === line)?.hint;
    // (The picture inside a link; a line of 200 characters at most; one paragraph; a picture there.)
    expect(await hintOf('<div><a href="#"><img src="a.jpg"></a><p>El puerto al amanecer.</p></div>', 'El puerto al amanecer.')).toBe('caption');
    expect(await hintOf(`<div><img src="a.jpg"><p>${'Una línea larga del texto. '.repeat(8)}</p></div>`, `${'Una línea larga del texto. '.repeat(8)}`.trim())).toBeUndefined();
    expect(await hintOf('<div><img src="a.jpg"><p>Primera línea.</p><p>Segunda línea.</p></div>', 'Primera línea.')).toBeUndefined();
    expect(await hintOf('<div><p>El puerto al amanecer.</p></div>', 'El puerto al amanecer.')).toBeUndefined();
  });

  it('keeps what the page set outside its paragraphs, though Readability makes paragraphs of it: a standfirst over them', async () => {
    const paragraph = `${LETTERS_80} ${LETTERS_80} ${LETTERS_80}`;
    const standfirst = 'La Fiscalía abrirá tres casos nuevos este año.';
    const page = `<html><head><title>T</title></head><body><article><h1>Kiev resiste</h1><div class="hook"><div>${standfirst}</div></div>
      <p>${paragraph}</p><p>${paragraph}.</p></article></body></html>`;
    const doc = await parseHtml(page, 'r.html');
    expect(doc.blocks.map((b) => b.hint)).toEqual(['heading', 'loose', undefined, undefined]);
    expect(segmentBlocks(doc.blocks).map((p) => p.role)).toEqual(['heading', 'heading', 'body', 'body']);
  });
});

describe('the nesting estimate', () => {
  it('counts elements that stay open', () => {
    expect(estimateNesting('<div><section><div>x</div></section></div>')).toBe(3);
    expect(estimateNesting('<DIV><Div>x</DIV></div>')).toBe(2);
    expect(estimateNesting('<div></div><div><span></span></div>')).toBe(2);
  });

  it('does not count void elements, elements a browser closes itself, self-closed tags or comments', () => {
    expect(estimateNesting('<br><img src=x><hr><meta charset=utf-8><input><link><wbr><source><area><col><embed><track><param><keygen><base>')).toBe(0);
    expect(estimateNesting('<p><li><dt><dd><tr><td><th><option><optgroup><thead><tbody><tfoot><rt><rp><colgroup>')).toBe(0);
    expect(estimateNesting('<div/><x-a/><!-- <div><div> --><!---->')).toBe(0);
    expect(estimateNesting('<!-- never closed <div><div>')).toBe(0);
  });

  it('skips what is inside script, style and the other raw-text elements', () => {
    for (const raw of ['script', 'style', 'textarea', 'title', 'xmp', 'noscript']) {
      expect(estimateNesting(`<${raw}><div><div></${raw}><div>`)).toBe(1);
      expect(estimateNesting(`<${raw.toUpperCase()}><div></${raw}  ><div>`)).toBe(1);
    }
    expect(estimateNesting('<script><div><div>')).toBe(0);
    expect(estimateNesting('<script></script')).toBe(0);
  });

  it('never goes below zero on stray closing tags, and a void or auto-closing closer takes nothing off', () => {
    expect(estimateNesting('</div></div><div><div>')).toBe(2);
    expect(estimateNesting('<div><div></p></br></li><div>')).toBe(3);
  });

  it('stops as soon as it passes the limit it is given', () => {
    expect(estimateNesting('<div>'.repeat(100), 10)).toBe(11);
    expect(estimateNesting('<div>'.repeat(10), 10)).toBe(10);
  });
});

/** A ZIP written by hand, so that each field the check reads can be set or broken. */
function zip(parts: { name: string; data: Buffer; method?: number; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const method = part.method ?? 8;
    const packed = method === 8 ? deflateRawSync(part.data) : part.data;
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(part.declared ?? packed.length, 20);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('the .docx archive check', () => {
  const xml = (n: number) => Buffer.alloc(n, 0x61);

  it('counts stored and deflated XML parts against the budget, and nothing else', () => {
    expect(() => checkDocxArchive(zip([{ name: 'a.xml', data: xml(600), method: 0 }, { name: 'b.rels', data: xml(400) }]), 1000)).not.toThrow();
    expect(() => checkDocxArchive(zip([{ name: 'a.xml', data: xml(600), method: 0 }, { name: 'b.rels', data: xml(401) }]), 1000)).toThrow(ArchiveTooLarge);
    expect(() => checkDocxArchive(zip([{ name: 'A.XML', data: xml(1001), method: 0 }]), 1000)).toThrow(ArchiveTooLarge);
    // A photo is not unpacked: its size does not count, and its packing does not matter.
    expect(() => checkDocxArchive(zip([{ name: 'media/foto.png', data: xml(5000), method: 12 }, { name: 'a.xml', data: xml(10) }]), 1000)).not.toThrow();
  });

  it('says in megabytes how far the text unpacks', () => {
    const error = (() => {
      try {
        checkDocxArchive(zip([{ name: 'a.xml', data: xml(3 * 1024 * 1024) }]), 2 * 1024 * 1024);
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ArchiveTooLarge);
    expect(error?.message).toBe('its text unpacks to more than 2 MB');
  });

  it('names what is damaged', () => {
    const message = (bytes: Buffer) => {
      try {
        checkDocxArchive(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(ArchiveDamaged);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(message(Buffer.from('PK no directory'))).toBe('its table of contents is missing');
    const good = zip([{ name: 'word/document.xml', data: xml(100) }]);
    expect(message(good)).toBe('accepted');
    // The end record's offset pointing past the directory, or at something else.
    const misplaced = Buffer.from(good);
    misplaced.writeUInt32LE(3, misplaced.length - 6);
    expect(message(misplaced)).toBe('its table of contents is damaged');
    const tooFar = Buffer.from(good);
    tooFar.writeUInt32LE(tooFar.length, tooFar.length - 6);
    expect(message(tooFar)).toBe('its table of contents is damaged');
    // The part's own header missing.
    const noHeader = Buffer.from(good);
    noHeader.writeUInt32LE(0, 0);
    expect(message(noHeader)).toBe('its part word/document.xml is missing');
    // Bytes that are not deflate data, and a packing Word never uses.
    expect(message(zip([{ name: 'x.xml', data: Buffer.from([0xff, 0xff, 0xff, 0xff]), method: 1 }]))).toBe('its part x.xml is packed in a way Word does not use');
    const garbled = zip([{ name: 'x.xml', data: xml(100) }]);
    garbled.fill(0xff, 30 + 5, 30 + 5 + 4);
    expect(message(garbled)).toBe('its part x.xml cannot be unpacked');
    // An end record cut short.
    expect(message(good.subarray(0, good.length - 2))).toBe('its table of contents is missing');
  });

  it('refuses an archive of more parts than any Word document has', () => {
    const many = zip(Array.from({ length: 5001 }, (_, i) => ({ name: `p${i}.bin`, data: Buffer.alloc(0), method: 0 })));
    expect(() => checkDocxArchive(many)).toThrow(/holds 5001 parts/);
    const enough = zip(Array.from({ length: 5000 }, (_, i) => ({ name: `p${i}.bin`, data: Buffer.alloc(0), method: 0 })));
    expect(() => checkDocxArchive(enough)).not.toThrow();
  });

  it('skips the extra field and comment of each directory entry', () => {
    const good = zip([{ name: 'a.xml', data: xml(10) }, { name: 'b.xml', data: xml(10) }]);
    // Rebuild with a 4-byte extra field and a 3-byte comment on the first entry.
    const directoryAt = good.readUInt32LE(good.length - 6);
    const firstName = good.readUInt16LE(directoryAt + 28);
    const first = Buffer.from(good.subarray(directoryAt, directoryAt + 46 + firstName));
    first.writeUInt16LE(4, 30);
    first.writeUInt16LE(3, 32);
    const rest = good.subarray(directoryAt + 46 + firstName, good.length - 22);
    const end = Buffer.from(good.subarray(good.length - 22));
    const rebuilt = Buffer.concat([good.subarray(0, directoryAt), first, Buffer.from('EXTRCOM'), rest, end]);
    expect(() => checkDocxArchive(rebuilt)).not.toThrow();
  });
});

describe('documents', () => {
  it('collapses whitespace as a browser shows it, keeping single line breaks', () => {
    expect(normaliseInline('\u00a0a\u2007b\u202fc\u200bd\u200ce\u200df\ufeffg\t\r\f\vh  \n\n\n  i ')).toBe('a b cdefg h\ni');
  });

  it('keeps a gap of several spaces in plain text as two: where a scraper dropped a link', () => {
    expect(normaliseInline('del presidente \u00a0 \tAsí lo\t dijo', { keepGaps: true })).toBe('del presidente  Así lo  dijo');
    expect(normaliseInline('del presidente   Así', { keepGaps: false })).toBe('del presidente Así');
    expect(texts(parsePlainText('Uno   dos\ttres\n\nCuatro'))).toEqual(['Uno  dos tres', 'Cuatro']);
  });

  it('cuts long titles at a word, or mid-word when the last word is very long', () => {
    expect(truncateWords('corto', 10)).toBe('corto');
    expect(truncateWords('exactamente', 11)).toBe('exactamente');
    expect(truncateWords('uno dos tres cuatro', 10)).toBe('uno dos…');
    expect(truncateWords('uno, dos; tres cuatro', 9)).toBe('uno, dos…');
    expect(truncateWords('a bcdefghijklmnop', 10)).toBe('a bcdefghi…');
  });

  it('titles an article by its first heading, else its first worded line, else the file name', () => {
    expect(deriveTitle([{ text: 'Intro sin título.' }, { text: 'Cabecera', hint: 'heading' }], 'f')).toBe('Cabecera');
    expect(deriveTitle([{ text: '123' }, { text: '—\nPrimera línea! Segunda.' }], 'f')).toBe('Primera línea!');
    expect(deriveTitle([{ text: '***' }], 'archivo')).toBe('archivo');
    expect(deriveTitle([{ text: '«Cita» completa. Otra.' }], 'f')).toBe('«Cita» completa.');
    expect(deriveTitle([{ text: '„Zitat“ hier. Mehr.' }], 'f')).toBe('„Zitat“ hier.');
    expect(deriveTitle([{ text: "'Abierta sin cierre. Más." }], 'f')).toBe('Abierta sin cierre.');
    expect(deriveTitle([{ text: 'Sin punto final' }], 'f')).toBe('Sin punto final');
  });
});

describe('choosing a reader by extension', () => {
  it('reads every importable extension, whatever its case, and names unknown ones', async () => {
    const text = Buffer.from(`# Título\n\n${LETTERS_80}`);
    expect((await parseArticleFile('a.MD', text)).title).toBe('Título');
    expect((await parseArticleFile('a.markdown', text)).title).toBe('Título');
    for (const name of ['a.txt', 'a.TEXT', 'sin-extension', 'dir.d/sin']) {
      expect((await parseArticleFile(name, text)).blocks[0]!.text).toBe('# Título');
    }
    const html = Buffer.from(`<html><head><title>Web</title></head><body><p>${LETTERS_80}</p></body></html>`);
    for (const name of ['a.html', 'a.HTM', 'a.xhtml']) expect((await parseArticleFile(name, html)).title).toBe('Web');
    const error = (await parseArticleFile('hoja.ods', text).catch((e: unknown) => e)) as ImportError;
    expect(error.message).toBe('hoja.ods is not a kind of file Glosa reads. Use .txt, .md, .html or .docx.');
  });

  it('titles a file without a title by its first sentence, or its name without extension and separators', async () => {
    expect((await parseArticleFile('c:\\notas\\mi_nota-larga.txt', Buffer.from('1 2 3\n\nabc'))).title).toBe('abc');
    const error = (await parseArticleFile('/tmp/vacío.txt', Buffer.from('1 2 3')).catch((e: unknown) => e)) as ImportError;
    expect(error.code).toBe('no_text');
    expect(error.message).toBe('/tmp/vacío.txt has no text in it.');
  });
});

describe('refusals, word for word', () => {
  const refused = async (name: string, bytes: Uint8Array) => (await parseArticleFile(name, bytes).catch((e: unknown) => e)) as ImportError;

  it('names a .docx that is not a ZIP, a damaged one, and one without text', async () => {
    expect((await refused('informe.docx', Buffer.from('%PDF-1.4 no es Word'))).message).toBe('informe.docx is not a Word document (.docx files are ZIP archives; this one is not).');
    const cut = await refused('cortado.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    expect(cut.message).toBe('cortado.docx is not a readable Word document: its table of contents is missing.');
    const { makeDocx } = await import('../support/fixtures');
    const empty = await refused('vacío.docx', await makeDocx('', ['', '   ']));
    expect(empty).toMatchObject({ code: 'no_text', message: 'vacío.docx has no text in it.' });
  });

  it('takes a pasted title trimmed, and refuses pasted text past the limit or without words', async () => {
    const { parsePastedText } = await import('../../core/article/import');
    expect(parsePastedText('Texto del artículo.', '  Mi título  ').title).toBe('Mi título');
    expect(parsePastedText('Texto del artículo.', '   ').title).toBe('Texto del artículo.');
    const empty = (() => {
      try {
        parsePastedText('123 456');
      } catch (error) {
        return error as ImportError;
      }
      throw new Error('accepted');
    })();
    expect(empty.message).toBe('The pasted text has no text in it.');
    const { MAX_IMPORT_BYTES } = await import('../../core/api');
    expect(() => parsePastedText('a'.repeat(MAX_IMPORT_BYTES))).not.toThrow();
    expect(() => parsePastedText('a'.repeat(MAX_IMPORT_BYTES + 1))).toThrow('The pasted text is too large to import (the limit is 20 MB).');
  });

  it('takes a file of exactly the limit, and refuses one byte more', async () => {
    const { MAX_IMPORT_BYTES } = await import('../../core/api');
    const exact = Buffer.alloc(MAX_IMPORT_BYTES, 0x61);
    expect((await parseArticleFile('justo.txt', exact)).blocks[0]!.text).toHaveLength(MAX_IMPORT_BYTES);
    expect((await refused('pasado.txt', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61))).code).toBe('too_large');
  });

  it('reads a file name with dots in its folders, or a dot first, as having no extension', async () => {
    const text = Buffer.from(LETTERS_80);
    expect((await parseArticleFile('/tmp/v1.2/nota', text)).blocks[0]!.text).toBe(LETTERS_80);
    expect((await parseArticleFile('.oculto', text)).blocks[0]!.text).toBe(LETTERS_80);
  });
});

describe('markdown, corner by corner', () => {
  const md = (s: string) => texts(parseMarkdown(s));

  it('reads Windows and old Mac line ends', () => {
    expect(md('# T\r\n\r\nTexto\r\nsigue')).toEqual(['T', 'Texto sigue']);
    expect(md('Uno\r\rDos')).toEqual(['Uno', 'Dos']);
  });

  it('keeps no block that is only syntax', () => {
    expect(md('![](a.png)\n\nTexto')).toEqual(['Texto']);
    expect(md('- ![](a.png)\n\nTexto')).toEqual(['Texto']);
    expect(md('# ![](a.png)\n\nTexto')).toEqual(['Texto']);
  });

  it('opens a fence only at the start of a line, and a rule only when the line is nothing else', () => {
    expect(md('Uno ~~~ dos\nTres')).toEqual(['Uno ~~~ dos Tres']);
    expect(md('a~~~ b')).toEqual(['a~~~ b']);
    expect(md('Uno\n--- x\nDos')).toEqual(['Uno --- x Dos']);
    expect(md('Uno\n---x\nDos')).toEqual(['Uno ---x Dos']);
    expect(md('Uno\na ---\nDos')).toEqual(['Uno a --- Dos']);
  });

  it('keeps headings in their place among paragraphs', () => {
    expect(md('Antes\n# Título\nDespués')).toEqual(['Antes', 'Título', 'Después']);
  });

  it('reads numbered items up to three digits, and only indented lines as their continuation', () => {
    expect(parseMarkdown('10. diez\n11. once').blocks).toEqual([{ text: 'diez\nonce', hint: 'list' }]);
    expect(parseMarkdown('1000. mil').blocks).toEqual([{ text: '1000. mil' }]);
    expect(parseMarkdown('- uno\nOtra  frase').blocks).toEqual([{ text: 'uno', hint: 'list' }, { text: 'Otra frase' }]);
  });

  it('drops a quote mark only at the start of a line, and reads short emphasis and empty references', () => {
    expect(md('x>y')).toEqual(['x>y']);
    expect(md('[texto][] y *a* y _b_')).toEqual(['texto y a y b']);
  });
});

describe('web pages, structure by structure', () => {
  const read = (body: string) => parseHtml(`<html><body>${body}</body></html>`, 'p.html', { readability: false, minLetters: 1 });

  it('reads through a block that holds blocks, however deep, instead of taking it whole', async () => {
    expect(texts(await read('<blockquote><p>uno</p><p>dos</p></blockquote>'))).toEqual(['uno', 'dos']);
    const nested = await read('<ul><li><div><section><p>dentro</p></section></div></li></ul>');
    expect(nested.blocks).toEqual([{ text: 'dentro' }]);
  });

  it('keeps text before a block ahead of it, and ignores comments', async () => {
    expect(texts(await read('<div>antes<p>bloque</p></div>'))).toEqual(['antes', 'bloque']);
    expect(texts(await read('<div>a<!-- comentario -->b</div>'))).toEqual(['ab']);
  });

  it('reads a page nested exactly as deep as the limit, and refuses one level more', async () => {
    const page = (levels: number) => `<html><body>${'<div>'.repeat(levels)}<p>${LETTERS_80}</p></body></html>`;
    // html and body are two of the levels.
    await expect(parseHtml(page(4998), 'justo.html')).resolves.toMatchObject({ blocks: [{ text: LETTERS_80 }] });
    await expect(parseHtml(page(4999), 'hondo.html')).rejects.toThrow('hondo.html is nested more than 5000 levels deep');
  }, 30_000);
});
