/**
 * @module
 * TextRank centrality: PageRank over the weighted sentence-similarity graph. A sentence is
 * central when sentences that are themselves central resemble it. Build-time code.
 */

/** TextRank settings. */
export interface TextRankOptions {
  /** PageRank damping factor. Default 0.85, as in the TextRank paper. */
  damping?: number
  /** Power iterations at most. Default 100. */
  iterations?: number
  /** Stop when no score moves by more than this. Default 1e-6. */
  tolerance?: number
}

/**
 * Scores every node of a similarity graph; the scores sum to 1. An isolated sentence keeps
 * the teleport share only.
 *
 * @example
 * ```ts
 * textRank([[0, 1, 0], [1, 0, 1], [0, 1, 0]]) // the middle sentence scores highest
 * ```
 */
export function textRank(matrix: readonly (readonly number[])[], options: TextRankOptions = {}): number[] {
  const { damping = 0.85, iterations = 100, tolerance = 1e-6 } = options
  const n = matrix.length
  if (n === 0) return []
  const outWeight = matrix.map((row) => row.reduce((a, b) => a + b, 0))
  let scores = new Array<number>(n).fill(1 / n)
  for (let round = 0; round < iterations; round++) {
    // A sentence with no edges spreads its score evenly (a dangling node in PageRank terms).
    let dangling = 0
    for (let j = 0; j < n; j++) if (outWeight[j] === 0) dangling += scores[j]!
    const next = new Array<number>(n)
    let delta = 0
    for (let i = 0; i < n; i++) {
      let incoming = 0
      for (let j = 0; j < n; j++) {
        const w = matrix[j]![i]!
        if (w > 0) incoming += (w / outWeight[j]!) * scores[j]!
      }
      next[i] = (1 - damping) / n + damping * (incoming + dangling / n)
      delta = Math.max(delta, Math.abs(next[i]! - scores[i]!))
    }
    scores = next
    if (delta < tolerance) break
  }
  return scores
}
