/**
 * The evidence suggestions weigh beyond capitals: the language's dictionary (an ordinary
 * word, a name it knows, a word it does not know), the world's countries and their
 * adjectives, lists, brackets and initials. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractOccurrences } from '../../core/glossary/extract';
import { adjectiveOf, inflect } from '../../core/glossary/places';
import { buildSuggestions } from '../../core/glossary/suggest';
import { language } from '../../core/languages';
import { occurrenceRow } from '../../core/store/glossary';
import { isGivenName, replaceGivenNames } from '../../core/languages/given-names';

const es = language('es');
/** The suggestions of a library, one array of sentences per article. */
const library = (...articles: string[][]) => buildSuggestions(articles.flatMap((sentences, i) => extractOccurrences(sentences, es).map((o) => occurrenceRow(i + 1, o))));
const named = (suggestions: ReturnType<typeof library>, form: string) => suggestions.find((s) => s.variants.includes(form));

describe('countries', () => {
  it('are places whatever the sentence says, with the English name as target', () => {
    const [chile] = library(['Chile ganó la final.', 'Lo celebró todo Chile.']);
    expect(chile).toMatchObject({ canonical: 'Chile', kind: 'place', target: 'Chile', curated: true });
    expect(named(library(['Lo firmaron Alemania y Polonia.']), 'Alemania')).toMatchObject({ kind: 'place', target: 'Germany' });
  });

  it('have their adjectives, made on the name or listed, in every gender and number', () => {
    const cases: [string, string][] = [
      ['bielorrusas', 'Belarus'], ['ucraniano', 'Ukraine'], ['chilenos', 'Chile'], ['peruana', 'Peru'], ['francesas', 'France'],
      ['alemán', 'Germany'], ['canadienses', 'Canada'], ['rusos', 'Russia'], ['estadounidense', 'United States'], ['británicas', 'United Kingdom'],
    ];
    for (const [word, country] of cases) expect(adjectiveOf(word, es)?.target, word).toBe(country);
    expect(inflect('ruso', es.places!)).toEqual(['ruso', 'rusa', 'rusos', 'rusas']);
    expect(inflect('francés', es.places!)).toEqual(['francés', 'francesa', 'franceses', 'francesas']);
    expect(inflect('zulú', es.places!)).toEqual(['zulú']);
    // Four letters is enough ("rusa"); the stem is the name less its ending ("Bolivi-a", "Hondur-as").
    expect(adjectiveOf('rusa', es)?.target).toBe('Russia');
    expect(adjectiveOf('bolivianas', es)?.target).toBe('Bolivia');
    expect(adjectiveOf('hondureños', es)?.target).toBe('Honduras');
    expect(adjectiveOf('noruegos', es)?.target).toBe('Norway');
  });

  it('lend no adjective to ordinary words that look like one', () => {
    for (const word of ['franco', 'francos', 'cubo', 'pera', 'reunión', 'reuniones', 'general', 'Bielorruso', 'rus']) expect(adjectiveOf(word, es), word).toBeUndefined();
  });

  it('take their adjective with them: one entry, its forms with their English, enforced beside it', () => {
    const suggestions = library(['Bielorrusia cerró la frontera.', 'Las tropas bielorrusas llegaron.'], ['Un soldado bielorruso habló desde Bielorrusia.']);
    const belarus = named(suggestions, 'Bielorrusia')!;
    expect(belarus.adjective).toMatchObject({ key: 'bielorusia (adj.)', target: 'Belarusian', count: 2, articles: [1, 2] });
    expect([...belarus.adjective!.variants].sort()).toEqual(['bielorrusas', 'bielorruso']);
    expect(suggestions.some((s) => s.variants.includes('bielorruso') && s !== belarus)).toBe(false);
  });

  it('leave an adjective whose country the library does not name as an entry of its own', () => {
    const [ukrainian] = library(['Los soldados ucranianos resisten.']);
    expect(ukrainian).toMatchObject({ canonical: 'ucranianos', kind: 'term', target: 'Ukrainian', curated: true });
  });
});

describe('the dictionary as evidence', () => {
  it('ranks a capitalised ordinary word ("la Salud") below every name, and only when several articles write it so', () => {
    expect(named(library(['Invertir en la Salud pública.']), 'Salud')).toBeUndefined();
    const suggestions = library(['Ayer se habló de la Salud pública con Ana Pérez.'], ['La Salud pública preocupa a Ana Pérez.'], ['Llegó Tomás Ibarra.']);
    const salud = suggestions.findIndex((s) => s.canonical === 'Salud');
    expect(salud).toBe(suggestions.length - 1);
    expect(suggestions.findIndex((s) => s.canonical === 'Tomás Ibarra')).toBeLessThan(salud);
  });

  it('keeps a word it does not know, capitalised mid-sentence, as a name met once; and one it knows only as a name at the start of a sentence', () => {
    expect(named(library(['Los vecinos de la zona y Tzununá esperan agua.']), 'Tzununá')).toBeDefined();
    expect(named(library(['Los vecinos de la zona y Mesa esperan agua.']), 'Mesa')).toBeUndefined();
    expect(named(library(['Manuel Ocampo, dirigente vecinal, habló ayer.']), 'Manuel Ocampo')).toBeDefined();
    expect(named(library(['Crisis Total, dijeron los vecinos.']), 'Crisis Total')).toBeUndefined();
  });

  it('reads names led by an event or a plan as terms, and a brand as an organisation', () => {
    // A name of ordinary words led by a given name is a person's, even after a verb that opens the sentence.
    const rubio = named(library(['Lo dijo Marco Rubio.'], ['Llegó Marco Rubio.']), 'Marco Rubio');
    expect(rubio).toMatchObject({ kind: 'person', variants: ['Marco Rubio'], articles: [1, 2] });
    // An ordinary word opening the sentence is no part of the name after it.
    expect(named(library(['Llegó Tomás Ibarra.', 'Dijo Ibarra que sí.']), 'Tomás Ibarra')!.variants).toEqual(['Tomás Ibarra', 'Ibarra']);
    expect(named(library(['Se celebra el Día Mundial del Agua.'], ['El Día Mundial del Agua llega.']), 'Día Mundial del Agua')?.kind).toBe('term');
    expect(named(library(['Lo envió por FedEx.'], ['Pagó FedEx.']), 'FedEx')?.kind).toBe('organization');
    expect(named(library(['Lo envió el señor McDonald.'], ['Pagó McDonald.']), 'McDonald')?.kind).toBe('person');
  });
});

describe('the kind of a name', () => {
  it('takes a name of ordinary words that no given name leads for an institution\'s', () => {
    const suggestions = library(['Lo decidió el Poder Judicial.', 'Ayer intervino Protección Civil en la zona.'], ['El Poder Judicial calla.', 'Protección Civil llegó tarde.']);
    expect(named(suggestions, 'Poder Judicial')?.kind).toBe('organization');
    expect(named(suggestions, 'Protección Civil')?.kind).toBe('organization');
    // Rosario is a word and a given name: Rosario Murillo is a person.
    expect(named(library(['Lo dijo Rosario Murillo.'], ['Habló Rosario Murillo.']), 'Rosario Murillo')?.kind).toBe('person');
  });

  it('takes a name a noun of organisations introduces for an organisation\'s, not after a preposition, a title or a comma', () => {
    expect(named(library(['Lo informó la agencia Reuters.'], ['Según la agencia Reuters, hubo dos muertos.']), 'Reuters')?.kind).toBe('organization');
    expect(named(library(['Lo publicó la red social Zuitter.'], ['Zuitter lo borró.']), 'Zuitter')?.kind).toBe('organization');
    expect(named(library(['Lo dijo el canal de televisión Unitel.'], ['Unitel lo repitió.']), 'Unitel')?.kind).toBe('organization');
    // Three words back at most: further, the noun is of another phrase.
    expect(named(library(['Lo confirmó ayer la empresa que hoy dirige el joven Tomás Ibarra.'], ['Tomás Ibarra calló.']), 'Tomás Ibarra')?.kind).toBe('person');
    expect(named(library(['Habló el equipo de Milena Zapata.'], ['Milena Zapata calló.']), 'Milena Zapata')?.kind).toBe('person');
    expect(named(library(['Lo dijo el partido del presidente Daniel Noboa.'], ['Daniel Noboa calló.']), 'Daniel Noboa')?.kind).toBe('person');
    expect(named(library(['Lo oyó en la radio, Daniel Noboa dijo.'], ['Daniel Noboa calló.']), 'Daniel Noboa')?.kind).toBe('person');
    // Nor after a clause: the team a person leads.
    expect(named(library(['Ganó el equipo que dirige Tomás Ibarra.'], ['Tomás Ibarra calló.']), 'Tomás Ibarra')?.kind).toBe('person');
  });

  it('leaves out a verb that opens the sentence before an article and the name', () => {
    const suggestions = library(['Habló la Oficina de Derechos Humanos sobre los presos del penal.'], ['La Oficina de Derechos Humanos calló.', 'Nació del Polo Democrático Independiente.']);
    expect(named(suggestions, 'Oficina de Derechos Humanos')).toMatchObject({ kind: 'organization', articles: [1, 2] });
    expect(named(suggestions, 'Polo Democrático Independiente')).toBeDefined();
    expect(suggestions.some((s) => s.variants.some((v) => v.startsWith('Habló')))).toBe(false);
  });

  it('reads a Roman numeral as the end of a name, never as an acronym or the start of one', () => {
    const suggestions = library(['Lo aprobó el II Pleno del Comité Central.', 'Lo dijo el papa Juan Pablo II en Roma.'], ['El II Pleno del Comité Central cerró.', 'Juan Pablo II viajó.']);
    expect(named(suggestions, 'Pleno del Comité Central')).toMatchObject({ kind: 'organization', articles: [1, 2] });
    expect(named(suggestions, 'Juan Pablo II')).toMatchObject({ kind: 'person', articles: [1, 2] });
    expect(named(suggestions, 'II')).toBeUndefined();
  });

  it('parts an institution or a title from the person named after it, at a given name', () => {
    const suggestions = library(['Asistió ayer el miembro del Buró Político Roberto Morales Ojeda al acto central.'], ['El Buró Político lo aprobó.', 'Roberto Morales Ojeda habló después.']);
    expect(named(suggestions, 'Buró Político')).toMatchObject({ kind: 'organization', articles: [1, 2] });
    expect(named(suggestions, 'Roberto Morales Ojeda')).toMatchObject({ kind: 'person', articles: [1, 2] });
    // A title leads the run as an institution's word does ("Comandante de la Revolución Roberto Valdés Menéndez"; a given name the lists lack, Ramiro, is not seen).
    const valdes = library(['Asistió ayer el Comandante de la Revolución Roberto Valdés Menéndez al acto central.'], ['Roberto Valdés Menéndez habló.']);
    expect(named(valdes, 'Roberto Valdés Menéndez')).toMatchObject({ kind: 'person', articles: [1, 2] });
    // An airport named after a person is one name (no institution's word leads it), and a given name that ends a run is no person's.
    expect(named(library(['Aterrizó ayer por la tarde en el Aeropuerto Internacional Juan Santamaría de la capital.']), 'Aeropuerto Internacional Juan Santamaría')).toBeDefined();
    expect(extractOccurrences(['Asistió ayer el secretario del Comité Central Roberto al acto del partido.'], es).some((o) => o.form === 'Roberto')).toBe(false);
    // A university named after a person, and a person of two given names, are one name each.
    expect(named(library(['Ella estudia desde hace años en la Universidad Simón Bolívar de la capital.']), 'Universidad Simón Bolívar')).toBeDefined();
    expect(named(library(['Lo dijo ayer en la sede del partido el Presidente Juan Pablo Ramírez.']), 'Juan Pablo Ramírez')).toBeDefined();
  });

  it('counts no title before a name the title is not of ("el jefe del Estado", "la presidenta de la Cámara")', () => {
    const [estado] = extractOccurrences(['Lo recibió el jefe del Estado en persona ayer.'], es).filter((o) => o.form === 'Estado');
    expect(estado).toMatchObject({ afterTitle: 0 });
    const [camara] = extractOccurrences(['Lo dijo la presidenta de la Cámara Baja en persona.'], es).filter((o) => o.form === 'Cámara Baja');
    expect(camara).toMatchObject({ afterTitle: 0 });
    const [petro] = extractOccurrences(['Lo dijo el presidente colombiano Gustavo Petro en persona.'], es).filter((o) => o.form === 'Gustavo Petro');
    expect(petro).toMatchObject({ afterTitle: 1 });
  });

  it('joins no ordinary word to a name as its first name, and keeps an institution one when its last word stands alone', () => {
    const suggestions = library(['La Primera Enmienda protege la prensa.', 'Lo dice la Primera Enmienda.'], ['Primera vez que pasa, dijo.', 'La Primera Enmienda es clara.']);
    expect(named(suggestions, 'Primera Enmienda')?.variants).toEqual(['Primera Enmienda']);
    const executive = library(['Lo decidió el Poder Ejecutivo ayer.', 'El Ejecutivo lo niega.', 'Según el Ejecutivo, no.', 'Y el Ejecutivo insiste.'], ['El Poder Ejecutivo calla.']);
    expect(named(executive, 'Poder Ejecutivo')).toMatchObject({ kind: 'organization', variants: ['Poder Ejecutivo', 'Ejecutivo'] });
  });

  it("reads a name a geographic noun leads as a place, after an article or not", () => {
    const places = library(['Los ataques siguen en la Franja de Gaza.', 'La Franja de Gaza no tiene agua.'], ['Lo cruzan por el Canal de Panamá.', 'El Estrecho de Ormuz sigue cerrado.']);
    for (const name of ['Franja de Gaza', 'Canal de Panamá', 'Estrecho de Ormuz']) expect(named(places, name)?.kind, name).toBe('place');
  });

  it('joins no word of a known kind to a full name as its surname: a place stays a place', () => {
    const suggestions = library(['Llovió ayer en Las Tunas por la tarde.', 'La agencia Tunas lo contó.'], ['Las Tunas espera el agua.']);
    expect(named(suggestions, 'Las Tunas')).toMatchObject({ kind: 'place', variants: ['Las Tunas'] });
    expect(named(suggestions, 'Tunas')?.kind).toBe('organization');
  });

  it('reads a Roman numeral after an ordinary word that opens a headline as an ordinal', () => {
    const [pleno] = extractOccurrences(['Sesiona IV Pleno del Comité Central del Partido en la capital este fin de semana.'], es).filter((o) => o.kind === 'organization');
    expect(pleno?.form).toBe('Pleno del Comité Central del Partido');
    expect(extractOccurrences(['Lo recibió ayer el rey Felipe VI en la capital.'], es).map((o) => o.form)).toContain('Felipe VI');
    // A given name that is an ordinary word too ("león") is still the name the numeral ends.
    expect(extractOccurrences(['Lo recibió ayer el papa León XIV en la capital.'], es).map((o) => o.form)).toContain('León XIV');
  });

  it('keeps a phrase the articles write in lower case a term where it is capitalised too', () => {
    const suggestions = library(['Defienden los derechos humanos en el país.', 'La comisión de Derechos Humanos habló.'], ['Los derechos humanos importan.']);
    expect(named(suggestions, 'derechos humanos')?.kind).toBe('term');
  });

  it('takes a word alone for a place unless it is a given name or follows a title', () => {
    expect(named(library(['Llovió en Chontales.', 'Chontales espera.'], ['Chontales votó.']), 'Chontales')?.kind).toBe('place');
    expect(named(library(['Lo dijo Cecilia.'], ['Cecilia calló.']), 'Cecilia')?.kind).toBe('person');
  });
});

