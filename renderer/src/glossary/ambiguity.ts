import type { GlossaryItem } from '../../../core/api';
import { variantKey } from '../../../core/text/variant-key';

// The glossary's own test of "the same spelling" (accents, case, i/y, -ski/-sky…), as the backend merges by.
const fold = variantKey;

/**
 * Spellings of the entries about to be merged that also begin a different name the
 * glossary knows: "Vladimir" merged into Vladimir Putin would otherwise stand for Vladimir
 * Medinski too. Returns each such spelling with the names it also begins.
 */
export function ambiguousSpellings(merging: GlossaryItem[], everything: GlossaryItem[]): { spelling: string; alsoIn: string[] }[] {
  const mergingIds = new Set(merging.map((item) => item.id ?? item.key));
  const own = new Set(merging.flatMap((item) => item.variants.map(fold)));
  const others = everything.filter((item) => !mergingIds.has(item.id ?? item.key) && !item.variants.some((v) => own.has(fold(v))));
  const found: { spelling: string; alsoIn: string[] }[] = [];
  for (const spelling of new Set(merging.flatMap((item) => item.variants))) {
    const key = fold(spelling);
    // A spelling that is a whole name of the merged entries' own is not ambiguous by itself.
    if (merging.some((item) => fold(item.canonical) === key) && key.includes(' ')) continue;
    const alsoIn = [...new Set(others.flatMap((item) => item.variants).filter((v) => fold(v).startsWith(`${key} `)))];
    if (alsoIn.length) found.push({ spelling, alsoIn });
  }
  return found;
}
