/**
 * @module
 * "What country…?", "Which city…?", "What river…?": a place the build knows to be of another kind
 * ("the North Sea" is water, "Cologne" a city) does not answer; a place of unknown kind may.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { PlaceKind, Span } from '../types'

// Focus terms (stemmed) and the kind of place each asks for.
const ASKED: Readonly<Record<string, PlaceKind>> = {
  countri: 'country', nation: 'country',
  citi: 'city', town: 'city', capit: 'city',
  state: 'state', provinc: 'state',
  river: 'water', lake: 'water', sea: 'water', ocean: 'water', bai: 'water', tributari: 'water',
  mountain: 'land', island: 'land', vallei: 'land', rang: 'land', desert: 'land', peninsula: 'land',
}

/**
 * Whether the span is a place of another kind than the question asks for.
 *
 * @example
 * ```ts
 * otherPlaceKind(analyzeQuestion('What country does the Rhine empty into?'), { type: 'place', kind: 'water', … }) // true
 * ```
 */
export function otherPlaceKind(question: QuestionAnalysis, span: Span): boolean {
  const asked = question.focusTerm ? ASKED[question.focusTerm] : undefined
  return !!asked && !!span.kind && span.kind !== asked
}
