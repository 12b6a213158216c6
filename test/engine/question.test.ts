/**
 * Question analysis: expected answer type from the wh-word and phrasing, the focus and keywords.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeQuestion, questionNames } from '../../src/engine/question/analyze'

describe('answer type', () => {
  it.each([
    ['How many rounds was Ukraine firing daily?', 'number'],
    ['How much ammo will the EU send?', 'number'],
    ['How much is the EU plan worth?', 'money'],
    ["How large is the European Union's pledge?", 'money'],
    ['Which broadcastr did Ustinova speak to?', 'organization'],
    ['According to which news outlet did the ambassador speak?', 'organization'],
    ['What individuals wrote the paper?', 'person'],
    ['What other problems are there?', 'other'],
    ['How much did the plan cost?', 'money'],
    ['What percentage of the shells were delivered?', 'percent'],
    ['What portion of Berlin\'s population spoke French?', 'percent'],
    ['How long did the war last?', 'duration'],
    ['Who heads the European Commission?', 'person'],
    ['Which broadcaster did Ustinova speak to?', 'organization'],
    ['Where did Smith speak?', 'place'],
    ['In what country is Normandy located?', 'place'],
    ['By when will the EU ship the rounds?', 'date'],
    ['What year did the storm hit the fleet?', 'date'],
    ['Why is NATO short on ammunition?', 'reason'],
    ['How did the Alliance boost production?', 'manner'],
    ['What is NATO?', 'definition'],
    ['What does CEPA stand for?', 'definition'],
    ['Is the support ironclad?', 'yes-no'],
    ['What did Smith say about the forum?', 'other'],
    // The main clause's wh-word decides, not a leading "When…," clause.
    ['When extensive time is required to sort integers, this represents what case complexity?', 'other'],
    ['When did the war end, and who won it?', 'date'],
    // "What type of time" asks for a kind of time, not a date.
    ['A multi-tape Turing machine requires what type of time for a solution?', 'other'],
    // A verb is no misspelt person noun ("employed" is not "employee"), and a typed noun after the verb is no focus.
    ['What is the most frequently employed type of reduction?', 'other'],
    ['What battle took place in the 10th century?', 'other'],
    // "What is X?" asks for a definition, but not when X is owned or the question ends on a preposition.
    ["What is Sean's surname?", 'other'],
    // After "the name of", a title names a person.
    ['What was the name of the count of Apulia?', 'person'],
    ['What was Faith surviving on?', 'other'],
    // A measured quantity asks for a figure.
    ['What is the population of Los Angeles?', 'number'],
    ["What is Victoria's highest monthly temperature?", 'number'],
    ['What magnitude of earthquake can many faults produce?', 'number'],
  ])('%s → %s', (question, type) => {
    expect(analyzeQuestion(question).type).toBe(type)
  })
})

describe('focus and keywords', () => {
  it('finds what a count is about, as written and as an index term', () => {
    expect(analyzeQuestion('How many rounds was Ukraine firing daily?')).toMatchObject({
      focus: 'rounds', focusTerm: 'round', keywords: ['round', 'ukrain', 'fire', 'daili'],
    })
  })

  it('reads a colloquial focus as the word articles use ("ammo" → ammunition)', () => {
    expect(analyzeQuestion('How much ammo will the EU send?').focusTerm).toBe('ammunit')
  })

  it('takes the typed noun after modifiers ("which Ukrainian lawmaker")', () => {
    expect(analyzeQuestion('What is the name of the Norse leader?')).toMatchObject({ type: 'person', focus: 'leader' })
    expect(analyzeQuestion("What is Norman art's most well known piece?").focus).toBe('piece')
    expect(analyzeQuestion('What is the most frequently employed type of reduction?').focus).toBe('reduction')
    // A participle after a superlative modifies the noun: a temperature is a figure.
    expect(analyzeQuestion('What is the lowest recorded temperature in Victoria?')).toMatchObject({ type: 'number', focus: 'temperature' })
    // A word in -s before a verb's complement is the verb; after a count it is a plural noun.
    expect(analyzeQuestion('What term corresponds to the maximum time?').focus).toBe('term')
    expect(analyzeQuestion('What are the two integer responses to a decision problem?').focus).toBe('responses')
    // A noun phrase of three words keeps its head; "not" is skipped like an adverb.
    expect(analyzeQuestion('What are the two simple word responses to a decision problem?').focus).toBe('responses')
    expect(analyzeQuestion('What is one not common example of a measure?').focus).toBe('example')
    expect(analyzeQuestion('When time is required, this represents what case complexity?').focus).toBe('complexity')
    // With no comma, a later wh-word followed by an auxiliary opens the main clause; a relative "who ruled" does not.
    expect(analyzeQuestion('When the Rhine emerges from Lake Constance which way does it flow?')).toMatchObject({ type: 'other', focus: 'way' })
    expect(analyzeQuestion('When did the king who ruled Sicily die?').type).toBe('date')
    expect(analyzeQuestion('When was the city that is on the river founded?').type).toBe('date')
  })

  it('keeps each keyword with its offsets in the question', () => {
    const q = 'Who won the 2022 World Cup?'
    for (const w of analyzeQuestion(q).words) expect(q.slice(w.start, w.end)).toBe(w.text)
  })
})

describe('any input (property)', () => {
  it('gives a known type and keywords that are all index terms of the question', () => {
    const types = ['person', 'organization', 'place', 'date', 'number', 'money', 'percent', 'duration', 'reason', 'manner', 'definition', 'yes-no', 'other']
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const a = analyzeQuestion(text)
        expect(types).toContain(a.type)
        expect(new Set(a.keywords).size).toBe(a.keywords.length)
        expect(a.words.every((w) => a.keywords.includes(w.term))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe('names', () => {
  it('are the words capitalised after the first, wherever the content words start, less roman numerals', () => {
    expect([...questionNames(analyzeQuestion('Who made Ralph earl?'))]).toEqual(['ralph'])
    expect([...questionNames(analyzeQuestion('Who killed Harold II?'))]).toEqual(['harold'])
    expect([...questionNames(analyzeQuestion('Ukraine fired how many rounds?'))]).toEqual([])
  })
})
