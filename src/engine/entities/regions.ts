/**
 * @module
 * Parts of a place: "southern Italy", "northern Syria", "far eastern Anatolia". The compass word
 * before a place names a region, and answers to "where" keep it.
 */
import type { Span } from '../types'

// A compass or position word, optionally after "far", right before a place name.
const REGION_WORD = /(?:\b(?:far|extreme)\s+)?\b(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|upper|lower)\s+$/iu

/**
 * A place span widened over the compass word before it ("southern Italy"); other spans unchanged.
 *
 * @example
 * ```ts
 * withRegion('fled to southern Italy', { start: 17, end: 22, type: 'place' }) // { start: 8, end: 22, type: 'place' }
 * ```
 */
export function withRegion(text: string, span: Span): Span {
  if (span.type !== 'place') return span
  const m = REGION_WORD.exec(text.slice(Math.max(0, span.start - 40), span.start))
  return m ? { ...span, start: span.start - m[0].length } : span
}