describe('one person, one term', () => {
  it('gathers two spellings of a first name in one article into one entry, even at the start of their sentences', () => {
    const lavrov = named(library(['Serguéi Lavrov habló ayer en Moscú.', 'Sergei Lavrov respondió a la prensa.']), 'Serguéi Lavrov')!;
    expect(lavrov).toMatchObject({ kind: 'person' });
    expect(lavrov.variants).toEqual(['Serguéi Lavrov', 'Sergei Lavrov']);
  });

  it('offers no fragment of a longer term ("fuego inmediato" of "alto el fuego inmediato")', () => {
    const suggestions = library(['Pidieron un alto el fuego inmediato en Gaza.', 'El alto el fuego inmediato no llegó.'], ['Sin alto el fuego inmediato no habrá paz.']);
    expect(named(suggestions, 'alto el fuego')).toBeDefined();
    expect(named(suggestions, 'fuego inmediato')).toBeUndefined();
  });
});

describe('one name written several ways', () => {
  it('gathers a long name written with other connectors or in the singular, and with the initials of what it belongs to after it', () => {
    const suggestions = library(
      ['Se reunió la Confederación Nacional del Transporte de Cargas en Valdivia.', 'Habló el presidente de la Confederación Nacional de Transporte de Carga ayer.'],
      ['La Confederación Nacional del Transporte de Carga pidió seguridad.'],
      ['Lo dijo la Sala de Reconocimiento de la Verdad ayer.', 'La Sala de Reconocimiento de Verdad de la JEP lo confirmó.'],
    );
    const cntc = named(suggestions, 'Confederación Nacional del Transporte de Cargas')!;
    expect([...cntc.variants].sort()).toEqual(['Confederación Nacional de Transporte de Carga', 'Confederación Nacional del Transporte de Carga', 'Confederación Nacional del Transporte de Cargas']);
    expect(cntc.articles).toEqual([1, 2]);
    expect(named(suggestions, 'Sala de Reconocimiento de la Verdad')?.variants).toContain('Sala de Reconocimiento de Verdad de la JEP');
    // Two words are too few to tell a variant from another name.
    expect(named(library(['Lo dijo la Corte Suprema.'], ['Lo dijo la Corte Supremas.']), 'Corte Suprema')?.variants).toEqual(['Corte Suprema']);
  });

  it('joins initials to the one name of the same article they spell, the name keeping its kind', () => {
    const suggestions = library(
      ['Lo votó el presidente Pedro Pablo Kuczynski en 2017.', 'Los fiscales acusan a PPK de mentir.'],
      ['Lo firmó el Comité Central del Partido Comunista de Cuba.', 'El CC PCC lo aprobó.'],
      ['El partido PPK ganó en la sierra sur del país.'],
    );
    expect(named(suggestions, 'Pedro Pablo Kuczynski')).toMatchObject({ kind: 'person', variants: ['Pedro Pablo Kuczynski'], articles: [1] });
    expect(named(suggestions, 'Comité Central del Partido Comunista de Cuba')?.variants).toContain('CC PCC');
    // Where an article writes them without the name, they may be another's: they stay apart.
    expect(named(suggestions, 'PPK')).toMatchObject({ kind: 'organization', variants: ['PPK'], articles: [1, 3] });
    const alone = library(['Lo votó el presidente Pedro Pablo Kuczynski en 2017.', 'Los fiscales acusan a PPK de mentir.', 'Kuczynski respondió ayer.']);
    expect(named(alone, 'Pedro Pablo Kuczynski')?.variants).toEqual(['Pedro Pablo Kuczynski', 'PPK', 'Kuczynski']);
  });

  it("reads names listed after a place noun in the plural as places, and a town so listed as no namesake's surname", () => {
    const suggestions = library(['El plan moderniza los puertos de Iquique, Mejillones y Antofagasta en el norte.'], ['Lo indicó el fiscal Omar Mejillones.', 'El fiscal Mejillones pidió la pena máxima.']);
    expect(named(suggestions, 'Omar Mejillones')?.variants).toEqual(['Omar Mejillones']);
    expect(named(suggestions, 'Antofagasta')).toMatchObject({ kind: 'place' });
    expect(named(suggestions, 'Mejillones')).toMatchObject({ kind: 'place' });
  });

  it("keeps a place met once whose word the dictionary has only as another's form, not a word of its own", () => {
    const suggestions = library(['Estuvieron detenidos en California desde marzo.', 'El partido se jugará en Orlando.', 'Habló ayer de Salud.']);
    expect(named(suggestions, 'California')).toMatchObject({ kind: 'place' });
    expect(named(suggestions, 'Orlando')).toBeDefined();
    // (A word of its own, or its plural, capitalised, is an institution's: offered when several articles write it.)
    expect(named(suggestions, 'Salud')).toBeUndefined();
    expect(named(library(['Lo dijeron las Madres ayer.'], ['Marcharon las Madres hoy.']), 'Madres')).toMatchObject({ kind: 'organization' });
    expect(named(library(['Lo dijeron las Autoridades ayer.'], ['Callaron las Autoridades hoy.']), 'Autoridades')).toMatchObject({ kind: 'organization' });
  });

  it("joins initials that spell a name's capitalised words, a leading article's among them", () => {
    const suggestions = library(['Perdió LLA en Santa Fe.', 'Hoy La Libertad Avanza es más poderosa que el PRO.']);
    expect(named(suggestions, 'LLA')?.variants).toEqual(['La Libertad Avanza', 'LLA']);
    // (Not initials with a letter the name does not write in capitals.)
    expect(named(library(['Perdió LLA en Santa Fe.', 'Hoy la Libertad Avanza es más poderosa.']), 'LLA')?.variants).toEqual(['LLA']);
  });

  it('reads a given name set in brackets before a surname as the name whole', () => {
    const suggestions = library(['“La salida es distinta a la del gobierno de (Mauricio) Macri”, dijo.', 'Cuando se fue (Sergio) Massa el dólar subió.']);
    expect(named(suggestions, 'Mauricio Macri')).toMatchObject({ kind: 'person' });
    expect(named(suggestions, 'Sergio Massa')).toBeDefined();
    // (A word in brackets that is no given name stays apart: "(PRO) Macri" is no one's name.)
    expect(named(library(['Lo firmó el partido (Cambiemos) Macri ayer.']), 'Cambiemos Macri')).toBeUndefined();
  });

  it("joins a word alone to a name it opens in another article only when it is not written where places are", () => {
    const suggestions = library(['La vicepresidenta Rosario Murillo habló.', 'Murillo calló.'], ['Ganamos en Rosario y en Santa Fe.']);
    expect(named(suggestions, 'Rosario Murillo')?.variants).toEqual(['Rosario Murillo', 'Murillo']);
    // (A given name alone, "Rosario", is as many people's as bear it: only the one's its article names.)
    expect(named(library(['La vicepresidenta Rosario Murillo habló.'], ['Lo dijo Rosario ayer.']), 'Rosario Murillo')?.variants).toEqual(['Rosario Murillo']);
    expect(named(library(['El líder Xi Jinping habló.'], ['Xi Jinping viajó.'], ['Lo dijo Jinping ayer.']), 'Xi Jinping')?.variants).toContain('Jinping');
  });

  it('reads a name that ends with initials spelt out elsewhere as the name spelt out', () => {
    const suggestions = library(
      ['Lo firmó el Comité Central del Partido Comunista de Cuba ayer.', 'Habló el Partido Comunista de Cuba (PCC) en la sesión.'],
      ['Lo discutió el Comité Central del PCC en la sesión.'],
    );
    expect(named(suggestions, 'Comité Central del Partido Comunista de Cuba')?.variants).toContain('Comité Central del PCC');
    // Initials nobody spells out stay with their own name.
    const unknown = library(['Lo firmó el Comité Central del Partido Comunista de Cuba ayer.'], ['Lo discutió el Comité Central del PRD en la sesión.']);
    expect(named(unknown, 'Comité Central del PRD')?.variants).toEqual(['Comité Central del PRD']);
  });

  it("joins an institution's first word alone to the one institution it opens, in every article it stands in", () => {
    const party = library(['Lo firmó el Partido Comunista de Cuba ayer.', 'El Partido aprobó la estrategia en la sesión.'], ['Habló el Partido Comunista de Cuba en la sesión.', 'Y el Partido lo confirmó después.']);
    expect(named(party, 'Partido Comunista de Cuba')?.variants).toContain('Partido');
    // Where another article writes it alone, it may be another's: another country's prosecutors.
    const office = library(['La Fiscalía de la Nación acusó al exministro.', 'La Fiscalía pidió doce años de prisión.'], ['La Fiscalía abrió otro caso ayer.']);
    expect(named(office, 'Fiscalía de la Nación')?.variants).toEqual(['Fiscalía de la Nación']);
    // Two institutions it opens: neither.
    const two = library(['Lo firmó el Partido Comunista de Cuba ayer.', 'Lo criticó el Partido Liberal de Cuba.', 'El Partido aprobó la estrategia.']);
    expect(named(two, 'Partido Comunista de Cuba')?.variants).toEqual(['Partido Comunista de Cuba']);
  });

  it('gives a name that stands inside several to the longest, so that a chain of them is one', () => {
    const suggestions = library(
      ['Lo firmó el Comité Central del Partido Comunista de Cuba ayer.', 'Después habló el Comité Central del Partido Comunista.', 'Y el Comité Central del Partido lo aprobó.'],
    );
    const cc = named(suggestions, 'Comité Central del Partido Comunista de Cuba')!;
    expect([...cc.variants].sort()).toEqual(['Comité Central del Partido', 'Comité Central del Partido Comunista', 'Comité Central del Partido Comunista de Cuba']);
  });

  it('gathers an institution of two words in the singular and the plural, a connector between them; not two surnames', () => {
    const suggestions = library(['Se reunió el Consejo de Ministros ayer.', 'No se transmitirán los Consejos de Ministros.', 'Lo dijo el diputado Torres Pérez.', 'Lo dijo la diputada Torre Pérez.']);
    expect(named(suggestions, 'Consejo de Ministros')?.variants).toEqual(expect.arrayContaining(['Consejos de Ministros']));
    expect(named(suggestions, 'Torres Pérez')?.variants).toEqual(['Torres Pérez']);
  });

  it("keeps a person's name apart from a thing named after them, written after an article; not from their name with a second surname", () => {
    const hall = library(['Cuando Toni Morrison ganó el premio, enseñaba allí.', 'Hoy paso frente al Toni Morrison Hall cada día.', 'Otra novela de Toni Morrison fue prohibida.']);
    expect(named(hall, 'Toni Morrison')?.variants).toEqual(['Toni Morrison']);
    expect(named(hall, 'Toni Morrison Hall')?.variants).toEqual(['Toni Morrison Hall']);
    const surnames = library(['Cuando Toni Morrison ganó el premio, enseñaba allí.', 'Hoy habló Toni Morrison Hall con la prensa.', 'Otra novela de Toni Morrison fue prohibida.']);
    expect(named(surnames, 'Toni Morrison')?.variants).toEqual(['Toni Morrison Hall', 'Toni Morrison']);
  });

  it('gives a name that opens several to the one its articles write far more often; of as many, to none', () => {
    const polo = (times: number, other: number) =>
      library(['El Polo Democrático Alternativo (PDA) se une.', ...Array<string>(times).fill('Lo dijo el Polo ayer.'), ...Array<string>(other).fill('Lo fundó el Polo Democrático Independiente.'), 'Hoy el Polo Democrático vota.']);
    expect(named(polo(3, 1), 'Polo Democrático')?.variants).toEqual(expect.arrayContaining(['Polo Democrático Alternativo', 'PDA', 'Polo Democrático']));
    // (Twice as often is far more; less is not.)
    expect(named(polo(0, 1), 'Polo Democrático')?.variants).toContain('Polo Democrático Alternativo');
    expect(named(polo(1, 2), 'Polo Democrático')?.variants).toEqual(['Polo Democrático']);
  });

  it('gives a name that opens several to the one named in every article it stands in', () => {
    const suggestions = library(
      ['La Fiscalía General de Colombia investiga.', 'Lo dijo la Fiscalía General ayer.'],
      ['La Fiscalía General de la República acusó.', 'Calló la Fiscalía General de la República.'],
    );
    expect(named(suggestions, 'Fiscalía General')?.variants).toEqual(['Fiscalía General de Colombia', 'Fiscalía General']);
    // (Named in both articles, it is neither's: the short name may be either.)
    const both = library(['La Fiscalía General de Colombia investiga.', 'Lo dijo la Fiscalía General ayer.'], ['La Fiscalía General de la República acusó.', 'Lo dijo la Fiscalía General hoy.']);
    expect(named(both, 'Fiscalía General')?.variants).toEqual(['Fiscalía General']);
  });

  it('gives part of an institution\'s name to it in other articles only when what it lacks is the country it is of, or its number', () => {
    const suggestions = library(
      ['La Policía Nacional Civil de El Salvador lo detuvo.', 'El Ministerio Público de Guatemala acusó.', 'El II Pleno del Comité Central cerró.'],
      ['La Policía Nacional patrulla Colón.', 'El Ministerio Público investiga.', 'Lo aprobó el Pleno del Comité Central.'],
    );
    expect(named(suggestions, 'Policía Nacional')?.variants).toEqual(['Policía Nacional']);
    expect(named(suggestions, 'Ministerio Público')?.variants).toEqual(expect.arrayContaining(['Ministerio Público de Guatemala']));
    expect(named(suggestions, 'Pleno del Comité Central')?.variants).toEqual(expect.arrayContaining(['II Pleno del Comité Central']));
  });

  it('joins no state word to an institution as its portfolio ("República" of "Congreso de la República")', () => {
    const suggestions = library(['El Congreso de la República votó.', 'Lo pidió el presidente de la República.', 'La República lo vio.']);
    expect(named(suggestions, 'Congreso de la República')?.variants).toEqual(['Congreso de la República']);
  });

  it("joins a place's first word alone to the one place it opens, in every article it stands in", () => {
    const suggestions = library(['El acuerdo en la Provincia de Buenos Aires no está cerrado.', 'Quieren ganar la Provincia todos juntos.'], ['La Provincia recauda más.']);
    expect(named(suggestions, 'Provincia de Buenos Aires')?.variants).toEqual(['Provincia de Buenos Aires']);
    const alone = library(['El acuerdo en la Provincia de Buenos Aires no está cerrado.', 'Quieren ganar la Provincia todos juntos.']);
    expect(named(alone, 'Provincia de Buenos Aires')?.variants).toEqual(expect.arrayContaining(['Provincia']));
  });

  it("joins a town's name to its name in full, the one such name where it stands, a place when written after 'en'", () => {
    const town = library(['Hubo tiroteos entre bandas en Jerez de la Frontera.', 'Abrió dos negocios en Jerez hace poco.']);
    expect(named(town, 'Jerez de la Frontera')).toMatchObject({ variants: expect.arrayContaining(['Jerez']), kind: 'place' });
    // (Elsewhere, where it is not named whole, it is not known to be that one.)
    const elsewhere = library(['Hubo tiroteos entre bandas en Jerez de la Frontera.', 'Abrió dos negocios en Jerez hace poco.'], ['Ganó ayer Jerez.']);
    expect(named(elsewhere, 'Jerez de la Frontera')?.variants).toEqual(['Jerez de la Frontera']);
    // (Nor a given name alone beside two people's names, one of them with "de"; nor beside two names it opens.)
    const people = library(['Lo dijeron Carlos de la Torre y Carlos Pérez.', 'Luego habló Carlos en la radio.']);
    expect(named(people, 'Carlos de la Torre')?.variants).toEqual(['Carlos de la Torre']);
    const two = library(['Viajó de Alcalá de Henares a Alcalá del Río.', 'Llegó a Alcalá ayer.']);
    expect(named(two, 'Alcalá')?.variants).toEqual(['Alcalá']);
  });

  it('leaves a short name that two long ones are given in brackets to neither, a spelling of its own', () => {
    const suggestions = library(['Lo eligió el Comité Central (CC) ayer.', 'El CC sesionó.'], ['La Corte de Constitucionalidad (CC) falló.', 'La CC lo confirmó.'], ['La Comisión de Desarrollo Campesino (Codeca) marchó.'], ['Codeca convocó otra marcha.']);
    expect(named(suggestions, 'Comité Central')).toMatchObject({ variants: ['Comité Central'], count: 1 });
    expect(named(suggestions, 'Corte de Constitucionalidad')?.variants).toEqual(['Corte de Constitucionalidad']);
    expect(named(suggestions, 'CC')?.variants).toEqual(['CC']);
    // (Given to one, it brings its other articles with it.)
    expect(named(suggestions, 'Codeca')).toMatchObject({ canonical: 'Comisión de Desarrollo Campesino', articles: [3, 4] });
  });

  it('reads initials in two groups in brackets as the short name of the part they spell', () => {
    const [occurrence] = extractOccurrences(['Lo aprobó el Pleno del Comité Central del Partido Comunista de Cuba (CC PCC) ayer.'], es).filter((o) => o.form === 'CC PCC' && o.kind);
    expect(occurrence).toMatchObject({ key: 'comite central del partido comunista de cuba', kind: 'organization' });
    const other = extractOccurrences(['Lo dijo ayer por la tarde en la capital la Unión de Naciones (UN BC) a la prensa.'], es);
    expect(other.some((o) => o.form === 'Unión de Naciones')).toBe(true);
    expect(other.some((o) => o.form === 'UN BC' && o.key === 'union de naciones')).toBe(false);
  });

  it('joins a person\'s two surnames to the full name the first of them ends, in its article; not two ordinary words', () => {
    const suggestions = library(['Lo dijo Pedro Pablo Kuczynski ayer.', 'Después habló Kuczynski Godard en Lima.']);
    expect(named(suggestions, 'Pedro Pablo Kuczynski')?.variants).toEqual(['Pedro Pablo Kuczynski', 'Kuczynski Godard']);
    const places = library(['Llovió en el Gran Magdalena ayer.', 'En el Magdalena Medio también llovió.']);
    expect(named(places, 'Magdalena Medio')?.variants).toEqual(['Magdalena Medio']);
    // A title before the full name says it is a person's, as a given name does.
    expect(named(library(['Lo dijo ayer el presidente Zolotnia Kuczynski en Lima.', 'Después habló Kuczynski Godard.']), 'Zolotnia Kuczynski')?.variants).toEqual(['Zolotnia Kuczynski', 'Kuczynski Godard']);
    // Two ordinary words after a person's surname are another name.
    expect(named(library(['Lo dijo ayer Pedro Castillo en Lima.', 'Luego visitó el Castillo Real de la ciudad.']), 'Castillo Real')?.variants).toEqual(['Castillo Real']);
    // A full name that ends with both surnames is theirs, not the one whose last word is the first.
    const two = library(['Lo eligieron a Roberto Pérez ayer por la tarde.', 'Habló después Rafael Pérez Fernández en la sesión de la provincia.', 'Después Pérez Fernández subrayó los debates.']);
    expect(named(two, 'Rafael Pérez Fernández')?.variants).toEqual(['Rafael Pérez Fernández', 'Pérez Fernández']);
    expect(named(two, 'Roberto Pérez')?.variants).toEqual(['Roberto Pérez']);
    // Two words led by a given name are a name of their own, not a surname and a second one.
    const line = library(["Saprissa: Aubrey David 30' amarilla, Ricardo Blanco 63' amarilla.", "Titulares: 8- David Guzmán (1), 34- Walter Cortés (4)."]);
    expect(named(line, 'David Guzmán')?.variants).toEqual(['David Guzmán']);
    expect(named(line, 'Aubrey David')?.variants).toEqual(['Aubrey David']);
  });

  it('reads a name with a middle initial or a foreign particle whole, and its surname alone, its particle left at the start, as theirs', () => {
    expect(named(library(['Lo dijo ayer John F. Kennedy en un discurso.', 'Luego Kennedy calló.']), 'John F. Kennedy')?.variants).toEqual(['John F. Kennedy', 'Kennedy']);
    const leyen = library(['Lo firmó ayer Ursula von der Leyen en la cumbre.', 'Von der Leyen calló después.']);
    expect(named(leyen, 'Ursula von der Leyen')?.variants).toEqual(['Ursula von der Leyen', 'Leyen']);
    expect(named(library(['Lo dijo ayer Charles de Gaulle en la radio.', 'De Gaulle calló después.']), 'Charles de Gaulle')?.variants).toEqual(['Charles de Gaulle', 'Gaulle']);
    // A surname alone after a given name of two joined by "de", the first of two surnames.
    expect(named(library(['Habló ayer María de los Ángeles Pérez en el foro.', 'Pérez calló después.']), 'María de los Ángeles Pérez')?.variants).toEqual(['María de los Ángeles Pérez', 'Pérez']);
    expect(named(library(['Habló ayer Rosa María del Pilar Gómez Ruiz en el foro.', 'Gómez calló después.']), 'Rosa María del Pilar Gómez Ruiz')?.variants).toEqual(['Rosa María del Pilar Gómez Ruiz', 'Gómez']);
    // (An institution's last word is not so: "Salud" of "Ministerio de Salud Pública" is no surname.)
    expect(named(library(['Lo dijo ayer el Ministerio de Salud Pública en la capital.', 'Después Pública calló.']), 'Ministerio de Salud Pública')?.variants ?? []).not.toContain('Pública');
    // (An initial that ends its sentence is no name's: "la calle F. Luego…".)
    expect(extractOccurrences(['Lo vio en la calle F. Luego Pedro se fue.'], es).map((o) => o.form)).not.toContain('F. Luego Pedro');
  });

  it('takes a capitalised word after a verb of saying for the speaker, a person, met once; a place stays a place', () => {
    const said = library(['«Pero aquí estamos», continuó Caballero durante el arranque del proyecto.']);
    expect(named(said, 'Caballero')).toMatchObject({ kind: 'person' });
    expect(named(library(['«No habrá acuerdo», afirmó Moscú ayer.']), 'Moscú')).toMatchObject({ kind: 'place' });
    // (Not so without the verb: an ordinary word capitalised once is no one's name.)
    expect(named(library(['«Pero aquí estamos», con el Caballero durante el arranque del proyecto.']), 'Caballero')?.kind).not.toBe('person');
  });

  it('keeps a given name and a surname apart from a longer name that ends with them after another given name', () => {
    const team = library(['Asistentes: Juan Carlos Mora y Andrés Arrieta.', 'Titulares: 17- Carlos Mora (8), 11- Alexander López (7).']);
    expect(named(team, 'Carlos Mora')?.variants).toEqual(['Carlos Mora']);
    expect(named(team, 'Juan Carlos Mora')?.variants).toEqual(['Juan Carlos Mora']);
    // (Surnames after the full name's given name are still its own: "Morales Ojeda" of "Roberto Morales Ojeda".)
    expect(named(library(['Habló Roberto Morales Ojeda ayer.', 'Luego Morales Ojeda calló.']), 'Roberto Morales Ojeda')?.variants).toEqual(['Roberto Morales Ojeda', 'Morales Ojeda']);
  });

  it('reads the names of a line of data: after a field\'s label of ordinary words, and after a list\'s number glued to them', () => {
    const forms = (sentences: string[]) => extractOccurrences(sentences, es).filter((o) => o.kind !== 'term').map((o) => o.form);
    expect(forms(['Asistentes: Carlos Fernández y Jeriel Valverde'])).toEqual(['Carlos Fernández', 'Jeriel Valverde']);
    expect(forms(['Cuarto Arbitro: Cristian Rodríguez'])).toEqual(['Cristian Rodríguez']);
    // (A field's label with a name in it keeps it: "Unafut".)
    expect(forms(['Comisario Unafut: Fabricio Chávez llegó tarde a la cita.'])).toEqual(['Unafut', 'Fabricio Chávez']);
    expect(forms(['2-Sporting FC: 1-Adonis Pineda (6.5), 28-Joaquín Aguirre (7).'])).toEqual(['Sporting FC', 'Adonis Pineda', 'Joaquín Aguirre']);
    expect(forms(['Titulares: 1-Mourinho (6), 2-Ancelotti (7) y 3-Guardiola (5).'])).toEqual(['Mourinho', 'Ancelotti', 'Guardiola']);
    // (A name as the label is no field's: a speaker, kept.)
    expect(forms(['Boluarte: hemos dado un paso firme.'])).toContain('Boluarte');
  });

  it("joins a given name and a surname to the one full name they stand inside, in its article; not an institution's words", () => {
    const suggestions = library(['Lo dijo Humberto Camilo Hernández Suárez en la sesión.', 'Ayer el jefe Camilo Hernández volvió a hablar.']);
    expect(named(suggestions, 'Humberto Camilo Hernández Suárez')?.variants).toEqual(['Humberto Camilo Hernández Suárez', 'Camilo Hernández']);
    expect(named(library(['Lo dijo Humberto Camilo Hernández Suárez ayer.'], ['Lo dijo Camilo Hernández en Lima.']), 'Camilo Hernández')?.variants).toEqual(['Camilo Hernández']);
    const institution = library(['Lo aprobó el Consejo Nacional de Salud Pública del Estado ayer.', 'Lo pidió la Salud Pública en la sesión.']);
    expect(named(institution, 'Salud Pública')?.variants).toEqual(['Salud Pública']);
  });

  it("joins the first of a person's two surnames to their full name, in its article", () => {
    const suggestions = library(['Para la arquitecta Carolina Porcell Méndez, las oficinas cambian.', 'Según Porcell, se incluyen las áreas de descanso.']);
    expect(named(suggestions, 'Carolina Porcell Méndez')?.variants).toEqual(['Carolina Porcell Méndez', 'Porcell']);
    const elsewhere = library(['Para la arquitecta Carolina Porcell Méndez, las oficinas cambian.'], ['Según Porcell, se incluyen las áreas de descanso.']);
    expect(named(elsewhere, 'Carolina Porcell Méndez')?.variants).toEqual(['Carolina Porcell Méndez']);
  });

  it("joins a person's first given name and first surname to their full name of two surnames, in its article", () => {
    const article = ['El general Henry Yesid Bello Cubides habló ayer.', 'Según el general Henry Bello, hay diez detenidos.'];
    expect(named(library(article), 'Henry Yesid Bello Cubides')?.variants).toEqual(['Henry Yesid Bello Cubides', 'Henry Bello']);
    expect(named(library([article[0]!], [article[1]!]), 'Henry Bello')?.variants).toEqual(['Henry Bello']);
    // (Not another given name before the surname, nor a name that no given name opens.)
    expect(named(library(['El Partido Socialista Obrero Español ganó.', 'El Partido Obrero perdió.']), 'Partido Obrero')?.variants).toEqual(['Partido Obrero']);
    expect(named(library(['El general Henry Yesid Bello Cubides habló ayer.', 'Según Carlos Bello, hay diez.']), 'Carlos Bello')?.variants).toEqual(['Carlos Bello']);
  });

  it("cuts a country's name off a person's name it runs after, a page's section glued to its title", () => {
    const suggestions = library(['Ursula von der Leyen Rusia usó la moción para agitar la UE.', 'Lo dijo Von der Leyen en Bruselas.']);
    expect(named(suggestions, 'Ursula von der Leyen')?.variants).toEqual(['Ursula von der Leyen', 'Von der Leyen']);
    expect(named(suggestions, 'Rusia')).toMatchObject({ kind: 'place', target: 'Russia' });
    // (Not after a connector, nor a name of two words: a surname may be a country's name.)
    expect(named(library(['Lo recibió Juan Carlos de España ayer.']), 'Juan Carlos de España')).toBeDefined();
    expect(named(library(['Lo dijo Marta Colombia ayer.']), 'Marta Colombia')).toBeDefined();
  });

  it("joins a word written where places stand to a name it ends only if that is a person's or a place's", () => {
    const club = library(['El Real Madrid ganó la liga.', 'Quiere llevar el título a Madrid y seguir.']);
    expect(named(club, 'Real Madrid')?.variants).toEqual(['Real Madrid']);
    expect(named(club, 'Madrid')?.variants).toEqual(['Madrid']);
    const person = library(['Lo dijo José Adolfo Macías en Nueva York.', 'La acusación contra Macías sigue.']);
    expect(named(person, 'José Adolfo Macías')?.variants).toEqual(['José Adolfo Macías', 'Macías']);
    const place = library(['Los vecinos de Paso Centurión, en Cerro Largo y en Paso Centurión, protestan.', 'Llegaron a Centurión ayer.']);
    expect(named(place, 'Paso Centurión')?.variants).toEqual(['Paso Centurión', 'Centurión']);
  });

  it('joins the first of two surnames to the full name of its article before the names it ends in other articles', () => {
    const here = ['La justicia aprobó la extradición de José Adolfo Macías Villamar ayer.', 'Adolfo Macías Villamar será el primero.', 'Según Macías, no hubo acuerdo.'];
    const elsewhere = ['Lo dijo José Adolfo Macías en Nueva York.', 'Luego habló José Macías otra vez.'];
    const suggestions = library(here, elsewhere);
    expect(named(suggestions, 'José Adolfo Macías Villamar')?.variants).toEqual(['José Adolfo Macías Villamar', 'Adolfo Macías Villamar', 'Macías']);
    expect(named(suggestions, 'José Adolfo Macías')?.variants).not.toContain('Macías');
    // (Named in full where it stands too, the surname is that name's.)
    const both = library(here, [...elsewhere, 'Según Macías, no.']);
    expect(named(both, 'Macías')?.variants).not.toContain('José Adolfo Macías Villamar');
    // (Nor where a name that ends with it stands in the same article: the surname is that one's.)
    const two = library(['Habló Juan Pérez García en la sesión.', 'Luego Ana Pérez respondió.', 'Según Pérez, no hubo acuerdo.']);
    expect(named(two, 'Juan Pérez García')?.variants).toEqual(['Juan Pérez García']);
  });

  it("joins a word inside a person's name, the name they go by, to their full name, in its article", () => {
    const lula = ['El presidente brasileño, Luiz Inácio Lula da Silva, respondió ayer.', 'Según Lula, la medida es arbitraria.'];
    expect(named(library(lula), 'Luiz Inácio Lula da Silva')?.variants).toEqual(['Luiz Inácio Lula da Silva', 'Lula']);
    // (Not in another article: another Lula.)
    expect(named(library([lula[0]!], [lula[1]!]), 'Luiz Inácio Lula da Silva')?.variants).toEqual(['Luiz Inácio Lula da Silva']);
    // (Nor a word inside a name that is no person's: no given name leads it, no title stands before it.)
    expect(named(library(['Lo aprobó la Junta Nacional Electoral del Perú.', 'Según la Nacional, no.']), 'Junta Nacional Electoral')?.variants ?? []).not.toContain('Nacional');
  });

  it('keeps a word in single quotes apart from the name beside it, as in double quotes', () => {
    const forms = extractOccurrences(['Lo dijo el técnico Gerardo el ‘Tata’ Martino, y las ‘Chivas’ del Guadalajara aportan tres.'], es).map((o) => o.form);
    // (The nickname between the given name and the surname is apart from both, and the name whole.)
    expect(forms).toEqual(expect.arrayContaining(['Tata', 'Gerardo Martino', 'Chivas', 'Guadalajara']));
    expect(forms.some((f) => /[’']/.test(f))).toBe(false);
    // The quote opened before the article: its close after the nickname is still a quote's.
    const straight = extractOccurrences(["Lo dijo el técnico Gerardo 'el Tata' Martino, y luego los Jones' Boys en Madrid."], es).map((o) => o.form);
    expect(straight).toEqual(expect.arrayContaining(['Tata', 'Martino', "Jones' Boys"]));
    expect(straight).not.toContain("Tata' Martino");
    // (A quote mark inside a word opens nothing: "O'Donnell" leaves the next apostrophe a word's.)
    expect(extractOccurrences(["Lo dijo O'Donnell, y tocaron los Jones' Boys."], es).map((o) => o.form)).toContain("Jones' Boys");
    // (An apostrophe no quote opened is the word's: "los Jones’ Boys".)
    expect(extractOccurrences(['Tocaron ayer los Jones’ Boys en Madrid.'], es).map((o) => o.form)).toContain('Jones’ Boys');
    // (An apostrophe inside a name is the name's.)
    expect(extractOccurrences(['Lo dijo ayer Daniel O’Donnell en Dublín.'], es).map((o) => o.form)).toContain('Daniel O’Donnell');
  });

  it('reads the first word of a quote opened after a colon as a sentence opens', () => {
    const quoted = library(['Al respecto, señaló: “Tenemos el apoyo de las forestales”.'], ['Lo resumió así: «Tenemos muchas dudas», dijo.']);
    expect(named(quoted, 'Tenemos')).toBeUndefined();
  });

  it('makes a name with initials among its words an organisation, a Roman numeral aside, and a capitalised ordinary word alone an institution', () => {
    expect(named(library(['Como no se trata de Fecha FIFA, no pudo llamarlos.']), 'Fecha FIFA')).toMatchObject({ kind: 'organization' });
    expect(named(library(['Lo canonizó ayer Juan Pablo II en Roma.']), 'Juan Pablo II')).toMatchObject({ kind: 'person' });
    expect(named(library(['Lo dijo el ministro de Ambiente ayer.'], ['Habló la subsecretaria de Ambiente en la sesión.']), 'Ambiente')).toMatchObject({ kind: 'organization' });
    // A company's legal form ends its name, in whatever language it is written.
    expect(named(library(['Lo compró Rich Sparkle Holdings en abril.']), 'Rich Sparkle Holdings')).toMatchObject({ kind: 'organization' });
    expect(named(library(['Lo vendió ayer Step Distinctive Limited en Hong Kong.']), 'Step Distinctive Limited')).toMatchObject({ kind: 'organization' });
  });

  it('keeps a given name that opens the sentence in the name, ordinary word as it may be', () => {
    expect(named(library(['Rodrigo Castañeda, representante de la FAO, considera que hay una oportunidad.']), 'Rodrigo Castañeda')).toMatchObject({ kind: 'person' });
    expect(named(library(['Llegó Tomás Ibarra a la sesión.']), 'Tomás Ibarra')).toBeDefined();
  });
});

describe('names beside names', () => {
  it('reads names listed beside a known place as places', () => {
    const suggestions = library(['Hubo cortes en La Habana, Artemisa y Boyeros.']);
    expect(named(suggestions, 'Artemisa')).toMatchObject({ kind: 'place' });
    expect(named(suggestions, 'Boyeros')).toMatchObject({ kind: 'place' });
    expect(named(library(['Hubo cortes en Salud, Educación y Vivienda.']), 'Educación')).toBeUndefined();
    // The list's preposition and article said again, and a stretch from one place to another.
    const again = library(['Sucedió en la Sierra Nevada de Santa Marta, en Buenaventura y el Pacífico Medio.', 'Se votará desde Arica a Punta Arenas.']);
    expect(['Buenaventura', 'Pacífico Medio', 'Arica'].map((n) => named(again, n)?.kind)).toEqual(['place', 'place', 'place']);
    expect(named(library(['Lo dijo en Salud, en Educación y en Vivienda.']), 'Educación')).toBeUndefined();
    // (Not a clause after a comma: "en La Habana, según Zolotnia Kuczynski"; "e" before a vowel is "y".)
    expect(named(library(['Llovió en La Habana, según Zolotnia Kuczynski.']), 'Zolotnia Kuczynski')).toMatchObject({ kind: 'person' });
    expect(named(library(['Llegaron desde Chile e Zolotnia Kuczynski ayer.']), 'Zolotnia Kuczynski')).toMatchObject({ kind: 'place' });
    // (Or a conjunction: "desde Zolotnia o desde Chile".)
    expect(named(library(['Llegaron ayer desde Zolotnia Kuczynski o desde Chile.']), 'Zolotnia Kuczynski')).toMatchObject({ kind: 'place' });
    // A preposition alone between two names lists nothing: "firmó Zolotnia Kuczynski en Chile".
    expect(named(library(['Lo firmó ayer Zolotnia Kuczynski en Chile.']), 'Zolotnia Kuczynski')).toMatchObject({ kind: 'person' });
  });

  it("reads a person's name after a place's as a name of its own, led by a given name", () => {
    const suggestions = library(['Se reunieron en la Plaza de la Revolución José Martí ayer.']);
    expect(named(suggestions, 'Plaza de la Revolución')).toMatchObject({ kind: 'place' });
    expect(named(suggestions, 'José Martí')).toMatchObject({ kind: 'person' });
    // (A saint's name is the place's: no given name follows a word that is not one.)
    expect(named(library(['Llegaron a Santa Cruz de la Sierra ayer.']), 'Santa Cruz de la Sierra')).toBeDefined();
  });

  it('reads a place noun and its number as the name of a place', () => {
    expect(named(library(['La incursión militar en la Comuna 13 de Medellín fue brutal.']), 'Comuna 13')).toMatchObject({ kind: 'place' });
    // (Not any capitalised word and a figure: "el Barcelona 3 a 1"; nor a figure after a comma,
    // a code of five digits, or a number after a longer name.)
    const formsOf = (sentence: string) => extractOccurrences([sentence], es).map((o) => o.form);
    expect(formsOf('Ganó el Barcelona 3 a 1.')).not.toContain('Barcelona 3');
    expect(formsOf('En la Comuna, 13 familias perdieron su casa.').some((f) => f.includes('13'))).toBe(false);
    expect(formsOf('Vive en la Comuna 20220 de la ciudad.').some((f) => f.includes('2022'))).toBe(false);
    expect(formsOf('Vive en la Comuna Norte 13 de la ciudad.').some((f) => f.includes('13'))).toBe(false);
  });

  it('finds the place an organisation is of, when it is no ordinary word or a capitalised article opens it', () => {
    expect(named(library(['Lo dijo la Policía Fronteriza de Tarija.']), 'Tarija')).toMatchObject({ kind: 'place' });
    expect(named(library(['Lo dijo el Ministerio de Defensa.']), 'Defensa')).toBeUndefined();
    expect(named(library(['Lo fijó el Tribunal Primero de Sentencia Anticorrupción de La Paz ayer.']), 'La Paz')).toMatchObject({ kind: 'place' });
    expect(named(library(['Lo dijo el Ministerio de la Paz ayer.']), 'Paz')).toBeUndefined();
  });

  it('reads a name after a place noun and "de" as a place, met once and an ordinary word as it may be', () => {
    const suggestions = library(['Habló la primera secretaria del Partido en la provincia de Matanzas ayer.']);
    expect(named(suggestions, 'Matanzas')).toMatchObject({ kind: 'place' });
    expect(named(library(['Lo dijo en la ciudad de Buenaventura.']), 'Buenaventura')).toMatchObject({ kind: 'place' });
    // Not after another noun, not after a capitalised one, not an organisation's name.
    expect(named(library(['Hubo matanzas en la zona de Matanzas ayer.']), 'Matanzas')).toBeUndefined();
    expect(named(library(['Lo dijo en la ciudad de Ministerio de Cultura ayer.']), 'Ministerio de Cultura')).toMatchObject({ kind: 'organization' });
  });

  it('takes a title and its connector off an institution\'s name, and makes no term of a title', () => {
    const suggestions = library(['Habló la Rectora de la Escuela Superior del Partido ayer.', 'Lo dijo el Presidente de la República en la sesión.']);
    expect(named(suggestions, 'Escuela Superior del Partido')).toMatchObject({ kind: 'organization' });
    expect(suggestions.some((s) => s.variants.some((v) => /^(Rectora|Presidente)/.test(v)))).toBe(false);
    // A portfolio after the title and a bare "de" goes with it; after an article it is the institution's name.
    const portfolio = library(['Lo dijo el Secretario de Organización del Comité Central del Partido ayer.', 'Habló el jefe de la Dirección de Cuadros del Estado en la sesión.']);
    expect(named(portfolio, 'Comité Central del Partido')?.variants).toEqual(['Comité Central del Partido']);
    expect(named(portfolio, 'Dirección de Cuadros del Estado')).toBeDefined();
    // A title before a name stays off it as before; a title alone is no term.
    expect(named(library(['Lo dijo el Papa Francisco ayer.']), 'Papa Francisco')).toBeDefined();
    const terms = library(['Lo dijo el primer ministro en la crisis alimentaria.'], ['Lo dijo el primer ministro ante la crisis alimentaria.']);
    expect(terms.map((t) => t.canonical)).toEqual(['crisis alimentaria']);
  });

  it('joins a short name given in brackets to the long one, and its other mentions with it', () => {
    const suggestions = library(['El Comité de Desarrollo Campesino (Codeca) marchó.', 'Codeca pidió diálogo.'], ['Codeca volvió a marchar.']);
    const codeca = named(suggestions, 'Comité de Desarrollo Campesino')!;
    expect(codeca.variants).toContain('Codeca');
    expect(codeca).toMatchObject({ kind: 'organization', articles: [1, 2] });
    expect(named(library(['Habló Ana Ruiz (Madrid) ayer.']), 'Ana Ruiz')!.variants).not.toContain('Madrid');
    // Initials of the name's last part, after a connector, name that part: a name of its own.
    const student = library(['Ayer marchó el Movimiento Estudiantil de la Universidad Nacional Agraria (UNA) en la capital.', 'La UNA cerró.']);
    expect(named(student, 'Universidad Nacional Agraria')).toMatchObject({ variants: expect.arrayContaining(['UNA']), kind: 'organization' });
    expect(named(student, 'Movimiento Estudiantil de la Universidad Nacional Agraria')!.variants).toEqual(['Movimiento Estudiantil de la Universidad Nacional Agraria']);
    expect(named(library(['Ayer habló la Junta de la Empresa de Agua Potable (EAP) en la sede.']), 'Empresa de Agua Potable')!.variants).toContain('EAP');
    expect(named(library(['Habló Ana Ruiz (Kolo) ayer.']), 'Ana Ruiz')!.variants).not.toContain('Kolo');
    // Initials of the whole, or of no part, are the whole's.
    expect(named(library(['Ayer habló la Oficina de Control de Armas (OCA) en la capital.']), 'Oficina de Control de Armas')!.variants).toContain('OCA');
    expect(named(library(['Ayer habló la Oficina de Control de Armas (OFICA) en la capital.']), 'Oficina de Control de Armas')!.variants).toContain('OFICA');
  });

  it('joins an acronym to the one organisation whose initials it spells in the article; two letters are too few', () => {
    const suggestions = library(['La Comisión Nacional Electoral abrió las urnas.', 'Según la CNE, votó el 60 %.']);
    expect(named(suggestions, 'Comisión Nacional Electoral')!.variants).toContain('CNE');
    expect(named(library(['Pedro Sánchez habló.', 'El PS votó.'], ['El PS se abstuvo.']), 'Pedro Sánchez')!.variants).not.toContain('PS');
  });

  it('joins a short name to the longer one by any of its spellings, one of them misspelt', () => {
    const police = library(['La Policía Metropolitana de Bucaramanga abrió una investigación.', 'La Policía de Bucaramanaga detuvo a dos hombres.', 'Según la Policía de Bucaramanaga, hubo disparos.', 'La Policía de Bucaramanga lo confirmó.']);
    expect([...named(police, 'Policía Metropolitana de Bucaramanga')!.variants].sort()).toEqual(['Policía Metropolitana de Bucaramanga', 'Policía de Bucaramanaga', 'Policía de Bucaramanga']);
  });

  it('joins a name with a middle name left out to the full one, and a surname to the one full name of the articles it stands in', () => {
    expect(named(library(['Nancy Paola Rodas habló.', 'Nancy Rodas volvió a hablar.']), 'Nancy Paola Rodas')!.variants).toContain('Nancy Rodas');
    const suggestions = library(['Lo contó Ana Vergara.', 'Lo dijo Vergara.'], ['No vino Luis Vergara.']);
    expect(named(suggestions, 'Ana Vergara')!.variants).toContain('Vergara');
    expect(named(suggestions, 'Luis Vergara')!.variants).not.toContain('Vergara');
    // (Named in none of its articles, the surname is the one name's a given name leads: not a section's name run into a title's.)
    const trump = library(['Lo dijo Donald Trump ayer.'], ['Estados Unidos Trump desclasifica miles de documentos del FBI'], ['Según Trump, no.', 'Y Trump calló.'], ['Donald Trump viajó.']);
    expect(named(trump, 'Donald Trump')!.variants).toContain('Trump');
    // (Two names a given name leads: neither's.)
    const two = library(['Lo dijo Donald Trump ayer.'], ['Lo dijo Melania Trump ayer.'], ['Según Trump, no.', 'Y Trump calló.']);
    expect(named(two, 'Trump')!.variants).toEqual(['Trump']);
    // (One named in its article is that one's, whoever else the library names: "Convergencia Social Diego Ibáñez" there.)
    const diego = library(['Lo dijo Amelia Ibáñez ayer.'], ['La diputada de Convergencia Social Diego Ibáñez habló.', 'Según Ibáñez, no.']);
    expect(named(diego, 'Amelia Ibáñez')!.variants).toEqual(['Amelia Ibáñez']);
  });
});

describe('the article before a name', () => {
  it('makes a name of several words an institution, not a person, when it mostly stands after one', () => {
    const suggestions = library(
      ['La Guardia Costera rescató a doce pescadores.', 'Según la Guardia Costera, el mar seguía agitado.'],
      ['Los pescadores agradecieron a la Guardia Costera su rapidez.'],
    );
    expect(named(suggestions, 'Guardia Costera')).toMatchObject({ kind: 'organization' });
  });

  it('leaves a person a person: a name without an article, or one after a title', () => {
    const suggestions = library(
      ['Marco Rubio llegó a Quito el lunes.', 'El senador Marco Rubio habló con la prensa.'],
      ['Ayer Marco Rubio volvió a Washington.'],
      ['Lo dijo el presidente Daniel Noboa.', 'Daniel Noboa respondió por la tarde.'],
    );
    expect(named(suggestions, 'Marco Rubio')).toMatchObject({ kind: 'person' });
    expect(named(suggestions, 'Daniel Noboa')).toMatchObject({ kind: 'person' });
  });

  it('is counted where extraction meets it, and a single word keeps its other evidence', () => {
    const [occurrence] = extractOccurrences(['Lo aprobó la Mesa Directiva.'], es).filter((o) => o.form === 'Mesa Directiva');
    expect(occurrence).toMatchObject({ afterArticle: 1, afterPreposition: 0 });
    expect(occurrenceRow(1, occurrence!).after_article).toBe(1);
    // One word after an article is not judged by it ("la canciller Merkel", "la Merkel" is a person).
    expect(named(library(['Habló la canciller Merkel.', 'La Merkel insistió.'], ['Merkel viajó a París.']), 'Merkel')).toMatchObject({ kind: 'person' });
  });
});

describe('a word alone that may be part of a longer name', () => {
  it("is the person's in the articles that name them, and the place's where it is written after 'en'", () => {
    const suggestions = library(
      ['El ministro de Salud, Luis Francisco Sucre, presentó el plan.', 'Sucre dijo que las vacunas llegarán en marzo.'],
      ['Las lluvias dejaron daños en Sucre y en Potosí.', 'En Sucre cerraron las escuelas.'],
    );
    expect(named(suggestions, 'Luis Francisco Sucre')?.articles).toEqual([1]);
    expect(named(suggestions, 'Luis Francisco Sucre')?.variants).not.toContain('Sucre');
    expect(named(suggestions, 'Sucre')?.variants).toEqual(['Sucre']);
    // Written alone in other articles, but not where places are, the surname is still the person's ("Zelenski"),
    // one the library names in full in several articles; named so in one article only, another's ("Cano").
    const person = library(['El presidente Gabriel Boric habló.'], ['Boric firmó el decreto.', 'La ley de Boric sigue.'], ['Gabriel Boric viajó.']);
    expect(named(person, 'Gabriel Boric')?.variants).toContain('Boric');
    const other = library(['El arquero Esteban Cano atajó.'], ['Cano firmó el decreto.', 'La ley de Cano sigue.']);
    expect(named(other, 'Esteban Cano')?.variants).toEqual(['Esteban Cano']);
    // (Unless an article writes both.)
    const both = library(['El arquero Esteban Cano atajó.'], ['Cano firmó el decreto.', 'La ley de Cano sigue.'], ['Lo dijo Esteban Cano.', 'Cano calló.']);
    expect(named(both, 'Esteban Cano')?.variants).toContain('Cano');
  });

  it("joins a place's name alone to the name with its noun, in the article that writes both", () => {
    const suggestions = library(['El barco cruzó el Océano Atlántico hasta Brasil.', 'La ruta une el Atlántico con Europa.']);
    expect(named(suggestions, 'Océano Atlántico')).toMatchObject({ kind: 'place', variants: ['Océano Atlántico', 'Atlántico'] });
    // (Not a given name: "Carlos" of "San Carlos" is someone.)
    const saint = library(['El equipo de San Carlos ganó.', 'Carlos marcó dos goles.']);
    expect(named(saint, 'San Carlos')?.variants).toEqual(['San Carlos']);
    // (Nor a word after a title, nor a word of an institution's name that a place's noun opens.)
    expect(named(library(['La marcha llegó a la Plaza Bolívar al mediodía.', 'Lo anunció ayer el ministro Bolívar en la radio.']), 'Plaza Bolívar')?.variants).toEqual(['Plaza Bolívar']);
    expect(named(library(['Lo financia la fundación Puerto Madero desde 2010.', 'Ayer Madero respondió a la prensa.']), 'Puerto Madero')?.variants).toEqual(['Puerto Madero']);
  });

  it("offers a term's name met once, and joins its part to it; not a phrase met once", () => {
    const suggestions = library(['El país ratificó el Estatuto de Roma en 2002.', 'El Premio Nobel de Literatura fue para ella.', 'Años después recibió el Premio Nobel en la ciudad sueca.', 'Pidieron un alto el fuego inmediato.']);
    expect(named(suggestions, 'Estatuto de Roma')).toMatchObject({ kind: 'term' });
    expect(named(suggestions, 'Premio Nobel de Literatura')?.variants).toEqual(['Premio Nobel de Literatura', 'Premio Nobel']);
    expect(named(suggestions, 'alto el fuego inmediato')).toBeUndefined();
  });

  it('is a person alone where several people named in full bear it as their surname, and not where it is written as a place', () => {
    const people = ['La diputada Mayín Correa advirtió del riesgo.', 'Lo organizó Francisco Correa en Madrid.'];
    expect(named(library([people[0]!], [people[1]!], ['El juez investigó ayer a Correa por el pago.']), 'Correa')).toMatchObject({ kind: 'person', variants: ['Correa'] });
    expect(named(library([people[0]!], [people[1]!], ['Las lluvias siguen en Correa y en Toledo.']), 'Correa')).toMatchObject({ kind: 'place' });
  });

  it("is no meeting's by its number: 'Pleno' of other articles is not the 'IV Pleno'", () => {
    const suggestions = library(['El IV Pleno eligió además a dos miembros.', 'Concluyó su IV Pleno el proceso.'], ['Lo discutió ayer el Pleno.', 'El Pleno votó.'], ['Lo aprobó el Pleno tras el debate.']);
    expect(named(suggestions, 'IV Pleno')?.variants).toEqual(['IV Pleno']);
  });

  it('is offered met once when the dictionary lists it as a name, unless it is part of a longer name', () => {
    expect(named(library(['La medida la aprobó Navarra tras el debate.']), 'Navarra')).toBeDefined();
    const suggestions = library(['El presidente Pedro Sánchez llegó.'], ['La vicepresidenta Teresa Sánchez habló.'], ['Lo anunció ayer Sánchez.']);
    expect(named(suggestions, 'Sánchez')).toBeUndefined();
    // (Nor a given name of someone named in full: which Carlos is for the reader to tell.)
    expect(named(library(['El presidente Juan Carlos Rivera habló.'], ['Lo dijo ayer Carlos en la radio.']), 'Carlos')).toBeUndefined();
  });
});

describe('given names', () => {
  it('are read from the lists whatever their accents and case, and can be replaced to measure what they are worth', () => {
    expect(isGivenName('Víctor')).toBe(true);
    expect(isGivenName('MARCO')).toBe(true);
    expect(isGivenName('Zolotnia')).toBe(false);
    replaceGivenNames(['Zolótnia']);
    try {
      expect(isGivenName('zolotnia')).toBe(true);
      expect(isGivenName('Marco')).toBe(false);
    } finally {
      replaceGivenNames();
    }
    expect(isGivenName('Marco')).toBe(true);
  });
});

describe('the edges of the rules that read a name', () => {
  it.each(['Holdings', 'Holding', 'Limited', 'Ltd', 'Inc', 'Corp', 'Corporation', 'LLC', 'PLC', 'GmbH', 'SpA', 'SAS', 'SARL', 'Group'])('makes a name ended by the legal form %s a company', (form) => {
    expect(named(library([`Lo compró Zolotnia Kuczynski ${form} en abril.`]), `Zolotnia Kuczynski ${form}`)).toMatchObject({ kind: 'organization' });
  });

  it('leaves a legal form alone, a name with a Roman numeral, and a given name listed with places, no company and no place', () => {
    expect(named(library(['Lo compró Holdings en abril.']), 'Holdings')?.kind).not.toBe('organization');
    expect(named(library(['Lo dijo ayer Zolotnia Kuczynski III en la reunión.']), 'Zolotnia Kuczynski III')).toMatchObject({ kind: 'person' });
    expect(named(library(['Llegaron desde Chile y Carolina Porcell ayer.']), 'Carolina Porcell')).toMatchObject({ kind: 'person' });
  });

  it('takes a portfolio of one word after a title, not of two, and only before another name', () => {
    expect(named(library(['Lo dijo el Secretario de Organización Política del Comité Central ayer.']), 'Organización Política del Comité Central')).toBeDefined();
    expect(named(library(['Lo dijo el Secretario de Organización del Partido ayer.']), 'Organización del Partido')).toBeUndefined();
  });

  it('finds a person inside a name only where an institution or a place leads it', () => {
    expect(named(library(['Lo anunció ayer la empresa Zolotnia Kuczynski Carolina Partners en Lima.']), 'Zolotnia Kuczynski Carolina Partners')?.variants).toEqual(['Zolotnia Kuczynski Carolina Partners']);
  });

  it('opens a sentence at a quote after a colon with no space, and at two marks', () => {
    const opening = (sentence: string) => extractOccurrences([sentence], es).find((o) => o.form === 'Tenemos')?.initial;
    expect(opening('Lo resumió así:“Tenemos muchas dudas”, dijo.')).toBe(1);
    expect(opening('Lo resumió así: «¡Tenemos muchas dudas!», dijo.')).toBe(1);
    expect(opening('Lo resumió así: « Tenemos muchas dudas », dijo.')).toBe(1);
    // (A quote after a word opens no sentence.)
    expect(opening('Lo llamó “Tenemos” en su discurso.')).toBe(0);
  });

  it('joins an institution’s first word alone to none of two it opens', () => {
    const two = library(['El Partido Comunista de Cuba y el Partido Verde Ecologista firmaron.', 'El Partido dijo que sí.']);
    expect(named(two, 'Partido Comunista de Cuba')?.variants).toEqual(['Partido Comunista de Cuba']);
    expect(named(two, 'Partido Verde Ecologista')?.variants).toEqual(['Partido Verde Ecologista']);
  });

  it('joins the first of two surnames only where a given name leads the full name', () => {
    replaceGivenNames(['Carolina']);
    try {
      const suggestions = library(['Para la arquitecta Zuriñe Porcell Méndez, las oficinas cambian.', 'Según Porcell, se incluyen las áreas de descanso.']);
      expect(named(suggestions, 'Zuriñe Porcell Méndez')?.variants).toEqual(['Zuriñe Porcell Méndez']);
    } finally {
      replaceGivenNames();
    }
  });

  it('makes a state’s formal name a spelling of its short one, a place, in any article', () => {
    const states = library(
      ['El conflicto con la República de Turquía se cobró miles de vidas.', 'La República Popular China firmó con el Reino de los Países Bajos.'],
      ['Turquía y China lo negaron, y los Países Bajos callaron.', 'La República Dominicana no firmó.'],
    );
    expect(named(states, 'Turquía')).toMatchObject({ kind: 'place', variants: expect.arrayContaining(['República de Turquía', 'Turquía']) });
    expect(named(states, 'China')?.variants).toEqual(expect.arrayContaining(['República Popular China', 'China']));
    expect(named(states, 'Países Bajos')?.variants).toEqual(expect.arrayContaining(['Reino de los Países Bajos', 'Países Bajos']));
    // (What follows the state's word names no place of the library: a name of its own.)
    expect(named(states, 'República Dominicana')?.variants).toEqual(['República Dominicana']);
  });

  it('takes a title off one name the article also writes alone, and the name joins the full one of another article', () => {
    const boric = library(['El asunto fue abordado por el Presidente Boric en una entrevista.', 'Por ahora, Boric descartó el proyecto.'], ['El presidente Gabriel Boric viajó al sur.'], ['Gabriel Boric volvió.']);
    expect(named(boric, 'Gabriel Boric')).toMatchObject({ kind: 'person', variants: expect.arrayContaining(['Gabriel Boric', 'Boric']) });
    expect(named(boric, 'Presidente Boric')).toBeUndefined();
    // (Not where the article never writes the name alone: "General Motors", "Presidente Hayes" are names.)
    expect(extractOccurrences(['Lo anunció General Motors en Detroit.'], es).map((o) => o.form)).toContain('General Motors');
  });

  it('joins a portfolio alone to the one ministry the library ends with it, or the one of its articles; not the institution a name is of', () => {
    const interior = library(
      ['Lo propuso el Ministerio del Interior ante la Comisión de Seguridad del Senado.', 'La titular de Interior habló luego.'],
      ['Según Interior, la cifra bajó.', 'Lo votó el Senado.', 'El proyecto pasó luego por el Senado.'],
    );
    expect(named(interior, 'Ministerio del Interior')?.variants).toEqual(expect.arrayContaining(['Ministerio del Interior', 'Interior']));
    expect(named(interior, 'Comisión de Seguridad del Senado')?.variants).toEqual(['Comisión de Seguridad del Senado']);
    // Two ministries end with it: the one named in every article that writes it alone; in none, neither.
    const two = (...articles: string[][]) => library(['El Ministerio de Salud habló.', 'Lo confirmó Salud.'], ['La Secretaría de Salud fijó la meta.'], ...articles);
    expect(named(two(), 'Ministerio de Salud')?.variants).toEqual(expect.arrayContaining(['Ministerio de Salud', 'Salud']));
    expect(named(two(['Según Salud, se cumplió.']), 'Ministerio de Salud')?.variants).toEqual(['Ministerio de Salud']);
    // The one ministry the library has, named once in another article only, is not known to be the one: another country's may be.
    const health = (...more: string[][]) => library(['La exministra de Sanidad declaró ayer.'], ['El Ministerio de Sanidad gazatí alertó de la meningitis.'], ...more);
    expect(named(health(), 'Ministerio de Sanidad')?.variants).toEqual(['Ministerio de Sanidad']);
    expect(named(health(['El Ministerio de Sanidad publicó las cifras.']), 'Ministerio de Sanidad')?.variants).toEqual(expect.arrayContaining(['Sanidad']));
    // A name that is no ordinary word is no portfolio: "Chile" is not the "Universidad de Chile"'s.
    const chile = library(['La Universidad de Chile abrió sus aulas.', 'Lo celebró todo Chile.']);
    expect(named(chile, 'Universidad de Chile')?.variants).toEqual(['Universidad de Chile']);
  });

  it('joins a portfolio of several words, and an institution\'s first word the dictionary lacks, to its institution; not a place', () => {
    const works = library(['Habló el ministro de Obras Públicas, Edgar Montaño.', 'Protestaron frente al Ministerio de Obras Públicas.']);
    expect(named(works, 'Ministerio de Obras Públicas')?.variants).toEqual(expect.arrayContaining(['Ministerio de Obras Públicas', 'Obras Públicas']));
    const audit = library(['La Contraloría General de la República alertó a la empresa.', 'Luego la Contraloría publicó su informe.']);
    expect(named(audit, 'Contraloría General de la República')?.variants).toEqual(expect.arrayContaining(['Contraloría']));
    // (Words that name a place, "Distrito Nacional", are the place's: the institution is "of" it.)
    const district = library(['La Fiscalía del Distrito Nacional acusó al alcalde.', 'Vive en el Distrito Nacional desde niño.']);
    expect(named(district, 'Distrito Nacional')?.variants).toEqual(['Distrito Nacional']);
    // (Not the words that end a place's name, "Armas" of "Plaza de Armas", nor a person's, "Antonio Gala" of "Fundación de Antonio Gala".)
    expect(named(library(['Llegaron a la Plaza de Armas.'], ['Se habló de Armas en el congreso.', 'Y de Armas otra vez.']), 'Plaza de Armas')?.variants).toEqual(['Plaza de Armas']);
    expect(named(library(['La Fundación de Antonio Gala abrió.', 'El escritor Antonio Gala murió.']), 'Antonio Gala')?.variants).toEqual(['Antonio Gala']);
    // (A portfolio holding a connector may be an institution of its own: "Seguridad del Senado".)
    const senate = library(['La Comisión de Seguridad del Senado votó.', 'Según Seguridad del Senado, no hubo quórum.']);
    expect(named(senate, 'Seguridad del Senado')?.variants ?? []).not.toContain('Comisión de Seguridad del Senado');
  });

  it("reads a person's name after an institution's in one run as two names, the person's a person's", () => {
    // (A sentence's first word, capitalised as any is, left out.)
    const forms = (sentence: string) => extractOccurrences([sentence], es).filter((o) => o.kind !== 'term' && o.initial < o.count).map((o) => [o.form, o.kind]);
    expect(forms('La exministra de Sanidad Ana Mato tendrá que declarar.')).toEqual([['Sanidad', 'organization'], ['Ana Mato', 'person']]);
    expect(forms('El juez de la Audiencia Nacional Eloy Velasco ha conformado la pieza.')).toEqual([['Audiencia Nacional', 'organization'], ['Eloy Velasco', 'person']]);
    expect(forms('Con el Podemos de Pablo Iglesias no se podía llegar a ningún sitio.')).toEqual([['Podemos', null], ['Pablo Iglesias', 'person']]);
    // (After initials and "of" too; and a name of ordinary words before a person's is an institution's, "Nuevas Ideas".)
    expect(forms('Es el PSOE de Pedro Sánchez el que decide.')).toEqual([['PSOE', null], ['Pedro Sánchez', 'person']]);
    const ideas = library(['Habló el diputado de Nuevas Ideas Caleb Navarro en la sesión.'], ['Votó el diputado de Nuevas Ideas Ernesto Castro ayer.']);
    expect(named(ideas, 'Nuevas Ideas')).toMatchObject({ kind: 'organization' });
    expect(forms('Valora los correos del inspector del Banco de España José Antonio Casaus.')).toEqual([['Banco de España', 'organization'], ['José Antonio Casaus', 'person']]);
    // Not a place's or an event's name, often a person's; not a given name that is an ordinary word.
    expect(forms('Jugaron ayer en el Estadio Nacional Julio Martínez Prádanos.')).toEqual([['Estadio Nacional Julio Martínez Prádanos', 'place']]);
    expect(forms('Rezaron la Coronilla de la Divina Misericordia.').map(([f]) => f)).toEqual(['Coronilla de la Divina Misericordia']);
    expect(extractOccurrences(['Lo recibió el Premio Miguel de Cervantes.'], es).map((o) => o.form)).toEqual(['Premio Miguel de Cervantes']);
  });

  it("reads a portfolio after a minister's title as an institution's name, not a country after any title", () => {
    const kinds = (sentence: string) => extractOccurrences([sentence], es).filter((o) => o.kind !== 'term' && o.initial < o.count).map((o) => [o.form, o.kind]);
    expect(kinds('Ayer la consejera de Educación dijo que no.')).toEqual([['Educación', 'organization']]);
    expect(kinds('El conseller de Justicia, Francesc Homs, calló.')).toEqual([['Justicia', 'organization'], ['Francesc Homs', null]]);
    // (Not a country, not after a title of another kind, not with a comma between.)
    expect(kinds('Lo dijo el ministro de Francia ayer.')[0]![1]).not.toBe('organization');
    expect(kinds('Lo dijo el alcalde de Badalona ayer.')[0]![1]).not.toBe('organization');
    expect(kinds('Lo dijo el ministro, de Sevilla, ayer.')[0]![1]).not.toBe('organization');
  });

  it('joins no word written mostly after an article to the person whose surname it is: a thing named after them', () => {
    const prize = library(['Lo dice el testamento de Alfred Nobel.', 'Quiere el Nobel a toda costa.', 'La historia del Nobel es larga.']);
    expect(named(prize, 'Alfred Nobel')?.variants).toEqual(['Alfred Nobel']);
    // (After a title, it is the person: "del presidente Nobel".)
    const titled = library(['Lo dice el testamento de Alfred Nobel.', 'Lo dijo el presidente Nobel.', 'La firma del presidente Nobel.']);
    expect(named(titled, 'Alfred Nobel')?.variants).toEqual(expect.arrayContaining(['Nobel']));
    // (Written so once in three, it is still the person's.)
    const person = library(['Lo dice el testamento de Alfred Nobel.', 'Nobel lo dejó escrito.', 'Lo firmó Nobel en París.', 'La fundación del Nobel lo guarda.']);
    expect(named(person, 'Alfred Nobel')?.variants).toEqual(expect.arrayContaining(['Nobel']));
  });

  it('knows the central banks by their short names too', () => {
    expect(named(library(['La Reserva Federal subió los tipos.'], ['La Fed lo confirmó ayer.']), 'Reserva Federal')).toMatchObject({ target: 'Federal Reserve', variants: expect.arrayContaining(['Fed']) });
    expect(named(library(['El BCE bajó los tipos.'], ['El Banco Central Europeo lo confirmó ayer.']), 'BCE')).toMatchObject({ target: 'European Central Bank', kind: 'organization' });
  });

  it('knows the international bodies whose short name spells no Spanish initials, and the long names of those the press abbreviates', () => {
    // ("Hamás" is its Arabic initials: no rule of Spanish initials ties it to its name in brackets or elsewhere.)
    const hamas = library(['Israel negocia con el Movimiento de Resistencia Islámica (Hamás) en Doha.', 'Hamás lo confirmó.'], ['Lo rechazó Hamas.']);
    expect(named(hamas, 'Hamás')).toMatchObject({ target: 'Hamas', kind: 'organization', articles: [1, 2] });
    expect(named(hamas, 'Hamás')!.variants).toEqual(expect.arrayContaining(['Movimiento de Resistencia Islámica', 'Hamas']));
    const oas = library(['La Organización de los Estados Americanos sesionó.'], ['La OEA lo condenó.']);
    expect(named(oas, 'OEA')).toMatchObject({ target: 'OAS', variants: expect.arrayContaining(['Organización de los Estados Americanos']) });
    expect(named(library(['El Fondo Monetario Internacional prestó.'], ['El FMI lo anunció.']), 'FMI')).toMatchObject({ target: 'IMF', articles: [1, 2] });
  });

  it('joins initials written as a word to the name they spell in the same article; not a word or a name the dictionary lists', () => {
    const anuc = library(['La entrega será a través de la Anuc, Asociación Nacional de Usuarios Campesinos, una organización emblemática.', 'La Anuc lo confirmó.']);
    expect(named(anuc, 'Asociación Nacional de Usuarios Campesinos')?.variants).toContain('Anuc');
    const ivan = library(['Lo dijo el Instituto Venezolano de Aviación Nacional.', 'Iván lo confirmó ayer.']);
    expect(named(ivan, 'Instituto Venezolano de Aviación Nacional')?.variants).not.toContain('Iván');
    const perez = library(['Lo lanzó el Partido Ecologista de Renovación Económica Zonal.', 'Pérez lo confirmó ayer.']);
    expect(named(perez, 'Partido Ecologista de Renovación Económica Zonal')?.variants).not.toContain('Pérez');
    const casa = library(['Lo dijo el Comité de Asuntos Sociales y Agrarios.', 'La Casa lo confirmó ayer.']);
    expect(named(casa, 'Comité de Asuntos Sociales y Agrarios')?.variants).not.toContain('Casa');
  });

  it("joins a surname alone to the full name it ends after a hyphen, and two initials to the name of two words they spell", () => {
    const maillo = library(['Rajoy confirmó que Fernando Martínez-Maillo se encargará del día a día.', 'Está contenta con la designación de Maillo.']);
    expect(named(maillo, 'Fernando Martínez-Maillo')?.variants).toEqual(['Fernando Martínez-Maillo', 'Maillo']);
    const pp = library(['El Partido Popular se ha negado a responder.', 'La Fiscalía acusa al PP de haberse beneficiado.']);
    expect(named(pp, 'Partido Popular')?.variants).toEqual(['Partido Popular', 'PP']);
    // (Two names of the article spell them: neither's.)
    // (A hyphen's parts are words: "PSG" of "Paris Saint-Germain".)
    expect(named(library(['Lo fichó el Paris Saint-Germain.', 'Luego el PSG calló.']), 'Paris Saint-Germain')?.variants).toEqual(['Paris Saint-Germain', 'PSG']);
    const two = library(['Lo dijeron Pedro Pérez y el Partido Popular.', 'Luego el PP calló.', 'Y el PP se fue.', 'Lo dijo el PP.']);
    expect(named(two, 'PP')?.variants).toEqual(['PP']);
    // (Two letters do not spell a name of three.)
    expect(named(library(['Lo dijo el Partido de los Pensionistas.', 'Luego el PP calló.', 'Y el PP se fue.', 'Lo dijo el PP.']), 'PP')?.variants).toEqual(['PP']);
  });

  it('joins a name misspelt once to its spelling in the same article: one letter, a space, a hyphen', () => {
    const match = library(
      ['El gol fue de Ariel Rodríguez tras un pase de Jostin Daly.', 'Luego el tiro de Ariel Rogríguez y el de Jostin Daily fallaron.', 'Después Ariel Rodríguez y Jostin Daly salieron.'],
      ['El técnico sacó a Jean Carlos Sánchez.', 'Dijo que Jean Carlos Sánchez está cansado.', 'Entró por Jeancarlo Sánchez un juvenil.'],
      ['Llegamos a Saut-d’Eau de noche.', 'En Saut’d’Eau nos esperaban.'],
    );
    expect(named(match, 'Ariel Rodríguez')?.variants).toEqual(['Ariel Rodríguez', 'Ariel Rogríguez']);
    expect(named(match, 'Jostin Daly')?.variants).toEqual(expect.arrayContaining(['Jostin Daly', 'Jostin Daily']));
    expect(named(match, 'Jean Carlos Sánchez')?.variants).toEqual(expect.arrayContaining(['Jeancarlo Sánchez']));
    expect(named(match, 'Saut-d’Eau')?.variants).toEqual(expect.arrayContaining(['Saut’d’Eau']));
    // (A given name misspelt is a slip too: "Rodrgo" is no given name.)
    expect(named(library(['Habló Rodrigo Londoño ayer.', 'Y Rodrigo Londoño calló.', 'Luego Rodrgo Londoño se fue.']), 'Rodrigo Londoño')?.variants).toEqual(['Rodrigo Londoño', 'Rodrgo Londoño']);
    // (Each met once: a letter inside a word, or where two words meet, is the slip; a word's ending may be another surname.)
    const once = library(['Anotó Jostin Daly.', 'Y luego Jostin Daily.', 'Lo dijo Jean Carlos Sánchez.', 'Y luego Jeancarlo Sánchez.', 'Lo dijo Luis Torre Pérez.', 'Y luego Luis Torres Pérez.']);
    const holding = (spelling: string) => once.find((s) => s.variants.includes(spelling))?.variants;
    expect(holding('Jostin Daly')).toEqual(expect.arrayContaining(['Jostin Daly', 'Jostin Daily']));
    expect(holding('Jean Carlos Sánchez')).toEqual(expect.arrayContaining(['Jean Carlos Sánchez', 'Jeancarlo Sánchez']));
    expect(holding('Luis Torre Pérez')).toEqual(['Luis Torre Pérez']);
    // (The same slip in two articles, each naming the person right: one entry.)
    const twice = library(...[1, 2].map(() => ['El gol fue de Ariel Rodríguez.', 'Luego Ariel Rodríguez falló.', 'Y Ariel Rogríguez salió.']));
    expect(twice.filter((s) => s.variants.includes('Ariel Rogríguez'))).toMatchObject([{ canonical: 'Ariel Rodríguez', articles: [1, 2] }]);
    // Not a word's first letter, not one given name for another, not a short name, not across articles.
    const apart = library(
      ['Lo dijo Juan Hernández y lo repitió Juan Hernández.', 'Lo negó Juan Fernández.', 'Llegaron María Ruiz Gómez y Mario Ruiz Gómez y luego María Ruiz Gómez.', 'Votó Ana Peña y luego Ana Piña y Ana Peña.'],
      ['Habló Ariel Rodríguez y rió Ariel Rodríguez.'],
      ['Calló Ariel Rogríguez.'],
    );
    for (const name of ['Juan Hernández', 'Juan Fernández', 'María Ruiz Gómez', 'Mario Ruiz Gómez', 'Ana Peña', 'Ana Piña', 'Ariel Rodríguez', 'Ariel Rogríguez']) expect(named(apart, name)?.variants, name).toEqual([name]);
  });

  it('reads a sentence in capitals as prose would write it: names capitalised, initials kept, the rest in lower case', () => {
    const forms = (sentences: string[]) => extractOccurrences(sentences, es).filter((o) => o.kind !== 'term').map((o) => o.form);
    // A given name and a surname; a name the article's prose writes; a name the dictionary knows; initials.
    expect(forms(['KARLA TARAZONA: POR SER FAN ENAMORADA, ME CASTIGARON'])).toEqual(['Karla Tarazona']);
    expect(forms(['MAGALY MEDINA: ME ESCAPÉ DEL COLEGIO', '¿Magaly, qué travesura hiciste?'])).toEqual(expect.arrayContaining(['Magaly Medina']));
    expect(forms(['LA OTAN ATACA EN UCRANIA'])).toEqual(['OTAN', 'Ucrania']);
    // A form's label in capitals, words of the dictionary's, over a value: no name; a speaker's name before text is one.
    const sheet = forms(['TAMAÑO DE MUESTRA: 1.068 casos', 'UNIVERSO EN ESTUDIO: Mujeres y hombres de Colombia']);
    expect(sheet).toContain('Colombia');
    expect(sheet.filter((f) => /muestra|estudio/i.test(f))).toEqual([]);
    expect(forms(['KARLA TARAZONA: Me castigaron por ser fan'])).toEqual(['KARLA TARAZONA']);
    // (A label of one word, a dash before it, over a name and its gloss in brackets: the name, no headline in title case.)
    expect(forms(['--ÁRBITRO: Francois Letexier (FRA).'])).toEqual(['Francois Letexier', 'FRA']);
    expect(forms(['--ESTADIO: MetLife Stadium (Nueva Jersey).'])).toEqual(['MetLife Stadium', 'Nueva Jersey']);
    expect(forms(['Ganó Quinto Viaje De Lukashenko A Rusia'])).toEqual([]);
    // (A label with a word the dictionary does not have keeps its capitals: a name stands in it.)
    expect(forms(['DIRECTOR ZUBIZARRETA: dijo que no vendrá hoy.'])).toEqual(['ZUBIZARRETA']);
    // (A surname that is an ordinary word ends the name before it: "ROJAS" is "rojas".)
    const manolo = extractOccurrences(['Y luego Manolo llegó.', 'MANOLO ROJAS: MI GORDITA BELLA'], es).filter((o) => o.kind !== 'term');
    expect(manolo).toMatchObject([{ form: 'Manolo', count: 2 }]);
    // A word the prose capitalises after a sentence's first is a name; a first word the dictionary has is not.
    expect(forms(['Lo dijo Tarazona ayer.', 'TARAZONA HABLÓ CON LA PRENSA'])).toEqual(['Tarazona']);
    expect(forms(['Mañana llega el frío.', 'LA MAÑANA FRÍA EN UCRANIA'])).toEqual(['Ucrania']);
    // Two words in capitals, or a word in lower case, are no sentence in capitals.
    expect(forms(['ÚLTIMA HORA'])).toEqual([]);
    expect(forms(['La OTAN y la ONU en ALERTA'])).toEqual(expect.arrayContaining(['OTAN', 'ONU']));
  });

  it("reads an institution's inner words past its first connector, joined by \"y\", \"a\", \"en la\"; not two names, nor a place after it", () => {
    const forms = (sentences: string[]) => extractOccurrences(sentences, es).filter((o) => o.kind !== 'term').map((o) => o.form);
    expect(forms(['Lo pidió la Comisión Ejecutiva de Atención a Víctimas ayer.'])).toEqual(['Comisión Ejecutiva de Atención a Víctimas']);
    expect(forms(['Lo dijo el Instituto para las Mujeres en la Migración ayer.'])).toEqual(['Instituto para las Mujeres en la Migración']);
    expect(forms(['Lo dijo el jefe del Departamento de Planes y Operaciones de la Fuerza Pública.'])).toEqual(['Departamento de Planes y Operaciones de la Fuerza Pública']);
    expect(forms(['Lo cobra la Superintendencia Nacional de Aduanas y de Administración Tributaria ahora.'])).toEqual(['Superintendencia Nacional de Aduanas y de Administración Tributaria']);
    // Two institutions; a name that does not open with an institution's word; a place or a person after it.
    expect(forms(['Lo pidieron la Fiscalía y la Policía ayer.'])).toEqual(['Fiscalía', 'Policía']);
    expect(forms(['Lo firmaron el Ministerio de Salud y Ministerio de Educación ayer.'])).toEqual(['Ministerio de Salud', 'Ministerio de Educación']);
    expect(forms(['Habló el Ministerio de Salud en Lima con el Ministerio de Salud y Juan Pérez.'])).toEqual(expect.arrayContaining(['Ministerio de Salud', 'Lima', 'Juan Pérez']));
    expect(forms(['Lo dijo Salud y Derechos Humanos ayer.'])).not.toContain('Salud y Derechos Humanos');
    expect(forms(['Viajó a la Casa de Gobierno a Cuba ayer.'])).toEqual(expect.arrayContaining(['Cuba']));
    // ("y de las" goes on too; a given name opens no institution, ordinary word as it may be.)
    expect(forms(['Lo dijo el Ministerio de Cultura y de las Artes ayer.'])).toEqual(['Ministerio de Cultura y de las Artes']);
    expect(forms(['Lo cantó Rosa de Lima y Paz ayer.'])).not.toContain('Rosa de Lima y Paz');
    // ("a" goes straight on, "en" only before an article.)
    expect(forms(['Habló la Comisión de Ayuda en Salud ayer.'])).not.toContain('Comisión de Ayuda en Salud');
  });

  it('keeps the first word of a sentence that is a name and nothing else, a dateline, though the article writes it in lower case', () => {
    const forms = (sentences: string[]) => extractOccurrences(sentences, es).filter((o) => o.kind !== 'term').map((o) => o.form);
    expect(forms(['Ciudad de México.', 'Esa ciudad fronteriza creció.'])).toEqual(['Ciudad de México']);
    expect(forms(['Ciudad de México creció.', 'Esa ciudad fronteriza creció.'])).toEqual(['México']);
  });

  it('reads the article that opens a quote after a colon as a sentence\'s first word, no part of the name', () => {
    const forms = (sentences: string[]) => extractOccurrences(sentences, es).filter((o) => o.kind !== 'term').map((o) => o.form);
    expect(forms(['Y agregó: “El Congreso no tiene la culpa”.'])).toEqual(['Congreso']);
  });

  it('reads a nickname after "alias" as a spelling of the person named before it, wherever else it stands', () => {
    const suggestions = library(['Confirmó que Néstor Gregorio Vera Fernández, alias ‘Iván Mordisco’, no fue abatido.', 'Hallaron los objetos de ‘Iván Mordisco’ en el campamento.', 'Fue capturado Joaquín Guzmán alias El Chapo ayer.']);
    expect(named(suggestions, 'Iván Mordisco')?.variants).toEqual(expect.arrayContaining(['Néstor Gregorio Vera Fernández', 'Iván Mordisco']));
    expect(named(suggestions, 'Joaquín Guzmán')).toMatchObject({ kind: 'person', variants: expect.arrayContaining(['El Chapo']) });
    // With the age between; and the first of the two surnames of a person of two given names joins them too.
    // (After a surname alone, no: "alias" may be of what the sentence said before.)
    expect(named(library(['Detuvieron a Pérez, alias El Flaco, ayer.']), 'El Flaco')?.variants ?? []).not.toContain('Pérez');
    const gangoso = library(['Detuvieron a Joel Alfonso Urrea Yariar, de 38 años, alias El Gangoso, ayer.', 'Junto a Urrea fue aprehendido otro hombre.']);
    expect(named(gangoso, 'Joel Alfonso Urrea Yariar')?.variants).toEqual(expect.arrayContaining(['El Gangoso', 'Urrea']));
  });

  it('reads a nickname a name is "known as" as its spelling, after one word too, of the kind the name is', () => {
    const lesaka = library(['La policía detuvo a Izaskun Lesaka Argüelles en un hotel de Macon.', 'Izaskun Lesaka llevaba una semana allí.', 'A Lesaka se la conoce como ‘La Literaria’ por sus comunicados.', 'Lesaka, también conocida como ‘Ane’, fue condenada.']);
    expect(named(lesaka, 'Izaskun Lesaka Argüelles')).toMatchObject({ kind: 'person', variants: expect.arrayContaining(['Lesaka', 'La Literaria', 'Ane']) });
    expect(named(library(['José Manuel Martínez Quintáns, más conocido como Pandolo, es un atracador.']), 'Pandolo')?.variants).toContain('José Manuel Martínez Quintáns');
    // (An institution's nickname is an institution's; an ordinary word alone gives none.)
    expect(named(library(['El Estado Islámico, conocido como Daesh, atacó.', 'Lo reivindicó el Estado Islámico.']), 'Daesh')?.variants).toContain('Estado Islámico');
    expect(named(library(['Lo aprobó el Gobierno, conocido como Ejecutivo, ayer.', 'El Gobierno calló.']), 'Gobierno')?.variants ?? []).not.toContain('Ejecutivo');
  });

  it('reads the name a company or an institution took, or had, set apart by a dash or a bracket, as its spelling', () => {
    const renamed = library(['Un directivo de Blackwater —actualmente llamada Academi— visitó Quito.', 'Blackwater negó los hechos ayer.']);
    expect(named(renamed, 'Blackwater')?.variants).toEqual(expect.arrayContaining(['Academi']));
    const before = library(['Lo firmó la Compañía Minera Andina (antes denominada Minera Sur) ayer.', 'La Compañía Minera Andina calló.']);
    expect(named(before, 'Compañía Minera Andina')?.variants).toEqual(expect.arrayContaining(['Minera Sur']));
    // (Not a name the sentence only calls so later: "llamada" alone says nothing of a name.)
    expect(named(library(['Un directivo de Blackwater, llamada Academi por sus socios, visitó Quito.', 'Blackwater negó los hechos ayer.']), 'Blackwater')?.variants).toEqual(['Blackwater']);
  });

  it("joins a person's name with some given names left out, or with a short given name, to the full one in its article", () => {
    const llosa = library(['Jorge Mario Pedro Vargas Llosa nació en 1936.', 'Hoy se fue Mario Vargas Llosa.']);
    expect(named(llosa, 'Mario Vargas Llosa')?.variants).toEqual(['Jorge Mario Pedro Vargas Llosa', 'Mario Vargas Llosa']);
    // (Only given names left out: not a surname.)
    expect(named(library(['Llegó Jorge Mario Pedro Vargas Llosa ayer.', 'Habló Mario Pedro Llosa hoy.']), 'Mario Pedro Llosa')?.variants).toEqual(['Mario Pedro Llosa']);
    const pullaro = library(['El gobernador Maximiliano Pullaro ganó.', 'Se burlaban del saludo a Maxi Pullaro.']);
    expect(named(pullaro, 'Maxi Pullaro')?.variants).toEqual(['Maximiliano Pullaro', 'Maxi Pullaro']);
    // (Not a name of the full one's first words only, nor one with a given name the full one does not have.)
    expect(named(library(['Llegó Jorge Mario Pedro Vargas Llosa ayer.', 'Lo dijo Mario Vargas ayer.']), 'Mario Vargas')?.variants).toEqual(['Mario Vargas']);
    expect(named(library(['Llegó Ana María José Pérez ayer.', 'Lo dijo María Luis Pérez ayer.']), 'María Luis Pérez')?.variants).toEqual(['María Luis Pérez']);
    // (Nor another surname, nor a first name the full one's does not start with.)
    expect(named(library(['El gobernador Maximiliano Pullaro ganó.', 'Se burlaban de Maxi Ruiz.']), 'Maxi Ruiz')?.variants).toEqual(['Maxi Ruiz']);
    expect(named(library(['El gobernador Maximiliano Pullaro ganó.', 'Se burlaban de Mini Pullaro.']), 'Mini Pullaro')?.variants).toEqual(['Mini Pullaro']);
    // (A given name of its own is another person: "Juan Pérez" and "Juana Pérez".)
    expect(named(library(['Lo dijo Juana Pérez ayer.', 'Lo negó Juan Pérez hoy.']), 'Juan Pérez')?.variants).toEqual(['Juan Pérez']);
  });

  it('joins no institution to another with one of its parts left out', () => {
    const suggestions = library(['Participaron la Secretaría de Seguridad y Protección Ciudadana (SSPC) y la Secretaría de Seguridad Ciudadana (SSC) de la capital.']);
    expect(named(suggestions, 'SSC')?.variants.sort()).toEqual(['SSC', 'Secretaría de Seguridad Ciudadana']);
    // (A person's middle name left out is the same person.)
    expect(named(library(['Lo dijo Carolina Griselda Cisneros Prado ayer.', 'Carolina Cisneros Prado insistió.']), 'Carolina Cisneros Prado')?.variants).toContain('Carolina Griselda Cisneros Prado');
  });

  it('reads a name after a place noun in the plural, or one with its adjective, and "de" as a place', () => {
    const forms = library(['Cruza las provincias argentinas de Salta y Jujuy.', 'Llegó a los municipios de Colón.', 'Habló el alcalde de la ciudad.']);
    expect(named(forms, 'Salta')?.kind).toBe('place');
    expect(named(forms, 'Colón')?.kind).toBe('place');
  });

  it('keeps the connectors of a Portuguese name written as it is', () => {
    const forms = (sentences: string[]) => extractOccurrences(sentences, es).filter((o) => o.kind !== 'term').map((o) => o.form);
    expect(forms(['La ruta cruza Mato Grosso do Sul hasta el mar.', 'Lo dijo Lula da Silva ayer.'])).toEqual(['Mato Grosso do Sul', 'Lula da Silva']);
  });

  it('reads four capitalised words with nothing in lower case as a headline in title case', () => {
    expect(extractOccurrences(['Putin Visita Kiev Mañana'], es)).toEqual([]);
  });
});
