/**
 * Guards against the ways neural MT output goes wrong: generating far past the source's
 * length, and looping on a phrase ("the war, the war, the war, ...").
 */

/** New tokens allowed for a batch whose longest source has `sourceTokens` tokens. */
export function maxNewTokens(sourceTokens: number): number {
  return Math.min(512, Math.ceil(sourceTokens * 1.6) + 10);
}

/**
 * Cuts a phrase repeated three or more times in a row down to one occurrence. Repeats of
 * one to eight words are found; a phrase said twice is left alone, as people do that.
 */
export function cutRepetitionLoops(text: string): { text: string; cut: boolean } {
  const words = text.split(/(\s+)/);
  // Words at even indexes, separators at odd ones.
  const tokens = words.filter((_, i) => i % 2 === 0);
  let cut = false;
  for (let size = 1; size <= 8; size++) {
    for (let start = 0; start + size * 3 <= tokens.length; start++) {
      const unit = tokens.slice(start, start + size).map(normalise).join(' ');
      if (!unit.replace(/[\W_]/g, '')) continue;
      let repeats = 1;
      while (
        start + size * (repeats + 1) <= tokens.length &&
        tokens.slice(start + size * repeats, start + size * (repeats + 1)).map(normalise).join(' ') === unit
      ) {
        repeats++;
      }
      if (repeats >= 3) {
        tokens.splice(start + size, size * (repeats - 1));
        cut = true;
      }
    }
  }
  if (!cut) return { text, cut };
  return { text: tokens.join(' ').replace(/\s+([,.;:!?])/g, '$1'), cut };
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/[,.;:!?]+$/, '');
}
