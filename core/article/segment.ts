import type { Paragraph, ParagraphRole } from '../api';
import { BLOCK_SEPARATOR, type Block, STANDFIRST_WORDS } from './document';
import { type Language, language } from '../languages';
import { AGENCIES, CAPTION_CHARACTERS, EMPTY_PROMPT, FUNCTION_WORD_HEADING_WORDS, isMonthOrDay, isPictureCredit, leadingCredit, passageKey, PICTURE_SOURCE_WORDS, PICTURE_WORDS, quotesClosed, type Range, repeatsIn, splitSentences } from './sentences';
import { isGivenName } from '../languages/given-names';
import { isOrdinaryWord } from '../languages/lexicon';

/**
 * Bumped whenever segmentation changes its output, so that stored articles are
 * segmented again on open.
 */
export const SEGMENTER_VERSION = 41;

/** The address of an embedded post's picture or link, at the end of its text. */
const POST_PICTURE = /\b(?:pic\.twitter\.com|https?:\/\/t\.co)\/\w+$/;
/**
 * What an embedded Instagram post signs with, under its text: "Una publicación compartida de El
 * Nacional (@elnacionalweb)", "A post shared by …".
 */
const POST_SHARED = /^(?:a post shared by|una publicación compartida (?:de|por)|un post compartido (?:de|por))\s[^()]{1,80}\(@[^)]+\)/iu;
/** An embedded post's signature: "— SMN Argentina (@SMN_Argentina) February 6, 2020". */
const POST_SIGNATURE = /^[—–-]\s*[^()]{1,80}\(@[^)]+\)\s+[^()]{3,30}\d{4}$/u;

/** The news agencies, as one alternation of a pattern. */
const AGENCY = AGENCIES.join('|');

/** A picture's caption signed by its credit after a dash, its source in brackets or not: "… es un lastre persistente - crédito Federico Ríos/Reuters", "… - crédito Fotomontaje Infobae (Alcaldía de Piedecuesta)". */
const DASHED_CAPTION = new RegExp(`^[^.!?|()]{2,${CAPTION_CHARACTERS}}\\s[-–—]\\s+(?:${PICTURE_WORDS})\\s+[^.!?|()]{1,60}(?:\\([^.!?|()]{1,60}\\))?$`, 'iu');

/**
 * A picture's caption and, after a bar, a picture agency's or an archive's name, or an agency's:
 * "… contrabando de armas | Getty Images", "… a EE.UU. "lo antes posible" | Getty Images" (the
 * caption's abbreviations kept).
 */
const PIPED_CAPTION = new RegExp(`^[^!?|()]{2,${CAPTION_CHARACTERS}}\\|\\s*(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}(?:${PICTURE_SOURCE_WORDS})|${AGENCY})$`, 'u');

/** An author's initials signing off, a line alone: "DS", "J.M./AFP". */
const AUTHOR_INITIALS = /^[A-ZÁÉÍÓÚÑ]{1,3}(\.?\/[A-ZÁÉÍÓÚÑ]{1,4})?\.?$/u;

/** A dash with a space on each side. */
const SPACED_DASH = /\s[-–—]\s/;

