/**
 * Rank questions answered by an ordinal, which no span type holds.
 */
import { describe, expect, it } from 'vitest'
import { asksForRank, ordinalsIn } from '../../src/engine/answer/ranks'
import { engineFrom } from '../helpers/engine'

describe('rank questions', () => {
  it('reads a rank question and the ordinals of a sentence', () => {
    expect(asksForRank('Where does Tasmania rank in Australia by product?')).toBe(true)
    expect(asksForRank('What ranking is the airport by cargo?')).toBe(true)
    expect(asksForRank('Where is the airport?')).toBe(false)
    const s = 'It is ranked second in Australia and 12th in the world.'
    expect(ordinalsIn(s).map((o) => s.slice(o.start, o.end))).toEqual(['second', '12th'])
  })

  it('answers with the ordinal nearest the question\'s words', () => {
    const engine = engineFrom([{ name: 'gsp.txt', content: "Tasmania's gross state product is ranked second in Australia, although Tasmania is ranked fourth in terms of product per capita." }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Where does Tasmania rank in Australia by gross state product?' }).answer?.text).toBe('second')
    expect(engine.ask({ question: 'Where does Tasmania rank in terms of product per capita?' }).answer?.text).toBe('fourth')
  })
})
