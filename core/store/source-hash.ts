import { createHash } from 'node:crypto';

/** A sentence as the translation cache sees it: spacing and Unicode form do not matter. */
export function normaliseSource(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function sourceHash(text: string): string {
  return createHash('sha256').update(normaliseSource(text)).digest('hex').slice(0, 32);
}
