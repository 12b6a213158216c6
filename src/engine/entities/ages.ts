/**
 * @module
 * People's ages, by the few ways news states them: "Rice, 19, was raised…", "Faith March, 18
 * from Maldon", "aged 19", "at the age of 19", "a 19-year-old", "19 years old", "Jarryd, at 27,
 * is…", "at 14 she was told…". Each is a number span labelled `age`, so "How old…" and "At what
 * age…" find it (`question/answer-type.ts`) and other numbers stand back.
 */
import type { Span } from '../types'

/** The label an age span carries. */
export const AGE_LABEL = 'age'

// An age is one to three digits, at most 129: "2024" is a year, "1,000" a count.
const AGE = String.raw`(1[0-2]\d|\d{1,2})`
// Order matters: earlier patterns claim their text first; group 1 is the age. The span covers the
// words that say it is an age ("19-year-old", "aged 19") except in the bare forms after a name.
const PATTERNS: readonly RegExp[] = [
  // "a 19-year-old", "19 years old", "19 year-old"
  new RegExp(String.raw`(?<![\p{L}\p{N}])${AGE}[- ]years?[- ]old(?![\p{L}])`, 'gu'),
  // "aged 19", "age 19", "at the age of 19", "at age 19"
  new RegExp(String.raw`(?<![\p{L}])(?:aged|age|at the age of|at age)\s+${AGE}(?![\p{L}\p{N}])`, 'giu'),
]
// After a capitalised name and a comma, a bare number then a comma, "from" or ")":
// "Rice, 19, was", "Faith March, 18 from Maldon" ("Paris, 15 of them" is a count).
const AFTER_NAME = new RegExp(String.raw`(?<=\p{Lu}[\p{L}'’-]*,\s)${AGE}(?=,|\s+from\b|\))`, 'gu')
// "at 27," in commas or "at 14" before a pronoun subject: "Jarryd, at 27, is…", "at 14 she was told".
const AT = new RegExp(String.raw`(?<=(?:^|[,;]\s*|\b(?:but|and|when|until)\s+))at\s+${AGE}(?=,|\s+(?:he|she|they|i|we)\b)`, 'giu')

/**
 * The age spans of a passage, by offsets; `normalized` is the age in years.
 *
 * @example
 * ```ts
 * ageSpans('Parker Rice, 19, was raised in Dallas.')
 * // [{ start: 13, end: 15, type: 'number', normalized: '19', label: 'age' }]
 * ```
 */
export function ageSpans(text: string): Span[] {
  const spans: Span[] = []
  const add = (start: number, end: number, age: string) => {
    if (spans.some((s) => start < s.end && end > s.start)) return
    spans.push({ start, end, type: 'number', normalized: String(+age), label: AGE_LABEL })
  }
  for (const pattern of [...PATTERNS, AT]) for (const m of text.matchAll(pattern)) add(m.index, m.index + m[0].length, m[1]!)
  for (const m of text.matchAll(AFTER_NAME)) add(m.index, m.index + m[0].length, m[1]!)
  return spans.sort((a, b) => a.start - b.start)
}

// Whose an age is: the name right before "Name, 19," or "Name, aged 19", or the name after "a
// 19-year-old (midfielder) Tom Reilly" (up to two lower-case words between).
const OWNER_BEFORE = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),\s*(?:aged\s+)?$/u
const OWNER_AFTER = /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u

/**
 * The name an age span belongs to, as written, when the text puts one right by it.
 *
 * @example
 * ```ts
 * // text: "bringing on the 19-year-old midfielder Tom Reilly"
 * ageOwner(text, ageSpan) // "Tom Reilly"
 * ```
 */
export function ageOwner(text: string, span: Span): string | undefined {
  if (span.label !== AGE_LABEL) return undefined
  const before = OWNER_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start))
  if (before) return before[1]
  return /year/.test(text.slice(span.start, span.end)) ? OWNER_AFTER.exec(text.slice(span.end, span.end + 60))?.[1] : undefined
}
