import { describe, expect, it } from 'vitest';
import { extractOccurrences } from '../../core/glossary/extract';
import { type OccurrenceRow, buildSuggestions } from '../../core/glossary/suggest';
import { language } from '../../core/languages';
import { variantKey } from '../../core/text/variant-key';

/** What one article's sentences yield, as "form (kind)" in order of appearance. */
const forms = (sentences: string[]) => extractOccurrences(sentences).map((o) => (o.kind ? `${o.form} (${o.kind})` : o.form));
const one = (sentences: string[], form: string) => extractOccurrences(sentences).find((o) => o.form === form);

describe('names in one article', () => {
  it('takes capitalised runs as names, keeping the connectors inside them', () => {
    // (The place it is of, opened by a capitalised article, is a name of its own.)
    expect(forms(['Según la Corte Penal Internacional de La Haya, nada cambió.'])).toEqual(['Corte Penal Internacional de La Haya (organization)', 'La Haya (place)']);
    expect(forms(['Lo dijo el Alto Comisionado para los Refugiados ayer.'])).toEqual(['Alto Comisionado para los Refugiados (organization)']);
    expect(forms(['Ayer habló Volodímir Zelenski en persona.', 'Lo vimos ayer.'])).toEqual(['Volodímir Zelenski']);
    // A connector must sit between two capitalised words, at most two of them in a row.
    expect(forms(['Ya vino Pedro de la zona.'])).toEqual(['Pedro']);
    expect(forms(['Ya vino Pedro de la de Lima.'])).toEqual(['Pedro', 'Lima']);
    expect(forms(['Ya vino Pedro de los Santos hoy.'])).toEqual(['Pedro de los Santos']);
    // Connectors are lower case: "De" inside prose breaks nothing but is no connector either.
    // (A title capitalised before a full name is not part of the name.)
    expect(forms(['Se espera a la Ministra Ana De Lima.'])).toEqual(['Ana De Lima']);
  });

  it('ends a name at a comma, a quote mark or a date, and after eight words', () => {
    expect(forms(['Ya votaron España, Francia y "Italia" ayer.'])).toEqual(['España', 'Francia', 'Italia']);
    expect(forms(['Ya llega Kallas el Lunes 3 de Marzo.'])).toEqual(['Kallas']);
    expect(forms(['Ya se fue el Martes 4 de Abril de 2022.'])).toEqual([]);
    // Eight capitalised words, whatever the connectors between them; not a ninth.
    expect(forms(['Lo aprobó el Pleno del Comité Central del Partido Comunista de Cuba ayer.'])[0]).toBe('Pleno del Comité Central del Partido Comunista de Cuba (organization)');
    expect(forms(['Ya llegaron Uno Dos Tres Cuatro Cinco Seis Siete Ocho Nueve hoy.'])[0]).toBe('Uno Dos Tres Cuatro Cinco Seis Siete Ocho');
  });

  it("reads a name led by a place's noun as a place, and one led by a document's or an event's as a term, whoever's it is; one led by an institution's word, or a news agency, an institution", () => {
    expect(forms(['Lo recibió ayer en el Palacio de Gobierno.'])).toEqual(['Palacio de Gobierno (place)']);
    expect(forms(['Ya llegaron a Santa Cruz de la Sierra.'])).toEqual(['Santa Cruz de la Sierra (place)']);
    expect(forms(['Lo atendió ayer la Cruz Roja.'])).toEqual(['Cruz Roja (organization)']);
    expect(forms(['Ya viajó al País Vasco y a la Puerta del Sol.'])).toEqual(['País Vasco (place)', 'Puerta del Sol (place)']);
    // (A news agency is an organisation whatever the sentence says.)
    expect(forms(['Lo contó ayer a Europa Press el portavoz.'])).toContain('Europa Press (organization)');
    // (A document's or an event's noun first names a term, whoever's it is.)
    expect(forms(['Lo prevé la Ley de Contrataciones de la Administración Pública desde enero.'])).toEqual(['Ley de Contrataciones de la Administración Pública (term)']);
    expect(forms(['Lo firmó al ratificar el Estatuto de Roma en 2002.'])).toContain('Estatuto de Roma (term)');
  });

  it('keeps a capitalised month inside a name where months are written in lower case, and not where they are capitalised', () => {
    expect(forms(['Ya marcharon en la Plaza de Mayo ayer.'])).toEqual(['Plaza de Mayo (place)']);
    expect(forms(['Lo introdujo Julio César Turbay entonces.'])).toEqual(['Julio César Turbay']);
    expect(forms(['Ya vino Ana Marzo Pérez.'])).toEqual(['Ana Marzo Pérez']);
    // A date goes on after it: the month is the date's.
    expect(forms(['Lo firmó Pedro Soto el Lunes 3 de Marzo de 2022.'])).toEqual(['Pedro Soto']);
    const english = (s: string) => extractOccurrences([s], language('en')).map((o) => o.form);
    expect(english('It was agreed in May Johnson said.')).not.toContain('May Johnson');
    const long = 'Ana Bea Carla Dora Eva Fabiola Gala Hilda Inés Julia';
    expect(forms([`Ya dijo ${long} algo.`])).toEqual(['Ana Bea Carla Dora Eva Fabiola Gala Hilda', 'Inés Julia']);
  });

  it('splits a place from the name that follows it with "de"', () => {
    expect(forms(['La Rusia de Putin respondió.'])).toEqual(['Rusia', 'Putin']);
    // The place an organisation is of is a name of its own too.
    expect(forms(['El Ministerio de Defensa de Rusia de Putin informó.'])).toEqual(['Ministerio de Defensa de Rusia (organization)', 'Rusia', 'Putin']);
    expect(forms(['El Ministerio de Defensa informó.'])).toEqual(['Ministerio de Defensa (organization)']);
  });

  it('reads acronyms, dotted or not, as organisations; other short words are no names', () => {
    expect(forms(['Los EE.UU. y EE. UU. y la OTAN con la U.E. firmaron.'])).toEqual(['EE.UU. (organization)', 'EE. UU. (organization)', 'OTAN (organization)', 'U.E. (organization)']);
    expect(forms(['Ya dijo que Xi y Li no vendrán.'])).toEqual([]);
    expect(forms(['Lo firmó la ONU-Habitat.'])).toEqual(['ONU-Habitat']);
  });

  it('skips words that only start the sentence, function words and months', () => {
    // "Ayer" starts a sentence and is written in lower case elsewhere; "Hoy" is a function word after a colon.
    expect(forms(['Ayer llovió en Madrid.', 'Lo dijo: "Hoy es el día".', 'Lo vimos ayer.'])).toEqual(['Madrid']);
    expect(forms(['Marzo fue duro.', 'Se fue en Enero.'])).toEqual([]);
    // A name that starts its sentence is counted, and the count says how often it did, when
    // the capital says nothing: the dictionary has the word as an ordinary one ("luna").
    expect(one(['Luna habló.', 'Lo dijo Luna.'], 'Luna')).toMatchObject({ count: 2, initial: 1, common: 2 });
    // A word it knows only as a name ("Santiago"), or not at all ("Zelenski"), is a name wherever it stands.
    expect(one(['Santiago habló.', 'Lo dijo Santiago.'], 'Santiago')).toMatchObject({ count: 2, initial: 0, common: 0, unlisted: 0 });
    expect(one(['Zelenski habló.', 'Lo dijo Zelenski.'], 'Zelenski')).toMatchObject({ count: 2, initial: 0, unlisted: 2 });
  });

  it('notes a preposition just before, and a title a few words before', () => {
    const kyiv = one(['Viajó a Kiev.', 'Volvió desde Kiev.', 'Kiev resiste.'], 'Kiev')!;
    expect(kyiv).toMatchObject({ count: 3, afterPreposition: 2, afterTitle: 0 });
    // "La ministra de Salud": a title before a preposition is the title of what follows it, not a person's.
    expect(one(['La ministra de Salud habló.'], 'Salud')).toMatchObject({ afterTitle: 0, afterPreposition: 1 });
    const person = one(['El presidente ucraniano, Volodímir Zelenski, viajó.', 'La portavoz Ana Díaz lo negó.'], 'Volodímir Zelenski')!;
    expect(person).toMatchObject({ afterTitle: 1, afterPreposition: 0 });
    expect(one(['La portavoz Ana Díaz lo negó.'], 'Ana Díaz')).toMatchObject({ afterTitle: 1 });
    // Four words back is too far for a title.
    expect(one(['El presidente de la gran nación Ana Díaz lo negó.'], 'Ana Díaz')).toMatchObject({ afterTitle: 0 });
  });

  it('takes no names from a headline in title case, and still does from prose holding a long name', () => {
    expect(forms(['Quinto Viaje De Lukashenko A Rusia En Un Año'])).toEqual([]);
    expect(forms(['Putin Says Talks With Kyiv Are Over'])).toEqual([]);
    expect(forms(['Lo dijo la Corte Suprema de Los Ángeles.'])).toEqual(['Corte Suprema de Los Ángeles (organization)', 'Los Ángeles (place)']);
    // Short, and every long word a capitalised one: its lower-case words outside the name say it is prose.
    expect(forms(['Ya en el Hospital Lucus Augusti de Lugo.'])).toEqual(['Hospital Lucus Augusti de Lugo (organization)', 'Lugo']);
    expect(forms(['Biden Signs Bill on Climate Change'])).toEqual([]);
    // Names listed, commas or brackets between them, are no headline.
    expect(forms(['Defensas: Jesús Angulo (Tigres), Luis Olivas (Guadalajara), Kevin Álvarez (Pachuca).'])).toEqual(
      expect.arrayContaining(['Jesús Angulo', 'Luis Olivas', 'Kevin Álvarez']),
    );
    expect(forms(['Putin, Xi Jinping Meet In Moscow Today'])).toEqual([]);
    expect(forms(['Ana Pérez, Luis Mora, Juan Ruiz Han Llegado Hoy'])).toEqual(['Ana Pérez', 'Luis Mora', 'Juan Ruiz Han Llegado Hoy']);
  });

  it('reads a word in brackets after a place, or one the dictionary lists as a name, as where it lies; after another name, or in capitals, as a short name', () => {
    expect(forms(['Se unió a los jóvenes de su pueblo de Burlada (Navarra) y luego huyó.'])).toEqual(expect.arrayContaining(['Burlada (place)', 'Navarra (place)']));
    expect(forms(['Tiene despacho en Sigüeiro (Oroso) desde hace años.'])).toContain('Oroso (place)');
    expect(forms(['Lo dijo el Comité Coordinador de Asociaciones (Cacif) ayer.'])).toContain('Cacif (organization)');
    // (After a name of no kind said, a name the dictionary lists: where it lies, no organisation's short name.)
    expect(forms(['Participó en la Fira del Tap de Cassà de la Selva (Girona), la del corcho.'])).toContain('Girona (place)');
    expect(forms(['Es concejal en Burlada (UPN) desde hace años.'])).toContain('UPN (organization)');
    // (A known place before it, after no preposition; not a name farther back, nor a person's.)
    expect(forms(['Colombia (Sudamérica) ganó ayer.'])).toContain('Sudamérica (place)');
    expect(forms(['Vive en Sigüeiro, cerca del río (Oroso) desde hace años.'])).toContain('Oroso (organization)');
    expect(forms(['Lo dijo Juan Pérez (Podemos) ayer.'])).toContain('Podemos (organization)');
  });

  it("ends a person's name before an organisation's initials or brand after 'de'", () => {
    expect(forms(['Lo explicó el abogado Lucas Correa de DescLAB ayer.'])).toEqual(expect.arrayContaining(['Lucas Correa', 'DescLAB (organization)']));
    expect(forms(['Lo dijo Pedro Pérez del PRI ayer.'])).toEqual(expect.arrayContaining(['Pedro Pérez', 'PRI (organization)']));
    // (A surname after "de" stays the name's: "Juan de la Vega"; and an institution's initials its own.)
    expect(forms(['Lo dijo Juan de la Vega ayer.'])).toContain('Juan de la Vega');
    expect(forms(['Lo aprobó el Comité Central del PCC ayer.'])[0]).toBe('Comité Central del PCC (organization)');
  });

  it("opens a sentence after a list item's number", () => {
    expect(forms(['4. La Iglesia invita a celebrar.'])).toEqual(['Iglesia']);
    expect(forms(['2) El Gobierno lo aprobó.'])).toEqual(['Gobierno (organization)']);
    // (Not after a figure that is no item's number.)
    expect(forms(['Son 40. La Iglesia invita.'])).toEqual(['La Iglesia (place)']);
    expect(forms(['12. La Iglesia invita.'])).toEqual(['Iglesia']);
    // (A year is no item's number; a word before a stop is none either.)
    expect(forms(['2022. La Iglesia invita.'])).toEqual(['La Iglesia (place)']);
    expect(forms(['Sí. La Iglesia invita.'])).toEqual(['La Iglesia (place)']);
  });

  it("reads a nickname between a given name and a surname as the person's, the name whole", () => {
    const found = extractOccurrences(['El entrenador, Gerardo el “Tata” Martino, dio la nómina.', "Llegó Jorge, 'Tuto', Quiroga."]);
    expect(found.map((o) => [o.form, o.key])).toEqual(
      expect.arrayContaining([
        ['Gerardo Martino', 'gerardo martino'],
        ['Tata', 'gerardo martino'],
        ['Jorge Quiroga', 'jorge quiroga'],
        ['Tuto', 'jorge quiroga'],
      ]),
    );
    expect(found.find((o) => o.form === 'Tata')?.kind).toBe('person');
    // ("alias" says a person; "known as" says nothing but the name's kind.)
    expect(extractOccurrences(['Fue capturado Joaquín Guzmán alias El Chapo ayer.']).find((o) => o.form === 'El Chapo')).toMatchObject({ kind: 'person', key: 'joaquin guzman' });
    const daesh = extractOccurrences(['El Ministerio de Defensa, conocido como Mindef, lo negó.']).filter((o) => o.key === 'ministerio de defensa');
    expect(daesh.map((o) => [o.form, o.kind])).toEqual([['Ministerio de Defensa', 'organization'], ['Mindef', 'organization']]);
    // (Not after a word that is no given name: "el partido “Unidos” Podemos".)
    expect(extractOccurrences(['Ganó el Frente “Unidos” Podemos ayer.']).map((o) => o.form)).not.toContain('Frente Podemos');
  });

  it("reads an institution's portfolios, listed with commas and a last 'y', as its name; not people listed after it", () => {
    expect(forms(['Lo analizó el Ministerio de Ganadería, Agricultura y Pesca ayer.'])).toEqual(['Ministerio de Ganadería, Agricultura y Pesca (organization)']);
    expect(forms(['Cayó el Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones (Micitt).'])[0]).toBe('Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones (organization)');
    expect(forms(['Lo dijo ayer el Ministerio de Salud, Juan Pérez y Ana Mora.'])).toEqual(['Ministerio de Salud (organization)', 'Juan Pérez', 'Ana Mora']);
    expect(forms(['Lo dijo el Ministerio de Salud Pública, Educación y Deportes ayer.'])[0]).toBe('Ministerio de Salud Pública, Educación y Deportes (organization)');
    // (Ordinary words all: not a name after the last "y".)
    expect(forms(['Lo dijo el Ministerio de Salud, Educación y Juárez ayer.'])[0]).toBe('Ministerio de Salud (organization)');
    expect(forms(['Lo investigó el Ministerio Público, Policía y Fiscalía ayer.'])[0]).toBe('Ministerio Público (organization)');
    // (Past a connector only: "España, Francia y Italia" are three.)
    expect(forms(['Votaron ayer Ministerio, Francia y Italia.'])).toEqual(expect.arrayContaining(['Francia', 'Italia']));
  });

  it('reads a kind from a name\'s own words: an organisation\'s, or a place led by a place word or an article', () => {
    const found = forms(['Lo dijo la Policía Nacional ayer.', 'Viajó a Puerto Natales con Ana Ruiz.', 'Llegó a La Habana el lunes.']);
    expect(found).toEqual(expect.arrayContaining(['Policía Nacional (organization)', 'Puerto Natales (place)', 'La Habana (place)', 'Ana Ruiz']));
  });

  it('keeps spellings apart by form and together by key', () => {
    const found = extractOccurrences(['Zelenski habló.', 'Habló Zelensky.', 'Habló Zelensky.']);
    expect(found.map((o) => [o.key, o.form, o.count])).toEqual([
      ['zelenski', 'Zelenski', 1],
      ['zelenski', 'Zelensky', 2],
    ]);
  });
});

