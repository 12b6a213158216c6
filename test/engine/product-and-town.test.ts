/**
 * A product launch and a town guide: prices in two currencies for two versions, a reduced passive
 * ("the Corn Exchange, designed by …"), a verb used without an object ("the tradition began in
 * the 1740s") and reasons told without "because" (session 10).
 */
import { describe, expect, it } from 'vitest'
import { clauseAnswer } from '../../src/engine/answer/clauses'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom, markdownArticle } from '../helpers/engine'

const LAUNCH = markdownArticle('launch.md', { title: 'Brightwell launches the Aero 14', date: '2026-11-09' }, [
  'Brightwell Systems on Tuesday announced the Aero 14, a thin-and-light laptop. The base model will cost $1,099 in the US and €1,199 in the eurozone, while a higher-specification version will sell for $1,499 (€1,629).',
  'Brightwell claims the laptop will last up to 22 hours on a single charge when playing locally stored video.',
  'The Aero 14 is about 15 per cent lighter than its predecessor, the Aero 13, which was launched two years ago.',
])

const TOWN = markdownArticle('town.md', { title: 'Wrenfield, a market town', date: '2026-11-09' }, [
  'Other sights include the Church of St Colm, whose tower was rebuilt in 1862, and the Corn Exchange, designed by the architect Frederick Hale and opened in 1879.',
  'Wrenfield\'s clockmaking tradition began in the 1740s, when a Huguenot craftsman, Pierre Delacroix, settled in the town after fleeing France.',
  'The town was founded in 1214, when monks from the Abbey of St Colm built a mill on the river to grind grain for their community.',
  'In his later years the mayor suffered from bronchitis, and on his doctor\'s advice he moved to Torquay in 1874.',
])

describe('a product launch', () => {
  it('does not count "located" as a word the text must say (session 11)', () => {
    const ports = markdownArticle('ports.md', { title: 'Aero 14 ports', date: '2026-11-09' }, ['Each machine has two USB-C ports and a fingerprint reader built into the power button.'])
    const result = engineFrom([ports]).ask({ question: 'Where is the fingerprint sensor located?' })
    expect(result.abstention?.code).not.toBe('missing-terms')
    expect(result.answer?.sentence ?? result.abstention?.closest?.sentence).toContain('fingerprint reader built into the power button')
  })

  it('binds a price to the question\'s country when the text writes its acronym ("US" for "United States")', () => {
    expect(engineFrom([LAUNCH]).ask({ question: 'How much will the base model cost in the United States?' }).answer?.text).toBe('$1,099')
  })

  it('reads "What will X cost?" as a money question, and "in euros" as the currency wanted', () => {
    expect(analyzeQuestion('What will the base model cost in euros?').type).toBe('money')
    expect(analyzeQuestion('What did the bridge cost?').type).toBe('money')
    expect(engineFrom([LAUNCH]).ask({ question: 'What will the base model cost in euros?' }).answer?.text).toBe('€1,199')
  })
})

describe('a product launch, dated back from the article', () => {
  it('reads "two years ago" as a date counted back from the article\'s date, and "launched" as "released"', () => {
    const text = 'It was launched two years ago, three days ago, a decade ago, 22,000 years ago.'
    const dates = extractSpans(text, splitSentences(text), { date: '2026-11-09' }).filter((s) => s.type === 'date').map((s) => [text.slice(s.start, s.end), s.normalized])
    expect(dates).toEqual([['two years ago', '2024'], ['three days ago', '2026-11-06'], ['a decade ago', '2016'], ['22,000 years ago', undefined]])
    expect(engineFrom([LAUNCH]).ask({ question: 'When was the Aero 13 released?' }).answer?.text).toBe('two years ago')
  })
})

describe('a town guide', () => {
  it('answers who designed a building from a reduced passive, and not for the building before it', () => {
    const engine = engineFrom([TOWN])
    expect(engine.ask({ question: 'Who designed the Corn Exchange?' }).answer?.text).toBe('Frederick Hale')
    const { answer, abstention } = engine.ask({ question: 'Who designed the Church of St Colm?' })
    expect(answer).toBeNull()
    expect(abstention?.code).toBe('object-differs')
  })

  it('answers why with a purpose, a cause told as what came first, or the advice followed', () => {
    const cause = 'It was rebuilt in 1862 after being struck by lightning.'
    const found = clauseAnswer('reason', cause)!
    expect(cause.slice(found.start, found.end)).toBe('after being struck by lightning')
    // A stated reason comes before the weaker signs.
    const stated = 'It closed after the flood because the owners retired.'
    const clause = clauseAnswer('reason', stated)!
    expect(stated.slice(clause.start, clause.end)).toBe('the owners retired')
    // "In response to X" states a cause as surely as "because of X".
    const response = 'In response to American aid to Israel, on October 16, 1973, OPEC raised the posted price.'
    const answered = clauseAnswer('reason', response)!
    expect(response.slice(answered.start, answered.end)).toBe('American aid to Israel')
    const engine = engineFrom([TOWN])
    expect(engine.ask({ question: 'Why did the monks build a mill on the river?' }).answer?.text).toBe('to grind grain for their community')
    expect(engine.ask({ question: 'Why did the mayor move to Torquay?' }).answer?.text).toBe('on his doctor\'s advice')
  })

  it('finds no swapped roles in a verb used without an object', () => {
    expect(engineFrom([TOWN]).ask({ question: 'Who began the clockmaking tradition in Wrenfield?' }).answer?.text).toBe('Pierre Delacroix')
  })
})
