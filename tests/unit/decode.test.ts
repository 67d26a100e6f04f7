import { describe, expect, it } from 'vitest';
import { decodeText } from '../../core/article/decode';
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
