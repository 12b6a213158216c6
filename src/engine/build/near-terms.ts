/**
 * @module
 * Build-time query expansions of every index term: the index terms that extend it (MiniSearch's
 * prefix search) and those within its edit distance (its fuzzy search), in the order MiniSearch's
 * search scores them. A question's known words then need no walk of the index per request (the
 * fuzzy walk alone was a tenth of a request on the seed); only words the index lacks still do.
 */
import type MiniSearch from 'minisearch'
import type SearchableMap from 'minisearch/SearchableMap'
import { fuzzyDistance, prefixSearched } from '../search/index-expansions'
import type { IndexedPassage } from '../search/options'

/**
 * Index term → its expansions as "index term, edit distance" pairs, space-separated: prefix
 * extensions first (distance 0 marks them), then near spellings, as `searchIndex` would find
 * them; only terms that have any. Undefined when
 * the index's internals are not MiniSearch 7's (the search then walks the index itself). The
 * prefix and fuzzy options must depend on the term only, as `searchIndexOptions`' do.
 *
 * @example
 * ```ts
 * nearTerms(index)?.['russia'] // "russian 0"
 * ```
 */
export function nearTerms(index: MiniSearch<IndexedPassage>): Record<string, string> | undefined {
  const tree = (index as unknown as { _index?: SearchableMap<unknown> })._index
  if (typeof tree?.fuzzyGet !== 'function' || typeof tree.atPrefix !== 'function' || typeof tree.keys !== 'function') return undefined
  // A Map while collecting: a term such as "constructor" must not meet Object.prototype.
  const table = new Map<string, string>()
  for (const term of tree.keys()) {
    const distance = fuzzyDistance(index, term, 0, [term])
    const fuzzy = distance ? tree.fuzzyGet(term, distance) : undefined
    // Index terms hold no spaces (the tokenizer splits on them), so a space separates the pairs.
    const near: (string | number)[] = []
    if (prefixSearched(index, term, 0, [term])) {
      for (const match of tree.atPrefix(term).keys()) {
        if (match === term) continue
        // Scored as a prefix match, never also as a fuzzy one (as in `searchIndex`).
        fuzzy?.delete(match)
        near.push(match, 0)
      }
    }
    for (const [match, [, d]] of fuzzy ?? []) if (d > 0) near.push(match, d)
    if (near.length > 0) table.set(term, near.join(' '))
  }
  return Object.fromEntries(table)
}
