/**
 * Sentence segmentation cases, written by hand: [category, paragraph, expected sentences].
 * Each category covers one thing real Spanish news text does to a segmenter.
 */
export type Case = [category: string, input: string, expected: string[]];

const basic: Case[] = [
  ['basic', 'El Gobierno aprobó la ley. La oposición votó en contra.', ['El Gobierno aprobó la ley.', 'La oposición votó en contra.']],
  ['basic', 'Llegó ayer.', ['Llegó ayer.']],
  ['basic', 'Una frase sin punto final', ['Una frase sin punto final']],
  ['basic', 'Uno. Dos. Tres.', ['Uno.', 'Dos.', 'Tres.']],
  ['basic', 'Ganó el partido! Nadie lo esperaba.', ['Ganó el partido!', 'Nadie lo esperaba.']],
  ['basic', 'Lo dijo claro.  Luego se fue.', ['Lo dijo claro.', 'Luego se fue.']],
  ['basic', 'Hay acuerdo. 15 países lo firmaron.', ['Hay acuerdo.', '15 países lo firmaron.']],
  ['basic', 'El texto sigue. y no empieza en mayúscula.', ['El texto sigue. y no empieza en mayúscula.']],
  ['basic', 'Ucrania resiste. Él lo sabe.', ['Ucrania resiste.', 'Él lo sabe.']],
  ['basic', 'Fin de la guerra. Ñandú es una palabra.', ['Fin de la guerra.', 'Ñandú es una palabra.']],
  ['basic', 'Habló Putin.Zelenski respondió.', ['Habló Putin.', 'Zelenski respondió.']],
  ['basic', 'Así fue. Así será.', ['Así fue.', 'Así será.']],
];

const abbreviations: Case[] = [
  ['ordinal', 'Lo aprobó el 8vo. Congreso del partido. Luego habló.', ['Lo aprobó el 8vo. Congreso del partido.', 'Luego habló.']],
  ['ordinal', 'Es el 1er. Encuentro Nacional de la red.', ['Es el 1er. Encuentro Nacional de la red.']],
  ['line break', 'Volverán a reunir a más de\n1 000 personas en la plaza.', ['Volverán a reunir a más de\n1 000 personas en la plaza.']],
  ['line break', 'Llegaron desde\nla capital y otras ciudades.', ['Llegaron desde\nla capital y otras ciudades.']],
  ['line break', 'Primera línea de una lista\nSegunda línea de la lista', ['Primera línea de una lista', 'Segunda línea de la lista']],
  ['line break', '12\nmillones de personas votaron ayer.', ['12\nmillones de personas votaron ayer.']],
  ['line break', '12\nMillones votaron.', ['12', 'Millones votaron.']],
  ['abbreviation', 'El Sr. García llegó tarde.', ['El Sr. García llegó tarde.']],
  // A given name cut short goes on before another given name; not after a name that ends so.
  ['abbreviation', 'Lo aseguró Ma. Elena Andrade Ramírez, la fiscal.', ['Lo aseguró Ma. Elena Andrade Ramírez, la fiscal.']],
  ['abbreviation', 'Lo fundó Jack Ma. El empresario se retiró.', ['Lo fundó Jack Ma.', 'El empresario se retiró.']],
  ['abbreviation', 'Firmó Fco. Javier Pérez.', ['Firmó Fco. Javier Pérez.']],
  // A number's abbreviation, capitalised, before its figures; not "no" answering.
  ['abbreviation', 'Lo firmó el Distrito Militar No. 43 de Florencia.', ['Lo firmó el Distrito Militar No. 43 de Florencia.']],
  ['abbreviation', 'Le dijeron que no. 15 personas vinieron.', ['Le dijeron que no.', '15 personas vinieron.']],
  // A team's coach, "director técnico": "DT." before his name.
  ['abbreviation', 'Javon East (7). DT. Erick Rodríguez. (7)', ['Javon East (7).', 'DT. Erick Rodríguez.', '(7)']],
  ['abbreviation', 'La Sra. Martínez habló. Después se fue.', ['La Sra. Martínez habló.', 'Después se fue.']],
  ['abbreviation', 'El Dr. Sánchez operó al paciente.', ['El Dr. Sánchez operó al paciente.']],
  ['abbreviation', 'La Dra. López presentó el informe.', ['La Dra. López presentó el informe.']],
  ['abbreviation', 'Lo firmó la Srta. Ruiz.', ['Lo firmó la Srta. Ruiz.']],
  ['abbreviation', 'Dña. Carmen recibió el premio.', ['Dña. Carmen recibió el premio.']],
  ['abbreviation', 'Según el art. 155 de la Constitución, no procede.', ['Según el art. 155 de la Constitución, no procede.']],
  ['abbreviation', 'Véase la pág. 12 del informe.', ['Véase la pág. 12 del informe.']],
  ['abbreviation', 'Vive en el núm. 7 de la calle Mayor.', ['Vive en el núm. 7 de la calle Mayor.']],
  ['abbreviation', 'Según el informe N°. DFOE-SAF-IF-00009-2019, no procede.', ['Según el informe N°. DFOE-SAF-IF-00009-2019, no procede.']],
  ['abbreviation', 'La sede está en la Av. Diagonal de Barcelona.', ['La sede está en la Av. Diagonal de Barcelona.']],
  ['abbreviation', 'El Gral. Gerasimov dirigió la ofensiva.', ['El Gral. Gerasimov dirigió la ofensiva.']],
  ['abbreviation', 'El Prof. Ramos lo explicó en clase.', ['El Prof. Ramos lo explicó en clase.']],
  ['abbreviation', 'La reunión con EE.UU. fue larga.', ['La reunión con EE.UU. fue larga.']],
  ['abbreviation', 'La reunión con EE. UU. fue larga.', ['La reunión con EE. UU. fue larga.']],
  ['abbreviation', 'La reunión con EEUU. fue larga.', ['La reunión con EEUU. fue larga.']],
  ['abbreviation', 'Trump habló con los líderes de EE. UU. y Canadá.', ['Trump habló con los líderes de EE. UU. y Canadá.']],
  ['abbreviation', 'Telefónica S.A. presentó resultados.', ['Telefónica S.A. presentó resultados.']],
  ['abbreviation', 'Telefónica S. A. presentó resultados.', ['Telefónica S. A. presentó resultados.']],
  ['abbreviation', 'Compró pan, leche, etc. y volvió a casa.', ['Compró pan, leche, etc. y volvió a casa.']],
  ['abbreviation', 'La cita es a las 10 a. m. en el ministerio.', ['La cita es a las 10 a. m. en el ministerio.']],
  ['abbreviation', 'Terminó a las 11 p. m. sin acuerdo.', ['Terminó a las 11 p. m. sin acuerdo.']],
  ['abbreviation', 'Hubo aprox. 300 heridos.', ['Hubo aprox. 300 heridos.']],
  ['abbreviation', 'Llame al tel. 900 100 200 para más datos.', ['Llame al tel. 900 100 200 para más datos.']],
  ['abbreviation', 'El Real Madrid vs. Barcelona se juega hoy.', ['El Real Madrid vs. Barcelona se juega hoy.']],
  ['abbreviation', 'Lo escribió J. K. Rowling en 1997.', ['Lo escribió J. K. Rowling en 1997.']],
  ['abbreviation', 'El director, Pedro J. Ramírez, lo confirmó.', ['El director, Pedro J. Ramírez, lo confirmó.']],
  ['abbreviation', 'Lo dijo John F. Kennedy en Berlín.', ['Lo dijo John F. Kennedy en Berlín.']],
  ['abbreviation', 'Consulte el vol. 3 de la obra.', ['Consulte el vol. 3 de la obra.']],
  ['abbreviation', 'Lo firmó el Excmo. Sr. Presidente.', ['Lo firmó el Excmo. Sr. Presidente.']],
  ['abbreviation', 'El Ayuntamiento de Madrid, Dpto. Urbanismo, respondió.', ['El Ayuntamiento de Madrid, Dpto. Urbanismo, respondió.']],
  ['abbreviation', 'Ocurrió en el siglo V a.C. durante la guerra.', ['Ocurrió en el siglo V a.C. durante la guerra.']],
  ['abbreviation', 'Según Ud. no hay pruebas.', ['Según Ud. no hay pruebas.']],
  ['abbreviation', 'El Sr. Pérez y la Sra. Gómez llegaron. Nadie más vino.', ['El Sr. Pérez y la Sra. Gómez llegaron.', 'Nadie más vino.']],
  ['abbreviation', 'Cfr. el capítulo anterior.', ['Cfr. el capítulo anterior.']],
  ['abbreviation', 'Había frutas, p. ej. manzanas y peras.', ['Había frutas, p. ej. manzanas y peras.']],
];

const abbreviationEnds: Case[] = [
  ['abbreviation end', 'La delegación viajó a EE.UU. El presidente la recibió.', ['La delegación viajó a EE.UU.', 'El presidente la recibió.']],
  ['abbreviation end', 'La delegación viajó a EE. UU. El presidente la recibió.', ['La delegación viajó a EE. UU.', 'El presidente la recibió.']],
  ['abbreviation', 'CÓMO GARANTIZAR LOS DD. HH.', ['CÓMO GARANTIZAR LOS DD. HH.']],
  ['abbreviation', 'La protección de los DD. HH. dentro del Estado. Las FF. AA. salieron.', ['La protección de los DD. HH. dentro del Estado.', 'Las FF. AA. salieron.']],
  ['abbreviation end', 'Lo firmaron las FF.AA. El lunes hubo FF. Luego nada.', ['Lo firmaron las FF.AA.', 'El lunes hubo FF.', 'Luego nada.']],
  ['abbreviation end', 'Defendió los DD. HH. El lunes habló.', ['Defendió los DD. HH.', 'El lunes habló.']],
  ['abbreviation end', 'FF.AA. El lunes habló. RR. HH. Y luego.', ['FF.AA.', 'El lunes habló.', 'RR. HH.', 'Y luego.']],
  ['abbreviation end', 'La delegación viajó a EEUU. El presidente la recibió.', ['La delegación viajó a EEUU.', 'El presidente la recibió.']],
  ['abbreviation end', 'Llevaron mantas, agua, comida, etc. La ayuda llegó tarde.', ['Llevaron mantas, agua, comida, etc.', 'La ayuda llegó tarde.']],
  ['abbreviation end', 'El contrato es con Repsol S.A. La empresa no respondió.', ['El contrato es con Repsol S.A.', 'La empresa no respondió.']],
  ['abbreviation end', 'El contrato es con Repsol S. A. La empresa no respondió.', ['El contrato es con Repsol S. A.', 'La empresa no respondió.']],
  ['abbreviation end', 'El ataque fue a las 3 a. m. Nadie resultó herido.', ['El ataque fue a las 3 a. m.', 'Nadie resultó herido.']],
  ['abbreviation end', 'Acabó a las 9 p. m. Después hubo fuegos.', ['Acabó a las 9 p. m.', 'Después hubo fuegos.']],
  ['abbreviation end', 'Lo compró Apple Inc. La operación se cerró ayer.', ['Lo compró Apple Inc.', 'La operación se cerró ayer.']],
  ['abbreviation end', 'Hablaron de ciencia, arte, etc. Luego cenaron.', ['Hablaron de ciencia, arte, etc.', 'Luego cenaron.']],
  ['abbreviation end', 'Le ofrecían “obras, puestos, etc.”. Cabe indicar que hubo más.', ['Le ofrecían “obras, puestos, etc.”.', 'Cabe indicar que hubo más.']],
  ['abbreviation end', 'Lo llamó “el Sr.”. Nadie rió.', ['Lo llamó “el Sr.”.', 'Nadie rió.']],
  ['handle', 'Lo publicó @PresidenciaCuba con la etiqueta #FelizDomingo ayer.', ['Lo publicó @PresidenciaCuba con la etiqueta #FelizDomingo ayer.']],
  // An initial's stop before the name's initials in brackets goes on; an agency's in brackets after a full stop ends it.
  ['initials in brackets', 'Lo demandaron los extrabajadores del Servicio de Aeropuertos S. A. (SABSA). La jueza falló ayer.', ['Lo demandaron los extrabajadores del Servicio de Aeropuertos S. A. (SABSA).', 'La jueza falló ayer.']],
  ['initials in brackets', 'Lo dijo el ministro en la rueda de prensa. (EFE)', ['Lo dijo el ministro en la rueda de prensa.', '(EFE)']],
  ['lost stop', 'Se pasarán por la edición de este año ¿Quieres añadir otro usuario?', ['Se pasarán por la edición de este año', '¿Quieres añadir otro usuario?']],
  ['lost stop', 'Y le preguntó ¿qué haces aquí? sin mirarlo.', ['Y le preguntó ¿qué haces aquí? sin mirarlo.']],
  ['lost stop', 'Tenían 4.000 y luego un millón Se estaba haciendo viral.', ['Tenían 4.000 y luego un millón', 'Se estaba haciendo viral.']],
  ['lost stop', 'Comentarios en Se preparan acciones contra el bloqueo.', ['Comentarios en Se preparan acciones contra el bloqueo.']],
  ['lost stop', 'Te recomendamos cambiar tu contraseña Si decides seguir, avísanos.', ['Te recomendamos cambiar tu contraseña', 'Si decides seguir, avísanos.']],
  ['lost stop', 'Le preguntó si ¿Vendrá mañana el ministro?', ['Le preguntó si ¿Vendrá mañana el ministro?']],
  ['lost stop', 'Lo dijo en ¿Quién es quién?, el programa de la noche.', ['Lo dijo en ¿Quién es quién?, el programa de la noche.']],
  ['lost stop', '“Yo quisiera saber ¿Cómo es que lo aprobaron?”, dijo.', ['“Yo quisiera saber ¿Cómo es que lo aprobaron?”, dijo.']],
  ['lost stop', 'La sesión del pleno terminó tarde ayer. Luego dijo ¿Cómo es posible?', ['La sesión del pleno terminó tarde ayer.', 'Luego dijo ¿Cómo es posible?']],
  ['lost stop', 'Lo anunció el ministro ¿Quieres añadir otro usuario?', ['Lo anunció el ministro', '¿Quieres añadir otro usuario?']],
];

const numbers: Case[] = [
  ['numbers', 'El ataque empezó a las 01.40 de la madrugada.', ['El ataque empezó a las 01.40 de la madrugada.']],
  ['numbers', 'Huyeron 3.000 personas. Otras se quedaron.', ['Huyeron 3.000 personas.', 'Otras se quedaron.']],
  ['numbers', 'La inflación subió al 12,5 por ciento.', ['La inflación subió al 12,5 por ciento.']],
  ['numbers', 'La invasión comenzó el 24.02.2022 al amanecer.', ['La invasión comenzó el 24.02.2022 al amanecer.']],
  ['numbers', 'Ya son más de 677.000 refugiados.', ['Ya son más de 677.000 refugiados.']],
  ['numbers', 'Costó 1.500 millones. El Gobierno pagó.', ['Costó 1.500 millones.', 'El Gobierno pagó.']],
  ['numbers', 'La sesión es a las 10.30 horas en el Congreso.', ['La sesión es a las 10.30 horas en el Congreso.']],
  ['numbers', 'Quedó en 1.º lugar y su rival en 3.ª posición.', ['Quedó en 1.º lugar y su rival en 3.ª posición.']],
  ['numbers', 'Ocurrió en 2022. Desde entonces nada cambió.', ['Ocurrió en 2022.', 'Desde entonces nada cambió.']],
  ['numbers', 'El PIB creció un 2.5% según el FMI.', ['El PIB creció un 2.5% según el FMI.']],
  ['numbers', 'Murieron 12 personas. 40 resultaron heridas.', ['Murieron 12 personas.', '40 resultaron heridas.']],
  ['numbers', 'El decreto 1.234/2023 entra en vigor hoy.', ['El decreto 1.234/2023 entra en vigor hoy.']],
  ['numbers', 'El marcador final fue 3-1. El público aplaudió.', ['El marcador final fue 3-1.', 'El público aplaudió.']],
  ['numbers', 'La temperatura fue de -5,3 grados.', ['La temperatura fue de -5,3 grados.']],
  ['numbers', 'Subió de 1,2 a 3,4 millones en 2023. Bajó en 2024.', ['Subió de 1,2 a 3,4 millones en 2023.', 'Bajó en 2024.']],
];

const ellipsis: Case[] = [
  ['ellipsis', 'Esperaron y esperaron... Nadie vino.', ['Esperaron y esperaron...', 'Nadie vino.']],
  ['ellipsis', 'Esperaron y esperaron… Nadie vino.', ['Esperaron y esperaron…', 'Nadie vino.']],
  ['ellipsis', 'Y entonces... llegó la noticia.', ['Y entonces... llegó la noticia.']],
  ['ellipsis', 'Y entonces… llegó la noticia.', ['Y entonces… llegó la noticia.']],
  ['ellipsis', 'Dijo que "Rusia [...] no cederá".', ['Dijo que "Rusia [...] no cederá".']],
  ['ellipsis', 'Quizás mañana... o nunca.', ['Quizás mañana... o nunca.']],
  ['ellipsis', '¿Y ahora...? Nadie lo sabe.', ['¿Y ahora...?', 'Nadie lo sabe.']],
  ['ellipsis', 'Hubo silencio…', ['Hubo silencio…']],
  ['ellipsis', 'Pan, vino, queso... Todo estaba listo.', ['Pan, vino, queso...', 'Todo estaba listo.']],
];

const questions: Case[] = [
  ['questions', '¿Habrá tregua? Nadie lo sabe.', ['¿Habrá tregua?', 'Nadie lo sabe.']],
  ['questions', '¿Habrá tregua?, se preguntan en Kiev.', ['¿Habrá tregua?, se preguntan en Kiev.']],
  ['questions', '¡Basta ya! Gritaban los manifestantes.', ['¡Basta ya!', 'Gritaban los manifestantes.']],
  ['questions', '¿Qué? ¿Cuándo? ¿Dónde?', ['¿Qué?', '¿Cuándo?', '¿Dónde?']],
  ['questions', 'La pregunta es ¿quién pagará? y nadie responde.', ['La pregunta es ¿quién pagará? y nadie responde.']],
  ['questions', '¡Qué desastre!, dijo el alcalde.', ['¡Qué desastre!, dijo el alcalde.']],
  ['questions', 'Se lo preguntó: ¿por qué ahora? Él calló.', ['Se lo preguntó: ¿por qué ahora?', 'Él calló.']],
  ['questions', '¿Es posible?! No lo creo.', ['¿Es posible?!', 'No lo creo.']],
  ['questions', '¡Viva! ¡Viva!', ['¡Viva!', '¡Viva!']],
  ['questions', 'Preguntó si vendría. ¿Vendrá?', ['Preguntó si vendría.', '¿Vendrá?']],
  ['questions', '¿Negociará Moscú? El Kremlin no lo aclara.', ['¿Negociará Moscú?', 'El Kremlin no lo aclara.']],
];

