/**
 * Given names ("Marco", "Rosario", "Consuelo"), from the lists of the human-names package,
 * every language's together: names cross borders, and a Spanish article names a Kristin as
 * readily as a Leopoldo. A name of ordinary words led by one is a person's ("Marco Rubio"),
 * one led by another ordinary word is not ("Poder Judicial", "Protección Civil").
 * Those lists hold a hundred Spanish names of each sex; the Spanish and Italian ones of the
 * gender-detection-from-name package hold thousands ("Eloy", "Gema", "Íñigo"). (Its English and
 * French lists hold surnames too, "Garcia", "Sanchez": left out.)
 */
import fs from 'node:fs';
import { requirePackage } from '../paths';

const LISTS = ['de', 'en', 'es', 'fr', 'it', 'nl'].flatMap((l) => [`female-human-names-${l}.json`, `male-human-names-${l}.json`]);
const MAPS = ['es', 'it'].map((l) => `gender-detection-from-name/names/${l}`);

/** The names of the first lists, and those of the longer ones, written without accents; read once. */
type Lists = { names: ReadonlySet<string>; unaccented: ReadonlySet<string> };
let lists: Lists | undefined;

/** Without accents and case: the lists write "Victor", a Spanish article "Víctor". */
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/**
 * A stress mark on a word's last vowel: a verb's past ("cayó", "habló") more often than a name.
 * The longer lists write no accents at all ("ramon", "cayo"): a word so marked is theirs only if
 * the first lists have it too ("José").
 */
const STRESSED_END = /[áéíóú]$/u;

/** Whether this word is someone's given name in one of the lists. */
export function isGivenName(word: string): boolean {
  const key = plain(word);
  const { names, unaccented } = givenNames();
  return names.has(key) || (unaccented.has(key) && !STRESSED_END.test(word.toLowerCase()));
}

/** Every list that can be read, once, its names plain; a list missing or broken adds nothing. */
function givenNames(): Lists {
  if (lists) return lists;
  const found = new Set<string>();
  const more = new Set<string>();
  for (const list of LISTS) {
    try {
      const data: unknown = JSON.parse(fs.readFileSync(requirePackage.resolve(`human-names/data/${list}`), 'utf8'));
      if (Array.isArray(data)) for (const n of data) if (typeof n === 'string' && /^\p{Lu}/u.test(n)) found.add(plain(n));
    } catch {
      // Without the list, fewer names are told from ordinary words; nothing else changes.
    }
  }
  for (const list of MAPS) {
    try {
      // (A map of names in lower case to their sex; a name of two words, "jose antonio", is two names of the list.)
      const data: unknown = requirePackage(list);
      if (data instanceof Map) for (const n of data.keys()) if (typeof n === 'string' && /^\p{L}+$/u.test(n)) more.add(plain(n));
    } catch {
      // (As above.)
    }
  }
  return (lists = { names: found, unaccented: more });
}

/** For measuring what the lists are worth: other names in their place ([] for none), or the lists again (no argument). */
export function replaceGivenNames(list?: Iterable<string>): void {
  lists = list ? { names: new Set([...list].map(plain)), unaccented: new Set() } : undefined;
}
