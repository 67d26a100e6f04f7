import { transliterate } from 'transliteration';

/**
 * The key under which spellings of one name meet: lower case, no accents, in the Latin
 * alphabet, and without the transliteration and spelling differences the press shows for the
 * same person or place (Зеленський/Zelenski/Zelensky, Serguéi/Sergei/Sergey,
 * Volodímir/Volodymyr, EE.UU./EE. UU./EEUU).
 */
export function variantKey(form: string): string {
  const compact = toLatin(form.trim());
  // Dotted abbreviations: "EE.UU.", "EE. UU." and "EEUU" are one spelling.
  if (/^[\p{Lu}.\s]+$/u.test(compact) && /\p{Lu}{2}/u.test(compact.replace(/[.\s]/g, ''))) {
    return compact.replace(/[.\s]/g, '').toLowerCase();
  }
  return compact.split(/\s+/).map(wordKey).join(' ');
}

/** Words' keys as computed, for the next time: an article's words are mostly those of the last. */
const wordKeys = new Map<string, string>();
const WORD_KEYS_HELD = 100_000;

/** One word's key: no accents, lower case, folded. */
function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    key = foldWord(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    if (wordKeys.size >= WORD_KEYS_HELD) wordKeys.clear();
    wordKeys.set(word, key);
  }
  return key;
}

function foldWord(word: string): string {
  return word
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/kh/g, 'j')
    .replace(/ks/g, 'x')
    .replace(/y/g, 'i')
    .replace(/ij$/g, 'i')
    .replace(/sk[iy]$/g, 'ski')
    .replace(/([a-z])\1+/g, '$1');
}

/** The key of a single word, for matching a surname alone against a full name. */
export function lastWordKey(form: string): string {
  const words = variantKey(form).split(' ');
  return words[words.length - 1] ?? '';
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/**
 * Cyrillic in the Latin alphabet, by the transliteration library, with х and ц written as the
 * press writes them (kh, ts: Kherson, Donetsk) rather than as h and c. Measured on 25 Cyrillic
 * names and their spellings in Spanish and English news: 23 meet their press spelling's key
 * (transliteration alone 20, cyrillic-to-translit's Ukrainian and Russian presets 18 and 20).
 */
function toLatin(form: string): string {
  return CYRILLIC.test(form) ? transliterate(form, { replace: PRESS_SPELLINGS }) : form;
}
const PRESS_SPELLINGS = { х: 'kh', Х: 'Kh', ц: 'ts', Ц: 'Ts' };
