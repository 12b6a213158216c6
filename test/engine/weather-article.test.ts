/**
 * A weather news article and a reader's questions: temperatures written "41.2C", times of day in
 * words, a progressive "What was X doing?" and reported speech (session 9).
 */
import { describe, expect, it } from 'vitest'
import { askedSpeaker, reportedSpeech } from '../../src/engine/answer/reported-speech'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom, markdownArticle } from '../helpers/engine'

const HEAT = markdownArticle('heat.md', { title: 'Heatwave breaks June record', date: '2026-06-21' }, [
  'Temperatures reached 41.2C in Seville on Saturday, the highest June reading ever recorded in Spain, the state weather agency Aemet said.',
  'The previous record, 40.8C, was set in Cordoba in 2017.',
  'Two farm workers died, one of them a 56-year-old man who collapsed while harvesting melons near Almería.',
  'The government has ordered schools to close at noon and banned outdoor work between 2pm and 8pm.',
  'Dr Friederike Otto of Imperial College London said a heatwave like this one would have been "virtually impossible" without climate change.',
])

const spansOf = (text: string) => extractSpans(text, splitSentences(text)).map((s) => ({ ...s, text: text.slice(s.start, s.end) }))
const answerOf = (question: string) => engineFrom([HEAT], { abstainBelow: 0 }).ask({ question }).answer

describe('a weather article', () => {
  it('reads a temperature with its scale joined to it, but not a model\'s letter', () => {
    const spans = spansOf('It reached 41.2C, then -5 °C and 105F; the iPhone 5C was hot.')
    const figures = spans.filter((s) => s.type === 'number').map((s) => [s.text, s.normalized, s.label])
    expect(figures).toEqual([['41.2C', '41.2', '°C'], ['-5 °C', '-5', '°C'], ['105F', '105', '°F']])
    expect(answerOf('What temperature was reached in Seville?')?.text).toBe('41.2C')
  })

  it('reads noon and midnight as times of day', () => {
    const spans = spansOf('Schools close at noon and shops by midnight. Noon is a name here.')
    expect(spans.filter((s) => s.type === 'date').map((s) => [s.text, s.normalized])).toEqual([['noon', 'T12:00'], ['midnight', 'T00:00']])
    expect(answerOf('At what time must schools close?')?.text).toBe('noon')
  })

  it('reads "What was the man harvesting?" as asking for what he harvested, not for a man', () => {
    expect(analyzeQuestion('What was the man harvesting?').type).toBe('other')
    expect(analyzeQuestion('What is the tallest building?').type).not.toBe('other')
    expect(answerOf('What was the man harvesting?')?.text).toMatch(/^melons\b/)
  })

  it('answers "What did X say…?" with the clause or quotation the sentence reports', () => {
    expect(askedSpeaker('What did Otto say about the heatwave?')).toBe('Otto')
    expect(askedSpeaker('What did Otto study?')).toBeUndefined()
    const after = 'Dr Otto said a heatwave would be impossible.'
    expect(reportedSpeech(after, 'Otto').map((n) => after.slice(n.start, n.end))).toEqual(['a heatwave would be impossible'])
    const before = '"We will build it by 2029," the mayor said.'
    expect(reportedSpeech(before, 'the mayor').map((n) => before.slice(n.start, n.end))).toEqual(['We will build it by 2029'])
    expect(reportedSpeech(after, 'Smith')).toEqual([])
    // A relative clause between the speaker and "said" is passed over.
    const relative = 'Sara Lindqvist, who founded the company in 2019 with two former Volvo engineers, said demand had grown.'
    expect(reportedSpeech(relative, 'Lindqvist').map((n) => relative.slice(n.start, n.end))).toEqual(['demand had grown'])
    expect(answerOf('What did Otto say about the heatwave?')?.text).toBe('a heatwave like this one would have been "virtually impossible" without climate change')
  })

  it('answers "What is X?" with the words that describe X before its name', () => {
    expect(answerOf('What is Aemet?')?.text).toBe('state weather agency')
  })
})
