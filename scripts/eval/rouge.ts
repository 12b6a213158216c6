/**
 * @module
 * ROUGE F-scores with js-rouge, set up as the summarisation literature reports them
 * (ROUGE-1.5.5 with `-m`): lower-cased alphanumeric tokens, Porter-stemmed; ROUGE-L is the
 * summary-level LCS over sentences (one per line), as `rougeLsum`.
 */
import { l as rougeL, n as rougeN } from 'js-rouge'
import { stemmer } from 'stemmer'

/** ROUGE-1, ROUGE-2 and ROUGE-L F1, each in [0, 1]. */
export interface RougeScores {
  rouge1: number
  rouge2: number
  rougeL: number
}

const tokenizer = (text: string): string[] =>
  text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean).map((w) => stemmer(w))
const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '')

/**
 * Scores a candidate against a reference, both given one sentence per line.
 *
 * @example
 * ```ts
 * rouge('NATO wants more shells.', 'NATO asks for more shells.').rouge1 // ≈ 0.67
 * ```
 */
export function rouge(candidate: string, reference: string): RougeScores {
  if (tokenizer(candidate).length === 0 || tokenizer(reference).length === 0) return { rouge1: 0, rouge2: 0, rougeL: 0 }
  return {
    rouge1: rougeN(candidate, reference, { n: 1, tokenizer }),
    rouge2: rougeN(candidate, reference, { n: 2, tokenizer }),
    rougeL: rougeL(candidate, reference, { tokenizer, segmenter: lines }),
  }
}

/**
 * Averages scores.
 *
 * @example
 * ```ts
 * meanScores([{ rouge1: 0.4, rouge2: 0.2, rougeL: 0.3 }, { rouge1: 0.6, rouge2: 0.2, rougeL: 0.5 }]).rouge1 // 0.5
 * ```
 */
export function meanScores(scores: readonly RougeScores[]): RougeScores {
  const mean = (key: keyof RougeScores) => (scores.length === 0 ? 0 : scores.reduce((a, s) => a + s[key], 0) / scores.length)
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeL: mean('rougeL') }
}
