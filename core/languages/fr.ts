import type { LanguageRules } from './rules';

export const french: LanguageRules = {
  neverFinal: ['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'gén', 'col', 'lt', 'cap', 'av', 'bd', 'p', 'pp', 'vol', 'art', 'chap', 'fig', 'cf', 'env', 'tél', 'n°', 'no', 'vs', 'ex', 'réf'],
  mayEnd: ['etc', 'usa', 'am', 'pm', 'inc', 'ltd', 'sa', 'sarl', 'jr'],
  sentenceStarters: (
    'Le La Les L Un Une Des Du De Dans Pour Par Avec Sans Selon Après Avant Depuis Pendant Ce Cet Cette Ces Son Sa Ses ' +
    'Leur Leurs Il Elle Ils Elles On Nous Vous Mais Et Ou Donc Or Ni Car Si Quand Lorsque Comme Alors Ainsi Aussi ' +
    'Cependant Pourtant Toutefois En Au Aux Tout Toute Tous Toutes Plusieurs Certains Aujourd Hier Demain Enfin Puis'
  ).split(' '),
  boilerplate: [
    /^(lire|voir) (aussi|également|plus)\b/i,
    /^à lire (aussi|également)\b/i,
    /^(sur le même sujet|articles? similaires?|contenus? associés?)\b/i,
    /\b(newsletter|lettre d['’]information)\b/i,
    /\babonne[zr]?\b|\babonnement\b/i,
    /^(partager|publicité)\b/i,
    /^suivez[- ]nous\b|^rejoignez[- ]nous\b/i,
    /^(photo|image|vidéo|crédit)\s*:/i,
  ],
  functionWords: (
    'le la les l un une des du de d à au aux en dans par pour avec sans sur sous entre vers chez selon depuis pendant après avant ' +
    'et ou mais donc or ni car que qu qui quoi dont où si ne pas plus moins très aussi déjà encore toujours jamais ' +
    'ce cet cette ces son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on nous vous je tu ' +
    'lui eux se est sont été était être a ont avait tout toute tous toutes autre autres même aujourd hier demain ' +
    'alors ainsi puis enfin cependant pourtant toutefois quand lorsque comme y'
  ).split(' '),
  nameConnectors: ['de', 'du', 'des', 'la', 'le', 'les', 'd', 'pour'],
  institutionConnectors: { and: ['et'], of: ['à'], ofThe: ['contre', 'sur'] },
  termConnectors: ['de', 'du', 'des', 'à', 'au', 'la', 'le', 'en', 'd'],
  definiteArticles: ['le', 'la', 'les', 'du', 'des', 'au', 'aux'],
  placePrepositions: ['à', 'en', 'de', 'depuis', 'vers', 'dans', 'au', 'aux', 'pour', 'avec', 'entre'],
  titles: ['président', 'présidente', 'porte-parole', 'ministre', 'chef', 'premier', 'chancelier', 'chancelière', 'général', 'secrétaire', 'ambassadeur', 'ambassadrice', 'maire', 'dirigeant', 'directeur', 'directrice', 'homologue', 'dirigeante', 'leader'],
  organisationNouns: 'agence entreprise société compagnie firme laboratoire multinationale constructeur journal quotidien hebdomadaire magazine revue chaîne radio réseau plateforme application banque parti mouvement organisation coalition syndicat guérilla fondation association club équipe'.split(' '),
  placeNouns: 'province ville commune département région localité district quartier île'.split(' '),
  organisationWords: ['Ministère', 'Cour', 'Parlement', 'Groupe', 'Conseil', 'Armée', 'Agence', 'Gouvernement', 'Commission', 'Parti', 'Tribunal', 'Banque', 'Fonds', 'Organisation', 'Union', 'Forces', 'Assemblée', 'Congrès', 'Sénat', 'Chambre', 'Service', 'Institut', 'Université', 'Coalition'],
  elisions: ['l', 'd', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'],
  monthsLowercase: true,
  stateWords: ['République', 'Royaume', 'Principauté'],
  monthsAndDays: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche'.split(' '),
};
