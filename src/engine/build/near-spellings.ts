/**
 * @module
 * Build-time near spellings: for every term of the index that MiniSearch would search fuzzily,
 * the other index terms within its edit distance, as MiniSearch's `fuzzyGet` finds them. A
 * question's known words then need no fuzzy walk of the index per request (it was a tenth of a
 * request on the seed); only words the index lacks are still searched fuzzily at request time.
 */
import type MiniSearch from 'minisearch'
import type SearchableMap from 'minisearch/SearchableMap'
import { fuzzyDistance } from '../search/index-search'
import type { IndexedPassage } from '../search/options'

/**
 * Index term → [near spelling, edit distance][] in `fuzzyGet`'s order, for the terms that have
 * any; undefined when the index's internals are not MiniSearch 7's (the search then walks the
 * index itself). The fuzzy option must depend on the term only, as `searchIndexOptions`' does.
 *
 * @example
 * ```ts
 * nearSpellings(index)?.['ukrainian'] // [["ukrainians", 1]]
 * ```
 */
export function nearSpellings(index: MiniSearch<IndexedPassage>): Record<string, [string, number][]> | undefined {
  const tree = (index as unknown as { _index?: SearchableMap<unknown> })._index
  if (typeof tree?.fuzzyGet !== 'function' || typeof tree.keys !== 'function') return undefined
  // A Map while collecting: a term such as "constructor" must not meet Object.prototype.
  const table = new Map<string, [string, number][]>()
  for (const term of tree.keys()) {
    const distance = fuzzyDistance(index, term, 0, [term])
    if (!distance) continue
    const near: [string, number][] = []
    for (const [match, [, d]] of tree.fuzzyGet(term, distance)) if (d > 0) near.push([match, d])
    if (near.length > 0) table.set(term, near)
  }
  return Object.fromEntries(table)
}
