/**
 * Direction questions are answered by a compass word, not by a phrase that names the direction
 * ("the overall direction of the Rhine"); "in what way" stays a manner question.
 */
import { describe, expect, it } from 'vitest'
import { asksForDirection, directionsIn } from '../../src/engine/answer/directions'
import { engineFrom } from '../helpers/engine'

const RIVER = {
  name: 'river.txt',
  content: [
    'The Rhine emerges from Lake Constance, flows generally westward, as the Hochrhein, passes the Rhine Falls, and is joined by its major tributary, the river Aare.',
    'In the centre of Basel is located the "Rhine knee"; this is a major bend, where the overall direction of the Rhine changes from West to North.',
    'The Alps are part of the Great Dividing Range mountain system extending east-west through the centre of Victoria.',
  ].join('\n\n'),
}

describe('direction questions', () => {
  it('tells a direction question from a manner question', () => {
    expect(asksForDirection('Which way does the Rhine flow?')).toBe(true)
    expect(asksForDirection('In which cardinal direction from Los Angeles is San Diego?')).toBe(true)
    expect(asksForDirection('In what way is the length measured?')).toBe(false)
  })

  it('reads compass words, leaving out those the question says', () => {
    const sentence = 'It changes from West to North, then flows north-east and downstream.'
    expect(directionsIn(sentence, 'It goes from the West to what direction?').map((d) => sentence.slice(d.start, d.end))).toEqual(['North', 'north-east', 'downstream'])
  })

  it('answers with the compass word the sentence says', () => {
    const engine = engineFrom([RIVER], { abstainBelow: 0 })
    expect(engine.ask({ question: 'When the Rhine emerges from Lake Constance which way does it flow?' }).answer?.text).toBe('westward')
    expect(engine.ask({ question: 'The bend on the Rhine goes from the West to what direction?' }).answer?.text).toBe('North')
    expect(engine.ask({ question: 'In what direction does the mountain system extend?' }).answer?.text).toBe('east-west')
  })
})
