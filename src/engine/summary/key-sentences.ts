/**
 * @module
 * The key-sentence ranker. Each step picks the sentence that best combines
 * - coverage: the weight of the document's concepts it adds that no chosen sentence holds yet —
 *   content words weighted by how many sentences repeat them (a centroid view of centrality),
 *   and hard facts (figures and dates) weighted high, per word so long sentences don't win by size;
 * - TextRank centrality over TF-IDF cosine similarity;
 * - a position prior, because news puts the essentials first (the first sentence goes first);
 * minus an MMR penalty for resembling a chosen sentence. Greedy, so every prefix of the order is
 * the pick for its length and the order can be stored once at build time. Build-time code.
 */
import { textRank } from './centrality'
import { similarityMatrix, termsOf, tfidfVectors } from './similarity'

/** One sentence to rank. */
export interface KeySentenceInput {
  text: string
  /** Ids of the figures and dates the sentence states (e.g. their normalised values). */
  facts?: readonly string[]
}

/** Ranker settings; the defaults are what the build uses (measured with `npm run eval -- --summaries`). */
export interface KeySentenceOptions {
  /** Weight of the position prior, in [0, 1]. Default 0.3. */
  positionWeight?: number
  /** Sentences in which the position prior halves: prior(i) = 1 / (1 + i / halfLife). Default 3. */
  positionHalfLife?: number
  /** Weight of TextRank centrality, in [0, 1]; coverage gets 1 − position − TextRank. Default 0.2. */
  textRankWeight?: number
  /** What one figure or date is worth, in sentences-that-repeat-a-word. Default 12. */
  factWeight?: number
  /** MMR penalty per unit of cosine similarity to the closest chosen sentence. Default 0.1. */
  redundancyPenalty?: number
  /** Sentences shorter than this many words (captions, "Scroll down for video") are damped. Default 6. */
  minWords?: number
  /**
   * Take the first sentence first, unless it is short: a news lead, or an encyclopedia's defining
   * sentence, belongs in any summary. Default true.
   */
  leadFirst?: boolean
}

/** What the ranker stores per sentence. */
export interface KeySentenceRanking {
  /** Salience of each sentence before any is chosen, in [0, 1] (1 for the most salient). */
  salience: number[]
  /** Sentence indices in pick order: the first N are the N-sentence summary. */
  order: number[]
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

/** Sentences ordered greedily; a summary is at most 10 sentences or 500 words, so 60 is ample. */
const GREEDY_PICKS = 60

/**
 * Ranks the sentences of one document (in document order).
 *
 * @example
 * ```ts
 * const sentences = [{ text: 'NATO wants more shells for Ukraine.' }, { text: 'Ukraine fires 6,000 shells a day.', facts: ['6000'] }]
 * rankKeySentences(sentences).order // [0, 1]: the lead goes first
 * rankKeySentences(sentences, { leadFirst: false }).order // [1, 0]: the figure makes the second more informative
 * ```
 */
export function rankKeySentences(sentences: readonly KeySentenceInput[], options: KeySentenceOptions = {}): KeySentenceRanking {
  const {
    positionWeight = 0.3, positionHalfLife = 3, textRankWeight = 0.2, factWeight = 12, redundancyPenalty = 0.1, minWords = 6,
    leadFirst = true,
  } = options
  const n = sentences.length
  if (n === 0) return { salience: [], order: [] }
  const texts = sentences.map((s) => s.text)
  const similarity = similarityMatrix(tfidfVectors(texts))
  const centrality = scaleToMax(textRank(similarity))
  const concepts = sentences.map((s) => [...termsOf(s.text), ...(s.facts ?? []).map((f) => `#${f}`)])
  const spread = new Map<string, number>()
  for (const list of concepts) for (const c of new Set(list)) spread.set(c, (spread.get(c) ?? 0) + 1)
  // A word only one sentence uses says nothing about what the document is about.
  const weight = (c: string) => (c.startsWith('#') ? factWeight : spread.get(c)! >= 2 ? spread.get(c)! : 0)
  const words = texts.map(wordCount)
  const lengths = words.map((w) => Math.max(8, w))
  const coverageWeight = 1 - positionWeight - textRankWeight

  const covered = new Set<string>()
  const closest = new Array<number>(n).fill(0)
  const free = new Set(sentences.keys())
  const order: number[] = []
  let salience: number[] = []
  while (free.size > 0 && order.length < GREEDY_PICKS) {
    const gains = new Map<number, number>()
    for (const i of free) gains.set(i, concepts[i]!.reduce((sum, c) => (covered.has(c) ? sum : sum + weight(c)), 0) / lengths[i]!)
    const topGain = Math.max(...gains.values())
    const scores = new Map<number, number>()
    for (const i of free) {
      const gain = topGain > 0 ? gains.get(i)! / topGain : 0
      let score = coverageWeight * gain + textRankWeight * centrality[i]! + positionWeight / (1 + i / positionHalfLife)
      if (words[i]! < minWords) score *= 0.25
      scores.set(i, score - redundancyPenalty * closest[i]!)
    }
    if (order.length === 0) salience = scaleToMax(texts.map((_, i) => scores.get(i)!))
    const lead = order.length === 0 && leadFirst && words[0]! >= minWords
    const best = lead ? 0 : [...scores.entries()].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a))[0]
    order.push(best)
    free.delete(best)
    for (const c of concepts[best]!) covered.add(c)
    for (const i of free) closest[i] = Math.max(closest[i]!, similarity[best]![i]!)
  }
  // Past the greedy picks no budget reaches; the rest follow by salience, keeping the build linear.
  order.push(...[...free].sort((a, b) => salience[b]! - salience[a]! || a - b))
  return { salience, order }
}

/** Divides by the maximum so the best scores 1 (all zeros stay zeros). */
function scaleToMax(values: readonly number[]): number[] {
  const top = Math.max(0, ...values)
  return values.map((v) => (top > 0 ? Math.max(0, v) / top : 0))
}
