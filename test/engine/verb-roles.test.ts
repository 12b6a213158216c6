/**
 * Who did what to whom: a who-question's verb decides whether it wants the subject (the name
 * before the verb, or after a passive's "by") or the object (the name right after the verb); a
 * converse verb ("sold … to" for "bought") or a spouse ("Margaret's husband") maps onto those roles.
 */
import { describe, expect, it } from 'vitest'
import { converseOf } from '../../src/engine/answer/converse-verbs'
import { askedRole } from '../../src/engine/answer/verb-roles'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom } from '../helpers/engine'

const ARTICLE = {
  name: 'abbey.txt',
  content: [
    'Under the abbot Robert Brown, several monks of Saint Anselm fled to the south, where they were patronised by William Green and built a small abbey.',
    'The young Prince Henry, whose cousin Edmund Gray had married Matilda Stone, was crowned in the abbey.',
    "In 1402, Robert's nephew Hugh Brown sold the rights to the mill to Walter Hale, 2nd Lord of Ashby.",
    "King Thomas Reed of Kent married John Ward's sister Agnes, and came into opposition to Henry, who had already disputed Kent's borders.",
  ].join('\n\n'),
}

describe('verb roles', () => {
  it('reads which role a who-question asks for', () => {
    expect(askedRole(analyzeQuestion('Who patronized the monks?'))).toMatchObject({ role: 'subject' })
    expect(askedRole(analyzeQuestion('Who did Emma Marry?'))).toMatchObject({ role: 'object' })
    expect(askedRole(analyzeQuestion('Who did the Normans team up with?'))).toMatchObject({ role: 'object', verb: 'team' })
    expect(askedRole(analyzeQuestion('Who was the duke?'))).toBeUndefined()
    expect(askedRole(analyzeQuestion('What did the monks build?'))).toBeUndefined()
  })

  it("answers a subject question with a passive verb's agent", () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who patronized the monks?' }).answer?.text).toBe('William Green')
  })

  it("answers an object question with the name after the verb, not the sentence's other names", () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who did Edmund Gray marry?' }).answer?.text).toBe('Matilda Stone')
  })

  it('maps a verb onto its converse: the buyer is who it was sold to', () => {
    expect(converseOf('bought')?.via).toBe('to')
    expect(converseOf('sold')?.via).toBe('from')
    expect(converseOf('built')).toBeUndefined()
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    // Hugh Brown stands nearer the question's words, but he is the seller.
    expect(engine.ask({ question: 'Who bought the rights?' }).answer?.text).toBe('Walter Hale')
  })

  it("answers a spouse question with the other side of 'married'", () => {
    expect(askedRole(analyzeQuestion("Who was John Ward's husband?"))).toMatchObject({ role: 'partner' })
    expect(askedRole(analyzeQuestion('Who was the wife of Thomas Reed?'))).toMatchObject({ role: 'partner' })
    // The default threshold: "husband" reaches "married" through the synonyms instead of abstaining.
    const answer = engineFrom([ARTICLE]).ask({ question: "Who was Agnes's husband?" }).answer?.text
    expect(answer).toMatch(/^King Thomas Reed/)
  })

  it('reads a which/what phrase followed by a past-tense verb as asking for its subject', () => {
    expect(askedRole(analyzeQuestion('Which service streamed the new season?'))).toEqual({ verb: 'stream', role: 'subject', word: 'streamed' })
    expect(askedRole(analyzeQuestion('What company bought the network?'))).toMatchObject({ role: 'subject', word: 'bought' })
    expect(askedRole(analyzeQuestion('Which team did they beat?'))).toBeUndefined()
    expect(askedRole(analyzeQuestion('What is the capital?'))).toBeUndefined()
    const engine = engineFrom([{ name: 'sitcom.txt', content: 'Not even cancellation by NBC could kill the sitcom, as Yahoo streamed the first two episodes of the new season early Tuesday.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Which service streamed the new season?' }).answer?.text).toBe('Yahoo')
  })
})

describe('a passive agent after a phrase of its own', () => {
  const DELTA = { name: 'delta.txt', content: 'The delta is delimited in the West by the Alter Rhein ("Old Rhine") and in the East by a modern canalized section.\n\nThe river is long.' }

  it('reads a verb straight after "what" as asking for its subject, with no focus', () => {
    const question = analyzeQuestion('What delimits the delta of the Rhine in the East?')
    expect(askedRole(question)).toMatchObject({ role: 'subject', verb: 'delimit' })
    expect(question.focus).toBeUndefined()
    // A noun in -s before a verb is no verb: "What countries border France?" keeps its focus.
    expect(analyzeQuestion('What countries border France?').focus).toBe('countries')
  })

  it('takes the agent whose "by" follows the question\'s words', () => {
    const engine = engineFrom([DELTA], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What delimits the delta of the Rhine in the East?' }).answer?.text).toMatch(/canalized section$/)
    expect(engine.ask({ question: 'What delimits the delta of the Rhine in the west?' }).answer?.text).toBe('Alter Rhein')
  })
})
