/**
 * @module
 * Typed spans (people, organisations, places, dates, numbers, money…) of a passage, found at
 * build time. The first version finds none; the answers work fills it in.
 */
import type { Sentence, Span } from '../types'

/**
 * Finds the typed spans of a passage.
 *
 * @example
 * ```ts
 * extractSpans('Smith said so.', [{ start: 0, end: 14 }]) // Span[]
 * ```
 */
export function extractSpans(_text: string, _sentences: Sentence[]): Span[] {
  return []
}
