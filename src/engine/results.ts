/**
 * @module
 * What the engine answers with. Every door formats these same objects.
 */
import type { SummaryFacts } from './summary/fact-types'
import type { EntityType } from './types'

/** Answer types a question can expect. */
export type AnswerType =
  | 'person'
  | 'organization'
  | 'place'
  | 'date'
  | 'number'
  | 'money'
  | 'percent'
  | 'duration'
  | 'reason'
  | 'manner'
  | 'definition'
  | 'yes-no'
  | 'other'

/** A ranked passage. */
export interface PassageHit {
  rank: number
  documentId: string
  paragraph: number
  score: number
  heading?: string
  text: string
  /** Offsets (into `text`) of the words that matched the query. */
  highlights: [number, number][]
  /** Deep link to the passage in its source (see links.ts). */
  link?: string
}

/** The extracted answer, traceable to its sentence. */
export interface Answer {
  /** The shortest span that answers. */
  text: string
  /** The whole sentence that contains `text`. */
  sentence: string
  documentId: string
  paragraph: number
  /** Offsets of `text` in the passage. */
  start: number
  end: number
  /** Offsets of `sentence` in the passage. */
  sentenceStart: number
  sentenceEnd: number
  /** In [0, 1]; see the answers module for its calibration. */
  confidence: number
  type: AnswerType
  /**
   * Plain form where it applies: ISO date (a range as an ISO interval, "1562/1598"), plain number,
   * amount and currency; for a yes-no
   * question, "yes" or "no" (then `text` is the whole sentence that says so).
   */
  normalized?: string
  /** What kind of span `text` is, when it is a typed span. */
  spanType?: EntityType
  /** Deep link to the sentence in its source (see links.ts). */
  link?: string
}

/**
 * Every abstention code the engine gives, cheapest check first (README, Answers, says when each fires).
 *
 * @example
 * ```ts
 * ABSTENTION_CODES.includes(result.abstention.code) // true
 * ```
 */
export const ABSTENTION_CODES = [
  'missing-terms', 'no-match', 'no-candidate', 'negated', 'sentence-negates', 'ending-unstated', 'event-unstated', 'opposite', 'degree-unstated', 'number-differs', 'modifier-differs', 'noun-differs',
  'count-differs', 'roles-swapped', 'subject-differs', 'object-differs', 'relation-swapped', 'answer-in-question', 'name-not-in-passage', 'name-order', 'clause-unrelated', 'low-confidence',
] as const

/** Why the engine gave no answer. */
export interface Abstention {
  abstained: true
  /** Machine-readable: one of `ABSTENTION_CODES`. */
  code: string
  /** Human-readable, e.g. "no passage mentions 'World Cup'". */
  reason: string
  /**
   * The sentence the engine came closest to answering from, when it weighed one: a reader can
   * judge it, though the engine would not take an answer from it. Absent when the question names
   * something no passage mentions, or no passage matches.
   */
  closest?: ClosestSentence
}

/** A sentence the engine weighed but did not answer from, traceable like an answer's. */
export interface ClosestSentence {
  sentence: string
  documentId: string
  paragraph: number
  /** Offsets of `sentence` in the passage. */
  sentenceStart: number
  sentenceEnd: number
  /** Deep link to the sentence in its source (see links.ts). */
  link?: string
}

/** The whole reply to a question. */
export interface AskResult {
  question: string
  answer: Answer | null
  /** Present exactly when `answer` is null. */
  abstention?: Abstention
  passages: PassageHit[]
  /** A templated sentence or two stating the answer and naming its source. */
  summary: string
}

/** A key sentence of a summary. */
export interface SummarySentence {
  text: string
  documentId: string
  paragraph: number
  start: number
  end: number
}

/** A document's (or a topic's) summary. */
export interface SummaryResult {
  /** The document summarised; `*` for a topic summary across every document. */
  documentId: string
  title: string
  date?: string
  /** The topic of a query-focused summary. */
  q?: string
  /** The rendered template (text, or the format asked for). */
  summary: string
  sentences: SummarySentence[]
  /** People, organisations, places, figures and dates, each with the sentence it came from. */
  facts: SummaryFacts
}

/** A document as listed by `/documents`. */
export interface DocumentSummary {
  id: string
  title: string
  date?: string
  source?: string
  url?: string
  passages: number
}

/** A document with its passages. */
export interface DocumentDetail extends DocumentSummary {
  paragraphs: { paragraph: number; heading?: string; text: string }[]
}
