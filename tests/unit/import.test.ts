import { describe, expect, it } from 'vitest';
import { parseArticleFile, parsePastedText } from '../../core/article/import';
import { parseMarkdown, parsePlainText } from '../../core/article/plain';
import { ImportError } from '../../core/errors';
import JSZip from 'jszip';
import { ArchiveDamaged, ArchiveTooLarge, checkDocxArchive } from '../../core/article/zip-check';
import { ARTICLE_HTML, PNG_BYTES, makeDocx, makeOtherZip, sample, toWindows1252 } from '../support/fixtures';

async function refusal(name: string, bytes: Uint8Array): Promise<ImportError> {
  try {
    await parseArticleFile(name, bytes);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('plain text', () => {
  it('splits paragraphs at blank lines and joins hard-wrapped lines', () => {
    const doc = parsePlainText('Primera línea\ncontinúa aquí.\n\nSegundo párrafo.\r\n\r\n\r\nTercero.');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Primera línea continúa aquí.', 'Segundo párrafo.', 'Tercero.']);
  });

  it('treats every line as a paragraph when the file has no blank lines', () => {
    expect(parsePlainText('Uno.\nDos.\nTres.').blocks).toHaveLength(3);
  });

  it('keeps list items on their own lines', () => {
    const doc = parsePlainText('Puntos clave:\n\n- primero\n- segundo\n- tercero');
    expect(doc.blocks[1]).toEqual({ text: '- primero\n- segundo\n- tercero', hint: 'list' });
  });

  it('reads the samples with every paragraph kept', () => {
    const text = sample();
    const doc = parsePlainText(text);
    expect(doc.blocks).toHaveLength(text.split(/\n\s*\n/).filter((p) => p.trim()).length);
  });
});

describe('markdown', () => {
  it('turns headings into heading blocks and drops inline syntax', () => {
    const doc = parseMarkdown('# La tregua\n\nEl **Kremlin** dijo [hoy](https://x.example) que *no*.\n\n## Contexto\n\n- uno\n- dos\n');
    expect(doc.title).toBe('La tregua');
    expect(doc.blocks).toEqual([
      { text: 'La tregua', hint: 'heading' },
      { text: 'El Kremlin dijo hoy que no.' },
      { text: 'Contexto', hint: 'heading' },
      { text: 'uno\ndos', hint: 'list' },
    ]);
  });
});

describe('parseArticleFile', () => {
  it('reads .txt in Windows-1252 without mojibake', async () => {
    const parsed = await parseArticleFile('viejo.txt', toWindows1252('El niño viajó a Moscú.\n\nOtro párrafo.'));
    expect(parsed.blocks[0]!.text).toBe('El niño viajó a Moscú.');
  });

  it('extracts the article from a web page and drops scripts, handlers, navigation and remote references', async () => {
    const parsed = await parseArticleFile('pagina.html', Buffer.from(ARTICLE_HTML));
    const all = parsed.blocks.map((b) => b.text).join('\n');
    expect(parsed.title).toMatch(/Kiev prepara garantías de seguridad/);
    expect(all).toContain('Volodimir Zelensky');
    expect(all).toContain('Dnipropetrovsk');
    for (const unwanted of ['injected script text', 'alert', 'steal', 'tracker.example', 'evil.example', 'Portada', 'Publicidad', 'javascript:', 'Todos los derechos']) {
      expect(all).not.toContain(unwanted);
    }
  });

  it('refuses a web page with no article in it', async () => {
    const error = await refusal('vacia.html', Buffer.from('<html><head><title>Inicio</title></head><body><nav><a href="/">Inicio</a></nav></body></html>'));
    expect(error.code).toBe('no_article');
    expect(error.message).toContain('vacia.html');
  });

  it('reads Word documents, keeping the heading', async () => {
    const bytes = await makeDocx('Crónica de Minsk', ['Lukashenko viaja este jueves a Rusia.', 'Se reunirá con Putin el viernes.']);
    const parsed = await parseArticleFile('cronica.docx', bytes);
    expect(parsed.blocks).toEqual([
      { text: 'Crónica de Minsk', hint: 'heading' },
      { text: 'Lukashenko viaja este jueves a Rusia.' },
      { text: 'Se reunirá con Putin el viernes.' },
    ]);
    expect(parsed.title).toBe('Crónica de Minsk');
  });

  it('refuses a .docx that is a ZIP of something else, and one that is not a ZIP at all', async () => {
    const other = await refusal('falso.docx', await makeOtherZip());
    expect(other.code).toBe('bad_docx');
    expect(other.message).toContain('falso.docx');
    expect((await refusal('texto.docx', Buffer.from('solo texto'))).code).toBe('bad_docx');
  });

  it('refuses a .docx that unpacks to far more than any article (a ZIP bomb), before the Word reader opens it', async () => {
    // A real Word document whose text has been repeated until it unpacks to about 60 MB.
    const zip = await JSZip.loadAsync(await makeDocx('Bomba', ['La guerra en Ucrania sigue.']));
    const body = await zip.file('word/document.xml')!.async('string');
    const paragraph = /<w:p>.*?<\/w:p>/s.exec(body.slice(body.indexOf('<w:body>')))![0];
    zip.file('word/document.xml', body.replace('<w:body>', `<w:body>${paragraph.repeat(Math.ceil((60 * 1024 * 1024) / paragraph.length))}`));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const error = await refusal('bomba.docx', bomb);
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/bomba\.docx is too large to import: its text unpacks to more than 48 MB/);
  }, 60_000);

  it('checks a .docx part by part against the budget, and names a damaged archive', async () => {
    const docx = await makeDocx('Crónica', ['Lukashenko viaja este jueves a Rusia.']);
    expect(() => checkDocxArchive(docx)).not.toThrow();
    expect(() => checkDocxArchive(docx, 1024)).toThrow(ArchiveTooLarge);
    const cut = docx.subarray(0, docx.length - 30);
    expect(() => checkDocxArchive(cut)).toThrow(ArchiveDamaged);
    expect((await refusal('cortado.docx', cut)).code).toBe('bad_docx');
  });

  it('refuses binary files renamed .txt, empty files and unknown types', async () => {
    expect((await refusal('foto.txt', PNG_BYTES)).code).toBe('binary');
    expect((await refusal('vacio.txt', new Uint8Array())).code).toBe('empty');
    expect((await refusal('tabla.xlsx', Buffer.from('x'))).code).toBe('unsupported_type');
    expect((await refusal('blancos.txt', Buffer.from(' \n\n \t\n'))).code).toBe('no_text');
  });

  it('refuses a 60 MB text file before reading it, saying how large it is', async () => {
    const huge = Buffer.alloc(60 * 1024 * 1024, 0x61);
    const error = await refusal('enorme.txt', huge);
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/enorme\.txt is too large to import \(63 MB; the limit is 20 MB\)/);
  });

  it('titles a pasted article with its first sentence, or the title given', () => {
    expect(parsePastedText('Kiev pide ayuda. Más texto aquí.').title).toBe('Kiev pide ayuda.');
    expect(parsePastedText('Kiev pide ayuda.', 'Mi título').title).toBe('Mi título');
    // A stray quote mark on the first line, or a rule, is no title; an open quote the cut left is taken off.
    expect(parsePastedText('"\n\nLa OTAN se reúne hoy en Bruselas. Más texto.').title).toBe('La OTAN se reúne hoy en Bruselas.');
    expect(parsePastedText('———\n\n«Es un día triste», dijo. Y se fue.').title).toBe('«Es un día triste», dijo.');
    expect(parsePastedText('“No cederemos. Nunca”, dijo el ministro.').title).toBe('No cederemos.');
    // A long first sentence is kept whole up to 200 characters, and cut at a word past that.
    const long = `${'El gobierno anunció nuevas medidas '.repeat(4).trim()}.`;
    expect(parsePastedText(`${long} Otra frase.`).title).toBe(long);
    const longer = parsePastedText(`${'palabra '.repeat(60).trim()}.`).title;
    expect(longer.length).toBeLessThanOrEqual(201);
    expect(longer).toMatch(/^palabra( palabra)+…$/);
  });
});
