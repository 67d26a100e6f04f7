import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText } from '../../core/article/decode';
import { parseArticleFile } from '../../core/article/import';
import { ImportError } from '../../core/errors';
import { PNG_BYTES, toUtf16, toWindows1252 } from '../support/fixtures';

const SPANISH = '¿Qué pasó? El presidente de Bielorrusia, Aleksandr Lukashenko, viajó a Moscú «mañana» y dijo “sí” — 3 € … Año, niño, pingüino.';

function refusal(bytes: Uint8Array, name = 'nota.txt'): ImportError {
  try {
    decodeText(bytes, name);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText(Buffer.from(SPANISH), 'a.txt')).toEqual({ text: SPANISH, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SPANISH)]), 'a.txt').text).toBe(SPANISH);
  });

  it('reads UTF-16 in both byte orders when the file has a byte order mark', () => {
    expect(decodeText(toUtf16(SPANISH, 'le'), 'a.txt')).toEqual({ text: SPANISH, encoding: 'utf-16le' });
    expect(decodeText(toUtf16(SPANISH, 'be'), 'a.txt')).toEqual({ text: SPANISH, encoding: 'utf-16be' });
  });

  it('detects Windows-1252 (Latin-1) Spanish text instead of producing mojibake', () => {
    const decoded = decodeText(toWindows1252(SPANISH), 'viejo.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(SPANISH);
    expect(decoded.text).not.toMatch(/Ã|�/);
  });

  it('refuses an empty file, naming it', () => {
    const error = refusal(new Uint8Array(), 'vacío.txt');
    expect(error.code).toBe('empty');
    expect(error.message).toContain('vacío.txt');
  });

  it('refuses PNG and ZIP bytes renamed to .txt, saying what they are', () => {
    expect(refusal(PNG_BYTES, 'foto.txt')).toMatchObject({ code: 'binary', message: expect.stringContaining('PNG image') });
    const zip = Buffer.from('504b0304140000000800', 'hex');
    expect(refusal(zip, 'archivo.txt')).toMatchObject({ code: 'binary', message: expect.stringContaining('ZIP archive') });
  });

  it('refuses data with NUL bytes', () => {
    expect(refusal(Buffer.from([0x41, 0x42, 0x00, 0x43])).code).toBe('binary');
    // Two in a thousand bytes are too many.
    expect(refusal(Buffer.concat([Buffer.from('a'.repeat(998)), Buffer.from([0, 0])])).code).toBe('binary');
  });

  it('drops a stray run of NUL bytes in a long text, as pages saved from the web carry them', () => {
    const page = Buffer.concat([Buffer.from(`<p>Año ${'texto '.repeat(400)}</p>`), Buffer.alloc(2, 0), Buffer.from('<p>fin</p>')]);
    expect(decodeText(page, 'p.html')).toEqual({ text: `<p>Año ${'texto '.repeat(400)}</p><p>fin</p>`, encoding: 'utf-8' });
  });

  it('refuses broken UTF-8 (valid sequences mixed with invalid bytes) with the position', () => {
    const broken = Buffer.concat([Buffer.from('Año bueno '), Buffer.from([0xc3, 0x28]), Buffer.from(' fin')]);
    const error = refusal(broken, 'roto.txt');
    expect(error.code).toBe('bad_encoding');
    expect(error.message).toMatch(/roto\.txt is not valid UTF-8 .*position 11/);
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252 text', () => {
    const noise = Buffer.from([0x61, 0x81, 0x8d, 0x62]);
    expect(refusal(noise).code).toBe('bad_encoding');
  });
});

