/**
 * @module
 * Term statistics the build precomputes for retrieval and sentence ranking, so a request never
 * tokenizes or stems passage text: per-term passage frequencies, the vocabulary of surface words
 * (for typo correction) and query expansions (acronyms found in the content, curated synonyms).
 */

/** Retrieval data stored in the corpus (`Corpus.search`). */
export interface SearchStats {
  /** Number of passages the frequencies count over. */
  passages: number
  /** Index term → number of passages (text or heading) containing it. */
  df: Record<string, number>
  /** Distinct lower-cased surface words of the passages, sorted: what a misspelt query word is corrected to. */
  words: string[]
  /**
   * Index term → alternative phrasings, each a space-separated sequence of index terms:
   * "cepa" → ["center european polici analysi"], "ammo" → ["ammunit"].
   */
  synonyms: Record<string, string[]>
  /**
   * Index term → the other index terms MiniSearch's search expands it to, in its order, each with
   * its edit distance, space-separated ("russian 0 russias 1"): prefix extensions (distance 0
   * here), then near spellings (see `build/near-terms.ts`). The index search reads them instead of
   * walking the index for every known query term. Only terms with at least one. One string per
   * term, not arrays: on 5,000 passages the arrays took 40 MiB of heap.
   */
  nearTerms?: Record<string, string>
}

/**
 * Passages containing `term`. Reads own properties only: the tables are plain objects, and a
 * question word such as "constructor" must not find `Object.prototype.constructor`.
 *
 * @example
 * ```ts
 * passageCount(stats, 'round') // 2
 * passageCount(stats, 'constructor') // 0
 * ```
 */
export function passageCount(stats: SearchStats | undefined, term: string): number {
  return stats !== undefined && Object.hasOwn(stats.df, term) ? stats.df[term]! : 0
}

/**
 * The expansions of a phrase (space-joined index terms), own properties only (see `passageCount`).
 *
 * @example
 * ```ts
 * expansionsOf(stats, 'cepa') // ["center european polici analysi"]
 * ```
 */
export function expansionsOf(stats: SearchStats, phrase: string): readonly string[] {
  return Object.hasOwn(stats.synonyms, phrase) ? stats.synonyms[phrase]! : []
}

/**
 * The precomputed prefix extensions and near spellings of an index term, as stored (own
 * properties only, see `passageCount`): "" when it has none or the table does not list it.
 *
 * @example
 * ```ts
 * nearTermsOf(stats.nearTerms!, 'russia') // "russian 0": a prefix extension
 * ```
 */
export function nearTermsOf(table: Readonly<Record<string, string>>, term: string): string {
  return Object.hasOwn(table, term) ? table[term]! : ''
}

/**
 * BM25's inverse document frequency of a term; a term no passage contains gets the maximum.
 *
 * @example
 * ```ts
 * idf(stats, 'round') // ≈ 0.9 when 2 of 5 passages contain "round"
 * ```
 */
export function idf(stats: SearchStats | undefined, term: string): number {
  const n = stats?.passages ?? 1
  const df = passageCount(stats, term)
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}
