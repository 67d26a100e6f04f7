import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../core/article/plain';
import { segmentBlocks } from '../../core/article/segment';
import type { Block } from '../../core/contract';
import { splitSentences } from '../../core/article/sentences';
import { SAMPLE_FILES, sample } from '../support/fixtures';
import { type Segmented, scoreSegmentation } from '../support/segmentation-score';
import { ROOT } from '../support/serve';
import { ROLE_CASES, SENTENCE_CASES } from './segment-cases';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('sentence segmentation', () => {
  it('has at least 150 hand-written cases', () => {
    expect(SENTENCE_CASES.length + ROLE_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(SENTENCE_CASES)('%s: %s', (_category, input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });
});

describe('paragraph roles', () => {
  it.each(ROLE_CASES)('%s: %s', (_category, text, roles) => {
    expect(segmentBlocks(parsePlainText(text).blocks).map((p) => p.role)).toEqual(roles);
  });

  it("reads the sentence before a credit glued into the text as the picture's caption only where it opens the paragraph", () => {
    const roleOf = (text: string, sentence: string) => segmentBlocks(parsePlainText(text).blocks).find((p) => p.sentences.some((s) => s.text === sentence))?.role;
    expect(roleOf('El mandatario se solidarizó con los jueces. Foto: Archivo El presidente respondió ayer. Lo dijo.', 'El mandatario se solidarizó con los jueces.')).toBe('boilerplate');
    const long = `Lo dijo el ministro ayer en la sede del partido, ${'después de una reunión con los dirigentes, '.repeat(4)}en la capital.`;
    expect(roleOf(`El texto.\n\n${long} La fiscal lo confirmó. Foto: EFE Y el texto sigue aquí.`, 'La fiscal lo confirmó.')).toBe('body');
    expect(roleOf('El texto.\n\nEl acto. El presidente, en la sede. Foto: EFE Y el texto sigue aquí.', 'El acto.')).toBe('boilerplate');
    expect(roleOf('El texto.\n\nEl acto. El presidente, en la sede. Y más. Foto: EFE Y el texto sigue aquí.', 'El acto.')).toBe('body');
  });

  it('reads a sentence further in the paragraph, right before a credit by label, as its caption when it dates the picture', () => {
    const roleOf = (text: string, sentence: string) => segmentBlocks(parsePlainText(text).blocks).find((p) => p.sentences.some((s) => s.text === sentence))?.role;
    const text = (caption: string) => `El texto.\n\nLo dijo ayer. Y luego más. Y más aún. ${caption} FOTO: CONTACTO vía Europa Press Tras su regreso, habló. Y sigue.`;
    expect(roleOf(text('Trump, el 9 de julio, en la Casa Blanca, con los líderes.'), 'Trump, el 9 de julio, en la Casa Blanca, con los líderes.')).toBe('boilerplate');
    expect(roleOf(text('Trump, el pasado 7 de julio.'), 'Y más aún.')).toBe('body');
    // (Not a sentence of the text that dates nothing, nor one of a day that is no month's, nor a long one.)
    expect(roleOf(text('La fiscal lo confirmó con los líderes.'), 'La fiscal lo confirmó con los líderes.')).toBe('body');
    expect(roleOf(text('La fiscal lo confirmó con 9 de sus colegas.'), 'La fiscal lo confirmó con 9 de sus colegas.')).toBe('body');
    const long = `Trump, el 9 de julio, ${'con los líderes de los países vecinos y '.repeat(4)}otros.`;
    expect(roleOf(text(long), long)).toBe('body');
  });

  it("reads the sentence before a line's break as the picture's caption where the credit opens the next line, the text glued after it", () => {
    const roleOf = (text: string, sentence: string) => segmentBlocks(parsePlainText(text).blocks).find((p) => p.sentences.some((s) => s.text === sentence))?.role;
    const text = (credit: string) => `Lo dijo ayer. Y luego más. Las autoridades encontraron restos en un cauce seco.\n${credit}`;
    expect(roleOf(text('Credito: FGE Baja California Tras recibir llamadas, buscaron. Y sigue.'), 'Las autoridades encontraron restos en un cauce seco.')).toBe('boilerplate');
    expect(roleOf(text('Credito: FGE Baja California Tras recibir llamadas, buscaron. Y sigue.'), 'Y luego más.')).toBe('body');
    // (A caption alone on its line, furniture whole.)
    const lines = ['El texto sigue aquí.', 'Las autoridades encontraron restos en un cauce seco.', 'Credito: FGE Baja California Tras recibir llamadas, buscaron. Y sigue.'];
    expect(segmentBlocks(lines.map((text) => ({ text }))).map((p) => p.role)).toEqual(['body', 'boilerplate', 'boilerplate', 'body']);
    // (Not before a credit alone on its line, nor before a line of the text.)
    expect(roleOf(text('Foto: EFE'), 'Las autoridades encontraron restos en un cauce seco.')).toBe('body');
    expect(roleOf(text('Tras recibir llamadas, buscaron. Y sigue.'), 'Las autoridades encontraron restos en un cauce seco.')).toBe('body');
    // (Nor a long sentence.)
    const long = `Las autoridades encontraron restos ${'en una zona que aparentaba ser un cauce seco y '.repeat(4)}más.`;
    expect(roleOf(`Lo dijo ayer. Y luego más. ${long}\nCredito: FGE Baja California Tras recibir llamadas, buscaron. Y sigue.`, long)).toBe('body');
  });

  it("cuts the desk's sign-off from the last sentence it was glued to, and leaves the text before it the text", () => {
    const roleOf = (text: string, sentence: string) => segmentBlocks(parsePlainText(text).blocks).find((p) => p.sentences.some((s) => s.text.startsWith(sentence)))?.role;
    // (A long sentence a conjunction opens among them: "Y" is no author's initials, no label of the page's lists.)
    const long = `Y agrega, además, que la empresa de Perlman cumplió con todos los contratos firmados con el Estado en los últimos años, ${'según el documento que entregó a este diario, '.repeat(6)}en tres zonas del país.`;
    const text = `El texto.\n\nLo dijo ayer. ${long} Se espera un pronunciamiento de la UNP  UNIDAD INVESTIGATIVA u.investigativa@eltiempo.com @UinvestigativaET`;
    expect(roleOf(text, 'Se espera un pronunciamiento de la UNP')).toBe('body');
    expect(roleOf(text, 'Y agrega, además,')).toBe('body');
    expect(roleOf(text, 'UNIDAD INVESTIGATIVA')).toBe('boilerplate');
  });

  it("keeps a sentence cut short where a link was dropped the text's, between a prompt and the desk's handle", () => {
    const roleOf = (text: string, sentence: string) => segmentBlocks(parsePlainText(text).blocks).find((p) => p.sentences.some((s) => s.text.startsWith(sentence)))?.role;
    const long = 'Estos jóvenes, con su servicio militar,   desarrollarán tareas administrativas y seguirán fortaleciendo la misión institucional del Ejército Nacional de Colombia y de sus batallones -  -';
    expect(roleOf(`El texto.\n\nSeñala el Comando que sí. (Le sugerimos leer:  ${long}  En Twitter: @JusticiaET`, 'Estos jóvenes')).toBe('body');
    const short = 'Estos jóvenes, con su servicio militar,   desarrollarán tareas administrativas -  -';
    expect(roleOf(`El texto.\n\nSeñala el Comando que sí.\n\n(Le sugerimos leer: )\n\n${short}\n\nEn Twitter: @JusticiaET`, 'Estos jóvenes')).toBe('body');
    // (A headline between furniture, no such spaces in it, is furniture.)
    expect(roleOf('El texto.\n\nSeñala el Comando que sí.\n\n(Le sugerimos leer: )\n\nLos jóvenes desarrollarán tareas administrativas\n\nEn Twitter: @JusticiaET', 'Los jóvenes')).toBe('boilerplate');
  });

  it("keeps a list of headlines one sentence past a headline's closing quote, and reads a list between furniture as furniture", () => {
    const sentencesOf = (text: string) => segmentBlocks(parsePlainText(text).blocks).flatMap((p) => p.sentences.map((s) => [p.role, s.text]));
    const mostRead =
      'Lo más visto La diputada Noelia Núñez (PP) admite ahora que no tiene títulos universitarios: “Una equivocación” La diputada del PP Noelia Núñez dimite de todos sus cargos tras falsear su currículum Pedro Sánchez defiende el acuerdo de Mercosur y avisa a Trump: “Queremos negociar pero, si no, responderemos con firmeza” Aitor Esteban alerta de que “empieza a conformarse una mayoría negativa” en el Congreso El extraño caso del currículum fluctuante de Noelia Núñez, diputada del PP y alto cargo de Feijóo';
    const latest = '_ Últimas noticias 09:26 Un helicóptero de rescate localiza el fuselaje de un avión 09:11 Así celebraron las jugadoras de España el pase a la final de la Eurocopa';
    expect(sentencesOf(`El texto sigue aquí.\n\n${latest}  ${mostRead}`).at(-1)).toEqual(['boilerplate', mostRead]);
    const related = `Once meses de investigación y miles de kilómetros recorridos Ana Carbajosa | Acra ${'Franklin-Wallis sobre la basura Miguel Ángel Medina | Madrid '.repeat(2)}Archivado En Medio ambiente Residuos`;
    const between = `El texto sigue aquí. Más información ¿A dónde va el pantalón que tiramos? ${related} Se adhiere a los criterios de Más información`;
    expect(sentencesOf(between)).toContainEqual(['boilerplate', related]);
    // (Not a sentence of the text, its stop at its end.)
    expect(sentencesOf(`El texto sigue aquí. Más información ¿A dónde va el pantalón que tiramos? ${related}. Se adhiere a los criterios de Más información`)).toContainEqual(['body', `${related}.`]);
  });

  it("reads the page's lists after a label, however long the sentence they run into, as furniture to the paragraph's end", () => {
    const roleOf = (text: string, sentence: string) => segmentBlocks(parsePlainText(text).blocks).find((p) => p.sentences.some((s) => s.text.startsWith(sentence)))?.role;
    const lists = `Compartir nota: Temas Relacionados Alias Richard La Cordillera Clan del Golfo Extorsión Más Noticias Conoce el clima de este día en Bogotá ${'El clima en Colombia se ve afectado por su geografía y las costas del Mar Caribe al norte '.repeat(4)}y al sur. Clima en Cali: conoce el pronóstico antes de salir El estado del tiempo cambia. MÁS NOTICIAS`;
    expect(roleOf(`La última frase. ${lists}`, 'Clima en Cali')).toBe('boilerplate');
    expect(roleOf(`La última frase. ${lists}`, 'La última frase.')).toBe('body');
  });

  it("reads a page's head under a tag in lower case, its title's colon before words in lower case, and a byline's initial as no stop", () => {
    const sentencesOf = (text: string) => segmentBlocks(parsePlainText(text).blocks).flatMap((p) => p.sentences.map((s) => `${p.role}: ${s.text}`));
    const head = [
      'narcotráfico',
      'La huida del narco de la doble vida: de los vuelcos a los tiros',
      'La policía aflora hasta un millón de euros lavados por un traficante de hachís',
      'Despliegue policial realizado en la sierra para registrar la casa.',
      'El País Jesús A. Cañas Cádiz - 22 jul 2025 - 05:30 CEST Compartir en Whatsapp Ir a los comentarios',
    ];
    expect(sentencesOf(`${head.join(' ')} Los policías entraron al alba en la lujosa villa de Rafael. Y sigue el texto.`)).toEqual([
      `boilerplate: ${head[0]}`,
      `heading: ${head[1]}`,
      `heading: ${head[2]}`,
      `boilerplate: ${head[3]}`,
      `boilerplate: ${head[4]}`,
      'body: Los policías entraron al alba en la lujosa villa de Rafael.',
      'body: Y sigue el texto.',
    ]);
    // (A tag of two words too.)
    expect(sentencesOf(`crimen organizado ${head.slice(1).join(' ')} Los policías entraron al alba en la lujosa villa de Rafael. Y sigue el texto.`)[0]).toBe('boilerplate: crimen organizado');
    // (A function word in lower case is no tag: the text opens after a cut.)
    expect(sentencesOf(`y ${head.slice(1).join(' ')} Los policías entraron al alba en la lujosa villa de Rafael. Y sigue el texto.`)[0]).toMatch(/^body: y La huida/);
    // (Elsewhere a colon still ends what runs into the next part: a list's headline and its summary stay one.)
    const list = 'Temas Relacionados Más Noticias Clima en Cali: conoce el pronóstico y prepárate antes de salir El estado del tiempo en Cali cambia constantemente, por eso es importante mantenerse actualizado MÁS NOTICIAS';
    expect(sentencesOf(`El texto.\n\nLa última frase. ${list}`).slice(-1)).toEqual([`boilerplate: ${list}`]);
    expect(sentencesOf('El texto.\n\nLa última frase. Sobre la firma Jesús A. Cañas Ver biografía Es corresponsal en Cádiz desde 2016. Antes trabajó en Vocento.')).toEqual([
      'body: El texto.',
      'body: La última frase.',
      'boilerplate: Sobre la firma Jesús A. Cañas Ver biografía',
      'boilerplate: Es corresponsal en Cádiz desde 2016.',
      'boilerplate: Antes trabajó en Vocento.',
    ]);
  });

  it("reads a page's head over a video's player part by part, and the player's title apart from the caption after it", () => {
    const sentencesOf = (text: string) => segmentBlocks(parsePlainText(text).blocks).flatMap((p) => p.sentences.map((s) => `${p.role}: ${s.text}`));
    const script = 'window.videoList = window.videoList || [];\nwindow.videoList.push({"dev":false,"container":"video_1","ogHeight":9});';
    const page = (head: string) =>
      `${head}\n\n${script}\n\n03:14 De Kissinger a Obama: repaso histórico por los premios más polémicos El primer ministro, en la Casa Blanca, el pasado 7 de julio. Foto: Kevin Lamarque (REUTERS) Iker Seisdedos Washington - 22 jul 2025 - 05:45 CEST Compartir en Whatsapp Ir a los comentarios Un nuevo truco se ha sumado al repertorio de los líderes. Y sigue el texto.`;
    const found = sentencesOf(page('Donald Trump ¿Trump, premio Nobel de la Paz? El presidente y sus aliados maniobran para lograrlo De Netanyahu al líder de Pakistán, crecen las propuestas. Los expertos lo ven poco probable'));
    expect(found.slice(0, 5)).toEqual([
      'boilerplate: Donald Trump',
      'heading: ¿Trump, premio Nobel de la Paz?',
      'heading: El presidente y sus aliados maniobran para lograrlo',
      'heading: De Netanyahu al líder de Pakistán, crecen las propuestas.',
      'heading: Los expertos lo ven poco probable',
    ]);
    expect(found).toContain('boilerplate: 03:14 De Kissinger a Obama: repaso histórico por los premios más polémicos');
    expect(found).toContain('boilerplate: El primer ministro, en la Casa Blanca, el pasado 7 de julio.');
    expect(found).toContain('body: Un nuevo truco se ha sumado al repertorio de los líderes.');
    // (A name inside the title, "Robert De Niro", is no part's end; the section's name, quoted or not, is cut where the title's article opens it.)
    expect(sentencesOf(page('Cine La muerte de Robert De Niro en la ficción conmueve a sus fans Su familia lo despidió')).slice(0, 3)).toEqual([
      'boilerplate: Cine',
      'heading: La muerte de Robert De Niro en la ficción conmueve a sus fans',
      'heading: Su familia lo despidió',
    ]);
    expect(sentencesOf(page("'Fito' El capo narco se declara no culpable ante la justicia Su extradición refuerza al Gobierno")).slice(0, 3)).toEqual(["boilerplate: 'Fito'", 'heading: El capo narco se declara no culpable ante la justicia', 'heading: Su extradición refuerza al Gobierno']);
    // (The section's name over a title alone.)
    expect(sentencesOf(page('Donald Trump ¿Premio Nobel de la Paz para el presidente?')).slice(0, 2)).toEqual(['boilerplate: Donald Trump', 'heading: ¿Premio Nobel de la Paz para el presidente?']);
    // (A text too long for a head is the article's.)
    expect(sentencesOf(page(`Donald Trump ¿Trump, premio Nobel? ${'El presidente y sus aliados maniobran para lograrlo en todos los foros. '.repeat(8)}`))[0]).toMatch(/^body: /);
  });

  it("reads a byline that ends with the page's stamp after a dash as furniture in a page's head, not a heading", () => {
    const sentencesOf = (text: string) => segmentBlocks(parsePlainText(text).blocks).flatMap((p) => p.sentences.map((s) => `${p.role}: ${s.text}`));
    const head = 'Banca El banco prevé que la aceptación de la oferta se retrase El banco pospone la presentación del folleto definitivo hasta septiembre El logotipo del banco en la fachada de su sede. Ana Beltran (REUTERS) L.S. A.B. Madrid -  21 jul 2025 - 18:50 Actualizado:  21 jul 2025 - 20:48 CEST Compartir en Whatsapp Ir a los comentarios';
    const found = sentencesOf(`${head} El banco prefiere esperar a que pase el verano. Y sigue el texto.`);
    expect(found).toContain('boilerplate: L.S. A.B. Madrid -  21 jul 2025 - 18:50');
    expect(found.filter((s) => s.startsWith('heading'))).toHaveLength(2);
    // (Not a date alone, or a time alone, after the dash.)
    for (const byline of ['L.S. A.B. Madrid - 21 de julio', 'L.S. A.B. Madrid - 18:50', 'L.S. A.B. Madrid - 21 heridos y 3 muertos por el ataque de las 18:50']) {
      expect(sentencesOf(head.replace('L.S. A.B. Madrid -  21 jul 2025 - 18:50', byline) + ' El banco prefiere esperar a que pase el verano. Y sigue el texto.')).not.toContain(`boilerplate: ${byline}`);
    }
  });

  it("cuts the page's furniture from the text glued after it, and its parts from each other", () => {
    const sentencesOf = (text: string) => segmentBlocks(parsePlainText(text).blocks).flatMap((p) => p.sentences.map((s) => `${p.role}: ${s.text}`));
    // The stamp and the buttons before the text's first sentence, a name opening it; the list of
    // other articles after the text, from the last label that opens one.
    const text = `Donald Trump no piensa publicar los papeles que obran en poder de las autoridades, ${'pero su Administración liberó este lunes miles de páginas, '.repeat(5)}según la prensa.`;
    const list = ['Más información El fantasma de Epstein persigue a Donald Trump Iker Seisdedos Washington', 'La última noche de Martin Luther King Antonio Muñoz Molina Archivado En Estados Unidos'];
    const glued = sentencesOf(`El texto.\n\nActualizado: 22 jul 2025 - 08:41 CEST Compartir en Whatsapp Compartir en Facebook Compartir en Twitter Compartir en Bluesky Compartir en Linkedin Copiar enlace Ir a los comentarios ${text} Y sigue el texto. ${list.join(' ')}`);
    expect(glued).toEqual([
      'body: El texto.',
      'boilerplate: Actualizado: 22 jul 2025 - 08:41 CEST Compartir en Whatsapp Compartir en Facebook Compartir en Twitter Compartir en Bluesky Compartir en Linkedin Copiar enlace Ir a los comentarios',
      `body: ${text}`,
      'body: Y sigue el texto.',
      // (Its headlines, each run into the next, cut apart.)
      ...list.map((headline) => `boilerplate: ${headline}`),
    ]);
    // (Not a sentence that opens as furniture does and holds no furniture before its text.)
    const actualizado = `Actualizado: el informe dice que Donald Trump no piensa publicar los papeles, ${'pero su Administración liberó este lunes miles de páginas, '.repeat(6)}según la prensa.`;
    expect(sentencesOf(`El texto.\n\n${actualizado} Y sigue.`).map((s) => s.replace(/^\w+: /, ''))).toContain(actualizado);
    // The author's box: its label and name cut from the author's life.
    expect(sentencesOf('El texto.\n\nSobre la firma Iker Seisdedos Ver biografía Es corresponsal jefe en Washington. Licenciado en Derecho por la Universidad de Deusto.')).toEqual([
      'body: El texto.',
      'boilerplate: Sobre la firma Iker Seisdedos Ver biografía',
      'boilerplate: Es corresponsal jefe en Washington.',
      'boilerplate: Licenciado en Derecho por la Universidad de Deusto.',
    ]);
  });

  it("reads a table's rows as the article's text, a cell a sentence, however short and however often said", () => {
    const article = 'El tribunal fijó la audiencia para el miércoles. Las partes presentarán sus alegatos.';
    const row = (text: string): Block => ({ text, hint: 'row' });
    const table = [row('Resultados'), row('Distrito\nVotos'), row('Comas\n0'), row('Ate\n0'), row('0\n0'), row('0\n0'), row('0\n0'), row('Ver más...')];
    const paragraphs = segmentBlocks([{ text: 'Los resultados' }, ...table, { text: 'Suscríbete' }, { text: article }]);
    expect(paragraphs.map((p) => p.role)).toEqual(['heading', ...table.map(() => 'body'), 'boilerplate', 'body']);
    expect(paragraphs[2]!.sentences.map((s) => s.text)).toEqual(['Distrito', 'Votos']);
    // (A cell that reads as furniture glued to a sentence is still the table's.)
    expect(segmentBlocks([row('Lea también: el fallo\n12'), { text: article }]).map((p) => p.role)).toEqual(['body', 'body']);
    // The heading over a table heads text: it stays, though furniture follows the table.
    expect(segmentBlocks([{ text: article }, { text: 'Votos por distrito' }, row('Comas\n12'), { text: 'Ver más' }, { text: 'Otro titular' }]).map((p) => p.role)).toEqual(['body', 'heading', 'body', 'boilerplate', 'boilerplate']);
  });

  it("sets a script the scraper left in the text apart, a paragraph of its own, changing only the white space", () => {
    const text = "El ministro llegó ayer. googletag.cmd.push(function() {\n\tgoogletag.display('ad-1');\n}); Después habló.";
    const { blocks } = parsePlainText(text);
    expect(blocks).toEqual([{ text: 'El ministro llegó ayer.' }, { text: "googletag.cmd.push(function() { googletag.display('ad-1'); });", hint: 'code' }, { text: 'Después habló.' }]);
    expect(blocks.map((b) => b.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    // (A script is one sentence, and furniture.)
    expect(segmentBlocks(blocks).map((p) => [p.role, p.sentences.length])).toEqual([['body', 1], ['boilerplate', 1], ['body', 1]]);
    // Prose that names a site, or brackets that never close, is no script.
    expect(parsePlainText('Según elnacional.com (ver abajo), dimitió; nadie lo esperaba.').blocks).toEqual([{ text: 'Según elnacional.com (ver abajo), dimitió; nadie lo esperaba.' }]);
    expect(parsePlainText('Lo anunció en x.com(y lo borró. Luego volvió.').blocks.map((b) => b.hint)).toEqual([undefined]);
  });

  it('keeps the glued heading and its sentence apart, without changing the text', () => {
    const text = 'Crisis en el puertoEl gobierno anunció medidas.';
    const [heading, body] = segmentBlocks([{ text }]);
    expect(heading).toMatchObject({ role: 'heading', sentences: [{ n: 0, text: 'Crisis en el puerto', start: 0, end: 19 }] });
    expect(body).toMatchObject({ role: 'body', sentences: [{ n: 1, text: 'El gobierno anunció medidas.', start: 19 }] });
    // In a later block, the heading's range is counted from the start of the stored text.
    const [, glued] = segmentBlocks([{ text: 'Primero.' }, { text }]);
    expect(glued).toMatchObject({ role: 'heading', start: 10, end: 29, sentences: [{ n: 1, text: 'Crisis en el puerto', start: 10, end: 29 }] });
  });

  it("sets apart the page's list of other articles once the article has begun: cut excerpts, the headlines over them, a headline between furniture", () => {
    const roles = (texts: string[]) => segmentBlocks(texts.map((text) => ({ text }))).map((p) => p.role);
    const article = 'El tribunal fijó la audiencia para el miércoles. Las partes presentarán sus alegatos.';
    expect(roles([article, 'El alcalde cumplió un año de gestión al frente del municipio con el cambio de seis...', 'Ver más', 'Cartagena destaca su primer año', 'Otra nota resume la semana y se...'])).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
    // A heading over the article's own text stays, and so do the headings over the article.
    expect(roles(['Juicio en La Paz', article, 'La sentencia', 'Se dictará hoy.'])).toEqual(['heading', 'body', 'heading', 'body']);
    // Headings in a row over text stay; over furniture alone, they go with it.
    expect(roles([article, 'Valora esta noticia', 'Tus comentarios', 'Ver más', 'Llegan 200 mil dosis', 'La nota sigue así y...'])).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
    expect(roles([article, 'Antecedentes', 'Las partes', 'El caso empezó en 2019.'])).toEqual(['body', 'heading', 'heading', 'body']);
    // A headline with no closing mark between furniture, and last after furniture.
    expect(roles([article, 'Ver más', 'Amber Heard sufrió estrés, según psicólogo', 'Ver más', 'Otro titular sin punto final'])).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
    // An ellipsis in the article's text, a quote left hanging, is the article's; so is the excerpt before the article begins.
    expect(roles([article, '“Y entonces...”, dijo.', 'El fiscal pidió doce años.'])).toEqual(['body', 'body', 'body']);
    expect(roles(['Resumen de la nota que...', article])).toEqual(['body', 'body']);
    // A heading over furniture and then a heading over text: only the first goes.
    expect(roles([article, 'Valora esta noticia', 'Foto: Juan Pérez', 'Antecedentes', 'El caso empezó en 2019.'])).toEqual(['body', 'boilerplate', 'boilerplate', 'heading', 'body']);
    // Text without a closing mark stays the article's when text follows it, or when it is long.
    const unfinished = 'Las partes tienen hasta el viernes para presentar sus pruebas y el tribunal dirá luego si las admite o no en el juicio';
    expect(roles([article, 'Foto: Juan Pérez', unfinished, 'El fiscal pidió doce años.'])).toEqual(['body', 'boilerplate', 'body', 'body']);
    const long = `${unfinished} que sigue en la sede de la corte de la ciudad`;
    expect(roles([article, 'Foto: Juan Pérez', long, 'Foto: Ana Ruiz'])).toEqual(['body', 'boilerplate', 'body', 'boilerplate']);
    expect(roles([article, 'Foto: Juan Pérez', unfinished, 'Foto: Ana Ruiz'])).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it("sets apart a block that is one link (another article's headline), and takes the text the page set above its paragraphs for the standfirst", () => {
    const roles = (blocks: Block[]) => segmentBlocks(blocks).map((p) => p.role);
    const article = 'El tribunal fijó la audiencia para el miércoles. Las partes presentarán sus alegatos.';
    const standfirst = 'La Fiscalía abrirá tres casos nuevos este año. En cada uno habrá un capítulo sobre las víctimas.';
    expect(roles([{ text: article }, { text: 'Documentan la expulsión de 147 universitarios', hint: 'link' }, { text: article }])).toEqual(['body', 'boilerplate', 'body']);
    // The standfirst is loose text over the first of the page's paragraphs, a furniture line between them or not.
    expect(roles([{ text: standfirst, hint: 'loose' }, { text: 'Foto: JEP' }, { text: article }])).toEqual(['heading', 'boilerplate', 'body']);
    expect(roles([{ text: standfirst, hint: 'loose' }, { text: article }])).toEqual(['heading', 'body']);
    // Loose text below the first paragraph, or with no paragraph under it, is the article's text.
    expect(roles([{ text: article }, { text: standfirst, hint: 'loose' }])).toEqual(['body', 'body']);
    expect(roles([{ text: standfirst, hint: 'loose' }, { text: article, hint: 'loose' }])).toEqual(['body', 'body']);
    // Only among the first paragraphs, and only as long as a standfirst is (60 words).
    const furniture = ['Foto: JEP', 'EFE', '04.05.2022', 'Por Agencia EFE'].map((text) => ({ text }));
    expect(roles([...furniture, { text: standfirst, hint: 'loose' }, { text: article }])).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'body']);
    expect(roles([...furniture.slice(1), { text: standfirst, hint: 'loose' }, { text: article }])).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'heading', 'body']);
    const sixty = `${'palabra '.repeat(59)}fin.`;
    expect(roles([{ text: sixty, hint: 'loose' }, { text: article }])).toEqual(['heading', 'body']);
    expect(roles([{ text: `otra ${sixty}`, hint: 'loose' }, { text: article }])).toEqual(['body', 'body']);
  });

  it("reads an interview's questions as text, sets apart a quote copied from above it and what the markup set aside", () => {
    const roles = (blocks: Block[]) => segmentBlocks(blocks).map((p) => p.role);
    const answer = { text: 'Es una combinación de factores. La logística y la energía explican casi todo.' };
    const more = { text: 'El conflicto agravó la situación. Lo peor vendrá con la próxima cosecha.' };
    // A line opened by a dash of dialogue is someone's question, short and unpunctuated or not.
    expect(roles([answer, { text: '—¿A qué atribuyen esta subida?' }, more, { text: '– Y los precios' }, answer])).toEqual(['body', 'body', 'body', 'body', 'body']);
    expect(roles([answer, { text: '¿Qué pasará ahora?' }, more, { text: 'Otra sección' }, answer])).toEqual(['body', 'heading', 'body', 'heading', 'body']);
    // One opened by a hyphen or a bullet is an item of a list.
    expect(roles([answer, { text: '- Viajar a velocidades moderadas' }, { text: '• Mantenerse hidratado' }, answer])).toEqual(['body', 'body', 'body', 'body']);
    const said = 'Tenemos hambre no por falta de alimentos, ya que en el país hay una producción suficiente, sino por falta de dinero de las personas.';
    const pull = '"Tenemos hambre no por falta de alimentos, ya que en el país hay una producción suficiente, sino por falta de dinero "Rodrigo CastañedaRepresentante de la FAO';
    // (Below the article's head: a standfirst is said again in the text, and that stays.)
    const head = [{ text: 'Primero.' }, { text: 'Segundo.' }, { text: 'Tercero.' }, { text: 'Cuarto.' }];
    const body = ['body', 'body', 'body', 'body'];
    expect(roles([...head, { text: said }, { text: pull }, answer])).toEqual([...body, 'body', 'boilerplate', 'body']);
    expect(roles([{ text: said }, { text: pull }, answer])).toEqual(['heading', 'body', 'body']);
    // Said before it, in quotes and set apart: not after it, not without quotes, not several sentences.
    expect(roles([...head, { text: pull }, { text: said }])).toEqual([...body, 'body', 'body']);
    expect(roles([...head, { text: said }, { text: pull.slice(1) }])).toEqual([...body, 'body', 'body']);
    expect(roles([...head, { text: said }, { text: `${pull}. Lo dijo ayer en la capital.` }])).toEqual([...body, 'body', 'body']);
    // (A quote of two sentences, each copied from above, is one set apart.)
    const two = 'El cambio climático es un fenómeno que se mide en un largo periodo de tiempo. Cuando ves la variación de la temperatura encuentras picos altos y también bajos.';
    expect(roles([...head, { text: `“${two}”, explica.` }, answer, { text: `“${two}"` }])).toEqual([...body, 'body', 'body', 'boilerplate']);
    // A long name said again is a run of words, but a short part of the quote.
    const name = 'la Escuela Superior del Partido Comunista de la República de Cuba';
    expect(roles([...head, { text: `Habló ayer en ${name}.` }, { text: `“Presentada en ${name}, la estrategia guía los debates de los próximos cinco años de trabajo”.` }])).toEqual([...body, 'body', 'body']);
    expect(roles([answer, { text: 'El Pleno aprobó nuevos movimientos de cuadros:', hint: 'aside' }, answer])).toEqual(['body', 'boilerplate', 'body']);
  });

  it('sets apart a quote set in a box before the passage it copies, and its speaker; not a quote the article says first', () => {
    const roles = (blocks: Block[]) => segmentBlocks(blocks).map((p) => p.role);
    const head = [{ text: 'Primero.' }, { text: 'Segundo.' }, { text: 'Tercero.' }, { text: 'Cuarto.' }];
    const body = ['body', 'body', 'body', 'body'];
    const quote = '"Las ingenierías en México están diseñadas y conformadas para que el egresado trabaje aquí o en países de habla hispana"';
    const passage = `${quote}, dice en conversación con BBC Mundo.`;
    const speaker = 'José Durán Mejía, Asociación Nacional de Facultades y Escuelas de Ingeniería';
    expect(roles([...head, { text: quote }, { text: speaker }, { text: 'No todos comparten ese dato.' }, { text: passage }])).toEqual([...body, 'boilerplate', 'boilerplate', 'body', 'body']);
    // (After the passage, as before; a line under it that is no one's name stays, and so does a sentence that opens with one.)
    expect(roles([...head, { text: passage }, { text: quote }, { text: 'Luego habló el rector de la universidad' }])).toEqual([...body, 'body', 'boilerplate', 'body']);
    expect(roles([...head, { text: passage }, { text: quote }, { text: 'José Durán Mejía, rector de la universidad, habló después.' }])).toEqual([...body, 'body', 'boilerplate', 'body']);
    expect(roles([...head, { text: passage }, { text: quote }, { text: 'José Durán Mejía, rector de la universidad, habló después con los alumnos de primer año de la carrera' }])).toEqual([...body, 'body', 'boilerplate', 'body']);
    // The article's own quote, said again later with more around it, is no copy: it says who said it.
    expect(roles([...head, { text: `${quote}, dijo.` }, { text: `Y repitió: ${quote}, en la radio.` }])).toEqual([...body, 'body', 'body']);
    // Nor copied from a later passage that says less.
    expect(roles([...head, { text: quote }, { text: 'Las ingenierías en México están diseñadas y conformadas para que el egresado trabaje aquí.' }])).toEqual([...body, 'body', 'body']);
  });

  it('reads a crosshead over a picture as the heading of the text under the picture', () => {
    const roles = (blocks: Block[]) => segmentBlocks(blocks).map((p) => p.role);
    const text = { text: 'La diferencia salarial parece ser uno de los principales estímulos para la migración.' };
    const lead = { text: 'Cada año miles de profesionales abandonan el país.' };
    expect(roles([lead, { text: 'Sueldos', hint: 'heading' }, { text: 'Un recién graduado puede ganar diez veces más.', hint: 'caption' }, text])).toEqual(['body', 'heading', 'boilerplate', 'body']);
    // (Over furniture alone, it heads nothing.)
    expect(roles([lead, text, { text: 'Detalles', hint: 'heading' }, { text: 'Publicado: 3 de mayo' }])).toEqual(['body', 'body', 'boilerplate', 'boilerplate']);
  });

  it('reads a heading after the last paragraph of text as the page\'s, it heads nothing; and a name alone there as the signature', () => {
    const roles = (blocks: Block[]) => segmentBlocks(blocks).map((p) => p.role);
    const text = { text: 'La diferencia salarial parece ser uno de los principales estímulos para la migración.' };
    const title = { text: 'Los médicos se van', hint: 'heading' } as const;
    const lead = { text: 'Cada año miles de profesionales abandonan el país en busca de mejores sueldos.' };
    const more = { text: 'El ministerio prepara un plan para que vuelvan, con becas y contratos de cinco años.' };
    expect(roles([title, lead, text, { text: 'Salud', hint: 'heading' }, more, { text: 'Otras historias de la semana', hint: 'heading' }, { text: 'El puerto reabre', hint: 'heading' }])).toEqual(['heading', 'body', 'body', 'heading', 'body', 'boilerplate', 'boilerplate']);
    expect(roles([more, { text: 'Otras historias de la semana', hint: 'heading' }, { text: 'El puerto reabre', hint: 'heading' }])).toEqual(['body', 'boilerplate', 'boilerplate']);
    // (Its author's name alone, at its end, signs it.)
    expect(roles([title, lead, text, { text: 'Yaima Puig Meneses' }])).toEqual(['heading', 'body', 'body', 'boilerplate']);
    expect(roles([title, lead, text, { text: 'Yaima Puig Meneses' }, { text: 'Compartir' }])).toEqual(['heading', 'body', 'body', 'boilerplate', 'boilerplate']);
    // (With no text at all, a page of headings keeps them.)
    expect(roles([title, { text: 'Salud', hint: 'heading' }])).toEqual(['heading', 'heading']);
  });

  it('sets apart the list of links under a label that says what it is, up to the first line that is no item', () => {
    const roles = (texts: string[]) => segmentBlocks(texts.map((text) => ({ text }))).map((p) => p.role);
    const text = 'Ciudadanos llevará este mes al Congreso su proposición de ley contra la corrupción.';
    expect(roles(['Según el secretario general, es una ley ómnibus.', 'TAMBIÉN TE PUEDE INTERESAR', '- La Audiencia Nacional reabre la causa contra los exdirectivos de Bankia.', '- Anticorrupción pide a la Audiencia Nacional "no dañar" a Bankia.', text])).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate', 'body']);
    // (Up to an item of two sentences, or of more than forty words: the article's list again.)
    const lead = 'Según el secretario general, es una ley ómnibus.';
    const long = `- ${'El proyecto incluye medidas como la prohibición de los indultos y la protección de los denunciantes, '.repeat(3)}y más.`;
    expect(roles([lead, 'TAMBIÉN TE PUEDE INTERESAR', '- Bankia vuelve a Bolsa.', '- Prohibir los indultos. Proteger a los denunciantes.', '- Limitar las puertas giratorias.'])).toEqual(['body', 'boilerplate', 'boilerplate', 'body', 'body']);
    expect(roles([lead, 'TAMBIÉN TE PUEDE INTERESAR', '- Bankia vuelve a Bolsa.', long, '- Limitar las puertas giratorias.'])).toEqual(['body', 'boilerplate', 'boilerplate', 'body', 'body']);
    // (Under furniture that is no label, a call to subscribe of many words, a list stays the article's.)
    expect(roles([lead, 'Suscríbete a nuestro boletín para recibir cada mañana las noticias del día', '- Prohibir los indultos.', '- Proteger a los denunciantes.'])).toEqual(['body', 'boilerplate', 'body', 'body']);
    // (A list under a heading of the article's is the article's.)
    expect(roles(['Según el secretario general, es una ley ómnibus.', text, 'Las medidas', '- Prohibir los indultos.', '- Proteger a los denunciantes.'])).toEqual(['body', 'body', 'heading', 'body', 'body']);
  });

  it('sets apart a byline of a handle, of an outlet and its agency, and a block of such lines over a dateline', () => {
    const roles = (blocks: Block[]) => segmentBlocks(blocks).map((p) => p.role);
    const text = { text: 'El juez de la Audiencia Nacional ha conformado la pieza sobre la trama en Murcia.' };
    expect(roles([{ text: '@carlota_guindal' }, text])).toEqual(['boilerplate', 'body']);
    expect(roles([{ text: 'La Voz de Galicia Efe\nMadrid 13/02/2017 16:24 h', hint: 'loose' }, text])).toEqual(['boilerplate', 'body']);
    expect(roles([{ text: 'Redacción / EFE' }, text])).toEqual(['boilerplate', 'body']);
    // (Not a heading that names the agency in a sentence, nor two lines of which one is the article's.)
    expect(roles([{ text: 'Velasco atribuye al presidente los delitos de fraude y cohecho.' }, text, { text: 'La entrevista que concedió a EFE' }, { text: 'Sánchez ha dicho hoy que no se puede demostrar lo que nunca existió.' }])).toEqual(['body', 'body', 'heading', 'body']);
    // (A time stamp over a line of the article is set apart from it, the line kept.)
    expect(roles([{ text: 'Madrid 13/02/2017 16:24 h\nEl juez habló ayer con la prensa en Madrid.' }, text])).toEqual(['boilerplate', 'body', 'body']);
    // (Each line furniture alone, as many as there are: a share bar a network a line. Not a line
    // of more than ten words, which may be a sentence naming a bulletin.)
    expect(roles([text, { text: 'Compartir\nFacebook\nTwitter\nWhatsApp\nImprimir' }])).toEqual(['body', 'boilerplate']);
    // (The byline goes, the sentence stays.)
    expect(roles([text, { text: 'La Voz de Galicia Efe\nEl boletín oficial publicó ayer la ley que regula las pensiones de los jubilados.' }])).toEqual(['body', 'boilerplate', 'body']);
    // (Lines that give a time only are furniture by their time: the label over them is no furniture's.)
    const match = 'El partido terminó con una victoria del equipo local ante su público.';
    expect(roles([{ text: match }, { text: 'Horario' }, { text: 'Hora: 8:00 p.m.\nHora: 9:00 p.m.' }, { text: 'El técnico dijo que el equipo jugó muy bien.' }])).toEqual(['body', 'heading', 'boilerplate', 'body']);
  });

  it("reads every turn of an interviewer's as a question, once the interview's questions stand apart as headings", () => {
    const roles = (texts: string[]) => segmentBlocks(texts.map((text) => ({ text }))).map((p) => p.role);
    const answers = ['Es una combinación de factores.', 'La logística explica casi todo.', 'Lo peor vendrá con la cosecha.', 'Nadie lo previó así.', 'Hay que esperar.', 'Lo sabremos en mayo.'];
    const answer = (i: number) => `${answers[i]} Lo hemos documentado en cuarenta casos.`;
    const remark = 'Este fin de semana, el ministro propuso otra cárcel. ¿Qué opina de eso?';
    const long = 'Al ser signatario el país del Estatuto de Roma, ¿bajo la jurisdicción de qué tribunales caen estos casos que usted documentó?';
    const hanging = '¿Podría estar en desacato la Casa Blanca? A esto se agrega el hecho de que el presidente ha dicho que no lo enviará de regreso…';
    const interview = ['¿Qué pasó?', answer(0), remark, answer(1), long, answer(2), hanging, answer(3), '¿Y ahora?', answer(4)];
    expect(roles(interview)).toEqual(['heading', 'body', 'heading', 'body', 'heading', 'body', 'heading', 'body', 'heading', 'body']);
    // (One question standing apart is no interview; a turn is between two answers, of three sentences at most.)
    expect(roles(interview.slice(0, 4))).toEqual(['heading', 'body', 'body', 'body']);
    expect(roles([...interview, remark])).toEqual([...roles(interview), 'body']);
    expect(roles(['¿Qué pasó?', answer(0), `Primero. Segundo. ${remark}`, answer(1), '¿Y ahora?', answer(2)])).toEqual(['heading', 'body', 'body', 'body', 'heading', 'body']);
    // (A question of the page's, between answers, stays furniture.)
    expect(roles([...interview.slice(0, 4), '¿Quieres recibir nuestro boletín?', answer(5)])[4]).toBe('boilerplate');
    // (A turn of more than eighty words is an answer.)
    expect(roles([...interview, `Primero. Segundo. ${'palabra '.repeat(80)}¿Qué opina?`, answer(5)])).toEqual([...roles(interview), 'body', 'body']);
    // (Headings of a question and something else are no interview's questions.)
    expect(roles(['¿Qué pasó? Los hechos', answer(0), remark, answer(1), '¿Y ahora?', answer(2)])).toEqual(['heading', 'body', 'body', 'body', 'heading', 'body']);
    // (A text cut short with no question in it is a teaser still.)
    expect(roles([...interview, 'El alcalde cumplió un año de gestión al frente del municipio con…', answer(5)])).toEqual([...roles(interview), 'boilerplate', 'body']);
  });

  it('reads a short line that is a sentence and its source as text, not a heading', () => {
    const roles = (blocks: Block[]) => segmentBlocks(blocks).map((p) => p.role);
    const text = { text: 'Es una combinación de factores. La logística y la energía explican casi todo.' };
    expect(roles([text, { text: '“Prepararás al mundo para mi venida”. (Diario 429)' }, text])).toEqual(['body', 'body', 'body']);
    // (Not a heading's abbreviation, nor its question.)
    const more = { text: 'El conflicto agravó la situación. Lo peor vendrá con la próxima cosecha.' };
    expect(roles([text, { text: 'EE. UU. recorta su ayuda' }, more, { text: '¿Qué pasará? Las claves del caso' }, text])).toEqual(['body', 'heading', 'body', 'heading', 'body']);
  });

  it('sets apart a call to support the outlet, whole up to 600 characters; a longer paragraph that opens so only by its sentences', () => {
    const appeal = 'El periodismo de este medio no sería posible sin tu apoyo. Con cada donación respaldás el trabajo de nuestros periodistas.';
    const roles = (text: string) => segmentBlocks([{ text: 'El tribunal fijó la audiencia.' }, { text }]).map((p) => p.role);
    expect(roles(appeal)).toEqual(['body', 'boilerplate']);
    expect(roles('Apóyanos con una suscripción mensual.')).toEqual(['body', 'boilerplate']);
    expect(roles('Haz una donación hoy mismo.')).toEqual(['body', 'boilerplate']);
    const filler = ' Es un trabajo de todos los días.';
    const filled = appeal + filler.repeat(Math.floor((600 - appeal.length) / filler.length) - 1);
    const upTo600 = `${filled} ${'a'.repeat(600 - filled.length - 2)}.`;
    expect(upTo600).toHaveLength(600);
    expect(roles(upTo600)).toEqual(['body', 'boilerplate']);
    expect(roles(upTo600 + filler)).toEqual(['body', 'boilerplate', 'body']);
  });

  it('numbers sentences across the article and keeps their ranges in the stored text', () => {
    const blocks = parsePlainText('Uno. Dos.\n\nTítulo aquí\n\nTres. Cuatro.').blocks;
    const stored = blocks.map((b) => b.text).join('\n\n');
    const paragraphs = segmentBlocks(blocks);
    const all = paragraphs.flatMap((p) => p.sentences);
    expect(all.map((s) => s.n)).toEqual([0, 1, 2, 3, 4]);
    for (const s of all) expect(stored.slice(s.start, s.end)).toBe(s.text);
  });
});

/** Text shaped like news: words, names, numbers, abbreviations, quotes and punctuation. */
const newsText = fc
  .array(
    fc.oneof(
      fc.constantFrom('el', 'la', 'Kiev', 'Moscú', 'EE.UU.', 'Sr.', 'S.A.', '3.000', '12,5', '¿Qué?', '¡No!', '...', '…', '"', '«', '»', '(', ')', '—', '-', '.', ',', '?', '!', 'dijo.La', 'puertoEl', '\n', '1.', '•', 'a. m.', 'etc.'),
      fc.string({ minLength: 1, maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((words) => words.join(' '));

describe('segmentation properties', () => {
  it('gives back the paragraph when its sentences are joined, up to whitespace', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const joined = sentences(text).join('');
        expect(joined.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('never yields an empty sentence, and keeps ranges in order and inside the text', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        let last = 0;
        for (const r of splitSentences(text)) {
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(r.start, r.end).trim()).not.toBe('');
          last = r.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(splitSentences(text)).toEqual(splitSentences(text));
        const blocks = parsePlainText(text).blocks;
        expect(segmentBlocks(blocks)).toEqual(segmentBlocks(blocks));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the hand-made gold segmentation of the samples', () => {
  it.each(SAMPLE_FILES)('%s is segmented with boundary F1 of 0.98 or better', async (file) => {
    const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'gold', file.replace(/\.txt$/, '.json')), 'utf8')) as Segmented;
    const found = { paragraphs: segmentBlocks(parsePlainText(sample(file)).blocks).map((p) => ({ role: p.role, sentences: p.sentences.map((s) => s.text) })) };
    const score = scoreSegmentation(gold, found);
    expect(score.f1).toBeGreaterThanOrEqual(0.98);
    expect(score.roleAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('scores a segmentation by its boundaries', () => {
    const gold = { paragraphs: [{ role: 'body', sentences: ['Uno.', 'Dos.', 'Tres.'] }] };
    expect(scoreSegmentation(gold, gold)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    const merged = scoreSegmentation(gold, { paragraphs: [{ role: 'body', sentences: ['Uno. Dos.', 'Tres.'] }] });
    expect(merged).toMatchObject({ precision: 1, recall: 2 / 3 });
  });
});

describe("a column's end and a list run into the text", () => {
  const read = (text: string) => segmentBlocks(parsePlainText(text).blocks).flatMap((p) => p.sentences.map((s) => `${p.role}: ${s.text.replace(/\s+/g, ' ').trim()}`));

  it("reads the signature and a prompt to read the columns, however long, as furniture, and the author's post before such a prompt", () => {
    expect(read('El texto de la columna. Si esto no se entiende, nada cambiará. CARLOS CABALLERO ARGÁEZ (Lea todas las columnas de Carlos Caballero Argáez en EL TIEMPO, aquí)').slice(-1)).toEqual([
      'boilerplate: CARLOS CABALLERO ARGÁEZ (Lea todas las columnas de Carlos Caballero Argáez en EL TIEMPO, aquí)',
    ]);
    // (Nor a last sentence without its stop that names a person and the outlet, longer than a byline.)
    const named = 'Juan Pérez dijo que EL TIEMPO publicará mañana la lista completa de los candidatos del partido en la capital';
    expect(read(`El texto de la columna. ${named}`).slice(-1)).toEqual([`body: ${named}`]);
    // (More than a line's words after the signature: the text's.)
    const long = 'CARLOS CABALLERO ARGÁEZ dijo en la columna de este domingo que la economía del país seguirá frágil muchos años más';
    expect(read(`El texto de la columna. ${long}`).slice(-1)).toEqual([`body: ${long}`]);
    expect(read('El texto de la columna. Es necesario que la comunidad participe. ALEJANDRO CHEYNE GARCÍA Rector de la Universidad del Rosario (Lea todas las  )').slice(-2)).toEqual([
      'boilerplate: ALEJANDRO CHEYNE GARCÍA',
      'boilerplate: Rector de la Universidad del Rosario (Lea todas las )',
    ]);
    // (A rank before the name in the signature, its last word a title: "MAYOR GENERAL".)
    expect(read('El texto de la columna. Así llegaremos a las estrellas. MAYOR GENERAL LUIS CARLOS CÓRDOBA AVENDAÑO Comandante de la FAC').slice(-2)).toEqual([
      'boilerplate: MAYOR GENERAL LUIS CARLOS CÓRDOBA AVENDAÑO',
      'boilerplate: Comandante de la FAC',
    ]);
    expect(read('El texto de la columna. Así llegaremos a las estrellas. MAYOR GENERAL LUIS CARLOS CÓRDOBA AVENDAÑO * Comandante de la FAC').slice(-1)).toEqual([
      'boilerplate: MAYOR GENERAL LUIS CARLOS CÓRDOBA AVENDAÑO * Comandante de la FAC',
    ]);
    // (Not words in capitals that name no one after them: "GRAN DESFILE NACIONAL DE LA FUERZA AÉREA" over a short line.)
    expect(read('El texto de la columna. Así llegaremos a las estrellas. GRAN DESFILE MILITAR DE LA FUERZA AÉREA Comandante de la FAC').slice(-1)).toEqual(['body: Comandante de la FAC']);
    // (A post of more words than a post's, the prompt aside, is the text's.)
    expect(read('El texto de la columna. Es necesario que la comunidad participe. ALEJANDRO CHEYNE GARCÍA Rector de la Universidad del Rosario y de otras tres casas de estudio (Lea todas las  )').slice(-1)[0]).toMatch(/^body: Rector/);
  });

  it("starts a numbered list's items at their numbers, after the colon that introduces the list or the stop of the item before", () => {
    expect(sentences('Propongo unas ideas para esta ruta crítica: 1. Simplificación de la norma. 2. Plataformas amigables. 3. Sincronización de los sistemas.')).toEqual([
      'Propongo unas ideas para esta ruta crítica:',
      '1. Simplificación de la norma.',
      '2. Plataformas amigables.',
      '3. Sincronización de los sistemas.',
    ]);
    // (Not a colon before another figure, nor a figure that ends a sentence.)
    expect(sentences('El marcador fue: 2. Luego vino la prórroga.')).toEqual(['El marcador fue: 2.', 'Luego vino la prórroga.']);
    expect(sentences('Las cifras subieron 2. Luego bajaron.')).toEqual(['Las cifras subieron 2.', 'Luego bajaron.']);
  });
});

// A long reportage's page scraped into one paragraph (El País, through the third scraper): what its head, its
// pictures, its run-in headings and its credits look like, each written here with words of its own.
describe('a reportage scraped whole', () => {
  const read = (text: string) => segmentBlocks(parsePlainText(text).blocks).flatMap((p) => p.sentences.map((s) => `${p.role}: ${s.text.replace(/\s+/g, ' ').trim()}`));

  it('reads its head: a section, a title in quotes, a standfirst of two sentences an outlet in capitals opens, the byline without a caption', () => {
    const head = (gap: string) =>
      `Inmigración “Voy a pedir mi deportación”: la vida de unos migrantes en una celda de Texas${gap}EL PAÍS sigue durante un mes el día a día de varios hombres retenidos en una cárcel. Desde dentro, narran las pésimas condiciones en las que viven bajo la cruzada de Trump Carla Gloria Colomé Nueva York -  21 jul 2025 - 05:30 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios Juan está convencido de que todo lo que dice un preso es mentira. Y el texto sigue aquí con otra frase.`;
    expect(read(head('  '))).toEqual([
      'boilerplate: Inmigración',
      'heading: “Voy a pedir mi deportación”: la vida de unos migrantes en una celda de Texas',
      'heading: EL PAÍS sigue durante un mes el día a día de varios hombres retenidos en una cárcel.',
      'heading: Desde dentro, narran las pésimas condiciones en las que viven bajo la cruzada de Trump',
      'boilerplate: Carla Gloria Colomé Nueva York - 21 jul 2025 - 05:30 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios',
      'body: Juan está convencido de que todo lo que dice un preso es mentira.',
      'body: Y el texto sigue aquí con otra frase.',
    ]);
    // (The title ends at its last word: the space left after it is no part of it.)
    expect(segmentBlocks(parsePlainText(head('  ')).blocks)[1]!.sentences[0]!.text).toBe('“Voy a pedir mi deportación”: la vida de unos migrantes en una celda de Texas');
    // (Without the space the title's end left, the outlet's name in capitals may be the title's own words.)
    expect(read(head(' '))[0]).not.toBe('boilerplate: Inmigración');
    // (A standfirst's sentence of more words than a head's is text: the paragraph is no head.)
    expect(read(head('  ').replace('en una cárcel.', `en una cárcel ${'de las afueras de la ciudad '.repeat(10)}.`))[0]).toMatch(/^body: Inmigración/);
    // (Past the byline's furniture, a sentence of the text is text, whatever follows it.)
    const twice = head('  ').replace(' Y el texto sigue aquí con otra frase.', ' Otra frase que se queda sin su punto final en el texto de la nota aquí Ana Pérez Ruiz Madrid -  21 jul 2025 - 05:30 CEST Compartir en Whatsapp Copiar enlace');
    expect(read(twice).slice(0, 6)).toEqual([...read(head('  ')).slice(0, 5), 'body: Juan está convencido de que todo lo que dice un preso es mentira.']);
    // (A given name inside the place's name of the byline is no byline's start: "… El Puerto de Santa María - 22 jul 2025".)
    const place = head('  ').replace('Carla Gloria Colomé Nueva York', 'Carla Gloria Colomé El Puerto de Santa María');
    expect(read(place)).toContain('boilerplate: Carla Gloria Colomé El Puerto de Santa María - 21 jul 2025 - 05:30 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios');
    const initials = head('  ').replace('Carla Gloria Colomé Nueva York', 'C. G. Colomé El Puerto de Santa María');
    expect(read(initials).some((line) => line.includes(': Santa María - 21 jul'))).toBe(false);
  });

  it("reads a picture's credit that is an agency's name with a partner's and its service's initials, and the heading after it", () => {
    expect(read('El texto.\n\nLo dijo ayer el juez en la audiencia. Migrantes en un centro de detención en Florida, el 4 de julio. Associated Press/LaPresse (APN) Entra la tarde  Para la tarde del jueves ningún oficial se ha acercado. Y sigue.').slice(1)).toEqual([
      'body: Lo dijo ayer el juez en la audiencia.',
      'boilerplate: Migrantes en un centro de detención en Florida, el 4 de julio.',
      'boilerplate: Associated Press/LaPresse (APN)',
      'heading: Entra la tarde',
      'body: Para la tarde del jueves ningún oficial se ha acercado.',
      'body: Y sigue.',
    ]);
  });

  it('reads a run-in heading of a word or a preposition’s phrase between sentences of the text, the space its block left after it', () => {
    expect(read('El texto.\n\nLo dijo claro y se fue a dormir.  Al mediodía  Llega la hora del almuerzo. Y comen.').slice(1)).toEqual(['body: Lo dijo claro y se fue a dormir.', 'heading: Al mediodía', 'body: Llega la hora del almuerzo.', 'body: Y comen.']);
    expect(read('El texto.\n\nEstá allí desde abril. Anochece  Cae el sol en la celda. Y sigue.').slice(1)).toEqual(['body: Está allí desde abril.', 'heading: Anochece', 'body: Cae el sol en la celda.', 'body: Y sigue.']);
    // (Not a name, nor a phrase with a name in it.)
    expect(read('El texto.\n\nEstá allí desde abril. Pérez  Cae el sol en la celda. Y sigue.')).not.toContain('heading: Pérez');
    expect(read('El texto.\n\nLo dijo claro.  En Madrid  Llega la hora del almuerzo. Y comen.')).not.toContain('heading: En Madrid');
    expect(read('El texto.\n\nLo dijo claro.  Que nadie  Llega la hora del almuerzo. Y comen.')).not.toContain('heading: Que nadie');
    expect(read('El texto.\n\nLo dijo claro.  Al final de aquella tarde de julio  Llega la hora del almuerzo. Y comen.')).not.toContain('heading: Al final de aquella tarde de julio');
    // (An article's phrase is left to the rules that weigh a title's words: "La tarde" may be a sentence cut short.)
    expect(read('El texto.\n\nLo dijo claro.  La tarde  Llega la hora del almuerzo. Y comen.')).not.toContain('heading: La tarde');
  });

  it('reads the credits under their label as furniture, each task with its names', () => {
    expect(read('Fin del texto.\n\nCréditos: Edición de texto:  Ana Pérez y Luis Gómez Edición visual:  Marta Ruiz Diseño & layout:  Juan Díaz').slice(1).every((s) => s.startsWith('boilerplate'))).toBe(true);
    // (Each on its own line, the tasks after the first credits too.)
    expect(read('Fin del texto.\n\nCréditos: Edición de texto:    Ana Pérez y Luis Gómez Edición visual:   Marta Ruiz Edición de audio:   Juan Díaz')).toEqual(['body: Fin del texto.', 'boilerplate: Créditos:', 'boilerplate: Edición de texto: Ana Pérez y Luis Gómez', 'boilerplate: Edición visual: Marta Ruiz', 'boilerplate: Edición de audio: Juan Díaz']);
    // (Not a sentence of the text that names people after a colon, no label of credits over it.)
    expect(read('El texto.\n\nLo explicó así. Los dos firmantes: Ana Pérez y Luis Gómez')).toContain('body: Los dos firmantes: Ana Pérez y Luis Gómez');
    // (The label over them is no picture's credit: the short sentences before it are the text's, no caption.)
    expect(read('Fin del texto.\n\nLo dijo el juez ayer en la audiencia. Y se fue. Créditos: Edición de texto:    Ana Pérez y Luis Gómez Edición visual:   Marta Ruiz')).toEqual([
      'body: Fin del texto.',
      'body: Lo dijo el juez ayer en la audiencia.',
      'body: Y se fue.',
      'boilerplate: Créditos:',
      'boilerplate: Edición de texto: Ana Pérez y Luis Gómez',
      'boilerplate: Edición visual: Marta Ruiz',
    ]);
    // (Nor after furniture that is no label of its own.)
    expect(read('El texto.\n\nLo explicó así. (Le puede interesar:  ) Los dos firmantes: Ana Pérez y Luis Gómez\n\nY el texto sigue con otra frase.')).toContain('body: Los dos firmantes: Ana Pérez y Luis Gómez');
  });

  it('ends a sentence after an abbreviation written in lower case, before a word that opens sentences and no article', () => {
    expect(sentences('Comen pan y un poco de col. Otras veces frijoles.')).toEqual(['Comen pan y un poco de col.', 'Otras veces frijoles.']);
    expect(sentences('Vive en la col. Las Américas desde 2010.')).toEqual(['Vive en la col. Las Américas desde 2010.']);
    expect(sentences('Vive en la col. Roma desde 2010.')).toEqual(['Vive en la col. Roma desde 2010.']);
    expect(sentences('Vive en la col. Del Valle desde 2010.')).toEqual(['Vive en la col. Del Valle desde 2010.']);
    expect(sentences('Lo vio la Col. Otras veces no.')).toEqual(['Lo vio la Col. Otras veces no.']);
    expect(sentences('Lo vio la col. Maruchan no.')).toEqual(['Lo vio la col. Maruchan no.']);
  });

  it("reads a picture's caption without its credit between sentences of the text: a name, what they are, where and when, no verb said", () => {
    expect(read('El texto.\n\nHace calor en la celda. Juan Fernández, migrante cubano detenido en un centro de Texas, en julio de 2025. “No es un calor normal”, dice Juan.').slice(1)).toEqual([
      'body: Hace calor en la celda.',
      'boilerplate: Juan Fernández, migrante cubano detenido en un centro de Texas, en julio de 2025.',
      'body: “No es un calor normal”, dice Juan.',
    ]);
    // (Nor opening a paragraph.)
    expect(read('El texto.\n\nJuan Fernández, migrante cubano detenido en un centro de Texas, en julio de 2025. “No es un calor normal”, dice Juan.')).toContain('boilerplate: Juan Fernández, migrante cubano detenido en un centro de Texas, en julio de 2025.');
    for (const sentence of ['Juan Fernández, migrante cubano, dijo que no lo sabía, en julio de 2025.', 'Juan Fernández, migrante al que detuvieron allí, en julio de 2025.', 'Juan Fernández, que vive allí, en julio de 2025.', 'Juan Fernández, de Cuba, en julio de 2025.', 'Juan Fernández, migrante cubano detenido en Texas, en casa.', 'Juan Fernández, migrante cubano detenido, lo denunció ante el juez, en julio de 2025.', 'Casa Blanca, sede del Gobierno de Estados Unidos, en julio de 2025.', `Juan Fernández, migrante cubano detenido ${'en un centro de Texas '.repeat(6)}, en julio de 2025.`]) {
      expect(read(`El texto.\n\nHace calor en la celda. ${sentence} “No es un calor normal”, dice Juan.`)).toContain(`body: ${sentence}`);
    }
  });
});
