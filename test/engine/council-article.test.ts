/**
 * A local-news article of the kind deployers drop into `content/`, and the questions a reader asks
 * of it: each case here was answered wrongly before the rule it names (session 9).
 */
import { describe, expect, it } from 'vitest'
import { askedDimension } from '../../src/engine/answer/dimensions'
import { countReach } from '../../src/engine/answer/figure-context'
import { restatedName } from '../../src/engine/answer/conversions'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { splitSentences } from '../../src/engine/text/sentences'
import { contentWords } from '../../src/engine/answer/words'
import { engineFrom, markdownArticle, onePassage } from '../helpers/engine'

const TRAM = markdownArticle('tram.md', { title: 'City council approves new tram line', date: '2026-11-03' }, [
  'The Riverton city council voted 7-2 on Tuesday to approve a new tram line linking the central station with the university campus, ending two years of debate over the project.',
  'The line will be 8.4 kilometres long and is expected to cost €310 million. Construction is due to begin in March 2027 and the first trams should run by late 2029.',
  'Mayor Helen Okafor, who campaigned on the project, called the vote "a turning point for the city".',
  'Opponents, led by councillor Mark Driscoll, argued that the money would be better spent on buses.',
  'The tram will have 14 stops, including one at the Riverton General Hospital. The city\'s transport agency, Riverton Mobility (RM), will operate the line.',
])

const answerOf = (question: string) => engineFrom([TRAM], { abstainBelow: 0 }).ask({ question }).answer?.text

describe('a local-news article', () => {
  it('reads "How long will X be?" as a length or a time, "How long will it take?" as a time', () => {
    expect(askedDimension('How long will the line be?')).toBe('length-or-time')
    expect(askedDimension('How long will the works take?')).toBe('time')
    expect(answerOf('How long will the line be?')).toBe('8.4 kilometres')
  })

  it('takes the date in the clause of the question\'s words, not the one across "and the"', () => {
    expect(answerOf('When will the first trams run?')).toBe('by late 2029')
    expect(answerOf('When will construction begin?')).toBe('March 2027')
  })

  it('answers "What did X call Y?" with the quotation after "called Y"', () => {
    expect(answerOf('What did the mayor call the vote?')).toBe('a turning point for the city')
  })

  it('reads a stranded preposition past a closing adverb ("on instead?")', () => {
    expect(answerOf('What did opponents want to spend the money on instead?')).toBe('buses')
  })

  it('answers with the name an acronym in brackets restates, and with the acronym when asked for it', () => {
    const text = 'The Center for European Policy Analysis (CEPA) met. Riverton Mobility (RM) will run it.'
    expect(restatedName(text, 41, 45)).toEqual({ start: 4, end: 39 })
    expect(restatedName(text, 71, 73)).toEqual({ start: 52, end: 69 })
    expect(restatedName('It met (in Riga) in May.', 11, 15)).toBeUndefined()
    expect(answerOf('Who will operate the line?')).toBe('Riverton Mobility')
    expect(answerOf('What is Riverton Mobility abbreviated as?')).toBe('RM')
  })

  it('does not read a title word inside an institution\'s name as a person\'s title', () => {
    const text = 'The tram will stop at the Riverton General Hospital and at General Motors.'
    const spans = extractSpans(text, splitSentences(text))
    expect(spans.filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end))).toEqual([])
  })

  it('ends a count\'s phrase at a preposition other than "of"', () => {
    const { passage } = onePassage('The council voted 7-2 on Tuesday to approve a new tram line, and two of the new trams are ready.')
    const words = contentWords(passage, passage.sentences[0]!)
    const at = (term: string) => words.findIndex((w) => w.term === term)
    // "2 on Tuesday to approve a new tram": the vote does not count trams.
    expect(countReach(passage.text, words, at('2'), 'tram')).toBe(at('2'))
    // "two of the new trams" does.
    expect(countReach(passage.text, words, at('two'), 'tram')).toBe(words.findLastIndex((w) => w.term === 'tram'))
  })

  it('answers "What colour…?" with the colours the text names, and abstains when it names none', () => {
    const painted = markdownArticle('paint.md', { title: 'Tram livery', date: '2026-11-04' }, ['The new trams will be painted dark green and cream, the city said.'])
    expect(engineFrom([painted], { abstainBelow: 0 }).ask({ question: 'What colour will the trams be?' }).answer?.text).toBe('dark green and cream')
    const { answer, abstention } = engineFrom([TRAM], { abstainBelow: 0 }).ask({ question: 'What colour will the trams be?' })
    expect(answer).toBeNull()
    expect(abstention?.code).toBe('no-candidate')
  })
})
