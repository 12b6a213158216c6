import { describe, expect, it } from 'vitest'
import { periodTerms } from '../../src/engine/search/periods'
import { engineFrom } from '../helpers/engine'

const CYPRUS = {
  name: 'cyprus.txt',
  content: [
    'In the 12th century Cyprus was ruled by Isaac Komnenos, who had seized the island.',
    'Richard the Lionheart conquered Cyprus in 1191 on his way to the Holy Land.',
    'Parker Rice grew up in Dallas.',
    'He played cornerback, and his coach said he was a leader.',
    'Rice, 19, now studies in Oklahoma.',
    'Norman knights reached southern Italy in the 11th century.',
  ].join('\n\n'),
}

// A threshold of 0 shows the rule, not the confidence, is what abstains.
describe('a name or number the passage never mentions', () => {
  it('abstains, naming it, when the question asks about another century', () => {
    const result = engineFrom([CYPRUS], { abstainBelow: 0 }).ask({ question: 'Who ruled Cyprus in the 11th century?' })
    expect(result.answer).toBeNull()
    expect(result.abstention).toMatchObject({ abstained: true, code: 'name-not-in-passage', reason: "the closest passage never mentions '11th'" })
  })

  it('counts a decade or century as mentioned by a year of it, or the other way of writing it (search/periods.ts)', () => {
    const content = 'While many were killed, roughly 500,000 Huguenots had fled France by the early 18th century.\n\nThe colony at Parris Island was founded in 1562.'
    const engine = engineFrom([{ name: 'huguenots.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How many Huguenots fled France by the 1700s?' }).answer?.text).toMatch(/500,000/)
    expect(engine.ask({ question: 'Where was the 16th century colony founded?' }).abstention?.code).not.toBe('name-not-in-passage')
    expect(periodTerms('1700s', 'by the 1700s?', { '1705': 1, '1685': 1, '18th': 1 })).toEqual(['18th', '1705'])
    expect(periodTerms('16th', 'a 16th century colony', { '1562': 1 })).toEqual(['1500', '1562'])
    expect(periodTerms('16th', 'the 16th day', { '1562': 1 })).toEqual([])
    // The articles have no year of the 1800s, nor "19th".
    expect(engine.ask({ question: 'How many Huguenots fled France by the 1800s?' }).abstention?.code).toBe('missing-terms')
  })

  it('answers when the passage states it', () => {
    expect(engineFrom([CYPRUS], { abstainBelow: 0 }).ask({ question: 'Who ruled Cyprus in the 12th century?' }).answer?.text).toBe('Isaac Komnenos')
  })

  it('counts a full name as mentioned by one of its words, and the passage before as context', () => {
    const engine = engineFrom([CYPRUS], { abstainBelow: 0 })
    // "Rice, 19, …" names him by one word of "Parker Rice".
    expect(engine.ask({ question: 'How old is Parker Rice?' }).answer?.text).toBe('19')
    // "He played cornerback" follows the passage that names him.
    expect(engine.ask({ question: 'What position did Parker Rice play?' }).abstention?.code).not.toBe('name-not-in-passage')
  })

  it('counts a plain word the search matched in another form as mentioned, but not a name', () => {
    const engine = engineFrom([{ name: 'faith.txt', content: 'Faith received treatment at the Priory Hospital in Chelmsford for six weeks.\n\nShe is now back at school.' }], { abstainBelow: 0 })
    const treated = engine.ask({ question: 'Where was Faith treated?' })
    expect(treated.abstention?.code).not.toBe('missing-terms')
    expect(treated.answer?.sentence).toContain('treatment at the Priory Hospital')
    // "Chelm" is the start of "Chelmsford", but a name must be there as written.
    expect(engine.ask({ question: 'Where was Faith treated in Chelm?' }).abstention?.code).toBe('missing-terms')
  })
})
