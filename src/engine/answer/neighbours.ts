/**
 * @module
 * What stands next to a candidate span, and what it says about the span: the focus beside it
 * ("6,000 *rounds*"), a word of the question right before it ("their *leader* Rollo"), or the
 * noun it modifies ("the *Byzantine* general", which names no person).
 */
import type { Span } from '../types'
import { labelTerms } from './roles'
import type { Word } from './words'

/**
 * Whether the focus is what a count counts, or stands right next to the span (`before` false: only
 * after it, as for a count, whose noun follows).
 *
 * @example
 * ```ts
 * focused({ start: 0, end: 5, type: 'number', label: 'rounds' }, words, 0, 0, 'round') // true
 * ```
 */
export function focused(span: Span, words: readonly Word[], first: number, last: number, focus: string, before = true): boolean {
  if (span.label && labelTerms(span.label).includes(focus)) return true
  return (before && words[first - 1]?.term === focus) || words[last + 1]?.term === focus
}

/**
 * Whether the word right before a span (nothing but a space or "the" between) is a word of the
 * question, and the span's own words are not.
 *
 * @example
 * ```ts
 * apposed('their leader Rollo', { term: 'leader', start: 6, end: 12 }, 13, [{ term: 'rollo', start: 13, end: 18 }], new Set(['leader'])) // true
 * ```
 */
export function apposed(text: string, prev: Word | undefined, start: number, content: readonly Word[], asked: ReadonlySet<string>): boolean {
  return !!prev && asked.has(prev.term) && /^\s+(?:the\s+)?$/u.test(text.slice(prev.end, start)) && !content.some((w) => asked.has(w.term))
}

// A lower-case word after the name, inside its noun phrase, that is not a name's connector ("Robert *of* Jumièges").
const MODIFIED = /^\s+(?!(?:of|the|and|or|de|von|van|der|du|la|le)\b)\p{Ll}/u

/**
 * Whether a one-word span modifies the noun after it in a noun phrase ("the Byzantine general
 * Alexius Komnenos", "the French crown"): an adjective of nationality, not the name asked for.
 *
 * @example
 * ```ts
 * modifies('the French crown', [{ start: 0, end: 16, type: 'noun-phrase' }], 4, 10) // true
 * ```
 */
export function modifies(text: string, phrases: readonly Span[], start: number, end: number): boolean {
  return phrases.some((p) => p.start <= start && p.end > end && MODIFIED.test(text.slice(end, p.end)))
}