const quotes: Case[] = [
  ['quotes', 'Dijo: "Vamos a ganar." Luego se fue.', ['Dijo: "Vamos a ganar."', 'Luego se fue.']],
  ['quotes', 'Dijo: “Vamos a ganar.” Luego se fue.', ['Dijo: “Vamos a ganar.”', 'Luego se fue.']],
  ['quotes', 'Dijo: «Vamos a ganar.» Luego se fue.', ['Dijo: «Vamos a ganar.»', 'Luego se fue.']],
  ['quotes', 'Afirmó que es «un asunto complejo». Nadie replicó.', ['Afirmó que es «un asunto complejo».', 'Nadie replicó.']],
  ['quotes', 'Habló de "garantías". El Kremlin calló.', ['Habló de "garantías".', 'El Kremlin calló.']],
  ['quotes', '"¿Vendrás mañana?", preguntó el ministro.', ['"¿Vendrás mañana?", preguntó el ministro.']],
  ['quotes', '"No cederemos", aseguró. "Nunca."', ['"No cederemos", aseguró.', '"Nunca."']],
  ['quotes', '“Pedimos diálogo”, escribió el ministro. “Es urgente.”', ['“Pedimos diálogo”, escribió el ministro.', '“Es urgente.”']],
  ['quotes', 'Dijo que era "grave." Y añadió más.', ['Dijo que era "grave."', 'Y añadió más.']],
  // A closing quote mark typed to open a quote, after a full stop.
  ['quotes', 'Deben tener un listado identificable. ”Cuando estamos en riesgo, nos falta la calma”, dijo.', ['Deben tener un listado identificable.', '”Cuando estamos en riesgo, nos falta la calma”, dijo.']],
  // A prompt whose link was dropped is a sentence of its own; an address after a full stop starts one.
  ['dropped link', 'Pasó sus últimos días en Neiva. (Lea: ) El 22 de abril pidieron la eutanasia.', ['Pasó sus últimos días en Neiva.', '(Lea: )', 'El 22 de abril pidieron la eutanasia.']],
  ['dropped link', 'Lo contó ayer (Le puede interesar:  ). Y se fue.', ['Lo contó ayer', '(Le puede interesar:  ).', 'Y se fue.']],
  ['dropped link', 'Lemon se disculpó posteriormente. [ ] ¿Quieres añadir otro usuario?', ['Lemon se disculpó posteriormente.', '[ ]', '¿Quieres añadir otro usuario?']],
  // (Its colon a comma; or its bracket never closed, a quote after it.)
  ['dropped link', 'Lo dijo ayer. (Le puede interesar,  ) “No más dilaciones”, manifestaron.', ['Lo dijo ayer.', '(Le puede interesar,  )', '“No más dilaciones”, manifestaron.']],
  ['dropped link', 'Lo dijo ayer. (Le puede interesar:  “Ella siendo de Sucre, no ha venido”, señaló.', ['Lo dijo ayer.', '(Le puede interesar:', '“Ella siendo de Sucre, no ha venido”, señaló.']],
  ['dropped link', 'No ha habido un pronunciamiento al respecto. justicia@eltiempo.com @AlejaBonilla', ['No ha habido un pronunciamiento al respecto.', 'justicia@eltiempo.com @AlejaBonilla']],
  // A demonstrative after an article of another number: the link between them was dropped ("la zona del Este" stays).
  ['dropped link', 'Se sumaron los Esta última cree que el caso sirve.', ['Se sumaron los', 'Esta última cree que el caso sirve.']],
  ['dropped link', 'Viajó a la zona del Este de Europa.', ['Viajó a la zona del Este de Europa.']],
  ['dropped link', 'Llegaron los Estados de la región.', ['Llegaron los Estados de la región.']],
  // (Or a demonstrative of another gender than the article: "de la Este viernes".)
  ['dropped link', 'Empezaron las obras de la Este viernes, se colocó la primera piedra.', ['Empezaron las obras de la', 'Este viernes, se colocó la primera piedra.']],
  ['dropped link', 'Vino a la Esa tarde.', ['Vino a la Esa tarde.']],
  // (Or a demonstrative before a day's name after a preposition; not the east, nor one in lower case.)
  ['dropped link', 'Se adelanta una reunión de gestión de riesgos para Este viernes se conoció un requerimiento.', ['Se adelanta una reunión de gestión de riesgos para', 'Este viernes se conoció un requerimiento.']],
  ['dropped link', 'Llegó al Este ayer por la tarde.', ['Llegó al Este ayer por la tarde.']],
  ['dropped link', 'Lo hará para este viernes.', ['Lo hará para este viernes.']],
  ['dropped link', 'Lo recibió el Papa martes por la mañana.', ['Lo recibió el Papa martes por la mañana.']],
  // A phrase that opens a sentence and links it to the one before, capitalised before its comma after a word: the stop was lost
  // with the link; not in lower case, nor after a colon, nor without its comma.
  ['dropped link', 'Le aseguraron a este diario que Por lo tanto, se tendría que esperar.', ['Le aseguraron a este diario que', 'Por lo tanto, se tendría que esperar.']],
  ['dropped link', 'Le aseguraron que, por lo tanto, se tendría que esperar.', ['Le aseguraron que, por lo tanto, se tendría que esperar.']],
  ['dropped link', 'Le aseguraron esto: Sin embargo, se tendría que esperar.', ['Le aseguraron esto: Sin embargo, se tendría que esperar.']],
  ['dropped link', 'Ganó el premio Sin embargo de la novela.', ['Ganó el premio Sin embargo de la novela.']],
  // (A word of the dictionary after the spaces a dropped link left, a closing quote before them too.)
  ['dropped link', "Hay documentos que señalan que 'Támesis'  De hecho,  , embargo y secuestro.", ["Hay documentos que señalan que 'Támesis'", 'De hecho,  , embargo y secuestro.']],
  ['dropped link', "Lo llamaron 'Támesis'  Así lo reveló el diario.", ["Lo llamaron 'Támesis'", 'Así lo reveló el diario.']],
  // (A figure after the word that opens the next sentence: "El 16 de junio…"; not without the spaces.)
  ['dropped link', 'El caso quedó en manos del senador  El 16 de junio de 2022, Pinto planteó un conflicto.', ['El caso quedó en manos del senador', 'El 16 de junio de 2022, Pinto planteó un conflicto.']],
  ['dropped link', 'El caso quedó en manos del Comité El 16 de junio lo resolvió.', ['El caso quedó en manos del Comité El 16 de junio lo resolvió.']],
  // (Round brackets a dropped link left empty after a stop open the next sentence; not without the stop.)
  ['dropped link', 'Lo dijo con las familias”. ( ) Y agregó que sí.', ['Lo dijo con las familias”.', '( ) Y agregó que sí.']],
  ['dropped link', 'Lo dijo ( ) Y agregó que sí.', ['Lo dijo ( ) Y agregó que sí.']],
  // (The desk's name in capitals before its address, after the spaces of a dropped link: a sentence of its own.)
  ['dropped link', 'Se espera un pronunciamiento de la UNP  UNIDAD INVESTIGATIVA u.investigativa@eltiempo.com @UinvestigativaET', ['Se espera un pronunciamiento de la UNP', 'UNIDAD INVESTIGATIVA u.investigativa@eltiempo.com @UinvestigativaET']],
  ['dropped link', 'Escriba a la UNIDAD INVESTIGATIVA u.investigativa@eltiempo.com hoy', ['Escriba a la UNIDAD INVESTIGATIVA u.investigativa@eltiempo.com hoy']],
  // (Or its address alone, after a word; not after a label's colon.)
  ['dropped link', 'Se ordenó extremar las medidas de seguridad de los  justicia@eltiempo.com', ['Se ordenó extremar las medidas de seguridad de los', 'justicia@eltiempo.com']],
  ['dropped link', 'Escríbanos en Twitter:  justicia@eltiempo.com', ['Escríbanos en Twitter:  justicia@eltiempo.com']],
  ['dropped link', 'Su muerte deja a una esposa viuda y Del otro lado, el patrullero tenía 26 años.', ['Su muerte deja a una esposa viuda y', 'Del otro lado, el patrullero tenía 26 años.']],
  // (So is the desk's handle after its network's name; not a network named in the text.)
  ['dropped link', 'Seguirán con la misión del Ejército Nacional de Colombia -  -  En Twitter: @JusticiaET', ['Seguirán con la misión del Ejército Nacional de Colombia -  -', 'En Twitter: @JusticiaET']],
  ['dropped link', 'Lo publicó en Twitter: el mensaje fue borrado.', ['Lo publicó en Twitter: el mensaje fue borrado.']],
  // (A prompt in brackets never closed, a phrase before its verb: "(Por contexto, lo invitamos a leer:".)
  ['dropped link', 'Lo dijo. (Por contexto, lo invitamos a leer:  Vale la pena recordar que hubo otra jornada.', ['Lo dijo.', '(Por contexto, lo invitamos a leer:', 'Vale la pena recordar que hubo otra jornada.']],
  // (A prompt to read another article without its brackets, glued to a whole sentence of the text after it; not to the
  // headline it gives, short or asking.)
  ['dropped link', 'Lo dijo ayer. Puede leer: Al principio, la comunidad pensó que eran petardos. Y sigue.', ['Lo dijo ayer.', 'Puede leer:', 'Al principio, la comunidad pensó que eran petardos.', 'Y sigue.']],
  ['dropped link', 'Lo dijo ayer. Te puede interesar: Petro anuncia la reforma. Y sigue.', ['Lo dijo ayer.', 'Te puede interesar: Petro anuncia la reforma.', 'Y sigue.']],
  ['dropped link', 'Lo dijo ayer. Lea también: ¿Qué pasará con la reforma tributaria del Gobierno? Y sigue.', ['Lo dijo ayer.', 'Lea también: ¿Qué pasará con la reforma tributaria del Gobierno?', 'Y sigue.']],
  ['dropped link', 'Lo dijo ayer. Lea también: la comunidad pensó que eran petardos de feria. Y sigue.', ['Lo dijo ayer.', 'Lea también: la comunidad pensó que eran petardos de feria.', 'Y sigue.']],
  // Spaces left by a dropped link, then a word of the dictionary's capitalised before one in lower
  // case: the sentence was cut short there. Not after a function word unless the word opens
  // sentences, not before a name, not after one space.
  ['dropped link', 'Durante el gobierno del presidente  Así lo reveló la encuesta.', ['Durante el gobierno del presidente', 'Así lo reveló la encuesta.']],
  ['dropped link', 'Se les preguntó sobre  Sobre la aprobación, el 62 por ciento.', ['Se les preguntó sobre', 'Sobre la aprobación, el 62 por ciento.']],
  ['dropped link', 'Si le va bien,  De igual forma, la encuesta indagó.', ['Si le va bien,', 'De igual forma, la encuesta indagó.']],
  ['dropped link', 'Lo dijo la  Policía ayer.', ['Lo dijo la  Policía ayer.']],
  ['dropped link', 'Lo dijo el presidente  Gustavo Petro ayer.', ['Lo dijo el presidente  Gustavo Petro ayer.']],
  ['dropped link', 'Durante el gobierno del presidente Así lo reveló la encuesta.', ['Durante el gobierno del presidente Así lo reveló la encuesta.']],
  // A prompt whose bracket no bracket closes before the next one opens: the prompt alone.
  ['dropped link', 'Lo reveló la encuesta. (Además:  En total se hicieron 11 preguntas. Y otra (la última).', ['Lo reveló la encuesta.', '(Además:', 'En total se hicieron 11 preguntas.', 'Y otra (la última).']],
  ['dropped link', 'Lo reveló (Foto: EFE) la encuesta.', ['Lo reveló (Foto: EFE) la encuesta.']],
  // A capitalised word that opens clauses after a semicolon: the rest of a list was dropped.
  ['dropped link', 'En empleo, el 50 por ciento; También se preguntó por la paz.', ['En empleo, el 50 por ciento;', 'También se preguntó por la paz.']],
  // A survey's technical sheet, glued: each label in capitals opens a sentence, and a word of the
  // dictionary's with its colon after a word in lower case; not a name in capitals, nor after one.
  ['labels', 'FUENTE DE FINANCIACIÓN: CM& UNIVERSO EN ESTUDIO: Mujeres de Colombia DISEÑO DE MUESTREO: Probabilístico.', ['FUENTE DE FINANCIACIÓN: CM&', 'UNIVERSO EN ESTUDIO: Mujeres de Colombia', 'DISEÑO DE MUESTREO: Probabilístico.']],
  ['labels', 'Encuesta telefónica en hogares Nota: El Centro está inscrito.', ['Encuesta telefónica en hogares', 'Nota: El Centro está inscrito.']],
  ['labels', 'Habló el Ministro de Salud Pública: Sancti Spíritus reportó contagios.', ['Habló el Ministro de Salud Pública: Sancti Spíritus reportó contagios.']],
  ['labels', 'Dijo el portavoz de la ONU: El plazo vence hoy.', ['Dijo el portavoz de la ONU: El plazo vence hoy.']],
  ['labels', 'El cartel decía GOBIERNO DE UNIDAD NACIONAL: Todos juntos.', ['El cartel decía', 'GOBIERNO DE UNIDAD NACIONAL: Todos juntos.']],
  // An ellipsis glued to the next sentence ends it; one before a word in lower case does not.
  ['quotes', '“Habla al mundo de mi Misericordia….Es señal de los últimos tiempos.', ['“Habla al mundo de mi Misericordia….', 'Es señal de los últimos tiempos.']],
  ['quotes', 'Lo esperó...Luego se fue.', ['Lo esperó...', 'Luego se fue.']],
  ['quotes', 'Lo esperó…y se fue.', ['Lo esperó…y se fue.']],
  // A quote opened after a full stop opens a sentence, whatever its first letter; not after an abbreviation or an ellipsis.
  ['quotes', 'Temen que los expulsen de Cataluña. "no vamos a permitir que nos arrinconen", remarcan.', ['Temen que los expulsen de Cataluña.', '"no vamos a permitir que nos arrinconen", remarcan.']],
  ['quotes', 'Es el núm. «uno» de la lista.', ['Es el núm. «uno» de la lista.']],
  // A closing quote, then a word that opens sentences before one in lower case: the stop after the quote was lost.
  // Not a name after it, nor a quote opened after a colon (a headline's, in a list of them).
  ['quotes', 'Sugieren “reforzar un marco amplio” El principal argumento fue otro.', ['Sugieren “reforzar un marco amplio”', 'El principal argumento fue otro.']],
  ['quotes', 'Sugieren "reforzar un marco amplio" El principal argumento fue otro.', ['Sugieren "reforzar un marco amplio"', 'El principal argumento fue otro.']],
  ['quotes', 'Lo inició el «valiente iniciador» Simion había dicho.', ['Lo inició el «valiente iniciador» Simion había dicho.']],
  ['quotes', 'Admite que no tiene títulos: “Una equivocación” La diputada del PP dimite.', ['Admite que no tiene títulos: “Una equivocación” La diputada del PP dimite.']],
  ['quotes', 'Sugieren reforzar un marco amplio” El principal argumento fue otro.', ['Sugieren reforzar un marco amplio” El principal argumento fue otro.']],
  ['quotes', 'Lo enviará a EE.UU. "lo antes posible" y lo dijo.', ['Lo enviará a EE.UU. "lo antes posible" y lo dijo.']],
  ['quotes', 'Lo enviará a EE.UU. "Lo antes posible", dijo.', ['Lo enviará a EE.UU.', '"Lo antes posible", dijo.']],
  ['quotes', 'Dijo que... "no sé", y se fue.', ['Dijo que... "no sé", y se fue.']],
  ['quotes', '"Es grave. Muy grave", insistió.', ['"Es grave.', 'Muy grave", insistió.']],
  ['quotes', 'Lo llamó ‘traidor’. Él lo negó.', ['Lo llamó ‘traidor’.', 'Él lo negó.']],
  ['quotes', '«¡Fuera!», gritaron. La policía intervino.', ['«¡Fuera!», gritaron.', 'La policía intervino.']],
  ['quotes', 'Citó el "Quijote". "En un lugar de la Mancha", leyó.', ['Citó el "Quijote".', '"En un lugar de la Mancha", leyó.']],
  ['quotes', '"Necesitamos medidas concretas de Moscú", añadió.', ['"Necesitamos medidas concretas de Moscú", añadió.']],
  ['quotes', 'Escribió: "Rusia sigue enviando señales negativas." El bombardeo continúa.', ['Escribió: "Rusia sigue enviando señales negativas."', 'El bombardeo continúa.']],
];

const brackets: Case[] = [
  ['brackets', 'Ayer (lunes) llegó la delegación. Hoy se fue.', ['Ayer (lunes) llegó la delegación.', 'Hoy se fue.']],
  ['brackets', 'El presidente —que llegó tarde— dijo poco.', ['El presidente —que llegó tarde— dijo poco.']],
  ['brackets', 'Se reunieron en Gomel (ubicado en la frontera entre Bielorrusia y Ucrania) desde el jueves.', ['Se reunieron en Gomel (ubicado en la frontera entre Bielorrusia y Ucrania) desde el jueves.']],
  ['brackets', 'Las aldeas cayeron. (ANSA).', ['Las aldeas cayeron.', '(ANSA).']],
  ['brackets', 'Habló del acuerdo (ver mapa). Luego respondió.', ['Habló del acuerdo (ver mapa).', 'Luego respondió.']],
  ['brackets', 'Todo terminó. (Fue un error.) Nadie dimitió.', ['Todo terminó.', '(Fue un error.)', 'Nadie dimitió.']],
  ['brackets', '—¿Vienes? —preguntó ella.', ['—¿Vienes? —preguntó ella.']],
  ['brackets', '—Sí. —Entonces vamos.', ['—Sí.', '—Entonces vamos.']],
  ['brackets', 'El progreso de las negociaciones [entre las delegaciones] es lento.', ['El progreso de las negociaciones [entre las delegaciones] es lento.']],
  ['brackets', 'Pidió "presionar [a Rusia]". Nadie respondió.', ['Pidió "presionar [a Rusia]".', 'Nadie respondió.']],
  ['brackets', 'La OTAN – dijo – no intervendrá.', ['La OTAN – dijo – no intervendrá.']],
  ['brackets', 'El ministro (PSOE) votó. El resto (PP) se abstuvo.', ['El ministro (PSOE) votó.', 'El resto (PP) se abstuvo.']],
];

