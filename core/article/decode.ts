import { ImportError } from '../errors';

/** Magic numbers of formats that are sometimes renamed to .txt by mistake. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document' },
];

export function sniffBinary(bytes: Uint8Array): string | null {
  for (const { bytes: sig, what } of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return what;
  }
  return null;
}

/** Bytes that Windows-1252 leaves undefined: a file holding them is not 1252 text. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252's characters for bytes 0x80 to 0x9F (curly quotes, dashes, the euro sign).
 * Node's TextDecoder decodes this label as Latin-1 and turns them into control characters,
 * so Glosa maps them itself. Undefined bytes are never decoded (see above).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** At most one NUL byte in this many is taken for noise in a text file. */
const STRAY_NUL_RATIO = 1000;

export type DecodedText = { text: string; encoding: string };

/** The labels the Web reads as Windows-1252, which Glosa decodes itself (see above). */
const LATIN_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252', 'x-cp1252', 'iso_8859-1', 'cp819', 'ibm819']);
/**
 * Valid UTF-8 sequences this many times as many as the bytes that break it: a UTF-8 file
 * damaged in a few places (a string cut in the middle of a letter, a line pasted from a
 * Latin-1 page), read as UTF-8 with each stray byte read as Windows-1252.
 */
const DAMAGE_RATIO = 20;

/**
 * Turns a text file's bytes into a string, detecting UTF-8, UTF-16 with a byte order mark,
 * and Windows-1252 (which covers Latin-1 as it occurs in practice). A web page's own
 * `declared` character set ("iso-8859-15", "windows-1251") is read when its bytes are not
 * UTF-8. Anything else is refused with a reason rather than decoded into mojibake.
 */
export function decodeText(bytes: Uint8Array, name: string, declared?: string): DecodedText {
  if (bytes.length === 0) throw new ImportError('empty', `${name} is empty (0 bytes).`);
  const binary = sniffBinary(bytes);
  if (binary) throw new ImportError('binary', `${name} is ${binary}, not text.`);

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // A page saved from the web can carry a stray run of NUL bytes in its markup: a handful
    // in a long text are dropped. More than one in a thousand bytes is binary data.
    const count = bytes.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
    if (count * STRAY_NUL_RATIO > bytes.length) {
      throw new ImportError('binary', `${name} holds binary data (a NUL byte at position ${nul}), not text.`);
    }
    return decodeText(bytes.filter((b) => b !== 0), name, declared);
  }

  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy file, its character set declared or not, or a damaged one. Told apart below.
  }

  // (UTF-8 damaged in a few places is UTF-8, whatever the page says: a template may declare Latin-1 over UTF-8 text.)
  const { valid, broken, firstBad } = utf8Census(bytes);
  if (valid >= DAMAGE_RATIO * broken) return { text: decodeDamagedUtf8(bytes), encoding: 'utf-8' };

  const label = declared?.trim().toLowerCase();
  if (label && LATIN_LABELS.has(label) && !bytes.some((b) => UNDEFINED_IN_1252.has(b))) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  const legacy = label && !LATIN_LABELS.has(label) ? legacyDecoder(label) : null;
  if (legacy) return { text: legacy.decode(bytes), encoding: legacy.encoding };

  if (valid > 0 || bytes.some((b) => UNDEFINED_IN_1252.has(b))) {
    throw new ImportError(
      'bad_encoding',
      `${name} is not valid UTF-8 (a broken byte sequence at position ${firstBad}) and is not Windows-1252 text either. Save it again as UTF-8 and retry.`,
    );
  }
  const text = decodeWindows1252(bytes);
  if (!looksLikeLatinText(text)) {
    throw new ImportError(
      'bad_encoding',
      `${name} is not valid UTF-8 (a broken byte sequence at position ${firstBad}) and does not read as Windows-1252 text. Save it again as UTF-8 and retry.`,
    );
  }
  return { text, encoding: 'windows-1252' };
}

function utf8SequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function validSequenceAt(bytes: Uint8Array, i: number): number {
  const len = utf8SequenceLength(bytes[i]!);
  if (len === 0 || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) {
    const b = bytes[i + k]!;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return len;
}

/**
 * How many valid UTF-8 sequences of two bytes or more a file holds, how many bytes break it,
 * and where the first of those stands (-1 for none). A file mixing them is damaged, not
 * legacy-encoded; damaged in few places, it is read.
 */
function utf8Census(bytes: Uint8Array): { valid: number; broken: number; firstBad: number } {
  let valid = 0;
  let broken = 0;
  let firstBad = -1;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = validSequenceAt(bytes, i);
    if (len > 0) {
      valid++;
      i += len;
    } else {
      if (broken++ === 0) firstBad = i;
      i++;
    }
  }
  return { valid, broken, firstBad };
}

/** UTF-8 with its stray bytes each read as Windows-1252 (a byte that leaves undefined as U+FFFD): nothing is dropped. */
function decodeDamagedUtf8(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8');
  let out = '';
  let from = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = validSequenceAt(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out += utf8.decode(bytes.subarray(from, i)) + (UNDEFINED_IN_1252.has(bytes[i]!) ? '\ufffd' : decodeWindows1252(bytes.subarray(i, i + 1)));
    from = ++i;
  }
  return out + utf8.decode(bytes.subarray(from));
}

/** A decoder for a declared character set this runtime knows ("iso-8859-15", "windows-1251", "koi8-r"), or null. */
function legacyDecoder(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    const decoder = new TextDecoder(label);
    // (A page that declares UTF-8 and is not is told apart by its bytes, as if it declared nothing.)
    return decoder.encoding === 'utf-8' ? null : decoder;
  } catch {
    return null;
  }
}

/**
 * The character set a web page declares in its first bytes: `<meta charset="…">`, or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`. Undefined if none.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, DECLARATION_WINDOW));
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}
/** How far into a page its character set is looked for: past a long head of comments and scripts, not the whole page. */
const DECLARATION_WINDOW = 8192;

/** Most non-ASCII characters of real Latin-script text are letters or common punctuation. */
function looksLikeLatinText(text: string): boolean {
  let nonAscii = 0;
  let plausible = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    nonAscii++;
    if (/\p{L}/u.test(ch) || '¿¡«»“”‘’–—…ºª°€·'.includes(ch)) plausible++;
  }
  return nonAscii === 0 || plausible / nonAscii >= 0.8;
}
