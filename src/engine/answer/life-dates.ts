/**
 * @module
 * A person's dates in brackets after the name, the way encyclopaedias open a life: "Josiah Mercer
 * Whitcombe (14 March 1811 – 2 November 1878) was…". The first is the birth, the second the death,
 * though the sentence never says "born" or "died"; so the pair answers "When did Whitcombe die?"
 * wherever its sentence ranks, when the name before the bracket is the question's.
 */
import { questionNames, type QuestionAnalysis } from '../question/analyze'
import { requestMemo } from '../request-memo'
import { writesName } from './support'
import type { Span } from '../types'

/** Which end of a life a question asks about, if it asks about one. */
export type LifeEnd = 'birth' | 'death'

const BIRTH = /\b(?:born|birth|birthday)\b/i
const DEATH = /\b(?:die|died|dies|death|pass(?:ed)? away)\b/i
// Between the two dates: a dash or "to"; around them, the brackets.
const BETWEEN = /^\s*(?:[-–—]|to)\s*$/
const OPEN = /\(\s*(?:b\.\s*|born\s+)?$/
const CLOSE = /^\s*\)/
// The name before the bracket: up to five capitalised words, ending right before it.
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,5})\(\s*(?:b\.\s*|born\s+)?$/u

/**
 * The end of a life a question asks about: "When was X born?" → birth, "When did X die?" → death.
 *
 * @example
 * ```ts
 * askedLifeEnd('When did Whitcombe die?') // "death"
 * ```
 */
export function askedLifeEnd(question: string): LifeEnd | undefined {
  return DEATH.test(question) ? 'death' : BIRTH.test(question) ? 'birth' : undefined
}

/**
 * 1 when `date` is the asked end of a "(birth – death)" pair after a name holding one of `names`
 * (index terms), -1 when it is the other end, 0 when it stands in no such pair.
 *
 * @example
 * ```ts
 * // text: "Josiah Whitcombe (14 March 1811 - 2 November 1878) was…"
 * lifeDate(text, secondDate, spans, 'death', new Set(['whitcomb'])) // 1
 * ```
 */
export function lifeDate(text: string, date: Span, spans: readonly Span[], end: LifeEnd, names: ReadonlySet<string>): number {
  if (date.type !== 'date') return 0
  for (const other of spans) {
    if (other.type !== 'date' || other === date) continue
    const [first, second] = other.end <= date.start ? [other, date] : date.end <= other.start ? [date, other] : [undefined, undefined]
    if (!first || !second || !BETWEEN.test(text.slice(first.end, second.start))) continue
    const before = text.slice(Math.max(0, first.start - 80), first.start)
    if (!OPEN.test(before) || !CLOSE.test(text.slice(second.end, second.end + 3))) continue
    const name = NAME_BEFORE.exec(before)?.[1]
    if (!name || !writesName(name, names)) continue
    return (date === first) === (end === 'birth') ? 1 : -1
  }
  return 0
}

/**
 * Which end of a life a date question asks about ("When did Whitcombe die?"), read once per question.
 *
 * @example
 * ```ts
 * asksLifeEnd(analyzeQuestion('When did Whitcombe die?')) // "death"
 * ```
 */
export const asksLifeEnd = requestMemo((question: QuestionAnalysis): LifeEnd | undefined =>
  question.type === 'date' ? askedLifeEnd(question.text) : undefined)

/**
 * `lifeDate` for a question: 0 unless it asks when its person was born or died.
 *
 * @example
 * ```ts
 * lifeDateFor(analyzeQuestion('When did Whitcombe die?'), text, secondDate, spans) // 1
 * ```
 */
export function lifeDateFor(question: QuestionAnalysis, text: string, date: Span, spans: readonly Span[]): number {
  const end = date.type === 'date' ? asksLifeEnd(question) : undefined
  return end ? lifeDate(text, date, spans, end, questionNames(question)) : 0
}

// What in a sentence states a death or a birth; a "(1811 – 1878)" pair states both.
const DEATH_SAID = /\b(?:die[sd]?|dying|death|dead|deceased|kill(?:ed|ing|s)?|murder\w*|assassinat\w*|execut(?:ed|ion)|drown\w*|fatal\w*|suicide|pass(?:ed|es)? away|funeral|buried|burial|obituar\w*|perish\w*)\b/i
const BIRTH_SAID = /\b(?:born|birth\w*|b\.)/i

// A bracket holding two figures around a dash, read one bracket at a time (a long unclosed one
// costs no backtracking).
const BRACKETS = /\(([^()]{1,80})\)/g
const PAIR_INSIDE = /\d[^-–—]*[-–—][^\d]*\d/

/**
 * Whether a text holds a bracket with two figures around a dash ("(1811 – 1878)"): the cheap test
 * before reading a sentence's dates.
 *
 * @example
 * ```ts
 * hasDatePair('Josiah Whitcombe (14 March 1811 - 2 November 1878) was…') // true
 * ```
 */
export function hasDatePair(text: string): boolean {
  for (const m of text.matchAll(BRACKETS)) if (PAIR_INSIDE.test(m[1]!)) return true
  return false
}

/**
 * Why a sentence does not answer "When did X die?" (or "… born?"): it states no death (birth) at
 * all. "In 1844 Whitcombe married Margaret Ellery" gives a date in a life, not the end asked about.
 *
 * @example
 * ```ts
 * unstatedLifeEvent(analyzeQuestion('In what year did Margaret Ellery die?'), 'In 1844 Whitcombe married Margaret Ellery.')?.code // "event-unstated"
 * unstatedLifeEvent(analyzeQuestion('When did Tesla die?'), 'Tesla died on 7 January 1943.') // undefined
 * ```
 */
export function unstatedLifeEvent(question: QuestionAnalysis, sentence: string): { code: 'event-unstated'; reason: string } | undefined {
  const end = asksLifeEnd(question)
  if (!end || hasDatePair(sentence) || (end === 'death' ? DEATH_SAID : BIRTH_SAID).test(sentence)) return undefined
  return { code: 'event-unstated', reason: `the question asks when someone ${end === 'death' ? 'died' : 'was born'}; the closest passage says nothing of a ${end}` }
}
