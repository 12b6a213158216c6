/**
 * @module
 * How well a span of each kind answers each question type: 1 is the expected kind, less is a
 * plausible stand-in ("who" may be answered by an organisation), 0 never answers.
 */
import type { AnswerType } from '../results'
import type { EntityType, Span } from '../types'

type Fits = Partial<Record<EntityType | 'proper', number>>

const NAMES: Fits = { person: 0.5, organization: 0.5, place: 0.5, proper: 0.6, quote: 0.3, 'noun-phrase': 0.3 }

/**
 * Fit of each span kind ("proper" = an untyped capitalised name) per answer type. "Who" is often an
 * organisation ("Who is VideoGuard owned by?" → NDS): 0.7 measured best on three held-out SQuAD 2.0
 * articles (0.55 lost three such answers; 0.85 lost a seed answer to an organisation beside a person).
 */
export const TYPE_FIT: Record<AnswerType, Fits> = {
  person: { person: 1, proper: 0.75, organization: 0.7, 'noun-phrase': 0.2 },
  organization: { organization: 1, proper: 0.75, person: 0.35, place: 0.4, 'noun-phrase': 0.3 },
  place: { place: 1, proper: 0.75, organization: 0.45, 'noun-phrase': 0.25 },
  date: { date: 1 },
  number: { number: 1, money: 0.6, percent: 0.6, duration: 0.5 },
  money: { money: 1, number: 0.5 },
  percent: { percent: 1, number: 0.5 },
  duration: { duration: 1, date: 0.4, number: 0.4 },
  other: { ...NAMES, 'noun-phrase': 0.75, proper: 0.8, date: 0.5, number: 0.5, money: 0.5, percent: 0.5, duration: 0.5, quote: 0.6 },
  definition: { 'noun-phrase': 0.6, proper: 0.4 },
  reason: { 'noun-phrase': 0.3 },
  manner: { 'noun-phrase': 0.3 },
  'yes-no': {},
}

/** Answer types a typed span must answer: without one, the engine says it found no candidate. */
export const TYPED_ANSWERS: ReadonlySet<AnswerType> = new Set(['person', 'organization', 'place', 'date', 'number', 'money', 'percent', 'duration'])

/**
 * The fit of a span for a question type, in [0, 1].
 *
 * @example
 * ```ts
 * typeFit('number', { start: 0, end: 5, type: 'number' }) // 1
 * typeFit('date', { start: 0, end: 5, type: 'person' }) // 0
 * ```
 */
export function typeFit(type: AnswerType, span: Span): number {
  const fits = TYPE_FIT[type]
  return (span.proper ? fits.proper : undefined) ?? fits[span.type] ?? 0
}

/**
 * The span kinds that fully answer a type, for the sentence ranker's boost.
 *
 * @example
 * ```ts
 * expectedSpanTypes('person') // ["person"]
 * ```
 */
export function expectedSpanTypes(type: AnswerType): EntityType[] {
  return TYPED_ANSWERS.has(type) ? (Object.entries(TYPE_FIT[type]) as [EntityType, number][]).filter(([, f]) => f >= 1).map(([t]) => t) : []
}
