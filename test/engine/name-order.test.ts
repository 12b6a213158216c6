/**
 * A question's name whose words the passage holds in another order names something else.
 */
import { describe, expect, it } from 'vitest'
import { reorderedName } from '../../src/engine/answer/name-order'
import { engineFrom } from '../helpers/engine'

describe('reordered names', () => {
  it('finds a name whose capitalised words the passage writes in another order', () => {
    expect(reorderedName('What title did Latham Milton hold?', 'In 1860 Milton Latham was elected governor.')).toEqual({ asked: 'Latham Milton', said: 'Milton Latham' })
    expect(reorderedName('How many Major Soccer League teams were there?', 'There were two Major League Soccer teams.')).toEqual({ asked: 'Major Soccer League', said: 'Major League Soccer' })
  })

  it('leaves alone names written as the passage writes them, names turned around "of", and words of two names', () => {
    expect(reorderedName('Who is Milton Latham?', 'In 1860 Milton Latham was elected governor.')).toBeUndefined()
    expect(reorderedName('Who is the President of the European Commission?', 'said European Commission President Ursula von der Leyen')).toBeUndefined()
    // "Rob Machado, Tim Curran": two names, not one reordered.
    expect(reorderedName('Who are Rob Curran and Tim Machado?', 'surfers such as Rob Machado, Tim Curran and others')).toBeUndefined()
    // A capitalised word and a later one across a verb are no name.
    expect(reorderedName('What did the California Times define?', 'the Times defined southern California twice')).toBeUndefined()
  })

  it('abstains with a reason that names both', () => {
    const engine = engineFrom([{ name: 'gov.txt', content: 'In 1860 Milton Latham was elected governor of California.\n\nHe served for five days.' }])
    const { answer, abstention } = engine.ask({ question: 'What office was Latham Milton elected to?' })
    expect(answer).toBeNull()
    expect(abstention).toMatchObject({ code: 'name-order', reason: "the passage names 'Milton Latham', not 'Latham Milton'" })
    expect(engine.ask({ question: 'What office was Milton Latham elected to?' }).answer?.text).toMatch(/governor/)
  })
})
