/**
 * Lists join whole members: a name holding a part of its own ("William of Volpiano" holds
 * "Volpiano") is a member, and a list ends at the member after "and" or "or". Members of one kind
 * ("the X problem, the Y problem and the Z problem") answer alike, the first named first.
 */
import { describe, expect, it } from 'vitest'
import { listsOf } from '../../src/engine/answer/lists'
import { engineFrom } from '../helpers/engine'

describe('list members', () => {
  it('joins names with "of" whole and ends after the member that follows "and"', () => {
    const text = 'William of Volpiano and John of Ravenna, the system'
    const lists = listsOf(text, [
      { start: 0, end: 19, score: 0.8 }, // William of Volpiano
      { start: 11, end: 19, score: 0.1 }, // Volpiano (a part)
      { start: 24, end: 39, score: 0.7 }, // John of Ravenna
      { start: 41, end: 51, score: 0.1 }, // the system
    ])
    expect(lists.map((l) => text.slice(l.start, l.end))).toEqual(['William of Volpiano and John of Ravenna'])
  })

  it('answers "who were the two…" with both names', () => {
    const engine = engineFrom([{ name: 'abbey.txt', content: 'The abbey grew famous for music. At Fécamp, under two Italian abbots, William of Volpiano and John of Ravenna, the system of denoting notes by letters was developed.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who were the two abbots at Fécamp?' }).answer?.text).toBe('William of Volpiano and John of Ravenna')
  })

  it('answers "an example of" with the first of parallel members, however near the question\'s words the last stands', () => {
    const content = 'Karp listed many hard problems, such as the knapsack problem, the clique problem and the vertex cover problem studied by Karp in 1972. Some problems are easy.'
    const engine = engineFrom([{ name: 'hard.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is an example of a hard problem studied by Karp?' }).answer?.text).toBe('knapsack problem')
  })

  it('keeps members of different kinds apart ("upper and lower bounds" is no list of bounds)', () => {
    const content = 'One proves upper and lower bounds on the running time. The lower bound is often the harder one to establish.'
    const engine = engineFrom([{ name: 'bounds.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is the harder bound to establish?' }).answer?.text).not.toBe('upper')
  })
})
