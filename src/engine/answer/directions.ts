/**
 * @module
 * Direction questions: "Which direction does the Rhine turn?", "Which way does it flow?", "In what
 * direction does the range extend?" are answered by a compass word ("turns *north*", "flows
 * generally *westward*", "extending *east-west*"), which no span type holds; a phrase naming the
 * direction itself ("the overall direction of the Rhine") only describes it.
 */
import type { Named } from './naming'

// "which direction", "what cardinal direction", "which way" (not "in what way", a manner question).
const ASKS = /\b(?:which|what)\s+(?:(?:cardinal|compass|general)\s+)?directions?\b|(?<!\bin\s)\b(?:which|what) way\b/i
const COMPASS = '(?:north|south)(?:-?(?:east|west))?|east|west'
// A compass word written in lower case (a capital one is part of a name: "North Sea", "West
// Francia"), its "-ward(s)", "-ern", "-erly" forms read as the direction itself.
const COMPASS_WORD = new RegExp(`\\b(${COMPASS})(?:wards?|ern|erly)?\\b`, 'g')
const DIRECTION = new RegExp(`\\b(?:(?:${COMPASS})-(?:${COMPASS})|(?:${COMPASS})(?:wards?|erly)?|upstream|downstream|inland|seawards?|clockwise|anti-?clockwise|counter-?clockwise)\\b`, 'giu')

/**
 * Whether the question asks for a direction.
 *
 * @example
 * ```ts
 * asksForDirection('Which way does the Rhine flow?') // true
 * asksForDirection('In what way is it measured?') // false
 * ```
 */
export function asksForDirection(question: string): boolean {
  return ASKS.test(question)
}

/**
 * The compass words of a sentence, by offsets into it, less those the question says itself ("from
 * the *West* to what direction?" asks for the other one).
 *
 * @example
 * ```ts
 * directionsIn('It changes from West to North.', 'It goes from the West to what direction?') // [{ start: 25, end: 30 }]
 * ```
 */
export function directionsIn(sentence: string, question: string): Named[] {
  const said = new Set([...question.matchAll(DIRECTION)].map((m) => m[0].toLowerCase()))
  return [...sentence.matchAll(DIRECTION)].filter((m) => !said.has(m[0].toLowerCase())).map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/**
 * The compass directions a text says in lower case, each in its plain form ("southwestward" →
 * "southwest"); names such as "North Sea" say none.
 *
 * @example
 * ```ts
 * compassDirections('It flows north-west, past the North Sea, then westward.') // Set { "northwest", "west" }
 * ```
 */
export function compassDirections(text: string): Set<string> {
  return new Set([...text.matchAll(COMPASS_WORD)].map((m) => m[1]!.replace('-', '')))
}
