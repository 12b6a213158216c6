/**
 * @module
 * Yes-no questions ("Is the support ironclad?", "Does BSkyB carry any control over the content?")
 * are answered "yes" or "no" by the sentence they rest on, not by a span: "no" when the sentence
 * negates what the question asks or says its opposite (the same readings that make other questions
 * abstain, `contradiction.ts` and `negations.ts`), "yes" when it says every word the question asks
 * about with no negation the question lacks. Anything else the sentence neither confirms nor denies.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Answer } from '../results'
import type { AnalyzedQuery } from '../search/query'
import { contradiction, isNegated } from './contradiction'
import { sentenceNegation } from './negations'
import { mentions } from './support'
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'

/** What the sentence says of a yes-no question, and why. */
export interface Verdict {
  verdict: 'yes' | 'no'
  reason: string
}

/**
 * "Yes" or "No" for a yes-no answer (what the summary and the chat doors say first); undefined for
 * any other answer.
 *
 * @example
 * ```ts
 * verdictWord({ ...answer, type: 'yes-no', normalized: 'no' }) // "No"
 * ```
 */
export function verdictWord(answer: Pick<Answer, 'type' | 'normalized'>): 'Yes' | 'No' | undefined {
  if (answer.type !== 'yes-no' || !answer.normalized) return undefined
  return answer.normalized === 'yes' ? 'Yes' : 'No'
}

/**
 * The verdict sentence `sentence` (with index terms `terms`) gives on a yes-no question, if any.
 *
 * @example
 * ```ts
 * verdictOf(analyzeQuestion('Is the support ironclad?'), query, 'The support is "ironclad".', terms)
 * // { verdict: 'yes', reason: 'the sentence says every word of the question' }
 * verdictOf(analyzeQuestion('Does BSkyB carry any control?'), query, 'BSkyB does not carry any control.', terms)?.verdict // "no"
 * ```
 */
export function verdictOf(question: QuestionAnalysis, query: AnalyzedQuery, sentence: string, terms: ReadonlySet<string>): Verdict | undefined {
  const denied = sentenceNegation(question.text, sentence) ?? contradiction(question.text, sentence)
  if (denied && denied.code !== 'degree-unstated') return { verdict: 'no', reason: denied.reason }
  // "Is the support fading?" of "the support … will not fade": a question word the sentence negates, in any form.
  const negatedWord = !isNegated(question.text) && negatedTerm(sentence, new Set(question.keywords))
  if (negatedWord) return { verdict: 'no', reason: `the sentence says '${negatedWord}'` }
  if (question.keywords.length > 0 && question.keywords.every((t) => mentions(query, question, terms, t))) {
    return { verdict: 'yes', reason: 'the sentence says every word of the question' }
  }
  return undefined
}

/** The first "not W" (at most one word between) of `sentence` whose W has one of `keywords` as its index term. */
function negatedTerm(sentence: string, keywords: ReadonlySet<string>): string | undefined {
  const tokens = tokenize(sentence)
  for (let i = 0; i < tokens.length; i++) {
    if (!NOT.test(tokens[i]!.text)) continue
    for (const j of [i + 1, i + 2]) {
      const term = tokens[j] && normalizeTerm(tokens[j]!.text)
      if (term && keywords.has(term)) return sentence.slice(tokens[i]!.start, tokens[j]!.end)
    }
  }
  return undefined
}

const NOT = /^(?:not|never|\p{L}+n't)$/iu
