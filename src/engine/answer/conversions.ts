/**
 * @module
 * Figures in brackets that restate the figure before them in other units: "26,000 square
 * kilometres (10,000 sq mi)", "11 miles (18 km)", "2,000 m (6,600 ft)". The first is what the
 * sentence says; the bracketed one is a conversion, an answer only when the question asks for its
 * unit ("How many feet…?").
 */
import type { Span } from '../types'
import { acronymDefinitions } from '../build/acronyms'

const FIGURES: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'duration'])

/**
 * Whether `span` opens a bracket right after another figure of `spans` ends.
 *
 * @example
 * ```ts
 * const text = 'about 11 miles (18 km) south'
 * isConversion(text, { start: 16, end: 21, type: 'number' }, [{ start: 6, end: 14, type: 'number' }]) // true
 * ```
 */
export function isConversion(text: string, span: Span, spans: readonly Span[]): boolean {
  if (!FIGURES.has(span.type)) return false
  const open = /\(\s*$/.exec(text.slice(Math.max(0, span.start - 4), span.start))
  if (!open) return false
  const before = text.slice(0, span.start - open[0].length).trimEnd().length
  return spans.some((x) => x !== span && FIGURES.has(x.type) && x.end === before)
}

/**
 * The name an acronym in brackets restates ("Riverton Mobility (RM)"), by offsets: the fuller
 * answer, of the acronym's kind ("Who will operate the line?" → "Riverton Mobility"). Undefined
 * when the span is no bracketed acronym the words before it define (the build's reading of
 * definitions, `build/acronyms.ts`).
 *
 * @example
 * ```ts
 * restatedName('Riverton Mobility (RM) will', 19, 21) // { start: 0, end: 17 }
 * ```
 */
export function restatedName(text: string, start: number, end: number): { start: number; end: number } | undefined {
  if (text[end] !== ')' || text[start - 1] !== '(') return undefined
  // The definition ends at the bracket: a window before it holds the long form.
  const from = Math.max(0, start - WINDOW)
  const d = acronymDefinitions(text.slice(from, end + 1)).find((x) => from + x.acronymStart === start && x.acronym.length === end - start)
  return d ? { start: from + d.start, end: from + d.end } : undefined
}

// Characters before an acronym searched for its long form (nine words of the build's pattern at most).
const WINDOW = 160
