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

/**
 * The corpus word closest to `word` (lower case, at least four letters), or undefined when
 * none is within `maxEdits`. Ties go to the word sharing the first letter, then the earlier one.
 *
 * @example
 * ```ts
 * correctWord(stats, 'amunition') // "ammunition"
 * ```
 */
export function correctWord(stats: SearchStats, word: string): string | undefined {
  if (word.length < 4) return undefined
  let tree = trees.get(stats)
  if (!tree) {
    tree = SearchableMap.from(stats.words.map((w): [string, true] => [w, true]))
    trees.set(stats, tree)
  }
  let best: string | undefined
  let bestCost = Infinity
  for (const [candidate, [, distance]] of tree.fuzzyGet(word, maxEdits(word))) {
    if (distance === 0) return candidate
    const cost = distance + (candidate[0] === word[0] ? 0 : 0.5)
    if (cost < bestCost || (cost === bestCost && best !== undefined && candidate < best)) {
      best = candidate
      bestCost = cost
    }
  }
  return best
}
