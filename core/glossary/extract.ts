/**
 * Finds the names and terms in one article's sentences: capitalised sequences (with the
 * connectors names carry inside them), acronyms, and content word n-grams that may recur
 * across the library. Counting across articles, clustering and ranking happen later.
 */
import type { TermKind } from '../contract';
import { curatedFor } from './curated';
import { type Language, language } from '../languages';
import { variantKey } from '../text/variant-key';

import type { Occurrence } from '../store/glossary';

export type { Occurrence };

/** `joined`: only spaces separate this token from the one before (no comma, no quote). */
type Token = { text: string; start: number; capital: boolean; acronym: boolean; joined: boolean };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\.(?:\s?\p{Lu}{1,3}\.)+)?/gu;

function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const m of sentence.matchAll(WORD)) {
    let text = m[0];
    const dotted = /^\p{Lu}{1,3}\.(?:\s?\p{Lu}{1,3}\.)+$/u.test(text);
    if (!dotted) text = text.replace(/[.'’-]+$/, '');
    if (!text) continue;
    const letters = text.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text,
      start: m.index,
      capital: /^\p{Lu}/u.test(text),
      acronym: dotted || (/^\p{Lu}{2,6}$/u.test(letters) && letters.length === text.replace(/[.\s]/g, '').length),
      joined: previousEnd >= 0 && /^\s+$/.test(sentence.slice(previousEnd, m.index)),
    });
    previousEnd = m.index + m[0].length;
  }
  return tokens;
}

/**
 * A headline in title case ("Quinto Viaje De Lukashenko A Rusia", "Putin Says Talks Are Over")
 * capitalises words that prose leaves in lower case: function words after the first, or
 * every word. A sentence that merely holds a long name ("la Corte Penal Internacional de
 * La Haya") is not one: an article or connector followed by a capitalised word is part of a name.
 */
function isHeadlineCase(tokens: Token[], lang: Language): boolean {
  const words = tokens.filter((t) => /\p{L}{3,}/u.test(t.text));
  if (words.length >= 4 && words.every((t) => t.capital)) return true;
  let functionWords = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital || !lang.functionWords.has(t.text.toLowerCase())) continue;
    if (lang.nameConnectors.has(t.text.toLowerCase()) && tokens[i + 1]?.capital && tokens[i + 1]!.joined) continue;
    functionWords++;
  }
  return functionWords >= 2;
}

export function extractOccurrences(sentences: string[], lang: Language = language('es')): Occurrence[] {
  const found = new Map<string, Occurrence>();
  const lowerElsewhere = new Set<string>();
  const tokenized = sentences.map(tokenize);
  for (const tokens of tokenized) for (const t of tokens) if (!t.capital) lowerElsewhere.add(t.text.toLowerCase());

  const add = (form: string, kind: TermKind | null, before: Token[], initial = false) => {
    const key = variantKey(form);
    if (key.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return;
    const id = `${key}\u0000${form}`;
    let o = found.get(id);
    if (!o) found.set(id, (o = { key, form, kind, count: 0, initial: 0, afterPreposition: 0, afterTitle: 0 }));
    o.count++;
    if (initial) o.initial++;
    const prev = before[before.length - 1]?.text.toLowerCase();
    if (prev && lang.placePrepositions.has(prev)) o.afterPreposition++;
    // "el presidente ucraniano, Volodimir Zelenski": a title a few words before.
    if (before.slice(-3).some((t) => lang.titles.has(t.text.toLowerCase()))) o.afterTitle++;
  };

  for (const tokens of tokenized) {
    const headline = isHeadlineCase(tokens, lang);
    // Names: capitalised runs, with connectors that sit between two capitalised words.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.capital || headline) continue;
      const initialCommonWord = i === 0 && (lang.functionWords.has(t.text.toLowerCase()) || lowerElsewhere.has(t.text.toLowerCase()));
      if (initialCommonWord || lang.monthsAndDays.has(t.text.toLowerCase())) continue;

      let end = i;
      for (let j = i + 1; j < tokens.length && j - i < 8; j++) {
        const next = tokens[j]!;
        if (!next.joined) break;
        if (next.capital && !lang.monthsAndDays.has(next.text.toLowerCase())) {
          end = j;
          continue;
        }
        // "Rusia de Lukashenko" is two names, and so is "Ministerio de Defensa de Rusia de
        // Lukashenko" after the place; "Ministerio de Defensa" is one.
        const placeSoFar = curatedFor(variantKey(tokens[end]!.text))?.kind === 'place';
        if (lang.nameConnectors.has(next.text) && !placeSoFar) {
          let k = j;
          while (k < tokens.length && tokens[k]!.joined && lang.nameConnectors.has(tokens[k]!.text)) k++;
          if (k < tokens.length && tokens[k]!.joined && tokens[k]!.capital && k - j <= 2) {
            j = k - 1;
            continue;
          }
        }
        break;
      }
      const run = tokens.slice(i, end + 1);
      const form = run.map((r) => r.text).join(' ');
      const single = run.length === 1;
      if (single && t.acronym) add(t.text, 'organization', tokens.slice(0, i));
      // A word too short to be a name, or a function word capitalised after a colon or a quote mark.
      else if (single && (t.text.length < 3 || lang.functionWords.has(t.text.toLowerCase()))) continue;
      else add(form, run.some((r) => lang.organisationWords.has(r.text)) ? 'organization' : null, tokens.slice(0, i), i === 0);
      i = end;
    }
    // Terms: lower-case content n-grams of two or three words.
    for (let i = 0; i < tokens.length; i++) {
      for (const size of [2, 3]) {
        const gram = tokens.slice(i, i + size);
        if (gram.length < size || gram.some((g) => g.capital) || gram.slice(1).some((g) => !g.joined)) continue;
        const first = gram[0]!.text;
        const last = gram[size - 1]!.text;
        if (lang.functionWords.has(first) || lang.functionWords.has(last) || first.length < 4 || last.length < 4) continue;
        if (gram.slice(1, -1).some((g) => !lang.termConnectors.has(g.text) && (lang.functionWords.has(g.text) || g.text.length < 4))) continue;
        if (size === 2 && gram.some((g) => g.text.length < 5)) continue;
        if (gram.some((g) => lang.monthsAndDays.has(g.text))) continue;
        add(gram.map((g) => g.text).join(' '), 'term', tokens.slice(0, i));
      }
    }
  }
  return [...found.values()];
}
