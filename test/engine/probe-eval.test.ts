/**
 * Regression floor for the probe articles (test/fixtures/probe-articles.json): five short articles
 * of the kinds a deployer uploads (a science explainer, a biography, a match report, a product
 * launch, a town guide) with 150 questions, a third of them reworded and 35 unanswerable, written
 * in session 10 by a helper that never saw the engine. The same figures as
 * `npm run eval -- --squad test/fixtures/probe-articles.json`; the floors are those measured when
 * they were last set (session 11). Raise them when quality improves.
 */
import { describe, expect, it } from 'vitest'
import { aggregate, scoreQuestion } from '../../scripts/eval/metrics'
import { engineOutcomes } from '../../scripts/eval/outcomes'
import { squadSet, type SquadFile } from '../../scripts/eval/squad-set'
import fixture from '../fixtures/probe-articles.json'
import { engineFrom } from '../helpers/engine'

/** Measured with `npm run eval -- --squad test/fixtures/probe-articles.json` (README, Evaluation). */
const FLOORS = { passageAt1: 0.9043, f1: 0.6526, abstention: 0.6857, overallF1: 0.6603 }

describe('probe articles', () => {
  const { files, questions } = squadSet(fixture as SquadFile)
  const figures = aggregate(engineOutcomes(engineFrom(files), questions).map((o, i) => scoreQuestion(questions[i]!, o)))

  it('has five articles and 150 questions, 35 of them unanswerable', () => {
    expect(files).toHaveLength(5)
    expect(figures.questions).toBe(150)
    expect(figures.unanswerable).toBe(35)
  })

  it('keeps retrieval, answers and abstention at the measured floors', () => {
    expect(figures.passageAt1).toBeGreaterThanOrEqual(FLOORS.passageAt1)
    expect(figures.f1).toBeGreaterThanOrEqual(FLOORS.f1)
    expect(figures.abstention).toBeGreaterThanOrEqual(FLOORS.abstention)
    expect(figures.overallF1).toBeGreaterThanOrEqual(FLOORS.overallF1)
  })
})
