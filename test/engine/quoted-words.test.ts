import { describe, expect, it } from 'vitest'
import { asksForWord, quotedWordsIn } from '../../src/engine/answer/naming'
import { engineFrom } from '../helpers/engine'

const SUMMIT = {
  name: 'summit.txt',
  content: [
    'Maria Lopez, the ambassador of Chile to the United Nations, spoke on Monday.',
    'She said the members agreed that their commitment to the treaty is "unbreakable" and will not change.',
  ].join('\n\n'),
}

describe('the word a sentence quotes', () => {
  it('knows a question that asks for a word or phrase', () => {
    expect(asksForWord('What word describes the commitment?')).toBe(true)
    expect(asksForWord('Which phrase did she use?')).toBe(false)
    expect(asksForWord('What describes the commitment?')).toBe(false)
  })

  it('finds short quotations, not quoted remarks', () => {
    const sentence = 'It is "unbreakable", she said, adding "we will stand together for as long as it takes."'
    expect(quotedWordsIn(sentence).map((q) => sentence.slice(q.start, q.end))).toEqual(['unbreakable'])
  })

  it('answers "What word describes …?" with the quoted word', () => {
    expect(engineFrom([SUMMIT]).ask({ question: 'What word describes the commitment to the treaty?' }).answer?.text).toBe('unbreakable')
  })
})

describe('curated synonyms', () => {
  it('reads "represents" as the ambassador', () => {
    const result = engineFrom([SUMMIT]).ask({ question: 'Who represents Chile at the United Nations?' })
    expect(result.abstention).toBeUndefined()
    expect(result.answer?.text).toBe('Maria Lopez')
  })
})
