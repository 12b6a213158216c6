/**
 * @module
 * The year a figure belongs to: "revenue of about $140 million *this year*, up from $52 million *in
 * 2025*". When the question names a year ("What was the revenue in 2025?"), the figure the sentence
 * dates to that year answers it, and a figure dated to another year does not.
 */
import { dateSpans } from '../entities/dates'
import type { Span } from '../types'

// Words that may stand between a figure and its date: "in", "by", "for", "this"…
const BETWEEN = /^[\s,]*(?:(?:in|by|for|during|as of|at the end of|since)\s+)?$/i

/**
 * The years (four digits) and decades a question names.
 *
 * @example
 * ```ts
 * askedYears('What was the revenue in 2025?') // ["2025"]
 * askedYears('What share was made in the 1990s?') // ["199X"]
 * ```
 */
export function askedYears(question: string): string[] {
  // A year or decade is written in digits: most questions have none, and need no date reading.
  if (!/\d/.test(question)) return []
  // Read as the passages' dates are read, so a decade is "199X" on both sides.
  return dateSpans(question).flatMap((d) => (d.normalized && YEARISH.test(d.normalized) ? [d.normalized.slice(0, 4)] : []))
}

// A normalized date that opens with a year or a decade ("2025", "2025-03-01", "199X").
const YEARISH = /^\d{3}[\dX]/

/**
 * 1 when the date right after the figure (or right before it) is one of `years`, -1 when it is
 * another year, 0 when no date stands by it.
 *
 * @example
 * ```ts
 * figureYear(text, { start, end, type: 'money' }, spans, ['2025']) // 1 for "$52 million" in "$52 million in 2025"
 * ```
 */
export function figureYear(text: string, figure: { start: number; end: number }, spans: readonly Span[], years: readonly string[]): number {
  for (const d of spans) {
    if (d.type !== 'date' || !d.normalized || !YEARISH.test(d.normalized)) continue
    const gap = d.start >= figure.end ? text.slice(figure.end, d.start) : d.end <= figure.start ? text.slice(d.end, figure.start) : undefined
    if (gap === undefined || !BETWEEN.test(gap)) continue
    const year = d.normalized.slice(0, 4)
    // A decade asked holds every year of it; a decade written holds the year asked.
    return years.some((y) => y === year || (y.endsWith('X') ? year.startsWith(y.slice(0, 3)) : year.endsWith('X') && y.startsWith(year.slice(0, 3)))) ? 1 : -1
  }
  return 0
}
