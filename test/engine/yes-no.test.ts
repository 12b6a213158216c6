/**
 * Yes-no questions are answered "yes" or "no" by the sentence they rest on (`answer/yes-no.ts`),
 * and say neither when the sentence does not settle them.
 */
import { describe, expect, it } from 'vitest'
import { engineFrom } from '../helpers/engine'

const NATO = {
  name: 'nato.txt',
  content: [
    'US Ambassador to NATO Julianne Smith said on Wednesday that the alliance aims to bolster the production of ammunition.',
    'All 31 NATO members agreed that the support for Ukraine is "ironclad" and will not fade.',
    'BSkyB does not carry any control over the content of the channels it carries.',
  ].join('\n\n'),
}

const ask = (question: string) => engineFrom([NATO]).ask({ question })

describe('yes-no questions', () => {
  it('answers yes when the sentence says every word of the question, with the sentence as evidence', () => {
    const result = ask('Is Julianne Smith the US ambassador to NATO?')
    expect(result.answer).toMatchObject({ type: 'yes-no', normalized: 'yes' })
    expect(result.answer?.text).toBe(result.answer?.sentence)
    expect(result.summary).toMatch(/^Yes, according to .+, paragraph 0: "US Ambassador to NATO Julianne Smith/)
    expect(ask('Is the support for Ukraine ironclad?').answer?.normalized).toBe('yes')
  })

  it('answers no when the sentence negates what the question asks, in any form of the word', () => {
    expect(ask('Does BSkyB carry any control over the content?').answer?.normalized).toBe('no')
    const fading = ask('Is the support for Ukraine fading?')
    expect(fading.answer?.normalized).toBe('no')
    expect(fading.summary).toMatch(/^No, according to /)
  })

  it('says neither when the sentence does not settle it', () => {
    const result = ask('Does NATO have enough shells for Ukraine?')
    expect(result.answer).toBeNull()
    expect(result.abstention?.abstained).toBe(true)
  })
})
