/**
 * Measure questions want a figure in a unit of what they measure: "How long is the river?" a
 * length (or a time), "How many years…?" a time, "How wide…?" a length; a bare count or a year is
 * no answer to them, and "2000 kilometres" is a length, not a year.
 */
import { describe, expect, it } from 'vitest'
import { askedDimension, measureFit } from '../../src/engine/answer/dimensions'
import { engineFrom } from '../helpers/engine'

const RIVER = {
  name: 'river.txt',
  content: [
    'The Rhine is a European river. In the Middle Ages it was a trade route, and today it is about 1,230 km (760 mi) long.',
    'The sea level is still rising, at the rate of about 1–3 cm per century (1 metre or 39 inches so far).',
    'Lake Constance consists of three bodies of water, and the lake was first mapped in 1838.',
  ].join('\n\n'),
}

describe('measure dimensions', () => {
  it('reads what a question measures', () => {
    expect(askedDimension('How wide is the Rhine?')).toBe('length')
    expect(askedDimension('How many miles south of San Jose is it?')).toBe('length')
    expect(askedDimension('How many years did it take for the snow to melt?')).toBe('time')
    expect(askedDimension('How long did the Cold War last?')).toBe('time')
    expect(askedDimension('How long is the Rhine?')).toBe('length-or-time')
    expect(askedDimension('How many rounds was Ukraine firing?')).toBeUndefined()
  })

  it('fits a figure by its unit, and a bare count or a year to none', () => {
    expect(measureFit('length', { start: 0, end: 11, type: 'number' }, 'up to 40 km')).toBe(1)
    expect(measureFit('time', { start: 0, end: 20, type: 'number' }, '1 metre or 39 inches')).toBe(0)
    expect(measureFit('length-or-time', { start: 0, end: 12, type: 'number', label: 'bodies' }, 'three bodies')).toBe(0)
    expect(measureFit('length-or-time', { start: 0, end: 15, type: 'date' }, 'the Middle Ages')).toBe(0)
    expect(measureFit('length', { start: 0, end: 5, type: 'noun-phrase' }, 'river')).toBeUndefined()
  })

  it('answers a length with a length, and a measure the text does not state with no figure', () => {
    const engine = engineFrom([RIVER], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How long is the Rhine?' }).answer?.text).toBe('about 1,230 km')
    // A length for a time, a count for a width: the engine finds no figure of the kind asked.
    expect(engine.ask({ question: 'How many years did it take for the sea level to rise?' }).abstention?.code).toBe('no-candidate')
    expect(engine.ask({ question: 'How wide is Lake Constance?' }).abstention?.code).toBe('no-candidate')
  })

  it('reads "2000 kilometres" as a length, not a year', () => {
    const engine = engineFrom([{ name: 'tsp.txt', content: 'Is there a route of at most 2000 kilometres passing through all of the 15 largest cities of Germany?' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How many kilometres long is the route through the largest cities?' }).answer?.text).toBe('at most 2000 kilometres')
  })
})