/** The page's furniture in any language: cookie notices, share buttons, agency sign-offs, a stray quote mark. */
const COMMON_BOILERPLATE: RegExp[] = [
  /\bcookies?\b/i,
  /^share\b/i,
  new RegExp(`^\\(?\\s*(${AGENCY}|ria novosti)\\s*\\)?\\s*\\.?$`, 'i'),
  // A picture's caption signed by its agency or its credit, no stop before it: "Maduro durante un acto en Caracas | EFE",
  // "… (EFE)", "… / Foto: Reuters", "… (Foto: Archivo)".
  new RegExp(`^[^.!?|()]{2,160}(?:[|/]\\s*(?:${AGENCY})|\\(\\s*(?:${AGENCY})\\s*\\))$`, 'i'),
  // (Its word said twice, as a page may: "… | Foto Foto: Instagram Bolsonaro".)
  // (The credit's word and its colon looked for first: most sentences have none, and are read once.)
  new RegExp(`^(?=.*?(?:${PICTURE_WORDS})\\s*:)[^.!?|()]{2,${CAPTION_CHARACTERS}}(?:[|/]\\s*(?:(?:${PICTURE_WORDS})\\s+)?(?:${PICTURE_WORDS})\\s*:[^.!?|()]{1,60}|\\(\\s*(?:${PICTURE_WORDS})\\s*:[^.!?()]{1,60}\\))$`, 'iu'),
  // An agency's picture credit: "AFP PHOTO / Juan BARRETO", "EFE/ Rayner Peña R.".
  new RegExp(`^(?:${AGENCY})\\s*(?:photo\\s*)?/\\s*[^!?/]{2,40}$`, 'i'),
  // The agencies it drew on, said in words: "Información de Reuters", "Con información de AFP y EFE".
  new RegExp(`^(?:con )?información de (?:la agencia )?(?:${AGENCY})(?:,? y (?:${AGENCY}))?\\.?$`, 'i'),
  // A dateline alone: "Caracas.-", "CARACAS, 12 ene (EFE).-".
  /^\p{Lu}[\p{L} ]{1,30}(?:,\s*\d{1,2}\s+\p{L}{3,}\.?)?(?:\s*\([^()]{2,20}\))?\s*\.?\s*[-–—]+$/u,
  // Marks alone: a stray quote, the slashes of a share bar ("/ / / /").
  /^[\p{P}\p{S}\s]+$/u,
  // An author's initials signing off ("DS", "J.M./AFP").
  AUTHOR_INITIALS,
  // A link past the page's menus, for screen readers.
  /^skip to (the )?(main )?content$/i,
  // The label over the article's tags, alone on its line: "KEYWORDS".
  /^(tags|keywords)\s*:?$/i,
  // A comments widget's credit, and what it says where scripts do not run.
  /^comments powered by\b/i,
  /^please enable javascript\b/i,
  // An address alone: a player's fallback link, a link the page left bare, a video's credit ("lapatilla.com").
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^(?:[a-z0-9-]+\.)+[a-z]{2,6}\/?$/,
  // A share bar: the networks' names and the verbs beside them, nothing else.
  /^(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|instagram|pinterest|messenger|reddit|tiktok|threads|bluesky|email|e-mail|mail|correo|imprimir|print|compartir|share|comentar|comments?|tweet|tuitear|copiar enlace|copy link)[\s|·•,/]*)+$/i,
  // An embedded post's signature: "— SMN Argentina (@SMN_Argentina) February 6, 2020", "… 5 de enero de 2020".
  POST_SIGNATURE,
  POST_SHARED,
  /^(?:ver esta publicación en instagram|view this post on instagram)$/i,
  // An advertisement's label alone.
  /^(?:advertisement|anuncio|publicidad|werbung|publicité|pubblicità|реклама)$/i,
  // A byline: a name, an outlet's or a desk's, and the agency it draws on ("La Voz de Galicia Efe", "Redacción / EFE").
  // (The agency written in capitals or not; the name's words capitalised, case told apart.)
  new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:[\\s/|,]+(?:(?:de|del|la|el|y)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,5}[\\s/|,]+(?:${AGENCIES.flatMap((a) => [a, a.toUpperCase(), a[0] + a.slice(1).toLowerCase()]).join('|')})$`, 'u'),
  // A handle alone, or two: the author's byline on a social network ("@carlota_guindal").
  /^(?:@\w{2,30}[\s,]*){1,2}$/u,
  // A prompt to read another article, its link dropped: "(Lea: )".
  new RegExp(`^${EMPTY_PROMPT.source}$`, 'u'),
  // (Its bracket left open: "(Además:".)
  /^\(\s*\p{L}[^()\n:]{0,30}:$/u,
  // A link to another article set in brackets: "[ Hacienda desconoce identidad de los hackers ]".
  /^\[[^[\]]{10,300}\]$/u,
];

/** A signature in capitals, a word to five: "EDITORIAL", "SERGIO RAMÍREZ", "JUAN ESTEBAN CONSTAÍN". */
const SIGN_OFF = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,4}(?:\s+[-–—])*$/u;

/**
 * Where to write to the author or the desk, an address among a few words and no stop at the end: "En Twitter:
 * @JusticiaET justicia@eltiempo.com", "UNIDAD INVESTIGATIVA u.investigativa@eltiempo.com @UinvestigativaET Síganos…".
 * (Read only where an "@" stands.)
 */
const SIGNED_CONTACT = /^(?=[^\n]{0,160}$)(?=[^\n]{0,150}?\S@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,})(?![^\n]*[.!?…]["”»’)]*$)/u;
/** A contact line: an address (or a page's hidden one, "[email protected]") and a handle at most. */
const CONTACT = /^(\S+@\S+\.\w{2,}|\[email(\s|&nbsp;)protected\])(\s+\S+){0,2}$/i;

/**
 * The longest paragraph judged furniture whole by how it opens (a call to support the outlet
 * in three sentences is 400 characters and more); a longer one is judged sentence by sentence.
 */
const FURNITURE_PARAGRAPH = 600;

/** A time of the clock: "12:20". */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;
/** A year in figures: "2025". */
const YEAR = /\b\d{4}\b/;
/** Times, numeric dates and the like: "5:03 PM", "04.05.2022", "2022-04-26", "p.m.", "hs". */
const TIME_OR_DATE = /\d{1,2}:\d{2}|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;

/**
 * A dateline or a time stamp alone ("martes 26 de abril de 2022 - 9:10 p.m.", "Fama: 04.05.2022",
 * "Managua, Nicaragua 26, Abril, 2022"): a date or a time, and at most a place or a section
 * beside it once the language's months, weekdays and function words are set aside.
 */
function isDateLine(text: string, lang: Language): boolean {
  if (text.length > 90) return false;
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (!TIME_OR_DATE.test(text) && !words.some((w) => isMonthOrDay(w, lang))) return false;
  if (!/\d/.test(text)) return false;
  const rest = words.filter((w) => !isMonthOrDay(w, lang) && !lang.functionWords.has(w) && !/^(a|p|am|pm|m|h|hs|hrs|gmt|utc)$/.test(w));
  return rest.length <= 2;
}

/** The longest sentence judged furniture whole. */
const FURNITURE_SENTENCE = 400;

/**
 * The page's furniture, by what it is. A paragraph of one sentence is judged whole: any of the
 * language's patterns, and datelines. A sentence of a longer paragraph (`inParagraph`) only by
 * what furniture opens with (a call to subscribe, "Lea también:") or an agency, initials or
 * marks alone: a sentence of the article may name a bulletin ("boletín"), or give a date.
 */
function isBoilerplate(text: string, lang: Language, inParagraph = false): boolean {
  return furnitureOf(text, lang, inParagraph) !== null;
}

/**
 * Why a line is furniture (see isBoilerplate): by what it says ("Publicado: …", "Compartir"), by
 * its date or time alone ("Hora: 8:00 p.m.", which a page of data may give as its own), or null.
 */
function furnitureOf(text: string, lang: Language, inParagraph = false): 'said' | 'dated' | null {
  const trimmed = text.trim();
  if (trimmed.length > FURNITURE_SENTENCE) return null;
  const patterns = inParagraph ? lang.boilerplateOpenings : lang.boilerplate;
  // (A caption signed after a dash, "… persistente - crédito Federico Ríos/Reuters", looked for where a dash stands apart.)
  // (A caption signed after a bar, looked for where a bar stands.)
  if (COMMON_BOILERPLATE.some((re) => re.test(trimmed)) || (trimmed.includes('|') && PIPED_CAPTION.test(trimmed)) || (SPACED_DASH.test(trimmed) && DASHED_CAPTION.test(trimmed)) || patterns.some((re) => re.test(trimmed)) || CONTACT.test(trimmed) || (trimmed.includes('@') && SIGNED_CONTACT.test(trimmed)) || lang.readMore?.test(trimmed) === true || (!inParagraph && (isBylineWithRole(trimmed) || isTagsAndLabel(trimmed, lang)))) return 'said';
  // (In a paragraph, a date line is furniture only with its time: "09 Jul, 2025 12:20 p.m. EST", the page's stamp.)
  if (!isDateLine(trimmed, lang) || (inParagraph && !CLOCK_TIME.test(trimmed))) return null;
  return lang.boilerplateOpenings.some((re) => re.test(trimmed)) ? 'said' : 'dated';
}

/** The most words of a line of tags. */
const TAG_LINE_WORDS = 20;

/**
 * The article's tags run into the label of the list after them: "Daniel Noboa Ecuador Erik Prince
 * Relacionadas". Names (capitalised words, the language's function words between) and a last word
 * or two that are furniture alone, written in words.
 */
function isTagsAndLabel(text: string, lang: Language): boolean {
  // (Names first, a label in words last: most lines are read no further.)
  if (!/^\p{Lu}/u.test(text) || !/\p{Ll}$/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > TAG_LINE_WORDS) return false;
  for (const size of [1, 2]) {
    const names = words.slice(0, -size);
    const label = words.slice(-size).join(' ');
    // (Names of letters alone, no field's colon nor a figure in brackets; a label in words, not initials.)
    if (names.length >= 2 && /^\p{Lu}/u.test(names[0]!) && names.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || lang.functionWords.has(w)) && /\p{Ll}/u.test(label) && isFurnitureLabel(label, lang)) return true;
  }
  return false;
}

/** The most words of the label of furniture a long sentence opens with ("Compartir nota:", "Últimas noticias"). */
const LABEL_WORDS_READ = 4;

/**
 * A sentence longer than furniture alone is judged (see furnitureOf) that opens with a label that is
 * the page's furniture alone ("Compartir nota:", "_ Últimas noticias"): the lists glued after the label.
 */
function opensFurnitureTail(text: string, lang: Language): boolean {
  return text.trim().length > FURNITURE_SENTENCE && opensWithLabel(text, lang);
}

/** Whether a text opens with a label of a word to four that is furniture alone ("Más información", "_ Últimas noticias"). */
function opensWithLabel(text: string, lang: Language): boolean {
  const words = text.trim().replace(/^[\p{P}\s]+/u, '').split(/\s+/, LABEL_WORDS_READ);
  // (Not a function word alone, which an author's initials may look like: "Y agrega, además, que…".)
  return words.some((_, k) => !(k === 0 && lang.functionWords.has(words[0]!.toLowerCase())) && isFurnitureLabel(words.slice(0, k + 1).join(' '), lang));
}

/** The most openings kept of each language's, as found labels or not: the same few words open most sentences. */
const LABELS_KEPT = 10_000;
const LABELS = new WeakMap<Language, Map<string, boolean>>();

/** Whether a few words are furniture alone, said so (see furnitureOf); the answer kept. */
function isFurnitureLabel(words: string, lang: Language): boolean {
  let known = LABELS.get(lang);
  if (!known) LABELS.set(lang, (known = new Map()));
  let label = known.get(words);
  if (label === undefined) {
    if (known.size >= LABELS_KEPT) known.clear();
    known.set(words, (label = furnitureOf(words, lang) === 'said'));
  }
  return label;
}

/** Whether a sentence gives a day of a month, as a picture's caption dates it: "el 9 de julio", "el pasado 7 de julio". */
function datesPicture(text: string, lang: Language): boolean {
  for (const m of text.matchAll(/\b\d{1,2} de (\p{L}+)/gu)) if (isMonthOrDay(m[1]!.toLowerCase(), lang)) return true;
  return false;
}

/** How a picture's credit opens (or a video's): "Foto: EFE", "(Foto: EFE)", "Foto cortesía", "Vídeo: EPV", "EFE/Miguel Gutiérrez", "AFP PHOTO / …". */
const PICTURE_CREDIT = new RegExp(`^(?:\\(\\s*)?(?:${PICTURE_WORDS})(?!\\p{L})|^(?:${AGENCY})\\s*(?:photo\\s*)?/`, 'iu');
/** The most words of a picture's caption over its credit. */
const CAPTION_WORDS = 30;
/** The most words of a caption over a credit that is a name alone between sentences of the text, which no sentence of the text is. */
const NAMED_CAPTION_WORDS = 50;
/** The most words of a caption over a credit that is a name of no person's ("El Puerto de Susa, Túnez."). */
const SHORT_CAPTION_WORDS = 8;
/** A name alone, three words to eight, each capitalised (not in capitals) or a connector: "Premio Goldman de Medio Ambiente". */
const NAME_RUN = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:(?:de|del|la|las|los|el|y)\s+)*\p{Lu}\p{Ll}[\p{L}'’-]*){2,7}$/u;

/**
 * A person's name, what they are (a word of the dictionary in lower case first), where, and, after a
 * comma, the month or the day the picture was taken: "Juan Fernández-Ramos, migrante cubano detenido
 * en … Livingston (Texas), en julio de 2025.", "Ana Pérez, vecina de Cali, el 4 de julio." Group 1 the
 * given name, 2 the word after the comma, 3 what stands between, 4 the month or the day.
 */
const BARE_CAPTION = /^(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s+(\p{Ll}+)([^.!?;:“”"«»]*),\s+(?:en|el)\s+(?:pasado\s+)?(?:\d{1,2}\s+de\s+)?(\p{Ll}+)(?:\s+de\s+\d{4})?\.$/u;
/** Whether a sentence is a picture's caption without its credit: no verb of saying in it, no clause ("que"), short. */
function isBareCaption(text: string, lang: Language): boolean {
  const m = BARE_CAPTION.exec(text);
  if (!m || text.split(/\s+/).length > CAPTION_WORDS || !isGivenName(m[1]!) || !isMonthOrDay(m[4]!, lang) || lang.functionWords.has(m[2]!)) return false;
  const words = `${m[2]!} ${m[3]!}`.split(/[^\p{L}]+/u).filter(Boolean);
  return !words.some((w) => w === 'que' || lang.speechVerbs.has(w));
}

/** A sentence or two, short, signed by a picture's credit (opened as a credit is, and furniture by what it says): the picture's caption. */
function isCaption(text: string, ranges: Range[], lang: Language): boolean {
  const last = ranges[ranges.length - 1]!;
  const credit = text.slice(last.start, last.end).trim();
  if (ranges.length > 3 || !PICTURE_CREDIT.test(credit) || furnitureOf(credit, lang) === null) return false;
  return text.slice(ranges[0]!.start, last.start).trim().split(/\s+/).length <= CAPTION_WORDS;
}

/**
 * The most words of each line of a block of furniture lines (a byline over a dateline, a share
 * bar a network a line): a longer line may be a sentence that names a bulletin ("El boletín
 * oficial publicó…"), furniture only when it stands alone.
 */
const FURNITURE_LINE_WORDS = 10;

/** Furniture of a block of short sentences, each furniture judged alone (said, or dated); null if any is not. */
function furnitureLines(text: string, ranges: Range[], lang: Language): 'said' | 'dated' | null {
  const lines = ranges.map((r) => text.slice(r.start, r.end));
  if (lines.some((line) => line.split(/\s+/).length > FURNITURE_LINE_WORDS)) return null;
  const kinds = lines.map((line) => furnitureOf(line, lang));
  return kinds.includes(null) ? null : kinds.includes('said') ? 'said' : 'dated';
}

/** A label in capitals over a section: "LO QUE DIJO:", "EN CONTEXTO". */
const CAPITALS_LABEL = /^(?=[^\p{Ll}]*\p{Lu}{2})[^\p{Ll}.!?]{2,60}:?$/u;

/** A short line without closing punctuation (or a label in capitals), followed by more text, reads as a heading. */
function looksLikeHeading(text: string, isLast: boolean): boolean {
  // (A line opened by a dash of dialogue is said by someone: an interview's question; one opened
  // by a hyphen or a bullet is an item of a list.)
  if (isLast || text.includes('\n') || /^[—–]|^[-•·*]\s/.test(text.trim())) return false;
  const words = text.trim().split(/\s+/).length;
  if (text.length > 140 || words > 18) return false;
  // (Nor a sentence cut short where a link was dropped, the spaces it stood in left: "Estos jóvenes, con su servicio militar,   desarrollarán…".)
  if (DROPPED_LINK_SPACES.test(text)) return false;
  // (The stops of abbreviations, "LOS DD. HH.", do not end a label in capitals.)
  // (A quote closed without a stop before its mark is a headline's: 'Boluarte: "Hemos dado un paso firme"'.)
  return !/[.:;,…"”»]$/.test(text.trim()) || /[^.!?…,;:]["”»]$/.test(text.trim()) || CAPITALS_LABEL.test(text.trim().replace(/(\p{Lu})\.(?=\s?\p{Lu}|$)/gu, '$1'));
}

/** The fewest words of a standfirst joined to the text's first sentence. */
const STANDFIRST_JOINED_WORDS = 8;

/** The standfirst a sentence opens with, joined to it by a space (see segmentBlocks), with that space; null if none. */
function standfirstJoin(sentence: string, lang: Language): string | null {
  const at = joinAt(sentence, lang, lang.nameArticles, /[.!?…:;]/);
  return at < 0 ? null : sentence.slice(0, at + 1);
}

/** A name's initial and its stop: "Jesús A. Cañas". */
const INITIAL_STOP = /(?<!\p{L})\p{Lu}\.(?=\s)/gu;
/**
 * Where one part of a text runs into the next with no stop between: a space after a word in lower case,
 * before a capitalised word of `opens` with a word in lower case after it ("… del país La empresa…"),
 * at least `fewest` words in (STANDFIRST_JOINED_WORDS), the last of them no function word ("la empresa La Nación")
 * and no mark of `stops` among them. -1 if none.
 */
function joinAt(text: string, lang: Language, opens: ReadonlySet<string>, stops: RegExp, fewest = STANDFIRST_JOINED_WORDS): number {
  if (!opens.size) return -1;
  // (The part before may end with the quote it closes: "… su ley a los beduinos palestinos: “Nadie nos protege” Al menos 39…".)
  // (Or an article in capitals before a name in capitals, an outlet's, the title's space left after it: "… de Texas  EL PAÍS sigue…".)
  for (const m of text.matchAll(/(?<=\p{Ll}{2}[”"»’]?) +(?=(\p{Lu}\p{Ll}*) \p{Ll}|(\p{Lu})(\p{Lu}+) \p{Lu}{2,} \p{Ll})/gu)) {
    if (!opens.has(m[1] ?? `${m[2]!}${m[3]!.toLowerCase()}`) || (m[1] === undefined ? m[0].length < 2 : m[0].length > 1)) continue;
    const head = text.slice(0, m.index);
    // (An initial's stop ends nothing: "Sobre la firma Jesús A. Cañas … Ver biografía Es corresponsal…".)
    if (stops.test(head.replace(INITIAL_STOP, ' '))) return -1;
    const words = head.split(/\s+/);
    if (words.length < fewest || lang.functionWords.has(words[words.length - 1]!.toLowerCase().replace(/[”"»’]$/u, ''))) continue;
    return m.index + m[0].length - 1;
  }
  return -1;
}

/** A sentence's end: a stop, and the quotes or brackets it closes. */
const ENDS_SENTENCE = /[.!?…][\p{Pf}"'’)\]]*$/u;
/** The most words of a label in capitals closed by a stop ("FICHA TÉCNICA."). */
const CAPITALS_STOP_LABEL_WORDS = 6;
/** A label in capitals closed by a stop, two words or more, every one an ordinary word of the language's dictionary (no name, no initials). */
function isCapitalsLabel(text: string, lang: Language): boolean {
  if (!/^[^\p{Ll}.]+\.$/u.test(text)) return false;
  const words = text.slice(0, -1).split(/\s+/);
  if (words.length < 2 || words.length > CAPITALS_STOP_LABEL_WORDS) return false;
  const lexicon = lang.lexicon();
  return lexicon !== null && words.every((w) => /^\p{Lu}{2,}$/u.test(w) && isOrdinaryWord(w, lexicon));
}
/** A stop that ends a text, and the quotes or brackets it closes (not a question: a title may ask). */
const FULL_STOP_END = /[.…][\p{Pf}"'’)\]]*$/u;
/**
 * "Reino Unido La coalición…": a section's name of a word to three before the title, the language's article opening it.
 * (Or a tag in lower case, a word or two, no text opening so: "narcotráfico La huida del narco…".)
 */
const KICKERS = new WeakMap<Language, RegExp>();
function kickerOf(text: string, lang: Language): RegExpExecArray | null {
  if (!lang.nameArticles.size) return null;
  let pattern = KICKERS.get(lang);
  // (A name in quotes too: "'Fito' El capo…". And before a title that opens with a quote: "Inmigración “Voy a pedir…”: la vida…".)
  if (!pattern) KICKERS.set(lang, (pattern = new RegExp(`^(?:(?:['‘"“]?\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}|(?:\\p{Ll}+\\s+){1,2})(?=(?:${[...lang.nameArticles].join('|')})\\s+\\p{Ll}|[“«]\\p{Lu})`, 'u')));
  return pattern.exec(text);
}
/** The fewest words of a list of other articles run into one sentence after its label (a prompt to read one, "Lea también: …", has fewer). */
const LIST_WORDS = 20;
/** The most words of a section's heading right after a picture's credit, in the text ("Dónde están"). */
const SECTION_HEADING_WORDS = 12;
/** The fewest words of the byline's block under a picture's caption: a credit, a name, a date, buttons. */
const BYLINE_BLOCK_WORDS = 4;
/** The most words of a heading at a page's head (a title, a standfirst). */
const HEAD_WORDS = 60;
/** The most parts of a page's head alone in a paragraph: the section's name, the title, the standfirst. */
const HEAD_PARTS = 3;

/**
 * The place where a part of a page's head runs into the next, no stop between: a word that opens
 * sentences (see joinAt; a colon is a stop, "Dijo: La…", not one that opens a quote, a title's:
 * "… beduinos palestinos: “Nadie nos protege” Al menos 39…").
 */
function headJoin(text: string, lang: Language, fewest = STANDFIRST_JOINED_WORDS, title = false): number {
  // (In a page's head, a colon before words in lower case goes on with the title: "La huida del narco gaditano de la doble vida: de los vuelcos…".)
  return joinAt(text, lang, lang.sentenceStarters, title ? /[.!?…;]|:\s(?![“"«\p{Ll}])/u : /[.!?…;]|:\s(?![“"«])/u, fewest);
}
/** The fewest words of a part of furniture run into the next ("Sobre la firma Iker Seisdedos Ver biografía Es corresponsal…"): both parts are furniture. */
const FURNITURE_JOINED_WORDS = 5;

/** Whether a text closes with words that are furniture alone ("… Copiar enlace Ir a los comentarios"). */
function closesWithFurniture(text: string, lang: Language): boolean {
  const words = text.trim().split(/\s+/);
  // (Initials that end a run are a name's, not an author's sign-off: "… la polarización en la UE".)
  return words.slice(-LABEL_WORDS_READ).some((_, k, last) => !AUTHOR_INITIALS.test(last.slice(k).join(' ')) && furnitureOf(last.slice(k).join(' '), lang) === 'said');
}

/**
 * The head of a page scraped into the paragraph of its text, no stop between its parts:
 * "Reino Unido La coalición … a Putin Se trata de … este lunes Un hombre se acerca … en Kiev. Efrem
 * Lukatsky (Associated Press/LaPresse) Rafa de Miguel Londres - 21 jul 2025 - 19:41 CEST Compartir en
 * Whatsapp … Ir a los comentarios El llamado Grupo…". The section's name, the title and the standfirst
 * (headings), the picture's caption (a sentence right before furniture), the byline and its buttons
 * (furniture: a run that closes with words that are furniture alone), each cut from the next where a
 * word that opens sentences is capitalised after one in lower case; then the text. Null where the
 * paragraph opens otherwise: with a sentence, or with no furniture before its text.
 */
function gluedHead(text: string, ranges: Range[], lang: Language, titled = false): { parts: { range: Range; role: ParagraphRole }[]; rest: Range[] } | null {
  const slice = (r: Range) => text.slice(r.start, r.end);
  // (Its first part may ask, a title: not end with a full stop. Unless its title was cut from it already
  // (`titled`): the standfirst and the caption run into one sentence then.)
  // (Unless a tag in lower case opens it, no function word: title, standfirst and caption may run into one sentence after it.)
  const kicker = ranges.length ? kickerOf(slice(ranges[0]!), lang) : null;
  const tag = /^\p{Ll}/u.test(kicker?.[0] ?? '') && !kicker![0].trim().split(/\s+/).some((w) => lang.functionWords.has(w));
  // (Nor where a section's name opens it and a picture's credit follows: the stop is the caption's, "Financiación La presión
  // sobre Powell… comercial La rentabilidad… comerciales Jerome Powell, el pasado 18 de junio, durante… Federal. Kevin Mohatt (REUTERS)".)
  const credited = kicker !== null && ranges.length > 1 && isPictureCredit(slice(ranges[1]!));
  // (Nor where the title after a section's name runs into the standfirst's first sentence: "Inmigración “Voy a pedir…”: la vida
  // … de Texas  EL PAÍS sigue … un “infierno”.".)
  // (A section's name, capitalised; not a function word a cut left: "y La huida…".)
  const runOn = kicker !== null && /^\p{Lu}/u.test(kicker[0]) && headJoin(slice(ranges[0]!).slice(kicker[0].length), lang, STANDFIRST_JOINED_WORDS, true) > 0;
  if (ranges.length < 3 || (!titled && FULL_STOP_END.test(slice(ranges[0]!)) && !tag && !credited && !runOn)) return null;
  const queue = [...ranges];
  if (kicker) queue.splice(0, 1, { start: queue[0]!.start, end: queue[0]!.start + kicker[0].trimEnd().length }, { start: queue[0]!.start + kicker[0].length, end: queue[0]!.end });
  // (Each range cut where one part runs into the next.)
  // (Or where the text begins after the byline's block, its stamp and buttons, an initial's stop in it: "M. Fernanda Lattuada Madrid - 22 jul 2025 … Ir a los comentarios El continente…".)
  // (Or where the byline begins, no caption between it and the standfirst: "… la cruzada antimigrante de Trump Carla Gloria Colomé Nueva York -  21 jul 2025 - 05:30 CEST Compartir…".)
  const split = (k: number) => {
    const r = queue[k]!;
    const joined = headJoin(slice(r), lang, STANDFIRST_JOINED_WORDS, true);
    const byline = joined > 0 ? -1 : bylineAfterStandfirst(slice(r), lang);
    const at = joined > 0 ? joined : byline > 0 ? byline : textAfterFurniture(slice(r), lang);
    // (The part before ends at its last word: the title's space left after it is no part of it.)
    if (at > 0) queue.splice(k, 1, { start: r.start, end: r.start + slice(r).slice(0, at).trimEnd().length }, { start: r.start + at + 1, end: r.end });
  };
  // (A person's name alone there is a picture's credit or a byline: "… expulsarlos. Luis de Vega Luis de Vega Hamra - 22 jul…".)
  // (So is a byline that ends with the page's stamp after a dash, its time in it: "L.S. A.B. Madrid -  21 jul 2025 - 18:50".)
  const furniture = (r: Range) => furnitureOf(slice(r), lang) !== null || closesWithFurniture(slice(r), lang) || isPersonName(slice(r)) || endsWithStamp(slice(r), lang);
  const parts: { range: Range; role: ParagraphRole }[] = [];
  for (let k = 0; k < queue.length; k++) {
    split(k);
    const r = queue[k]!;
    // (A title may ask, "¿qué esconde este mercado de piedras?", above the byline's furniture.)
    const asks = !parts.some((p) => p.role === 'boilerplate') && /[?!][\p{Pf}"'’)\]]*$/u.test(slice(r));
    if (!ENDS_SENTENCE.test(slice(r)) || asks) {
      const role = furniture(r) ? 'boilerplate' : 'heading';
      if (role === 'heading' && slice(r).split(/\s+/).length > HEAD_WORDS) return null;
      parts.push({ range: r, role });
      continue;
    }
    // (A sentence right before the byline's furniture is the picture's caption; otherwise, or once the
    // byline's furniture is past, the text begins.)
    if (k + 1 < queue.length) split(k + 1);
    const next = queue[k + 1];
    // (A standfirst of two sentences, its last unstopped before the byline's furniture: "… como un “infierno”. Desde dentro, narran… de Trump" over "Carla Gloria Colomé Nueva York - …".)
    if (k + 2 < queue.length) split(k + 2);
    const after = queue[k + 2];
    if (next && after && !parts.some((p) => p.role === 'boilerplate') && !ENDS_SENTENCE.test(slice(next)) && !furniture(next) && furniture(after) && slice(r).split(/\s+/).length <= HEAD_WORDS) {
      parts.push({ range: r, role: 'heading' });
      continue;
    }
    if (next && !parts.some((p) => p.role === 'boilerplate') && !ENDS_SENTENCE.test(slice(next)) && furniture(next) && (isPictureCredit(slice(next)) || isPersonName(slice(next)) || slice(next).split(/\s+/).length >= BYLINE_BLOCK_WORDS)) {
      // (The standfirst may run into it, the caption opening with the name of whom it shows: "… según
      // los cálculos de una ONG israelí Hasan, de 51 años, junto a…".)
      const at = captionAfterStandfirst(slice(r), lang);
      if (at > 0) parts.push({ range: { start: r.start, end: r.start + at }, role: 'heading' }, { range: { start: r.start + at + 1, end: r.end }, role: 'boilerplate' });
      else parts.push({ range: r, role: 'boilerplate' });
      continue;
    }
    // (A head has its title and a standfirst or a section's name over it, and furniture. Three
    // headings are the section's name, the title and the standfirst: "Conflicto en Oriente Próximo Los colonos…".)
    const headings = parts.filter((p) => p.role === 'heading');
    if (headings.length >= 3 && parts[0]!.role === 'heading') parts[0]!.role = 'boilerplate';
    return parts.some((p) => p.role === 'boilerplate') && headings.length + (titled ? 1 : 0) >= 2 ? { parts, rest: queue.slice(k) } : null;
  }
  return null;
}

/** The byline's block after the standfirst: a name and a place, capitalised (their short connectors in lower case), a dash, the page's date and its time ("Carla Gloria Colomé Nueva York -  21 jul 2025 - 05:30"). */
const BYLINE_STAMP = /^(?:\p{Lu}[\p{L}.'’-]*\s+(?:\p{Ll}{1,3}\s+)?){2,8}[-–]\s+\d{1,2}\s\p{L}{3,10}\.?\s\d{4}\s+[-–]\s+\d{1,2}:\d{2}\b/u;

/**
 * Where the byline's block begins after the standfirst it runs into, no caption between: at a
 * given name that opens a name, a place, a dash and the page's stamp ("… de Trump Carla Gloria
 * Colomé Nueva York -  21 jul 2025 - 05:30 CEST …"; the space before it, -1 if none), a
 * standfirst's worth of words before it, the last no function word.
 */
function bylineAfterStandfirst(text: string, lang: Language): number {
  // (Most sentences hold no time: they are read no further.)
  if (!CLOCK_TIME.test(text)) return -1;
  for (const m of text.matchAll(/ (?=(\p{Lu}\p{Ll}+) \p{Lu})/gu)) {
    if (!isGivenName(m[1]!) || !BYLINE_STAMP.test(text.slice(m.index + 1))) continue;
    // (Not inside a place's name: "… El Puerto de Santa María - 22 jul 2025 - 05:30".)
    const before = text.slice(0, m.index).split(/\s+/);
    return before.length >= STANDFIRST_JOINED_WORDS && !lang.functionWords.has(before[before.length - 1]!.toLowerCase()) ? m.index : -1;
  }
  return -1;
}

/** A video player's duration opening the text after its script: "03:14 De Kissinger a Obama…". */
const PLAYER_DURATION = /^\s*\d{1,2}:\d{2}\s+\p{Lu}/u;
/** A section's name alone: a word to three, capitalised, no mark ("Donald Trump"). */
const SECTION_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;
/** The most words of a page's head over a video's player: its section's name, title and standfirst. */
const HEAD_OVER_PLAYER_WORDS = 90;

/**
 * The parts of a page's head over a video's player (`ranges`, the block's sentences), each cut where the next
 * runs into it: before a question or an exclamation opened after a word ("Donald Trump ¿Trump…"), and before a
 * capitalised word that opens sentences or is a function word after one in lower case ("… para lograrlo De
 * Netanyahu…"). Null for a block too long to be a head, or of one part.
 */
function headOverPlayer(text: string, ranges: Range[], lang: Language): Range[] | null {
  if (!ranges.length || text.slice(ranges[0]!.start, ranges[ranges.length - 1]!.end).split(/\s+/).length > HEAD_OVER_PLAYER_WORDS) return null;
  const parts: Range[] = [];
  for (const r of ranges) {
    let start = r.start;
    const t = text.slice(r.start, r.end);
    for (const m of t.matchAll(/(?<=[\p{L}\d])\s+(?=[¿¡]\p{Lu})|(?<=\p{Ll})\s+(?=(\p{Lu}\p{Ll}*)\s)/gu)) {
      const word = m[1];
      // (After a word in lower case: "Robert De Niro" is a name.)
      if (word !== undefined && (!/(?:^|\s)\p{Ll}+$/u.test(t.slice(0, m.index)) || (!lang.sentenceStarters.has(word) && !lang.functionWords.has(word.toLowerCase())))) continue;
      const at = r.start + m.index;
      parts.push({ start, end: at });
      start = at + m[0].length;
    }
    parts.push({ start, end: r.end });
  }
  return parts.length > 1 ? parts : null;
}

/** Whether a text ends with the page's stamp after a dash, a date and its time: "… Madrid -  21 jul 2025 - 18:50". */
function endsWithStamp(text: string, lang: Language): boolean {
  const at = text.search(/\s[-–]\s+\d{1,2}\s\p{L}/u);
  if (at < 0) return false;
  const stamp = text.slice(at).replace(/^\s[-–]\s+/u, '');
  return CLOCK_TIME.test(stamp) && isDateLine(stamp, lang);
}

/**
 * Where a picture's caption that opens with a person's given name and a comma, or with an ordinary
 * word capitalised, begins, run into the standfirst before it, no mark between: "… de una ONG israelí
 * Hasan, de 51 años, junto a…", "… de ambos países Retrato de Semia Gharbi en…"
 * (the space before the name; -1 if none). A standfirst of STANDFIRST_JOINED_WORDS words at least
 * and no stop (a figure's aside, "6.000"), the word before the name no function word ("el presidente Luis, …" is not two).
 */
function captionAfterStandfirst(text: string, lang: Language): number {
  const lexicon = lang.lexicon();
  // (The given name, its surnames after it: "… paciente pese a las tensiones comerciales Jerome Powell, el pasado…".)
  for (const m of text.matchAll(/(?<=\p{Ll}) (\p{Lu}\p{Ll}+)(?:(?: \p{Lu}\p{Ll}+){0,2}(,)\s|\s+\p{Ll})/gu)) {
    // (Or with an ordinary word capitalised, a word in lower case after it: "… de ambos países Retrato de Semia Gharbi en…".)
    if (m[2] ? !isGivenName(m[1]!) : lexicon === null || !isOrdinaryWord(m[1]!, lexicon)) continue;
    const before = text.slice(0, m.index).split(/\s+/);
    // (Not a name's last word: "la Reserva Federal paciente".)
    if (/^\p{Lu}/u.test(before[before.length - 1]!)) continue;
    if (before.length < STANDFIRST_JOINED_WORDS || /[.!?…;:](?!\d)/.test(before.join(' ')) || lang.functionWords.has(before[before.length - 1]!.toLowerCase())) return -1;
    return m.index;
  }
  return -1;
}

/** A line of several sentences, the first ended by a full stop. */
const sentenceAndSource = (text: string, ranges: Range[]) => ranges.length > 1 && /\.[^\p{L}\p{N}]*$/u.test(text.slice(ranges[0]!.start, ranges[0]!.end));

export type BlockSpan = Block & { start: number };

/** Lays the blocks out in the stored text, with the offset where each begins. */
export function placeBlocks(blocks: Block[]): BlockSpan[] {
  let offset = 0;
  return blocks.map((b) => {
    const span = { ...b, start: offset };
    offset += b.text.length + BLOCK_SEPARATOR.length;
    return span;
  });
}

/**
 * Paragraphs with their roles and sentences, numbered from 0 across the article. Offsets
 * point into the article text, the blocks joined with BLOCK_SEPARATOR.
 */
export function segmentBlocks(blocks: Block[], lang: Language = language('es')): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let n = 0;
  const spans = placeBlocks(blocks);
  // The paragraphs of text the page set outside its own paragraphs (a <div>, not a <p>).
  const loose = new Set<number>();
  // The rows of the page's tables: the article's, whatever their cells say or how often.
  const rows = new Set<Paragraph>();
  // Furniture told only by its date or time ("Hora: 8:00 p.m."), and the headings the page marked
  // up as such: what a section's label reads apart.
  const dated = new Set<Paragraph>();
  const marked = new Set<Paragraph>();
  // A picture's caption, which stands between a heading and the text it heads.
  const captions = new Set<Paragraph>();
  // Furniture by what it says, not by where it stands.
  const said = new Set<Paragraph>();
  spans.forEach((block, index) => {
    const isLast = index === spans.length - 1;
    // (A script's remnant is one sentence: nothing in it is read.)
    const ranges = block.hint === 'code' ? [{ start: 0, end: block.text.length }] : splitSentences(block.text, lang);
    let role: ParagraphRole = 'body';
    const earlier = paragraphs.length;
    /** A part of the block (a heading, the page's head) as a paragraph of one sentence; furniture among what the page says. */
    const pushPart = (range: Range, partRole: ParagraphRole) => {
      const [start, end] = [block.start + range.start, block.start + range.end];
      const paragraph: Paragraph = { role: partRole, start, end, sentences: [{ n: n++, text: block.text.slice(range.start, range.end), start, end }] };
      if (partRole === 'boilerplate') said.add(paragraph);
      paragraphs.push(paragraph);
    };
    /** The section's name cut from the title it opens, where the title's article opens it ("'Fito' El capo narco…"), a part of its own: what is left of `range`. */
    const cutKicker = (range: Range): Range => {
      const kicker = kickerOf(block.text.slice(range.start, range.end), lang);
      if (!kicker) return range;
      pushPart({ start: range.start, end: range.start + kicker[0].trimEnd().length }, 'boilerplate');
      return { start: range.start + kicker[0].length, end: range.end };
    };
    // A paragraph of several sentences is furniture if it opens as furniture does ("Temas
    // relacionados", "Suscríbete…"); otherwise it is judged sentence by sentence, below: the
    // furniture glued into it goes, the article's sentences stay.
    // (Not a picture's credit glued before the text, "Foto: Cortesía José Gregorio Rodríguez… murió…": it goes alone.)
    const opensAsBoilerplate = block.text.length <= FURNITURE_PARAGRAPH && lang.boilerplateOpenings.some((re) => re.test(block.text.trim())) && leadingCredit(block.text, lang) < 0;
    // (A contact of an address and a handle on two lines is one paragraph of furniture.)
    // (A block that is one link and nothing else points to another page: a related article.)
    // (What the markup sets aside, an embedded post or the author's box, is not the article's text.)
    // (A row of a table is the article's figures and names, however short its cells.)
    // (So is a block of a few short lines, each furniture alone: "La Voz de Galicia Efe" over "Madrid 13/02/2017 16:24 h".)
    // (And a picture's caption, a sentence or two signed by the picture's credit: "Maduro durante un acto en Caracas. Foto: EFE".)
    const furniture = ranges.length <= 1 ? furnitureOf(block.text, lang) : (furnitureLines(block.text, ranges, lang) ?? (isCaption(block.text, ranges, lang) ? 'said' : null));
    if (block.hint === 'row') role = 'body';
    else if (block.hint === 'caption' || block.hint === 'link' || block.hint === 'aside' || block.hint === 'code' || furniture !== null || (ranges.length > 1 && (opensAsBoilerplate || CONTACT.test(block.text.trim())))) role = 'boilerplate';
    // (A line whose first sentence ends with a full stop is a sentence, its source after it: "“…venida”. (Diario 429)".)
    else if (block.hint === 'heading' || (looksLikeHeading(block.text, isLast) && !sentenceAndSource(block.text, ranges))) role = 'heading';
    // The page names it its standfirst: the article's head, above its text, a few sentences at most.
    // (Further down, so named, it is a teaser of another article's, or a quote set apart.)
    else if (block.hint === 'standfirst' && block.text.split(/\s+/).length <= STANDFIRST_WORDS && !paragraphs.some((p) => p.role === 'body')) role = 'heading';

    // A heading joined to the text's first sentence is a paragraph of its own: glued to it, no
    // space between ("Crisis en el puertoEl gobierno…"); or, before any of the text, the
    // standfirst joined by a space, no stop between ("… un ataque sin precedentes contra las
    // libertades El ex presentador de CNN Don Lemon ha sido detenido…": a sentence's article
    // capitalised after a word in lower case, no function word, many words in).
    const first = ranges[0];
    if (role === 'body' && block.hint !== 'row' && first) {
      const firstText = block.text.slice(first.start, first.end);
      const glued = ranges.length > 1 && ranges[1]!.start === first.end && looksLikeHeading(firstText, false);
      const joined = glued || paragraphs.some((p) => p.role === 'body') ? null : standfirstJoin(firstText, lang);
      const end = glued ? first.end : joined !== null ? first.start + joined.trimEnd().length : null;
      if (end !== null) {
        pushPart({ start: first.start, end }, 'heading');
        if (glued) ranges.shift();
        else ranges[0] = { start: first.start + joined!.length, end: first.end };
      }
    }

    // A label and the headline after it glued to the text's next sentence, no stop between: "Más
    // información El coleccionista de trozos del universo Su valor está sujeto … consultados.".
    if (role === 'body' && block.hint !== 'row') {
      for (let k = ranges.length - 1; k >= 0; k--) {
        const r = ranges[k]!;
        const t = block.text.slice(r.start, r.end);
        // (The text after it a sentence, its stop and all: a list of headlines has none.)
        // (Not the byline's block and the text after it: cut where the text begins, below.)
        const at = ENDS_SENTENCE.test(t) && opensWithLabel(t, lang) && textAfterFurniture(t, lang) < 0 ? headJoin(t, lang) : -1;
        if (at > 0) ranges.splice(k, 1, { start: r.start, end: r.start + at }, { start: r.start + at + 1, end: r.end });
      }
    }

    // A page's head over a video's player, whose script is the next block: the section's name, the title and
    // the standfirst, their stops or not, each a heading, cut where one part runs into the next ("Donald Trump
    // ¿Trump, premio Nobel de la Paz? El presidente … para lograrlo De Netanyahu al líder…"). And the player's
    // duration and title after the script, run into the picture's caption: "03:14 De Kissinger a Obama: … El primer ministro…".
    if (role !== 'boilerplate' && block.hint !== 'row' && spans[index + 1]?.hint === 'code' && !paragraphs.some((p) => p.role === 'body' || p.role === 'heading')) {
      const parts = headOverPlayer(block.text, ranges, lang);
      if (parts) {
        role = 'heading';
        // (A name of a word to three alone before the title is the section's; or it is cut from the title.)
        if (SECTION_NAME.test(block.text.slice(parts[0]!.start, parts[0]!.end))) pushPart(parts.shift()!, 'boilerplate');
        else parts[0] = cutKicker(parts[0]!);
        ranges.splice(0, ranges.length, ...parts);
      }
    } else if (role === 'body' && spans[index - 1]?.hint === 'code' && ranges.length && PLAYER_DURATION.test(block.text.slice(ranges[0]!.start, ranges[0]!.end))) {
      const r = ranges[0]!;
      const at = headJoin(block.text.slice(r.start, r.end), lang, STANDFIRST_JOINED_WORDS, true);
      if (at > 0) ranges.splice(0, 1, { start: r.start, end: r.start + at }, { start: r.start + at + 1, end: r.end });
    }

    // A page's head scraped into the paragraph of its text: each part a paragraph of its own.
    // (Its title may have been cut from it already, above: "Medio Ambiente Semia Gharbi, la tunecina … en África La activista…".)
    if (role === 'body' && block.hint !== 'row' && !paragraphs.slice(0, earlier).some((p) => p.role === 'body' || p.role === 'heading')) {
      const head = gluedHead(block.text, ranges, lang, paragraphs.length > earlier);
      if (head) {
        for (const part of head.parts) pushPart(part.range, part.role);
        ranges.splice(0, ranges.length, ...head.rest);
      } else if (ranges.length >= 2 && ranges.length <= HEAD_PARTS && ranges.every((r) => !ENDS_SENTENCE.test(block.text.slice(r.start, r.end)) && block.text.slice(r.start, r.end).split(/\s+/).length <= HEAD_WORDS)) {
        // (Or the page's head alone, the title and its standfirst without their stops, the section's name over
        // them cut from the title where the title's article opens it: "'Fito' El capo narco…  Su extradición refuerza…".)
        role = 'heading';
        ranges[0] = cutKicker(ranges[0]!);
      }
    }

    const roles = sentenceRoles(block.text, ranges, role === 'body' && block.hint !== 'row', role, isLast, lang);
    const sentences = ranges.map((r) => ({
      n: n++,
      text: block.text.slice(r.start, r.end),
      start: block.start + r.start,
      end: block.start + r.end,
    }));
    // A picture's caption and its credit on a line of their own, the text glued after the credit: the
    // sentence before the line's break, short, is the caption ("… no regresó. Las autoridades encontraron
    // restos óseos en … un cauce seco.⏎Credito: FGE Baja California Tras recibir…").
    // (The caption alone on its line, a paragraph of its own, is furniture whole.)
    const before = paragraphs[paragraphs.length - 1];
    const caption = before?.sentences[before.sentences.length - 1];
    if (roles.length > 1 && roles[0] === 'boilerplate' && roles[1] === 'body' && PICTURE_CREDIT.test(sentences[0]!.text.trim()) && before?.role === 'body' && caption!.text.split(/\s+/).length <= CAPTION_WORDS) {
      if (before.sentences.length === 1) before.role = 'boilerplate';
      else {
        before.sentences.pop();
        before.end = before.sentences[before.sentences.length - 1]!.end;
        paragraphs.push({ role: 'boilerplate', start: caption!.start, end: caption!.end, sentences: [caption!] });
      }
    }
    const runs: { role: ParagraphRole; sentences: typeof sentences }[] = [];
    for (const [k, sentence] of sentences.entries()) {
      const own = roles[k]!;
      const last = runs[runs.length - 1];
      if (last && last.role === own) last.sentences.push(sentence);
      else runs.push({ role: own, sentences: [sentence] });
    }
    const onlyDated = !block.hint && furniture === 'dated';
    for (const run of runs) {
      if (block.hint === 'loose') loose.add(paragraphs.length);
      const paragraph: Paragraph = { role: run.role, start: run.sentences[0]!.start, end: run.sentences[run.sentences.length - 1]!.end, sentences: run.sentences };
      if (block.hint === 'row') rows.add(paragraph);
      if (onlyDated) dated.add(paragraph);
      else if (run.role === 'boilerplate') said.add(paragraph);
      if (block.hint === 'heading') marked.add(paragraph);
      if (block.hint === 'caption') captions.add(paragraph);
      paragraphs.push(paragraph);
    }
  });
  // The page's furniture told by what stands around it; a table's rows stay the article's (each
  // pass sees them so).
  const sections = { dated, marked, said, captions, labels: new Set<Paragraph>() };
  sections.labels = sectionLabels(paragraphs, sections);
  markDatedHeadlines(paragraphs, sections);
  for (const mark of [(ps: Paragraph[]) => markLinkedHeadlines(ps, lang), (ps: Paragraph[]) => markLinkLists(ps, said), (ps: Paragraph[]) => markRepeated(ps, sections.labels), markExcerpts, markInterview, markQuoteSources, markPullQuotes, markEmbeddedPosts, markKicker, (ps: Paragraph[]) => markStandfirst(ps, loose), markBylines]) {
    mark(paragraphs);
    for (const row of rows) row.role = 'body';
  }
  markSections(paragraphs, sections);
  for (const row of rows) row.role = 'body';
  markBelowText(paragraphs, lang);
  return paragraphs;
}

/**
 * The role of each sentence of a paragraph read as text (`judged`; otherwise all of `role`): a
 * call to subscribe, an agency's sign-off, a stray quote mark glued into the text ("… por
 * separado. EFE Suscríbete a …") is set apart as the furniture it is, and so are a picture in the
 * text, the author's box and the lists at the paragraph's end. Furniture run together is cut
 * into its parts on the way (`ranges` changed in place).
 */
function sentenceRoles(text: string, ranges: Range[], judged: boolean, role: ParagraphRole, isLast: boolean, lang: Language): ParagraphRole[] {
  // (A sentence of furniture and text glued, cut where the text begins.)
  if (judged) {
    for (let k = ranges.length - 1; k >= 0; k--) {
      const r = ranges[k]!;
      const at = textAfterFurniture(text.slice(r.start, r.end), lang);
      if (at > 0) ranges.splice(k, 1, { start: r.start, end: r.start + at }, { start: r.start + at + 1, end: r.end });
    }
    // (And a picture's or a video's title run into its caption, the paragraph's first sentence over
    // the credit by its label: "01:12 José Adolfo Macías 'Fito' se declara… a Estados Unidos El narcotraficante… Foto: …".)
    const [first, second] = ranges;
    if (first && second && PICTURE_CREDIT.test(text.slice(second.start, second.end).trim())) {
      const at = headJoin(text.slice(first.start, first.end), lang);
      if (at > 0) ranges.splice(0, 1, { start: first.start, end: first.start + at }, { start: first.start + at + 1, end: first.end });
    }
  }
  const texts = ranges.map((r) => text.slice(r.start, r.end));
  if (!judged || texts.length < 2) return texts.map(() => role);
  const roles: ParagraphRole[] = texts.map((sentence, k) => {
    // (The article's last words, a name in capitals glued after its last sentence, sign it: "… aliado. EDITORIAL".)
    const signed = isLast && k === texts.length - 1 && SIGN_OFF.test(sentence.trim());
    // (A byline's block, its stamp and its buttons, no stop: "Carolina Mella Guayaquil - 22 jul 2025 - 01:28 CEST Compartir … Ir a los comentarios".)
    const byline = CLOCK_TIME.test(sentence) && !ENDS_SENTENCE.test(sentence.trim()) && closesWithFurniture(sentence, lang);
    // (And a date in full opening it, its year said: the page's stamp without its time, "24 Jul, 2025 El…".)
    const stamped = k === 0 && isDateLine(sentence.trim(), lang) && YEAR.test(sentence);
    return isBoilerplate(sentence, lang, true) || signed || stamped || byline ? 'boilerplate' : role;
  });
  // (Or the author's signature in capitals before their post, a mark or their handle, the article's last line or the last
  // before its furniture: "CLAUDIA HAKIM * Directora del Museo…", "MARCELA MELÉNDEZ (Lea todas las  )", "JHON TORRES
  // Editor de EL TIEMPO" over "En Twitter: @JhonTorresE".)
  if (isLast) {
    const k = roles.findLastIndex((r) => r !== 'boilerplate');
    if (k >= 0 && signsOff(texts[k]!.trim(), lang)) roles[k] = 'boilerplate';
  }
  // A picture in the text: its credit ("Eduardo Munoz (REUTERS)"), the caption right before it (a
  // sentence or two at most, short), and a section's heading right after it, a few words and no stop.
  // (Or a caption signed by its credit after a dash, and the heading after it.)
  // (Or a credit by its label, "Foto: Archivo", between the paragraph's first sentence or two, short, its caption, and the text.)
  texts.forEach((sentence, k) => {
    const dashed = SPACED_DASH.test(sentence) && DASHED_CAPTION.test(sentence.trim());
    // (Two sentences before it: both short, or the first a title without its stop over a short caption.)
    const short = (from: number) => texts.slice(from, k).join(' ').trim().split(/\s+/).length <= CAPTION_WORDS;
    // (Not the label over the editors' credits, each task with its names: "Créditos:" over "Edición de texto: …".)
    const editors = CREDIT_FIELDS.test(texts[k + 1]?.trim() ?? '');
    const credited = k >= 1 && roles[k] === 'boilerplate' && PICTURE_CREDIT.test(sentence.trim()) && !editors;
    const labelled = credited && k <= 2 && (short(0) || (k === 2 && short(1) && !ENDS_SENTENCE.test(texts[0]!.trim())));
    // (Further in, the sentence right before it, short, when it dates the picture as captions do: "Trump, el 9 de
    // julio, en la Casa Blanca, durante su reunión con … Senegal. FOTO: CONTACTO vía Europa Press Tras su regreso…".)
    if (credited && short(k - 1) && datesPicture(texts[k - 1]!, lang)) roles[k - 1] = 'boilerplate';
    // (Or a caption and its credit after a bar: "… contrabando de armas | Getty Images".)
    const piped = !dashed && !labelled && sentence.includes('|') && PIPED_CAPTION.test(sentence.trim());
    if (!dashed && !labelled && !piped && !isPictureCredit(sentence)) return;
    roles[k] = 'boilerplate';
    if (labelled) roles.fill('boilerplate', 0, k);
    if (!dashed && !piped && k > 0 && texts[k - 1]!.split(/\s+/).length <= CAPTION_WORDS) roles[k - 1] = 'boilerplate';
    const next = texts[k + 1]?.trim();
    if (next && k + 2 < texts.length && !ENDS_SENTENCE.test(next) && next.split(/\s+/).length <= SECTION_HEADING_WORDS) roles[k + 1] = 'heading';
  });
  // The credits under a label of their own ("Créditos:"), each a task and the names of those who did it, no stop:
  // "Edición de texto:  Paola Nagovitch y Nicholas Dale", "Edición de audio: Paulina Estrada Diseño & layout: Mónica Juárez…".
  texts.forEach((sentence, k) => {
    if (k > 0 && /^\p{L}[\p{L} ]*:$/u.test(texts[k - 1]!.trim()) && CREDIT_FIELDS.test(sentence.trim())) roles[k] = 'boilerplate';
  });
  // The author's box, opened by its label and the author's name ("Sobre la firma Rafa de Miguel Ver
  // biografía Es el corresponsal…"), runs to the paragraph's end: the author's life, not the article.
  const box = texts.findIndex((sentence) => lang.authorBox?.test(sentence.trim()) === true);
  if (box >= 0) roles.fill('boilerplate', box);
  // The page's lists run into a sentence, however long, after a label that is furniture alone, with
  // nothing but furniture after it: "… ha apuntado. Compartir nota: Temas Relacionados Últimas Noticias
  // Sánchez asegura … Tailandia retira …", "Más información El cambio de … Archivado En …".
  // (And so is the list under a label alone, "Más información" over "Se venden meteoritos: …".)
  // (A label in words, not a prompt to read another article, "(Además:", whose link was dropped.)
  const label = (k: number) => k >= 0 && roles[k] === 'boilerplate' && /^\p{L}[^:()]*\p{L}$/u.test(texts[k]!.trim()) && texts[k]!.trim().split(/\s+/).length <= LABEL_WORDS_READ;
  for (let k = texts.length - 1; k >= 0 && (roles[k] === 'boilerplate' || opensFurnitureTail(texts[k]!, lang) || label(k - 1)); k--) roles[k] = 'boilerplate';
  // (And what stands between such a list's label and the furniture that ends the paragraph: "Compartir nota:
  // Temas Relacionados … Más Noticias Conoce el clima …" … "Cartagena de Indias: el pronóstico …" … "MÁS NOTICIAS".)
  // (The list's label furniture alone, however long the list run into it: "Compartir nota: Temas Relacionados Alias Richard … Más Noticias Conoce el clima…".)
  const list = roles[texts.length - 1] === 'boilerplate' ? texts.findLastIndex((t, k) => (roles[k] === 'boilerplate' || opensFurnitureTail(t, lang)) && t.split(/\s+/).length >= LIST_WORDS && opensWithLabel(t, lang)) : -1;
  if (list >= 0) roles.fill('boilerplate', list);
  // A section's heading in the text: a few words that open with a noun, no stop, no colon, before
  // sentences of the text, between them or opening the paragraph ("Cifras preocupantes de la
  // violencia", "Expansión del narcotráfico"). (A heading without its stop opens a paragraph only
  // where the splitter cut it from the sentence glued after it.)
  // (Or a heading in capitals, its marks and quotes among them: "TCHOUAMÉNI: "EL PSG ES UN EQUIPO 'TOP' MUNDIAL"".)
  let keyed: string | undefined;
  texts.forEach((sentence, k) => {
    const t = sentence.trim();
    // (A person's name alone after a sentence of the text, more after it, is a picture's credit, the
    // sentence before it, short, its caption: "… en una imagen del 3 de julio. Luis de Vega Los que…".)
    if (roles[k] === 'body' && k > 0 && roles[k - 1] === 'body' && k + 1 < texts.length && isPersonName(t)) {
      roles[k] = 'boilerplate';
      if (texts[k - 1]!.split(/\s+/).length <= NAMED_CAPTION_WORDS) roles[k - 1] = 'boilerplate';
      return;
    }
    // (And so is another name alone, all its words capitalised, after a caption of a few words that names a
    // place or a thing: "… El Puerto de Susa, Túnez. Premio Goldman de Medio Ambiente Sin embargo…".)
    if (roles[k] === 'body' && k > 0 && roles[k - 1] === 'body' && k + 1 < texts.length && NAME_RUN.test(t) && texts[k - 1]!.trim().split(/\s+/).length <= SHORT_CAPTION_WORDS) {
      roles[k] = 'boilerplate';
      roles[k - 1] = 'boilerplate';
      return;
    }
    if (roles[k] !== 'body' || (k > 0 && roles[k - 1] !== 'body') || k + 1 >= texts.length || roles[k + 1] !== 'body') return;
    // (A picture's caption without its credit between sentences of the text, as captions are written: "Juan
    // Fernández-Ramos, migrante cubano detenido en un centro del ICE en Livingston (Texas), en julio de 2025.")
    if (isBareCaption(t, lang)) {
      roles[k] = 'boilerplate';
      return;
    }
    // (A label in capitals closed by a stop, two words or more, each an ordinary word of the
    // dictionary, names none: "… a Cole Palmer. FICHA TÉCNICA. --RESULTADO: …".)
    if (k > 0 && isCapitalsLabel(t, lang)) {
      roles[k] = 'heading';
      return;
    }
    if (ENDS_SENTENCE.test(t)) return;
    const words = t.split(/\s+/);
    // (A run-in heading of a word to three between two sentences of the text, as the splitter cut it where its
    // block's space was left: one ordinary word, "… una eternidad. Anochece  Cae el sol…", or a preposition's
    // phrase, no name in it, "… y masturbarse.  Al mediodía  Llega la hora…".)
    if (k > 0 && isRunInHeading(words, lang)) {
      roles[k] = 'heading';
      return;
    }
    // (A pull quote, words that the article says again elsewhere, however long, as the splitter cut it:
    // "Mientras el Convenio de Basilea … por el bien de todos".)
    if (repeatsIn((keyed ??= passageKey(text)), t)) {
      roles[k] = 'heading';
      return;
    }
    // (Nor one that ends on a function word: a sentence cut short where a link was dropped, "… le aseguraron a este diario que";
    // nor one a word that never opens a title opens, a demonstrative, "Estas redes criminales venden".)
    if (lang.functionWords.has(words[words.length - 1]!) || lang.clauseStarters.has(words[0]!)) return;
    // (A colon in it opens a quote: "ENCOMENDÓ: CM&" is a field and its value.)
    if (words.length >= 2 && CAPITALS_LABEL.test(t) && !/:(?!\s*["“«'‘])/u.test(t)) roles[k] = 'heading';
    // (Its quotes closed: "Bolsonaro calificó las medidas como una "máxima humillación"".)
    else if (/[:;()]/.test(t) || !quotesClosed(t)) return;
    // (Its first word a function word only over a quote, where the splitter cut it from the quote: "Una
    // larga lista de delitos "Un líder…"; or in a heading that is a quote whole: "“Un esfuerzo concertado”".)
    else {
      const bare = t.replace(/^["“«]([^"“”«»]+)["”»]$/u, '$1');
      const first = bare.split(/\s+/)[0]!.toLowerCase();
      // (Or of four words or more after a sentence of the text, over one an article opens, as the splitter cut
      // it: "… regional. Así ocurrió el atentado sicarial contra el comerciante de bicicletas El atentado…";
      // not "Lo dijo el ministro Pero nadie lo creyó", a sentence that lost its stop.)
      // (Not one a function word opens with a comma after its opening words, as a sentence's: "En ese ataque, tres uniformados…".)
      if (words.length >= 2 && words.length <= SECTION_HEADING_WORDS && /^\p{Lu}\p{Ll}/u.test(bare) && (!lang.functionWords.has(first) || (k > 0 && words.length >= FUNCTION_WORD_HEADING_WORDS && !bare.includes(',') && lang.nameArticles.has(texts[k + 1]!.trim().split(/\s+/)[0]!)) || bare !== t || /^["“«]/u.test(texts[k + 1]!.trim()))) roles[k] = 'heading';
    }
  });
  // A list run into one sentence, no stop at its end, between two of the page's furniture: "Más información
  // ¿A dónde va el pantalón…? Once meses de investigación … Ana Carbajosa | Acra … Archivado En … Se adhiere…".
  for (let k = 1; k + 1 < texts.length; k++) {
    // (Not a sentence cut short where a link was dropped, the spaces it stood in left.)
    if (roles[k] === 'body' && roles[k - 1] === 'boilerplate' && roles[k + 1] === 'boilerplate' && !ENDS_SENTENCE.test(texts[k]!.trim()) && texts[k]!.trim().split(/\s+/).length >= LIST_WORDS && !DROPPED_LINK_SPACES.test(texts[k]!)) roles[k] = 'boilerplate';
  }
  cutFurnitureRuns(ranges, texts, roles, lang);
  return roles;
}

/** Names joined by "y", "&" or commas: "Paola Nagovitch y Nicholas Dale". */
const CREDIT_NAMES = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|y|e|&|,))*`;
/** A task and its names: "Edición de texto: Paola Nagovitch y Nicholas Dale", "Diseño & layout: Mónica Juárez Martín". */
const CREDIT_FIELD = String.raw`\p{Lu}\p{Ll}+(?:\s+(?:\p{Ll}+|&))*\s*:\s+${CREDIT_NAMES}`;
/** A line of credits, a task or several, each with its names, no stop. */
const CREDIT_FIELDS = new RegExp(String.raw`^${CREDIT_FIELD}(?:\s+${CREDIT_FIELD})*$`, 'u');

/** The most words of a run-in heading that a preposition opens ("Al mediodía"). */
const RUN_IN_HEADING_WORDS = 3;
/** A run-in heading's words: one ordinary word ("Anochece"); or a preposition's phrase of a few words in lower case after it ("Al mediodía"). */
function isRunInHeading(words: string[], lang: Language): boolean {
  const lexicon = lang.lexicon();
  const [first, ...rest] = words;
  if (!first) return false;
  if (!rest.length) return lexicon !== null && isOrdinaryWord(first, lexicon);
  const opener = first.toLowerCase();
  return words.length <= RUN_IN_HEADING_WORDS && (lang.placePrepositions.has(opener) || (lang.definiteArticles.has(opener) && !lang.nameArticles.has(first))) && rest.every((w) => /^\p{Ll}+$/u.test(w));
}

/**
 * Furniture run together is cut where a part of it runs into the next ("… Ver biografía Es el
 * corresponsal…", "… para participar Ya tengo una suscripción"): each part read as one (`ranges`,
 * `texts` and `roles` of a paragraph's sentences, cut in place).
 */
function cutFurnitureRuns(ranges: Range[], texts: string[], roles: ParagraphRole[], lang: Language): void {
  for (let k = ranges.length - 1; k >= 0; k--) {
    if (roles[k] !== 'boilerplate') continue;
    const at = headJoin(texts[k]!, lang, FURNITURE_JOINED_WORDS);
    // (Not after a quote a headline closes, in a list of them: "Lo más visto La diputada … universitarios: “Una equivocación” La diputada del PP…".)
    if (at < 0 || /[”"»’]$/u.test(texts[k]!.slice(0, at))) continue;
    const r = ranges[k]!;
    ranges.splice(k, 1, { start: r.start, end: r.start + at }, { start: r.start + at + 1, end: r.end });
    texts.splice(k, 1, texts[k]!.slice(0, at), texts[k]!.slice(at + 1));
    roles.splice(k, 0, 'boilerplate');
    // (Its second part read again: it may run into a third.)
    k += 2;
  }
}

/**
 * Where the text begins after furniture glued before it in one sentence, the page's stamp and
 * buttons ("Actualizado: 22 jul 2025 - 08:41 CEST Compartir en Whatsapp … Ir a los comentarios
 * Donald Trump no piensa…"): the last capitalised word after one in lower case that the words
 * before it, furniture alone at their end and the page's stamp among them, lead to; -1 if none.
 */
function textAfterFurniture(text: string, lang: Language): number {
  const t = text.trimEnd();
  // (The page's stamp among it, its time, looked for first: a list's label, "Compartir nota: … Más
  // Noticias", is followed by its headlines, not the text; and most sentences have no time.)
  const stamp = CLOCK_TIME.exec(t);
  if (!stamp || !ENDS_SENTENCE.test(t)) return -1;
  let at = -1;
  for (const m of t.slice(stamp.index).matchAll(/(?<=\p{Ll}) (?=\p{Lu})/gu)) if (closesWithFurniture(t.slice(0, stamp.index + m.index), lang)) at = stamp.index + m.index;
  // (A sentence's worth of text after it.)
  return at > 0 && t.slice(at + 1).split(/\s+/).length >= TEXT_AFTER_FURNITURE_WORDS ? at : -1;
}
/** The fewest words of the text after furniture glued before it in one sentence. */
const TEXT_AFTER_FURNITURE_WORDS = 8;

/**
 * Below the article's text: its author's name alone signs it ("Yaima Puig Meneses"), and a line
 * that reads as a heading heads nothing, and is the page's (a related article's headline, a
 * section of the site).
 */
function markBelowText(paragraphs: Paragraph[], lang: Language): void {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (p.role === 'boilerplate') continue;
    // (A column's signature, a name in capitals, over the author's post, a short line: "CONCEPCIÓN BARACALDO ALDANA" over "Directora del ICBF";
    // a prompt in brackets after the post not counted, "Rector de la Universidad del Rosario (Lea todas las  )".)
    const signature = paragraphs[i - 1];
    const post = textOf(p).replace(/\s*\([^()]*\)\s*$/, '');
    if (signature && post.trim().split(/\s+/).length <= SIGNATURE_POST_WORDS && isSignature(textOf(signature), lang)) {
      p.role = signature.role = 'boilerplate';
      i--;
      continue;
    }
    // (And the page's lists after a label, however long, at the end: "_ Últimas noticias 09:26 Un helicóptero …";
    // and a line of its own that signs the article off: "CLAUDIA HAKIM * Directora del Museo…".)
    if (p.sentences.length !== 1 || !(isPersonName(p.sentences[0]!.text) || opensFurnitureTail(p.sentences[0]!.text, lang) || signsOff(p.sentences[0]!.text.trim(), lang))) break;
    p.role = 'boilerplate';
  }
  const last = paragraphs.findLastIndex((p) => p.role === 'body');
  if (last < 0) return;
  for (const p of paragraphs.slice(last + 1)) if (p.role === 'heading') p.role = 'boilerplate';
}

/**
 * A person's name and nothing else: a given name, then one to three capitalised words, short
 * words in lower case between them in any language ("Gustavo Roca", "María de los Ángeles
 * Pérez", "Ana Paz y Luis Mora", "Ursula von der Leyen").
 */
const NAME_ALONE = /^(\p{Lu}\p{Ll}+)(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{Ll}'’-]+){1,3}$/u;
/**
 * A byline with the author's role, place or handle after a mark: "Por Juan Pérez | Corresponsal",
 * "Juan Pérez - Caracas", "Juan Pérez (Caracas)", "Texto: Juan Pérez"; the role sixty characters at most.
 */
const BYLINE_WITH_ROLE = /^(?:(?:Por|Texto|Escrito por|By)\s*:?\s+)?([^|()–—:-]+?)(?:\s*(?:\s[|–—-]\s|\()\s*([^.!?()]{1,60}?)\)?)?$/u;
function isBylineWithRole(text: string): boolean {
  const m = BYLINE_WITH_ROLE.exec(text);
  if (!m || (m[2] === undefined && !/^(?:Texto|Escrito por)\s*:?\s/u.test(text))) return false;
  return isPersonName(m[1]!);
}

/** The most words after a signature on its line: the author's post, their handle, a prompt to read their columns. */
const SIGNATURE_POST_LINE_WORDS = 12;
/** Two words in capitals or more in a row, the outlet's or the desk's name: "EL TIEMPO", "REDACCIÓN POLÍTICA". */
const CAPITALS_RUN = /(?:^|\s)\p{Lu}{2,}(?:\s+\p{Lu}{2,})+(?=\s|$)/u;
/** The most words of a sign-off that names the outlet alone or with a place: "Tendencias EL TIEMPO", "Cartagena  EL TIEMPO". */
const OUTLET_SIGN_OFF_WORDS = 4;
/**
 * Whether a line, no stop at its end, signs the article off: the author's signature in capitals and what follows it
 * ("CLAUDIA HAKIM * Directora del Museo…", "SEBASTIÁN CARVAJAL BOLÍVAR REDACTOR EL TIEMPO  MEDELLÍN"), or a byline or a
 * desk that names the outlet in capitals ("Por Roger Urieles Para EL TIEMPO Santa Marta @rogeruv", "Tendencias EL TIEMPO").
 */
function signsOff(line: string, lang: Language): boolean {
  if (/[.!?…]["”»’)]*$/u.test(line)) return false;
  const words = line.split(/\s+/);
  // (The signature's name, two words in capitals to five, is a person's, a line's worth after it.)
  for (let n = 2; n <= 5 && n < words.length && /^\p{Lu}[\p{Lu}'’-]+$/u.test(words[n - 1]!); n++) if (words.length - n <= SIGNATURE_POST_LINE_WORDS && isSignature(words.slice(0, n).join(' '), lang)) return true;
  if (words.length > SIGNATURE_POST_LINE_WORDS + 2 || !CAPITALS_RUN.test(line)) return false;
  if (words.length <= OUTLET_SIGN_OFF_WORDS) return true;
  // (A byline: a person's name, "Por" before it or not, then the outlet.)
  const name = words[0] === 'Por' ? words.slice(1) : words;
  return [2, 3, 4].some((n) => isPersonName(name.slice(0, n).join(' ')));
}
/** The most words of the author's post under a column's signature ("Directora del ICBF"). */
const SIGNATURE_POST_WORDS = 8;
/** The most words of a signature in capitals: a rank of two words and a name of five ("MAYOR GENERAL LUIS CARLOS CÓRDOBA AVENDAÑO"). */
const SIGNATURE_WORDS = 7;
/** Words in capitals, as many as a signature's: "LUIS CARLOS CÓRDOBA AVENDAÑO". */
const SIGNATURE_CAPITALS = new RegExp(`^\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]*){1,${SIGNATURE_WORDS - 1}}$`, 'u');
/** The most words of a rank before the name in a signature. */
const RANK_WORDS = 2;
/**
 * A signature in capitals that is a person's name: "CONCEPCIÓN BARACALDO ALDANA"; a rank or a title before it, its
 * last word one of the language's titles, "MAYOR GENERAL LUIS CARLOS CÓRDOBA AVENDAÑO".
 */
function isSignature(text: string, lang: Language): boolean {
  if (!SIGNATURE_CAPITALS.test(text.trim())) return false;
  const words = text.trim().toLowerCase().split(/\s+/);
  const rank = words.slice(0, RANK_WORDS).findLastIndex((w) => lang.titles.has(w)) + 1;
  return isPersonName(words.slice(rank).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '));
}

/** Whether a text is a person's name and nothing else, led by a given name. */
const isPersonName = (text: string) => {
  const name = NAME_ALONE.exec(text.trim());
  return name !== null && isGivenName(name[1]!);
};

/**
 * An embedded post as plain text keeps its signature ("— Iván Cepeda Castro (@IvanCepedaCast)
 * April 14, 2025", "Una publicación compartida de … (@…)"): the paragraph above it is the post's
 * text, and so is one that carries the address of its picture or link ("pic.twitter.com/…", "https://t.co/…").
 */
function markEmbeddedPosts(paragraphs: Paragraph[]): void {
  const signed = (p: Paragraph | undefined) => POST_SIGNATURE.test(textOf(p)) || POST_SHARED.test(textOf(p));
  const pictured = (p: Paragraph | undefined) => POST_PICTURE.test(textOf(p));
  paragraphs.forEach((p, i) => {
    // (A post's short text, without a stop, reads as a heading, and is none.)
    // (Its first line opened by its hashtag, "#AhoraLH | La presidenta…", stands a line or two above its picture or signature.)
    const next = paragraphs.slice(i + 1, i + 3);
    const post = pictured(p) || signed(next[0]) || (/^#\p{L}/u.test(textOf(p)) && next.some((q) => signed(q) || pictured(q)));
    if (p.role !== 'boilerplate' && post) p.role = 'boilerplate';
  });
}

/** The section's name over the title, a word or two ("Política", "Extremo centro"), at the top of the article. */
const KICKER_WORDS = 2;
function markKicker(paragraphs: Paragraph[]): void {
  const [first, next] = paragraphs;
  if (first?.role === 'heading' && next?.role === 'heading' && first.sentences.length === 1 && wordCount(first) <= KICKER_WORDS && /[\p{L}\d]$/u.test(first.sentences[0]!.text)) first.role = 'boilerplate';
}

/**
 * The author's name alone above the article's text (a byline without its "Por"): a line that is
 * a person's name, led by a given name, before the first paragraph of the text.
 */
function markBylines(paragraphs: Paragraph[]): void {
  for (const p of paragraphs) {
    if (p.role === 'body') return;
    if (p.role !== 'heading' || p.sentences.length !== 1) continue;
    if (isPersonName(p.sentences[0]!.text)) p.role = 'boilerplate';
  }
}

/** The fewest words of a headline set in the text as a link to another article; a section's heading has fewer. */
const HEADLINE_WORDS = 8;
/** A text cut short with an ellipsis right after a word ("…que se reunirán este martes 3 de mayo..."): a teaser of another article. */
const CUT_SHORT = /[\p{L}\d,;]\s?(\.\.\.|…)$/u;
/** The spaces a dropped link left between two words of a sentence. */
const DROPPED_LINK_SPACES = /[\p{L},][^\S\n]{2,}\p{L}/u;
/** A headline's end: no closing punctuation. */
const UNFINISHED = /[^.!?…:;"”»)\]]$/;
const wordCount = (p: Paragraph) => p.sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
const lastText = (p: Paragraph) => p.sentences[p.sentences.length - 1]!.text.trim();
/** A paragraph's text, its sentences joined (empty for none). */
const textOf = (p: Paragraph | undefined) => (p ? p.sentences.map((s) => s.text).join(' ').trim() : '');

/** The most words of a line that is a label, not text: a tag, a section's name. */
const LABEL_WORDS = 2;
const isLabel = (p: Paragraph) => p.sentences.length === 1 && wordCount(p) <= LABEL_WORDS && UNFINISHED.test(lastText(p));

/**
 * The page's list of other articles, once the article has begun: excerpts cut short, the
 * headings over them that head no text of the article (nothing but furniture follows them
 * before the next heading or the end), and a headline between furniture (no closing mark).
 */
function markExcerpts(paragraphs: Paragraph[]): void {
  const firstBody = paragraphs.findIndex((p) => p.role === 'body');
  if (firstBody < 0) return;
  for (const p of paragraphs.slice(firstBody + 1)) if (p.role === 'body' && CUT_SHORT.test(lastText(p))) p.role = 'boilerplate';
  for (let i = paragraphs.length - 1; i > firstBody; i--) {
    const p = paragraphs[i]!;
    if (p.role !== 'heading') continue;
    let k = i + 1;
    while (k < paragraphs.length && paragraphs[k]!.role === 'heading') k++;
    let headsText = false;
    // (Text is a sentence, or a line of more than a couple of words: not a tag, "Policía", under the tags' glued line.)
    for (let m = k; m < paragraphs.length && paragraphs[m]!.role !== 'heading'; m++) if (paragraphs[m]!.role === 'body' && !isLabel(paragraphs[m]!)) headsText = true;
    if (!headsText && k < paragraphs.length) for (let m = i; m < k; m++) paragraphs[m]!.role = 'boilerplate';
  }
  // A headline over a heading of the article's, once it has begun, heads nothing: another article's,
  // set in the text as a link ("Poder Judicial reubicará servicios del edificio…" over "Condición estructural").
  for (const [i, p] of paragraphs.entries()) {
    if (i > firstBody && p.role === 'heading' && paragraphs[i + 1]?.role === 'heading' && wordCount(p) >= HEADLINE_WORDS) p.role = 'boilerplate';
  }
  for (const [i, p] of paragraphs.entries()) {
    // (Not a sentence cut short where a link was dropped, the spaces it stood in left: "Estos jóvenes, con su servicio militar,   desarrollarán…".)
    if (i <= firstBody || p.role !== 'body' || wordCount(p) > 25 || !UNFINISHED.test(lastText(p)) || DROPPED_LINK_SPACES.test(textOf(p))) continue;
    const before = paragraphs[i - 1]!;
    const after = paragraphs[i + 1];
    if (before.role === 'boilerplate' && (!after || after.role === 'boilerplate')) p.role = 'boilerplate';
  }
}

/** Fewer questions standing alone as headings than this, and the article is no interview. */
const INTERVIEW_QUESTIONS = 2;
/** The longest turn of an interviewer's, in sentences and in words. */
const TURN_SENTENCES = 3;
const TURN_WORDS = 80;

/**
 * An interview set out as questions and answers, its questions standing apart as headings: a
 * turn of the interviewer's that reads as text (a question longer than a heading, a remark
 * before it, "Este fin de semana, X dijo… ¿Qué opina de eso?", or a question left hanging,
 * "¿Podría…? A esto se agrega…") is one of its questions too, between two answers.
 */
function markInterview(paragraphs: Paragraph[]): void {
  const questions = paragraphs.filter((p) => p.role === 'heading' && p.sentences.every((s) => s.text.trim().endsWith('?')));
  if (questions.length < INTERVIEW_QUESTIONS) return;
  for (let i = 1; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.sentences.length > TURN_SENTENCES || wordCount(p) > TURN_WORDS || paragraphs[i - 1]!.role !== 'body' || paragraphs[i + 1]!.role !== 'body') continue;
    const asks = lastText(p).endsWith('?');
    const hangs = p.sentences[0]!.text.trim().endsWith('?') && CUT_SHORT.test(lastText(p));
    if ((p.role === 'body' && asks) || (p.role === 'boilerplate' && hangs)) p.role = 'heading';
  }
}

/** A quote's close at a paragraph's end, a stop after it or not: '…perdonen a sus hermanos”.'. */
const ENDS_QUOTE = /["”»’][.,]?$/u;
/** A line in square brackets: a link to another article, or the source of the quote above it. */
const IN_SQUARE_BRACKETS = /^\[[^[\]]+\]$/u;

/**
 * The source of a quote, in square brackets under it ("…perdonen a sus hermanos”." then
 * "[Decreto de la Penitenciaría Apostólica del 2002]"), is the article's, as a source in round
 * brackets after it is: not a link to another article.
 */
function markQuoteSources(paragraphs: Paragraph[]): void {
  for (let i = 1; i < paragraphs.length; i++) {
    const [before, p] = [paragraphs[i - 1]!, paragraphs[i]!];
    if (p.role === 'boilerplate' && p.sentences.length === 1 && IN_SQUARE_BRACKETS.test(p.sentences[0]!.text.trim()) && before.role === 'body' && ENDS_QUOTE.test(lastText(before))) p.role = 'body';
  }
}

/** A line said three times or more is no sentence of the article: a gallery's captions, a widget's label. */
const REPEATED = 3;
const REPEATED_WORDS = 20;

/** The short paragraphs the page repeats, every copy ("IV Pleno del Comité Central." under each photo). */
function markRepeated(paragraphs: Paragraph[], labels: ReadonlySet<Paragraph> = new Set()): void {
  const seen = new Map<string, Paragraph[]>();
  for (const p of paragraphs) {
    // (A section's label, over the article's lines each time, is said as often as there are sections: "Alineaciones".)
    if (p.role === 'boilerplate' || wordCount(p) > REPEATED_WORDS || labels.has(p)) continue;
    const text = p.sentences.map((s) => s.text).join(' ').toLowerCase();
    seen.set(text, [...(seen.get(text) ?? []), p]);
  }
  for (const copies of seen.values()) if (copies.length >= REPEATED) for (const p of copies) p.role = 'boilerplate';
}

/** The most words of a section's label: "Alineaciones", "Goles:", "Árbitro asistente". */
const SECTION_LABEL_WORDS = 3;
/**
 * A line of data: a list's number or a score opening it ("34- Walter Cortés", "2-1: Andrey
 * Mora"), a field's label ("Asistentes: …"), a figure in brackets ("Nestor
 * Monge (19')") or one closing it ("Marcel Hernández (Cartaginés) 7").
 */
const DATA_LINE = /^\d{1,3}\s?[-–.)]|^[^:]{1,30}:\s+\S|\(\d{1,3}(?:[.,]\d)?(?:'|\s?[ap]\.?\s?m\.?)?\)|\s\d{1,3}$/u;
/** The most words of a line of data, unless it opens as one (a team's line-up: "3-Alajuelense: 23- Leonel Moreira(6), …"). */
const DATA_LINE_WORDS = 30;
const DATA_LINE_START = /^\d{1,3}\s?[-–.)]|^[^:]{1,30}:\s+\S/u;
/** A list's number opening a line: "34- ", "2) ", "99-Joshua". */
const LIST_NUMBER = /^\d{1,3}\s?[-–)]\s?\p{L}/u;

type Sections = {
  /** Furniture told only by its date or time ("Hora: 8:00 p.m."). */
  dated: ReadonlySet<Paragraph>;
  /** Headings the page marked up as such. */
  marked: ReadonlySet<Paragraph>;
  /** Pictures' captions. */
  captions: ReadonlySet<Paragraph>;
  /** Furniture by what it says ("Publicado: …", "Compartir"), not by where it stands. */
  said: ReadonlySet<Paragraph>;
  labels: ReadonlySet<Paragraph>;
};

const isSectionLabel = (p: Paragraph) => p.role !== 'boilerplate' && p.sentences.length === 1 && wordCount(p) <= SECTION_LABEL_WORDS && /^[^:\d]+:?$/u.test(textOf(p)) && /\p{L}:?$/u.test(textOf(p));
const isDataLine = (p: Paragraph | undefined) => p !== undefined && (wordCount(p) <= DATA_LINE_WORDS ? DATA_LINE.test(textOf(p)) : DATA_LINE_START.test(textOf(p)));

/**
 * The labels of a page's sections: a line of a few words, no stop (a colon at most), no figure,
 * right over a line of data ("Alineaciones" over a team's line-up). Not over a heading of prose
 * ("Video" over "Por qué quiere que el tipo de cambio caiga", where a video was) nor over the
 * article's prose. A label over furniture is furniture: "Detalles" over the date and the author.
 */
function sectionLabels(paragraphs: Paragraph[], { dated, said }: Pick<Sections, 'dated' | 'said'>): Set<Paragraph> {
  const labels = new Set<Paragraph>();
  const title = paragraphs.findIndex((p) => p.role !== 'boilerplate');
  for (let i = title + 1; i + 1 < paragraphs.length; i++) {
    const [label, first] = [paragraphs[i]!, paragraphs[i + 1]!];
    // (Over furniture, "Detalles" over the date and the author: furniture.)
    if (isSectionLabel(label) && said.has(first) && wordCount(label) <= LABEL_WORDS) label.role = 'boilerplate';
    // (Over a line of data, not over a time alone: "Estadio Nacional" over "Hora: 8:00 p.m." is a line of data too.)
    if (isSectionLabel(label) && !said.has(first) && !dated.has(first) && isDataLine(first)) labels.add(label);
  }
  return labels;
}

/**
 * The sections of a page of data (a match's report: "Alineaciones", "Goles", "Árbitros"): a
 * label heads the lines under it, up to the next label or a heading the page marked up or set
 * in capitals. Those lines are the article's, not headings (a line of data: a list's number, a
 * field's label, a figure; or a line between two such) nor furniture for where they stand or for
 * giving a time ("Hora: 8:00 p.m."). And lines opened by a list's numbers, one after another,
 * are a list, not headings.
 */
function markSections(paragraphs: Paragraph[], { dated, marked, said, captions, labels }: Sections): void {
  // A date over lines of data, once the text has begun, heads them ("Sábado 23 de abril del 2022"
  // over the day's matches): no dateline.
  const firstBody = paragraphs.findIndex((p) => p.role === 'body');
  const dates = new Set<Paragraph>();
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    // (A date, not a time: "Hora: 14:00" is a line of data.)
    const date = !/\d{1,2}:\d{2}|:\s/.test(textOf(p));
    if (firstBody >= 0 && i > firstBody && date && dated.has(p) && next && !said.has(next) && isDataLine(next)) dates.add(p);
  });
  const heads = (p: Paragraph) => labels.has(p) || dates.has(p) || marked.has(p) || (p.role === 'heading' && CAPITALS_LABEL.test(textOf(p)) && wordCount(p) >= 2);
  for (const [i, label] of paragraphs.entries()) {
    if (!labels.has(label) && !dates.has(label)) continue;
    let end = i + 1;
    while (end < paragraphs.length && !heads(paragraphs[end]!)) end++;
    const section = paragraphs.slice(i + 1, end);
    label.role = 'heading';
    section.forEach((p, k) => {
      if (said.has(p)) return;
      const data = isDataLine(p) || (isDataLine(section[k - 1]) && isDataLine(section[k + 1]));
      if ((p.role === 'heading' && data) || (p.role === 'boilerplate' && (dated.has(p) || data))) p.role = 'body';
    });
  }
  // (A heading the page marked up, set aside for the furniture it seemed to head, heads the article's lines again;
  // a picture's caption under it stands between, "Sueldos" over a photo of dollars and the text.)
  paragraphs.forEach((p, i) => {
    if (!marked.has(p) || p.role !== 'boilerplate' || said.has(p)) return;
    let next = i + 1;
    while (next < paragraphs.length && captions.has(paragraphs[next]!)) next++;
    if (next < paragraphs.length && paragraphs[next]!.role !== 'boilerplate') p.role = 'heading';
  });
  for (let i = 0; i < paragraphs.length; i++) {
    let end = i;
    while (end < paragraphs.length && paragraphs[end]!.role === 'heading' && paragraphs[end]!.sentences.length === 1 && LIST_NUMBER.test(textOf(paragraphs[end]))) end++;
    if (end - i >= 2) for (let k = i; k < end; k++) paragraphs[k]!.role = 'body';
    i = Math.max(i, end);
  }
}

/** The fewest headlines, each with its date, of a list of other articles. */
const DATED_HEADLINES = 3;

/**
 * The page's list of other articles, each headline with its date alone on the line below or above
 * it ("Venezolano muere tras caer de edificio en Paraguay" over "julio 20, 2025"), three and more
 * in a row: furniture, said so (no date there heads a section of data).
 */
function markDatedHeadlines(paragraphs: Paragraph[], { dated, said }: { dated: ReadonlySet<Paragraph>; said: Set<Paragraph> }): void {
  if (dated.size < DATED_HEADLINES) return;
  // (A headline has no full stop at its end: "El texto." before a date is the article's.)
  const headline = (p: Paragraph | undefined) => p !== undefined && !dated.has(p) && p.sentences.length === 1 && wordCount(p) <= LINKED_HEADLINE_WORDS && !FULL_STOP_END.test(textOf(p));
  for (let i = 0; i < paragraphs.length; ) {
    // (Dates and headlines by turns from i on, however the pair is ordered.)
    const dateFirst = dated.has(paragraphs[i]!);
    const fits = (k: number) => ((k - i) % 2 === 0) === dateFirst ? dated.has(paragraphs[k]!) : headline(paragraphs[k]);
    let end = i;
    while (end < paragraphs.length && fits(end)) end++;
    if (end - i >= 2 * DATED_HEADLINES) {
      for (const p of paragraphs.slice(i, end)) {
        p.role = 'boilerplate';
        said.add(p);
      }
      i = end;
    } else i++;
  }
}

/** "Boric visitó la Posta Central" then "Leer más": a link to another article, headline and all. */
function markLinkedHeadlines(paragraphs: Paragraph[], lang: Language): void {
  if (!lang.readMore) return;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const [p, next] = [paragraphs[i]!, paragraphs[i + 1]!];
    const nextText = next.sentences.map((s) => s.text).join(' ');
    if (next.role !== 'boilerplate' || !lang.readMore.test(nextText.trim())) continue;
    if (p.sentences.length === 1 && p.sentences[0]!.text.split(/\s+/).length <= 30) p.role = 'boilerplate';
  }
}

/** A line that marks an item of a list: "- ", "• ". */
const LIST_MARK = /^[-–—•·▪*]\s/u;
/** The most words of a label over a list of links ("También te puede interesar"), and of a headline in it. */
const LINK_LABEL_WORDS = 6;
const LINKED_HEADLINE_WORDS = 40;

/**
 * "TAMBIÉN TE PUEDE INTERESAR" over "- La Audiencia Nacional reabre la causa…", "- Anticorrupción
 * pide…": the items of a list under a label that is furniture by what it says are links to
 * other articles, each a headline, up to the first line that is none.
 */
function markLinkLists(paragraphs: Paragraph[], said: ReadonlySet<Paragraph>): void {
  for (const [i, label] of paragraphs.entries()) {
    if (!said.has(label) || label.sentences.length !== 1 || wordCount(label) > LINK_LABEL_WORDS) continue;
    for (let k = i + 1; k < paragraphs.length; k++) {
      const item = paragraphs[k]!;
      if (item.sentences.length !== 1 || wordCount(item) > LINKED_HEADLINE_WORDS || !LIST_MARK.test(textOf(item))) break;
      item.role = 'boilerplate';
    }
  }
}

const STANDFIRST_ZONE = 4;
const contentWords = (text: string) => new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []));


/**
 * The standfirst, the sentences under the title, is the article's head, not its text. Among
 * the first paragraphs, it is one whose words stand almost all in one later sentence (the
 * article says it again, sometimes word for word), or text the page set outside its
 * paragraphs above the first of them (a <div> over the <p>s of the text).
 */
function markStandfirst(paragraphs: Paragraph[], loose: ReadonlySet<number>): void {
  const firstOwn = paragraphs.findIndex((p, i) => p.role === 'body' && !loose.has(i));
  for (const [i, p] of paragraphs.slice(0, Math.min(STANDFIRST_ZONE, Math.max(firstOwn, 0))).entries()) {
    if (p.role === 'body' && loose.has(i) && wordCount(p) <= STANDFIRST_WORDS) p.role = 'heading';
  }
  // A sentence without its stop right under the title, text following it: the standfirst.
  const title = paragraphs.findIndex((p) => p.role !== 'boilerplate');
  const under = paragraphs[title + 1];
  // (Of a sentence or two, the last without its stop: "Jóvenes y campo: dos ejes… Se infiltra en las redes sociales…")
  // (Furniture may stand between it and the text: a video player's remnant.)
  const after = paragraphs.slice(title + 2).find((p) => p.role !== 'boilerplate');
  if (paragraphs[title]?.role === 'heading' && under?.role === 'body' && under.sentences.length <= 2 && UNFINISHED.test(lastText(under)) && after?.role === 'body') under.role = 'heading';
  // (Its first sentence said again; one or two more may follow it under the title, "Los cambios
  // fueron impulsados por el Congreso.", before any of the text, and said nowhere else: a
  // paragraph the page repeats whole is no standfirst.)
  const firstBody = paragraphs.findIndex((p) => p.role === 'body');
  const saidLater = (i: number, text: string) => paragraphs.slice(i + 1).some((later) => later.sentences.some((s) => s.text === text));
  for (const [i, p] of paragraphs.slice(0, STANDFIRST_ZONE).entries()) {
    const several = p.sentences.length > 1;
    if (p.role !== 'body' || wordCount(p) > STANDFIRST_WORDS || (several && (i !== firstBody || p.sentences.slice(1).every((s) => saidLater(i, s.text))))) continue;
    const words = contentWords(p.sentences[0]!.text);
    if (words.size < 6) continue;
    const repeated = paragraphs.slice(i + 1).some((later) =>
      later.role === 'body' && later.sentences.some((s) => {
        const there = contentWords(s.text);
        let shared = 0;
        for (const w of words) if (there.has(w)) shared++;
        return shared / words.size >= 0.8;
      }),
    );
    if (repeated) p.role = 'heading';
  }
}

/** Words in a row that a sentence and a later quote share only when the quote is copied from it. */
const QUOTED_RUN = 8;
const PULL_QUOTE_WORDS = 45;
/** The fewest words of a short paragraph that is a copy of what was said before. */
const COPIED_WORDS = 3;
const OPENS_WITH_QUOTE = /^["“«'‘]/u;
/** A quote and nothing else, its stop after it at most: '"Las ingenierías en México…"'. */
const QUOTE_ALONE = /^["“«'‘][^]*["”»'’][.]?$/u;
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
/**
 * The runs of words the article says, paragraph by paragraph: where each three words in a row
 * stand, as numbers, so that whether a run is said somewhere is looked up at once however long the article.
 */
class SaidRuns {
  private readonly ids = new Map<string, number>();
  private readonly said: number[][] = [];
  private readonly at = new Map<number, number[]>();

  private idsOf(words: string[]): number[] {
    return words.map((w) => {
      let id = this.ids.get(w);
      if (id === undefined) this.ids.set(w, (id = this.ids.size));
      return id;
    });
  }

  private key(ids: number[], i: number): number {
    // (Three ids below 2^17 each: 51 bits, exact in a number. A larger vocabulary shares keys, and the words are compared.)
    return ((ids[i]! % 131_072) * 131_072 + (ids[i + 1]! % 131_072)) * 131_072 + (ids[i + 2]! % 131_072);
  }

  /** Adds a paragraph's words; returns its number, in the order added. */
  add(words: string[]): number {
    const ids = this.idsOf(words);
    const n = this.said.push(ids) - 1;
    for (let i = 0; i + COPIED_WORDS <= ids.length; i++) {
      const key = this.key(ids, i);
      const list = this.at.get(key);
      if (list) list.push(n, i);
      else this.at.set(key, [n, i]);
    }
    return n;
  }

  /** Whether these words, three or more, stand in a row in one paragraph said before. */
  has(words: string[]): boolean {
    if (words.length < COPIED_WORDS || words.some((w) => !this.ids.has(w))) return false;
    const ids = this.idsOf(words);
    const list = this.at.get(this.key(ids, 0)) ?? [];
    for (let k = 0; k < list.length; k += 2) {
      const [paragraph, from] = [this.said[list[k]!]!, list[k + 1]!];
      if (from + ids.length <= paragraph.length && ids.every((id, j) => paragraph[from + j] === id)) return true;
    }
    return false;
  }
}

/** How far below a quote set apart its passage is looked for, in paragraphs: the box stands beside it. */
const NEARBY_SOURCE = 8;

/** Which words of `words` stand in runs of QUOTED_RUN that `other` says too, by their place. */
function copiedFrom(words: string[], other: string[]): number[] {
  const runs = new Set<string>();
  for (let i = 0; i + QUOTED_RUN <= other.length; i++) runs.add(other.slice(i, i + QUOTED_RUN).join(' '));
  const copied: number[] = [];
  for (let i = 0; i + QUOTED_RUN <= words.length; i++) if (runs.has(words.slice(i, i + QUOTED_RUN).join(' '))) for (let k = i; k < i + QUOTED_RUN; k++) copied.push(k);
  return copied;
}

/** The longest line that names who said a quote set apart: "José Durán Mejía, Asociación Nacional de Facultades y Escuelas de Ingeniería". */
const SPEAKER_WORDS = 15;

/**
 * A quote the page sets apart in large type, copied from a passage of the article ("Tenemos
 * hambre no por falta de alimentos…"): most of the words of each of its sentences stand in runs
 * the article said above it; or, a quote and nothing else, in a longer paragraph a little below
 * it (the quote and who said it, "…de habla hispana», dice en conversación con BBC Mundo"). (A
 * long name said again is a run too, but a short part of a quote.) The speaker's name under it
 * goes with it. The article's head is left out: its standfirst is said again below, and that is the text.
 */
function markPullQuotes(paragraphs: Paragraph[]): void {
  // What the article said before each paragraph, its quotes set apart left out.
  const said = new SaidRuns();
  const saidLines = new Set<string>();
  for (const [index, p] of paragraphs.entries()) {
    if (p.role !== 'body') continue;
    const text = textOf(p);
    const words = wordsOf(text);
    // (Among the first paragraphs, the standfirst and the lead are said, not copied.)
    const mayCopy = index >= STANDFIRST_ZONE;
    if (mayCopy && words.length <= PULL_QUOTE_WORDS && OPENS_WITH_QUOTE.test(text)) {
      // Copied from a passage said before it; or, a quote and nothing else, from one a little
      // below it that says more (the quote and who said it, "…», dice en conversación con BBC Mundo").
      const copied = new Set<number>();
      for (let i = 0; i + QUOTED_RUN <= words.length; i++) if (said.has(words.slice(i, i + QUOTED_RUN))) for (let k = i; k < i + QUOTED_RUN; k++) copied.add(k);
      if (copied.size < words.length && QUOTE_ALONE.test(text)) {
        for (const next of paragraphs.slice(index + 1, index + 1 + NEARBY_SOURCE)) {
          const theirs = next.role === 'body' ? wordsOf(textOf(next)) : [];
          if (theirs.length > words.length) for (const k of copiedFrom(words, theirs)) copied.add(k);
        }
      }
      // (Each of its sentences so: a quote copied, then a sentence of the article's, is the article's.)
      let from = 0;
      const sentencesCopied = p.sentences.every((sentence) => {
        const count = wordsOf(sentence.text).length;
        const inside = [...copied].filter((k) => k >= from && k < from + count).length;
        from += count;
        return inside * 2 > count;
      });
      if (sentencesCopied) {
        p.role = 'boilerplate';
        const speaker = paragraphs[index + 1];
        if (speaker && speaker.role !== 'boilerplate' && speaker.sentences.length === 1 && wordCount(speaker) <= SPEAKER_WORDS && UNFINISHED.test(lastText(speaker)) && namedFirst(textOf(speaker))) speaker.role = 'boilerplate';
        continue;
      }
    }
    // A short paragraph said word for word inside a longer one before, a line of an embedded post
    // or a quote set apart ("Hacerlo es de dictadores." after "…Hacerlo es de dictadores”,
    // afirmó…"). (The same paragraph twice may be the article's: markRepeated judges it.)
    const line = words.join(' ');
    if (mayCopy && words.length >= COPIED_WORDS && words.length < QUOTED_RUN && !saidLines.has(line) && said.has(words)) {
      p.role = 'boilerplate';
      continue;
    }
    said.add(words);
    saidLines.add(line);
  }
}

/** Whether a line opens with a person's name, a given name first, up to its first comma: "José Durán Mejía, Asociación…". */
function namedFirst(text: string): boolean {
  return isPersonName(text.split(',')[0]!);
}
