/**
 * What the engine keeps between requests (a sentence's content words, a span's parts, the index
 * search's scratch space) belongs to one corpus: two engines in one process, asked in turn, answer
 * exactly as engines asked alone.
 */
import { describe, expect, it } from 'vitest'
import { spanParts } from '../../src/engine/answer/parts'
import { nounPhrasesIn, spansIn } from '../../src/engine/answer/sentence-spans'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { engineFrom } from '../helpers/engine'

// Two articles with the same shape (same offsets for most spans), different words.
const NORTH = {
  name: 'north.txt',
  content: [
    'The grant was approved by the Council of Oslo and the Bank of Bergen on Monday.',
    'Officials said 4,000 homes in Tromso would be rebuilt by 2026.',
  ].join('\n\n'),
}
const SOUTH = {
  name: 'south.txt',
  content: [
    'The grant was approved by the Senate of Milan and the Court of Verona on Friday.',
    'Officials said 9,500 homes in Napoli would be rebuilt by 2031.',
  ].join('\n\n'),
}
const QUESTIONS = ['Who approved the grant?', 'How many homes would be rebuilt?', 'By when would the homes be rebuilt?', 'Where would homes be rebuilt?']

const answersOf = (engine: ReturnType<typeof engineFrom>) => QUESTIONS.map((question) => engine.ask({ question, k: 2 }))

describe('caches kept between requests', () => {
  it('never leak between two engines in one process', () => {
    const alone = { north: answersOf(engineFrom([NORTH])), south: answersOf(engineFrom([SOUTH])) }
    const north = engineFrom([NORTH])
    const south = engineFrom([SOUTH])
    for (let round = 0; round < 2; round++) {
      expect(answersOf(north)).toEqual(alone.north)
      expect(answersOf(south)).toEqual(alone.south)
    }
    expect(answersOf(south).map((r) => r.answer?.text)).not.toEqual(answersOf(north).map((r) => r.answer?.text))
  })

  it('splits a span again when it is read against another text', () => {
    const span = { start: 0, end: 20, type: 'noun-phrase' as const }
    expect(spanParts('Council of Oslo etc.', span)).toEqual([{ start: 0, end: 7 }, { start: 11, end: 20 }])
    expect(spanParts('Senate and the Court', span)).toEqual([{ start: 0, end: 6 }, { start: 15, end: 20 }])
    expect(spanParts('Plain name, no joins', { ...span, end: 10 })).toEqual([])
  })

  it('lists a sentence\'s spans once, exactly those inside it, in passage order', () => {
    const passage = buildCorpus([NORTH]).corpus.passages.find((p) => p.text.startsWith('The grant'))!
    const [s] = passage.sentences
    const inside = passage.spans.filter((x) => x.start >= s!.start && x.end <= s!.end)
    expect(inside.length).toBeGreaterThan(1)
    expect(spansIn(passage, s!)).toEqual(inside)
    expect(nounPhrasesIn(passage, s!)).toEqual(inside.filter((x) => x.type === 'noun-phrase'))
    expect(spansIn(passage, s!)).toBe(spansIn(passage, s!))
  })
})
