/**
 * An answer whose clause names nothing the question asks about answers another question.
 */
import { describe, expect, it } from 'vitest'
import { detachedClause } from '../../src/engine/answer/detached-clause'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { analyzeQuery } from '../../src/engine/search/query'
import { engineFrom, onePassage } from '../helpers/engine'

const BORDER = 'The Elbow River flows through the valley. In the 9th, the river formed part of the border between Upper and Lower Marl, but in the 10th century, the valley was wholly within the kingdom.'

/** The detached clause `detachedClause` finds for `answer` in the first sentence holding it. */
function detached(content: string, question: string, answer: string): string | undefined {
  const { corpus, passage } = onePassage(content)
  const start = passage.text.indexOf(answer)
  const sentence = passage.sentences.findIndex((s) => s.start <= start && s.end >= start + answer.length)
  return detachedClause(analyzeQuestion(question), analyzeQuery(corpus, question), passage, sentence, start, start + answer.length)
}

describe('detached clauses', () => {
  it('abstains when the answer’s clause names nothing the question asks about', () => {
    const result = engineFrom([{ name: 'river.txt', content: BORDER }], { abstainBelow: 0 }).ask({ question: 'When was Upper and Lower Marl formed?' })
    expect(result.answer).toBeNull()
    expect(result.abstention?.code).toBe('clause-unrelated')
    expect(result.abstention?.reason).toContain('10th century')
  })

  it('answers from a clause that names what the question asks', () => {
    expect(engineFrom([{ name: 'river.txt', content: BORDER }], { abstainBelow: 0 }).ask({ question: 'When was the valley wholly within the kingdom?' }).answer?.text).toBe('the 10th century')
  })

  it('judges only a clause of its own, with no pronoun that may stand for the question’s subject', () => {
    const mill = 'The mill on the river was built in 1820, and in 1901 SUBJECT was destroyed by a great fire.'
    expect(detached(mill.replace('SUBJECT', 'the old warehouse'), 'When was the mill lost?', '1901')).toBe('in 1901 the old warehouse was destroyed by a great fire.')
    expect(detached(mill.replace('SUBJECT', 'it'), 'When was the mill lost?', '1901')).toBeUndefined()
    // The whole sentence is the answer's clause: nothing to tell apart.
    expect(detached('In 1901 a great fire destroyed the old warehouse.', 'When was the mill lost?', '1901')).toBeUndefined()
    // The focus counts: "river Seine" answers "what river".
    expect(detached('The duchy was small, and the county reached down to the river Seine.', 'What river bounded the march?', 'Seine')).toBeUndefined()
    expect(detached('The duchy was small, and the county reached down to the town of Seine.', 'What river bounded the march?', 'Seine')).toBe('and the county reached down to the town of Seine.'.slice(4))
  })
})