const lists: Case[] = [
  ['lists', '- Primero el alto el fuego\n- Después el canje de presos', ['- Primero el alto el fuego', '- Después el canje de presos']],
  ['lists', '1. Retirada de tropas\n2. Garantías de seguridad\n3. Elecciones', ['1. Retirada de tropas', '2. Garantías de seguridad', '3. Elecciones']],
  ['lists', '• Kiev\n• Járkov\n• Odesa', ['• Kiev', '• Járkov', '• Odesa']],
  ['lists', 'Los puntos clave:\n- uno\n- dos', ['Los puntos clave:', '- uno', '- dos']],
  ['lists', '* Sanciones. Más sanciones.\n* Ayuda militar', ['* Sanciones.', 'Más sanciones.', '* Ayuda militar']],
  ['lists', '1) Paz\n2) Pan', ['1) Paz', '2) Pan']],
  ['lists', '- El Sr. López dimitió\n- La Sra. Ruiz no', ['- El Sr. López dimitió', '- La Sra. Ruiz no']],
  ['lists', '– Primer punto\n– Segundo punto', ['– Primer punto', '– Segundo punto']],
  // A list run into one line: its bullets, between spaces, set its items apart; not a bullet inside a word.
  ['lists', 'Detienen a tres personas en Lima • El Real Madrid gana la Supercopa • Cae la inflación', ['Detienen a tres personas en Lima', '• El Real Madrid gana la Supercopa', '• Cae la inflación']],
  ['lists', 'Se usó la fórmula a•b en clase.', ['Se usó la fórmula a•b en clase.']],
];

const missingSpace: Case[] = [
  ['missing space', 'Así lo dijo.La delegación salió.', ['Así lo dijo.', 'La delegación salió.']],
  ['missing space', 'No hubo acuerdo.Las tropas siguen allí.', ['No hubo acuerdo.', 'Las tropas siguen allí.']],
  ['missing space', 'Se fue a Kiev.El viaje duró horas.', ['Se fue a Kiev.', 'El viaje duró horas.']],
  ['missing space', '¿Habrá paz?Nadie lo sabe.', ['¿Habrá paz?', 'Nadie lo sabe.']],
  ['missing space', 'Hubo gritos!Luego silencio.', ['Hubo gritos!', 'Luego silencio.']],
  ['missing space', 'Lo publicó elpais.com ayer.', ['Lo publicó elpais.com ayer.']],
  ['missing space', 'Visite www.rtve.es para más información.', ['Visite www.rtve.es para más información.']],
  ['missing space', 'Escribió a prensa@gobierno.Es urgente.', ['Escribió a prensa@gobierno.Es urgente.']],
  ['missing space', 'Dijo "basta".El público aplaudió.', ['Dijo "basta".', 'El público aplaudió.']],
  ['missing space', 'Costó 3.000 euros.Nadie pagó.', ['Costó 3.000 euros.', 'Nadie pagó.']],
  ['missing space', 'Terminó la sesión.“Es un día triste”, dijo.', ['Terminó la sesión.', '“Es un día triste”, dijo.']],
];

const gluedHeadings: Case[] = [
  ['glued heading', 'Crisis en el puertoEl gobierno anunció medidas.', ['Crisis en el puerto', 'El gobierno anunció medidas.']],
  ['glued heading', 'Sigue la guerraLas tropas rusas avanzan.', ['Sigue la guerra', 'Las tropas rusas avanzan.']],
  ['glued heading', 'Semana intensa para PutinEste miércoles se reunió con Kim.', ['Semana intensa para Putin', 'Este miércoles se reunió con Kim.']],
  ['glued heading', 'Según el grupo DeepState, las aldeas cayeron.', ['Según el grupo DeepState, las aldeas cayeron.']],
  ['glued heading', 'La preside la empresaria Ana TorresTorres.Luego habló el ministro.', ['La preside la empresaria Ana TorresTorres.', 'Luego habló el ministro.']],
  ['glued heading', 'Lo publicó en YouTube y en LinkedIn.', ['Lo publicó en YouTube y en LinkedIn.']],
  ['glued heading', 'Comió en McDonald y pagó con PayPal.', ['Comió en McDonald y pagó con PayPal.']],
  ['glued heading', 'El nuevo iPhone llegó a las tiendas.', ['El nuevo iPhone llegó a las tiendas.']],
  ['glued heading', 'Ataque en OdesaLos misiles alcanzaron el puerto.', ['Ataque en Odesa', 'Los misiles alcanzaron el puerto.']],
  ['glued heading', 'Reunión en MinskSegún BELTA, fue cordial.', ['Reunión en Minsk', 'Según BELTA, fue cordial.']],
  ['glued heading', 'Lo anunció por WhatsApp.', ['Lo anunció por WhatsApp.']],
];

const samples: Case[] = [
  [
    'samples',
    'Este segundo encuentro se producirá solo 48 horas después de que ambas potencias se vieran por primera vez en la región bielorrusa de Gomel (ubicado en la frontera entre Bielorrusia y Ucrania) desde la invasión rusa del pasado jueves. En esa primera toma de contactos, pese a que las delegaciones de los dos países admitieron ir con bastante recelo, se produjeron “ciertos avances” y acordaron verse de nuevo “en los próximos días”.',
    [
      'Este segundo encuentro se producirá solo 48 horas después de que ambas potencias se vieran por primera vez en la región bielorrusa de Gomel (ubicado en la frontera entre Bielorrusia y Ucrania) desde la invasión rusa del pasado jueves.',
      'En esa primera toma de contactos, pese a que las delegaciones de los dos países admitieron ir con bastante recelo, se produjeron “ciertos avances” y acordaron verse de nuevo “en los próximos días”.',
    ],
  ],
  [
    'samples',
    '"Lamentablemente, Rusia sigue enviando señales negativas sobre las reuniones [entre las delegaciones] y el progreso de las negociaciones. El bombardeo de nuestras ciudades y pueblos continúa, con nuevas víctimas cada día", escribió Zelensky en X este miércoles, reforzando la necesidad de "presionar [a Rusia]".',
    [
      '"Lamentablemente, Rusia sigue enviando señales negativas sobre las reuniones [entre las delegaciones] y el progreso de las negociaciones.',
      'El bombardeo de nuestras ciudades y pueblos continúa, con nuevas víctimas cada día", escribió Zelensky en X este miércoles, reforzando la necesidad de "presionar [a Rusia]".',
    ],
  ],
  [
    'samples',
    'Se refería a dos aldeas, Zaporizke y Novoheorhiivka, que habían caído bajo control ruso, según el grupo ucraniano DeepState que rastrea los desarrollos del campo de batalla. El Ministerio de Defensa de Moscú había reivindicado previamente la captura de ambas aldeas. (ANSA).',
    [
      'Se refería a dos aldeas, Zaporizke y Novoheorhiivka, que habían caído bajo control ruso, según el grupo ucraniano DeepState que rastrea los desarrollos del campo de batalla.',
      'El Ministerio de Defensa de Moscú había reivindicado previamente la captura de ambas aldeas.',
      '(ANSA).',
    ],
  ],
  [
    'samples',
    'Este miércoles, Putin se encontró con el líder de Corea del Norte, Kim Jong-un, que después del encuentro para hablar de varios temas de interés, habría invitado al líder ruso a visitar el país. La reunión que han mantenido los dos líderes este miércoles en el Cosmódromo Vostochni. El líder ruso ya habría aceptado.',
    [
      'Este miércoles, Putin se encontró con el líder de Corea del Norte, Kim Jong-un, que después del encuentro para hablar de varios temas de interés, habría invitado al líder ruso a visitar el país.',
      'La reunión que han mantenido los dos líderes este miércoles en el Cosmódromo Vostochni.',
      'El líder ruso ya habría aceptado.',
    ],
  ],
  [
    'samples',
    'Además, la ONU también ha apuntado que hay una "cantidad considerable" de refugiados en Rusia, en su mayoría procedentes de la región del Donbás. Según las autoridades rusas, más de 100.000 personas han cruzado la frontera por la parte este de Ucrania.',
    [
      'Además, la ONU también ha apuntado que hay una "cantidad considerable" de refugiados en Rusia, en su mayoría procedentes de la región del Donbás.',
      'Según las autoridades rusas, más de 100.000 personas han cruzado la frontera por la parte este de Ucrania.',
    ],
  ],
  [
    'samples',
    'Por el momento se desconoce dónde y cuándo se producirá esta segunda reunión. En este sentido, en las últimas horas Kazajistán se ha ofrecido para ejercer de mediados. “Pedimos a los dos Estados hacer los máximos esfuerzos para entablar un diálogo y trabajar en una solución pacífica”, ha escrito el ministro.',
    [
      'Por el momento se desconoce dónde y cuándo se producirá esta segunda reunión.',
      'En este sentido, en las últimas horas Kazajistán se ha ofrecido para ejercer de mediados.',
      '“Pedimos a los dos Estados hacer los máximos esfuerzos para entablar un diálogo y trabajar en una solución pacífica”, ha escrito el ministro.',
    ],
  ],
  [
    'samples',
    '"Un área importante es el contacto con Estados Unidos, garantizando la máxima concreción en estas relaciones", concluyó Zelensky.',
    ['"Un área importante es el contacto con Estados Unidos, garantizando la máxima concreción en estas relaciones", concluyó Zelensky.'],
  ],
  [
    'samples',
    'Funcionarios norteamericanos y surcoreanos han expresado su preocupación en torno a este encuentro. Y es que se cree que Kim podría acabar proporcionando armas y municiones a Rusia, que ha gastado grandes reservas en más de 18 meses de guerra en Ucrania. De momento, sin embargo, Moscú y Pyongyang han negado estas intenciones.',
    [
      'Funcionarios norteamericanos y surcoreanos han expresado su preocupación en torno a este encuentro.',
      'Y es que se cree que Kim podría acabar proporcionando armas y municiones a Rusia, que ha gastado grandes reservas en más de 18 meses de guerra en Ucrania.',
      'De momento, sin embargo, Moscú y Pyongyang han negado estas intenciones.',
    ],
  ],
];

/**
 * Text glued by a scraper, repaired by evidence: the dictionary knows both halves and not
 * the whole ("ItaliaRoma", not "YouTube"), an agency or a sentence's first word after an
 * acronym, a stop before an abbreviation that may open a sentence, a quote that closes one.
 */
