import type { GlossaryItem } from '../../../core/api';
import { variantKey } from '../../../core/text/variant-key';

// The glossary's own test of "the same spelling" (accents, case, i/y, -ski/-sky…), as the backend merges by.
const fold = variantKey;

/**
 * Words that read as a name: each capitalised, with the particles names carry between
 * them ("Vladimir Putin", "Ciudad de México", "Jean-Yves Le Drian").
 */
export function looksLikeName(text: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|la|las|los|y|van|von|da|di|le|al|bin)\s+)?\p{Lu}[\p{L}'’.-]*)*$/u.test(text.trim());
}

/** The entry or suggestion that already has this spelling, accents and case aside. */
export function knownEntry(text: string, known: GlossaryItem[]): GlossaryItem | undefined {
  const key = fold(text);
  return known.find((item) => item.variants.some((v) => fold(v) === key));
}

/**
 * What a new glossary entry's target starts as. A name is kept as it is written, or as
 * the entries that already know that spelling render it: an engine's word-by-word English
 * of a surname that is also an ordinary word ("Rubio" → "Blond") is never a good start.
 * Anything else waits for the engine's translation (null).
 */
export function defaultTarget(text: string, known: GlossaryItem[]): string | null {
  const same = knownEntry(text, known);
  if (same?.target) return same.target;
  return looksLikeName(text) ? text.trim() : null;
}
