/**
 * Which figure of a sentence answers: the one standing by the question's rarer words, the one a
 * count's own phrase describes.
 */
import { describe, expect, it } from 'vitest'
import { engineFrom, onePassage } from '../helpers/engine'
import { sentenceCandidates } from '../../src/engine/answer/candidates'
import { analyzeQuestion } from '../../src/engine/question/analyze'

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

  it('does not answer a count with the count of another thing the question names', () => {
    const engine = engineFrom([{ name: 'votes.txt', content: 'The State of Tasmania was divided into eight electorates with each electorate represented by five representatives elected by vote.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How many representatives does each electorate have?' }).answer?.text).toBe('five representatives')
  })

  it('reads the words between a count and the noun it counts as describing that count', () => {
    const engine = engineFrom([STATE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How many campuses does the Tasmanian Polytechnic have?' }).answer?.text).toBe('9')
    expect(engine.ask({ question: 'How many campuses does the University of Tasmania have?' }).answer?.text).toBe('4')
  })

  it('answers with the figure a sentence states, not its conversion in brackets, unless the question asks for that unit', () => {
    const engine = engineFrom([{ name: 'farms.txt', content: 'More than 26,000 square kilometres (10,000 sq mi) of farmland are sown for grain.\n\nThe alpine areas rise to almost 2,000 m (6,600 ft) above the sea.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How much farmland is sown for grain?' }).answer?.text).toBe('More than 26,000 square kilometres')
    expect(engine.ask({ question: 'How high do the alpine areas rise?' }).answer?.text).toBe('almost 2,000 m')
    expect(engine.ask({ question: 'How many ft do the alpine areas rise?' }).answer?.text).toBe('6,600 ft')
  })

  it('reads money with a scale letter or as a range', () => {
    const engine = engineFrom([{ name: 'rights.txt', content: 'BSkyB paid £304m for the league rights in 1992.\n\nAccess to the guide costs a fee ranging from £15–100,000.' }], { abstainBelow: 0 })
    const paid = engine.ask({ question: 'How much did BSkyB pay for the league rights?' }).answer
    expect(paid?.text).toBe('£304m')
    expect(paid?.normalized).toBe('304000000 GBP')
    const fee = engine.ask({ question: 'How much is the fee for access to the guide?' }).answer
    expect(fee?.text).toBe('£15–100,000')
    expect(fee?.normalized).toBe('15–100000 GBP')
  })

  it('answers "How wide/long…?" with the figure the sentence says is that wide, or the width of', () => {
    const engine = engineFrom([{ name: 'plain.txt', content: 'The river flows north through the Upper Plain, which is about 300 km long and up to 40 km wide.\n\nNear the border the river has a mean discharge of 2,290 m3/s and an average width of 400 m.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How wide is the Upper Plain?' }).answer?.text).toBe('up to 40 km')
    expect(engine.ask({ question: 'How long is the Upper Plain?' }).answer?.text).toBe('about 300 km')
    expect(engine.ask({ question: 'What is the average width of the river near the border?' }).answer?.text).toBe('400 m')
  })

  it('does not answer a figure question with a name its "known as" describes', () => {
    const passage = onePassage('It flows through a wide glacial alpine valley known as the Rhine Valley (German: Rheintal).').passage
    const texts = (question: string) => sentenceCandidates(passage, 0, analyzeQuestion(question)).map((c) => passage.text.slice(c.start, c.end))
    // The text gives no width: the name after "known as" does not stand in for one…
    expect(texts('How wide is the glacial alpine valley known as the Rhine Valley?')).not.toContain('Rhine Valley')
    // …while a question for a name reads it.
    expect(texts('What is the glacial alpine valley known as?')).toContain('Rhine Valley')
  })
})
