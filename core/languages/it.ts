import type { LanguageRules } from './rules';

export const italian: LanguageRules = {
  neverFinal: ['sig', 'sigg', 'sig.ra', 'sigra', 'dott', 'dott.ssa', 'dottssa', 'prof', 'prof.ssa', 'profssa', 'avv', 'ing', 'arch', 'on', 'gen', 'col', 'cap', 'ten', 'mons', 'p', 'pp', 'pag', 'art', 'artt', 'n', 'nr', 'vol', 'tel', 'fig', 'cfr', 'ecc', 'es', 'vs', 's', 'v', 'via', 'c.so', 'cso', 'p.za', 'pza'],
  mayEnd: ['ecc', 'usa', 'spa', 'srl', 'am', 'pm', 'inc', 'ltd', 'jr'],
  sentenceStarters: (
    'Il Lo La I Gli Le L Un Uno Una Nel Nella Nei Negli Nelle Per Con Senza Secondo Dopo Prima Durante Da Dal Dalla ' +
    'Questo Questa Questi Queste Quel Quella Suo Sua Suoi Sue Lui Lei Loro Ma E O Però Anche Inoltre Quando Mentre ' +
    'Come Così Già Oggi Ieri Domani Infine Poi Tutti Tutte Ogni Alcuni Molti In A Al Alla Non Si Ci È'
  ).split(' '),
  boilerplate: [
    /^(leggi|vedi) anche\b/i,
    /^(articoli|notizie) correlat[ie]\b/i,
    /^potrebbe interessarti\b/i,
    /\bnewsletter\b/i,
    /\biscriviti\b|\babbonati\b|\babbonamento\b/i,
    /^(condividi|pubblicità)\b/i,
    /^segui(teci)?\b.{0,60}\b(su|on)\b/i,
    /^(foto|immagine|video)\s*:/i,
  ],
  functionWords: (
    'il lo la i gli le l un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal dallo dalla dai dagli dalle ' +
    'in nel nello nella nei negli nelle con su sul sullo sulla sui sugli sulle per tra fra e ed o ma che chi cui non più meno molto ' +
    'anche già ancora sempre mai questo questa questi queste quello quella quelli quelle suo sua suoi sue loro lui lei esso essa ' +
    'si ci ne è sono era erano stato stata ha hanno aveva tutto tutta tutti tutte ogni altro altra altri altre oggi ieri domani ' +
    'poi infine così quando mentre come dove perché se però inoltre secondo dopo prima durante senza'
  ).split(' '),
  nameConnectors: ['di', 'del', 'della', 'dei', 'degli', 'delle', 'da', 'la', 'lo', 'per'],
  institutionConnectors: { and: ['e', 'ed'], of: ['a'], ofThe: ['contro'] },
  termConnectors: ['di', 'del', 'della', 'al', 'alla', 'a', 'il', 'la', 'in'],
  definiteArticles: ['il', 'lo', 'la', 'i', 'gli', 'le', 'del', 'dello', 'della', 'dei', 'degli', 'delle'],
  placePrepositions: ['a', 'in', 'da', 'di', 'verso', 'tra', 'fra', 'per', 'con', 'su'],
  titles: ['presidente', 'portavoce', 'ministro', 'ministra', 'premier', 'leader', 'capo', 'cancelliere', 'generale', 'segretario', 'segretaria', 'ambasciatore', 'sindaco', 'dirigente', 'direttore', 'direttrice', 'omologo'],
  organisationNouns: 'agenzia azienda società compagnia laboratorio multinazionale quotidiano giornale settimanale rivista canale emittente radio rete piattaforma app banca partito movimento organizzazione coalizione sindacato fondazione associazione squadra'.split(' '),
  placeNouns: 'provincia città comune regione località distretto quartiere isola'.split(' '),
  organisationWords: ['Ministero', 'Corte', 'Parlamento', 'Gruppo', 'Consiglio', 'Esercito', 'Agenzia', 'Governo', 'Commissione', 'Partito', 'Tribunale', 'Banca', 'Fondo', 'Organizzazione', 'Unione', 'Forze', 'Assemblea', 'Congresso', 'Senato', 'Camera', 'Servizio', 'Istituto', 'Università', 'Coalizione'],
  elisions: ['l', 'd', 'dell', 'all', 'nell', 'sull', 'dall', 'coll', 'un', 'quell', 'quest', 'sant', 'c', 'v', 'n'],
  monthsLowercase: true,
  stateWords: ['Repubblica', 'Regno', 'Principato'],
  monthsAndDays: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica'.split(' '),
};
