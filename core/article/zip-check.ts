import { inflateRawSync } from 'node:zlib';

/**
 * A .docx is a ZIP archive, and a ZIP can unpack to a thousand times its size: a 700 KB
 * file that unpacks to gigabytes took the Word reader past 4 GB of memory. Before any
 * reader opens it, every XML part is unpacked here once, with zlib stopping at the budget,
 * so that what the reader is handed is known to fit. Media (photos) are not read by the
 * importer and only their declared sizes count.
 */
export const MAX_DOCX_XML_BYTES = 48 * 1024 * 1024;
const MAX_DOCX_ENTRIES = 5000;

export class ArchiveTooLarge extends Error {}
export class ArchiveDamaged extends Error {}

type Entry = { name: string; method: number; compressedSize: number; localHeader: number };

/** The entries of a ZIP's central directory (ZIP64 archives are refused: no .docx needs one). */
function entries(zip: Buffer): Entry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) throw new ArchiveDamaged('its table of contents is missing');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count > MAX_DOCX_ENTRIES) throw new ArchiveTooLarge(`it holds ${count} parts`);
  const found: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new ArchiveDamaged('its table of contents is damaged');
    const nameLength = zip.readUInt16LE(at + 28);
    found.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return found;
}

/** Throws ArchiveTooLarge when the XML inside `zip` unpacks past the budget, ArchiveDamaged when it cannot be read. */
export function checkDocxArchive(bytes: Uint8Array, budget = MAX_DOCX_XML_BYTES): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let used = 0;
  for (const entry of entries(zip)) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const at = entry.localHeader;
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new ArchiveDamaged(`its part ${entry.name} is missing`);
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      used += data.length;
    } else if (entry.method === 8) {
      try {
        used += inflateRawSync(data, { maxOutputLength: budget - used + 1 }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ArchiveTooLarge(`its text unpacks to more than ${budget / (1024 * 1024)} MB`);
        throw new ArchiveDamaged(`its part ${entry.name} cannot be unpacked`);
      }
    } else {
      throw new ArchiveDamaged(`its part ${entry.name} is packed in a way Word does not use`);
    }
    if (used > budget) throw new ArchiveTooLarge(`its text unpacks to more than ${budget / (1024 * 1024)} MB`);
  }
}
