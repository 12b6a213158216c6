/**
 * @module
 * Manner answers read off the question's verb: "How is the time calculated?" is answered by the
 * complement the sentence gives that verb ("is calculated *as a function of the size of the
 * instance*"), "How can function problems be restated?" by "as decision problems".
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Word } from './words'

/** A stretch of the passage, by offsets. */
export interface Stretch {
  start: number
  end: number
}

// A preposition that opens a manner complement right after the verb.
const OPENER = /^\s+(?:as|in|into|with|through|via|using|by)\s+/iu
// Where the complement ends: punctuation, or a word that opens another clause.
const END = /[,;:.!?)"”]|\s(?:and|but|while|which|who|that|although|whereas|because|since|so)\s/u

/**
 * The complement of the question's verb in a sentence: what follows the verb (the question's last
 * word, "calculated", "restated") when it opens with "as", "in", "by"…, up to the clause's end.
 *
 * @example
 * ```ts
 * const text = 'Time is calculated as a function of the size of the instance.'
 * mannerComplement(analyzeQuestion('How is time calculated?'), text, contentWords(passage, sentence), text.length)
 * // { start: 19, end: 61 } → "as a function of the size of the instance"
 * ```
 */
export function mannerComplement(question: QuestionAnalysis, text: string, words: readonly Word[], limit: number): Stretch | undefined {
  const verb = question.words.at(-1)
  if (!verb || !/^\W*$/u.test(question.text.slice(verb.end)) || verb.term === question.focusTerm) return undefined
  for (const w of words) {
    if (w.term !== verb.term) continue
    const after = text.slice(w.end, limit)
    const opener = OPENER.exec(after)
    if (!opener) continue
    const body = after.slice(opener[0].length)
    const stop = END.exec(body)
    const length = (stop ? body.slice(0, stop.index) : body).trimEnd().length
    if (length < 3) continue
    return { start: w.end + opener[0].length - opener[0].trimStart().length, end: w.end + opener[0].length + length }
  }
  return undefined
}
