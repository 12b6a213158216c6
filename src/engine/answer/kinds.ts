/**
 * @module
 * Answers of a narrower kind than their type: "How old…" wants a number the build marked as an
 * age, "At what time…" a time of day, "What does her father do?" an occupation, and "Who found
 * her?" may be answered by a person noun ("her boyfriend") when the sentence names nobody; "What
 * country…?" wants no place of another known kind (`place-kinds.ts`) and "How wide…?" a figure in a
 * unit of length (`dimensions.ts`).
 */
import { AGE_LABEL } from '../entities/ages'
import { TIME_OF_DAY_LABEL } from '../entities/dates'
import { MONTHS, WEEKDAYS } from '../entities/calendar'
import { CURRENCY_WORDS, SCORE_LABEL } from '../entities/figures'
import type { QuestionAnalysis } from '../question/analyze'
import { OCCUPATIONS, PERSON_NOUNS, POSITIONS } from '../question/noun-classes'
import { ROLE_WORDS } from '../entities/roles'
import { normalizeTerm } from '../text/terms'
import type { Span } from '../types'
import { requestMemo } from '../request-memo'
import { askedDimension, measureFit } from './dimensions'
import { otherPlaceKind } from './place-kinds'

/** Fits, measured on the news dev questions and checked on SQuAD and the seed. */
export const KIND_FIT = {
  /** Kept of the fit of a number that is not an age when an age is asked for, or a date that is no time of day when a time is. */
  otherKind: 0.5,
  /** A place for "which team/club": as good as an organisation's name. */
  team: 1,
  /** Fit of a noun phrase headed by a person noun for a who-question: below a name (proper 0.75, person 1). */
  personNoun: 0.7,
  /** Fit of a bare figure the build read as a count ("in 911") when a date is asked for, or as a year ("2000 kilometres") when a count is: either reading is plausible. */
  yearOrCount: 0.6,
  /** Fit of a noun phrase headed by an occupation or role noun when an occupation is asked for. */
  occupation: 1,
} as const

const OCCUPATION_NOUNS: ReadonlySet<string> = new Set([...ROLE_WORDS, ...OCCUPATIONS, ...POSITIONS])

// Focus terms (stemmed) that ask for an occupation: "what is his job", "what does she do" (implied), "what position".
const OCCUPATION_FOCUS = new Set(['occup', 'job', 'profess', 'career', 'posit'])
// "What colour…?" is answered by a colour word, or not at all.
const COLOUR_FOCUS = new Set(['colour', 'color'])
const COLOUR_WORD = String.raw`(?:(?:dark|light|pale|bright|deep)\s+)?(?:red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|gr[ae]y|silver|gold(?:en)?|beige|turquoise|navy|maroon|crimson|scarlet|teal|cream|ivory|amber|reddish|bluish|greenish)\b`
const COLOUR = new RegExp(String.raw`\b${COLOUR_WORD}`, 'i')
// "dark green and cream", "red-and-white", "black, red and gold": colours said together.
const COLOURS = new RegExp(String.raw`\b${COLOUR_WORD}(?:(?:\s*-\s*(?:and\s*-\s*)?|,\s+|\s+and\s+|\s+or\s+)${COLOUR_WORD})*`, 'gi')

/**
 * The colours a sentence names for a "What colour…?" question, each run of colours said together
 * as one stretch, by offsets into the sentence; none for other questions.
 *
 * @example
 * ```ts
 * coloursIn(analyzeQuestion('What colour are the trams?'), 'painted dark green and cream.') // → "dark green and cream"
 * ```
 */
