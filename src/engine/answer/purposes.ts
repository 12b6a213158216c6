/**
 * @module
 * Purposes: "What will the money be used for?" is answered by what follows "used to" or "used for"
 * in the sentence ("The money will be used *to double the capacity of its factory*"), a clause or a
 * gerund phrase, not by a noun phrase inside it.
 */
import { namedAfter, type Named } from './naming'

// "What is X used for?", "X is used for what?".
const ASKS = /\bwhat\b[^?]*\b(?:used|needed|meant|designed|intended)\s+for\s*\??\s*$|\b(?:used|needed|meant|designed|intended)\s+for\s+what\b/iu
// "used to" keeps its "to" (an infinitive); "used for draining…" starts at what follows.
const PURPOSE = /\b(?:used|needed|meant|designed|intended)\s+(?:for\s+|in\s+|(?=to\s))/giu
// A purpose ends at a clause break or the sentence's end; it is cut to fourteen words.
const END = /[;:()"“”]|,\s|\s(?:but|while|which|whereas|although)\s|[.!?]\s*$/u
const MAX_WORDS = 14

/**
 * Whether the question asks what something is used (or meant) for.
 *
 * @example
 * ```ts
 * asksForPurpose('What will the money be used for?') // true
 * ```
 */
export function asksForPurpose(question: string): boolean {
  return ASKS.test(question)
}

/**
 * The purposes a sentence states after "used to/for/in", by offsets into the sentence.
 *
 * @example
 * ```ts
 * purposesIn('The money will be used to double the capacity of its factory.') // → "to double the capacity of its factory"
 * ```
 */
export function purposesIn(sentence: string): Named[] {
  return namedAfter(sentence, PURPOSE, END, MAX_WORDS)
}
