/**
 * A sovereign's or noble's title written right before a name is part of the answer ("Duke
 * Richard II"); an office ("President") stays out, and so does a title the question asks for.
 */
import { describe, expect, it } from 'vitest'
import { titledStart } from '../../src/engine/answer/titled-names'
import { engineFrom } from '../helpers/engine'

const ARTICLE = {
  name: 'dukes.txt',
  content: [
    'The abbey was given a charter by Duke Robert III of Ashby, the brother of Agnes.',
    'The bridge over the river was opened in 1920 by President Walter Hale of the republic.',
  ].join('\n\n'),
}

const ask = (question: string) => engineFrom([ARTICLE], { abstainBelow: 0 }).ask({ question }).answer?.text

describe('titles in person answers', () => {
  it('keeps a capitalised title the name is written with', () => {
    expect(ask('Who gave the abbey a charter?')).toMatch(/^Duke Robert III/)
  })

  it('leaves out an office and a title the question names', () => {
    expect(ask('Who opened the bridge over the river?')).toMatch(/^Walter Hale/)
    expect(ask('Which duke gave the abbey a charter?')).toMatch(/^Robert III/)
  })

  it('widens only a person span labelled with the title right before it', () => {
    const text = 'the treaty between King Charles III and Rollo'
    expect(titledStart(text, { start: 24, end: 35, type: 'person', label: 'King' })).toBe(19)
    expect(titledStart(text, { start: 24, end: 35, type: 'person', label: 'President' })).toBe(24)
    expect(titledStart(text, { start: 24, end: 35, type: 'person' })).toBe(24)
    expect(titledStart('a king Charles III', { start: 7, end: 18, type: 'person', label: 'king' })).toBe(7)
  })
})
