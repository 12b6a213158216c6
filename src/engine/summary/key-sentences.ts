/**
 * @module
 * The key-sentence ranker: centrality (TextRank over TF-IDF cosine, blended with topic-word
 * frequency) plus a position prior, then an MMR ordering that pushes near-duplicates back. Works on plain sentence texts in document order,
 * so the build, the eval and the tests all call the same function. Build-time code.
 */
import { textRank } from './centrality'
import { similarityMatrix, tfidfVectors } from './similarity'
import { topicFrequency } from './topic-frequency'

/** Ranker settings; the defaults are what the build uses. */
export interface KeySentenceOptions {
  /**
   * Weight of the position prior against centrality, in [0, 1]. News puts the essentials
   * first (the inverted pyramid), so early sentences get a head start. Default 0.6.
   */
  positionWeight?: number
  /** Sentences in which the position prior halves: prior(i) = 1 / (1 + i / halfLife). Default 3. */
  positionHalfLife?: number
  /**
   * Share of TextRank in centrality, the rest being topic-word frequency, in [0, 1]. TextRank
   * alone favours long sentences that touch every theme; frequency favours the main actors.
   * Default 0.25.
   */
  textRankWeight?: number
  /**
   * MMR trade-off λ in [0, 1]: 1 ranks by salience alone, lower values push back sentences that
   * repeat one already chosen. Default 0.8.
   */
  mmrLambda?: number
  /** Sentences shorter than this many words (captions, "Scroll down for video") are damped. Default 6. */
  minWords?: number
}

/** What the ranker stores per sentence. */
export interface KeySentenceRanking {
  /** Salience of each sentence, in [0, 1] (1 for the most salient). */
  salience: number[]
  /**
   * Sentence indices in MMR order: the first N are the N-sentence summary. Every prefix is
   * the greedy MMR pick for its length, which is why it can be stored once at build time.
   */
  order: number[]
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

/**
 * Ranks the sentences of one document.
 *
 * @example
 * ```ts
 * const { order } = rankKeySentences(['NATO wants more shells.', 'Shells are short.', 'It rained.'])
 * order[0] // 0 — early and central
 * ```
 */
export function rankKeySentences(texts: readonly string[], options: KeySentenceOptions = {}): KeySentenceRanking {
  const { positionWeight = 0.6, positionHalfLife = 3, textRankWeight = 0.25, mmrLambda = 0.8, minWords = 6 } = options
  if (texts.length === 0) return { salience: [], order: [] }
  const similarity = similarityMatrix(tfidfVectors(texts))
  const rank = scaleToMax(textRank(similarity))
  const frequency = scaleToMax(topicFrequency(texts))
  const raw = texts.map((text, i) => {
    const central = textRankWeight * rank[i]! + (1 - textRankWeight) * frequency[i]!
    const prior = 1 / (1 + i / positionHalfLife)
    const score = (1 - positionWeight) * central + positionWeight * prior
    return wordCount(text) < minWords ? score * 0.25 : score
  })
  const salience = scaleToMax(raw)
  return { salience, order: mmrOrder(salience, similarity, mmrLambda) }
}

/** Divides by the maximum so the best scores 1 (all zeros stay zeros). */
function scaleToMax(values: readonly number[]): number[] {
  const top = Math.max(0, ...values)
  return values.map((v) => (top > 0 ? v / top : 0))
}

/**
 * Greedy maximal marginal relevance over all sentences: each step takes the sentence with the
 * best λ·salience − (1−λ)·(similarity to the closest one already taken).
 *
 * @example
 * ```ts
 * mmrOrder([1, 0.9, 0.5], [[0, 1, 0], [1, 0, 0], [0, 0, 0]], 0.7) // [0, 2, 1]
 * ```
 */
export function mmrOrder(salience: readonly number[], similarity: readonly (readonly number[])[], lambda: number): number[] {
  const n = salience.length
  const taken: number[] = []
  const closest = new Array<number>(n).fill(0)
  const free = new Set(salience.keys())
  while (free.size > 0) {
    let best = -1
    let bestScore = -Infinity
    for (const i of free) {
      const score = lambda * salience[i]! - (1 - lambda) * closest[i]!
      if (score > bestScore) [best, bestScore] = [i, score]
    }
    taken.push(best)
    free.delete(best)
    for (const i of free) closest[i] = Math.max(closest[i]!, similarity[best]![i]!)
  }
  return taken
}
