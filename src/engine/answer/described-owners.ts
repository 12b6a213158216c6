/**
 * @module
 * A figure whose sentence opens with a description and names the asked thing only later, in
 * another clause: "What is the population of Dunmore?" of "The town has a population of about
 * 8,400, …, and lies 64 kilometres north of the regional capital, Dunmore." The population is the
 * town's; Dunmore is where it lies. A name before the figure ("Berlin, with a population of…") or
 * in its own clause would own it, so the rule reads only sentences that open "The <noun>".
 */
import { questionNames, type QuestionAnalysis } from '../question/analyze'
import type { Passage } from '../types'
import { sentenceWords } from './rule-words'
import { lastClauseStart } from './binding'

// Questions whose answer is a figure that belongs to something.
const FIGURES: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'duration'])
// The description that opens the sentence.
const DESCRIPTION = /^\s*The\s+(\p{Ll}[\p{L}-]*)\s/u

/**
 * Why the figure at `start` of sentence `index` belongs to the sentence's opening description, not
 * to the question's name, which the sentence names only in a later clause.
 *
 * @example
 * ```ts
 * // "The town has a population of about 8,400, and lies north of the regional capital, Dunmore."
 * describedOwner(analyzeQuestion('What is the population of Dunmore?'), passage, 0, figureStart)?.code // "subject-differs"
 * ```
 */
export function describedOwner(question: QuestionAnalysis, passage: Passage, index: number, start: number): { code: 'subject-differs'; reason: string } | undefined {
  if (!FIGURES.has(question.type)) return undefined
  const s = passage.sentences[index]!
  const opening = DESCRIPTION.exec(passage.text.slice(s.start, start))
  if (!opening) return undefined
  const names = questionNames(question)
  if (names.size === 0) return undefined
  // The opening clause, up to the figure, holds no punctuation: the description is its subject.
  if (lastClauseStart(passage.text.slice(s.start, start)) > 0) return undefined
  const words = sentenceWords(passage, index)
  const named = words.filter((w) => w.term !== null && names.has(w.term))
  // Every name the question gives stands in the sentence, and only after the figure.
  if (named.length === 0 || named.some((w) => w.start < start) || [...names].some((n) => !named.some((w) => w.term === n))) return undefined
  // …and in another clause: "The magnitude 6.7 1994 Northridge earthquake" is one phrase.
  if (lastClauseStart(passage.text.slice(start, named[0]!.start)) === 0) return undefined
  const name = passage.text.slice(named[0]!.start, named.at(-1)!.end)
  return { code: 'subject-differs', reason: `the figure belongs to 'the ${opening[1]}'; the sentence names '${name}' only in another clause` }
}
