/**
 * Span choice inside the right sentence: lists for questions that ask for several things, and
 * the question analysis that picks the slot (the first wh-word, the head of the wh-phrase).
 */
import { describe, expect, it } from 'vitest'
import { asksForSeveral, listsOf } from '../../src/engine/answer/lists'
import { asksForName, namesIn } from '../../src/engine/answer/naming'
import { modifies } from '../../src/engine/answer/neighbours'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom } from '../helpers/engine'

const ARTICLE = {
  name: 'rivers.txt',
  content: [
    'The river trade grew quickly. Merchants came from Denmark, Iceland and Norway to sell furs in the market towns.',
    'Two resources limited the trade: timber and salt were scarce every winter.',
  ].join('\n\n'),
}

describe('lists as answers', () => {
  it('answers a plural question with the whole coordination, a singular one with a member', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Merchants came from which countries?' }).answer?.text).toBe('Denmark, Iceland and Norway')
    expect(engine.ask({ question: 'What two resources limited the trade?' }).answer?.text).toBe('timber and salt')
    expect(engine.ask({ question: 'Merchants came from which country?' }).answer?.text).not.toContain(',')
  })

  it('joins only members next to each other with a joining word between', () => {
    const text = 'Denmark, Iceland and Norway, not Sweden.'
    const lists = listsOf(text, [{ start: 0, end: 7, score: 0.5 }, { start: 9, end: 16, score: 0.7 }, { start: 21, end: 27, score: 0.4 }, { start: 33, end: 39, score: 0.9 }])
    expect(lists).toEqual([{ start: 0, end: 27, score: 0.7 }])
  })

  it('knows when a question asks for several things', () => {
    expect(asksForSeveral(analyzeQuestion('From which countries did they come?'))).toBe(true)
    expect(asksForSeveral(analyzeQuestion('What are two factors?'))).toBe(true)
    expect(asksForSeveral(analyzeQuestion('What process did they use?'))).toBe(false)
    // A count is one answer, whatever its plural (session 11: not "1849 and 1853" for how many workers).
    expect(asksForSeveral(analyzeQuestion('How many workers were killed?'))).toBe(false)
    const engine = engineFrom([{ name: 'viaduct.txt', content: 'The viaduct was built between 1849 and 1853.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'How many workers were killed during construction of the viaduct?' }).answer?.text).not.toBe('1849 and 1853')
  })
})

describe('the slot a question asks about', () => {
  it('takes the type from the first wh-word, not a later "when"', () => {
    expect(analyzeQuestion("Who led Richard's troops when Cyprus was conquered?").type).toBe('person')
  })

  it('takes the head of a short wh-phrase as the focus, and a plural focus noun as its type', () => {
    expect(analyzeQuestion('What was the Norman religion?').focus).toBe('religion')
    expect(analyzeQuestion('By what main attribute are problems classified?').focus).toBe('attribute')
    expect(analyzeQuestion('What unit is measured to find the size?').focus).toBe('unit')
    expect(analyzeQuestion('Which bound of time is harder to establish?')).toMatchObject({ type: 'other', focus: 'bound' })
    expect(analyzeQuestion('From which countries did the Norse originate?').type).toBe('place')
  })
})

describe('a name right after the noun the question asks about', () => {
  it('takes the name the question\'s noun introduces over a name nearby', () => {
    const engine = engineFrom([{ name: 'raid.txt', content: 'Raiders led by Charles Martel followed their leader Rollo to Paris.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who was the leader of the raiders?' }).answer?.text).toBe('Rollo')
  })
})

describe('a name the sentence gives', () => {
  it('answers "what is the term for…" with what follows "called" or "known as"', () => {
    const content = 'Programs that use random bits, a common trick in modern cryptography, are known as coin flippers.'
    const engine = engineFrom([{ name: 'random.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is the term for programs that use random bits?' }).answer?.text).toBe('coin flippers')
    expect(namesIn('Algorithms that use random bits are called randomized algorithms, and they are fast.')).toEqual([{ start: 43, end: 64 }])
  })

  it('answers "what was the name of…" with a name stated outright ("the name of X: Y", "its name was Y")', () => {
    const content = 'The settlers even lent their faith to the name of their fort: Santa Clara, meaning "holy light."'
    const engine = engineFrom([{ name: 'fort.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What was the name of the settlers\' fort?' }).answer?.text).toBe('Santa Clara')
    expect(namesIn('Its name was Brightwater, after the river.').map((n) => 'Its name was Brightwater, after the river.'.slice(n.start, n.end))).toEqual(['Brightwater'])
    expect(namesIn('The name was not recorded.')).toEqual([])
  })

  it('reads a name given in quotation marks after "called" up to its closing mark', () => {
    const content = 'The weavers who stayed in the valley joined the guild and were called "late hands" by the masters.'
    const engine = engineFrom([{ name: 'weavers.txt', content }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What were the weavers who stayed in the valley known as?' }).answer?.text).toBe('late hands')
  })

  it('reads nothing when the sentence names nothing', () => {
    expect(namesIn('Algorithms that use random bits are fast.')).toEqual([])
    expect(asksForName('What do random algorithms use?')).toBe(false)
  })
})

describe('a name that only modifies a noun', () => {
  it('is not the person asked for ("the Byzantine general Alexius Komnenos")', () => {
    const engine = engineFrom([{ name: 'roussel.txt', content: 'Roussel tried to carve out a state, but he was stopped by the Byzantine general Alexius Komnenos.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Who stopped Roussel?' }).answer?.text).toBe('Alexius Komnenos')
  })

  it('reads a connector after a name as part of it, not as a noun it modifies', () => {
    const text = 'Robert of Jumièges and the French crown'
    const phrases = [{ start: 0, end: 18, type: 'noun-phrase' as const }, { start: 23, end: 39, type: 'noun-phrase' as const }]
    expect(modifies(text, phrases, 0, 6)).toBe(false)
    expect(modifies(text, phrases, 27, 33)).toBe(true)
  })
})
