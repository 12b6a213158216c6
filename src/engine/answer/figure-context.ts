/**
 * @module
 * What stands around a figure and tells it from the sentence's other figures: how much of the
 * question its surroundings say, weighted by how rare each word is (among "37 seats in the House of
 * Representatives and 12 seats in the Senate", the one by the question's rarer word "Senate"; the
 * nearest question word alone cannot tell them apart, as the focus "seats" stands by both), the
 * words of a count's phrase up to the noun it counts, and the measure a "How wide…?" question names.
 */
import type { Word } from './words'

/**
 * Share of the question's words found in the sentence, each weighted by its IDF and by its
 * closeness to the span (the nearest occurrence; halving every `halfDistance` content words).
 * `hits` are the indices of the sentence's words that are question words.
 *
 * @example
 * ```ts
 * localSupport(words, hits, 4, 5, idfOf, 2) // 1 when every question word of the sentence is inside 4..5
 * ```
 */
export function localSupport(
  words: readonly Word[],
  hits: readonly number[],
  first: number,
  last: number,
  idfOf: (term: string) => number,
  halfDistance: number,
): number {
  let said = 0
  let total = 0
  // Each distinct term once, at its nearest occurrence (hits are few: a scan, not a map per candidate).
  for (let i = 0; i < hits.length; i++) {
    const term = words[hits[i]!]!.term
    let seen = false
    for (let j = 0; j < i && !seen; j++) seen = words[hits[j]!]!.term === term
    if (seen) continue
    let d = Infinity
    for (let j = i; j < hits.length; j++) {
      const h = hits[j]!
      if (words[h]!.term === term) d = Math.min(d, h < first ? first - h : h > last ? h - last : 0)
    }
    const weight = idfOf(term)
    total += weight
    said += weight / (1 + d / halfDistance)
  }
  return total > 0 ? said / total : 0
}

// What ends a count's phrase before its noun: punctuation, a conjunction, a preposition other than
// "of" ("two *of* the largest cities" runs on; "7-2 *on* Tuesday to approve a new tram" does not), or
// another figure.
const PHRASE_BREAK = /[;,.()]|\b(?:and|or|but|while|whereas|on|in|at|to|by|from|with|for|after|before|since|during)\b/

/**
 * The index of the counted noun a count's phrase reaches: "12 California State University
 * *campuses*" reaches "campuses" four words on, so the words between describe what the 12 count.
 * Returns `last` when the focus is not found within `within` words of one unbroken phrase.
 *
 * @example
 * ```ts
 * countReach(text, words, 0, 'campus') // 4 for "12 California State University campuses"
 * ```
 */
export function countReach(text: string, words: readonly Word[], last: number, focusTerm: string, within = 5): number {
  for (let k = last + 1; k <= last + within && k < words.length; k++) {
    if (PHRASE_BREAK.test(text.slice(words[k - 1]!.end, words[k]!.start)) || /^\d/.test(words[k]!.term)) break
    if (words[k]!.term === focusTerm) return k
  }
  return last
}

// "How wide…?" and the noun of its measure: "40 km *wide*", "a *width* of 400 m".
const MEASURE_NOUNS: Readonly<Record<string, string>> = {
  wide: 'width|breadth', long: 'length', tall: 'height', high: 'height|elevation|altitude', deep: 'depth',
  thick: 'thickness', heavy: 'weight|mass', far: 'distance', old: 'age',
}
// Compiled once per adjective.
const MEASURE_PATTERNS: Record<string, { after: RegExp; before: RegExp }> = {}
const HOW_MEASURE = /^\s*how\s+(wide|long|tall|high|deep|thick|heavy|far|old)\b/i

/**
 * For a "How wide/long/high…?" question, whether the figure at `start`–`end` is the one the
 * sentence says is that wide ("up to 40 km *wide*", "a *width* of 400 m"), not another figure
 * of the sentence ("about 300 km long").
 *
 * @example
 * ```ts
 * measures('How wide is the plain?', 'about 300 km long and up to 40 km wide', 27, 35) // true
 * ```
 */
export function measures(question: string, text: string, start: number, end: number): boolean {
  const adjective = HOW_MEASURE.exec(question)?.[1]?.toLowerCase()
  if (!adjective) return false
  const { after, before } = (MEASURE_PATTERNS[adjective] ??= {
    after: new RegExp(String.raw`^\s+(?:\([^)]{1,40}\)\s+)?${adjective}\b`, 'i'),
    before: new RegExp(String.raw`\b(?:${MEASURE_NOUNS[adjective]})\s+(?:of|is|was|are|were)\s+$`, 'i'),
  })
  return after.test(text.slice(end, end + 60)) || before.test(text.slice(Math.max(0, start - 40), start))
}
