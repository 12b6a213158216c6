/**
 * @module
 * "What nationality was Arthur Woolf?", "People of what nationality invented the steam turbine?":
 * the answer is the adjective of a people the sentence puts before a noun or name ("*British*
 * engineer Arthur Woolf", "a *British* invention"), not the phrase it opens.
 */
import type { Named } from './naming'

// The question asks for a nationality or ethnicity.
const ASKS = /\b(?:nationalit(?:y|ies)|ethnicity|ethnic (?:origin|background|group))\b/i
// An adjective of a people: the common endings, and the ones that have none. Broad on purpose
// ("Catholic", "Pacific" match too): it is read only for a nationality question, and the read-off
// is scored by how close it stands to the question's words.
const PEOPLE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:ian|an|ish|ese|ic|i|ch)|Greek|Thai|Swiss|French|Dutch|Welsh|Scots|Czech|Basque|Flemish|Breton|Inuit)(?=\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?![\p{L}-])/gu
// A word after the adjective that shows it is not one: a name of a place ("German Empire") or a verb.
const NOT_ADJECTIVE = /^\s+(?:Empire|Republic|Kingdom|Union|Confederation|Revolution|War|Church|Sea|Ocean|Alps|Army|Navy|Parliament|language|is|was|are|were)\b/

/**
 * Whether the question asks for a nationality or ethnicity.
 *
 * @example
 * ```ts
 * asksNationality('What nationality was Arthur Woolf?') // true
 * ```
 */
export const asksNationality = (question: string): boolean => ASKS.test(question)

/**
 * The adjectives of peoples the sentence uses before a word, by offsets into the sentence.
 *
 * @example
 * ```ts
 * nationalitiesIn('It was invented in 1804 by British engineer Arthur Woolf.') // [{ start: 30, end: 37 }] → "British"
 * ```
 */
export function nationalitiesIn(sentence: string): Named[] {
  const found: Named[] = []
  for (const m of sentence.matchAll(PEOPLE)) {
    const end = m.index + m[1]!.length
    if (NOT_ADJECTIVE.test(sentence.slice(end))) continue
    found.push({ start: m.index, end })
  }
  return found
}
