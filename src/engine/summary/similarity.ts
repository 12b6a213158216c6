/**
 * @module
 * Sentence similarity for the key-sentence ranker: TF-IDF vectors over the index's own terms
 * (stemmed, stop words dropped, so "firing" and "fired" meet) and their cosine.
 * Build-time code: the runtime reads the scores it leads to.
 */
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'

/** A sparse term-weight vector with its precomputed length. */
export interface TermVector {
  weights: Map<string, number>
  norm: number
}

/**
 * The distinct index terms of a text, in the order they first appear.
 *
 * @example
 * ```ts
 * termsOf('Ukraine fired 6,000 rounds.') // ["ukrain", "fire", "6000", "round"]
 * ```
 */
export function termsOf(text: string): string[] {
  return [...new Set(tokenize(text).flatMap((t) => normalizeTerm(t.text) ?? []))]
}

/**
 * TF-IDF vectors of a set of sentences, the IDF taken over the same sentences: a term every
 * sentence shares says nothing about which sentence matters.
 *
 * @example
 * ```ts
 * const [a, b] = tfidfVectors(['Smith fired rounds.', 'Rounds ran short.'])
 * cosine(a!, b!) // > 0: they share "round"
 * ```
 */
export function tfidfVectors(texts: readonly string[]): TermVector[] {
  const counts = texts.map((text) => {
    const tf = new Map<string, number>()
    for (const token of tokenize(text)) {
      const term = normalizeTerm(token.text)
      if (term !== null) tf.set(term, (tf.get(term) ?? 0) + 1)
    }
    return tf
  })
  const df = new Map<string, number>()
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const n = texts.length
  return counts.map((tf) => {
    const weights = new Map<string, number>()
    let sum = 0
    for (const [term, count] of tf) {
      // Smoothed IDF stays positive, so a term in every sentence still links them a little.
      const weight = (1 + Math.log(count)) * Math.log(1 + n / df.get(term)!)
      weights.set(term, weight)
      sum += weight * weight
    }
    return { weights, norm: Math.sqrt(sum) }
  })
}

/**
 * Cosine similarity of two vectors, in [0, 1]; 0 when either is empty.
 *
 * @example
 * ```ts
 * cosine(v, v) // 1
 * ```
 */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, weight] of small.weights) dot += weight * (large.weights.get(term) ?? 0)
  return dot / (a.norm * b.norm)
}

/**
 * The symmetric matrix of pairwise cosines, with a zero diagonal.
 *
 * @example
 * ```ts
 * similarityMatrix(tfidfVectors(['a b', 'b c']))[0]![1] // cosine of the two
 * ```
 */
export function similarityMatrix(vectors: readonly TermVector[]): number[][] {
  const matrix = vectors.map(() => new Array<number>(vectors.length).fill(0))
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const s = cosine(vectors[i]!, vectors[j]!)
      matrix[i]![j] = s
      matrix[j]![i] = s
    }
  }
  return matrix
}
