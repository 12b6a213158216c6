/**
 * Names a sentence describes in the question's words: the name answers, not the description.
 */
import { describe, expect, it } from 'vitest'
import { engineFrom, onePassage } from '../helpers/engine'
import { describedShare } from '../../src/engine/answer/descriptions'
import { contentWords } from '../../src/engine/answer/words'
import { analyzeQuestion } from '../../src/engine/question/analyze'

const REGION = {
  name: 'region.txt',
  content: [
    'Port Ellis, the third most populous city in the state and the ninth most populous in the nation, lies to the south.',
    'The region is home to Kellen International Airport, the second-busiest airport in the country by passenger volume; Marsh Airport, the busiest cargo airport in the world; and several smaller fields.',
    'The region has a long coast, many beaches and a dry climate.',
  ].join('\n\n'),
}

describe('described names', () => {
  it('answers "What is the <description>?" with the name the sentence gives it after a comma', () => {
    const engine = engineFrom([REGION], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is the ninth most populous city in the nation?' }).answer?.text).toBe('Port Ellis')
    expect(engine.ask({ question: 'What is the second busiest airport in the country?' }).answer?.text).toBe('Kellen International Airport')
  })

  it('reads a description after a copula, and one before a copula that ends on the name', () => {
    const share = (sentence: string, name: string, question: string) => {
      const passage = onePassage(sentence).passage
      const s = passage.sentences[0]!
      const start = passage.text.indexOf(name)
      return describedShare(passage.text, contentWords(passage, s), s, start, start + name.length, analyzeQuestion(question), () => 1)
    }
    const asked = 'Which state is the centre of dairy farming in Australia?'
    expect(share('Tasmania is the centre of dairy farming in Australia, ahead of Queensland.', 'Tasmania', asked)).toBe(1)
    expect(share('The centre of dairy farming in Australia is Tasmania.', 'Tasmania', asked)).toBe(1)
    expect(share('Tasmania is the centre of dairy farming in Australia, ahead of Queensland.', 'Queensland', asked)).toBe(0)
    // A passive after the copula is no description: "was betrayed to the Normans".
    expect(share('Dyrrachium was betrayed to the Normans by merchants.', 'Dyrrachium', 'Who betrayed the Normans?')).toBe(0)
    // After a comma, a clause (an opening conjunction, a verb after a name) is no description.
    expect(share('Near Sankt Goar, the Rhine flows around the famous rock Lorelei.', 'Sankt Goar', 'What famous rock does the Rhine flow around?')).toBe(0)
    expect(share('It begins in Graubünden, and later forms the border between Austria and Switzerland.', 'Graubünden', 'What forms the border between Austria and Switzerland?')).toBe(0)
    // One shared word is chance, not a description.
    expect(share('Tasmania is a centre of tourism.', 'Tasmania', asked)).toBe(0)
  })
})
