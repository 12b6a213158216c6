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
  const df = stats?.df[term] ?? 0
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}
