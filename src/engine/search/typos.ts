/**
 * @module
 * Typo correction for query words the corpus does not contain: the nearest surface word of the
 * corpus vocabulary by edit distance ("amunition" → "ammunition", "Presdent" → "president").
 * Correcting surface words (not stems) keeps one typo one edit away.
 */
import SearchableMap from 'minisearch/SearchableMap'
import type { SearchStats } from './stats'

// One radix tree per corpus, built on first use: the vocabulary is stored as a sorted list.
const trees = new WeakMap<SearchStats, SearchableMap<true>>()

/** Edits allowed for a word: one up to seven letters, two from eight (short words would match too much). */
export const maxEdits = (word: string): number => (word.length >= 8 ? 2 : 1)

/** Shortest word (query word and correction alike) that typo correction considers. */
export const MIN_WORD = 5

/**
 * The corpus word closest to `word` (lower case, at least `MIN_WORD` letters), or undefined when
 * none is within `maxEdits`. The correction must start with the same letter: first letters are
 * rarely mistyped, and a different start is usually another word ("unproven" is not "proven").
 * Ties go to the alphabetically first word.
 *
 * @example
 * ```ts
 * correctWord(stats, 'amunition') // "ammunition"
 * ```
 */
export function correctWord(stats: SearchStats, word: string): string | undefined {
  if (word.length < MIN_WORD) return undefined
  let tree = trees.get(stats)
  if (!tree) {
    tree = SearchableMap.from(stats.words.map((w): [string, true] => [w, true]))
    trees.set(stats, tree)
  }
  let best: string | undefined
  let bestCost = Infinity
  for (const [candidate, [, distance]] of tree.fuzzyGet(word, maxEdits(word))) {
    if (distance === 0) return candidate
    if (candidate[0] !== word[0] || candidate.length < MIN_WORD) continue
    if (distance < bestCost || (distance === bestCost && best !== undefined && candidate < best)) {
      best = candidate
      bestCost = distance
    }
  }
  return best
}
