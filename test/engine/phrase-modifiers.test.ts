/**
 * Noun phrases keep a participle used as an adjective ("rounded arches") and a compound noun's
 * closing gerund ("input encoding"), but not a verb ("established a monastery", "the army rounded");
 * a name with a lower-case word hyphened on is a term ("NP-complete").
 */
import { describe, expect, it } from 'vitest'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom } from '../helpers/engine'

const phrases = (text: string) => extractSpans(text, splitSentences(text)).filter((s) => s.type === 'noun-phrase').map((s) => text.slice(s.start, s.end))

describe('noun-phrase modifiers', () => {
  it('takes a participle before a phrase with no determiner', () => {
    expect(phrases('Their style was characterised by rounded arches, particularly over windows.')).toContain('rounded arches')
    expect(phrases('Many churches preserve sculptured fonts, capitals and mosaics.')).toContain('sculptured fonts')
  })

  it('leaves a verb out', () => {
    const found = phrases('The monks then established a Latin monastery. The army rounded the cape.')
    expect(found.some((p) => p.startsWith('established'))).toBe(false)
    expect(found.some((p) => p.startsWith('rounded'))).toBe(false)
  })

  it('reads a plural after a preposition\'s noun phrase as its noun, not a verb', () => {
    const found = phrases('This triggered one of the largest gold rushes the world has ever seen. The government rushes the bill.')
    expect(found).toContain('the largest gold rushes')
    expect(found).toContain('The government')
    expect(found.some((p) => p.includes('government rushes'))).toBe(false)
  })

  it('ends a compound noun at its gerund before punctuation', () => {
    expect(phrases('Some proofs assume a concrete choice of input encoding, which is rare.')).toContain('a concrete choice of input encoding')
  })

  it('takes a name with a lower-case word hyphened on as a term, and keeps the name', () => {
    const text = 'Whether the problem is in P, NP-complete, or NP-intermediate is open. The US-led coalition won.'
    const spans = extractSpans(text, splitSentences(text)).map((s) => text.slice(s.start, s.end))
    expect(spans).toEqual(expect.arrayContaining(['NP-complete', 'NP-intermediate', 'US-led', 'US']))
  })

  it('answers with the modified noun', () => {
    const engine = engineFrom([{ name: 'style.txt', content: 'Norman architecture spread widely. Their style was characterised by rounded arches, particularly over windows and doorways.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What characterised their style?' }).answer?.text).toContain('rounded arches')
  })
})
