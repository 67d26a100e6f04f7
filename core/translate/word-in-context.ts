/**
 * What an engine wrote for one word of a sentence: the sentence is translated with and
 * without the word, and the words the first translation has that the second lacks (by the
 * longest common subsequence of their words) are the word's rendering there. Pure.
 */

/** The sentence with one occurrence of `word` (at `start`) taken out, its spaces mended. */
export function withoutWord(sentence: string, start: number, end: number): string {
  return `${sentence.slice(0, start)} ${sentence.slice(end)}`.replace(/\s+([,.;:!?»”)])/g, '$1').replace(/\s+/g, ' ').trim();
}

const bare = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The words of `full` that `without` lacks, if they stand together (one run of at most
 * `longest` words); null when the two differ in more than one place or not at all, where
 * the engine rewrote the sentence around the word rather than translating the word.
 */
export function wordsAdded(full: string, without: string, longest = 4): string | null {
  const a = full.split(/\s+/).filter(Boolean);
  const b = without.split(/\s+/).filter(Boolean);
  const key = (t: string) => bare(t).toLowerCase();
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = key(a[i]!) === key(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const added: number[] = [];
  for (let i = 0, j = 0; i < a.length; ) {
    if (j < b.length && key(a[i]!) === key(b[j]!)) {
      i++;
      j++;
    } else if (j < b.length && lcs[i]![j + 1]! >= lcs[i + 1]![j]!) j++;
    else added.push(i++);
  }
  const words = added.map((i) => bare(a[i]!)).filter(Boolean);
  if (!words.length || words.length > longest) return null;
  // One run: the added words stand next to each other in the translation.
  if (added[added.length - 1]! - added[0]! !== added.length - 1) return null;
  return words.join(' ');
}
