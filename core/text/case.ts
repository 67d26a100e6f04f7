/**
 * An engine's translation of a word or term given alone, as the source writes it: the engine
 * reads it as a sentence, so a lower-case word comes back capitalised and with a full stop
 * ("guerra": "War."). Null when nothing is left.
 */
export function asWritten(source: string, translation: string): string | null {
  const text = translation.trim().replace(/[.]$/, '').trim();
  if (!text) return null;
  return /^\p{Ll}/u.test(source.trim()) && /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
