/**
 * A sports report: race times written "2:11:02" or in several units, a runner's "time", a month at
 * the end of a sentence, and a temperature the article never gives (session 9).
 */
import { describe, expect, it } from 'vitest'
import { askedDimension } from '../../src/engine/answer/dimensions'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom, markdownArticle } from '../helpers/engine'

const MARATHON = markdownArticle('marathon.md', { title: 'Marathon record falls in Berlin', date: '2026-09-27' }, [
  'Kenyan runner Grace Wanjiru broke the women\'s marathon world record in Berlin on Sunday, finishing in 2 hours 9 minutes and 41 seconds, 15 seconds faster than the previous mark.',
  'Alemu finished second in 2:11:02, and Germany\'s Lena Hoffmann was third.',
  'About 45,000 runners took part in the race. Wanjiru plans to run the New York marathon in November.',
])

const spansOf = (text: string) => extractSpans(text, splitSentences(text), { date: '2026-09-27' }).map((s) => ({ ...s, text: text.slice(s.start, s.end) }))
const engine = () => engineFrom([MARATHON], { abstainBelow: 0 })

describe('a sports report', () => {
  it('reads a race time as a duration, in one unit or several, and no clock inside it', () => {
    const spans = spansOf('She won in 2:11:02 at 3:15 pm, in 2 hours 9 minutes and 41 seconds, 15 seconds faster.')
    expect(spans.filter((s) => s.type === 'duration').map((s) => [s.text, s.normalized])).toEqual([
      ['2:11:02', 'PT2H11M2S'], ['2 hours 9 minutes and 41 seconds', '2 hour 9 minute 41 second'], ['15 seconds', '15 second'],
    ])
    expect(spans.filter((s) => s.type === 'date').map((s) => s.text)).toEqual(['3:15 pm'])
  })

  it('asks for a duration when it asks for a runner\'s time, for a clock when it asks "what time"', () => {
    expect(analyzeQuestion('What was Alemu\'s time?').type).toBe('duration')
    expect(analyzeQuestion('What was Wanjiru\'s finishing time?').type).toBe('duration')
    expect(analyzeQuestion('What time does the race start?').type).toBe('date')
    expect(engine().ask({ question: 'What was Alemu\'s time?' }).answer?.text).toBe('2:11:02')
  })

  it('ends a month at the sentence\'s full stop, and keeps an abbreviation\'s dot', () => {
    expect(spansOf('She runs in November. It was Nov. 3.').filter((s) => s.type === 'date').map((s) => s.text)).toEqual(['November', 'Nov. 3'])
    expect(engine().ask({ question: 'When will she run in New York?' }).answer?.text).toBe('November')
  })

  it('wants a temperature for "What was the temperature…?", so a count does not answer it', () => {
    expect(askedDimension('What was the temperature during the race?')).toBe('temperature')
    expect(askedDimension('What year had the highest temperature?')).toBeUndefined()
    const { answer, abstention } = engine().ask({ question: 'What was the temperature during the race?' })
    expect(answer).toBeNull()
    expect(abstention?.code).toBe('no-candidate')
  })
})