describe('terms in one article', () => {
  it('takes lower-case runs of two or three content words, with connectors inside', () => {
    expect(forms(['Las garantías de seguridad.'])).toEqual(['garantías de seguridad (term)']);
    expect(forms(['No hubo alto el fuego ayer.'])).toEqual(['alto el fuego (term)']);
    expect(forms(['Se vio el ataque masivo.'])).toEqual(['ataque masivo (term)']);
    expect(forms(['Se vio la misión pacífica nuclear.'])).toEqual(['misión pacífica (term)', 'misión pacífica nuclear (term)', 'pacífica nuclear (term)']);
  });

  it('takes no measure for a term: a unit of time, an amount or a currency opening it', () => {
    expect(forms(['Lo anunció la semana pasada.'])).not.toContain('semana pasada (term)');
    expect(forms(['Pagaron millones de euros.'])).not.toContain('millones de euros (term)');
    expect(forms(['Fue condenado a años de prisión.'])).not.toContain('años de prisión (term)');
    // (Where a measure closes the run, the run may be a term: "tasa de cambio del euro" is named by what it measures.)
    expect(forms(['Subió la tasa del euro.'])).toContain('tasa del euro (term)');
  });

  it('skips runs that start or end with a function word, hold short words, a name, a date or punctuation', () => {
    expect(forms(['Sobre la guerra.'])).toEqual([]);
    expect(forms(['grandes ataques por doquier'])).toEqual(['grandes ataques (term)']);
    expect(forms(['duro ataque'])).toEqual([]); // a term of two has no word of fewer than five letters
    expect(forms(['lanza ataques'])).toEqual(['lanza ataques (term)']);
    expect(forms(['mi ataque aéreo'])).toEqual(['ataque aéreo (term)']);
    expect(forms(['ataque Ruso masivo'])).toEqual(['Ruso']);
    expect(forms(['ataque masivo, fuerte'])).toEqual(['ataque masivo (term)']);
    expect(forms(['reunión marzo pasado'])).toEqual([]);
    // Inside a three-word term, a short word must be a connector.
    expect(forms(['misión por paz'])).toEqual([]);
    expect(forms(['misión con paz'])).toEqual([]);
    expect(forms(['misión de paz'])).toEqual([]);
    expect(forms(['misiones de control'])).toEqual(['misiones de control (term)']);
  });

  it('finds names and terms in any script, and nothing in a form without two letters or digits', () => {
    expect(forms(['Об этом сказал Путин.'])).toEqual(['Путин']);
    expect(forms(['Об этом сказал 1-Ñ.'])).toEqual([]);
  });
});

