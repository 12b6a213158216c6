/**
 * @module
 * A query term's expansions as MiniSearch makes them: the exact index term, its prefix extensions
 * and its near spellings, each with MiniSearch's weight. The build lists them per index term
 * (`build/near-terms.ts`), so a known word needs no walk of the index at request time.
 */
import type MiniSearch from 'minisearch'
import type { IndexedPassage } from './options'
import type { FieldTermData, Internals, Prepared } from './index-internals'
import { nearTermsOf } from './stats'

/** Index term → "index term, edit distance (0 for a prefix extension), …" space-separated (see `build/near-terms.ts`). */
export type NearTerms = Readonly<Record<string, string>>

/**
 * The edit distance MiniSearch's fuzzy search allows a query term under the index's search
 * options (its `executeQuerySpec`); 0 when the term is not searched fuzzily.
 *
 * @example
 * ```ts
 * fuzzyDistance(index, 'ammunit', 0, ['ammunit']) // 1 (one edit in five letters)
 * ```
 */
export function fuzzyDistance(index: MiniSearch<IndexedPassage>, term: string, i: number, terms: readonly string[]): number {
  const options = (index as unknown as Internals)._options.searchOptions
  const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms as string[]) : options.fuzzy || false
  if (!fuzzy) return 0
  const f = fuzzy === true ? 0.2 : fuzzy
  return f < 1 ? Math.min(options.maxFuzzy, Math.round(term.length * f)) : f
}

/**
 * Whether MiniSearch's search also matches the index terms that extend a query term.
 *
 * @example
 * ```ts
 * prefixSearched(index, 'ammunit', 0, ['ammunit']) // true (five letters or more)
 * ```
 */
export function prefixSearched(index: MiniSearch<IndexedPassage>, term: string, i: number, terms: readonly string[]): boolean {
  const { prefix } = (index as unknown as Internals)._options.searchOptions
  return typeof prefix === 'function' ? prefix(term, i, terms as string[]) : prefix === true
}

/**
 * Adds a query term's expansions as MiniSearch makes them to `p`'s expansion lists (index term,
 * weight, postings), exact match first. A term the index holds takes its prefix extensions and
 * near spellings from the build's table (`near`) when given, instead of walking the index: the
 * same terms in the same order.
 */
export function expand(p: Prepared, term: string, i: number, terms: string[], near: NearTerms | undefined): void {
  const { x, weights } = p
  const exact = x._index.get(term)
  if (exact != null) add(p, term, 1, exact, i)
  if (exact != null && near) {
    const listed = nearTermsOf(near, term)
    const parts = listed === '' ? NO_PARTS : listed.split(' ')
    for (let n = 0; n + 1 < parts.length; n += 2) {
      const match = parts[n]!
      const distance = Number(parts[n + 1])
      const data = x._index.get(match)
      if (data == null) continue
      // Distance 0 marks a prefix extension, whose distance is the letters it adds.
      if (distance === 0) add(p, match, prefixWeight(weights.prefix, match, match.length - term.length), data, i)
      else add(p, match, weights.fuzzy * match.length / (match.length + distance), data, i)
    }
    return
  }
  const maxDistance = fuzzyDistance(p.index, term, i, terms)
  const fuzzyMatches = maxDistance ? x._index.fuzzyGet(term, maxDistance) as Map<string, [FieldTermData, number]> : undefined
  if (prefixSearched(p.index, term, i, terms)) {
    for (const [match, data] of x._index.atPrefix(term)) {
      const distance = match.length - term.length
      if (!distance) continue
      // A prefix match is scored as one, never also as a fuzzy match.
      fuzzyMatches?.delete(match)
      add(p, match, prefixWeight(weights.prefix, match, distance), data, i)
    }
  }
  for (const [match, [data, distance]] of fuzzyMatches ?? []) {
    if (distance) add(p, match, weights.fuzzy * match.length / (match.length + distance), data, i)
  }
}

const NO_PARTS: readonly string[] = Object.freeze([])

/** Appends one expansion to `p`'s lists. */
function add(p: Prepared, term: string, weight: number, data: FieldTermData, from: number): void {
  const n = p.expanded++
  p.expandedTerms[n] = term
  p.expandedWeights[n] = weight
  p.expandedData[n] = data
  p.expandedFrom[n] = from
}

/** MiniSearch's weight of a prefix match `distance` letters longer than the query term. */
const prefixWeight = (weight: number, match: string, distance: number) => weight * match.length / (match.length + 0.3 * distance)
