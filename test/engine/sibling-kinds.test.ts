/**
 * A phrase naming the question's focus with another modifier ("upper house" for "the lower house")
 * is a sibling kind and earns no bonus for holding the focus.
 */
import { describe, expect, it } from 'vitest'
import { sentenceCandidates } from '../../src/engine/answer/candidates'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { onePassage } from '../helpers/engine'

const SENTENCE = 'At city level, the Parliament of Orm consists of the Civic Assembly (the lower house) and the Civic Senate (the upper house).'

/** The texts of the sentence's candidates for `question`, best first. */
function ranked(question: string): string[] {
  const passage = onePassage(SENTENCE).passage
  return sentenceCandidates(passage, 0, analyzeQuestion(question)).map((c) => passage.text.slice(c.start, c.end))
}

describe('sibling kinds', () => {
  it('does not put the other kind first when the question modifies its focus', () => {
    const order = ranked('What is the lower house of the Orm parliament called?')
    expect(order.indexOf('upper house')).toBeGreaterThan(order.indexOf('Civic Assembly'))
  })

  it('keeps the bonus when the question asks for a kind or another one', () => {
    expect(ranked('What type of house is the Civic Senate?')[0]).toBe('upper house')
    expect(ranked('What other house is there besides the lower house?')[0]).toBe('upper house')
  })
})