const row = (article: number, key: string, form: string, count = 1, extra: Partial<OccurrenceRow> = {}): OccurrenceRow => ({
  article_id: article,
  key,
  form,
  kind: null,
  count,
  initial: 0,
  after_preposition: 0,
  after_title: 0,
  sentences: [],
  ...extra,
});

describe('suggestions across the library', () => {
  it('suggests what recurs across articles, or three times in one, and ranks recurrence across articles first; a full name met less is ranked last', () => {
    const suggestions = buildSuggestions([
      row(1, 'ana diaz', 'Ana Díaz'),
      row(2, 'ana diaz', 'Ana Díaz'),
      row(1, 'pedro ruiz', 'Pedro Ruiz', 3),
      row(1, 'luis gil', 'Luis Gil', 2),
      // A single word met once or twice, or a full name met only at the start of sentences, is left out.
      row(1, 'marta', 'Marta', 2),
      row(1, 'nuevo plan', 'Nuevo Plan', 1, { initial: 1 }),
    ]);
    expect(suggestions.map((s) => [s.canonical, s.count, s.articles, s.score])).toEqual([
      ['Ana Díaz', 2, [1, 2], 20 + 2 + 2],
      ['Pedro Ruiz', 3, [1], 10 + 3 + 2],
      ['Luis Gil', 2, [1], 10 + 2 + 2 - 20],
    ]);
  });

  it('keeps a name met once where it is surely one: a word after a preposition or a title, a name of three words even first in its sentence', () => {
    const kept = buildSuggestions([
      row(1, 'coquimbo', 'Coquimbo', 1, { after_preposition: 1 }),
      row(1, 'luna', 'Luna', 1, { after_title: 1 }),
      row(1, 'eduardo ortega barria', 'Eduardo Ortega Barría', 1, { initial: 1 }),
      // A word met once with nothing to tell it from a capitalised word is left out.
      row(1, 'marta', 'Marta'),
      row(1, 'nuevo plan', 'Nuevo Plan', 1, { initial: 1 }),
    ]);
    expect(kept.map((s) => s.canonical).sort()).toEqual(['Coquimbo', 'Eduardo Ortega Barría', 'Luna']);
    expect(kept.every((s) => s.score < 0)).toBe(true);
  });

  it('joins a name to the one longer name it is the end or the start of, and to no name when two could own it', () => {
    const merged = buildSuggestions([
      row(1, 'roberto morales ojeda', 'Roberto Morales Ojeda', 2),
      row(1, 'morales ojeda', 'Morales Ojeda', 2),
      row(2, 'rosario del pilar penton diaz', 'Rosario del Pilar Pentón Díaz', 2),
      row(2, 'rosario del pilar penton', 'Rosario del Pilar Pentón', 2),
    ]);
    expect(merged.map((s) => s.variants)).toEqual(
      expect.arrayContaining([
        ['Roberto Morales Ojeda', 'Morales Ojeda'],
        ['Rosario del Pilar Pentón Díaz', 'Rosario del Pilar Pentón'],
      ]),
    );
    expect(merged).toHaveLength(2);
    const ambiguous = buildSuggestions([row(1, 'ana lopez diaz', 'Ana López Díaz', 3), row(1, 'luis lopez diaz', 'Luis López Díaz', 3), row(1, 'lopez diaz', 'López Díaz', 3)]);
    expect(ambiguous).toHaveLength(3);
  });

  it('gathers spellings under one key, the longest then the most frequent first, and names the entry by it', () => {
    const [s] = buildSuggestions([row(1, 'zelenski', 'Zelenski', 2), row(2, 'zelenski', 'Zelensky', 5), row(3, 'zelenski', 'Zelenski', 1)]);
    expect(s).toMatchObject({ canonical: 'Zelensky', variants: ['Zelensky', 'Zelenski'], count: 8, articles: [1, 2, 3], target: 'Zelensky' });
  });

  it('joins a surname alone to the one full name it ends, or a first name to the one name it starts', () => {
    const rows = [row(1, 'volodimir zelenski', 'Volodímir Zelenski'), row(2, 'volodimir zelenski', 'Volodímir Zelenski'), row(1, 'zelenski', 'Zelenski', 4)];
    const [s, ...rest] = buildSuggestions(rows);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ canonical: 'Volodímir Zelenski', variants: ['Volodímir Zelenski', 'Zelenski'], kind: 'person', count: 6 });
    const kim = buildSuggestions([row(1, 'kim jong-un', 'Kim Jong-un', 2), row(1, 'kim', 'Kim', 2)]);
    expect(kim.map((k) => [k.canonical, k.articles])).toEqual([['Kim Jong-un', [1]]]);
    // A first name that is no given name joins the one name it starts, anywhere the library names that person in
    // several articles (or where an article writes both); a given name alone is as many people's as bear it, and
    // joins only in the articles that name them.
    const ortega = buildSuggestions([row(1, 'zhuzhel ortega', 'Zhuzhel Ortega', 2), row(3, 'zhuzhel ortega', 'Zhuzhel Ortega', 1), row(2, 'zhuzhel', 'Zhuzhel', 2)]);
    expect(ortega.map((k) => [k.canonical, k.articles])).toEqual([['Zhuzhel Ortega', [1, 2, 3]]]);
    // (Named in full in one article only, the name alone in another is someone else's: "Cano" is not "Esteban Cano".)
    const once = buildSuggestions([row(1, 'zhuzhel ortega', 'Zhuzhel Ortega', 2), row(2, 'zhuzhel', 'Zhuzhel', 2)]);
    expect(once.map((k) => [k.canonical, k.articles])).toEqual([['Zhuzhel Ortega', [1]]]);
    const gerardo = buildSuggestions([row(1, 'gerardo amarilla', 'Gerardo Amarilla', 2), row(2, 'gerardo', 'Gerardo', 2, { after_title: 1 })]);
    expect(gerardo.map((k) => [k.canonical, k.articles])).toEqual([['Gerardo Amarilla', [1]], ['Gerardo', [2]]]);
  });

  it('joins the first of two surnames to them only in the articles that name them; elsewhere it is another person of that name', () => {
    const full = [row(1, 'roberto morales ojeda', 'Roberto Morales Ojeda', 2), row(1, 'morales ojeda', 'Morales Ojeda', 2)];
    const variants = (rows: OccurrenceRow[]) => buildSuggestions(rows).map((s) => s.variants.sort());
    expect(variants([...full, row(2, 'morales', 'Morales', 2, { after_title: 1 })])).toEqual(expect.arrayContaining([['Morales Ojeda', 'Roberto Morales Ojeda'], ['Morales']]));
    expect(variants([...full, row(1, 'morales', 'Morales', 2)])).toEqual([['Morales', 'Morales Ojeda', 'Roberto Morales Ojeda']]);
    // The end of a person's name is theirs only where they are named; an institution's name is its own anywhere.
    expect(variants([row(1, 'flavio arce san martin', 'Flavio Arce San Martín', 2), row(2, 'san martin', 'San Martín', 2)])).toHaveLength(2);
    expect(variants([row(1, 'flavio arce san martin', 'Flavio Arce San Martín', 2), row(1, 'san martin', 'San Martín', 2)])).toHaveLength(1);
    expect(variants([row(1, 'ministerio publico de guatemala', 'Ministerio Público de Guatemala', 2, { kind: 'organization' }), row(2, 'ministerio publico', 'Ministerio Público', 2, { kind: 'organization' })])).toHaveLength(1);
    expect(variants([row(1, 'rosario del pilar penton diaz', 'Rosario del Pilar Pentón Díaz', 2), row(1, 'penton diaz', 'Pentón Díaz', 2)])).toHaveLength(1);
    // The name after a connector names another: the university of the movement of the university.
    const movement = [row(1, 'movimiento estudiantil de la universidad nacional agraria', 'Movimiento Estudiantil de la Universidad Nacional Agraria', 1, { kind: 'organization' })];
    expect(variants([...movement, row(1, 'universidad nacional agraria', 'Universidad Nacional Agraria', 1, { kind: 'organization' })])).toHaveLength(2);
  });

  it('leaves a surname alone when two full names end with it, or when the name holds a connector', () => {
    const two = buildSuggestions([
      row(1, 'ana diaz', 'Ana Díaz', 3), row(1, 'luis diaz', 'Luis Díaz', 3), row(2, 'diaz', 'Díaz', 3),
    ]);
    expect(two.map((s) => s.canonical).sort()).toEqual(['Ana Díaz', 'Díaz', 'Luis Díaz']);
    // Both named in the article it stands alone in: it is the one named before it; of two, the one named first.
    const at = (sentences: number[]) => ({ sentences });
    const named = (first: number[], second: number[], alone: number[]) =>
      buildSuggestions([row(1, 'ana diaz', 'Ana Díaz', 1, at(first)), row(1, 'luis diaz', 'Luis Díaz', 1, at(second)), row(1, 'diaz', 'Díaz', 2, at(alone))]).map((s) => s.variants.sort());
    expect(named([0], [5], [2, 6])).toEqual(expect.arrayContaining([['Ana Díaz', 'Díaz'], ['Luis Díaz']]));
    expect(named([0], [1], [2, 6])).toEqual(expect.arrayContaining([['Ana Díaz', 'Díaz'], ['Luis Díaz']]));
    expect(named([1], [0], [2, 6])).toEqual(expect.arrayContaining([['Díaz', 'Luis Díaz'], ['Ana Díaz']]));
    // Neither named before it, or both first in one sentence: it stays apart.
    const joined = (entries: string[][]) => entries.some((v) => v.includes('Díaz') && v.length > 1);
    expect(joined(named([3], [5], [1]))).toBe(false);
    expect(joined(named([0], [0], [2]))).toBe(false);
    expect(joined(named([0], [5], [2]))).toBe(true);
    // Named in full in the very sentence it is first met alone in: that one.
    expect(named([2], [5], [2, 6])).toEqual(expect.arrayContaining([['Ana Díaz', 'Díaz'], ['Luis Díaz']]));
    // Only one of the two named in every article it stands alone in: that one, wherever it is named.
    const everywhere = buildSuggestions([
      row(1, 'ana diaz', 'Ana Díaz', 1, at([0])), row(1, 'luis diaz', 'Luis Díaz', 1, at([1])), row(1, 'diaz', 'Díaz', 2, at([2])),
      row(2, 'ana diaz', 'Ana Díaz', 1, at([6])), row(2, 'diaz', 'Díaz', 2, at([2])),
    ]).map((s) => s.variants.sort());
    expect(everywhere).toEqual(expect.arrayContaining([['Ana Díaz', 'Díaz'], ['Luis Díaz']]));
    // Named last before it in one article and not in another: it stays apart.
    const split = buildSuggestions([
      row(1, 'ana diaz', 'Ana Díaz', 1, at([0])), row(1, 'luis diaz', 'Luis Díaz', 1, at([4])), row(1, 'diaz', 'Díaz', 2, at([2])),
      row(2, 'ana diaz', 'Ana Díaz', 1, at([4])), row(2, 'luis diaz', 'Luis Díaz', 1, at([0])), row(2, 'diaz', 'Díaz', 2, at([2])),
    ]);
    expect(joined(split.map((e) => e.variants))).toBe(false);
    const connector = buildSuggestions([row(1, 'casa de nariño', 'Casa de Nariño', 3), row(2, 'nariño', 'Nariño', 3)]);
    expect(connector.map((s) => s.canonical).sort()).toEqual(['Casa de Nariño', 'Nariño']);
    // Terms and organisations never take a surname.
    const term = buildSuggestions([row(1, 'alto el fuego', 'alto el fuego', 1, { kind: 'term' }), row(2, 'alto el fuego', 'alto el fuego', 1, { kind: 'term' }), row(1, 'fuego', 'Fuego', 3)]);
    expect(term.map((s) => s.canonical).sort()).toEqual(['Fuego', 'alto el fuego']);
  });

  it('merges the spellings of one curated entry and gives its target and kind', () => {
    const [un, ...rest] = buildSuggestions([row(1, 'onu', 'ONU'), row(2, 'naciones unidas', 'Naciones Unidas')]);
    expect(rest).toEqual([]);
    expect(un).toMatchObject({ target: 'UN', kind: 'organization', curated: true, articles: [1, 2] });
    expect(un!.variants.sort()).toEqual(['Naciones Unidas', 'ONU']);
    // A name given one of its spellings, its initials, joins it when it holds another of them; a name that does not, or that the initials do not spell, stays apart.
    const given = (name: string, initials: string) => buildSuggestions([row(1, variantKey(name), name), row(1, variantKey(name), initials), row(2, 'naciones unidas', 'Naciones Unidas')]).map((s) => [...s.variants].sort());
    expect(given('Organización de las Naciones Unidas', 'ONU')).toEqual([['Naciones Unidas', 'ONU', 'Organización de las Naciones Unidas']]);
    expect(given('Organización de Naciones Independientes', 'ONU')).toHaveLength(2);
    expect(given('Parlamento de las Naciones Unidas', 'ONU')).toHaveLength(2);
    // A curated entry is suggested even once.
    expect(buildSuggestions([row(1, 'rusia', 'Rusia')])).toMatchObject([{ target: 'Russia', kind: 'place', curated: true, score: 10 + 1 + 5 }]);
  });

  it('guesses the kind: acronyms are organisations, a word after a title or a given name a person, any other word alone a place', () => {
    const kinds = (rows: OccurrenceRow[]) => buildSuggestions(rows).map((s) => [s.canonical, s.kind]);
    expect(kinds([row(1, 'osce', 'OSCE', 3)])).toEqual([['OSCE', 'organization']]);
    expect(kinds([row(1, 'zolotnia', 'Zolotnia', 4, { after_preposition: 2 })])).toEqual([['Zolotnia', 'place']]);
    // A word alone that is no one's given name is mostly a place in the news, whatever precedes it.
    expect(kinds([row(1, 'zolotnia', 'Zolotnia', 4, { after_preposition: 1 })])).toEqual([['Zolotnia', 'place']]);
    expect(kinds([row(1, 'zolotnia', 'Zolotnia', 4, { after_preposition: 3, after_title: 1 })])).toEqual([['Zolotnia', 'person']]);
    // A given name alone ("Milena", "Victor" written "Víctor") is a person's, unless prepositions say it is a place ("en Santiago").
    expect(kinds([row(1, 'milena', 'Milena', 4, { after_preposition: 1 })])).toEqual([['Milena', 'person']]);
    expect(kinds([row(1, 'victor', 'Víctor', 4)])).toEqual([['Víctor', 'person']]);
    expect(kinds([row(1, 'santiago', 'Santiago', 4, { after_preposition: 2 })])).toEqual([['Santiago', 'place']]);
    expect(kinds([row(1, 'ana diaz', 'Ana Díaz', 3)])).toEqual([['Ana Díaz', 'person']]);
    expect(kinds([row(1, 'banco central', 'Banco Central', 3, { kind: 'organization' })])).toEqual([['Banco Central', 'organization']]);
  });

  it('drops a single word seen only at the start of sentences, and a term found in one article', () => {
    expect(buildSuggestions([row(1, 'tras', 'Tras', 3, { initial: 3 })])).toEqual([]);
    expect(buildSuggestions([row(1, 'tras', 'Tras', 3, { initial: 2 })])).toHaveLength(1);
    expect(buildSuggestions([row(1, 'ana diaz', 'Ana Díaz', 3, { initial: 3 })])).toHaveLength(1);
    expect(buildSuggestions([row(1, 'ataque masivo', 'ataque masivo', 5, { kind: 'term' })])).toEqual([]);
    expect(buildSuggestions([row(1, 'ataque masivo', 'ataque masivo', 1, { kind: 'term' }), row(2, 'ataque masivo', 'ataque masivo', 1, { kind: 'term' })])).toMatchObject([
      { kind: 'term', score: 20 + 2 - 10 },
    ]);
  });

  it('ranks a phrase that recurs below the names that recur in as many articles, above the names met once', () => {
    const ranked = buildSuggestions([
      row(1, 'partidos politicos', 'partidos políticos', 2, { kind: 'term' }),
      row(2, 'partidos politicos', 'partidos políticos', 2, { kind: 'term' }),
      row(1, 'ana diaz', 'Ana Díaz', 3),
      row(1, 'codeca', 'Codeca', 1, { after_preposition: 1 }),
    ]);
    expect(ranked.map((s) => s.canonical)).toEqual(['Ana Díaz', 'partidos políticos', 'Codeca']);
  });

  it('adds the words the engine did not know, and marks the entries they belong to', () => {
    const unknown = new Map([['zolotnia', new Set([1, 2])], ['ana diaz', new Set([1])]]);
    const suggestions = buildSuggestions([row(1, 'ana diaz', 'Ana Díaz', 3)], unknown);
    expect(suggestions.map((s) => [s.canonical, s.unknownToEngine, s.count, s.articles, s.score])).toEqual([
      ['zolotnia', true, 2, [1, 2], 20 + 2 + 3],
      ['Ana Díaz', true, 3, [1], 10 + 3 + 3 + 2],
    ]);
  });

  it('orders equal scores by name', () => {
    const names = buildSuggestions([row(1, 'bea', 'Bea', 3), row(1, 'ana', 'Ana', 3)]).map((s) => s.canonical);
    expect(names).toEqual(['Ana', 'Bea']);
  });
});

