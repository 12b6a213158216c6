/**
 * @module
 * Span bounds no answer has, repaired after the spans are found: a span never ends inside a bracket
 * it opened ("O(n2" of "O(n2)") nor starts after one it did not ("De) Roche"), and never runs
 * past its sentence ("X. Thus" of "…reduced to X. Thus no problem…"). compromise's words keep a
 * formula's "(" but not its ")", and its phrases may cross a sentence's stop.
 */
import { NOT_NAMES } from './names'

/** A span's offsets in the passage. */
export interface Bounds {
  start: number
  end: number
}

const OPENS = '([{'
const CLOSES = ')]}'
// Punctuation and space a repaired span does not end with.
const TRAILING = /[\s.,;:!?\-–—]+$/u
// A stop and the capitalised word after it: a new sentence when that word opens no name.
const STOP = /[.!?]\s+(\p{Lu}\p{L}*)/gu

// The closing bracket that matches the one at `at`, before `limit`; -1 when none does.
function closing(text: string, at: number, limit: number): number {
  let depth = 0
  for (let i = at; i < limit; i++) {
    if (OPENS.includes(text[i]!)) depth++
    else if (CLOSES.includes(text[i]!) && --depth === 0) return i
  }
  return -1
}

/**
 * A span's bounds with its brackets balanced, cut at the end of its sentence (`limit`) and at a
 * stop before a word that opens sentences, or undefined when nothing is left. A bracket written against a word ("T(n", "DTIME(f(n") belongs to a formula: the span
 * takes it up to its closing bracket when the sentence has one; a bracket after a space
 * ("Analysis (CEPA", "Galilee.[citation") opens an aside the span ends before.
 *
 * @example
 * ```ts
 * const text = 'It takes time O(n2) for this case.'
 * balancedBounds(text, { start: 14, end: 18 }, 34) // { start: 14, end: 19 } → "O(n2)"
 * balancedBounds('reduced to X. Thus no', { start: 11, end: 18 }, 21) // { start: 11, end: 12 } → "X"
 * ```
 */
export function balancedBounds(text: string, span: Bounds, limit: number): Bounds | undefined {
  let start = span.start
  // Not into the next sentence, nor past a stop the sentence splitter took for an initial:
  // "X. Thus" of "…reduced to X. Thus no problem…" is "X" ("J. Smith" stays).
  for (const m of text.slice(start, limit).matchAll(STOP)) {
    if (!NOT_NAMES.has(m[1]!.toLowerCase())) continue
    limit = start + m.index
    break
  }
  let end = Math.min(span.end, limit)
  // Past a closing bracket the span did not open: "De) Roche" → "Roche".
  let depth = 0
  for (let i = start; i < end; i++) {
    if (OPENS.includes(text[i]!)) depth++
    else if (CLOSES.includes(text[i]!)) {
      if (depth > 0) depth--
      else start = i + 1
    }
  }
  // An open bracket left open: close it (a formula) or end before it (an aside).
  for (let i = start; i < end; i++) {
    if (!OPENS.includes(text[i]!)) continue
    const close = closing(text, i, limit)
    if (close >= end) {
      if (i > start && /[\p{L}\p{N}]/u.test(text[i - 1]!) && close < limit) {
        end = close + 1
        break
      }
      end = i
      break
    }
    if (close < 0) {
      end = i
      break
    }
    i = close
  }
  while (start < end && /\s/.test(text[start]!)) start++
  // A cut end drops the punctuation before it; an end left alone keeps its own ("6:30 a.m.").
  const trimmed = end === span.end ? text.slice(start, end) : text.slice(start, end).replace(TRAILING, '')
  return trimmed.length === 0 || !/[\p{L}\p{N}]/u.test(trimmed) ? undefined : { start, end: start + trimmed.length }
}

/**
 * An end moved past the closing brackets its span still needs, up to `limit`: a candidate cut to
 * its last word ("O(n2" of the span "O(n2)") keeps the bracket the span closes.
 *
 * @example
 * ```ts
 * closeBrackets('time O(n2) for', 5, 9, 10) // 10 → "O(n2)"
 * ```
 */
export function closeBrackets(text: string, start: number, end: number, limit: number): number {
  let open = 0
  for (let i = start; i < end; i++) {
    if (OPENS.includes(text[i]!)) open++
    else if (CLOSES.includes(text[i]!)) open--
  }
  while (open > 0 && end < limit && CLOSES.includes(text[end]!)) {
    end++
    open--
  }
  return end
}
