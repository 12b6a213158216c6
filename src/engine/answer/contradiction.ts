/**
 * @module
 * Questions the best sentence contradicts rather than answers. A question that asks what is *not*
 * so ("What is not contained in PSPACE?") is not answered by a sentence that only states what is;
 * one that asks for the *least* important thing is not answered by a sentence about the most
 * important. On the SQuAD 2.0 dev articles these two patterns abstain on 78 questions of which 7
 * were answerable, none answered right (README, Answers): they are how unanswerable questions are
 * usually made from a sentence.
 */
import { lookupTable } from '../text/lookup-table'

const NEGATION = /\b(?:not|never|no|none|nor|without|cannot)\b|n't\b/i

// Opposite pairs: a question word whose opposite the sentence says instead. Kept to words that
// rarely mean anything else, in the forms they are written in (no stemming: "less"/"lesser").
const PAIRS: readonly (readonly [string, string])[] = [
  ['least', 'most'], ['fewest', 'most'], ['rarely', 'often'], ['rarely', 'commonly'], ['rarely', 'usually'], ['seldom', 'often'],
  ['first', 'last'], ['before', 'after'], ['earliest', 'latest'], ['largest', 'smallest'], ['biggest', 'smallest'],
  ['highest', 'lowest'], ['best', 'worst'], ['easiest', 'hardest'], ['easier', 'harder'], ['strongest', 'weakest'],
  ['oldest', 'newest'], ['oldest', 'youngest'], ['minimum', 'maximum'], ['increase', 'decrease'], ['increased', 'decreased'],
  ['major', 'minor'], ['important', 'unimportant'], ['significant', 'insignificant'], ['known', 'unknown'],
  ['possible', 'impossible'], ['correct', 'incorrect'], ['formal', 'informal'], ['solved', 'unsolved'],
  ['finite', 'infinite'], ['common', 'uncommon'], ['manual', 'mechanical'], ['always', 'never'],
  ['win', 'lose'], ['won', 'lost'], ['accepted', 'rejected'], ['north', 'south'], ['east', 'west'],
  ['northern', 'southern'], ['eastern', 'western'], ['upper', 'lower'], ['inside', 'outside'],
]
const OPPOSITES: Readonly<Record<string, readonly string[]>> = lookupTable(
  PAIRS.reduce<Record<string, string[]>>((table, [a, b]) => {
    ;(table[a] ??= []).push(b)
    ;(table[b] ??= []).push(a)
    return table
  }, {}),
)

const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? [])

/** Why a sentence does not answer a question, when it contradicts it. */
export interface Contradiction {
  code: 'negated' | 'opposite'
  reason: string
}

/**
 * Whether `sentence` contradicts `question`: the question is negated and the sentence is not, or
 * the question uses a word whose opposite the sentence uses instead.
 *
 * @example
 * ```ts
 * contradiction('What is not contained in PSPACE?', 'P is contained in PSPACE.')?.code // "negated"
 * contradiction('What is the least important question?', 'It is the most important question.')?.reason
 * // "the question asks about 'least'; the passage says 'most'"
 * ```
 */
export function contradiction(question: string, sentence: string): Contradiction | undefined {
  if (NEGATION.test(question) && !NEGATION.test(sentence)) {
    return { code: 'negated', reason: 'the question asks what is not so; the closest passage only says what is' }
  }
  const said = wordsOf(sentence)
  for (const word of wordsOf(question)) {
    if (said.has(word)) continue
    const opposite = OPPOSITES[word]?.find((o) => said.has(o))
    if (opposite) return { code: 'opposite', reason: `the question asks about '${word}'; the passage says '${opposite}'` }
  }
  return undefined
}
