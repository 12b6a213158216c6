/**
 * Which argument of its verb a what-question asks for: the subject before the verb ("What
 * replaced…?"), the object after it ("What did … replace?"), the agent after a passive's "by", the
 * phrase after the question's preposition, or the side of a copula that does not repeat the question.
 */
import { describe, expect, it } from 'vitest'
import { askedSlot, verbSlotOf } from '../../src/engine/answer/verb-slots'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom } from '../helpers/engine'

const ARTICLE = {
  name: 'valley.txt',
  content: [
    'Across the valley the steam engine had replaced the horse coach on most roads.',
    'In the hill towns the old horse coach was replaced by the electric tram, which the city company ran.',
    'The harbour cranes of the old port were powered by small electric motors.',
    'The sextant is the most precise instrument of celestial navigation at sea.',
    'During the long winter the crew lived on nothing but dried fish from the northern coast.',
    'The surveyors sorted the old maps based on their age, and the clerks filed the letters based on the sender.',
    'In the valley, the period of Bronze pottery immediately succeeds that of the Beaker folk and precedes the Hallstatt style.',
    'The long drought was followed by the great famine of the north.',
  ].join('\n\n'),
}

describe('verb slots', () => {
  it('reads which argument a what-question leaves open', () => {
    expect(askedSlot(analyzeQuestion('What replaced the horse coach?'))).toMatchObject({ role: 'agent' })
    expect(askedSlot(analyzeQuestion('What did the steam engine replace?'))).toMatchObject({ role: 'patient' })
    expect(askedSlot(analyzeQuestion('The harbour cranes were powered by what?'))).toMatchObject({ role: 'agent' })
    expect(askedSlot(analyzeQuestion('What was the crew living on?'))).toMatchObject({ role: 'via', via: ['on'] })
    expect(askedSlot(analyzeQuestion('What is the best tool for navigation?'))).toBe('copula')
    expect(askedSlot(analyzeQuestion('Who replaced the king?'))).toBeUndefined()
  })

  it('answers with the subject or the object of the repeated verb, as asked', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What replaced the horse coach on the roads?' }).answer?.text).toMatch(/steam engine$/)
    expect(engine.ask({ question: 'What did the steam engine replace on the roads?' }).answer?.text).toMatch(/horse coach$/)
    // Passive: the coach, before "was replaced", is the object; the tram, after "by", the subject.
    expect(engine.ask({ question: 'What replaced the old horse coach of the hill towns?' }).answer?.text).toMatch(/electric tram$/)
    expect(engine.ask({ question: 'What did the electric tram of the hill towns replace?' }).answer?.text).toMatch(/horse coach$/)
  })

  it("answers a passive question with the agent after 'by'", () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    // Without the slot, "old port" stands nearer the question's words.
    expect(engine.ask({ question: 'What powered the harbour cranes?' }).answer?.text).toMatch(/electric motors$/)
    expect(engine.ask({ question: 'The harbour cranes were powered by what?' }).answer?.text).toMatch(/electric motors$/)
  })

  it('answers a copular question with the side that does not repeat it', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is the most precise instrument for navigation at sea?' }).answer?.text).toMatch(/sextant$/i)
  })

  it("answers past 'nothing but' with what the verb's phrase names", () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What was the crew living on during the winter?' }).answer?.text).toMatch(/dried fish$/)
  })

  it('reads the use of a repeated verb whose words before it repeat the question', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    const passage = engine.corpus.passages[5]!
    const slot = verbSlotOf(passage, passage.sentences[0]!, analyzeQuestion('The surveyors sorted the old maps based on what?'))
    const at = (words: string) => slot(passage.text.indexOf(words), passage.text.indexOf(words) + words.length)
    expect(at('age')).toBe(1)
    expect(at('sender')).toBe(0)
  })

  it("answers 'came after/before X' with the converse slot of precede, succeed or follow", () => {
    expect(askedSlot(analyzeQuestion('What came after the long drought?'))).toMatchObject({ roles: { preced: 'patient', follow: 'agent' } })
    expect(askedSlot(analyzeQuestion('What pottery came before Bronze?'))).toMatchObject({ roles: { preced: 'agent', follow: 'patient' }, anchors: ['bronz'] })
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    // "X precedes Y": Y came after X; "X succeeds that of Y": Y came before X; X itself is neither.
    expect(engine.ask({ question: 'What style came after Bronze pottery in the valley?' }).answer?.text).toMatch(/Hallstatt/)
    expect(engine.ask({ question: 'What came before Bronze pottery in the valley?' }).answer?.text).toMatch(/Beaker folk$/)
    // The head of "X of Y" in the slot gains too.
    expect(engine.ask({ question: 'What came after the long drought?' }).answer?.text).toMatch(/great famine$/)
  })

  it("reads the object of a verb used as a noun before 'of', from a sign on", () => {
    const engine = engineFrom([{ name: 'pledge.txt', content: 'The EU will ship rounds to Ukraine under its pledge of a $2.1 billion plan.' }], { abstainBelow: 0 })
    const passage = engine.corpus.passages[0]!
    const slot = verbSlotOf(passage, passage.sentences[0]!, analyzeQuestion('What did the EU pledge?'))
    const at = (words: string) => slot(passage.text.indexOf(words), passage.text.indexOf(words) + words.length)
    expect(at('$2.1 billion')).toBe(1)
    expect(at('rounds')).toBe(0)
  })
})