const gluedText: Case[] = [
  ['glued words', 'Huelga general en ItaliaRoma amaneció sin trenes.', ['Huelga general en Italia', 'Roma amaneció sin trenes.']],
  ['glued words', 'Apagón en VenezuelaCaracas pasó la noche a oscuras.', ['Apagón en Venezuela', 'Caracas pasó la noche a oscuras.']],
  ['glued words', 'Tensión con TurquíaMiles de personas protestaron.', ['Tensión con Turquía', 'Miles de personas protestaron.']],
  ['glued words', 'La firma CaixaBank ganó más que nunca.', ['La firma CaixaBank ganó más que nunca.']],
  ['glued words', 'Lo contó en TikTok y en PlayStation Plus.', ['Lo contó en TikTok y en PlayStation Plus.']],
  ['glued stop', 'Lo explicó el concejal provincial.EE.UU. respondió con aranceles.', ['Lo explicó el concejal provincial.', 'EE.UU. respondió con aranceles.']],
  ['glued stop', 'Lo adelantó la CNN.Los datos son provisionales.', ['Lo adelantó la CNN.', 'Los datos son provisionales.']],
  ['glued stop', 'Votaron en contra.ONU pidió calma.', ['Votaron en contra.', 'ONU pidió calma.']],
  ['glued stop', 'Habló con el Sr.Gómez en la puerta.', ['Habló con el Sr.Gómez en la puerta.']],
  ['glued stop', 'Nació en el siglo II a.C.Roma era una república.', ['Nació en el siglo II a.C.Roma era una república.']],
  ['glued acronym', 'Se votará en junio. AFPSíguenos en nuestras redes.', ['Se votará en junio.', 'AFP', 'Síguenos en nuestras redes.']],
  ['glued acronym', 'Lo dijo el portavoz de la ONUEl texto sigue.', ['Lo dijo el portavoz de la ONU', 'El texto sigue.']],
  ['glued acronym', 'El acuerdo de la OTAN fue firmado.', ['El acuerdo de la OTAN fue firmado.']],
  ['glued quote', 'Llegaron los tanques «Leopard»Polonia ya tiene los suyos.', ['Llegaron los tanques «Leopard»', 'Polonia ya tiene los suyos.']],
  ['glued quote', "Pidió más sistemas 'Iris-T'Berlín dijo que sí.", ["Pidió más sistemas 'Iris-T'", 'Berlín dijo que sí.']],
  ['glued quote', 'El tenista O’Donnell ganó en París.', ['El tenista O’Donnell ganó en París.']],
  ['glued quote', "Viajó a Côte d'Ivoire en marzo.", ["Viajó a Côte d'Ivoire en marzo."]],
  ['glued quote', "Dijo 'gracias' y bromeó: 'esto se parece a Marina D'Or'.", ["Dijo 'gracias' y bromeó: 'esto se parece a Marina D'Or'."]],
  // What a scraper leaves where it dropped a link, and where it dropped a full stop.
  ['dropped link', 'Hubo dos heridos graves. , ya en el hospital de la ciudad.', ['Hubo dos heridos graves.', ', ya en el hospital de la ciudad.']],
  ['dropped link', 'Se votó la ley. / / / /', ['Se votó la ley.', '/ / / /']],
  ['dropped link', 'Se votó la ley, etc., y luego nada.', ['Se votó la ley, etc., y luego nada.']],
  ['lost stop', 'Lo decidió la junta del banco Esta decisión llega tarde.', ['Lo decidió la junta del banco', 'Esta decisión llega tarde.']],
  ['lost stop', 'Lo anunció el ministro Pero nadie lo creyó.', ['Lo anunció el ministro', 'Pero nadie lo creyó.']],
  ['lost stop', 'Los países de Europa del Este y del Oeste votaron.', ['Los países de Europa del Este y del Oeste votaron.']],
  ['lost stop', 'Dijo: Esta decisión llega tarde.', ['Dijo: Esta decisión llega tarde.']],
  ['lost stop', 'Lo cantó en «Aunque tú no lo sepas» ayer.', ['Lo cantó en «Aunque tú no lo sepas» ayer.']],
  // The page's furniture glued after a word in lower case: a sentence of its own from there. Not
  // after a function word or a capitalised word, and not a name.
  ['glued furniture', 'Aprobó la reforma tras un debate Noticias relacionadas Detienen a tres personas en Lima', ['Aprobó la reforma tras un debate', 'Noticias relacionadas Detienen a tres personas en Lima']],
  ['glued furniture', 'El texto acaba aquí Lea también: El puerto reabre', ['El texto acaba aquí', 'Lea también: El puerto reabre']],
  ['glued furniture', 'Lo pagó con la Publicidad institucional del Estado.', ['Lo pagó con la Publicidad institucional del Estado.']],
  ['glued furniture', 'Noticias Relacionadas', ['Noticias Relacionadas']],
  // A picture's credit glued between its caption and the text, and a section's heading after it; a party's initials in brackets are no credit.
  [
    'glued picture credit',
    'Lo muestra en Marte. Eduardo Munoz (REUTERS) Dónde están La manera más fácil es otra.',
    ['Lo muestra en Marte.', 'Eduardo Munoz (REUTERS)', 'Dónde están', 'La manera más fácil es otra.'],
  ],
  // A heading after a credit has no mark in it, does not end with a function word, and is twelve words at most; the word that opens the text has one in lower case after it.
  ['glued picture credit', 'Lo muestra en Marte. Eduardo Munoz (REUTERS) Uno dos tres cuatro cinco seis siete La manera más fácil es otra.', ['Lo muestra en Marte.', 'Eduardo Munoz (REUTERS)', 'Uno dos tres cuatro cinco seis siete', 'La manera más fácil es otra.']],
  ['glued picture credit', 'Lo muestra en Marte. Eduardo Munoz (REUTERS) Uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece La manera más fácil es otra.', ['Lo muestra en Marte.', 'Eduardo Munoz (REUTERS)', 'Uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece La manera más fácil es otra.']],
  ['glued picture credit', 'Lo muestra en Marte. Eduardo Munoz (REUTERS) Dónde, están La manera más fácil es otra.', ['Lo muestra en Marte.', 'Eduardo Munoz (REUTERS)', 'Dónde, están La manera más fácil es otra.']],
  ['glued picture credit', 'Lo muestra en Marte. Eduardo Munoz (REUTERS) Dónde y La manera más fácil es otra.', ['Lo muestra en Marte.', 'Eduardo Munoz (REUTERS)', 'Dónde y La manera más fácil es otra.']],
  // (Not a given name before a surname that is a function word capitalised: the text opens with a person's name.)
  ['glued picture credit', 'Lo muestra en Oslo. Odd Andersen (AP) Jeff Le aventura, por su parte, que no va a desistir.', ['Lo muestra en Oslo.', 'Odd Andersen (AP)', 'Jeff Le aventura, por su parte, que no va a desistir.']],
  ['glued picture credit', 'Lo muestra en Marte. Eduardo Munoz (REUTERS) Dónde están 2025 La manera más fácil es otra.', ['Lo muestra en Marte.', 'Eduardo Munoz (REUTERS)', 'Dónde están 2025 La manera más fácil es otra.']],
  ['glued picture credit', 'Lo muestra en Marte. Eduardo Munoz (REUTERS) Uno dos tres cuatro cinco seis siete ocho La manera más fácil es otra.', ['Lo muestra en Marte.', 'Eduardo Munoz (REUTERS)', 'Uno dos tres cuatro cinco seis siete ocho', 'La manera más fácil es otra.']],
  ['glued picture credit', 'Lo muestra en Marte. Eduardo Munoz (REUTERS) Dónde están La Manera más fácil es otra.', ['Lo muestra en Marte.', 'Eduardo Munoz (REUTERS)', 'Dónde están La Manera más fácil es otra.']],
  ['glued picture credit', 'Otra imagen del meteorito. SARAH YENESEL (EFE) “Sin embargo, no.”', ['Otra imagen del meteorito.', 'SARAH YENESEL (EFE)', '“Sin embargo, no.”']],
  ['glued picture credit', 'Lo dijo. Juan Pérez (PSOE) también habló.', ['Lo dijo.', 'Juan Pérez (PSOE) también habló.']],
  // A caption and its credit after a bar, no label, glued to the text or to a section's heading: a
  // picture agency's name, an agency's or a credit's word; not another name after a bar, nor before words in lower case.
  [
    'piped credit',
    'Lo detuvieron en junio | Getty Images La aprehensión fue rápida. Lo pidió a EE.UU. | Getty Images Estrenando el cambio legal De consumarse la extradición, se irá.',
    ['Lo detuvieron en junio | Getty Images', 'La aprehensión fue rápida.', 'Lo pidió a EE.UU. | Getty Images', 'Estrenando el cambio legal', 'De consumarse la extradición, se irá.'],
  ],
  ['piped credit', 'Maduro en un acto | EFE El presidente habló. Un retrato | Cortesía "Nunca", dijo.', ['Maduro en un acto | EFE', 'El presidente habló.', 'Un retrato | Cortesía', '"Nunca", dijo.']],
  ['piped credit', 'Maduro en un acto | Juan Pérez Según el presidente, habló.', ['Maduro en un acto | Juan Pérez Según el presidente, habló.']],
  ['piped credit', 'Maduro en un acto | Getty Images según dijo.', ['Maduro en un acto | Getty Images según dijo.']],
  ['piped credit', 'Maduro en un acto |Getty Images El presidente habló.', ['Maduro en un acto |Getty Images', 'El presidente habló.']],
  ['piped credit', 'Maduro en un acto | EFEX El presidente habló.', ['Maduro en un acto | EFEX El presidente habló.']],
  // A section's heading over a quote that is the whole sentence after it; not a title quoted in a
  // sentence, a quote after a verb of saying, a short quote, or a heading ending on a function word.
  [
    'heading over quote',
    'Se ocultaba allí. Una larga lista de delitos "Un líder despiadado de una organización criminal". En estos términos habló.',
    ['Se ocultaba allí.', 'Una larga lista de delitos', '"Un líder despiadado de una organización criminal".', 'En estos términos habló.'],
  ],
  ['heading over quote', 'Una larga lista de delitos «Un líder despiadado de una organización criminal.»', ['Una larga lista de delitos', '«Un líder despiadado de una organización criminal.»']],
  ['heading over quote', 'Descargue el libro “La lectura, ese misterio sin fin”, de Enrique Pérez.', ['Descargue el libro “La lectura, ese misterio sin fin”, de Enrique Pérez.']],
  ['heading over quote', 'El presidente dijo "Vamos a ganar esta guerra". Luego se fue.', ['El presidente dijo "Vamos a ganar esta guerra".', 'Luego se fue.']],
  ['heading over quote', 'Una larga lista de delitos "Un líder despiadado". Luego se fue.', ['Una larga lista de delitos "Un líder despiadado".', 'Luego se fue.']],
  ['heading over quote', 'Una larga lista de los "Un líder despiadado de una organización". Luego se fue.', ['Una larga lista de los "Un líder despiadado de una organización".', 'Luego se fue.']],
  ['heading over quote', 'Una larga lista de delitos "Un líder despiadado de una organización" Luego se fue.', ['Una larga lista de delitos "Un líder despiadado de una organización"', 'Luego se fue.']],
  ['heading over quote', 'Una larga lista de delitos "Un líder despiadado de una organización" y otros. Luego se fue.', ['Una larga lista de delitos "Un líder despiadado de una organización" y otros.', 'Luego se fue.']],
  // A pull quote run into the sentence after it: words the article says again, eight or more, before a word
  // that opens sentences; not words said once, nor fewer than eight said twice.
  [
    'pull quote',
    'Mientras el Convenio esté en vigor, queda mucho trabajo por hacer Para la defensora, no era eso. Dijo que mientras el Convenio esté en vigor queda mucho trabajo por hacer.',
    ['Mientras el Convenio esté en vigor, queda mucho trabajo por hacer', 'Para la defensora, no era eso.', 'Dijo que mientras el Convenio esté en vigor queda mucho trabajo por hacer.'],
  ],
  ['pull quote', 'Mientras el Convenio esté en vigor, queda mucho trabajo por hacer Para la defensora, no era eso. Dijo otra cosa.', ['Mientras el Convenio esté en vigor, queda mucho trabajo por hacer Para la defensora, no era eso.', 'Dijo otra cosa.']],
  ['pull quote', 'Mientras el Convenio esté en vigor, queda mucho trabajo por hacer Gharbi lo dijo ayer. Dijo que mientras el Convenio esté en vigor queda mucho trabajo por hacer.', ['Mientras el Convenio esté en vigor, queda mucho trabajo por hacer Gharbi lo dijo ayer.', 'Dijo que mientras el Convenio esté en vigor queda mucho trabajo por hacer.']],
  ['pull quote', 'Queda mucho trabajo por hacer Para la defensora, no era eso. Dijo que queda mucho trabajo por hacer.', ['Queda mucho trabajo por hacer Para la defensora, no era eso.', 'Dijo que queda mucho trabajo por hacer.']],
  // A caption signed by its credit after a dash, glued to the text or to a section's heading.
  [
    'dashed credit',
    'Lo dijo. El secuestro persiste en Colombia - crédito Freepik Calificaciones crediticias en negativo Según Corficolombiana,  la pérdida es grande.',
    ['Lo dijo.', 'El secuestro persiste en Colombia - crédito Freepik', 'Calificaciones crediticias en negativo', 'Según Corficolombiana,  la pérdida es grande.'],
  ],
  ['dashed credit', 'La violencia es un lastre - crédito Federico Ríos/Reuters La creciente violencia sigue.', ['La violencia es un lastre - crédito Federico Ríos/Reuters', 'La creciente violencia sigue.']],
  ['dashed credit', 'El acuerdo - crédito de todos - llegó ayer.', ['El acuerdo - crédito de todos - llegó ayer.']],
  // (The text after the credit may open with a quote, or with a word that opens sentences after the credit's source in brackets.)
  ['dashed credit', 'Dio detalles - crédito Policía Bucaramanga “Nosotros empezamos un proceso”, dijo.', ['Dio detalles - crédito Policía Bucaramanga', '“Nosotros empezamos un proceso”, dijo.']],
  ['dashed credit', 'Lamentó la muerte - crédito Fotomontaje Infobae (Alcaldía de Piedecuesta) De hecho, el sicario volvió.', ['Lamentó la muerte - crédito Fotomontaje Infobae (Alcaldía de Piedecuesta)', 'De hecho, el sicario volvió.']],
  ['dashed credit', 'Lamentó la muerte - crédito Foto Infobae Policía Nacional Colombia Bogotá (Alcaldía de Piedecuesta) En efecto, el sicario volvió.', ['Lamentó la muerte - crédito Foto Infobae Policía Nacional Colombia Bogotá (Alcaldía de Piedecuesta) En efecto, el sicario volvió.']],
  ['dashed credit', 'Lamentó la muerte - crédito Fotomontaje Infobae (Alcaldía de Piedecuesta) Medellín vio el sicario.', ['Lamentó la muerte - crédito Fotomontaje Infobae (Alcaldía de Piedecuesta) Medellín vio el sicario.']],
  ['dashed credit', 'Lamentó la muerte - crédito Fotomontaje Infobae Policía Nacional Colombia Bogotá “Nosotros empezamos un proceso”, dijo.', ['Lamentó la muerte - crédito Fotomontaje Infobae Policía Nacional Colombia Bogotá “Nosotros empezamos un proceso”, dijo.']],
  // (The credit's surname before words in lower case is no heading's first word; nor is one word alone.)
  ['dashed credit', 'El lago se secó - crédito Juan Pérez según la agencia, cae.', ['El lago se secó - crédito Juan Pérez según la agencia, cae.']],
  ['dashed credit', 'El lago se secó - crédito Freepik según la agencia, cae.', ['El lago se secó - crédito Freepik según la agencia, cae.']],
  ['dashed credit', 'El lago se secó - crédito Archivo según la agencia, cae.', ['El lago se secó - crédito Archivo según la agencia, cae.']],
  // A list's items run into one line, their labels' bold type dropped (its two spaces left); a name before a colon is no label.
  [
    'list labels',
    'Destaca otros delitos: Extorsión:  aumentó 38% entre 2022 y 2024 Secuestros:  subieron 49% en 2021.',
    ['Destaca otros delitos:', 'Extorsión:  aumentó 38% entre 2022 y 2024', 'Secuestros:  subieron 49% en 2021.'],
  ],
  ['list labels', 'Lo dijo el ministro Juan:  nada cambia.', ['Lo dijo el ministro Juan:  nada cambia.']],
  // A section's heading glued to the sentence after it: a few words that open with a noun; not a sentence's opening words.
  [
    'glued heading',
    'Sigue la inversión directa. Cifras preocupantes de la violencia La historia reciente lo muestra. Expansión del narcotráfico A este panorama se suma otro.',
    ['Sigue la inversión directa.', 'Cifras preocupantes de la violencia', 'La historia reciente lo muestra.', 'Expansión del narcotráfico', 'A este panorama se suma otro.'],
  ],
  ['glued heading', 'Lo dijo. Según el informe El gobierno no lo sabía.', ['Lo dijo.', 'Según el informe El gobierno no lo sabía.']],
  // A heading in capitals, three words or more, glued to the sentence after it; not initials in the text, two words, nor a field's label.
  ['glued heading', 'Lo dijo. NUEVAS MEDIDAS DEL GOBIERNO El plan recoge diez medidas.', ['Lo dijo.', 'NUEVAS MEDIDAS DEL GOBIERNO', 'El plan recoge diez medidas.']],
  ['glued heading', 'NUEVAS MEDIDAS DEL GOBIERNO El plan recoge diez medidas.', ['NUEVAS MEDIDAS DEL GOBIERNO', 'El plan recoge diez medidas.']],
  ['glued heading', 'EE UU y la UE acordaron algo.', ['EE UU y la UE acordaron algo.']],
  ['glued heading', 'ÚLTIMA HORA El Gobierno cae. Lo dijo la OTAN EN EE UU ayer.', ['ÚLTIMA HORA El Gobierno cae.', 'Lo dijo la OTAN EN EE UU ayer.']],
  ['glued heading', 'DISEÑO DE MUESTREO: Probabilístico estratificado en dos etapas.', ['DISEÑO DE MUESTREO: Probabilístico estratificado en dos etapas.']],
  ['glued heading', 'Lo dijo. Además la reforma La oposición votó en contra.', ['Lo dijo.', 'Además la reforma La oposición votó en contra.']],
  // A stop before the tags a scraper left: the sentence ends after them.
  ['closing tags', 'Lo dijo el ministro.</a> Después habló.', ['Lo dijo el ministro.</a>', 'Después habló.']],
  ['closing tags', 'Lo dijo el ministro.</a> y después habló.', ['Lo dijo el ministro.</a> y después habló.']],
  // The page's time stamp and its buttons glued before the text; a sentence that opens with a date and goes on stays whole.
  ['glued stamp', '09 Jul, 2025 12:20 p.m. EST Guardar El enviado especial llegó ayer.', ['09 Jul, 2025 12:20 p.m. EST Guardar', 'El enviado especial llegó ayer.']],
  ['glued stamp', '26 de abril de 2022 9:10 El ministro habló.', ['26 de abril de 2022 9:10', 'El ministro habló.']],
  ['glued stamp', '5 de mayo de 2022 a las 9:10 llegó el ministro.', ['5 de mayo de 2022 a las 9:10 llegó el ministro.']],
  // (A date in full without its time, its year said, before a word that opens sentences; not before other words, nor without its year.)
  ['glued stamp', '12 de julio de 2025 El ministro habló.', ['12 de julio de 2025', 'El ministro habló.']],
  ['glued stamp', 'julio 10, 2025 Contenido Patrocinado', ['julio 10, 2025 Contenido Patrocinado']],
  ['glued stamp', '12 de julio El ministro habló.', ['12 de julio El ministro habló.']],
  ['glued stamp', 'Jul 9, 2025 12:20 Guardar El enviado especial llegó ayer.', ['Jul 9, 2025 12:20 Guardar', 'El enviado especial llegó ayer.']],
  ['glued stamp', '26/04/2022 10:30 La ministra dijo que sí.', ['26/04/2022 10:30', 'La ministra dijo que sí.']],
  ['glued stamp', '12:20 Guardar El enviado especial llegó ayer.', ['12:20 Guardar El enviado especial llegó ayer.']],
  // (The time it was updated after it, a stamp of its own; a picture's credit in brackets after the buttons.)
  ['glued stamp', '08 Jul, 2025 07:03 p.m. Actualizado:  08 Jul, 2025 08:33 p.m. EST Guardar La Fiscalía habló.', ['08 Jul, 2025 07:03 p.m.', 'Actualizado:  08 Jul, 2025 08:33 p.m. EST Guardar', 'La Fiscalía habló.']],
  ['glued stamp', '08 Jul, 2025 07:03 p.m. Actualizado: el texto cambió. La Fiscalía habló.', ['08 Jul, 2025 07:03 p.m.', 'Actualizado: el texto cambió.', 'La Fiscalía habló.']],
  ['glued stamp', '09 Jul, 2025 12:20 p.m. EST Guardar (FOTO: RRSS) La Fiscalía habló.', ['09 Jul, 2025 12:20 p.m. EST Guardar', '(FOTO: RRSS)', 'La Fiscalía habló.']],
  ['glued stamp', '09 Jul, 2025 12:20 p.m. EST Guardar (la Fiscalía) habló.', ['09 Jul, 2025 12:20 p.m.', 'EST Guardar (la Fiscalía) habló.']],
  ['glued stamp', '09 Jul, 2025 Guardar El enviado especial llegó ayer.', ['09 Jul, 2025 Guardar', 'El enviado especial llegó ayer.']],
  ['glued stamp', '09 Jul, 2025 12:20 y luego llegó el enviado.', ['09 Jul, 2025 12:20 y luego llegó el enviado.']],
  ['glued stamp', '09 Jul, 2025 12:20 Ayer.', ['09 Jul, 2025 12:20', 'Ayer.']],
  ['glued stamp', '26 de abril de 2022 | 10:30 hs La ministra dijo que sí.', ['26 de abril de 2022 | 10:30 hs', 'La ministra dijo que sí.']],
  ['glued stamp', '26 abril 2022 10:30 a. m. EST Guardar La ministra dijo que sí.', ['26 abril 2022 10:30 a. m. EST Guardar', 'La ministra dijo que sí.']],
  ['glued stamp', '9 jul. 2025 12:20 El ministro habló.', ['9 jul. 2025 12:20', 'El ministro habló.']],
  ['glued stamp', '26 de abril de 2022 9:10 El ministro habló. Luego se fue.', ['26 de abril de 2022 9:10', 'El ministro habló.', 'Luego se fue.']],
  // (A year alone is no date; a stamp that ends the text is no stamp before it.)
  ['glued stamp', '2022 12:20 El ministro habló.', ['2022 12:20 El ministro habló.']],
  ['glued stamp', '09 Jul, 2025 12:20 Guardar', ['09 Jul, 2025 12:20 Guardar']],
  ['glued stamp', '26 abril 2022 10:30 pm La ministra dijo que sí.', ['26 abril 2022 10:30 pm', 'La ministra dijo que sí.']],
  ['glued stamp', '26 abril 2022 10:30 h La ministra dijo que sí.', ['26 abril 2022 10:30 h', 'La ministra dijo que sí.']],
  // (A time zone is two to five capitals: a place's name in capitals after the time is the text's.)
  ['glued stamp', '09 Jul, 2025 12:20 MADRID El enviado llegó.', ['09 Jul, 2025 12:20', 'MADRID El enviado llegó.']],
  ['glued stamp', '09 Jul, 2025 12:20 hoja1 El enviado llegó.', ['09 Jul, 2025 12:20 hoja1 El enviado llegó.']],
  // (Three buttons at most are the stamp's.)
  ['glued stamp', '09 Jul, 2025 12:20 Guardar Compartir Imprimir Escuchar El enviado llegó.', ['09 Jul, 2025 12:20 Guardar Compartir Imprimir', 'Escuchar El enviado llegó.']],
  // An embedded post's signature between its text and the article's.
  [
    'glued signature',
    'Dos días estuvo.  pic.twitter.com/vxFk — Elena Rodríguez (@ElenaDeQuito)  July 21, 2025   Ante esto el ministro habló.',
    ['Dos días estuvo.  pic.twitter.com/vxFk', '— Elena Rodríguez (@ElenaDeQuito)  July 21, 2025', 'Ante esto el ministro habló.'],
  ],
  ['glued signature', 'Lo dijo — en su cuenta (@ministro) — y nada más.', ['Lo dijo — en su cuenta (@ministro) — y nada más.']],
  // (The date in the page's language, "de" between its parts, or none.)
  [
    'glued signature',
    'Dos días estuvo. pic.twitter.com/vxFk — Elena Rodríguez (@ElenaDeQuito) 21 de julio de 2025 Ante esto el ministro habló.',
    ['Dos días estuvo. pic.twitter.com/vxFk', '— Elena Rodríguez (@ElenaDeQuito) 21 de julio de 2025', 'Ante esto el ministro habló.'],
  ],
  [
    'glued signature',
    'Lo dijo. Dos días estuvo así —Elena Rodríguez (@ElenaDeQuito) 21 jul. 2025 Ante esto el ministro habló. Y se fue.',
    ['Lo dijo.', 'Dos días estuvo así', '—Elena Rodríguez (@ElenaDeQuito) 21 jul. 2025', 'Ante esto el ministro habló.', 'Y se fue.'],
  ],
  ['glued signature', 'Dos días estuvo así — Elena Rodríguez (@ElenaDeQuito) 21 de julio Ante esto el ministro habló.', ['Dos días estuvo así — Elena Rodríguez (@ElenaDeQuito) 21 de julio Ante esto el ministro habló.']],
  // A picture's caption and credit glued before the text: the credit's names end where the text's first word opens it.
  ['glued credit', 'Prince visitó Ecuador | Foto: Archivo El exmilitar llegó el viernes.', ['Prince visitó Ecuador | Foto: Archivo', 'El exmilitar llegó el viernes.']],
  ['glued credit', 'Las medidas incluyen una tobillera | Foto Foto: Instagram Bolsonaro La Primera Sala ratificó.', ['Las medidas incluyen una tobillera | Foto Foto: Instagram Bolsonaro', 'La Primera Sala ratificó.']],
  ['glued credit', 'El presidente en Caracas | Foto: El Nacional El Gobierno anunció medidas.', ['El presidente en Caracas | Foto: El Nacional', 'El Gobierno anunció medidas.']],
  ['glued credit', 'El presidente en Caracas | Foto: El Nacional', ['El presidente en Caracas | Foto: El Nacional']],
  // A credit in words that are one alone, or an agency's name, opening the paragraph: the text right after it; not a name, nor words in lower case.
  ['glued credit', 'Foto: Cortesía José Gregorio Rodríguez, ciudadano venezolano, murió ayer.', ['Foto: Cortesía', 'José Gregorio Rodríguez, ciudadano venezolano, murió ayer.']],
  ['glued credit', 'FOTO: Archivo / EFE José Pérez llegó.', ['FOTO: Archivo / EFE', 'José Pérez llegó.']],
  ['glued credit', 'Foto: Cortesía de la familia', ['Foto: Cortesía de la familia']],
  // (And after a caption's stop: the credit a sentence of its own.)
  ['glued credit', 'Los jueces del Supremo. Foto: Archivo El presidente respondió ayer.', ['Los jueces del Supremo.', 'Foto: Archivo', 'El presidente respondió ayer.']],
  ['glued credit', 'Lo dijo. Foto: Juan Pérez José llegó.', ['Lo dijo.', 'Foto: Juan Pérez José llegó.']],
  // (A credit's names and the marks between them after a caption's stop, the text after them; not a credit that runs into words in lower case.)
  ['glued credit', 'Los jueces del Supremo. Foto: EFE / Fernando Bizerra El Supremo Tribunal dictó medidas.', ['Los jueces del Supremo.', 'Foto: EFE / Fernando Bizerra', 'El Supremo Tribunal dictó medidas.']],
  ['glued credit', 'Los jueces del Supremo. Foto: EFE / archivo de la agencia.', ['Los jueces del Supremo.', 'Foto: EFE / archivo de la agencia.']],
  // (Or "vía" between them, the agency that sent it.)
  ['glued credit', 'Lo vio en Gabón. FOTO: CONTACTO vía Europa Press Tras su regreso al poder, habló.', ['Lo vio en Gabón.', 'FOTO: CONTACTO vía Europa Press', 'Tras su regreso al poder, habló.']],
  ['glued credit', 'Lo vio en Gabón. Foto: AFP via Getty Images El presidente habló.', ['Lo vio en Gabón.', 'Foto: AFP via Getty Images', 'El presidente habló.']],
  // (A newspaper's name ends it, its article and a word of the dictionary, a name opening the text after it; not a word of the dictionary.)
  ['glued credit', 'Lo dijo. Foto: Semanario El Progreso Dexter es una serie de televisión.', ['Lo dijo.', 'Foto: Semanario El Progreso', 'Dexter es una serie de televisión.']],
  ['glued credit', 'Lo dijo. Foto: Semanario El Progreso Nacional es una serie de televisión.', ['Lo dijo.', 'Foto: Semanario', 'El Progreso Nacional es una serie de televisión.']],
  ['glued credit', 'Lo dijo. Foto: Semanario El Progreso Dexter Morgan es un personaje.', ['Lo dijo.', 'Foto: Semanario', 'El Progreso Dexter Morgan es un personaje.']],
  // (Its article's: not a word that opens sentences otherwise, "Según".)
  ['glued credit', 'Lo dijo. Foto: EFE Según Defensa Fitch subió la nota.', ['Lo dijo.', 'Foto: EFE', 'Según Defensa Fitch subió la nota.']],
  // (The credit on a line of its own, its label misspelt without its accent, the text glued after it.)
  ['glued credit', 'Credito: FGE Baja California Tras recibir llamadas, buscaron.', ['Credito: FGE Baja California', 'Tras recibir llamadas, buscaron.']],
  // (A credit by its label in brackets before a capital, wherever it stands; not before a word in lower case.)
  ['glued credit', 'Hubo gente [Foto: Archivo] Luego se fue.', ['Hubo gente', '[Foto: Archivo]', 'Luego se fue.']],
  ['glued credit', 'El acto (Foto: EFE) terminó tarde.', ['El acto (Foto: EFE) terminó tarde.']],
  // (A section's heading over a quote its speaker says after it; not a sentence that says who speaks before it.)
  ['glued heading', 'El comité no cumple. Cuatro precedentes “Trump es un tipo chapado a la antigua”, añade Nordlinger ayer. Y sigue.', ['El comité no cumple.', 'Cuatro precedentes', '“Trump es un tipo chapado a la antigua”, añade Nordlinger ayer.', 'Y sigue.']],
  ['glued heading', 'Lo dijo ayer. Trump dijo “Vamos a ganar este año”, añade el diario.', ['Lo dijo ayer.', 'Trump dijo “Vamos a ganar este año”, añade el diario.']],
  ['glued heading', 'Lo dijo ayer. Cuatro precedentes “Trump es un tipo chapado a la antigua”, una frase suya.', ['Lo dijo ayer.', 'Cuatro precedentes “Trump es un tipo chapado a la antigua”, una frase suya.']],
  // (A section's heading glued to the sentence after it, its quote closed, at the paragraph's start too; not one open, nor a quote opening the text.)
  ['glued heading', 'Bolsonaro calificó las medidas como una "máxima humillación" El juez supremo acusó a Bolsonaro.', ['Bolsonaro calificó las medidas como una "máxima humillación"', 'El juez supremo acusó a Bolsonaro.']],
  ['glued heading', 'Lo dijo. Bolsonaro calificó las medidas como una "máxima El juez supremo acusó.', ['Lo dijo.', 'Bolsonaro calificó las medidas como una "máxima El juez supremo acusó.']],
  // (Opened by a function word, three words or more, not a label's two; an apposition's comma in it; up to twelve words.)
  ['glued heading', 'Lo dijo. Así ocurrió el atentado sicarial contra el comerciante de bicicletas El atentado fue ayer.', ['Lo dijo.', 'Así ocurrió el atentado sicarial contra el comerciante de bicicletas', 'El atentado fue ayer.']],
  ['glued heading', 'Lo dijo. Más información El cambio de actitud de Trump hacia Putin.', ['Lo dijo.', 'Más información El cambio de actitud de Trump hacia Putin.']],
  ['glued heading', 'Lo dijo. Captura de alias Orejas, presunto responsable del crimen de Emiro Díaz Por su parte, alias Orejas fue detenido.', ['Lo dijo.', 'Captura de alias Orejas, presunto responsable del crimen de Emiro Díaz', 'Por su parte, alias Orejas fue detenido.']],
  ['glued heading', 'Lo dijo. Así ocurrió uno dos tres cuatro cinco seis siete ocho nueve diez El atentado fue ayer.', ['Lo dijo.', 'Así ocurrió uno dos tres cuatro cinco seis siete ocho nueve diez', 'El atentado fue ayer.']],
  ['glued heading', 'Lo dijo. Uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece El atentado fue ayer.', ['Lo dijo.', 'Uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece El atentado fue ayer.']],
  ['glued heading', 'Descargue el libro “La lectura, ese misterio”, de Enrique Pérez.', ['Descargue el libro “La lectura, ese misterio”, de Enrique Pérez.']],
  ['glued heading', 'Lo dijo. Bolsonaro calificó las medidas como una “máxima El juez supremo acusó.', ['Lo dijo.', 'Bolsonaro calificó las medidas como una “máxima El juez supremo acusó.']],
  // (A credit that is an agency's name before a byline's given name: cut between; not before a place.)
  ['agency credit', 'Lo dijo. Foto: Mauricio Torres / EFE | Vídeo: REUTERS Carolina Mella Guayaquil - 22 jul 2025 - 01:28 CEST Compartir.', ['Lo dijo.', 'Foto: Mauricio Torres / EFE | Vídeo: REUTERS', 'Carolina Mella Guayaquil - 22 jul 2025 - 01:28 CEST Compartir.']],
  ['agency credit', 'Lo dijo. Foto: Torres | Vídeo: REUTERS Guayaquil - 22 jul 2025 - 01:28 CEST Compartir.', ['Lo dijo.', 'Foto: Torres | Vídeo: REUTERS Guayaquil - 22 jul 2025 - 01:28 CEST Compartir.']],
  // (A person's name said twice in a row, a credit and a byline: cut between; not a place's name said twice.)
  ['name twice', 'Lo dijo. Luis de Vega Luis de Vega Hamra - 22 jul 2025 - 05:45 CEST Compartir.', ['Lo dijo.', 'Luis de Vega', 'Luis de Vega Hamra - 22 jul 2025 - 05:45 CEST Compartir.']],
  ['name twice', 'Dijo que Nueva York Nueva York es una canción.', ['Dijo que Nueva York Nueva York es una canción.']],
  // (At a paragraph's start, a heading is cut only before an article, three words in at least: not "Mr Obama will become the first US president…", nor a label's "Relacionado La paz…".)
  ['glued heading', 'Relacionado La paz en Rusia', ['Relacionado La paz en Rusia']],
  ['glued heading', 'Bolsonaro calificó las medidas con dureza Un juez habló.', ['Bolsonaro calificó las medidas con dureza Un juez habló.']],
  // (A section's heading after a picture's credit, a quote opening the text after it.)
  ['glued credit', 'Lo dijo ayer. Stephen Somerstein (Getty Images) Sin contexto “El propósito de la campaña era otro”, escriben.', ['Lo dijo ayer.', 'Stephen Somerstein (Getty Images)', 'Sin contexto', '“El propósito de la campaña era otro”, escriben.']],
  ['glued credit', 'Foto: Juan Pérez José llegó.', ['Foto: Juan Pérez José llegó.']],
  // (The text opens within the credit's first five words.)
  ['glued credit', 'La fachada del edificio | Foto: Uno Dos Tres Cuatro Cinco El exmilitar fue detenido.', ['La fachada del edificio | Foto: Uno Dos Tres Cuatro Cinco', 'El exmilitar fue detenido.']],
  ['glued credit', 'La fachada del edificio | Foto: Uno Dos Tres Cuatro Cinco Seis El exmilitar fue detenido.', ['La fachada del edificio | Foto: Uno Dos Tres Cuatro Cinco Seis El exmilitar fue detenido.']],
];

