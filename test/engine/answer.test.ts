/**
 * Answer extraction on the seed article: typed spans, normalised values, abstention with a
 * reason, the summary sentence, and invariants of every answer (property).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { confidenceOf } from '../../src/engine/answer/confidence'
import { engineFrom } from '../helpers/engine'

const engine = engineFrom()
const ask = (question: string) => engine.ask({ question })

describe('typed answers on the seed', () => {
  it('answers a count with its modifier and noun, normalised', () => {
    expect(ask('How many rounds was Ukraine firing daily?').answer).toMatchObject({
      text: 'up to 6,000 rounds', type: 'number', spanType: 'number', normalized: '6000', paragraph: 4,
    })
  })

  it('answers money, dates and people with roles', () => {
    expect(ask("How much is the EU plan to help President Zelenskyy's regime?").answer).toMatchObject({ text: '$2.1 billion', type: 'money', normalized: '2100000000 USD' })
    expect(ask('By when will the EU be ready to ship one million rounds of ammunition?').answer).toMatchObject({ text: 'by 2024', type: 'date', normalized: '2024' })
    expect(ask('Who is the US Ambassador to NATO?').answer).toMatchObject({ text: 'Julianne Smith', type: 'person' })
    expect(ask('Which broadcaster did Oleksandra Ustinova talk to?').answer?.text).toBe('CNN')
  })

  it('takes the figure bound to the asked subject when a sentence holds figures of several', () => {
    // "Ukraine's military was firing up to 6,000 rounds daily, … the 60,000 shells that Russia was using."
    expect(ask('How many shells was Ukraine using?').answer?.text).toBe('up to 6,000 rounds')
    expect(ask('How many shells was Russia using?').answer?.text).toBe('60,000 shells')
  })

  it('finds a person by the role the text states, not another holder of a like title nearby', () => {
    // "Ursula von der Leyen, the President of the European Commission, … President Zelenskyy's regime."
    expect(ask('Who is the President of the European Commission?').answer?.text).toBe('Ursula von der Leyen')
  })

  it('reads what an acronym stands for and who a named person is', () => {
    expect(ask('What does CEPA stand for?').answer?.text).toBe('Center for European Policy Analysis')
    expect(ask('Who is Oleksandra Ustinova?').answer?.text).toBe('Ukrainian MP')
  })
})

describe('places', () => {
  it('answers where an event happened with its venue, not a country elsewhere in the sentence', () => {
    expect(ask('Where did Smith speak?').answer?.text).toMatch(/Winning the Peace forum$/)
  })
})

describe('definitions', () => {
  it('answers "What is X?" with the long form of an acronym the text defines', () => {
    expect(ask('What is CEPA?').answer?.text).toBe('Center for European Policy Analysis')
    expect(ask('What does VOA stand for?').answer?.text).toBe('Voice of America')
    expect(ask('What is NATO?').answer?.text).toBe('North Atlantic Treaty Organization')
  })

  it('answers "What is X?" with an appositive or an "X is a …" clause about X only', () => {
    const defined = engineFrom([{ name: 'kyiv.md', content: 'Kyiv, the capital of Ukraine, was shelled overnight. Officials said the Bundeswehr is the armed forces of Germany.\n' }])
    expect(defined.ask({ question: 'What is Kyiv?' }).answer?.text).toBe('the capital of Ukraine')
    expect(defined.ask({ question: 'What is the Bundeswehr?' }).answer?.text).toBe('the armed forces of Germany')
  })
})

describe('abstention', () => {
  it('abstains when the articles never mention what the question names, and says what', () => {
    const result = ask('Who won the 2022 World Cup?')
    expect(result.answer).toBeNull()
    expect(result.abstention).toEqual({ abstained: true, code: 'missing-terms', reason: "no passage mentions '2022 World Cup'" })
    expect(result.summary).toBe("The articles don't answer this: no passage mentions '2022 World Cup'.")
  })

  it('abstains when what the question asks about its names appears nowhere', () => {
    expect(ask('When did Russia invade Ukraine?').abstention).toMatchObject({ code: 'missing-terms', reason: "no passage mentions 'invade'" })
    expect(ask('What is the population of Kyiv?').abstention).toMatchObject({ code: 'missing-terms', reason: "no passage mentions 'population'" })
  })

  it('does not ask the article to say the word that names a figure ("percentage", "year")', () => {
    const census = engineFrom([{ name: 'census.md', content: 'About 61.1% of Victorians describe themselves as Christian. Around 20% claim no religion.\n' }])
    expect(census.ask({ question: 'What percentage of Victorians are Christian?' }).answer?.text).toBe('About 61.1%')
  })

  it('abstains below the configured threshold and points to the closest passage', () => {
    const strict = engineFrom(undefined, { abstainBelow: 1 })
    const result = strict.ask({ question: 'How many rounds was Ukraine firing daily?' })
    expect(result.answer).toBeNull()
    expect(result.abstention?.code).toBe('low-confidence')
    // The sentence it weighed and refused, traceable like an answer's.
    const closest = result.abstention?.closest
    expect(closest?.sentence).toContain('6,000 rounds')
    const passage = strict.corpus.passages.find((p) => p.documentId === closest?.documentId && p.paragraph === closest?.paragraph)
    expect(passage?.text.slice(closest!.sentenceStart, closest!.sentenceEnd)).toBe(closest?.sentence)
    expect(result.summary).toBe(`The articles don't answer this: ${result.abstention?.reason}. The closest passage is paragraph 4 of NATO ammunition (2023-09-28): "${closest?.sentence}"`)
  })

  it('points to no sentence when the question names something no passage mentions', () => {
    const result = engineFrom().ask({ question: 'Who won the 2022 World Cup?' })
    expect(result.abstention?.closest).toBeUndefined()
  })
})

describe('summary', () => {
  it('states the answer in a sentence and names title, date and paragraph', () => {
    expect(ask('How many rounds was Ukraine firing daily?').summary).toMatch(
      /^The answer is up to 6,000 rounds, according to NATO ammunition \(2023-09-28\), paragraph 4: "Ukraine's military was firing up to 6,000 rounds daily, .*"$/,
    )
  })
})

describe('confidence', () => {
  it('grows with the span\'s score, a clear winner and a clearly leading sentence, and a negation on one side lowers it', () => {
    const base = { candidate: 0.6, margin: 0, coverage: 0.8, sentence: 0.5, lead: 0.1, absentName: 0, negation: 0, lookup: 0, exactAll: 0 }
    expect(confidenceOf({ ...base, candidate: 1 })).toBeGreaterThan(confidenceOf(base))
    expect(confidenceOf({ ...base, margin: 0.5 })).toBeGreaterThan(confidenceOf(base))
    expect(confidenceOf({ ...base, lead: 0.8 })).toBeGreaterThan(confidenceOf(base))
    expect(confidenceOf({ ...base, negation: 1 })).toBeLessThan(confidenceOf(base))
  })

  it('reaches 0.8 for an exact figure whose sentence holds every word of the question', () => {
    expect(ask('How many rounds was Ukraine firing daily?').answer?.confidence).toBeGreaterThanOrEqual(0.8)
  })
})

describe('every answer (property)', () => {
  const words = ['How', 'many', 'who', 'what', 'when', 'rounds', 'Ukraine', 'NATO', 'Smith', 'EU', 'ammunition', 'ship', 'plan', 'billion', 'daily', 'CNN', 'forum', 'is', 'the', 'did', 'by', 'Russia', 'shells', '2024', 'World', 'Cup']
  it('is a slice of its passage inside its sentence, with confidence in [0, 1]; abstention exactly when null', () => {
    const passages = engine.corpus.passages
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }), (parts) => {
        const result = engine.ask({ question: `${parts.join(' ')}?`, k: 2 })
        expect(result.passages.length).toBeLessThanOrEqual(2)
        const a = result.answer
        if (a === null) {
          expect(result.abstention?.abstained).toBe(true)
          return
        }
        expect(result.abstention).toBeUndefined()
        const passage = passages.find((p) => p.documentId === a.documentId && p.paragraph === a.paragraph)!
        expect(passage.text.slice(a.start, a.end)).toBe(a.text)
        expect(passage.text.slice(a.sentenceStart, a.sentenceEnd)).toBe(a.sentence)
        expect(a.start).toBeGreaterThanOrEqual(a.sentenceStart)
        expect(a.end).toBeLessThanOrEqual(a.sentenceEnd)
        expect(a.confidence).toBeGreaterThanOrEqual(0)
        expect(a.confidence).toBeLessThanOrEqual(1)
      }),
      { numRuns: 120 },
    )
  })
})
