/**
 * @module
 * Answers of a narrower kind than their type: "How old…" wants a number the build marked as an
 * age, "At what time…" a time of day, "What does her father do?" an occupation, and "Who found
 * her?" may be answered by a person noun ("her boyfriend") when the sentence names nobody.
 */
import { AGE_LABEL } from '../entities/ages'
import type { QuestionAnalysis } from '../question/analyze'
import { PERSON_NOUNS } from '../question/noun-classes'
import type { Span } from '../types'

/** Fits, measured on the news dev questions and checked on SQuAD and the seed. */
export const KIND_FIT = {
  /** Kept of the fit of a number that is not an age when an age is asked for, or a date that is no time of day when a time is. */
  otherKind: 0.5,
  /** Fit of a noun phrase headed by a person noun for a who-question: below a name (proper 0.75, person 1). */
  personNoun: 0.7,
  /** Fit of a noun phrase headed by an occupation or role noun when an occupation is asked for. */
  occupation: 1,
} as const

// Focus terms (stemmed) that ask for an occupation: "what is his job", "what does she do" (implied).
const OCCUPATION_FOCUS = new Set(['occup', 'job', 'profess', 'career'])

/** The noun heading a phrase: its last word, lower case, singular. */
const headOf = (text: string): string => {
  const last = (/([\p{L}-]+)[^\p{L}]*$/u.exec(text)?.[1] ?? '').toLowerCase()
  return PERSON_NOUNS.has(last) ? last : last.replace(/(?<=[^s])s$/, '')
}

/** Whether a phrase's head noun names a person (role, kinship, occupation, group of people). */
export const personHeaded = (text: string): boolean => PERSON_NOUNS.has(headOf(text))

/**
 * The fit of `span` once the question's narrower kind is read, given its plain fit for the type.
 *
 * @example
 * ```ts
 * kindFit(analyzeQuestion('How old is she?'), { start: 0, end: 2, type: 'number', label: 'age' }, '19', 1) // 1
 * kindFit(analyzeQuestion('How old is she?'), { start: 0, end: 10, type: 'number' }, 'five stone', 1) // 0.5
 * kindFit(analyzeQuestion('Who found her?'), { start: 0, end: 13, type: 'noun-phrase' }, 'her boyfriend', 0.2) // 0.7
 * ```
 */
export function kindFit(question: QuestionAnalysis, span: Span, text: string, fit: number): number {
  const focus = question.focusTerm
  if (focus === 'ag' && span.type === 'number') return span.label === AGE_LABEL ? fit : fit * KIND_FIT.otherKind
  if (focus === 'time' && span.type === 'date') return span.normalized?.startsWith('T') ? fit : fit * KIND_FIT.otherKind
  if (span.type !== 'noun-phrase') return fit
  if (focus && OCCUPATION_FOCUS.has(focus)) return personHeaded(text) ? Math.max(fit, KIND_FIT.occupation) : fit
  if (question.type === 'person' && personHeaded(text)) return Math.max(fit, KIND_FIT.personNoun)
  return fit
}
