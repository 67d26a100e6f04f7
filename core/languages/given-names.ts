/**
 * Given names ("Marco", "Rosario", "Consuelo"), from the lists of the human-names package,
 * every language's together: names cross borders, and a Spanish article names a Kristin as
 * readily as a Leopoldo. A name of ordinary words led by one is a person's ("Marco Rubio"),
 * one led by another ordinary word is not ("Poder Judicial", "Protección Civil").
 */
import fs from 'node:fs';
import { requirePackage } from '../paths';

const LISTS = ['de', 'en', 'es', 'fr', 'it', 'nl'].flatMap((l) => [`female-human-names-${l}.json`, `male-human-names-${l}.json`]);

let names: ReadonlySet<string> | undefined;

/** Without accents and case: the lists write "Victor", a Spanish article "Víctor". */
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether this word is someone's given name in one of the lists. */
export function isGivenName(word: string): boolean {
  return givenNames().has(plain(word));
}

/** Every list that can be read, once, its names plain; a list missing or broken adds nothing. */
function givenNames(): ReadonlySet<string> {
  if (names) return names;
  const found = new Set<string>();
  for (const list of LISTS) {
    try {
      const data: unknown = JSON.parse(fs.readFileSync(requirePackage.resolve(`human-names/data/${list}`), 'utf8'));
      if (Array.isArray(data)) for (const n of data) if (typeof n === 'string' && /^\p{Lu}/u.test(n)) found.add(plain(n));
    } catch {
      // Without the list, fewer names are told from ordinary words; nothing else changes.
    }
  }
  return (names = found);
}

/** For measuring what the lists are worth: other names in their place ([] for none), or the lists again (no argument). */
export function replaceGivenNames(list?: Iterable<string>): void {
  names = list ? new Set([...list].map(plain)) : undefined;
}
