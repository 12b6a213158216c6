/**
 * Span choice for what-questions: light nouns ("amount", "type") and echoes of the question are
 * poor answers (echoes for questions asking for a name too), and noun phrases have the bounds an answer needs (whole hyphenated compounds,
 * coordinated adjectives, no parenthesis, no trailing adjective, no sentence adverb as a name).
 */
import { describe, expect, it } from 'vitest'
import { echoes } from '../../src/engine/answer/echo'
import { endsInLightNoun } from '../../src/engine/answer/light-nouns'
import { listsOf } from '../../src/engine/answer/lists'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom } from '../helpers/engine'

/** The noun phrases the build finds in a text. */
function phrases(text: string): string[] {
  return extractSpans(text, splitSentences(text)).filter((s) => s.type === 'noun-phrase').map((s) => text.slice(s.start, s.end))
}

const word = (term: string) => ({ term, start: 0, end: 0 })

describe('light nouns', () => {
  it('knows a phrase that ends in a noun of quantity, kind or manner', () => {
    expect(endsInLightNoun('the amount')).toBe(true)
    expect(endsInLightNoun('another way')).toBe(true)
    expect(endsInLightNoun('a special type')).toBe(true)
    expect(endsInLightNoun('amount of timber')).toBe(false)
    expect(endsInLightNoun('binary notation')).toBe(false)
  })

  it('answers with what the light noun measures, not the light noun', () => {
    const engine = engineFrom([{ name: 'chairs.txt', content: 'A careful study of chairs counts the amount of timber that each design needs.' }], { abstainBelow: 0 })
    const answer = engine.ask({ question: 'What is counted for each chair design?' }).answer?.text
    expect(answer).toContain('timber')
  })
})

describe('echoes of the question', () => {
  it('calls a phrase of mostly the question\'s words, the focus aside, an echo', () => {
    const asked = new Set(['field', 'comput', 'scienc', 'analyz'])
    expect(echoes([word('theoret'), word('comput'), word('scienc')], asked, 'field')).toBe(true)
    expect(echoes([word('analysi'), word('algorithm')], asked, 'field')).toBe(false)
    // The focus alone is no echo: "what type of machine" is answered by "Turing machine".
    expect(echoes([word('ture'), word('machin')], new Set(['machin', 'type']), 'machin')).toBe(false)
  })

  it("answers a question for a name with another name than the one it gives", () => {
    const content = "The governor was adopted by James Watt for use on an engine in 1788 after Watt's partner Boulton saw one at a mill they were building."
    const engine = engineFrom([{ name: 'governor.txt', content }], { abstainBelow: 0 })
    // "James Watt" is mostly the question's "Watt": an echo, as of a what-question's phrase.
    expect(engine.ask({ question: "What was the name of Watt's partner?" }).answer?.text).toBe('Boulton')
    // Whoever "Watt's partner" is, it is not Watt; but "Kublai Khan's grandfather" may be another Khan.
    expect(engine.ask({ question: "Who was Watt's partner?" }).answer?.text).toBe('Boulton')
    const khans = engineFrom([{ name: 'khans.txt', content: 'Kublai Khan admired his grandfather Genghis Khan, who founded the empire.' }], { abstainBelow: 0 })
    expect(khans.ask({ question: "Who was Kublai Khan's grandfather?" }).answer?.text).toBe('Genghis Khan')
  })
})

describe('noun-phrase bounds', () => {
  it('takes a hyphenated compound whole and coordinated adjectives with their noun', () => {
    expect(phrases('So non-deterministic time is a very important resource.')).toContain('non-deterministic time')
    expect(phrases('He proved an important result, the so-called, speed-up theorem.')).toContain('speed-up theorem')
    expect(phrases('One is interested in proving upper and lower bounds on the minimum amount of time.')).toContain('upper and lower bounds')
  })

  it('ends a phrase before a parenthesis and at its last noun', () => {
    expect(phrases('Usually, the alphabet is taken to be the binary alphabet (i.e., the set {0,1}), and thus strings are bitstrings.')).toContain('the binary alphabet')
    expect(phrases('A problem can be viewed as an infinite collection of instances together with a solution.')).toContain('an infinite collection of instances')
  })

  it('reads no sentence adverb as a name', () => {
    const text = 'Thus the class of hard problems contains the most difficult problems.'
    expect(extractSpans(text, splitSentences(text)).map((s) => text.slice(s.start, s.end))).not.toContain('Thus')
  })
})

describe('lists inside one noun phrase', () => {
  it('joins the members of a coordinated noun phrase, each at its better score', () => {
    const text = 'by Juris Hartmanis and Richard Stearns'
    const lists = listsOf(text, [{ start: 3, end: 38, score: 0.2 }, { start: 3, end: 18, score: 0.1 }, { start: 3, end: 18, score: 0.6 }, { start: 23, end: 38, score: 0.7 }])
    expect(lists).toEqual([{ start: 3, end: 38, score: 0.7 }])
  })
})

describe('a what-question that asks what something is named', () => {
  it('prefers a proper name to a description', () => {
    const sky = { name: 'sky.txt', content: 'In the UK, the company name is Sky UK Limited, still trading as Sky. It began a set top box dispute with the manufacturer Thomson.' }
    const engine = engineFrom([sky], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is the name of the UK operation of the company?' }).answer?.text).toMatch(/^Sky/)
    expect(engine.ask({ question: 'What was the name of the set top box manufacturer?' }).answer?.text).toBe('Thomson')
  })

  it('keeps a stated name or a quoted title whole', () => {
    const castle = { name: 'castle.txt', content: 'The Franks built a fortress; the name of their castle: Afranji.' }
    expect(engineFrom([castle], { abstainBelow: 0 }).ask({ question: 'What was the name of the castle?' }).answer?.text).toBe('Afranji')
  })
})

describe('a what-kind question', () => {
  it('is answered by the kind, not by what the phrase says after its noun', () => {
    const bay = { name: 'bay.txt', content: "In the 2000s California's growth became concentrated in the northern part of the state due to a stronger, tech-oriented economy in the Bay Area." }
    const result = engineFrom([bay], { abstainBelow: 0 }).ask({ question: 'What kind of economy grew in northern California in the 2000s?' })
    expect(result.answer?.text, JSON.stringify(result.abstention)).toBe('tech-oriented economy')
  })
})
