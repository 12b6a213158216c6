/**
 * @module
 * Rank questions: "Where does Victoria rank in Australia?", "What ranking is the airport?" are
 * answered by an ordinal ("is ranked *second* in Australia", "the *third* by international
 * passenger volume"), which no span type holds.
 */
import type { Named } from './naming'

// The question asks for a rank or position in an order.
const ASKS = /\b(?:rank|ranks|ranked|ranking|position in terms|where does .+ (?:rank|stand|place))\b/i
const ORDINAL = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\b/giu

/**
 * Whether the question asks for a rank.
 *
 * @example
 * ```ts
 * asksForRank('Where does Victoria rank in GSP?') // true
 * ```
 */
export function asksForRank(question: string): boolean {
  return ASKS.test(question)
}

/**
 * The ordinals of a sentence, by offsets into it.
 *
 * @example
 * ```ts
 * ordinalsIn('It is ranked second in Australia.') // [{ start: 13, end: 19 }]
 * ```
 */
export function ordinalsIn(sentence: string): Named[] {
  return [...sentence.matchAll(ORDINAL)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}
