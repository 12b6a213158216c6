/**
 * Span choice, round 2: an act named by a deverbal noun keeps its object ("the production of
 * shells"), a one-word name modifying a noun is no what-answer by itself ("the Persian invasion"),
 * and a question about what someone does is answered by a gerund phrase.
 */
import { describe, expect, it } from 'vitest'
import { asksForAction } from '../../src/engine/answer/actions'
import { keepsComplement } from '../../src/engine/answer/light-nouns'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom } from '../helpers/engine'

const ask = (content: string, question: string) =>
  engineFrom([{ name: 'a.txt', content }], { abstainBelow: 0 }).ask({ question }).answer?.text

describe('deverbal heads', () => {
  it('knows a phrase that opens with an act and its "of" object', () => {
    expect(keepsComplement('the production of shells')).toBe(true)
    expect(keepsComplement('a rapid expansion of the port')).toBe(true)
    // A light noun's complement is the answer by itself ("a set of rules" → "rules").
    expect(keepsComplement('a set of rules')).toBe(false)
    expect(keepsComplement('King Charles of France')).toBe(false)
  })

  it('answers with the act and its object, not the act alone', () => {
    const text = 'The ministry plans to double the production of shells for the navy within a year.'
    expect(ask(text, 'What does the ministry plan to double?')).toMatch(/production of shells/)
  })
})

describe('a name that modifies a noun', () => {
  it('answers a what-question with the whole phrase', () => {
    const text = 'The envoy urged the allies to send ships to Athens to defeat the Persian invasion, according to the chronicle.'
    expect(ask(text, 'What did the envoy want the ships to defeat?')).toMatch(/Persian invasion/)
  })
})

describe('gerund phrases', () => {
  it('finds a gerund with its object, but no progressive verb', () => {
    const text = 'Some members suggested downgrading the military assistance, while the troops are piercing the line.'
    const spans = extractSpans(text, splitSentences(text)).filter((s) => s.gerund).map((s) => text.slice(s.start, s.end))
    expect(spans).toContain('downgrading the military assistance')
    expect(spans.some((s) => s.startsWith('piercing'))).toBe(false)
  })

  it('knows a question about what someone does', () => {
    expect(asksForAction('What did some members propose doing to the aid?')).toBe(true)
    expect(asksForAction('What does the council plan to do next?')).toBe(true)
    expect(asksForAction('What does the council plan to build?')).toBe(false)
  })

  it('answers "doing" with the gerund phrase, and other questions without it', () => {
    const text = 'At the meeting, several mayors proposed closing the old bridge to protect the river.'
    expect(ask(text, 'What did several mayors propose doing?')).toBe('closing the old bridge')
    expect(ask(text, 'What did the mayors want to protect?')).toMatch(/river/)
  })
})
