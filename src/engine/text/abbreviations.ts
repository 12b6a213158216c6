/**
 * @module
 * Abbreviations that end in a full stop without ending a sentence.
 * `Intl.Segmenter` splits "Mr. Smith" after "Mr.", so the splitter consults these lists.
 */

/** Titles before a name: a sentence never ends on one. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl', 'maj',
  'brig', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'fr', 'mt', 'messrs',
])

/** Abbreviations followed by a number: "No. 5", "Art. 5", "pp. 10". */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'art', 'fig', 'vol', 'p', 'pp', 'ch', 'sec', 'para', 'op', 'ed',
])

/**
 * Abbreviations that can also end a sentence ("… of Apple Inc.").
 * They join the next segment unless it opens with a common sentence starter.
 */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn', 'est', 'approx',
  'vs', 'etc', 'e.g', 'i.e', 'cf', 'al', 'ca', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m',
  'ft', 'ave', 'blvd', 'rd', 'mln', 'bn', 'km', 'mi', 'oz', 'lb', 'lbs',
])

/** Words that usually open a new sentence; after "Inc." or "U.S." they mean the sentence did end. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that',
  'these', 'those', 'there', 'but', 'and', 'however', 'meanwhile', 'after', 'before', 'when', 'while',
  'his', 'her', 'their', 'our', 'if', 'as', 'for', 'so', 'yet', 'then', 'last', 'earlier', 'later',
])

/** Verbs of speech that follow a quotation: `"…we are ready." Smith noted.` stays one sentence. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'noted', 'notes', 'added', 'adds', 'told', 'stressed', 'wrote', 'writes', 'asked',
  'explained', 'continued', 'argued', 'insisted', 'warned', 'tweeted', 'replied', 'recalled',
  'reportedly', 'stated', 'declared', 'remarked', 'observed', 'claimed', 'concluded', 'emphasised',
  'emphasized', 'admitted', 'announced',
])
