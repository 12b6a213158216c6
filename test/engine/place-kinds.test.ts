/**
 * "What country…?", "Which river…?": a place the build knows to be of another kind does not answer.
 */
import { describe, expect, it } from 'vitest'
import { engineFrom } from '../helpers/engine'

const RIVER = {
  name: 'river.txt',
  content: 'The Rhine begins in the Swiss Alps and eventually empties into the North Sea in the Netherlands.\n\nThe river is long.',
}

describe('kinds of place', () => {
  it('answers "what country" with a country, not a sea', () => {
    const engine = engineFrom([RIVER], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What country does the Rhine empty into?' }).answer?.text).toBe('Netherlands')
    expect(engine.ask({ question: 'What sea does the Rhine empty into?' }).answer?.text).toBe('North Sea')
  })
})
