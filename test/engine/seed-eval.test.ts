/**
 * Regression floor for answer quality on the seed article: the seed question set
 * (test/fixtures/seed-questions.json) through the same engine and metrics as `npm run eval -- --seed`.
 * The floors are the figures measured when they were last set; raise them when quality improves.
 */
import { describe, expect, it } from 'vitest'
import { aggregate, scoreQuestion } from '../../scripts/eval/metrics'
import { engineOutcomes } from '../../scripts/eval/outcomes'
import { seedQuestions, type SeedFixture } from '../../scripts/eval/seed-set'
import fixture from '../fixtures/seed-questions.json'
import { engineFrom } from '../helpers/engine'

/** Measured with `npm run eval -- --seed` (see README, Evaluation). */
const FLOORS = { passageAt1: 1, sentenceAccuracy: 1, f1: 0.9625, abstention: 1 }

describe('seed question set', () => {
  const questions = seedQuestions(fixture as SeedFixture)
  const figures = aggregate(engineOutcomes(engineFrom(), questions).map((o, i) => scoreQuestion(questions[i]!, o)))

  it('has at least 40 questions, 8 of them unanswerable', () => {
    expect(figures.questions).toBeGreaterThanOrEqual(40)
    expect(figures.unanswerable).toBeGreaterThanOrEqual(8)
  })

  it('has gold answers that are exact spans of their gold paragraph', () => {
    const paragraphs = engineFrom().document(fixture.document).paragraphs
    for (const q of questions) {
      for (const answer of q.answers) expect(paragraphs[q.paragraph!]?.text, `${q.id}: ${answer}`).toContain(answer)
    }
  })

  it('ranks the gold paragraph first', () => {
    expect(figures.passageAt1).toBeGreaterThanOrEqual(FLOORS.passageAt1)
  })

  it('answers from a sentence holding a gold answer', () => {
    expect(figures.sentenceAccuracy).toBeGreaterThanOrEqual(FLOORS.sentenceAccuracy)
  })

  it('extracts the answer span', () => {
    expect(figures.f1).toBeGreaterThanOrEqual(FLOORS.f1)
  })

  it('abstains on questions the article cannot answer', () => {
    expect(figures.abstention).toBeGreaterThanOrEqual(FLOORS.abstention)
  })
})