describe('names in the articles of other languages', () => {
  // Names, leaving out the words met only at the start of a sentence (the suggestions leave them out too).
  const names = (sentences: string[], code: string) => extractOccurrences(sentences, language(code)).filter((o) => o.kind !== 'term' && o.initial < o.count).map((o) => o.form);
  it('reads an elided article or preposition as a word of its own (French, Italian)', () => {
    expect(names(['Les autorités du Quai d’Orsay sont sans nouvelles.', 'L’Airbus A350 s’est posé.'], 'fr')).toEqual(['Quai d’Orsay', 'Airbus A350']);
    expect(names(['Lo ha detto il portavoce dell’Unione Europea.'], 'it')).toEqual(['Unione Europea']);
  });
  it('never joins two names by "and"', () => {
    expect(names(['Piogge su Puglia e Calabria.'], 'it')).toEqual(['Puglia', 'Calabria']);
    expect(names(['The winners were Joaquin Phoenix and Renee Zellweger.'], 'en')).toEqual(['Joaquin Phoenix', 'Renee Zellweger']);
  });
  it('leaves out a German noun, known by the determiner before it, and keeps the names', () => {
    const sentences = ['Die Bahn will mehr Züge fahren lassen.', 'Das sagt Fabian Stenger, der Chef von Flixbus.', 'Nach den Plänen der Bahn wird es enger.'];
    expect(names(sentences, 'de')).toEqual(['Fabian Stenger', 'Flixbus']);
  });
  it('takes a title or an acronym off the front of a full name', () => {
    expect(names(['Про них говорить заступник міністра, начальник управління МВС Віталій Сакал.'], 'uk')).toEqual(['МВС', 'Віталій Сакал']);
  });
  it('parts a place in the genitive met alone elsewhere from the name after it (Russian, Ukrainian)', () => {
    const sentences = ['Ветеран сборной Германии Лукаш Подольски ушел.', 'Он играл за сборную Германии много лет.'];
    expect(names(sentences, 'ru')).toEqual(expect.arrayContaining(['Германии', 'Лукаш Подольски']));
    expect(names(sentences, 'ru')).not.toContain('Германии Лукаш Подольски');
  });
});
