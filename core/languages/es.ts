import type { LanguageRules } from './rules';

/**
 * A prompt to read another article and its colon: "Lea:", "VEA TAMBIÉN:", "También lea:", "Puede leer:",
 * "Te puede interesar:"; the outlet asking first, "Le invito a leer:", "Te recomendamos ver:".
 */
const READ_ALSO =
  /^(?:(?:le|te|les|los|las)\s+(?:invito|invitamos|recomiendo|recomendamos)\s+a\s+)?(?:también\s+)?(?:(?:usted\s+)?(?:puede|puedes|podría)\s+)?(?:lea|lee|leer|vea|ve|ver|mire|mira|escuche|escucha)(?:\s+(?:también|más|además|aquí|acá))?\s*:|^(?:también\s+)?(?:te|le|les)\s+(?:puede|pueden|podría|podrían)\s+interesar\s*:|^(?:le|te)\s+recomendamos(?:\s+leer)?\s*:/i;

export const spanish: LanguageRules = {
  neverFinal: [
    'sr', 'sra', 'sres', 'sras', 'srta', 'srs', 'dr', 'dra', 'drs', 'dras', 'dña', 'dn',
    'prof', 'profa', 'gral', 'gen', 'cnel', 'tte', 'cap', 'sto', 'sta', 'fr', 'mons', 'lic', 'ing',
    'arq', 'dt', 'excmo', 'excma', 'ilmo', 'ilma', 'mtro', 'mtra', 'av', 'avda', 'pza', 'pl', 'núm',
    'nº', 'n°', 'nro', 'pág', 'págs', 'pp', 'art', 'arts', 'vol', 'vols', 'tel', 'telf', 'fig',
    'cf', 'cfr', 'vs', 'ej', 'p.ej', 'pej', 'aprox', 'apdo', 'dpto', 'depto', 'mr', 'mrs', 'ms', 'st',
    'col', 'ed', 'eds', 'op', 'cit', 'ib', 'ibid', 'sen', 'dip', 'pdte', 'pdta', 'presid', 'secr',
    'ee', 'cía', 'hnos', 'ud', 'uds', 'vd', 'vds', 'admón', 'máx', 'mín', 'dcha', 'izq', 'izqda',
  ],
  // "Ma. Elena Andrade Ramírez" (María), "Fco. Javier", "Gmo. Lasso".
  givenNameShort: ['ma', 'fco', 'gmo'],
  mayEnd: ['eeuu', 'uu', 'sa', 'sl', 'slu', 'am', 'pm', 'ltd', 'inc', 'co', 'corp', 'etc', 'jr', 'ag', 'cv', 'sau'],
  sentenceStarters: (
    'El La Los Las Lo Un Una Unos Unas En Por Para Con Sin Según Tras Desde Hasta Durante Ante Este Esta Estos ' +
    'Estas Ese Esa Esos Esas Aquel Aquella Al Del Su Sus Mientras Además Pero Aunque Y Ni No Sí Se Ya Así ' +
    'Hoy Ayer También Tampoco Cuando Como Donde Dicho Dicha Otro Otra Otros Otras Entre Sobre Cada Más ' +
    'Menos Todo Toda Todos Todas Muchos Muchas Varios Varias Ambos Ambas Tanto Nada Nadie Hay Fue Es Son Ha Han ' +
    'Le Les Me Nos Mi Tu Nuestro Nuestra Tal Casi Solo Sólo Incluso Luego Después Antes Entonces Finalmente'
  ).split(' '),
  clauseStarters: (
    'Esta Estos Estas Esa Esos Esas Aquella Mientras Además Pero Aunque Asimismo Hoy Ayer Se Si ' +
    'También Tampoco Cuando Dicho Dicha Luego Después Entonces Finalmente Incluso Nadie Ambos Ambas'
  ).split(' '),
  discourseMarkers: [
    'Por lo tanto', 'Por ello', 'Por eso', 'Por su parte', 'Por otro lado', 'Del otro lado', 'Por otra parte', 'Por último', 'Sin embargo', 'No obstante',
    'De hecho', 'Es decir', 'En cambio', 'Así mismo', 'Asimismo', 'De igual forma', 'De igual manera', 'De esta manera', 'De este modo',
    'A su vez', 'En ese sentido', 'En este sentido', 'Por lo pronto', 'En consecuencia', 'Al respecto',
  ],
  boilerplate: [
    /^relacionad[oa]s?\b/i,
    /^temas relacionados\b/i,
    // "Más sobre este tema": the label over links to other articles on the subject.
    /^más sobre (este|el) tema\b/i,
    // "Para leer sobre otros hechos en Medellín, clic AQUÍ": a link to the outlet's other pages.
    /(?:^|\s)(?:clic|click|pulse|pincha|pinche)\s+(?:aquí|acá)\s*[.!]?$/i,
    // "Secciones": the label over the site's menu.
    /^secciones$/i,
    // "Sobre la firma": the label over the author's box.
    /^sobre (la firma|el autor|la autora)$/i,
    // (And as Argentina says it: "Mirá también", "Leé más".)
    /^(lee|leé|leer|ver|mira|mirá) (también|más)(?!\p{L})/iu,
    // A link to another article, its prompt and colon.
    READ_ALSO,
    // The agencies or outlets the article drew on, at its end: "(Con información de AFP)".
    /^\(?\s*con\s+informaci[oó]n\s+de\s+[^.!?()]{1,80}\)?\.?$/i,
    /^(también|además)\s+(puede|puedes|podría)\s+(leer|ver|interesarle)\b/i,
    /^leer (más|el artículo|artículo completo|articulo completo|la nota completa|nota completa)\b/i,
    /^más información\b/i,
    // ("También te puede interesar", "Te puede interesar:".)
    /^(también\s+)?(te|le|les) (puede|pueden|podría|podrían) interesar\b/i,
    // The page's player and forms: "Escucha esta noticia", "Regístrate para…", "Para comentar debes registrarte".
    /^escuch(a|e|ar) (esta|la) (noticia|nota)\b/i,
    /^(regístrate|registrate|inicia sesión|para comentar)\b/i,
    /\bnuestro canal de (youtube|whatsapp|telegram|tiktok)\b/i,
    // A byline or desk alone: "Por Agencia EFE", "Redacción fama", "Autor:".
    /^(por\s+)?(redacción|agencia)\b[^.!?]{0,40}$/i,
    // A byline: "Escrito por José Pablo Segura", "Por Gustavo Roca".
    /^(?:(?:[Ee]scrito|[Rr]edactado|[Tt]exto|[Ee]ntrevista)\s+por|[Pp]or)\s+\p{Lu}\p{Ll}+(?:\s+(?:(?:de|del|de la|y)\s+)?\p{Lu}[\p{Ll}'’-]+){1,4}$/u,
    // A label that the article is for subscribers alone: "Para suscriptores", "Exclusivo para socios".
    /^(?:(?:contenido|exclusivo|solo|sólo|nota)\s+)?(?:para|de)\s+(?:suscriptores|socios|abonados|miembros)$/i,
    /^(autor|autora|por)\s*:\s*$/i,
    /^(publicado|actualizado|modificado)\s*:/i,
    // "Publicado por Alberto González", "Publicada el 3 de mayo": who put the page up, and when.
    /^(publicad[oa]|actualizad[oa])\s+(por|el|hace)\b[^.!?]{0,60}$/i,
    // A photo's credit: "Héctor Andrade | Agencia UNO", "María Pérez | Archivo".
    /^[^.!?|]{2,60}\|\s*(agencia|foto|fotografía|archivo|cortesía)\b[^.!?]{0,40}$/i,
    /^(noticias?|contenidos?) relacionad[oa]s?/i,
    // A label over the outlet's list of its most read: "En tendencia:", "Lo más leído".
    /^(en tendencia|lo más (leído|visto)|más leídas?|más vistas?)\s*:?$/i,
    // The article's tags: "En este artículo: Cuba, Economía, …", "Etiquetas:", "Temas:".
    /^(en este artículo|etiquetas|temas|tags|palabras clave)\s*:/i,
    /\b(newsletter|boletín)\b/i,
    /\bsuscr[ií](b|pc)/i,
    /^(suscr[ií]b(e|ete|ase|anse|irse)|ap[uú]ntate|ap[uú]ntese|hazte (socio|suscriptor)|descarga (la|nuestra) app)\b/i,
    // The page speaking to its reader of their account or subscription, wherever it stands
    // ("Si continúas leyendo en este dispositivo, no se podrá leer en el otro", "¿Tienes una
    // suscripción de empresa?", "Accede para contratar más cuentas"): a word of the account and
    // the reader addressed as tú or vosotros.
    // (Both in its first sentence, no quote marks about: a paragraph that goes on with the
    // article is judged by its first sentence.)
    // (Words told apart by letters of any script: the "os" of "años" is no "os".)
    // (No quote first, and each word looked for from the start: most sentences are read no further.)
    /^(?=[^«“"]*$)(?=[^.?!]*?(?<!\p{L})(suscripci[oó]n|suscriptor|cuentas?|contraseña|dispositivos?|usuarios?|sesi[oó]n)(?!\p{L}))(?=[^.?!]*?(?<!\p{L})(tu|tus|te|ti|os|vuestra|vuestro|puedes|quieres|decides|continúas|tienes|accede|inicia|cambia)(?!\p{L}))/iu,
    // What a subscription gives the reader it speaks to: "Con tu suscripción navegás sin límites…", "Al suscribirte accedés…".
    /^(con|por|gracias a)\s+tu\s+(suscripci[oó]n|membres[ií]a)\b/i,
    /^al suscribirte\b/i,
    /^(compartir|comparte|publicidad|anuncio)\b/i,
    /^s[ií]guenos\b|^sigue .{0,60} en (twitter|x|facebook|instagram|telegram|whatsapp|tiktok|youtube)\b/i,
    // "Ahora puede seguirnos en Facebook y en nuestro WhatsApp Channel".
    /^(?:ahora\s+)?(?:puede|puedes|pueden|podés)\s+seguirnos\b/i,
    /^únete\b/i,
    // A link past the page's menus, for screen readers: "Pasar al contenido principal".
    /^(pasar|ir|saltar) al contenido( principal)?$/i,
    // A call to follow the outlet elsewhere: "Recibe alertas desde Google News".
    /^recib(e|a|í|ir) (alertas|notificaciones|nuestras noticias|las noticias|nuestro boletín|en tu (e-?mail|correo))\b/i,
    /^(foto|fotografía|imagen|vídeo|video)\s*:/i,
    // A call to support the outlet: "El periodismo de … no sería posible sin tu apoyo", "Apóyanos", "Haz una donación".
    /^(el|nuestro)\s+(periodismo|trabajo|medio)\b[^.!?]{0,80}\b(no (sería|seria|es) posible|depende) (sin|de) (tu|su|vuestro) (apoyo|ayuda|aporte)/i,
    // "El periodismo independiente necesita del apoyo de sus lectores…".
    /^(el|nuestro)\s+(periodismo|trabajo|medio)\b[^.!?]{0,80}\b(necesita|requiere)\s+(del|de tu|de su|de vuestro)\s+(apoyo|ayuda|aporte)/i,
    /^(ap[oó]yanos|apoyá|doná|colaborá|haz una (donación|contribución|aportación)|hacé una (donación|contribución)|hacete (socio|miembro)|hazte (miembro|socio))\b/i,
    // "Apoya a El Nacional": the outlet's name alone after the call.
    /^[Aa]p[oó]ya(nos)? a\s+\p{Lu}[^.!?]{0,40}$/u,
    // The comments' box: "Comentarios", "12 comentarios", "Deja tu comentario", "Ver comentarios".
    /^(\d+\s+)?comentarios?$/i,
    /^(deja|dejá|deje|escribe|escribí|añade|agrega|ver|ir a|mostrar|cargar|leer)\s+(tu |su |un |los |a los |más )?comentarios?\b[^.!?]{0,30}$/i,
    // The site's foot: "© 2023 Diario Libre", "Todos los derechos reservados", "Aviso legal".
    /^©|^(todos los )?derechos reservados\b|\btodos los derechos reservados\.?$/i,
    /^(política de (privacidad|cookies)|aviso legal|términos y condiciones|condiciones de uso|mapa del sitio|quiénes somos)$/i,
    // Where the article files itself: "Archivado en: Política, Vivienda".
    /^archivad[oa] en\b/i,
    // A credit under a picture or a chart: "Fotos: EFE", "Fuente: Ministerio de Salud", "Infografía: El Tiempo".
    /^(fotos|fotografías|imágenes|vídeos|videos|fuente|fuentes|infografía|gráfico|ilustración|edición|cámara)\s*:[^.!?]{0,80}$/i,
    // How long the article takes to read: "Tiempo de lectura: 3 min", "3 min de lectura".
    /^(tiempo de )?lectura\s*:?\s*\d+\s*min|^\d+\s*min(utos?)?\.?\s+de lectura$/i,
    // A form to report a mistake: "Reportar un error", "¿Encontraste un error? Repórtalo aquí".
    /^(reportar|reporta|reportá|informar de|notificar)\s+(un\s+)?error\b|^¿\s*(encontraste|has encontrado|viste|ves)\s+(un|algún)\s+error\b/i,
    // Links to the page's pictures or videos: "Ver galería", "Vídeo relacionado".
    /^(ver|mira|mirá)\s+(la\s+|el\s+)?(galería|fotogalería|video|vídeo|fotos)\b[^.!?]{0,40}$|^(fotogalería|galería de fotos|(vídeo|video)s? relacionad[oa]s?)$/i,
    // Labels over lists of the outlet's other articles: "Más noticias", "Otras noticias de Política", "Lo último", "Te recomendamos".
    /^(más|otras|últimas)\s+noticias\b[^.!?]{0,40}$|^lo (último|más comentado|más compartido)$|^(te|le|les)\s+recomendamos\s*:?$|^recomendad[oa]s$/i,
    /^(activa|activá|active)\s+(las\s+)?(notificaciones|alertas)\b/i,
    // The page's player: "Escuchar artículo".
    /^escuch(a|e|ar)\s+(el\s+)?(artículo|audio)$/i,
    // Its buttons: "Volver arriba", "Cerrar", "Enviar por correo".
    /^(volver arriba|ir arriba|cerrar|guardar|menú|buscar)$/i,
    /^enviar por (correo|e-?mail|whatsapp)\b[^.!?]{0,20}$/i,
    // Paid content: "Contenido patrocinado", "Patrocinado por…", "Publirreportaje".
    /^(contenido\s+)?(patrocinado|publicitario)\b[^.!?]{0,60}$|^publirreportaje$/i,
    // The outlet's notes under the article: that it keeps to The Trust Project's criteria, how to license the text.
    /^se adhiere a los criterios de\b/i,
    /^si (?:está|estás|están) interesad[oa]s? en (?:licenciar|reproducir|republicar)\b/i,
    // The agencies the article was written from, alone: "Agencias".
    /^agencias$/i,
    // The outlet's disclaimers: "Las opiniones expresadas … son responsabilidad exclusiva de su autor",
    // "Queda prohibida la reproducción total o parcial…", "… protegidos por derechos de autor".
    /^las opiniones (expresadas|vertidas|publicadas|emitidas)\b[^.!?]{0,160}\b(responsabilidad|reflejan)\b/i,
    /^(queda |está |esta )?prohibida (la|su) reproducción\b|^(todos )?(los |el )?(contenidos?|textos?|materiales?)\b[^.!?]{0,60}\bprotegid[oa]s? por (los )?derechos de autor\b/i,
    // Where the article first appeared: "Este artículo fue publicado originalmente en…", "Lea el original".
    /^(este|esta) (artículo|nota|texto|noticia|reportaje|columna|entrevista|análisis) (fue|ha sido) (publicad[oa]|escrit[oa]) originalmente\b|^(publicad[oa]|escrit[oa]) originalmente en\b/i,
    /^(lea|lee|leé|leer) (el|la) (original|artículo original|nota original|versión original)\b/i,
    // When and why it was changed: "Esta nota fue actualizada a las 15:30…", "Nota del editor:".
    /^(esta|este) (nota|noticia|artículo|información) (fue|ha sido) (actualizad[oa]|corregid[oa])\b|^nota del? (editor|editora|redacción|redactor|autor)\s*:|^(última )?actualización\s*:/i,
    // Where to follow the desk or the author: "En Twitter: @JusticiaET", "Twitter: @JhonTorresE justicia@eltiempo.com".
    /^(en\s+)?(twitter|instagram|facebook|tiktok)\s*:\s*@\w+(\s+\S+@\S+\.\p{L}{2,})?$/iu,
    // A prompt to read another article alone, its link dropped: "Además:", "También:".
    /^(además|también)\s*:$/i,
    // That the story is still being written: "Noticia en desarrollo...", "Información en desarrollo".
    /^(noticia|nota|información) en (desarrollo|actualización)\s*[.…]*$/i,
    // The outlet asking to be shared, followed or written to: "Si te ha gustado este artículo,
    // compártelo", "Recuerda que puedes seguirnos en Facebook", "Mantente informado…",
    // "¿Quieres estar al tanto…?", "Para recibir las noticias … en tu correo…".
    /^si te (ha gustado|gustó) (este|esta)\b/i,
    /^(recuerda que puedes|te invitamos a|lo invitamos a|le invitamos a|los invitamos a|invitamos a)\s+(seguirnos|suscribirte|suscribirse|unirte|unirse|descargar)\b/i,
    /^(mantente|mantenete|manténgase|mantengase) (informad[oa]s?|al (tanto|día))\b|^¿\s*(quieres|querés|desea) (estar|mantenerte|mantenerse) (al tanto|informad[oa]|al día)\b/i,
    /^para recibir\b[^.!?]{0,100}\b(correo|e-?mail|whatsapp|telegram|celular|móvil)\b/i,
    // An address to write to: "Si usted tiene información…, escríbanos a redaccion@diario.com", "Escríbenos por WhatsApp al 555 123 456".
    /^(si [^.!?]{0,80},\s*)?escr[ií]b(enos|anos|annos|inos|e|a|ir)\b[^.!?]{0,40}(\S+@\S+\.\p{L}{2,}|whatsapp (al|a)\s*\+?\d)/iu,
    // A link to elsewhere on the site: "Haz clic aquí para ver el vídeo", "Ingresa a nuestra sección de Economía", "Para más información visite…".
    /^(haz|hacé|haga|dale|da) (clic|click)\b/i,
    /^(ingresa|ingresá|ingrese|visita|visitá|visite|entra|entrá|entre) (a|en) nuestr[oa]s? (sección|sitio|página|web|portal|canal)\b|^para más información,? (visit[ae]|consult[ae]|ingres[ae])\b/i,
    // Credits under a picture: "Cortesía", "Captura de pantalla". (An agency's, "EFE/Juan Pérez", is every language's.)
    /^(cortesía|captura de pantalla|captura de video|imagen de archivo|foto de archivo|getty images|shutterstock)\b[^.!?]{0,40}$/i,
    // How long ago it was put up: "Hace 2 horas".
    /^hace\s+\d+\s+(minutos?|horas?|días?|semanas?|meses)$/i,
    // Its tags, the label's colon left out: "Etiquetas Venezuela Maduro", "Temas Venezuela, Maduro".
    // (A name after it, not a label's next word in capitals: "TEMAS A LOS QUE SE REFIERE: …" is a line of data.)
    /^(?:[Ee]tiquetas|ETIQUETAS|[Tt]emas|TEMAS|[Tt]ags|TAGS|[Pp]alabras clave)\s+\p{Lu}\p{Ll}[^.!?]{0,120}$/u,
    // More of its buttons and labels: "Escuchar", "Imprimir noticia", "Tamaño de texto", "A- A+", "Sigue leyendo",
    // "Lectura de 3 minutos", "Más de Política", "En video", "Galería".
    /^(escuchar|imprimir( noticia| artículo| nota)?|tamaño de (texto|letra|fuente)|a-\s*a\+|(sigue|siga|continúa|continúe|continuar|seguir) leyendo|lectura de \d+ min(utos?)?)$/i,
    /^(?:[Mm]ás|MÁS) (?:de|en|sobre|DE|EN|SOBRE)\s+\p{Lu}[^.!?]{0,30}$/u,
    /^(en )?(videos?|vídeos?|fotos|imágenes|audios?|galería|fotogalería|infografía)$/i,
    // A picture's caption by how it opens: "En la imagen, el presidente…", "Foto de archivo del presidente…";
    // and its credit in words or in brackets: "Fotografía de EFE", "Imagen tomada de Twitter", "(Foto referencial)", "[Foto: EFE]".
    /^en (la|esta) (imagen|foto|fotografía|gráfica),|^(foto|imagen|fotografía) de archivo\b[^!?]{0,160}$/i,
    /^(foto|fotos|fotografía|fotografías|imagen|imágenes) (de|tomadas? de|cortesía de)\s+[^.!?]{1,40}$/i,
    /^[([]\s*(foto|fotos|fotografía|imagen|video|vídeo)\b[^()[\]]{0,60}[)\]]$/i,
    // "Crédito: AFP", "Foto cortesía", "Foto referencial", "Imagen ilustrativa", "Foto/Archivo", "Por: Redacción".
    /^(cr[ée]ditos?|cortesía)\s*:[^.!?]{0,60}$|^(foto|fotos|imagen|imágenes)\s*(\/\s*)?(cortesía|referencial|ilustrativa|de referencia|archivo)\b[^.!?]{0,40}$|^por\s*:\s*redacción\b[^.!?]{0,40}$/i,
  ],
  functionWords: (
    'el la los las lo un una unos unas y e o u ni que de del al a en por para con sin sobre entre tras desde hasta hacia ' +
    'según durante ante bajo contra mediante se su sus le les me nos mi tu es son fue ha han había habían este esta estos ' +
    'estas ese esa esos esas aquel aquella como más menos muy ya también tampoco además así pero aunque mientras cuando ' +
    'donde porque pues si no sí hoy ayer mañana todo toda todos todas otro otra otros otras cada mismo misma dicho dicha ' +
    'tanto nada nadie algo alguien varios varias ambos ambas él ella ellos ellas usted ustedes finalmente entonces luego ' +
    'después antes incluso solo sólo casi tal qué quién cómo dónde cuál por qué paralelamente lamentablemente continuamente ' +
    'mucho mucha muchos muchas poco poca pocos pocas algún alguna algunos algunas ningún ninguna cualquier demasiado demasiada'
  ).split(' '),
  // (And a Portuguese name's, written as it is: "Mato Grosso do Sul", "Lula da Silva".)
  // (And the particles of names from other languages the press writes: "Ursula von der Leyen", "Vincent van Gogh".)
  nameConnectors: ['de', 'del', 'la', 'las', 'los', 'para', 'el', 'do', 'da', 'dos', 'von', 'van', 'der', 'den'],
  institutionConnectors: { and: ['y', 'e'], of: ['a'], ofThe: ['en', 'contra', 'sobre'] },
  termConnectors: ['de', 'del', 'el', 'al', 'la', 'en'],
  placePrepositions: ['en', 'a', 'de', 'desde', 'hacia', 'entre', 'sobre', 'para', 'con'],
  locativePrepositions: ['en', 'desde', 'hacia'],
  definiteArticles: ['el', 'la', 'los', 'las', 'del', 'al'],
  portfolioTitles: (
    'ministro ministra exministro exministra viceministro viceministra consejero consejera exconsejero exconsejera conseller consellera ' +
    'secretario secretaria exsecretario exsecretaria subsecretario subsecretaria titular cartera'
  ).split(' '),
  speechVerbs: (
    'dijo afirmó añadió señaló explicó aseguró indicó declaró continuó manifestó sostuvo precisó agregó apuntó subrayó destacó ' +
    'insistió recordó advirtió concluyó comentó expresó reiteró respondió admitió reconoció denunció lamentó remarcó enfatizó puntualizó detalló ' +
    // (And in the present, as the press writes it after a quote: "”, añade Nordlinger".)
    'dice afirma añade señala explica asegura indica declara sostiene precisa agrega apunta subraya destaca insiste recuerda advierte ' +
    'concluye comenta expresa reitera responde admite reconoce denuncia lamenta remarca enfatiza puntualiza detalla aclara aclaró zanja zanjó'
  ).split(' '),
  titles: [
    'presidente', 'presidenta', 'portavoz', 'ministro', 'ministra', 'líder', 'mandatario', 'homólogo', 'jefe', 'jefa',
    'primer', 'canciller', 'general', 'secretario', 'secretaria', 'embajador', 'alcalde', 'dirigente', 'director', 'señor',
    'diputado', 'diputada', 'senador', 'senadora', 'gobernador', 'gobernadora', 'concejal', 'concejala', 'juez', 'jueza', 'magistrado',
    'magistrada', 'comandante', 'coronel', 'teniente', 'capitán', 'almirante', 'papa', 'rey', 'reina', 'príncipe', 'princesa', 'obispo',
    'arzobispo', 'cardenal', 'alcaldesa', 'directora', 'embajadora', 'vicepresidente', 'vicepresidenta', 'exministro', 'exministra',
    'expresidente', 'expresidenta', 'excongresista', 'congresista', 'legislador', 'legisladora', 'convencional', 'rector', 'rectora',
    'viceprimer', 'viceministro', 'viceministra',
  ],
  organisationNouns: 'agencia agencias empresa empresas compañía firma farmacéutica laboratorio multinacional consultora aerolínea fabricante diario periódico semanario revista medio portal canal cadena emisora radio televisora red plataforma aplicación banco partido movimiento organización coalición sindicato guerrilla agrupación fundación asociación club equipo'.split(' '),
  placeNouns: 'provincia ciudad municipio comuna departamento región localidad distrito cantón parroquia pueblo barrio colonia isla península puerto aldea vereda corregimiento poblado caserío'.split(' '),
  organisationWords: [
    'Ministerio', 'Corte', 'Parlamento', 'Grupo', 'Comisionado', 'Consejo', 'Ejército', 'Agencia', 'Gobierno', 'Comisión', 'Partido',
    'Tribunal', 'Banco', 'Fondo', 'Organización', 'Unión', 'Fuerzas', 'Asamblea', 'Congreso', 'Senado', 'Cámara', 'Servicio',
    'Instituto', 'Universidad', 'Coalición', 'Policía', 'Fiscalía', 'Procuraduría', 'Contraloría', 'Defensoría', 'Dirección', 'Comité',
    'Federación', 'Confederación', 'Sindicato', 'Movimiento', 'Frente', 'Alianza', 'Juzgado', 'Secretaría', 'Departamento', 'Oficina',
    'Embajada', 'Escuela', 'Colegio', 'Hospital', 'Asociación', 'Fundación', 'Compañía', 'Empresa', 'Armada', 'Cruz', 'Buró', 'Brigada',
    'Administración', 'Superintendencia', 'Registro', 'Aduana', 'Aduanas', 'Ayuntamiento', 'Alcaldía', 'Gobernación', 'Municipalidad',
    'Audiencia',
  ],
  termWords: [
    'Día', 'Mes', 'Semana', 'Año', 'Jornada', 'Operación', 'Plan', 'Ley', 'Decreto', 'Carta', 'Estrategia', 'Programa', 'Proyecto',
    'Cumbre', 'Acuerdo', 'Tratado', 'Pacto', 'Premio', 'Copa', 'Mundial', 'Juegos', 'Festival', 'Feria', 'Campaña', 'Censo', 'Código', 'Reforma',
    // Documents, measures and events that a name's first noun says: "Estatuto de Roma", "Informe de Evaluación…", "Torneo de Clausura".
    'Estatuto', 'Informe', 'Torneo', 'Campeonato', 'Batalla', 'Guerra', 'Rebelión', 'Masacre', 'Doctrina', 'Calendario', 'Presupuesto',
    'Presupuestos', 'Tasa', 'Índice', 'Documento', 'Protocolo', 'Convenio', 'Reglamento', 'Declaración', 'Sentencia',
  ],
  placeWords: [
    'Puerto', 'Ciudad', 'San', 'Santa', 'Santo', 'Punta', 'Plaza', 'Palacio', 'Río', 'Isla', 'Islas', 'Provincia', 'Región', 'Valle',
    'Monte', 'Sierra', 'Cerro', 'Lago', 'Golfo', 'Mar', 'Océano', 'Bahía', 'Cabo', 'Villa', 'Barrio', 'Colonia', 'Avenida', 'Calle', 'Base', 'Aeropuerto',
    'Estado', 'Península', 'Cordillera', 'Desierto', 'Parque', 'Salón', 'Centro', 'Nueva', 'Nuevo', 'Estadio', 'Puente', 'Paseo',
    'País', 'Distrito', 'Norte', 'Sur', 'Puerta', 'Vía', 'Via', 'Campo', 'Montes', 'Corredor', 'Fraccionamiento', 'Franja', 'Canal', 'Estrecho',
    'Archipiélago', 'Volcán', 'Laguna', 'Playa', 'Municipio', 'Cantón', 'Condado', 'Comarca', 'Selva',
  ],
  nameArticles: ['La', 'El', 'Las', 'Los'],
  readAlso: READ_ALSO,
  readMore: /^(leer|lee|lea|ver|seguir leyendo)( más)?\s*[.:»›→…]*$/i,
  authorBox: /^[Ss]obre (?:la firma|el autor|la autora)\s+\p{Lu}/u,
  creditWords: ['Cortesía', 'Archivo', 'Referencial', 'Captura de pantalla', 'Captura de video', 'Captura'],
  ordinal: /^\d+(?:ro|do|to|vo|no|mo|er|ra|da|ta|va|na|ma|º|ª|°)$/,
  dictionary: 'dictionary-es',
  places: {
    countryNames: 'spa',
    nameEndings: ['ia', 'a', 'e', 'o', 'u', 'as'],
    adjectiveEndings: /^(?:[iut])?(?:an|en|in|ol|es|ens|ec|it)?(?:o|a|os|as|e|es|i|is|ies)?$/,
    adjectiveSuffix: /^(?:[iut])?(?:an|en|in|ol|es|ens|ec|it)|^(?:i|is|ies)$/,
    shortStem: 6,
    irregular: {
      RUS: 'ruso', CHN: 'chino', IND: 'indio', SWE: 'sueco', CHE: 'suizo', TUR: 'turco', GRC: 'griego', POL: 'polaco', BEL: 'belga',
      CZE: 'checo', DNK: 'danés', SYR: 'sirio', IRQ: 'iraquí', USA: 'estadounidense', GBR: 'británico', NLD: 'neerlandés',
      VEN: 'venezolano', HUN: 'húngaro', MAR: 'marroquí', SAU: 'saudí', KOR: 'surcoreano', PRK: 'norcoreano', CRI: 'costarricense',
      SLV: 'salvadoreño', DOM: 'dominicano', PRI: 'puertorriqueño', NZL: 'neozelandés', ECU: 'ecuatoriano', PRT: 'portugués',
      EGY: 'egipcio', AFG: 'afgano', SRB: 'serbio', HRV: 'croata', LVA: 'letón', KAZ: 'kazajo', ARM: 'armenio', CUB: 'cubano',
      ISR: 'israelí', IRN: 'iraní', FRA: 'francés', ESP: 'español', ITA: 'italiano', JPN: 'japonés', UKR: 'ucraniano',
    },
    inflections: [
      ['és', ['és', 'esa', 'eses', 'esas']],
      ['án', ['án', 'ana', 'anes', 'anas']],
      ['ón', ['ón', 'ona', 'ones', 'onas']],
      ['ol', ['ol', 'ola', 'oles', 'olas']],
      ['í', ['í', 'íes', 'ís']],
      ['o', ['o', 'a', 'os', 'as']],
      ['e', ['e', 'es']],
      ['a', ['a', 'as']],
    ],
  },
  monthsLowercase: true,
  stateWords: ['República', 'Reino', 'Principado', 'Emirato', 'Sultanato'],
  measureWords: (
    'segundo segundos minuto minutos hora horas día días semana semanas mes meses año años década décadas siglo siglos ' +
    'mil miles millón millones billón billones centenar centenares docena docenas decena decenas ' +
    'euro euros dólar dólares peso pesos libra libras rublo rublos yuan yuanes real reales bolívar bolívares sol soles'
  ).split(' '),
  monthsAndDays: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo'.split(' '),
};
