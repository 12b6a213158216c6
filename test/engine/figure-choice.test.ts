/**
 * Which figure of a sentence answers: the one standing by the question's rarer words, the one a
 * count's own phrase describes.
 */
import { describe, expect, it } from 'vitest'
import { engineFrom } from '../helpers/engine'

const STATE = {
  name: 'state.txt',
  content: [
    'Tasmania is an island state of Australia, and Tasmania has its own parliament.',
    'Politically, Tasmania has 5 seats in the House of Representatives and 12 seats in the Senate.',
    'Tasmania has 3 public universities and 12 private colleges, most of them in Hobart.',
    'The state runs 4 University of Tasmania campuses and 9 Tasmanian Polytechnic campuses.',
  ].join('\n\n'),
}

describe('figure choice', () => {
  it('answers with the count that stands by the rarer question word', () => {
    const engine = engineFrom([STATE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How many seats does Tasmania have in the Senate?' }).answer?.text).toBe('12 seats')
    expect(engine.ask({ question: 'How many seats does Tasmania have in the House of Representatives?' }).answer?.text).toBe('5 seats')
  })

  it('reads the words between a count and the noun it counts as describing that count', () => {
    const engine = engineFrom([STATE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How many campuses does the Tasmanian Polytechnic have?' }).answer?.text).toBe('9')
    expect(engine.ask({ question: 'How many campuses does the University of Tasmania have?' }).answer?.text).toBe('4')
  })
})
