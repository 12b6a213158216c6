/**
 * A business news article: figures dated to different years in one sentence, and money asked for
 * by its noun ("revenue") rather than "how much" (session 9).
 */
import { describe, expect, it } from 'vitest'
import { askedYears } from '../../src/engine/answer/figure-years'
import { asksForPurpose, purposesIn } from '../../src/engine/answer/purposes'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom, markdownArticle } from '../helpers/engine'

const BATTERY = markdownArticle('battery.md', { title: 'Lumora raises $85 million to expand battery plant', date: '2026-10-14' }, [
  'Lumora Energy, a battery start-up based in Gothenburg, said on Monday it had raised $85 million from investors.',
  'Lumora expects revenue of about $140 million this year, up from $52 million in 2025. The money will be used to double the capacity of its factory in Skellefteå.',
  'Analysts at the research firm BloombergNEF said sodium batteries could take 10% of the market by 2030.',
])

const answerOf = (question: string) => engineFrom([BATTERY], { abstainBelow: 0 }).ask({ question }).answer

describe('a business article', () => {
  it('asks for money when the question names revenue, profit or income', () => {
    expect(analyzeQuestion('What was Lumora\'s revenue in 2025?').type).toBe('money')
    expect(analyzeQuestion('What was the company\'s profit?').type).toBe('money')
    expect(analyzeQuestion('What is the main source of revenue?').type).toBe('other')
  })

  it('takes the figure the sentence dates to the year the question names', () => {
    expect(askedYears('What was the revenue in 2025, and in 1999?')).toEqual(['2025', '1999'])
    expect(askedYears('What share was made in the 1990s?')).toEqual(['199X'])
    const decade = engineFrom([{ name: 'power.txt', content: 'Steam turbines are used in electricity generation (in the 1990s about 90% of the world\'s electric production was by steam turbines), but gas turbines have reduced this percentage to the 80% regime.' }], { abstainBelow: 0 })
    expect(decade.ask({ question: 'What percentage of electricity was made by steam turbines in the 1990s?' }).answer?.text).toBe('about 90%')
    expect(answerOf('What was Lumora\'s revenue in 2025?')?.text).toBe('$52 million')
    expect(answerOf('How much revenue does Lumora expect this year?')?.text).toBe('about $140 million')
  })

  it('takes the name the sentence dates to the year the question names', () => {
    const engine = engineFrom([{ name: 'turbine.txt', content: 'A rudimentary steam turbine device was described by Taqi al-Din in 1551 and by Giovanni Branca in 1629.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who described a steam turbine in 1629?' }).answer?.text).toBe('Giovanni Branca')
    // "al-Din" is part of the name, not a name of its own.
    expect(engine.ask({ question: 'Who described a steam turbine in 1551?' }).answer?.text).toBe('Taqi al-Din')
  })

  it('answers "What is X?" with the description before the name', () => {
    expect(answerOf('What is BloombergNEF?')?.text).toBe('research firm')
  })

  it('answers "What is X used for?" with what follows "used to" or "used for"', () => {
    expect(asksForPurpose('What will the money be used for?')).toBe(true)
    expect(asksForPurpose('The smaller streams are used for what?')).toBe(true)
    expect(asksForPurpose('What is the money for?')).toBe(false)
    const sentence = 'The streams are used for draining the land, but not for shipping.'
    expect(purposesIn(sentence).map((n) => sentence.slice(n.start, n.end))).toEqual(['draining the land'])
    expect(answerOf('What will the money be used for?')?.text).toBe('to double the capacity of its factory in Skellefteå')
  })
})
