/**
 * @module
 * English sentence splitting: `Intl.Segmenter` for the boundaries, then a repair pass that joins
 * segments it cut too eagerly (titles, initials, "No. 5", "U.S. officials", quote attributions).
 * Runs at build time; the runtime reads the stored offsets.
 */
import type { Sentence } from '../types'
import {
  NUMBER_ABBREVIATIONS,
  OTHER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
} from './abbreviations'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** The word (with inner dots, e.g. "U.S") that precedes a final full stop, lower-cased. */
const wordBeforeStop = (text: string): string | undefined =>
  /([\p{L}][\p{L}.]*)\.\s*$/u.exec(text)?.[1]?.toLowerCase()

const firstWord = (text: string): string => /^[\s"'“‘(]*([\p{L}\p{N}]+)/u.exec(text)?.[1] ?? ''

/** Whether the segment `next` continues the sentence that `prev` seemed to end. */
const continues = (prev: string, next: string): boolean => {
  const head = firstWord(next)
  if (head === '') return false
  if (/^\p{Ll}/u.test(head)) return true
  const word = wordBeforeStop(prev)
  if (word !== undefined) {
    if (TITLE_ABBREVIATIONS.has(word)) return true
    if (/^\p{L}$/u.test(word) && /\s\p{Lu}\.\s*$|^\p{Lu}\.\s*$/u.test(prev)) return true // an initial
    if (NUMBER_ABBREVIATIONS.has(word) && /^\p{N}/u.test(head)) return true
    if (OTHER_ABBREVIATIONS.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
      return !SENTENCE_STARTERS.has(head.toLowerCase())
    }
  }
  // `…protect." Smith noted.`: a closing quote followed by an attribution.
  if (/[.!?]["”’']\s*$/u.test(prev)) {
    const words = next.trim().split(/\s+/, 4).map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase())
    return words.slice(1).some((w) => SPEECH_VERBS.has(w))
  }
  return false
}

/**
 * Splits text into sentences, returned as trimmed offset ranges.
 *
 * @example
 * ```ts
 * splitSentences('Mr. Smith paid $2.1 billion. He left.').map((s) => s.end) // [28, 37]
 * ```
 */
export function splitSentences(text: string): Sentence[] {
  const merged: Sentence[] = []
  for (const { index, segment } of segmenter.segment(text)) {
    const last = merged.at(-1)
    const range = { start: index, end: index + segment.length }
    if (last && continues(text.slice(last.start, last.end), segment)) last.end = range.end
    else merged.push(range)
  }
  return merged.flatMap(({ start, end }) => {
    const slice = text.slice(start, end)
    const lead = slice.length - slice.trimStart().length
    const trimmed = slice.trim()
    return trimmed === '' ? [] : [{ start: start + lead, end: start + lead + trimmed.length }]
  })
}
