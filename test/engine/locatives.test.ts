/**
 * "Where…?" answered by the place a locative preposition ties to the question's words.
 */
import { describe, expect, it } from 'vitest'
import { locativeTie } from '../../src/engine/answer/locatives'
import { contentWords } from '../../src/engine/answer/words'
import { engineFrom, onePassage } from '../helpers/engine'

const CANALS = 'A regulation of the river Orm was called for, with an upper canal near Oberdorf and a lower canal at Unterdorf, in order to counteract the constant flooding in the western Orm Delta.'

describe('locatives', () => {
  it('measures how much of the question stands before the preposition', () => {
    const passage = onePassage(CANALS).passage
    const words = contentWords(passage, passage.sentences[0]!)
    const tie = (place: string, asked: string[]) => {
      const start = passage.text.indexOf(place)
      return locativeTie(passage.text, words, words.findIndex((w) => w.start === start), start, new Set(asked), () => 1)
    }
    expect(tie('Unterdorf', ['lower', 'canal'])).toBe(1)
    expect(tie('Unterdorf', ['canal'])).toBe(0.5)
    expect(tie('Oberdorf', ['lower'])).toBe(0)
    // No locative preposition right before it.
    expect(tie('Orm Delta', ['western', 'flooding'])).toBe(0)
  })

  it('answers with the place tied to the question’s words', () => {
    const engine = engineFrom([{ name: 'orm.txt', content: CANALS }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Where was the Orm regulated with a lower canal?' }).answer?.text).toBe('Unterdorf')
  })
})
