/**
 * @module
 * The seed question set (test/fixtures/seed-questions.json) as eval questions. No Node APIs:
 * the seed regression test imports it inside workerd.
 */
import type { EvalQuestion } from './metrics'

/** The fixture's shape. */
export interface SeedFixture {
  document: string
  questions: {
    id: string
    /** direct, paraphrase, misspelt or unanswerable. */
    kind: string
    question: string
    answers: string[]
    paragraph: number | null
  }[]
}

/**
 * The fixture's questions, each asked of the fixture's document.
 *
 * @example
 * ```ts
 * seedQuestions(fixture).filter((q) => q.answers.length === 0).length // unanswerable questions
 * ```
 */
export function seedQuestions(fixture: SeedFixture): EvalQuestion[] {
  return fixture.questions.map((q) => ({ id: q.id, question: q.question, doc: fixture.document, answers: q.answers, paragraph: q.paragraph, kind: q.kind }))
}
