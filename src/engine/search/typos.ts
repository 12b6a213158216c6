/**
 * @module
 * Typo correction for query words the corpus does not contain: the nearest surface word of the
 * corpus vocabulary by edit distance ("amunition" → "ammunition", "Presdent" → "president").
 * Correcting surface words (not stems) keeps one typo one edit away.
 */
import SearchableMap from 'minisearch/SearchableMap'
import type { SearchStats } from './stats'
import { lowerBound } from './lower-bound'

// Per corpus and first letter, a radix tree of the rest of each word, built on first use. A
// correction keeps the first letter, so only that letter's words are searched: on a 75,000-word
// vocabulary this is one twentieth of the tree to build and to walk.
const trees = new WeakMap<SearchStats, Map<string, SearchableMap<true>>>()

/** Edits allowed for a word: one up to seven letters, two from eight (short words would match too much). */
export const maxEdits = (word: string): number => (word.length >= 8 ? 2 : 1)

/** Shortest word (query word and correction alike) that typo correction considers. */
export const MIN_WORD = 5

/** The tree of the words starting with `letter` (without it); `words` is sorted. */
function treeFor(stats: SearchStats, letter: string): SearchableMap<true> {
  let byLetter = trees.get(stats)
  if (!byLetter) {
    byLetter = new Map()
    trees.set(stats, byLetter)
  }
  let tree = byLetter.get(letter)
  if (!tree) {
    const { words } = stats
    // The first word starting with the letter; the run that follows is its words.
    const lo = lowerBound(words, letter)
    const entries: [string, true][] = []
    for (let i = lo; i < words.length && words[i]!.startsWith(letter); i++) entries.push([words[i]!.slice(letter.length), true])
    tree = SearchableMap.from(entries)
    byLetter.set(letter, tree)
  }
  return tree
}

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
  const first = String.fromCodePoint(word.codePointAt(0)!)
  const rest = word.slice(first.length)
  let best: string | undefined
  let bestCost = Infinity
  for (const [candidate, [, distance]] of treeFor(stats, first).fuzzyGet(rest, maxEdits(word))) {
    if (distance === 0) return first + candidate
    if (first.length + candidate.length < MIN_WORD) continue
    if (distance < bestCost || (distance === bestCost && best !== undefined && first + candidate < best)) {
      best = first + candidate
      bestCost = distance
    }
  }
  return best
}
