/**
 * @module
 * Figures in brackets that restate the figure before them in other units: "26,000 square
 * kilometres (10,000 sq mi)", "11 miles (18 km)", "2,000 m (6,600 ft)". The first is what the
 * sentence says; the bracketed one is a conversion, an answer only when the question asks for its
 * unit ("How many feet…?").
 */
import type { Span } from '../types'

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
 * when the span is no bracketed acronym of the words before it.
 *
 * @example
 * ```ts
 * restatedName('Riverton Mobility (RM) will', 19, 21) // { start: 0, end: 17 }
 * ```
 */
export function restatedName(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const acronym = text.slice(start, end)
  if (!/^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u.test(acronym) || text[end] !== ')') return undefined
  const from = Math.max(0, start - 120)
  const open = /((?:[\p{L}\p{N}'’&-]+\s+){0,7}[\p{L}\p{N}'’&-]+)\s*\(\s*$/u.exec(text.slice(from, start))
  if (!open) return undefined
  // The name's words, read back from the bracket, until their initials hold the acronym's letters
  // in order ("Center for European Policy Analysis" → C, E, P, A; "for" is passed over).
  const words = [...open[1]!.matchAll(/[\p{L}\p{N}'’&-]+/gu)]
  const letters = acronym.replace(/[^\p{Lu}]/gu, '')
  let need = letters.length - 1
  for (let k = words.length - 1; k >= 0 && need >= 0; k--) {
    const w = words[k]![0]
    if (w[0]!.toUpperCase() === letters[need] && /^[\p{Lu}\p{N}]/u.test(w)) need--
    else if (k === words.length - 1 || !/^(?:of|for|and|the|de|du|des|la|le|von|van|&)$/i.test(w)) return undefined
    if (need < 0) {
      const nameStart = from + open.index + words[k]!.index!
      return { start: nameStart, end: from + open.index + open[1]!.length }
    }
  }
  return undefined
}
