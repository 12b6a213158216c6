/**
 * @module
 * The other half of `contradiction.ts`'s negated questions: a plain question whose predicate the
 * sentence negates ("What algorithm is always practical?" of "a polynomial time algorithm is not
 * always practical"; "What kind of art did the Normans have a rich tradition of?" of "the Normans
 * did not have the rich traditions…"). SQuAD 2.0 makes unanswerable questions so, by dropping the
 * sentence's "not". A word the sentence also says without "not", a negation in brackets ("(not
 * decision problems)") and a conditional question ("If P is proven equal to NP, …") do not count.
 */

import { isFramingWord } from './naming'

// Function words say nothing the sentence could negate: "do not fit *into* this framework".
const FUNCTION_WORDS = new Set((
  'a an the of in on into onto to at by for from with about over under upon as than that this these those ' +
  'what which who whom whose when where why how is are was were be been being do does did ' +
  'and or but if it its they their them he his she her we our you your i'
).split(' '))
// Read the sentence only when it negates something at all (most do not).
const ANY_NEGATION = /\b(?:not|never)\b|n't\b/i
const STAND_FOR = /\bstands? for\b/g
const BRACKETS = /\([^)]*\)/g
const CONDITIONAL = /^\s*(?:if|suppose|assuming)\b/i
const QUESTION_NEGATION = /\b(?:not|never|no|none|nor|without|cannot)\b|n't\b/i

/** Why the sentence does not answer the question. */
export interface SentenceNegation {
  code: 'sentence-negates'
  reason: string
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Whether `sentence` negates a word of a plain `question` ("not always practical" for "always
 * practical") and never says that word without the negation.
 *
 * @example
 * ```ts
 * sentenceNegation('What algorithm is always practical?', 'A polynomial algorithm is not always practical.')?.code
 * // "sentence-negates"
 * sentenceNegation('What algorithm is practical?', 'A linear algorithm is practical; an exponential one is not.') // undefined
 * ```
 */
export function sentenceNegation(question: string, sentence: string): SentenceNegation | undefined {
  if (!ANY_NEGATION.test(sentence) || QUESTION_NEGATION.test(question) || CONDITIONAL.test(question)) return undefined
  const text = sentence.replace(BRACKETS, ' ')
  // Words that frame the question ask for a name and say nothing the sentence could deny: "What
  // does ICE *stand for*?" is not denied by "a bridge does not stand any straighter".
  const asked = question.toLowerCase().replace(STAND_FOR, ' ')
  const words = new Set((asked.match(/\p{L}+/gu) ?? []).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w) && !isFramingWord(w)))
  for (const word of words) {
    const w = escape(word)
    const all = text.match(new RegExp(`\\b${w}\\b`, 'giu'))?.length ?? 0
    if (all === 0) continue
    // "not W", "never W", "didn't W", with at most one word between ("not *more* difficult").
    const negated = text.match(new RegExp(`(?:\\b(?:not|never)|n't)\\s+(?:\\p{L}+\\s+)?${w}\\b`, 'giu'))?.length ?? 0
    // "was not reached until 1887" says when it was reached.
    const until = text.match(new RegExp(`(?:\\b(?:not|never)|n't)\\s+(?:\\p{L}+\\s+)?${w}\\b[^,;.]*?\\b(?:until|till)\\b`, 'giu'))?.length ?? 0
    if (negated === all && until < negated) {
      const said = new RegExp(`(?:\\b(?:not|never)|\\p{L}+n't)\\s+(?:\\p{L}+\\s+)?${w}\\b`, 'iu').exec(text)?.[0]
      return { code: 'sentence-negates', reason: `the question asks what is so; the closest passage says '${said}'` }
    }
  }
  return undefined
}
