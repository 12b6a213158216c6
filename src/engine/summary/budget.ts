/**
 * @module
 * The length budget of a summary: a number of sentences, a number of words, or both. Candidates
 * arrive best first; the budget keeps a prefix of them, skipping any that would overrun the words.
 */

/** How long a summary may be. Either bound may be absent; at least one should be set. */
export interface Budget {
  /** At most this many sentences. */
  sentences?: number
  /** At most this many words, counted as whitespace-separated tokens. */
  words?: number
}

/**
 * Counts words the way budgets do.
 *
 * @example
 * ```ts
 * wordCount('Up to 6,000 rounds daily.') // 5
 * ```
 */
export function wordCount(text: string): number {
  let count = 0
  for (const _ of text.matchAll(/\S+/g)) count++
  return count
}

/**
 * Keeps the best candidates that fit. With a word budget a sentence too long for what is left is
 * skipped and shorter ones after it may still fit; the best sentence is always kept, so a
 * summary is never empty while there are candidates (it may then exceed `words`).
 *
 * @example
 * ```ts
 * fitBudget([{ text: 'a b c' }, { text: 'd e' }, { text: 'f' }], { words: 3 }) // first only: 3 words
 * ```
 */
export function fitBudget<T extends { text: string }>(ranked: readonly T[], budget: Budget): T[] {
  const maxSentences = budget.sentences ?? Number.POSITIVE_INFINITY
  const maxWords = budget.words ?? Number.POSITIVE_INFINITY
  const kept: T[] = []
  let words = 0
  for (const candidate of ranked) {
    if (kept.length >= maxSentences) break
    const size = wordCount(candidate.text)
    if (kept.length > 0 && words + size > maxWords) continue
    kept.push(candidate)
    words += size
    if (words >= maxWords) break
  }
  return kept
}
