/**
 * The eval metrics (scripts/eval/metrics.ts) against the official SQuAD definitions.
 */
import { describe, expect, it } from 'vitest'
import { aggregate, calibration, containsAnswer, normalizeAnswer, scoreQuestion, spanScores, tokenF1, type EvalQuestion } from '../../scripts/eval/metrics'

const q = (answers: string[], paragraph: number | null = answers.length ? 0 : null): EvalQuestion => ({ id: 'x', question: '?', doc: 'd', answers, paragraph })

describe('SQuAD normalisation and scores', () => {
  it('lower-cases and drops punctuation, articles and extra spaces', () => {
    expect(normalizeAnswer('The  Normans, of  an  Old "Norse" stock!')).toBe('normans of old norse stock')
  })

  it('scores token F1 and exact match with the best gold answer', () => {
    expect(tokenF1('in France', 'France')).toBeCloseTo(2 / 3)
    expect(tokenF1('Paris', 'France')).toBe(0)
    expect(spanScores('the France', ['France', 'in France'])).toEqual({ em: 1, f1: 1 })
    // Precision 1/2, recall 1/4.
    expect(spanScores('10th century', ['10th and 11th centuries']).f1).toBeCloseTo(1 / 3)
  })

  it('finds a gold answer in a sentence only on word boundaries', () => {
    expect(containsAnswer('Ukraine was firing up to 6,000 rounds daily.', ['6,000 rounds'])).toBe(true)
    expect(containsAnswer('It cost 16,000 rounds.', ['6,000 rounds'])).toBe(false)
  })
})

describe('aggregate figures', () => {
  it('counts passage@1, MRR@5, abstention and SQuAD 2.0 overall F1', () => {
    const scores = [
      scoreQuestion(q(['France']), { goldRank: 1, sentence: 'Normandy is in France.', text: 'France', confidence: 0.9 }),
      scoreQuestion(q(['Rollo']), { goldRank: 2, sentence: 'It was Rollo.', text: null }),
      scoreQuestion(q([]), { goldRank: 0, sentence: null, text: null }),
      scoreQuestion(q([]), { goldRank: 0, sentence: 'x', text: 'x', confidence: 0.2 }),
    ]
    const f = aggregate(scores)
    expect(f).toMatchObject({ answerable: 2, unanswerable: 2, passageAt1: 0.5, mrrAt5: 0.75, exactMatch: 0.5, f1: 0.5, abstention: 0.5 })
    // Overall: F1 1 + 0 (abstained on an answerable one) + 1 (abstained) + 0 (answered an unanswerable one).
    expect(f.overallF1).toBe(0.5)
    expect(f.sentenceAccuracy).toBe(0.5)
    const rows = calibration(scores, 5)
    expect(rows[4]).toMatchObject({ answers: 1, f1: 1 })
    expect(rows[1]).toMatchObject({ answers: 1, answerable: 0, f1: 0 })
  })
})
