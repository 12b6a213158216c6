/**
 * A football match report: the score ("3-2"), clubs written in full once and then by one word
 * ("Harbour City", "City"), and a manager named as "City manager Elena Sorensen" (session 10).
 */
import { describe, expect, it } from 'vitest'
import { agentNoun } from '../../src/engine/answer/verb-forms'
import { ageOwner } from '../../src/engine/entities/ages'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom, markdownArticle } from '../helpers/engine'

const MATCH = markdownArticle('match.md', { title: 'Harbour City 3 Northgate Rovers 2', date: '2026-11-09' }, [
  'Harbour City came from behind to beat Northgate Rovers 3-2 at Marlow Park last Saturday, with substitute Kofi Mensah scoring the winner in the 88th minute in front of a crowd of 41,236. The result lifts City to second in the Premier Division table, two points behind leaders Eastbridge Athletic.',
  'City equalised in the 34th minute through captain James Whitaker, whose shot from 25 yards took a deflection off defender Sam Ellis.',
  'City manager Elena Sorensen made a double change at the break, bringing on Mensah and the 19-year-old midfielder Tom Reilly. The switch to a back three gave City more width, and they dominated the second half, finishing with 64 per cent of possession and 17 shots to Rovers\' eight.',
  'Rovers manager Gary Pritchard said the corner that led to the winner should never have been given.',
  'Mensah, 23, said afterwards that he had barely seen the ball before it reached him.',
  'City travel to Eastbridge Athletic next Sunday, while Rovers host Carlow Town on Wednesday evening in the second round of the League Cup.',
])

const spansOf = (text: string) => extractSpans(text, splitSentences(text), { date: '2026-11-09' }).map((s) => ({ ...s, text: text.slice(s.start, s.end) }))

describe('a match report', () => {
  it('reads a score or a tally as one figure labelled "score", and still the counts inside it', () => {
    const scores = (text: string) => spansOf(text).filter((s) => s.label === 'score').map((s) => [s.text, s.normalized])
    expect(scores('City beat Rovers 3-2 at home.')).toEqual([['3-2', '3-2']])
    expect(scores('The council voted 7-2 on Tuesday. It ended in a 1-1 draw.')).toEqual([['7-2', '7-2'], ['1-1', '1-1']])
    // A range of what follows, a date range and a longer run are no scores.
    expect(scores('He will miss 3-4 weeks of the 1914-18 season, and the code is 1-2-3.')).toEqual([])
    expect(spansOf('The council voted 7-2.').filter((s) => s.type === 'number' && !s.label).map((s) => s.text)).toEqual(['7', '2'])
  })

  it('answers "What was the final score?" with the score, not another count', () => {
    expect(analyzeQuestion('What was the final score?').type).toBe('number')
    const { answer } = engineFrom([MATCH]).ask({ question: 'What was the final score?' })
    expect(answer?.text).toBe('3-2')
    expect(answer?.sentence).toContain('beat Northgate Rovers 3-2')
  })

  it('gives the age stated with the asked person\'s name, not another player\'s, wherever its sentence ranks', () => {
    const text = 'bringing on Mensah and the 19-year-old midfielder Tom Reilly. Mensah, 23, said so.'
    const ages = spansOf(text).filter((s) => s.label === 'age')
    expect(ages.map((s) => ageOwner(text, s))).toEqual(['Tom Reilly', 'Mensah'])
    const engine = engineFrom([MATCH])
    expect(engine.ask({ question: 'How old is Kofi Mensah?' }).answer?.text).toBe('23')
    expect(engine.ask({ question: 'How old is Tom Reilly?' }).answer?.text).toBe('19-year-old')
  })

  it('takes a club named after its town for "which team"', () => {
    expect(engineFrom([MATCH]).ask({ question: 'Which team will Rovers face on Wednesday?' }).answer?.text).toBe('Carlow Town')
  })

  it('answers a percentage question with the percentage its sentence states, not a bare count nearer its words', () => {
    expect(engineFrom([MATCH]).ask({ question: 'What percentage of possession did City have?' }).answer?.text).toBe('64 per cent')
  })

  it('does not read "City manager Elena Sorensen" as City managing someone, and finds "Harbour City" in "City"', () => {
    expect(agentNoun('manager', 'manages')).toBe(true)
    expect(agentNoun('offer', 'offers')).toBe(false)
    expect(agentNoun('managed', 'manages')).toBe(false)
    const engine = engineFrom([MATCH])
    expect(engine.ask({ question: 'Who manages Harbour City?' }).answer?.text).toBe('Elena Sorensen')
    expect(engine.ask({ question: 'Who manages Northgate Rovers?' }).answer?.text).toBe('Gary Pritchard')
  })
})
