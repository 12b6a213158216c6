/**
 * "X or Y?" questions are answered by the alternative the sentence states; a yes-no question may
 * name a noun both alternatives share, and a list in a what-question ("like time or space") offers no choice.
 */
import { describe, expect, it } from 'vitest'
import { alternatives } from '../../src/engine/answer/parts'
import { engineFrom } from '../helpers/engine'

describe('alternatives', () => {
  it('reads the two alternatives of a choice question', () => {
    expect(alternatives('Is a problem instance abstract or concrete?')).toEqual(['abstract', 'concrete'])
    expect(alternatives('Is the output typically a simple or complex answer?')).toEqual(['simple', 'complex'])
    expect(alternatives('Which came first, the war or the treaty?')).toEqual(['war', 'treaty'])
  })

  it('offers none for a list inside a question or "or not"', () => {
    expect(alternatives('What defines measurements like time or space?')).toEqual([])
    expect(alternatives('What expression conveys upper or lower bounds?')).toEqual([])
    expect(alternatives('Is it true or not?')).toEqual([])
  })

  it('answers with the alternative the sentence states, before a shared noun', () => {
    const engine = engineFrom([{ name: 'problems.txt', content: 'A function problem expects a single output for every input. The output is more complex than that of a decision problem.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Is the output of a function problem characterized by a simple or complex answer?' }).answer?.text).toBe('complex')
  })
})
