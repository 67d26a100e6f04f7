/**
 * The key under which spellings of one name meet: lower case, no accents, and the
 * transliteration and spelling differences Spanish news shows for the same person or place
 * (Zelenski/Zelensky, Serguéi/Sergei/Sergey, Volodímir/Volodymyr, EE.UU./EE. UU./EEUU).
 */
export function variantKey(form: string): string {
  const compact = form.trim();
  // Dotted abbreviations: "EE.UU.", "EE. UU." and "EEUU" are one spelling.
  if (/^[\p{Lu}.\s]+$/u.test(compact) && /\p{Lu}{2}/u.test(compact.replace(/[.\s]/g, ''))) {
    return compact.replace(/[.\s]/g, '').toLowerCase();
  }
  return compact
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .map(foldWord)
    .join(' ');
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
