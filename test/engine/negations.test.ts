import { describe, expect, it } from 'vitest'
import { sentenceNegation } from '../../src/engine/answer/negations'
import { engineFrom } from '../helpers/engine'

describe('sentenceNegation', () => {
  it('flags a plain question whose word the sentence negates, quoting the negation', () => {
    expect(sentenceNegation('What algorithm is always practical?', 'A polynomial time algorithm is not always practical.'))
      .toEqual({ code: 'sentence-negates', reason: "the question asks what is so; the closest passage says 'not always'" })
    expect(sentenceNegation('What did the Normans have a tradition of?', "The Normans didn't have a tradition of painting.")?.code)
      .toBe('sentence-negates')
  })

  it('accepts a sentence that also says the word without the negation', () => {
    expect(sentenceNegation('What algorithm is practical?', 'A linear algorithm is practical; an exponential one is not practical.')).toBeUndefined()
  })

  it('ignores negated function words, bracketed negations, negated and conditional questions', () => {
    expect(sentenceNegation('What has definitions that prevent classification into a framework?', 'Some classes have definitions that do not fit into this framework.')).toBeUndefined()
    expect(sentenceNegation('What is a class of counting problems?', '#P is a class of counting problems (not decision problems).')).toBeUndefined()
    expect(sentenceNegation('What is not always practical?', 'A polynomial time algorithm is not always practical.')).toBeUndefined()
    expect(sentenceNegation('If P is equal to NP, what follows?', 'If the classes are not equal then P is not equal to NP.')).toBeUndefined()
  })
})

const ALGORITHMS = {
  name: 'algorithms.txt',
  content: 'A polynomial time algorithm is not always practical. Quicksort is usually fast in practice.',
}

describe('a question the sentence negates abstains', () => {
  it('abstains when the article says the opposite with "not", and answers the question it states', () => {
    const engine = engineFrom([ALGORITHMS], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What algorithm is usually fast in practice?' }).answer?.text).toBe('Quicksort')
    const result = engine.ask({ question: 'What algorithm is always practical?' })
    expect(result.answer).toBeNull()
    expect(result.abstention).toMatchObject({ code: 'sentence-negates' })
  })
})
