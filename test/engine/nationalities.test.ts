/**
 * "What nationality was X?": the adjective of a people before a noun or name, not the phrase it opens.
 */
import { describe, expect, it } from 'vitest'
import { asksNationality, nationalitiesIn } from '../../src/engine/answer/nationalities'
import { engineFrom } from '../helpers/engine'

const slices = (text: string) => nationalitiesIn(text).map((n) => text.slice(n.start, n.end))

describe('nationalities', () => {
  it('reads which questions ask for one, and the adjectives of peoples a sentence uses', () => {
    expect(asksNationality('What nationality was Arthur Woolf?')).toBe(true)
    expect(asksNationality("What was Hero of Alexandria's nationality?")).toBe(true)
    expect(asksNationality('What did Arthur Woolf invent?')).toBe(false)
    expect(slices('It was invented by British engineer Arthur Woolf and a Greek mathematician.')).toEqual(['British', 'Greek'])
    // A name of a state or a war is no adjective of a people.
    expect(slices('The German Empire fought the Franco-Prussian War.')).toEqual([])
  })

  it('answers with the adjective, and a question that never says "nationality" in the article is not missing its terms', () => {
    const content = 'A method to lessen this was invented in 1804 by British engineer Arthur Woolf, who patented his Woolf high-pressure compound engine in 1805.'
    const engine = engineFrom([{ name: 'woolf.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What nationality was Arthur Woolf?' }).answer?.text).toBe('British')
    expect(engine.ask({ question: 'What was the nationality of Arthur Woolf?' }).answer?.text).toBe('British')
  })
})