export function coloursIn(question: QuestionAnalysis, sentence: string): { start: number; end: number }[] {
  if (!question.focusTerm || !COLOUR_FOCUS.has(question.focusTerm)) return []
  return [...sentence.matchAll(COLOURS)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/**
 * Whether the question asks for a kind narrower than its type that a span fits fully or not at
 * all (an occupation, a colour), so a sentence without one yields like a typed question's (`answer.ts`).
 *
 * @example
 * ```ts
 * asksForKind(analyzeQuestion('What does her father do?')) // true
 * ```
 */
export function asksForKind(question: QuestionAnalysis): boolean {
  return !!question.focusTerm && (OCCUPATION_FOCUS.has(question.focusTerm) || COLOUR_FOCUS.has(question.focusTerm))
}

// Words after which a noun phrase's head is behind: "agent *in* Dallas", "member *of* the cast".
const AFTER_HEAD = /\s+(?:in|of|at|for|from|with|on|near|to|who|whose|which|that)\s.*$/su

/** The noun heading a phrase (the last word before a preposition or relative), lower case, singular. */
const headOf = (text: string): string => {
  const last = (/([\p{L}-]+)[^\p{L}]*$/u.exec(text.replace(AFTER_HEAD, ''))?.[1] ?? '').toLowerCase()
  return PERSON_NOUNS.has(last) ? last : last.replace(/(?<=[^s])s$/, '')
}

/**
 * The length of a noun phrase up to its head, when the head names a person and a prepositional
 * phrase follows ("real estate agent in Dallas" → "real estate agent"); else undefined.
 *
 * @example
 * ```ts
 * personPhraseEnd('real estate agent in Dallas') // 17
 * ```
 */
export function personPhraseEnd(text: string): number | undefined {
  const head = text.replace(AFTER_HEAD, '')
  return head.length < text.length && PERSON_NOUNS.has(headOf(head)) ? head.trimEnd().length : undefined
}

/**
 * Whether a phrase's head noun names a person (role, kinship, occupation, group of people).
 *
 * @example
 * ```ts
 * personHeaded('her younger brother') // true
 * personHeaded('the old bridge') // false
 * ```
 */
export const personHeaded = (text: string): boolean => PERSON_NOUNS.has(headOf(text))

/** Whether a phrase's head noun names an occupation or a role. */
const occupationHeaded = (text: string): boolean => OCCUPATION_NOUNS.has(headOf(text))

/**
 * The fit of `span` once the question's narrower kind is read, given its plain fit for the type;
 * `namesSomeone` when the sentence names a person the question does not (a person noun then
 * describes that person: "Ursula von der Leyen, the *President*…").
 *
 * @example
 * ```ts
 * kindFit(analyzeQuestion('How old is she?'), { start: 0, end: 2, type: 'number', label: 'age' }, '19', 1) // 1
 * kindFit(analyzeQuestion('How old is she?'), { start: 0, end: 10, type: 'number' }, 'five stone', 1) // 0.5
 * kindFit(analyzeQuestion('Who found her?'), { start: 0, end: 13, type: 'noun-phrase' }, 'her boyfriend', 0.2) // 0.7
 * ```
 */
export function kindFit(question: QuestionAnalysis, span: Span, text: string, fit: number, namesSomeone = false): number {
  const kind = narrowerFit(question, span, text, fit, namesSomeone)
  if (kind === 0) return 0
  // "What country…?": the North Sea is water, whatever else fits.
  if (span.type === 'place' && otherPlaceKind(question, span)) return 0
  // "How long is the river?": a figure in a unit of what is measured, not a count or a year.
  const dimension = DIMENSION(question)
  if (dimension) return measureFit(dimension, span, text) ?? kind
  // "a 14-inch screen" measures the screen: it counts nothing ("How many ports…?").
  return span.type === 'number' && span.label !== AGE_LABEL && HYPHEN_MEASURE.test(text) && question.type === 'number' ? kind * KIND_FIT.otherKind : kind
}

const HYPHEN_MEASURE = /^[\d.,]+-\p{L}/u

// A time before the present or a named period: dates that give no year.
const NO_YEAR = /\bago\b|\bBP\b|\b(?:period|era|epoch|age|ages|dynasty)$/i

// Any of the calendar's words, capitalised as dates write them ("May", "Thursdays").
const calendarWords = (words: readonly string[]): RegExp =>
  new RegExp(String.raw`\b(?:${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})s?\b`)

// Date units a focus asks for (index terms), each with what a date of that unit says.
const DATE_UNITS: Readonly<Record<string, RegExp>> = {
  month: calendarWords(Object.keys(MONTHS)),
  dai: calendarWords(WEEKDAYS),
  centuri: /\bcentur(?:y|ies)\b/i,
  decad: /\b\d{2,3}0s\b|\bdecades?\b/i,
}

// "What day of the week…?" asks for a weekday; "What day…?" alone may ask for a date.
const DAY_OF_WEEK = /\bday of the week\b/i

// Focus nouns (index terms) that ask for a sports team.
const TEAM_FOCUS: ReadonlySet<string> = new Set(['team', 'club', 'side', 'oppon', 'rival', 'squad'])

// The currency a money question names ("in euros"), read once per question.
const ASKED_CURRENCY = requestMemo((q: QuestionAnalysis) => {
  for (const w of q.text.toLowerCase().match(/\p{L}+/gu) ?? []) if (CURRENCY_WORDS[w]) return CURRENCY_WORDS[w]
  return undefined
})

// What a measure question measures, read once per question.
const DIMENSION = requestMemo((q: QuestionAnalysis) => askedDimension(q.text) ?? null)

/** `kindFit`'s reading of colours, ages, sums of money, times of day, years and person or occupation nouns. */
function narrowerFit(question: QuestionAnalysis, span: Span, text: string, fit: number, namesSomeone: boolean): number {
  const focus = question.focusTerm
  if (focus && COLOUR_FOCUS.has(focus)) return COLOUR.test(text) ? 1 : 0
  // A number that counts something else ("two photos") is no age; a bare one in figures may be
  // (news gives ages in figures: "two" is a count).
  // Nor is a figure no one lives to ("a crowd of 41,236").
  if (focus === 'ag' && span.type === 'number') return span.label === AGE_LABEL ? fit : span.label || !/^\d/.test(text) || Number(span.normalized) > 129 ? 0 : fit * KIND_FIT.otherKind
  // "Which team…?": clubs are named after their towns ("Carlow Town", "Harbour City"), so a place may be one.
  if (focus && TEAM_FOCUS.has(focus) && span.type === 'place') return Math.max(fit, KIND_FIT.team)
  // "What was the score?": a score ("3-2"), not the points or goals counted around it.
  if ((focus === 'score' || focus === 'scorelin') && span.type === 'number') return span.label === SCORE_LABEL ? fit : 0
  // "By what margin was it approved?": a tally ("by 52 votes to 11") says it whole.
  if (focus === 'margin' && span.label === SCORE_LABEL) return 1
  // "What will it cost in euros?": a sum in euros, before one in dollars.
  if (question.type === 'money' && span.type === 'money') {
    const currency = ASKED_CURRENCY(question)
    if (currency && span.normalized && !span.normalized.endsWith(` ${currency}`)) return fit * KIND_FIT.otherKind
  }
  // A count of things ("five stone") is no sum of money; a bare figure may be one.
  if (question.type === 'money' && span.type === 'number' && span.label) return 0
  // "In what year…?": "3 million years ago" and "the Bronze Age" are no year.
  if (focus === 'year' && span.type === 'date' && !span.normalized && NO_YEAR.test(text)) return 0
  if (focus === 'time' && span.type === 'date') return span.normalized?.startsWith('T') || span.label === TIME_OF_DAY_LABEL ? fit : fit * KIND_FIT.otherKind
  // "at night" says when only when a time of day is asked: a date in the same sentence says it better.
  if (span.label === TIME_OF_DAY_LABEL) return fit * KIND_FIT.otherKind
  // "What month…?", "What day of the week…?", "In what century…?": a date of that unit, before a year or a day of another unit.
  const unit = span.type === 'date' && focus ? DATE_UNITS[focus] : undefined
  if (unit && (focus !== 'dai' || DAY_OF_WEEK.test(question.text))) return unit.test(text) ? fit : fit * KIND_FIT.otherKind
  // A bare figure of three or four digits may be a year or a count whichever the build chose.
  if (fit === 0 && !span.label && /^\d{3,4}$/.test(text) && ((question.type === 'date' && span.type === 'number') || (question.type === 'number' && span.type === 'date'))) return KIND_FIT.yearOrCount
  if (span.type !== 'noun-phrase') return fit
  if (focus && OCCUPATION_FOCUS.has(focus)) return occupationHeaded(text) ? Math.max(fit, KIND_FIT.occupation) : fit
  // The question's own noun is no answer: "which students?" is not answered by "the second student".
  if (question.type === 'person' && !namesSomeone && personHeaded(text) && normalizeTerm(headOf(text)) !== focus) return Math.max(fit, KIND_FIT.personNoun)
  return fit
}
