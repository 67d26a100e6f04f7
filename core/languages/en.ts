import type { LanguageRules } from './rules';

export const english: LanguageRules = {
  neverFinal: ['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'sgt', 'rep', 'sen', 'gov', 'pres', 'st', 'rev', 'hon', 'no', 'nos', 'p', 'pp', 'vol', 'fig', 'cf', 'vs', 'e.g', 'eg', 'i.e', 'ie', 'approx', 'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'],
  mayEnd: ['us', 'uk', 'eu', 'un', 'usa', 'etc', 'am', 'pm', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'plc', 'llc'],
  sentenceStarters: (
    'The A An In On At For With Without According After Before Since During This That These Those His Her Its Their ' +
    'He She It They We You But And Or So Yet When While As Also However Meanwhile Today Yesterday Tomorrow All Many Some Most No There'
  ).split(' '),
  boilerplate: [
    /^(read|see) (also|more)\b/i,
    /^(related|more on this|recommended)\b/i,
    /\bnewsletter\b/i,
    /\bsubscribe\b|\bsign up\b/i,
    /^(share|advertisement|sponsored)\b/i,
    /^follow us\b/i,
    /^(photo|image|video|credit)\s*:/i,
  ],
  functionWords: (
    'the a an and or but nor so yet of in on at to for with without by from into onto over under about after before since during ' +
    'this that these those his her its their our my your he she it they we you i me him them us who whom whose which what where when ' +
    'why how not no also only even just still already today yesterday tomorrow all many some most every each other another ' +
    'is are was were be been has have had will would can could may might must shall should there here then meanwhile however'
  ).split(' '),
  nameConnectors: ['of', 'the', 'for', 'de', 'van', 'von'],
  termConnectors: ['of', 'the', 'for', 'and', 'on'],
  definiteArticles: ['the'],
  placePrepositions: ['in', 'to', 'from', 'at', 'into', 'near', 'across', 'between', 'toward', 'towards'],
  titles: ['president', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'leader', 'chief', 'prime', 'chancellor', 'general', 'secretary', 'ambassador', 'mayor', 'director', 'counterpart', 'envoy', 'senator', 'governor'],
  organisationNouns: 'agency company firm drugmaker carrier manufacturer newspaper daily magazine broadcaster channel network platform app bank party movement organisation organization coalition union group foundation association club team'.split(' '),
  placeNouns: 'city town province region district county village island'.split(' '),
  organisationWords: ['Ministry', 'Court', 'Parliament', 'Group', 'Council', 'Army', 'Agency', 'Government', 'Commission', 'Party', 'Tribunal', 'Bank', 'Fund', 'Organization', 'Organisation', 'Union', 'Forces', 'Assembly', 'Congress', 'Senate', 'House', 'Service', 'Institute', 'University', 'Coalition', 'Department'],
  stateWords: ['Republic', 'Kingdom', 'Principality'],
  monthsAndDays: 'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
};
