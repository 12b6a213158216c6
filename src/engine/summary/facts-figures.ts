/**
 * @module
 * Figure and date facts from the number, money, percent, duration and date spans, with the
 * words around a span that make it a fact: the quantifier before it ("all 31 NATO members"),
 * the noun it pays for ("$2.1 billion plan"), the rate after it ("6,000 rounds daily").
 */
import { STOP_WORDS } from '../text/stop-words'
import type { DateFact, FigureFact } from './fact-types'
import { sentenceRef } from './fact-sources'
import type { Located } from './facts-people'

const QUANTIFIER_BEFORE = /\b(all|only|another|nearly all|almost all)\s+$/i
const RATE_AFTER = /^\s+(daily|weekly|monthly|annually|yearly|a day|a week|a month|a year|per day|per week|per month|per year|each day|each year|every day|every year|an hour|per hour|a second|per second)\b/i
const NEXT_WORD = /^\s+([a-z][a-z-]*)\b/
// Words that make a date relative to the article's own date.
const RELATIVE = /\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|coming|previous|earlier|later|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i

const KINDS = new Set(['number', 'money', 'percent', 'duration'])

/** A lower-case word that can be what money pays for: not a function word, verb form or adverb. */
const payee = (word: string) => !STOP_WORDS.has(word) && !/(?:ed|ing|ly)$/.test(word) && word.length > 2

/**
 * Figures in document order, one per distinct wording.
 *
 * @example
 * ```ts
 * figureFacts(spans).map((f) => f.text) // ["all 31 NATO members", "$2.1 billion plan", "up to 6,000 rounds daily", …]
 * ```
 */
export function figureFacts(located: readonly Located[]): FigureFact[] {
  const facts = new Map<string, FigureFact>()
  for (const { passage, span } of located) {
    // A bare count says nothing on its own ("two of the bridges"): a figure needs what it counts,
    // and "one" is mostly a pronoun or an article ("one needs", "One way").
    if (!KINDS.has(span.type) || (span.type === 'number' && (!span.label || span.normalized === '1'))) continue
    const { text } = passage
    let start = span.start
    let end = span.end
    let counts = span.label
    const quantifier = QUANTIFIER_BEFORE.exec(text.slice(Math.max(0, start - 20), start))
    if (quantifier) start -= quantifier[0].length
    if (!counts && span.type === 'money') {
      const next = NEXT_WORD.exec(text.slice(end, end + 30))
      if (next && payee(next[1]!)) {
        counts = next[1]!
        end += next[0].length
      }
    }
    const rate = RATE_AFTER.exec(text.slice(end, end + 20))
    if (rate) end += rate[0].length
    const wording = text.slice(start, end)
    if (facts.has(wording)) continue
    facts.set(wording, {
      text: wording,
      ...(span.normalized ? { value: span.normalized } : {}),
      ...(counts ? { counts } : {}),
      kind: span.type as FigureFact['kind'],
      sentence: sentenceRef(passage, span),
    })
  }
  return [...facts.values()]
}

/**
 * Dates in document order, one per distinct wording; `relative` when the wording needs the
 * article's date to be placed ("Wednesday", "last week").
 *
 * @example
 * ```ts
 * dateFacts(spans) // [{ text: 'Wednesday', value: '2023-09-27', relative: true, sentence }, …]
 * ```
 */
export function dateFacts(located: readonly Located[]): DateFact[] {
  const facts = new Map<string, DateFact>()
  for (const { passage, span } of located) {
    if (span.type !== 'date') continue
    const wording = passage.text.slice(span.start, span.end)
    const key = wording.toLowerCase()
    if (facts.has(key)) continue
    facts.set(key, {
      text: wording,
      ...(span.normalized ? { value: span.normalized } : {}),
      relative: RELATIVE.test(wording) && !/\b\d{4}\b/.test(wording),
      sentence: sentenceRef(passage, span),
    })
  }
  return [...facts.values()]
}
