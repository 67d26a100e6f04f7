import type { LanguageRules } from './rules';

/**
 * German capitalises every noun, so a capital says little about a name: the function words
 * and the organisation words below carry more of the weight here than elsewhere.
 */
export const german: LanguageRules = {
  neverFinal: ['z', 'd', 'u', 'v', 'o', 'hr', 'hrn', 'fr', 'dr', 'prof', 'dipl', 'ing', 'st', 'nr', 'bzw', 'z.b', 'zb', 'd.h', 'dh', 'u.a', 'ua', 'usw', 'vgl', 'ca', 'bzgl', 'gen', 'abs', 'art', 'str', 's', 'tel', 'evtl', 'ggf', 'inkl', 'max', 'min', 'mio', 'mrd', 'jh', 'v.a', 'va', 'o.ä', 'oä'],
  mayEnd: ['usw', 'etc', 'usa', 'gmbh', 'ag', 'kg', 'ev', 'inc', 'ltd', 'jr'],
  sentenceStarters: (
    'Der Die Das Den Dem Des Ein Eine Einen Einem Einer Im In Am An Auf Aus Bei Mit Nach Seit Von Vor Zu Zum Zur Für ' +
    'Über Unter Durch Gegen Ohne Um Nach Während Wegen Dieser Diese Dieses Er Sie Es Wir Man Aber Und Oder Doch Denn ' +
    'Auch Noch Schon Nun Dann Danach Zudem Außerdem Jedoch Trotzdem Als Wenn Wie So Heute Gestern Morgen Alle Viele'
  ).split(' '),
  boilerplate: [
    /^(lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|weitere artikel)\b/i,
    /\bnewsletter\b/i,
    /\babonnier|\babo\b|\bjetzt abonnieren\b/i,
    /^(teilen|werbung|anzeige)\b/i,
    /^folgen sie uns\b/i,
    /^(foto|bild|video)\s*:/i,
  ],
  functionWords: (
    'der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern als wie wenn weil dass ob ' +
    'in im an am auf aus bei mit nach seit von vom vor zu zum zur für über unter durch gegen ohne um während wegen bis ' +
    'er sie es wir ihr ich du man sich sein seine ihre ihr unser nicht kein keine auch noch schon nun dann danach zudem ' +
    'außerdem jedoch trotzdem so sehr mehr weniger heute gestern morgen alle viele dieser diese dieses jener ist sind war waren ' +
    'hat haben hatte wird werden wurde wurden'
  ).split(' '),
  nameConnectors: ['von', 'van', 'der', 'den', 'de', 'zu', 'für'],
  termConnectors: ['der', 'die', 'das', 'des', 'von', 'zur', 'zum'],
  placePrepositions: ['in', 'nach', 'aus', 'von', 'bei', 'im', 'an', 'zwischen', 'gegen'],
  titles: ['präsident', 'präsidentin', 'sprecher', 'sprecherin', 'minister', 'ministerin', 'kanzler', 'kanzlerin', 'chef', 'chefin', 'general', 'generalsekretär', 'botschafter', 'botschafterin', 'bürgermeister', 'bürgermeisterin', 'direktor', 'direktorin', 'amtskollege', 'regierungschef'],
  organisationWords: ['Ministerium', 'Gericht', 'Gerichtshof', 'Parlament', 'Gruppe', 'Rat', 'Armee', 'Agentur', 'Regierung', 'Kommission', 'Partei', 'Bank', 'Fonds', 'Organisation', 'Union', 'Streitkräfte', 'Versammlung', 'Kongress', 'Senat', 'Bundestag', 'Dienst', 'Institut', 'Universität', 'Koalition'],
  nounDeterminers: (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner im am zum zur vom beim ins ans aufs ' +
    'dieser diese dieses diesen diesem jeder jede jedes jeden jedem sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer ' +
    'unser unsere unseren unserem mehr viele vielen wenige einige alle beiden'
  ).split(' '),
  stateWords: ['Republik', 'Bundesrepublik', 'Königreich', 'Fürstentum'],
  monthsAndDays: 'januar februar märz april mai juni juli august september oktober november dezember montag dienstag mittwoch donnerstag freitag samstag sonntag'.split(' '),
};