describe('decodeText, byte by byte', () => {
  it('names every kind of binary file it knows by its first bytes', () => {
    const kinds: [number[], string][] = [
      [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
      [[0xff, 0xd8, 0xff], 'a JPEG image'],
      [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
      [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive'],
      [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
      [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
      [[0x4d, 0x5a], 'a Windows program'],
      [[0x1f, 0x8b], 'a gzip archive'],
      [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
    ];
    for (const [magic, what] of kinds) {
      expect(refusal(Buffer.from([...magic, 0x41, 0x42]), 'x.txt')).toMatchObject({ code: 'binary', message: `x.txt is ${what}, not text.` });
    }
    // Text that merely starts like one of them ("MZ" is also two letters) is not refused for the first byte alone.
    expect(decodeText(Buffer.from('GIF es un formato.'), 'a.txt').text).toBe('GIF es un formato.');
    expect(refusal(Buffer.from('MZ'), 'x.txt').message).toBe('x.txt is a Windows program, not text.');
  });

  it('says where the NUL byte is', () => {
    expect(refusal(Buffer.from([0x41, 0x42, 0x00, 0x43]), 'b.txt').message).toBe('b.txt holds binary data (a NUL byte at position 2), not text.');
  });

  it('takes 0xFF or 0xFE as a byte order mark only in the right pair', () => {
    // "ÿA" and "þA" in Windows-1252: one byte of the mark, not the mark.
    expect(decodeText(Buffer.from([0xff, 0x41, 0x61]), 'a.txt')).toEqual({ text: 'ÿAa', encoding: 'windows-1252' });
    expect(decodeText(Buffer.from([0xfe, 0x41, 0x61]), 'a.txt')).toEqual({ text: 'þAa', encoding: 'windows-1252' });
    expect(decodeText(Buffer.from([0x41, 0xfe, 0xff]), 'a.txt')).toEqual({ text: 'Aþÿ', encoding: 'windows-1252' });
  });

  it('refuses damaged UTF-8 at the first broken sequence, whatever the length of the good ones', () => {
    const good = [
      [0xc2, 0xa9], // ©, the lowest two-byte lead
      [0xdf, 0xbf], // the highest two-byte lead
      [0xe2, 0x82, 0xac], // €
      [0xef, 0xbf, 0xbd],
      [0xf0, 0x9f, 0x98, 0x80], // an emoji
      [0xf4, 0x8f, 0xbf, 0xbf], // the last code point
    ];
    for (const sequence of good) {
      const bytes = Buffer.from([0x61, ...sequence, 0x62, 0xff, 0x63]);
      const error = refusal(bytes, 'r.txt');
      expect(error.message).toBe(`r.txt is not valid UTF-8 (a broken byte sequence at position ${2 + sequence.length}) and is not Windows-1252 text either. Save it again as UTF-8 and retry.`);
    }
    // A lead byte whose continuation is not one, and a sequence cut by the end of the file.
    expect(refusal(Buffer.from([0x61, 0xc3, 0xa9, 0x62, 0xe2, 0x28, 0x41]), 'r.txt').message).toContain('position 4');
    expect(refusal(Buffer.from([0x61, 0xc3, 0xa9, 0x62, 0xe2, 0x82]), 'r.txt').message).toContain('position 4');
    expect(refusal(Buffer.from([0x61, 0xc3, 0xa9, 0x62, 0xc3, 0xc0]), 'r.txt').message).toContain('position 4');
  });

  it('reads bytes that hold no UTF-8 sequence as Windows-1252 when most of what is not ASCII reads as letters', () => {
    // Four accented letters and one currency sign: 80 % plausible, read.
    const mostly = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe9, 0xe9, 0xe9, 0x20, 0xa4]);
    expect(decodeText(mostly, 'a.txt')).toEqual({ text: 'café ééé ¤', encoding: 'windows-1252' });
    // Three of five: refused, and said so differently from broken UTF-8.
    const few = Buffer.from([0x63, 0xe9, 0xe9, 0xe9, 0x20, 0xd7, 0x20, 0xd7]);
    expect(refusal(few, 'w.txt').message).toBe('w.txt is not valid UTF-8 (a broken byte sequence at position 1) and does not read as Windows-1252 text. Save it again as UTF-8 and retry.');
    // A byte Windows-1252 leaves undefined is no Windows-1252 text.
    expect(refusal(Buffer.from([0x61, 0x62, 0x9d]), 'u.txt').message).toContain('is not Windows-1252 text either');
  });

  it('decodes a long Windows-1252 file whole, across its 8 KB chunks', () => {
    const text = `${'Añadió: “sí” — 3 € … '.repeat(1000)}fin`;
    expect(decodeText(toWindows1252(text), 'largo.txt')).toEqual({ text, encoding: 'windows-1252' });
  });
});

describe('decodeText, damaged and declared', () => {
  const utf8 = (text: string) => Buffer.from(text);
  const page = (charset: string, body: Buffer) => Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"><title>t</title></head><body><p>`), body, Buffer.from('</p></body></html>')]);

  it('reads UTF-8 damaged in a few places, each stray byte as Windows-1252, nothing dropped', () => {
    // A comment pasted from a Latin-1 page ("AUTOMÁTICA"), a string cut inside a letter ("c\xc3..."), a byte 1252 leaves undefined.
    const text = 'Año, niño, pingüino, Bielorrusia, Moscú. '.repeat(20);
    const bytes = Buffer.concat([utf8(text), Buffer.from([0x41, 0xc1, 0x42]), utf8(' El c'), Buffer.from([0xc3]), utf8('... '), Buffer.from([0x81])]);
    expect(decodeText(bytes, 'a.html')).toEqual({ text: `${text}AÁB El cÃ... \ufffd`, encoding: 'utf-8' });
    // (As many broken bytes as a twentieth of the good sequences, read; one more, refused.)
    const good = utf8('é'.repeat(40));
    expect(decodeText(Buffer.concat([good, Buffer.from([0x20, 0xff, 0x20, 0xff])]), 'b.txt').text).toBe(`${'é'.repeat(40)} ÿ ÿ`);
    expect(refusal(Buffer.concat([good, Buffer.from([0x20, 0xff, 0x20, 0xff, 0x20, 0xff])]), 'c.txt').code).toBe('bad_encoding');
    // (A continuation byte alone, 0x80, is a stray byte: the euro sign of Windows-1252.)
    expect(decodeText(Buffer.concat([good, Buffer.from([0x20, 0x80])]), 'd.txt').text).toBe(`${'é'.repeat(40)} €`);
  });

  it("reads a page's bytes in the character set it declares, when they are not UTF-8", () => {
    const latin = Buffer.from([0x74, 0x65, 0x6e, 0x73, 0x69, 0xf3, 0x6e, 0x20, 0xc3, 0xa9, 0x20, 0xe1]); // "tensión Ã© á": one pair that looks like UTF-8
    expect(refusal(latin, 'x.txt').code).toBe('bad_encoding');
    expect(decodeText(latin, 'x.html', 'ISO-8859-1')).toEqual({ text: 'tensión Ã© á', encoding: 'windows-1252' });
    expect(decodeText(Buffer.from([0x33, 0x20, 0xa4]), 'x.html', 'iso-8859-15')).toEqual({ text: '3 €', encoding: 'iso-8859-15' });
    expect(decodeText(Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]), 'x.html', 'windows-1251')).toEqual({ text: 'Москва', encoding: 'windows-1251' });
    // Valid UTF-8 is UTF-8 whatever the page says; a page that says UTF-8 and is Latin-1 is read by its bytes.
    expect(decodeText(utf8('Moscú'), 'x.html', 'iso-8859-1')).toEqual({ text: 'Moscú', encoding: 'utf-8' });
    expect(decodeText(Buffer.from([0x4d, 0x6f, 0x73, 0x63, 0xfa]), 'x.html', 'utf-8')).toEqual({ text: 'Moscú', encoding: 'windows-1252' });
    // (A page that says Latin-1 and holds a byte Windows-1252 leaves undefined is neither.)
    expect(refusal(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x81, 0xc3, 0xa9]), 'x.html').code).toBe('bad_encoding');
    expect(() => decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x81, 0xc3, 0xa9]), 'x.html', 'iso-8859-1')).toThrow(ImportError);
    // A set this runtime does not know is no help: told apart by the bytes.
    expect(refusal(Buffer.from([0x61, 0x81, 0x8d, 0x62]), 'x.html').code).toBe('bad_encoding');
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'x.html', 'x-unknown').text).toBe('café');
  });

  it('finds the declaration in either form of the meta tag, in the head only', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="iso-8859-15">'))).toBe('iso-8859-15');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />'))).toBe('windows-1251');
    expect(declaredCharset(Buffer.from("<META CHARSET='UTF-8'>"))).toBe('UTF-8');
    expect(declaredCharset(Buffer.from('<meta charset = "koi8-r">'))).toBe('koi8-r');
    expect(declaredCharset(Buffer.from('<p>charset=latin1 is a word here</p>'))).toBeUndefined();
    expect(declaredCharset(Buffer.concat([Buffer.from(' '.repeat(9000)), Buffer.from('<meta charset="koi8-r">')]))).toBeUndefined();
  });

  it('imports a Latin-9 page as the page says, and a Cyrillic one', async () => {
    const prose = 'La entrada al museo de la ciudad vieja, abierto todos los días del año salvo el primero de enero y el día de Navidad, ';
    const euro = await parseArticleFile('p.html', page('ISO-8859-15', Buffer.concat([toWindows1252(prose), Buffer.from([0x63, 0x75, 0x65, 0x73, 0x74, 0x61, 0x20, 0x35, 0x20, 0xa4, 0x2e])])));
    expect(euro.blocks.map((b) => b.text)).toEqual([`${prose}cuesta 5 €.`]);
    const kyiv = new TextEncoder().encode('Київ — столиця України, найбільше місто країни, розташоване на річці Дніпро, де живе майже три мільйони людей. ');
    // (Windows-1251's letters, written out: the encoder knows only UTF-8.)
    const cp1251 = Buffer.from([...new TextDecoder('utf-8').decode(kyiv)].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : [...Array(256).keys()].find((b) => new TextDecoder('windows-1251').decode(Uint8Array.of(b)) === ch)!)));
    expect((await parseArticleFile('k.html', page('windows-1251', cp1251))).blocks[0]?.text).toBe('Київ — столиця України, найбільше місто країни, розташоване на річці Дніпро, де живе майже три мільйони людей.');
  });
});