export const SENTENCE_CASES: Case[] = [
  ...basic,
  ...abbreviations,
  ...abbreviationEnds,
  ...numbers,
  ...ellipsis,
  ...questions,
  ...quotes,
  ...brackets,
  ...lists,
  ...missingSpace,
  ...gluedHeadings,
  ...gluedText,
  ...samples,
];

/** [category, paragraphs of an article (blank-line separated), expected roles]. */
export type RoleCase = [category: string, text: string, roles: ('heading' | 'body' | 'boilerplate')[]];

export const ROLE_CASES: RoleCase[] = [
  // Where to write to the author or the desk, an address among a few words, no stop at the end; not a sentence of the text that gives one.
  ['contact', 'El texto.\n\nLo dijo ayer. Noticia en desarrollo... En Twitter: @JusticiaET justicia@eltiempo.com', ['body', 'body', 'boilerplate']],
  ['contact', 'El texto.\n\nLo dijo ayer. UNIDAD INVESTIGATIVA u.investigativa@eltiempo.com @UinvestigativaET Síganos ahora en Facebook', ['body', 'body', 'boilerplate']],
  ['contact', 'El texto.\n\nLo dijo ayer. Los interesados pueden escribir a contacto@alcaldia.gov.co para inscribirse.', ['body', 'body']],
  // The author's signature in capitals and their post or a prompt after it, the article's last line; not words in capitals that name no one.
  ['signature', 'El texto.\n\nLos esperamos. CLAUDIA HAKIM * Directora del Museo de Arte Moderno de Bogotá', ['body', 'body', 'boilerplate']],
  ['signature', 'El texto.\n\nLos esperamos. MARCELA MELÉNDEZ (Lea todas las  )', ['body', 'body', 'boilerplate']],
  // (On a line of its own at the end too.)
  ['signature', 'El texto.\n\nLos esperamos.\n\nCLAUDIA HAKIM * Directora del Museo de Arte Moderno de Bogotá', ['body', 'body', 'boilerplate']],
  ['signature', 'El texto.\n\nLos esperamos. LA CRISIS DEL AGUA * Un informe especial', ['body', 'body']],
  // (A signature in capitals that runs into the outlet's name and a place; a byline that names the outlet in capitals,
  // "Por" before it or not, a place or a handle after it; the desk and the outlet alone; not a sentence of the text.)
  ['signature', 'El texto.\n\nLo dijo el alcalde. SEBASTIÁN CARVAJAL BOLÍVAR REDACTOR EL TIEMPO  MEDELLÍN', ['body', 'body', 'boilerplate']],
  ['signature', 'El texto.\n\nLo dijo el alcalde. Por Roger Urieles Para EL TIEMPO Santa Marta @rogeruv', ['body', 'body', 'boilerplate']],
  ['signature', 'El texto.\n\nLo dijo el alcalde. Francisco Javier Barrios Especial para EL TIEMPO Sincelejo', ['body', 'body', 'boilerplate']],
  ['signature', 'El texto.\n\nLo dijo el alcalde. Tendencias EL TIEMPO', ['body', 'body', 'boilerplate']],
  ['signature', 'El texto.\n\nLo dijo el alcalde. Las autoridades de la región piden ayuda a la ONU y a la OEA para los damnificados', ['body', 'body']],
  ['signature', 'El texto.\n\nLo dijo el alcalde. Francisco Javier Barrios habló con EL TIEMPO ayer en Sincelejo.', ['body', 'body']],
  // (The desk's name, its dashes after it, signs the article off.)
  ['signature', 'El texto.\n\nLo dijo el edil. POLÍTICA - -', ['body', 'body', 'boilerplate']],
  // (A prompt alone, its link dropped: "Además:".)
  ['dropped link', 'El texto.\n\nLo dijo el edil.\n\nAdemás:\n\nY sigue el texto aquí.', ['body', 'body', 'boilerplate', 'body']],
  // (Before the furniture that ends the article, the author's handle.)
  ['signature', 'El texto.\n\nLos esperamos. JHON TORRES Editor de EL TIEMPO En Twitter: @JhonTorresE', ['body', 'body', 'boilerplate']],
  ['contact', 'El texto.\n\nLo dijo ayer. En Twitter: @JusticiaET', ['body', 'body', 'boilerplate']],
  ['signature', 'El texto.\n\nLos esperamos. CLAUDIA HAKIM * Directora del Museo de Arte Moderno de Bogotá y de su junta asesora desde el año pasado', ['body', 'body']],
  // A column's signature in capitals over the author's post at the end; not a heading over a line of the text, nor a name that is no person's.
  ['signature', 'El texto de la columna.\n\nY más texto.\n\nCONCEPCIÓN BARACALDO ALDANA\n\nDirectora del ICBF', ['body', 'body', 'boilerplate', 'boilerplate']],
  ['signature', 'El texto de la columna.\n\nY más texto.\n\nCONCEPCIÓN BARACALDO ALDANA\n\nDirectora del ICBF y de su junta asesora desde el año pasado', ['body', 'body', 'heading', 'body']],
  ['signature', 'El texto de la columna.\n\nY más texto.\n\nLA CRISIS DEL AGUA\n\nDirectora del ICBF', ['body', 'body', 'heading', 'body']],
  // A prompt to read another article, alone, is furniture; the sentence it was glued to is the text.
  ['dropped link', 'El texto.\n\nLo dijo ayer. Puede leer: Al principio, la comunidad pensó que eran petardos.', ['body', 'body', 'boilerplate', 'body']],
  // A line cut short where a link was dropped, its last word a function word or a demonstrative its first, is no heading.
  ['dropped link', 'El texto.\n\nLa mayor parte de las investigaciones parten de un expediente. Estas redes criminales venden  El punto de partida fue Alfonso Vesga. Y sigue.', ['body', 'body']],
  // (Nor one a function word opens with a comma after its first words: "En ese ataque, tres uniformados…".)
  ['dropped link', 'El texto.\n\nLos hostigaron ayer. En ese ataque, tres uniformados resultaron heridos y fallecieron los patrulleros El patrullero tenía 27 años. Y sigue.', ['body', 'body']],
  ['dropped link', 'El texto.\n\nLo dijo ayer. Fuentes cercanas al proceso le aseguraron a este diario que Por lo tanto, se tendría que esperar.', ['body', 'body']],
  ['boilerplate', 'Texto del artículo aquí.\n\nRelacionado Los mapas de la guerra entre Rusia y Ucrania\n\nMás texto.', ['body', 'boilerplate', 'body']],
  ['boilerplate', 'Texto.\n\nSuscríbete a nuestra newsletter y recibe las noticias.\n\nFin.', ['body', 'boilerplate', 'body']],
  ['boilerplate', 'Texto.\n\nApúntate al boletín diario de noticias\n\nFin.', ['body', 'boilerplate', 'body']],
  ['boilerplate', 'Texto.\n\nCompartir en Facebook\n\nFin.', ['body', 'boilerplate', 'body']],
  ['boilerplate', 'Texto.\n\nPublicidad\n\nFin.', ['body', 'boilerplate', 'body']],
  ['boilerplate', 'Texto.\n\nUtilizamos cookies para mejorar su experiencia.\n\nFin.', ['body', 'boilerplate', 'body']],
  ['boilerplate', 'Texto del artículo.\n\nEFE', ['body', 'boilerplate']],
  ['boilerplate', 'Texto del artículo.\n\n(Europa Press)', ['body', 'boilerplate']],
  ['boilerplate', 'Texto del artículo.\n\n"', ['body', 'boilerplate']],
  ['boilerplate', 'Texto del artículo.\n\n” ”', ['body', 'boilerplate']],
  ['boilerplate', 'Texto.\n\nLee también: Zelenski pide más ayuda\n\nFin.', ['body', 'boilerplate', 'body']],
  ['boilerplate', 'Texto.\n\nTe puede interesar\n\nFin.', ['body', 'boilerplate', 'body']],
  ['boilerplate', 'Texto.\n\nSíguenos en Twitter y Facebook\n\nFin.', ['body', 'boilerplate', 'body']],
  ['heading', 'Texto del primer párrafo.\n\nNo se conoce el lugar de la reunión\n\nPor el momento se desconoce.', ['body', 'heading', 'body']],
  ['heading', 'Texto.\n\n677.000 refugiados han huido ya de la guerra en Ucrania\n\nMientras tanto, crece la cifra.', ['body', 'heading', 'body']],
  ['heading', 'Texto.\n\nLas armas rusas que tiene Bielorrusia\n\nLukashenko aseguró algo.', ['body', 'heading', 'body']],
  ['heading', 'Texto.\n\n¿Qué pasará ahora?\n\nNadie lo sabe.', ['body', 'heading', 'body']],
  ['heading', 'Un párrafo largo que termina sin punto porque el scraper lo cortó y sigue y sigue con muchas palabras que no caben en un titular de prensa normal\n\nFin.', ['body', 'body']],
  ['heading', 'Texto.\n\nÚltima línea sin punto', ['body', 'body']],
  ['glued heading', 'Primero.\n\nCrisis en el puertoEl gobierno anunció medidas. Luego hubo más.', ['body', 'heading', 'body']],
  ['glued heading', 'Primero.\n\nSemana intensa para PutinEste miércoles se reunió con Kim.', ['body', 'heading', 'body']],
  // Furniture glued into a paragraph of the article goes; the article's sentences stay.
  ['glued furniture', 'Primero.\n\nLos dos bancos firmaron ayer. EFESíguenos en Telegram.', ['body', 'body', 'boilerplate']],
  ['glued furniture', 'Primero.\n\nLos dos bancos firmaron ayer. Suscríbete a nuestro boletín. Después hubo más reuniones.', ['body', 'body', 'boilerplate', 'body']],
  ['glued furniture', 'Primero.\n\nEl Boletín Oficial publicó la ley. Entra en vigor mañana.', ['body', 'body']],
  ['glued furniture', 'Primero.\n\nSuscríbete a nuestro boletín. Es gratis y llega cada mañana.', ['body', 'boilerplate']],
  ['glued furniture', 'Primero.\n\nOfertas para vos\n\nCon tu suscripción navegás sin límites. ¡También podés sumar el Club para ahorrar!', ['body', 'boilerplate', 'boilerplate']],
  ['glued furniture', 'Primero.\n\nAl suscribirte accedés a todo. Es fácil.', ['body', 'boilerplate']],
  ['glued furniture', 'Primero.\n\nLa gira sigue en 2026. ¿Quieres añadir otro usuario a tu suscripción? Si continúas leyendo en este dispositivo, no se podrá leer en el otro. Accede para contratar más cuentas.', ['body', 'body', 'boilerplate']],
  // (A session of parliament over the years is no reader's account: the "os" of "años" is no "os".)
  // A headline over one of the article's headings, once the text has begun, is a link to another article.
  ['headline over a heading', 'Primero.\n\nPoder Judicial reubicará servicios del edificio de las cortes por vulnerabilidad\n\nCondición estructural\n\nEl proyecto crea un certificado.\n\nLo que dice\n\nDatos\n\nEl texto sigue.', ['body', 'boilerplate', 'heading', 'body', 'heading', 'heading', 'body']],
  // The outlet asking the reader to read another article; the sources of the article at its end.
  ['related', 'Primero.\n\nLe invito a leer: Consejos de ministros no volverán a ser televisados\n\nEl texto sigue.\n\n(Con información de AFP)', ['body', 'boilerplate', 'body', 'boilerplate']],
  // A sentence without its stop right under the title, text following it, is the standfirst.
  ['standfirst unpunctuated', 'Senador somete proyecto de ley\n\nEl legislador dijo que el proyecto crea un mecanismo de evaluación periódica y certificación técnica\n\nEl senador depositó este lunes el proyecto.\n\nEl texto sigue.', ['heading', 'heading', 'body', 'body']],
  // The outlet's own furniture, as each writes it: related links, a call to support it, a newsletter.
  ['outlet furniture', 'Primero.\n\nNoticias Relacionadas\n\nEl periodismo independiente necesita del apoyo de sus lectores para continuar.\n\nApoya a El Nacional\n\nMirá también\n\nRecibí en tu email todas las noticias de la mano de nuestros periodistas\n\nEl texto sigue.', ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body']],
  // A post's first line opened by its hashtag, above its picture's address; the outlet's list of its most read.
  ['post hashtag', 'Primero.\n\n#AhoraLH La presidenta habló.\n\nDijo que seguirá.\n\nFin del post pic.twitter.com/bNIQp2OptG\n\nEl texto sigue.', ['body', 'boilerplate', 'body', 'boilerplate', 'body']],
  ['post hashtag', 'Primero.\n\n#AhoraLH | La presidenta de la Corte habló hoy.\n\n📹: Daniel Ramírez/LH pic.twitter.com/bNIQp2OptG\n\n— Diario La Hora (@lahoragt) April 14, 2025\n\n#Ahora vuelve el texto.\n\nEn tendencia:', ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'boilerplate']],
  // Two sentences under the title, the last without its stop, text following: the standfirst; the section's name over the title.
  ['kicker', 'Extremo centro\n\nComidas, fiestas y orgías\n\nEl texto empieza.', ['boilerplate', 'heading', 'body']],
  ['kicker', 'Lo que pasó ayer\n\nComidas, fiestas y orgías\n\nEl texto empieza.', ['heading', 'heading', 'body']],
  ['headline over a heading', 'Primero.\n\nEl Gobierno condecorará a los rescatistas del techo\n\nDatos\n\nEl texto sigue.', ['body', 'boilerplate', 'heading', 'body']],
  ['headline over a heading', 'Un titular de la portada de ocho palabras largas\n\nDatos\n\nEl texto empieza.', ['heading', 'heading', 'body']],
  ['standfirst of two', 'Estrategia\n\nLa nueva arma del partido para captar votos\n\nJóvenes y campo: dos ejes del laboratorio. Se infiltra en las redes sociales\n\nExplotar las nuevas tecnologías es la estrategia.\n\nEl texto sigue.', ['boilerplate', 'heading', 'heading', 'body', 'body']],
  ['account words', 'Primero.\n\nEn la sesión por los 208 años de la batalla, el mandatario habló del proyecto.', ['body', 'body']],
  ['glued furniture', 'Primero.\n\nLa empresa cerró la cuenta del usuario ayer. Netflix advirtió: «Si compartes tu cuenta, pagarás más». Lo dijo en Madrid.', ['body', 'body']],
  ['glued furniture', 'Primero.\n\nCon su suscripción al sindicato, los obreros pagan la huelga. Lo dijo el líder.', ['body', 'body']],
  ['glued furniture', 'Primero.\n\nSe votó la ley ayer. / / / /', ['body', 'body', 'boilerplate']],
  // A share bar, an embedded post's signature, a related article in brackets, the article's tags.
  ['share bar', 'Primero.\n\nFacebook Twitter WhatsApp Comentar\n\nFacebook\nTwitter\nCopiar enlace\n\nLo contó en Facebook ayer.', ['body', 'boilerplate', 'boilerplate', 'body']],
  // (The post's text as plain text is above its signature, or ends with its picture's address.)
  ['embedded post', 'Primero.\n\nHoy llueve en Buenos Aires.\n\n— SMN Argentina (@SMN_Argentina) February 6, 2020\n\n— Presidencia Cuba (@PresidenciaCuba) April 26, 2022\n\nEl pronóstico sigue.', ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'body']],
  ['embedded post', 'Primero.\n\nEL POLO SE UNE AL PACTO pic.twitter.com/LgoynFUwpQ\n\nEl pronóstico sigue.', ['body', 'boilerplate', 'body']],
  // Its signature dated in the page's language; its link shortened; an Instagram post's text and labels.
  ['embedded post', 'Primero.\n\nHoy Venezuela se levanta con fuerza.\n\n— Juan Guaidó (@jguaido) 5 de enero de 2020\n\nEl texto sigue.', ['body', 'boilerplate', 'boilerplate', 'body']],
  ['embedded post', 'Primero.\n\n#ÚltimaHora El Parlamento aprobó la ley. https://t.co/xyz123AB\n\nEl texto sigue.', ['body', 'boilerplate', 'body']],
  ['embedded post', 'Primero.\n\nVer esta publicación en Instagram\n\nUn día histórico para el país.\n\nUna publicación compartida de El Nacional (@elnacionalweb)\n\nEl texto sigue.', ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'body']],
  ['embedded post', 'Primero.\n\nUna publicación compartida de manera oficial por el ministerio llegó ayer.\n\nEl texto sigue.', ['body', 'body', 'body']],
  ['advertisement', 'Primero.\n\nAdvertisement\n\nEl texto sigue.', ['body', 'boilerplate', 'body']],
  // A short paragraph said word for word inside a longer one before is a copy; the same paragraph twice is judged by how often.
  ['copied line', 'Primero.\n\nSegundo.\n\nTercero.\n\n“Hacerlo es de dictadores”, afirmó el ministro.\n\nHacerlo es de dictadores.\n\nHacerlo es de dictadores y de nadie más.', ['body', 'body', 'body', 'body', 'boilerplate', 'body']],
  ['related in brackets', 'Primero.\n\n[ Hacienda desconoce la identidad de los atacantes ]\n\nEl sistema [de pagos] cayó ayer.', ['body', 'boilerplate', 'body']],
  ['byline', 'Primero.\n\nPublicado por Alberto González\n\nHéctor Andrade | Agencia UNO\n\nPublicado el informe, el ministro habló con la prensa durante dos horas.', ['body', 'boilerplate', 'boilerplate', 'body']],
  ['tags', 'Primero.\n\nEn este artículo: Cuba, Economía, Familia\n\nEtiquetas: lluvias, Chile', ['body', 'boilerplate', 'boilerplate']],
  // A line the page repeats three times or more (a gallery's captions) is furniture; twice, it may be the article's.
  ['repeated', 'Primero.\n\nIV Pleno del Comité Central.\n\nFoto: Estudios.\n\nIV Pleno del Comité Central.\n\nFoto: Estudios.\n\nIV Pleno del Comité Central.\n\nEl texto sigue.\n\nEl texto sigue.', ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'body']],
  // An address alone is furniture; a sentence that gives one is the article's.
  ['address', 'Primero.\n\nhttps://media.ejemplo.cl/audio/entrevista.mp3\n\nwww.ejemplo.cl/nota\n\nLa ley se publica en www.boletin.gob.cl hoy.', ['body', 'boilerplate', 'boilerplate', 'body']],
  ['body', 'Las tropas rusas han entrado.\n\n"Necesitamos medidas concretas de Moscú", añadió.', ['body', 'body']],
  // Datelines and time stamps alone, in any position; a sentence that names a date stays.
  ['dateline', 'Viernes, 12 de marzo de 2021 · 18:40\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['dateline', 'Política: 12.03.2021 06:15 PM\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['dateline', 'Lima, Perú 3, Junio, 2023 8:20 a.m.\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['dateline', 'El texto.\n\nActualizado: 14 de enero 2024 | 10:02\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['dateline', 'El texto.\n\nEl 12 de marzo de 2021 el Congreso aprobó la ley de presupuestos.', ['body', 'body']],
  // Bylines, contacts, sign-offs and the page's own widgets.
  ['byline', 'Por Agencia AFP\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['byline', 'Redacción Deportes\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['byline', 'Autor:\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['byline', 'Escrito por José Pablo Segura Vargas\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['byline', 'Por Gustavo Roca\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['byline', 'Por la paz en el mundo\n\nEl texto empieza aquí.', ['heading', 'body']],
  // The author's name alone above the text: led by a given name, before the first paragraph.
  ['byline', 'Gustavo Roca\n\nMaría de los Ángeles Pérez\n\nEl texto empieza aquí.\n\nGustavo Roca\n\nY sigue.', ['boilerplate', 'boilerplate', 'body', 'heading', 'body']],
  ['byline', 'Puerto Natales\n\nEl texto empieza aquí.', ['heading', 'body']],
  ['byline', 'Gustavo Roca y Ana Paz\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['byline', 'Gustavo Petro gana\n\nEl texto empieza aquí.', ['heading', 'body']],
  ['dateline', '2022-04-26\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['paywall', 'Para suscriptores\n\nExclusivo para socios\n\nEl texto empieza aquí.', ['boilerplate', 'boilerplate', 'body']],
  // A label in capitals over a section, with or without a colon; a sentence that introduces a list is no label.
  ['heading', 'Primero.\n\nCÓMO GARANTIZAR LOS DD. HH.\n\nEl texto sigue aquí.', ['body', 'heading', 'body']],
  ['heading', 'Primero.\n\nLO QUE DIJO:\n\nEl texto sigue aquí.\n\nEN CONTEXTO\n\nY sigue.\n\nLos detenidos son:\n\nTres.', ['body', 'heading', 'body', 'heading', 'body', 'body', 'body']],
  ['contact', 'El texto.\n\n[email protected]\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['contact', 'El texto.\n\nredaccion@diario.example.com @diario\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['contact', 'El texto.\n\nredaccion@diario.example.com\ndiarioejemplo\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['sign-off', 'El texto del artículo.\n\nJMR', ['body', 'boilerplate']],
  ['widget', 'El texto del artículo.\n\ncomments powered by Disqus', ['body', 'boilerplate']],
  ['widget', 'Escucha esta nota\n\nEl texto empieza aquí.', ['boilerplate', 'body']],
  ['widget', 'El texto.\n\nRegístrate gratis para leer sin límites\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['widget', 'El texto.\n\nSuma tu voz en nuestro canal de WhatsApp con las últimas noticias\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  // Links to other articles: a "read also" prompt, or a headline over a "read more".
  ['read also', 'El texto.\n\nVEA TAMBIÉN: El Congreso aprueba la reforma\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['read also', 'El texto.\n\nLea más: Cae la inflación en marzo\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['read also', 'El texto.\n\nTambién puede leer: El puerto reabre\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['read also', 'El texto.\n\nLe puede interesar: Nueva ruta aérea\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['read also', 'El texto.\n\nLEER ARTÍCULO COMPLETO', ['body', 'boilerplate']],
  ['read also', 'El texto.\n\nTemas relacionados\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['read also', 'El texto.\n\nMÁS SOBRE ESTE TEMA\n\nCae la inflación en marzo', ['body', 'boilerplate', 'boilerplate']],
  ['menu', 'Secciones\n\nEl texto.\n\nFin del texto.', ['boilerplate', 'body', 'body']],
  // The page's furniture of every outlet: the comments' box, the site's foot, credits, reading
  // time, a form to report a mistake, its buttons, paid content. Not a sentence that opens with the same words.
  ...[
    '12 comentarios', 'Deja tu comentario', 'Ver comentarios', '© 2023 Diario Libre. Todos los derechos reservados.', 'Aviso legal',
    'Archivado en: Política, Vivienda', 'Fotos: EFE', 'Fuente: Ministerio de Salud', 'Tiempo de lectura: 3 min', '3 min de lectura',
    '¿Encontraste un error? Repórtalo aquí', 'Ver galería', 'Vídeo relacionado', 'Otras noticias de Política', 'Lo más comentado', 'Te recomendamos',
    'Recomendados', 'Activa las notificaciones', 'Escuchar artículo', 'Volver arriba', 'Enviar por correo', 'Contenido patrocinado', 'Publirreportaje', 'Agencias',
    // The outlet's disclaimers and notes, its requests to be shared, followed or written to, its links and credits.
    'Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor y no reflejan la línea editorial del medio.',
    'Queda prohibida la reproducción total o parcial de este contenido sin autorización.', 'Todos los contenidos de este sitio están protegidos por derechos de autor.',
    'Este artículo fue publicado originalmente en The Conversation. Lea el original.', 'Esta nota fue actualizada a las 15:30 con nueva información.',
    'Nota del editor: este artículo ha sido corregido para precisar la cifra.', 'Si te ha gustado este artículo, compártelo con tus amigos.',
    'Recuerda que puedes seguirnos en Facebook, Twitter e Instagram.', 'Mantente informado de todas las noticias desde tu celular.',
    '¿Quieres estar al tanto de lo que pasa? Únete a nuestro canal.', 'Para recibir las noticias más importantes del día en tu correo, regístrate aquí.',
    'Si usted tiene información sobre este caso, escríbanos a redaccion@diario.com', 'Haz clic aquí para ver el vídeo completo.',
    'Ingresa a nuestra sección de Economía para más noticias.', 'Para más información visite www.ejemplo.com', 'Captura de pantalla', '(Foto: EFE)',
    'REUTERS/Carlos Barria', 'Europa Press / Archivo',
    // Credits and captions: a caption signed by its agency, a credit's label, a dateline alone.
    'El presidente Maduro durante un acto en Caracas | EFE', 'El presidente Maduro durante un acto en Caracas (EFE)', 'Crédito: AFP', 'Foto cortesía',
    'Imagen ilustrativa', 'Foto/Archivo', 'Por: Redacción', 'Caracas.-', 'CARACAS, 12 ene (EFE).-',
    'El presidente Maduro durante un acto en Caracas. Foto: EFE', 'El presidente saluda a sus seguidores en Caracas. EFE/Miguel Gutiérrez',
    // Bylines with a role, a place or a handle; the time since it was put up; tags without their colon; buttons and labels.
    'Por Juan Pérez | Corresponsal', 'Juan Pérez | @juanperez', 'Juan Pérez - Caracas', 'Juan Pérez (Caracas)', 'Texto: Juan Pérez', 'Hace 2 horas',
    'Etiquetas Venezuela Maduro Guaidó', 'Temas Venezuela, Maduro, Guaidó', 'Escuchar', 'Tamaño de texto', 'A- A+', 'Imprimir noticia', 'Lectura de 3 minutos',
    'Más de Política', 'Sigue leyendo', 'En video', 'Galería',
    // A caption by how it opens; a credit in words or in brackets; the agencies said in words.
    'En la imagen, el presidente Maduro durante un acto en Caracas.', 'Foto de archivo del presidente Maduro.', 'Fotografía de EFE',
    'Imagen tomada de Twitter', '(Foto referencial)', '[Foto: EFE]', 'Información de Reuters', 'Con información de AFP y EFE.',
    'Maduro en Caracas / Foto: Reuters', 'Maduro en Caracas (Foto: Archivo)', 'Maduro en Caracas. (Foto: EFE)', 'Maduro en Caracas. Foto cortesía',
    'AFP PHOTO / Juan BARRETO', 'EFE/ Rayner Peña R.',
  ].map((line): RoleCase => ['furniture', `El texto.\n\n${line}\n\nFin del texto.`, ['body', 'boilerplate', 'body']]),
  // Sentences that open with furniture's words, or name them, stay text.
  ...[
    'Más noticias llegaron ayer de la frontera con nuevas cifras.',
    'Fuente: el ministerio dijo que la cifra subió. Luego bajó.',
    'El ministro dijo que la reproducción de los datos está prohibida por ley.',
    'Mantente alejado de la costa, advirtió Protección Civil.',
    'El Gobierno aprobó la reforma en Caracas, según la agencia (EFE).',
    'Caracas, la capital del país, amaneció en calma.',
    'Temas como la vivienda preocupan a los votantes.',
    'En la imagen que difundió el Gobierno se ve a los detenidos.',
    'La reunión terminó sin acuerdo (foto: la sala vacía al final).',
    'El ministro dijo que EFE/AFP publicaron la nota ayer por la tarde en Madrid.',
    'Información de los vecinos llegó tarde a la policía.',
    'Más de 100 personas murieron en la explosión.',
    'Juan Pérez - El ministro habló ayer en Caracas de la reforma fiscal que prepara.',
    'La ley ampara las obras protegidas por derechos de autor y sus derechos reservados.',
    'El alcalde posó ayer. Foto y vídeo circularon por las redes durante horas.',
  ].map((line): RoleCase => ['furniture', `El texto.\n\n${line}\n\nFin del texto.`, ['body', 'body', 'body']]),
  ['furniture', 'El texto.\n\nJuan Pérez - el ministro habló ayer en Caracas de la reforma fiscal que prepara\n\nFin del texto.', ['body', 'heading', 'body']],
  // (A long passage signed by a credit is text, and so are three sentences; the credit alone goes.)
  ['furniture', 'El texto.\n\nEl ministro llegó. Habló con la prensa. Se fue a las diez. Foto: EFE\n\nFin del texto.', ['body', 'body', 'boilerplate', 'body']],
  ['furniture', 'El texto.\n\nEl presidente habló durante dos horas ante el pleno de la Asamblea Nacional, donde defendió la reforma fiscal y pidió el apoyo de la oposición para aprobarla antes de fin de año sin más retrasos. Foto: EFE\n\nFin del texto.', ['body', 'body', 'boilerplate', 'body']],
  ['furniture', 'El texto.\n\nLo dijo el alcalde. Escríbenos por WhatsApp al 555 123 456.\n\nFin del texto.', ['body', 'body', 'boilerplate', 'body']],
  // A prompt whose link was dropped, inside a paragraph or alone; a signature in capitals glued after the last sentence.
  ['dropped link', 'El texto. (Lea: ) Sigue el texto.', ['body', 'boilerplate', 'body']],
  ['dropped link', 'El texto. (Además:  Sigue el texto.', ['body', 'boilerplate', 'body']],
  ['dropped link', 'El texto se acaba aquí. [ ]\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  // The standfirst joined to the text's first sentence by a space: a heading of its own. Not a
  // title after a few words, nor a name after a function word.
  ['standfirst', 'Su letrado asegura que la detención es un ataque sin precedentes contra las libertades El ex presentador de la cadena ha sido detenido.\n\nOtro párrafo del texto.', ['heading', 'body', 'body']],
  ['standfirst', 'Se estrenó anoche la película El padrino en la sala mayor.\n\nOtro párrafo del texto.', ['body', 'body']],
  ['standfirst', 'Durante toda la semana pasada el presidente viajó a visitar a los de La Habana para firmar.\n\nOtro párrafo del texto.', ['body', 'body']],
  // A page of data (a match's report): a short label heads the lines under it, which are the
  // article's, not headings nor furniture for giving a time; a line without a figure between two
  // of them too. The same label over each section is no furniture for being said often.
  ['sections', "El partido terminó empatado.\n\nGoles\n\n1-0: Juan Pérez al 30' de cabeza\n\n1-1: Luis Mora de penal al 80'\n\nÁrbitros\n\nÁrbitro central: David Gómez (6)\n\nAsistentes: Octavio Jara y Diego Salazar (7)\n\nEstadio Nacional\n\nHora: 8:00 p.m.", ['body', 'heading', 'body', 'body', 'heading', 'body', 'body', 'body', 'body']],
  ['sections', "El texto del partido.\n\nGoles\n\n1-0: Juan Pérez al 30'\n\nGoles\n\n2-0: Luis Mora al 50'\n\nGoles\n\n3-0: Ana Ruiz al 70'\n\nFin del texto.", ['body', 'heading', 'body', 'heading', 'body', 'heading', 'body', 'body']],
  // (Not over a heading of prose, where a video was: furniture said often, as before.)
  ['sections', 'El texto.\n\nVideo\n\nPor qué quiere que caiga\n\nOtro texto.\n\nVideo\n\nLo que dijo de Messi\n\nMás texto.\n\nVideo\n\nLa explicación de los aranceles\n\nFin del texto.', ['body', 'boilerplate', 'heading', 'body', 'boilerplate', 'heading', 'body', 'boilerplate', 'heading', 'body']],
  // A section ends at a heading in capitals: a line under that is its own heading again, over text.
  ['sections', 'El texto.\n\nGoles\n\n1-0: Juan Pérez al 30 de cabeza\n\nSAN CARLOS 2-1 GUADALUPE\n\nEstadio Carlos Ugalde (6)\n\nOtro texto del artículo aquí.', ['body', 'heading', 'body', 'heading', 'heading', 'body']],
  // Furniture by what it says stays so in a section; a heading of prose in it stays a heading.
  ['sections', 'El texto.\n\nGoles\n\n1-0: Juan Pérez al 30 de cabeza\n\nPublicado: martes 3 de mayo de 2022\n\nFin del texto.', ['body', 'heading', 'body', 'boilerplate', 'body']],
  ['sections', 'El texto.\n\nGoles\n\n1-0: Juan Pérez al 30 de cabeza\n\nLa crónica del partido\n\nFue un partido intenso y largo.', ['body', 'heading', 'body', 'heading', 'body']],
  // A label over furniture is furniture.
  ['sections', 'Título del artículo\n\nDetalles\n\nPublicado: Jueves, 21 Abril 2022 04:45\n\nEl texto empieza aquí.', ['heading', 'boilerplate', 'boilerplate', 'body']],
  // Lines opened by a list's numbers, one after another: a list, not headings.
  ['sections', 'El texto.\n\n34- Walter Cortés por Kevin Espinoza\n\n10- Marvin Angulo por Ulises Segura\n\nFin del texto.', ['body', 'body', 'body', 'body']],
  // A date over lines of data, once the text has begun, heads them.
  ['sections', 'El texto.\n\nSábado 23 de abril del 2022\n\nPérez Zeledón vs Guanacasteca (5 pm) - Estadio Municipal\n\nSantos vs Saprissa (7 pm) - Estadio Ebal Rodríguez\n\nFin del texto.', ['body', 'heading', 'body', 'body', 'body']],
  ['signature', 'El texto.\n\nLa última frase del artículo. SERGIO RAMÍREZ', ['body', 'body', 'boilerplate']],
  ['signature', 'El texto dice algo. EDITORIAL\n\nLa última frase del artículo.', ['body', 'body']],
  ['read also', 'El texto.\n\nPara leer sobre otros hechos en Medellín, clic AQUÍ.\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  // The tags' line, glued, and a tag under it: a heading over no text.
  ['tags', 'El texto.\n\nLa SierraMedellínparo armado\n\nPolicía', ['body', 'boilerplate', 'boilerplate']],
  ['tags', 'El texto.\n\nLa Sierra\n\nVolvió la calma', ['body', 'heading', 'body']],
  ['tags', 'El texto.\n\nMedellínparo armado\n\nParo armado', ['body', 'boilerplate', 'boilerplate']],
  // A line in square brackets is a link to another article; under a quote, its source.
  ['quote source', 'El texto.\n\nDijo: “perdonen a sus hermanos”.\n\n[Decreto de la Penitenciaría Apostólica del 2002]\n\nFin del texto.', ['body', 'body', 'body', 'body']],
  ['quote source', 'El texto.\n\nDijo que perdonen a sus hermanos.\n\n[Decreto de la Penitenciaría Apostólica del 2002]\n\nFin del texto.', ['body', 'body', 'boilerplate', 'body']],
  // The author's box and the tags, by their labels.
  ['author', 'El texto.\n\nSobre la firma\n\nFin del texto.', ['body', 'boilerplate', 'body']],
  ['tags', 'El texto.\n\nKEYWORDS\n\nDeportación Donald Trump Política Ver Comentarios', ['body', 'boilerplate', 'boilerplate']],
  // A script the scraper left in the text is furniture, however it was broken into lines; the text around it stays.
  [
    'script',
    "El ministro llegó ayer.   googletag.cmd.push(function() {\n\t\tgoogletag.display('div-ad-1');\n\t});   Después habló con la prensa.\n\nFin del texto.",
    ['body', 'boilerplate', 'body', 'body'],
  ],
  ['script', "El texto.\n\nwindow._taboola = window._taboola || [];\n_taboola.push({\n  mode: 'thumbnails',\n  target_type: 'mix'\n});", ['body', 'boilerplate']],
  ['script', 'El texto.\n\nSegún elnacional.com (ver abajo), el alcalde dimitió; nadie lo esperaba.', ['body', 'body']],
  // The tags run into the label of the list after them; a heading of names stays one.
  ['tags', 'El texto.\n\nDaniel Noboa Ecuador Erik Prince Relacionadas\n\nOtra frase del texto.', ['body', 'boilerplate', 'body']],
  ['tags', 'El texto.\n\nLa Primera Sala de la Corte Suprema\n\nOtra frase del texto.', ['body', 'heading', 'body']],
  // (Names and the language's function words between them, two words at least, and a label of one word or two; not a verb among them, nor a figure.)
  ['tags', 'El texto.\n\nDaniel Noboa de Ecuador Relacionadas\n\nOtra frase del texto.', ['body', 'boilerplate', 'body']],
  ['tags', 'El texto.\n\nDaniel Noboa Ecuador Noticias relacionadas\n\nOtra frase del texto.', ['body', 'boilerplate', 'body']],
  ['tags', 'El texto.\n\nDaniel Noboa visitó Ecuador Relacionadas\n\nOtra frase del texto.', ['body', 'heading', 'body']],
  ['tags', 'El texto.\n\nDaniel Noboa Ecuador (2) Relacionadas\n\nOtra frase del texto.', ['body', 'heading', 'body']],
  ['tags', 'El texto.\n\nEcuador Relacionadas\n\nOtra frase del texto.', ['body', 'heading', 'body']],
  ['tags', 'El texto.\n\nDaniel Noboa Ecuador: Relacionadas\n\nOtra frase del texto.', ['body', 'heading', 'body']],
  ['tags', 'El texto.\n\nADRIANA QUEVEDO: MI MAMI SE PARTÍA EN MIL\n\nOtra frase del texto.', ['body', 'heading', 'body']],
  // Other articles' headlines, each with its date, three and more: furniture, not a date over lines of data.
  [
    'dated headlines',
    'El texto.\n\nVenezolano muere tras caer de un edificio\n\njulio 20, 2025\n\nError en hospital de Brasil: 11 recién nacidos afectados\n\njulio 17, 2025\n\nCaso Ayotzinapa: fiscal renuncia\n\njulio 16, 2025',
    ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate'],
  ],
  // (The date above its headline too; a sentence of the text before them, its full stop at its end, is no headline.)
  [
    'dated headlines',
    'El texto.\n\njulio 20, 2025\n\nVenezolano muere tras caer de un edificio\n\njulio 17, 2025\n\nError en hospital de Brasil: 11 recién nacidos afectados\n\njulio 16, 2025\n\nCaso Ayotzinapa: fiscal renuncia',
    ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate'],
  ],
  // The page's lists run into the paragraph's last sentence after a label, however long it is.
  [
    'glued lists',
    `El texto acaba aquí. Compartir nota: Temas Relacionados Últimas Noticias ${'Un titular de otra noticia sin punto final '.repeat(12)}`,
    ['body', 'boilerplate'],
  ],
  // (However long the label's list, furniture after it to the paragraph's end.)
  [
    'glued lists',
    `El texto.\n\nLa última frase.\n\nCompartir nota: Temas Relacionados Alias Richard Alias Orejas La Cordillera Clan del Golfo Extorsión Colombia-Noticias Más Noticias Conoce el clima de este día en Bogotá ${'El clima en Colombia se ve afectado por su complejidad geográfica y las costas del Mar Caribe al norte '.repeat(3)}y al sur. Clima en Cali: conoce el pronóstico antes de salir El estado del tiempo cambia. MÁS NOTICIAS`,
    ['body', 'body', 'boilerplate'],
  ],
  // A section's heading between sentences of the text that a function word opens, four words or more; not one of three.
  ['glued heading', 'El texto.\n\nLo dijo ayer. Así ocurrió el atentado sicarial contra el comerciante El atentado fue ayer. Y sigue.', ['body', 'body', 'heading', 'body']],
  ['glued heading', 'El texto.\n\nLo dijo ayer. Así ocurrió todo El atentado fue ayer. Y sigue.', ['body', 'body']],
  ['glued heading', 'El texto.\n\nLo dijo ayer. Así ocurrió uno dos tres cuatro cinco seis siete ocho nueve diez El atentado fue ayer. Y sigue.', ['body', 'body', 'heading', 'body']],
  // (An apposition's comma in it.)
  ['glued heading', 'El texto.\n\nLo dijo ayer. Captura de alias Orejas, presunto responsable Por su parte, alias Orejas fue detenido. Y sigue.', ['body', 'body', 'heading', 'body']],
  // A caption signed after a dash, its credit's source in brackets.
  ['picture in the text', 'El texto.\n\nLo dijo ayer. Lamentó la muerte del comerciante - crédito Fotomontaje Infobae (Alcaldía de Piedecuesta) De hecho, el sicario volvió. Y sigue.', ['body', 'body', 'boilerplate', 'body']],
  // The author's box, opened by its label and the author's name, to the paragraph's end; "Sobre la firma del acuerdo" is prose.
  [
    'author box',
    'El texto.\n\nLa última frase del artículo. Sobre la firma Rafa de Miguel Ver biografía Es el corresponsal en Londres. Fue director de la SER.',
    ['body', 'body', 'boilerplate'],
  ],
  ['author box', 'El texto.\n\nSobre la firma del acuerdo, el ministro habló ayer. Luego se fue a Londres.', ['body', 'body']],
  // The outlet's notes under the article, and a comments widget's words where scripts do not run.
  [
    'notes',
    'El texto.\n\nLa última frase. Please enable JavaScript to view the comments powered by Disqus. Se adhiere a los criterios de Más información Si está interesado en licenciar este contenido, pinche aquí',
    ['body', 'body', 'boilerplate'],
  ],
  // Lists glued after a label, however long, with nothing but furniture after them; a paragraph of them at the end.
  // (With the text after them, only the label and its headline go: the text's sentence after them stays.)
  [
    'glued lists',
    `El texto.\n\nLa última frase. Más información ${'Un titular de otra noticia sin punto final '.repeat(12)}Se adhiere a los criterios de Más información`,
    ['body', 'body', 'boilerplate'],
  ],
  ['glued lists', `El texto.\n\n_ Últimas noticias 09:26 ${'Un titular de otra noticia sin punto final '.repeat(12)}`, ['body', 'boilerplate']],
  [
    'glued lists',
    `El texto.\n\nLa última frase. Más información El coleccionista de trozos del universo ${'Su valor está sujeto al engaño, plantean los especialistas '.repeat(8).trim()}. Y el texto sigue después.`,
    ['body', 'body', 'boilerplate', 'body'],
  ],
  // (The label and its headline cut from the text's next sentence, its stop and all; without one, a list of headlines, none is cut.)
  [
    'glued lists',
    'El texto.\n\nLa última frase. Más información El coleccionista de trozos del universo Su valor está sujeto al engaño, plantean los especialistas. Y el texto sigue después.',
    ['body', 'body', 'boilerplate', 'body'],
  ],
  [
    'glued lists',
    'El texto.\n\nLa última frase. Más información El coleccionista de trozos del universo Su valor está sujeto al engaño, plantean los especialistas Y el texto sigue después',
    ['body', 'body', 'boilerplate'],
  ],
  // (A list under a label alone at the paragraph's end is furniture; the text going on after the label is not.)
  ['glued lists', 'El texto.\n\nLa última frase del texto. Más información. Se venden meteoritos: una piedra de Marte cuesta millones', ['body', 'body', 'boilerplate', 'boilerplate']],
  ['glued lists', 'El texto.\n\nLa última frase del texto. Más información. Se venden meteoritos: una piedra de Marte cuesta millones. Y el texto sigue.', ['body', 'body', 'boilerplate', 'body']],
  // A caption signed after a dash and the section's heading after it, and a section's heading between sentences of the text.
  [
    'picture in the text',
    'El texto.\n\nLo dijo el informe ayer. El secuestro persiste en Colombia - crédito Freepik Calificaciones crediticias en negativo Según el estudio, la pérdida es grande. Cifras preocupantes de la violencia La historia lo muestra. Y sigue.',
    ['body', 'body', 'boilerplate', 'heading', 'body', 'heading', 'body'],
  ],
  // (Its quote closed, opening a paragraph the splitter cut it from: "… como una "máxima humillación" El juez…".)
  ['picture in the text', 'El texto.\n\nBolsonaro calificó las medidas como una "máxima humillación" El juez supremo acusó a Bolsonaro. Y sigue.', ['body', 'heading', 'body']],
  // A person's name alone between sentences of the text is a picture's credit, the sentence before it its caption (a long one too);
  // not a name closing the paragraph, nor one after furniture.
  ['picture in the text', `El texto.\n\nLo dijo ayer el ministro. Pintadas sobre los restos de una comunidad ${'beduina expulsada de la zona '.repeat(6)}en julio. Luis de Vega Los que acaban expulsados cargan con todo. Y sigue.`, ['body', 'body', 'boilerplate', 'body']],
  ['picture in the text', 'El texto.\n\nLo dijo ayer el ministro. Y lo repitió Luis de Vega', ['body', 'body']],
  ['picture in the text', 'El texto.\n\nLo dijo ayer el ministro. Luis de Vega\n\nY sigue.', ['body', 'body', 'body']],
  ['picture in the text', `El texto.\n\nLo dijo ayer el ministro. Pintadas sobre los restos de una comunidad ${'beduina expulsada de la zona '.repeat(9)}en julio. Luis de Vega Los que acaban expulsados cargan con todo. Y sigue.`, ['body', 'body', 'boilerplate', 'body']],
  // (Not a quote it opens and does not close: the first part of two words run into one, "Crisis en «Francia|París amaneció…".)
  ['picture in the text', 'El texto.\n\nLo dijo ayer. Crisis en «FranciaParís amaneció nublado. Y sigue.', ['body', 'body']],
  // (A figure in it: "Aranceles de 50% a Brasil".)
  ['picture in the text', 'El texto.\n\nLo anunció Rubio ayer. Aranceles de 50% a Brasil Esa decisión llegó después. Y sigue.', ['body', 'body', 'heading', 'body']],
  // (Not a sentence cut short by a lost stop, which opens as sentences do.)
  ['picture in the text', 'El texto.\n\nSigue el texto. Lo dijo el ministro Pero nadie lo creyó. Fin del texto.', ['body', 'body']],
  // A picture's credit glued before the text of a short paragraph goes alone; a credit's paragraph stays furniture.
  ['leading credit', 'Foto: Cortesía José Gregorio Rodríguez, ciudadano venezolano, murió ayer en Encarnación. La fiscal lo confirmó.\n\nEl cuerpo fue trasladado.', ['boilerplate', 'body', 'body']],
  ['leading credit', 'Foto: EFE. Archivo de la agencia.\n\nEl texto sigue aquí.', ['boilerplate', 'body']],
  // A caption over its credit glued before the text, the paragraph's first sentence or two, short, goes with it (a video's title too); not the text's sentences before a credit further in.
  ['leading credit', 'El mandatario se solidarizó con los jueces del Supremo. Foto: Archivo El presidente respondió este sábado. Lo dijo en una nota.', ['boilerplate', 'body']],
  ['leading credit', 'El texto.\n\n¿Qué hay en los archivos? El presidente, en la sede. Vídeo: EFE Y el texto sigue aquí.', ['body', 'boilerplate', 'body']],
  ['leading credit', `El texto.\n\nLo dijo el ministro ayer en la sede del partido, ${'después de una reunión con los dirigentes, '.repeat(4)}en la capital. La fiscal lo confirmó. Foto: EFE Y el texto sigue aquí.`, ['body', 'body', 'boilerplate', 'body']],
  // The standfirst under the title, a video player's remnant between it and the text.
  ['standfirst', 'Trump desclasifica miles de documentos del FBI\n\nEl anuncio llega en mitad del escándalo por los papeles del caso Epstein\n\nwindow.videoList = window.videoList || [];\n\nDonald Trump no piensa publicar los papeles. Lo dijo ayer.', ['heading', 'heading', 'boilerplate', 'body']],
  // A page's head in the paragraph of its text: the section's name over the title and the standfirst, which a caption opening
  // with a person's name runs into, the credit and the byline ("Conflicto en Oriente Próximo Los colonos…: “Nadie nos protege” Al menos…").
  [
    'glued head',
    'Conflicto en Oriente Próximo Los colonos imponen su ley en la región: “Nadie nos protege” Al menos 39 comunidades han sido borradas del mapa durante la guerra de Gaza, según una ONG israelí Hasan, de 51 años, junto a su familia en su casa. Luis de Vega Luis de Vega Hamra - 22 jul 2025 - 05:45 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios Una gallina corretea solitaria en medio de los restos. Y sigue el texto aquí.',
    ['boilerplate', 'heading', 'heading', 'boilerplate', 'boilerplate', 'boilerplate', 'body'],
  ],
  // (Its section's name capitalised, the caption's stop ending the sentence they all run into, a picture's credit after it; the
  // caption opening with a given name and a surname, not at a name's last word in the standfirst, "Reserva Federal paciente".)
  [
    'glued head',
    'Financiación La presión sobre Powell no doblega al mercado: la deuda retoma el pulso en medio del ruido político y comercial La rentabilidad de los bonos se modera, mientras los gestores apuestan por una Reserva Federal paciente pese a la escalada fiscal Jerome Powell, el pasado 18 de junio, durante la última reunión. Kevin Mohatt (REUTERS) Gema Escribano 21 jul 2025 - 18:52 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios La volatilidad se ha convertido en una de las señas del mercado. Y sigue el texto aquí.',
    ['boilerplate', 'heading', 'heading', 'boilerplate', 'boilerplate', 'boilerplate', 'body'],
  ],
  // (Not without the credit: a sentence of the text, however it opens.)
  [
    'glued head',
    'Financiación La presión sobre Powell no doblega al mercado: la deuda retoma el pulso en medio del ruido político y comercial La rentabilidad de los bonos se modera, mientras los gestores apuestan por una Reserva Federal paciente pese a la escalada fiscal Jerome Powell, el pasado 18 de junio, durante la última reunión. Gema Escribano habló ayer con los gestores. La volatilidad se ha convertido en una de las señas del mercado. Y sigue el texto aquí.',
    ['body'],
  ],
  // The page's head alone in a paragraph, the title and the standfirst without their stops, the section's name cut from the title;
  // a video's title run into its caption over the credit; the byline's block, its stamp and buttons, and the text after it.
  [
    'head alone',
    "'Fito' El capo narco se declara no culpable ante la justicia  Su extradición refuerza al Gobierno de Daniel Noboa\n\nwindow.videoList = window.videoList || [];\n\n01:12 José Adolfo Macías se declara no culpable tras ser extraditado a Estados Unidos El narcotraficante es trasladado desde la cárcel, el 21 de julio. Foto: EFE | Vídeo: REUTERS Carolina Mella Guayaquil - 22 jul 2025 - 01:28 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios José Adolfo Macías, alias Fito, compareció este lunes ante la Corte del Distrito Este de Nueva York. Se declaró no culpable.",
    ['boilerplate', 'heading', 'boilerplate', 'boilerplate', 'body'],
  ],
  // (Not parts with their stops: a paragraph of the text.)
  ['head alone', 'El capo se declara no culpable. Su extradición refuerza al Gobierno.\n\nY sigue el texto aquí.', ['body', 'body']],
  // (Not a word or two after the buttons: no sentence of the text.)
  ['head alone', 'El texto.\n\nLo dijo. Carolina Mella Guayaquil - 22 jul 2025 - 01:28 CEST Compartir en Whatsapp Ir a los comentarios Gracias.', ['body', 'body']],
  // (A list's label and the headlines after it, no stamp among them, stay furniture whole.)
  [
    'head alone',
    'El texto.\n\nLa última frase. Compartir nota: Temas Relacionados Violencia Más Noticias Conoce el clima de este día en Bogotá El clima en Colombia se ve afectado por su compleja geografía, sus costas y sus cordilleras.',
    ['body', 'body', 'boilerplate'],
  ],
  // The page's stamp, a date in full without its time, glued before the text; not a date further in.
  ['glued stamp', '24 Jul, 2025 El ministro habló ayer. Y se fue.', ['boilerplate', 'body']],
  ['glued stamp', 'El texto.\n\nLo dijo ayer. 5 de mayo de 2022. Y se fue.', ['body', 'body']],
  ['glued stamp', 'El texto.\n\nEl 5 de mayo. Ese día llegó el ministro.', ['body', 'body']],
  // A section's heading in capitals between sentences of the text, a quote in it; not a field's label and its value.
  ['heading in capitals', `El texto.\n\nLo dijo el centrocampista. TCHOUAMÉNI: "EL PSG ES UN EQUIPO 'TOP' MUNDIAL" Por su parte, el francés habló. Y se fue.`, ['body', 'body', 'heading', 'body']],
  ['heading in capitals', 'El texto.\n\nLo dijo el informe. NUEVAS MEDIDAS DEL GOBIERNO El plan recoge diez medidas. Y sigue.', ['body', 'body', 'heading', 'body']],
  // (A label in capitals closed by a stop, its words the dictionary's; not a name, nor one word.)
  ['heading in capitals', 'El texto.\n\nLo dijo el técnico. FICHA TÉCNICA. --RESULTADO: Uno, 0 - Otro, 2. Y sigue.', ['body', 'body', 'heading', 'body']],
  ['heading in capitals', 'El texto.\n\nLo dijo el técnico. JOAO PEDRO. Y sigue.', ['body', 'body']],
  ['heading in capitals', 'El texto.\n\nLo dijo el técnico. GOLES. Y sigue.', ['body', 'body']],
  ['heading in capitals', 'El texto.\n\nLo dijo el técnico. MUY BIEN! Y sigue.', ['body', 'body']],
  ['heading in capitals', 'El texto.\n\nLo dijo el técnico. FICHA DE LOS JUGADORES DEL EQUIPO TITULAR DE HOY. Y sigue.', ['body', 'body']],
  [
    'heading in capitals',
    'El texto.\n\nLo realizó el Centro S.A. PERSONA QUE LA ENCOMENDÓ: CM& FUENTE DE FINANCIACIÓN: CM& UNIVERSO EN ESTUDIO: Mujeres y hombres de 18 años. Y sigue.',
    ['body', 'body'],
  ],
  // The outlet's call to follow it, glued to the text; a list between its label and the furniture that ends the paragraph.
  [
    'follow us',
    'El texto.\n\nLo dijo ayer. Ahora puede seguirnos en Facebook y en nuestro WhatsApp Channel El informe, elaborado con datos propios, estima el costo.',
    ['body', 'body', 'boilerplate', 'body'],
  ],
  [
    'glued lists',
    'El texto.\n\nLa última frase. Compartir nota: Temas Relacionados Violencia Más Noticias Conoce el clima de este día en Bogotá El clima en Colombia se ve afectado por su geografía. Clima en Cali: conoce el pronóstico antes de salir. MÁS NOTICIAS',
    ['body', 'body', 'boilerplate'],
  ],
  [
    'glued lists',
    'El texto.\n\nLa última frase. Lea también: El puerto reabre. El texto sigue aquí con más datos. Compartir',
    ['body', 'body', 'boilerplate', 'body', 'boilerplate'],
  ],
  // A page's head run into its text: the section's name, the title and standfirst, the caption, the byline's block.
  [
    'glued head',
    'Reino Unido La coalición propone acelerar el rearme de Ucrania Se trata de un momento de máxima oportunidad, ha dicho el ministro británico este lunes Un hombre se acerca a su casa rota en Kiev. Efrem Lukatsky (AP) Rafa de Miguel Londres - 21 jul 2025 - 19:41 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios El llamado Grupo de Contacto quiere acelerar el rearme. El ministro habló ayer.',
    ['boilerplate', 'heading', 'heading', 'boilerplate', 'boilerplate', 'boilerplate', 'body'],
  ],
  // (A title may end with initials, a name's, no author's sign-off; the caption may open with an article.)
  [
    'glued head',
    'Rusia usó la moción de censura para agitar la polarización en la UE  Un análisis constata un pico en las redes prorrusas en torno al intento de desbancar a la presidenta a comienzos de mes La presidenta de la Comisión, durante el debate en Estrasburgo. GUILLAUME HORCAJUELO (EFE) Silvia Ayuso Bruselas - 22 jul 2025 - 05:45 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios Las campañas de desinformación rusas son un viejo conocido en Europa. Y sigue el texto aquí.',
    ['heading', 'heading', 'boilerplate', 'boilerplate', 'boilerplate', 'body'],
  ],
  // (Not an article after a function word, "… en la ciudad de La Paz", which opens no caption: the head is not read so.)
  [
    'glued head',
    'Rusia usó la moción de censura para agitar la polarización en la UE  Un análisis constata un pico en las redes prorrusas en torno al intento de desbancar a la presidenta en la ciudad de La Paz durante el debate en Estrasburgo. GUILLAUME HORCAJUELO (EFE) Silvia Ayuso Bruselas - 22 jul 2025 - 05:45 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios Las campañas de desinformación rusas son un viejo conocido en Europa. Y sigue el texto aquí.',
    ['body', 'boilerplate', 'body'],
  ],
  // A heading that is a quote whole, between sentences of the text.
  ['quoted heading', 'El texto.\n\nHubo 21.000 publicaciones. “Un esfuerzo concertado” Unos mensajes, ampliamente difundidos, sugieren un esfuerzo. Y sigue.', ['body', 'body', 'heading', 'body']],
  ['quoted heading', 'El texto.\n\nHubo 21.000 publicaciones. “Un esfuerzo concertado y enorme de todos los que de verdad quieren más y más” Unos mensajes, ampliamente difundidos, sugieren un esfuerzo. Y sigue.', ['body', 'body']],
  // (Its title cut from it first, the standfirst run into a caption that an ordinary word opens, a figure's
  // stop in the standfirst; the byline's name after an initial, the text glued after its buttons.)
  [
    'glued head',
    'Medio Ambiente Semia Gharbi, la tunecina que sentó un precedente contra los residuos en África La activista impulsó la devolución de 6.000 toneladas de basura a Italia que habían sido exportadas ilegalmente por un entramado de ambos países Retrato de Semia Gharbi en el puerto de Susa, Túnez. M. Fernanda Lattuada Madrid - 22 jul 2025 - 05:30 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios El continente africano ha sido utilizado como un vertedero por muchos. Y sigue el texto aquí.',
    ['heading', 'heading', 'boilerplate', 'boilerplate', 'body'],
  ],
  // A pull quote between sentences of the text, however long, is a heading; not a sentence without its stop said once.
  [
    'pull quote',
    'El texto.\n\nLo dijo ayer. Mientras el Convenio de Basilea esté en vigor, queda mucho trabajo por hacer, por el bien de todos Para la defensora, no era eso. Dijo que mientras el Convenio de Basilea esté en vigor queda mucho trabajo por hacer por el bien de todos.',
    ['body', 'body', 'heading', 'body'],
  ],
  [
    'pull quote',
    'El texto.\n\nLo dijo ayer. Mientras el Convenio de Basilea esté en vigor, queda mucho trabajo por hacer, por el bien de todos Para la defensora, no era eso. Dijo otra cosa muy distinta.',
    ['body', 'body'],
  ],
  // A picture's caption of a few words in the text, a name alone after it its credit; not after a sentence of the text.
  ['picture in the text', 'El texto.\n\nLo dijo ayer. El Puerto de Susa, Túnez. Premio Goldman de Medio Ambiente Sin embargo, los contenedores llegaron. Y sigue.', ['body', 'body', 'boilerplate', 'body']],
  ['picture in the text', 'El texto.\n\nLo dijo ayer el ministro en la sede del partido con todos los suyos. Premio Goldman de Medio Ambiente Sin embargo, los contenedores llegaron. Y sigue.', ['body', 'body', 'heading', 'body']],
  // (A title may ask.)
  [
    'glued head',
    'Subastas Sotheby’s vende un meteorito, ¿qué esconde este mercado de piedras? La comunidad científica se queja de la opacidad de estas ventas celestiales El meteorito marciano vendido el jueves pasado. Eduardo Munoz (REUTERS) Miguel Ángel García Madrid - 22 jul 2025 - 05:30 CEST Copiar enlace Ir a los comentarios Las últimas dos semanas de julio fueron tranquilas. El mercado siguió.',
    ['heading', 'heading', 'boilerplate', 'boilerplate', 'boilerplate', 'body'],
  ],
  // A picture in the text: the caption, its credit and the heading after it.
  [
    'picture in the text',
    'El texto.\n\nLo muestra el museo desde ayer. Un trabajador muestra el meteorito de Marte. Eduardo Munoz (REUTERS) Dónde están La manera más fácil de encontrarlos es otra. Hay unos 80.000.',
    ['body', 'body', 'boilerplate', 'heading', 'body'],
  ],
  // (Or its caption and credit after a bar, the heading after them; the first paragraph's caption too.)
  [
    'picture in the text',
    'El texto.\n\nLo detuvieron ayer. Lo pidió a EE.UU. "lo antes posible" | Getty Images Estrenando el cambio legal De consumarse la extradición, se irá. Y sigue.',
    ['body', 'body', 'boilerplate', 'heading', 'body'],
  ],
  ['picture in the text', 'Lo detuvieron en junio | Getty Images La Justicia aprobó ayer la extradición. Y sigue.', ['boilerplate', 'body']],
  // A section's heading over a quote, its first word an article; not where no quote follows it.
  ['heading over quote', 'El texto.\n\nSe ocultaba allí. Una larga lista de delitos "Un líder despiadado de una organización criminal". En estos términos habló.', ['body', 'body', 'heading', 'body']],
  ['heading over quote', 'El texto.\n\nSe ocultaba allí. Una larga lista de delitos\nEn estos términos habló.', ['body', 'body']],
  // (Past the byline's furniture the text begins, though a picture's caption signed after a dash follows its first sentence.)
  [
    'glued head',
    'Reino Unido La coalición propone acelerar el rearme de Ucrania Se trata de un momento de máxima oportunidad, ha dicho el ministro británico este lunes Un hombre se acerca a su casa rota en Kiev. Efrem Lukatsky (AP) Rafa de Miguel Londres - 21 jul 2025 - 19:41 CEST Compartir en Whatsapp Copiar enlace Ir a los comentarios El llamado Grupo de Contacto quiere acelerar el rearme. El secuestro persiste en Colombia - crédito Freepik Y sigue el texto aquí.',
    ['boilerplate', 'heading', 'heading', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'boilerplate', 'body'],
  ],
  // (Without furniture in it, a paragraph that opens without a stop is left as it is.)
  [
    'glued head',
    'Durante los primeros cien días del gobierno del presidente Así lo reveló la encuesta, divulgada este jueves. El sondeo se hizo en todo el país.',
    ['body'],
  ],
  ['read more', 'El texto.\n\nEl alcalde inaugura el nuevo mercado municipal\n\nLeer más\n\nFin del texto.', ['body', 'boilerplate', 'boilerplate', 'body']],
  ['read more', 'El texto.\n\nUn corte de luz deja sin servicio a tres barrios.\n\nSeguir leyendo…\n\nFin del texto.', ['body', 'boilerplate', 'boilerplate', 'body']],
  // The standfirst, said again in the body.
  [
    'standfirst',
    'El Gobierno anunció un plan de vivienda para las familias jóvenes de la capital\n\nEl ministro habló ayer en rueda de prensa.\n\nEl Gobierno anunció este lunes un plan de vivienda para las familias jóvenes de la capital, con ayudas directas.',
    ['heading', 'body', 'body'],
  ],
  [
    'standfirst',
    'El ministro habló ayer en rueda de prensa sobre las obras del puerto.\n\nLas obras empiezan en mayo y acabarán en dos años, según el plan.',
    ['body', 'body'],
  ],
];
