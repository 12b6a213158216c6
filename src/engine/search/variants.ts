/**
 * @module
 * Spelling variants of the question's words that the index search matched. MiniSearch matches
 * near-spellings and prefixes ("analysi" finds "analyz", "bound" finds "bounding", "complet"
 * finds "completeness"), but sentence scoring counts exact terms only; this hands those variants
 * to the sentence stage, each standing for the question word it varies, at a lower weight.
 * Nothing is looked up: the variants are the index terms the search already returned.
 */
import type { AnalyzedQuery, QueryTerm } from './query'

/**
 * How much a variant counts against the question's own word (usually another form of the same
 * word). SQuAD dev sentence acc 0.700 without variants, 0.706 at 0.6, 0.710 at 0.8 and 1.0.
 */
export const VARIANT_WEIGHT = 0.8

/** Same reach as the index search (`options.ts`): prefixes from five letters, one edit in five from six. */
const PREFIX_MIN = 5
const FUZZY_MIN = 6
const FUZZY_SHARE = 0.2

/**
 * The variants found for the last query (one request's: each request analyses its question into a
 * new object): `rankSentences` asks again for the passages `retrieve` just scored. Held strongly,
 * not in a WeakMap keyed by the query, whose values the young-generation collector keeps alive
 * through the next collection.
 */
let found: { query: AnalyzedQuery; variants: QueryTerm[] } | undefined

/**
 * The index terms the hits matched that are not query terms but extend, or are a near-spelling
 * of, one of the question's own terms, as query terms of that word's group. Remembered for the
 * last query object: a second call with some of the same hits (the sentence ranker after
 * `retrieve`) reuses the first answer, whose extra variants cannot occur in those hits' sentences.
 *
 * @example
 * ```ts
 * matchedVariants(analyzeQuery(corpus, 'How was it defined?'), [{ terms: ['definit'] }])
 * // [{ term: 'definit', weight: 0.8, groups: [0] }]
 * ```
 */
export function matchedVariants(query: AnalyzedQuery, hits: readonly { terms: readonly string[] }[]): QueryTerm[] {
  if (found?.query === query) return found.variants
  const variants = variantsIn(query, hits)
  found = { query, variants }
  return variants
}

function variantsIn(query: AnalyzedQuery, hits: readonly { terms: readonly string[] }[]): QueryTerm[] {
  const seen = new Set(query.terms.map((t) => t.term))
  const own = query.terms.filter((t) => t.weight === 1)
  const variants: QueryTerm[] = []
  for (const hit of hits) {
    for (const term of hit.terms) {
      if (seen.has(term)) continue
      seen.add(term)
      const source = own.find((q) => isVariant(q.term, term))
      if (source) variants.push({ term, weight: VARIANT_WEIGHT, groups: source.groups })
    }
  }
  return variants
}

/**
 * The question's own terms that the last search of `query` matched only in another form ("treat"
 * by "treatment"): in the corpus after all, though not as written. Empty when `query` was not the
 * last searched.
 *
 * @example
 * ```ts
 * variedTerms(query) // Set { 'treat' } when the hits hold "treatment" and no "treat"
 * ```
 */
export function variedTerms(query: AnalyzedQuery): ReadonlySet<string> {
  if (found?.query !== query || found.variants.length === 0) return NONE
  const groups = new Set(found.variants.flatMap((v) => v.groups))
  return new Set(query.terms.filter((t) => t.weight === 1 && t.groups.some((g) => groups.has(g))).map((t) => t.term))
}

const NONE: ReadonlySet<string> = new Set()

function isVariant(word: string, term: string): boolean {
  if (word.length >= PREFIX_MIN && term.startsWith(word)) return true
  if (word.length < FUZZY_MIN) return false
  const limit = Math.round(word.length * FUZZY_SHARE)
  return Math.abs(word.length - term.length) <= limit && editDistance(word, term, limit) <= limit
}

// Two rows of the edit-distance table, reused by every call (index terms are short; longer ones are cut).
const MAX_LENGTH = 64
let row = new Int32Array(MAX_LENGTH + 1)
let next = new Int32Array(MAX_LENGTH + 1)

/** Levenshtein distance, giving up (returning `limit + 1`) once every path exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const m = Math.min(a.length, MAX_LENGTH)
  const n = Math.min(b.length, MAX_LENGTH)
  for (let j = 0; j <= n; j++) row[j] = j
  for (let i = 1; i <= m; i++) {
    next[0] = i
    let low = i
    for (let j = 1; j <= n; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      low = Math.min(low, next[j]!)
    }
    if (low > limit) return limit + 1
    ;[row, next] = [next, row]
  }
  return row[n]!
}
