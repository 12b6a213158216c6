/**
 * A question ending on its preposition asks for that preposition's object, as the sentence uses
 * it after the question's words.
 */
import { describe, expect, it } from 'vitest'
import { strandedSlotOf } from '../../src/engine/answer/stranded-prepositions'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom, onePassage } from '../helpers/engine'

/** The spans of `sentence` (its first passage's first sentence) that the slot marks, from a list of phrases. */
function marked(sentence: string, question: string, phrases: readonly string[]): string[] {
  const passage = onePassage(sentence).passage
  const s = passage.sentences[0]!
  const slot = strandedSlotOf(passage, s, analyzeQuestion(question))
  return phrases.filter((p) => {
    const start = passage.text.indexOf(p)
    return slot(start, start + p.length) === 1
  })
}

describe('stranded prepositions', () => {
  const park = 'The estate is bounded in the north by the Elm Road and in the south by a disused railway line.'

  it('marks the object of the use that follows the question’s words', () => {
    expect(marked(park, 'What is the estate bounded in the south by?', ['Elm Road', 'disused railway line'])).toEqual(['disused railway line'])
    expect(marked(park, 'What is the estate bounded in the north by?', ['Elm Road', 'disused railway line'])).toEqual(['Elm Road'])
  })

  it('keeps a coordination whole and stops at punctuation', () => {
    const s = 'The old quarter is known for its narrow streets and painted houses, which draw visitors.'
    expect(marked(s, 'What is the old quarter known for?', ['narrow streets', 'painted houses', 'visitors'])).toEqual(['narrow streets', 'painted houses'])
  })

  it('does not read across a comma or without the question’s last word', () => {
    const s = 'The receivers are DVB-compliant, with the Orbit channels offering surround sound.'
    expect(marked(s, 'What are the receivers compliant with?', ['Orbit channels'])).toEqual([])
    expect(marked(park, 'What is the estate named after?', ['Elm Road'])).toEqual([])
    expect(marked(park, 'What is the estate bounded by in the south?', ['Elm Road', 'disused railway line'])).toEqual([])
  })

  it('answers with the object', () => {
    const engine = engineFrom([{ name: 'town.txt', content: `${park}\n\nThe canal, dug in 1870 by the Harbour Company, runs parallel to the Mill River for most of its course.` }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is the estate bounded in the south by?' }).answer?.text).toMatch(/disused railway line$/)
    expect(engine.ask({ question: 'What does the canal run parallel to?' }).answer?.text).toBe('Mill River')
  })
})
