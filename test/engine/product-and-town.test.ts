/**
 * A product launch and a town guide: prices in two currencies for two versions, a reduced passive
 * ("the Corn Exchange, designed by …") and a verb used without an object ("the tradition began in
 * the 1740s") (session 10).
 */
import { describe, expect, it } from 'vitest'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom, markdownArticle } from '../helpers/engine'

const LAUNCH = markdownArticle('launch.md', { title: 'Brightwell launches the Aero 14', date: '2026-11-09' }, [
  'Brightwell Systems on Tuesday announced the Aero 14, a thin-and-light laptop. The base model will cost $1,099 in the US and €1,199 in the eurozone, while a higher-specification version will sell for $1,499 (€1,629).',
  'Brightwell claims the laptop will last up to 22 hours on a single charge when playing locally stored video.',
])

const TOWN = markdownArticle('town.md', { title: 'Wrenfield, a market town', date: '2026-11-09' }, [
  'Other sights include the Church of St Colm, whose tower was rebuilt in 1862, and the Corn Exchange, designed by the architect Frederick Hale and opened in 1879.',
  'Wrenfield\'s clockmaking tradition began in the 1740s, when a Huguenot craftsman, Pierre Delacroix, settled in the town after fleeing France.',
])

describe('a product launch', () => {
  it('binds a price to the question\'s country when the text writes its acronym ("US" for "United States")', () => {
    expect(engineFrom([LAUNCH]).ask({ question: 'How much will the base model cost in the United States?' }).answer?.text).toBe('$1,099')
  })

  it('reads "What will X cost?" as a money question, and "in euros" as the currency wanted', () => {
    expect(analyzeQuestion('What will the base model cost in euros?').type).toBe('money')
    expect(analyzeQuestion('What did the bridge cost?').type).toBe('money')
    expect(engineFrom([LAUNCH]).ask({ question: 'What will the base model cost in euros?' }).answer?.text).toBe('€1,199')
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

  it('finds no swapped roles in a verb used without an object', () => {
    expect(engineFrom([TOWN]).ask({ question: 'Who began the clockmaking tradition in Wrenfield?' }).answer?.text).toBe('Pierre Delacroix')
  })
})
