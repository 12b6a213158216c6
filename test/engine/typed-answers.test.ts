/**
 * Typed answers the build's span types alone would miss: a bare figure read as a count answers
 * "when" (and one read as a year answers "how many"); a date of the unit asked; a range of dates.
 */
import { describe, expect, it } from 'vitest'
import { dateSpans } from '../../src/engine/entities/dates'
import { engineFrom } from '../helpers/engine'

const ARTICLE = {
  name: 'duchy.txt',
  content: [
    'The duchy, which began in 911 as a small fief, was ruled from the city of Rouen.',
    'Is there a route of at most 2000 kilometres through the largest cities?',
  ].join('\n\n'),
}

describe('typed answers', () => {
  it("does not answer a question about someone's relative with that person's own role", () => {
    const engine = engineFrom([{ name: 'emma.txt', content: 'Ties grew through the marriage of Emma, sister of Duke Richard of Rouen, and King Ethelred of England, whose brother was a monk.' }], { abstainBelow: 0 })
    const answer = engine.ask({ question: "Who was Emma's brother?" }).answer
    expect(answer?.text).toBeDefined()
    expect(answer?.text).not.toContain('sister')
  })

  it('answers a when-question with a bare three-digit figure', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'When did the duchy begin?' }).answer?.text).toBe('911')
  })

  it('answers a how-many question with a figure the build read as a year', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How many kilometres long is the route?' }).answer?.text).toContain('2000')
  })

  it('answers a who-question with an organisation when the sentence names no one', () => {
    const engine = engineFrom([{ name: 'nds.txt', content: 'BSkyB utilises the VideoGuard pay-TV scrambling system owned by NDS, a Cisco Systems company.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who is VideoGuard owned by?' }).answer?.text).toBe('NDS')
  })

  it('answers a question for a month, a weekday or a century with a date of that unit', () => {
    const content = 'Under the Scotland Act 1998, general elections are held on the first Thursday in May every four years. The first hall was built in the 17th century, in 1696.'
    const engine = engineFrom([{ name: 'elections.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What month are general elections held in?' }).answer?.text).toBe('May')
    expect(engine.ask({ question: 'What day of the week are general elections held?' }).answer?.text).toBe('Thursday')
    expect(engine.ask({ question: 'In what century was the first hall built?' }).answer?.text).toContain('17th century')
  })

  it('answers when something went on with the whole range, and when it began with its first date', () => {
    const content = 'The wars of religion were fought from 1562 to 1598. Elections were held in 1999, 2003 and 2007.'
    expect(dateSpans(content).filter((s) => s.range).map((s) => [content.slice(s.start, s.end), s.normalized])).toEqual([['from 1562 to 1598', '1562/1598']])
    const engine = engineFrom([{ name: 'wars.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'When were the wars of religion fought?' }).answer?.text).toBe('from 1562 to 1598')
    expect(engine.ask({ question: 'When did the wars of religion begin?' }).answer?.text).toBe('1562')
  })

  it('reads the part of a century with the century', () => {
    const content = 'Mechlin lace developed in the first half of the eighteenth century.'
    expect(dateSpans(content).map((s) => content.slice(s.start, s.end))).toEqual(['the first half of the eighteenth century'])
  })

  it('answers a time-of-day question with a part of the day, and a when-question with a date before it', () => {
    const content = 'The reformed habitually gathered at night in Tours. On 3 May 1560, in the early morning, the troops arrived.'
    const engine = engineFrom([{ name: 'tours.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What time of day did the reformed gather?' }).answer?.text).toBe('at night')
    expect(engine.ask({ question: 'When did the troops arrive?' }).answer?.text).toBe('3 May 1560')
  })
})
