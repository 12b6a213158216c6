/**
 * Manner answers read off the question's verb: "How is X calculated?" → the complement the
 * sentence gives "calculated" ("as a function of…"); and a place named "Kind of Place" answers
 * "where" whole ("Battle of Hastings", not "Battle").
 */
import { describe, expect, it } from 'vitest'
import { mannerComplement } from '../../src/engine/answer/manner'
import { contentWords } from '../../src/engine/answer/words'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom, onePassage } from '../helpers/engine'

const complementIn = (question: string, text: string) => {
  const passage = onePassage(text).passage
  const s = passage.sentences[0]!
  const found = mannerComplement(analyzeQuestion(question), passage.text, contentWords(passage, s), s.end)
  return found && passage.text.slice(found.start, found.end)
}

describe('manner complements', () => {
  it('reads the complement the sentence gives the question\'s verb', () => {
    expect(complementIn('How is the time calculated?', 'The time is calculated as a function of the size of the instance.')).toBe('as a function of the size of the instance')
    expect(complementIn('How can function problems be restated?', 'Function problems can be restated as decision problems, which are simpler.')).toBe('as decision problems')
    // The verb with no complement after it, or another verb, gives none.
    expect(complementIn('How is the time calculated?', 'The time is calculated.')).toBeUndefined()
    expect(complementIn('How is the time measured?', 'The time is calculated as a function of the size.')).toBeUndefined()
  })

  it('answers a how-question with the complement', () => {
    const engine = engineFrom([{ name: 'time.txt', content: 'Complexity theory studies resources. The time required to solve a problem is calculated as a function of the size of the instance.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How is the time required to solve a problem calculated?' }).answer?.text).toBe('as a function of the size of the instance')
  })

  it('answers "where" with a battle or kingdom whole', () => {
    const engine = engineFrom([{ name: 'hastings.txt', content: 'The English army was routed in 1066. King Harold II died at the Battle of Hastings after a long fight.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Where did Harold II die?' }).answer?.text).toBe('Battle of Hastings')
  })
})
