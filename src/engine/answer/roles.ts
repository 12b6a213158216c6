/**
 * @module
 * People by their stated role: "Who is the President of the European Commission?" is the person
 * the build labelled "President of the European Commission", not another "President" nearby.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'
import type { Span } from '../types'

// Labels come from the corpus, so this cache is bounded by it; stemming them once saves it per request.
const LABEL_TERMS = new Map<string, string[]>()

/**
 * A span label's index terms, stemmed once per corpus.
 *
 * @example
 * ```ts
 * labelTerms('rounds of ammunition') // ["round", "ammunit"]
 * ```
 */
export function labelTerms(label: string): string[] {
  let terms = LABEL_TERMS.get(label)
  if (!terms) LABEL_TERMS.set(label, (terms = tokenize(label).flatMap((t) => normalizeTerm(t.text) ?? [])))
  return terms
}

/** How much of the question a role must state: most of its words, and at least two. */
export const ROLE_MATCH = { share: 0.6, words: 2 } as const

/**
 * The people among `spans` whose stated role states most of a who-question: the best match only.
 *
 * @example
 * ```ts
 * peopleByRole(spans, analyzeQuestion('Who is the President of the European Commission?'))
 * // [{ type: 'person', label: 'President of the European Commission', … }]
 * ```
 */
export function peopleByRole(spans: readonly Span[], question: QuestionAnalysis): Span[] {
  if (question.type !== 'person' || question.keywords.length === 0) return []
  let best: Span[] = []
  let most: number = ROLE_MATCH.words - 1
  for (const span of spans) {
    if (span.type !== 'person' || !span.label) continue
    const terms = labelTerms(span.label)
    const shared = question.keywords.filter((k) => terms.includes(k)).length
    if (shared / question.keywords.length < ROLE_MATCH.share || shared < most) continue
    best = shared > most ? [span] : [...best, span]
    most = shared
  }
  return best
}
