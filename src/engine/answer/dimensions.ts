/**
 * @module
 * What a measure question measures: "How wide/high/far…?" a length, "How many years…?" or "How
 * long did it last?" a time, "How long is the river?" either, "How cold…?" a temperature, "How
 * heavy…?" a mass. A figure
 * in another unit ("1 metre" for "how many years"), or with none ("three bodies", "2002" for "how
 * long is the river?"), does not answer it, so the engine says it found no figure rather than
 * offering a count or a year.
 */
import type { Span } from '../types'
import { LENGTH_UNIT, MASS_UNIT, TIME_UNIT } from '../entities/units'

/** The dimension a question asks for. */
export type Dimension = 'length' | 'time' | 'length-or-time' | 'temperature' | 'mass'

// "in" counts here: after a figure it is the inch ("(0.39–1.18 in)").
const LENGTH = new RegExp(String.raw`(?:\d|\b)(?:${LENGTH_UNIT}|in)\b`, 'i')
const TIME = new RegExp(String.raw`\b(?:${TIME_UNIT}|yrs?|hrs?|mins?|nights?)\b`, 'i')
const TEMPERATURE_UNIT = /°|\bdegrees?\b/i
const MASS = new RegExp(String.raw`(?:\d|\b)(?:${MASS_UNIT})\b`, 'i')
// "What was the (highest recorded) temperature…?" (not "What year had the highest temperature?").
const WHAT_TEMPERATURE = /^\W*what\s+(?:is|was|were|are)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}temperatures?\b/iu

// "how long did/does/has … (last, take…)": a time; "how long is/was X" and "how long will X be":
// a length or a time (the auxiliary only asks about the future).
const HOW_LONG_BE = /\bhow long\s+(?:will|would|can|could|should|must)\b[^?]*\bbe\s*\??\s*$/i
const HOW_LONG_TIME = /\bhow long\s+(?:did|does|do|has|have|had|will|would|can|could|should|must|ago)\b|\bhow long\b.*\b(?:last|lasted|lasts|take|took|takes|ago)\b/i

/**
 * The dimension a measure question asks for; undefined for other questions.
 *
 * @example
 * ```ts
 * askedDimension('How wide is the Rhine?') // "length"
 * askedDimension('How many years did it take?') // "time"
 * askedDimension('How long is the Rhine?') // "length-or-time"
 * askedDimension('How long will the line be?') // "length-or-time"
 * ```
 */
export function askedDimension(question: string): Dimension | undefined {
  // "How much rain falls…?" is a depth of water ("1,420 millimetres").
  if (/\bhow (?:far|tall|high|deep|wide|thick)\b|\bhow much (?:rain|rainfall|precipitation|snow|snowfall)\b|\bhow many (?:km|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|inches|yards)\b/i.test(question)) return 'length'
  if (/\bhow many (?:years|days|months|weeks|hours|minutes|seconds|decades|centuries)\b/i.test(question) || (HOW_LONG_TIME.test(question) && !HOW_LONG_BE.test(question))) return 'time'
  if (/\bhow long\b/i.test(question)) return 'length-or-time'
  if (/\bhow (?:cold|hot|warm)\b/i.test(question) || WHAT_TEMPERATURE.test(question)) return 'temperature'
  if (/\bhow heavy\b|\bhow much (?:does|did|do|will|would)\b[^?]*\bweigh\b|\bwhat (?:is|was|are|were) (?:the )?(?:[\p{L}'’-]+ ){0,3}weights?\b/iu.test(question)) return 'mass'
  return undefined
}

/**
 * Whether a span measures the dimension: 1 when its unit is of that dimension, 0 when its unit is
 * of another or a figure has none, undefined when the span is no figure (other rules judge it).
 *
 * @example
 * ```ts
 * measureFit('length', { type: 'number', … }, 'up to 40 km') // 1
 * measureFit('time', { type: 'number', … }, '1 metre or 39 inches') // 0
 * ```
 */
export function measureFit(dimension: Dimension, span: Span, text: string): 0 | 1 | undefined {
  if (span.type === 'date') return dimension === 'time' ? undefined : 0
  if (span.type !== 'number' && span.type !== 'duration' && span.type !== 'percent' && span.type !== 'money') return undefined
  const said = `${text} ${span.label ?? ''}`
  const length = LENGTH.test(said)
  const time = span.type === 'duration' || TIME.test(said)
  const temperature = TEMPERATURE_UNIT.test(said)
  const fits = dimension === 'length' ? length : dimension === 'time' ? time : dimension === 'temperature' ? temperature : dimension === 'mass' ? MASS.test(said) : length || time
  return fits ? 1 : 0
}
