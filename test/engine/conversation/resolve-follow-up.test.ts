import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { corpusClassifier } from '../../../src/engine/conversation/corpus-classifier'
import { phraseKind, questionEntities } from '../../../src/engine/conversation/entities'
import { readTurn } from '../../../src/engine/conversation/follow-up'
import { questionTopic } from '../../../src/engine/conversation/pronouns'
import { resolveFollowUp } from '../../../src/engine/conversation/resolve-follow-up'
import type { Corpus } from '../../../src/engine/types'

describe('readTurn', () => {
  it.each([
    ['And Ukraine?', { kind: 'fragment', subject: 'Ukraine' }],
    ['What about the EU?', { kind: 'fragment', subject: 'the EU' }],
    ['and what about in 2025?', { kind: 'fragment', subject: '2025', preposition: 'in' }],
    ['How about for Germany', { kind: 'fragment', subject: 'Germany', preposition: 'for' }],
    ['Same for the Pentagon?', { kind: 'fragment', subject: 'the Pentagon' }],
    ['Ukraine?', { kind: 'fragment', subject: 'Ukraine' }],
    ['And tanks?', { kind: 'fragment', subject: 'tanks' }],
  ])('reads %j as a fragment', (turn, shape) => {
    expect(readTurn(turn)).toEqual(shape)
  })

  it.each(['Who said that?', 'And who paid for it?', 'Is NATO short of shells?', 'ammunition shortages', 'Did she visit Kyiv in 2023 with the minister and her staff?'])(
    'reads %j as a question',
    (turn) => expect(readTurn(turn)).toEqual({ kind: 'question', text: turn }),
  )
})

describe('questionEntities', () => {
  it('finds names, acronyms that spell stop words, particles in names, and numbers', () => {
    const found = questionEntities("Did the US Ambassador meet Ursula von der Leyen's team in 2024?")
    expect(found.map((e) => [e.text, e.kind])).toEqual([['US Ambassador', 'person'], ['Ursula von der Leyen', 'person'], ['2024', 'number']])
  })

  it('skips question words and imperatives that open the sentence', () => {
    expect(questionEntities('Name the members of NATO').map((e) => e.text)).toEqual(['NATO'])
    expect(questionEntities('Where is it?')).toEqual([])
  })

  it('offsets point at the entity in the question', () => {
    fc.assert(fc.property(fc.constantFrom('Russia', 'European Commission', 'Oleksandra Ustinova', '1901'), fc.constantFrom('How many shells did', 'Why did', 'When did'), (name, opener) => {
      const question = `${opener} ${name} buy?`
      const [entity] = questionEntities(question)
      expect(question.slice(entity!.start, entity!.end)).toBe(name)
    }))
  })

  it('phraseKind reads particles, numbers and the classifier', () => {
    expect(phraseKind('von der Leyen')).toBe('person')
    expect(phraseKind('2025')).toBe('number')
    expect(phraseKind('Kyiv', (p) => (p === 'Kyiv' ? 'thing' : undefined))).toBe('thing')
  })
})

describe('resolveFollowUp: elliptical follow-ups', () => {
  it.each([
    [['How many shells was Russia using?', 'And Ukraine?'], 'How many shells was Ukraine using?'],
    [['How many rounds will the EU ship by 2024?', 'What about in 2025?'], 'How many rounds will the EU ship by 2025?'],
    [['What did the European Commission pledge?', 'What about the EU?'], 'What did the EU pledge?'],
    [['How many shells was Russia using?', 'And tanks?'], 'How many tanks was Russia using?'],
    [['What did Smith say about NATO?', 'And von der Leyen?'], 'What did von der Leyen say about NATO?'],
    [['When did Germany send tanks to Poland?', 'And to Ukraine?'], 'When did Germany send tanks to Ukraine?'],
    [["What is Russia's budget?", 'And Ukraine?'], "What is Ukraine's budget?"],
    [["What is Russia's budget?", "What about Ukraine's?"], "What is Ukraine's budget?"],
    [['Who did King Robert swear fealty to?', 'And Charles III?'], 'Who did King Charles III swear fealty to?'],
    [['Who was the duke in the battle of Hastings?', 'And Tinchebray?'], 'Who was the duke in the battle of Tinchebray?'],
    [['Which class contains IP and NP?', 'And AM?'], 'Which class contains IP and AM?'],
    [['In what expression is DTIME used', 'And NTIME?'], 'In what expression is NTIME used'],
    [['Why are shells scarce?', 'And in Europe?'], 'Why are shells scarce, in Europe?'],
  ])('%j → %j', (turns, expected) => {
    expect(resolveFollowUp(turns)).toBe(expected)
  })

  it('chains: each turn resolves against the resolved one before it', () => {
    expect(resolveFollowUp(['How many shells was Russia using?', 'And Ukraine?', 'What about NATO?'])).toBe('How many shells was NATO using?')
  })

  it('uses the classifier to swap a person for a person', () => {
    const classify = (p: string) => ({ smith: 'person', jones: 'person', cnn: 'thing' } as const)[p.toLowerCase() as 'smith']
    expect(resolveFollowUp(['What did Smith tell CNN?', 'And Jones?'], { classify })).toBe('What did Jones tell CNN?')
    expect(resolveFollowUp(['What did Smith tell CNN?', 'And Jones?'])).toBe('What did Smith tell Jones?')
  })

  it('swaps a substituted subject into any question shape', () => {
    const subjects = ['Ukraine', 'Germany', 'Poland', 'Canada']
    fc.assert(fc.property(
      fc.constantFrom(...subjects), fc.constantFrom(...subjects),
      fc.constantFrom('How many shells did X fire?', 'Why does X need ammunition?', 'What did X promise the allies?'),
      (from, to, shape) => {
        expect(resolveFollowUp([shape.replace('X', from), `And ${to}?`])).toBe(shape.replace('X', to))
      },
    ))
  })
})

describe('resolveFollowUp: pronouns', () => {
  it.each([
    [['What did Julianne Smith say about NATO?', 'When did she say it?'], 'When did Julianne Smith say NATO?'],
    [['Who is the US Ambassador to NATO?', 'What did she say about Ukraine?'], 'What did the US Ambassador to NATO say about Ukraine?'],
    [['What did Ursula von der Leyen promise?', 'How much was her plan worth?'], "How much was Ursula von der Leyen's plan worth?"],
    [['Who leads NATO?', 'What did they send to Ukraine?'], 'What did NATO send to Ukraine?'],
    [['What did President Biden sign?', 'Where was he?'], 'Where was Biden?'],
    [['What did NATO promise?', 'When will its members deliver?'], "When will NATO's members deliver?"],
    [['What did Ambassador Smith say?', 'Who told her about the plan?'], 'Who told Smith about the plan?'],
    [['What did Julianne Smith say about ammunition production?', 'What did she say about it?'], 'What did Julianne Smith say about ammunition production?'],
    [['What did Smith say about the counteroffensive?', 'Why is it stalling?'], 'Why is the counteroffensive stalling?'],
    [['What did NATO say about ammunition?', 'When did it say that?'], 'When did NATO say that?'],
  ])('%j → %j', (turns, expected) => {
    expect(resolveFollowUp(turns)).toBe(expected)
  })

  it('falls back to the previous answer, typed by its question word, asking for it only when needed', () => {
    const asked: string[] = []
    const answerOf = (question: string) => {
      asked.push(question)
      return ({ 'Who told CNN about the shells?': 'Oleksandra Ustinova', 'Where did Smith speak?': 'the Winning the Peace forum', 'When did the forum open?': 'Wednesday', 'Who spoke first?': 'Smith' } as Record<string, string>)[question]
    }
    expect(resolveFollowUp(['Who told CNN about the shells?', 'What is her job?'], { answerOf })).toBe("What is Oleksandra Ustinova's job?")
    expect(resolveFollowUp(['Where did Smith speak?', 'Who organised it?'], { answerOf })).toBe('Who organised the Winning the Peace forum?')
    // A date is not "it"; a "who" answer is not "it" either.
    expect(resolveFollowUp(['When did the forum open?', 'Who organised it?'], { answerOf })).toBe('Who organised it?')
    expect(resolveFollowUp(['Who spoke first?', 'Why did it matter?'], { answerOf })).toBe('Why did it matter?')
    asked.length = 0
    expect(resolveFollowUp(['What did Julianne Smith say?', 'Why did she say that?'], { answerOf })).toBe('Why did Julianne Smith say that?')
    expect(resolveFollowUp(['How many shells was Russia using?', 'And Ukraine?'], { answerOf })).toBe('How many shells was Ukraine using?')
    expect(asked).toEqual([])
  })

  it('leaves a pronoun whose referent is named in the same question, or has none', () => {
    expect(resolveFollowUp(['What did NATO say?', 'What did Smith say about his plan?'])).toBe('What did Smith say about his plan?')
    expect(resolveFollowUp(['Why are shells scarce?', 'Who said it?'])).toBe('Who said it?')
  })
})

describe('questionTopic', () => {
  it('is the short phrase after the last about/on/of/for, never a pronoun or only stop words', () => {
    expect(questionTopic('What did Smith say about ammunition production?')?.text).toBe('ammunition production')
    expect(questionTopic('What is the price of shells')?.text).toBe('shells')
    for (const q of ['What did she say about it?', 'Who is it for?', 'Why are shells scarce?', 'What did she say about the long and winding road to the summit?']) {
      expect(questionTopic(q), q).toBeUndefined()
    }
  })
})

describe('resolveFollowUp: questions that stand alone', () => {
  it('lets a fragment stand when there is nothing before it to complete', () => {
    expect(resolveFollowUp(['!', 'And Ukraine?'])).toBe('And Ukraine?')
    expect(resolveFollowUp(['Hello', 'And Ukraine?'])).toBe('And Ukraine?')
    expect(resolveFollowUp(['Thanks, NATO looks busy.', 'What about Russia?'])).toBe('What about Russia?')
  })

  it('returns a single turn, trimmed; ignores blank turns; empty for none', () => {
    expect(resolveFollowUp(['  Who is Smith?  '])).toBe('Who is Smith?')
    expect(resolveFollowUp(['How many shells was Russia using?', '  ', 'And Ukraine?'])).toBe('How many shells was Ukraine using?')
    expect(resolveFollowUp([])).toBe('')
  })

  it('never changes a full question without pronouns, whatever came before', () => {
    // Not "of": "What of shells?" is an ellipsis ("what about shells?").
    const word = fc.constantFrom('shells', 'Ukraine', 'the', 'budget', 'NATO', '2024', 'production', 'for', 'Smith', 'rounds')
    const question = fc.tuple(fc.constantFrom('Who', 'What', 'When', 'Where', 'Why', 'How many', 'Did', 'Is'), fc.array(word, { minLength: 1, maxLength: 8 }))
      .map(([opener, words]) => `${opener} ${words.join(' ')}?`)
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 4 }), question, (before, latest) => {
      expect(resolveFollowUp([...before, latest])).toBe(latest)
    }))
  })

  it('skips earlier turns longer than a question (a pasted document is no question to complete)', () => {
    const pasted = 'Russia '.repeat(50_000)
    expect(resolveFollowUp(['How many shells was Russia using?', pasted, 'And Ukraine?'])).toBe('How many shells was Ukraine using?')
    expect(resolveFollowUp(['How many shells was Russia using?', pasted])).toBe(pasted.trim())
  })

  it('never throws and never returns more than the turns hold', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 6 }), (turns) => {
      const resolved = resolveFollowUp(turns)
      expect(typeof resolved).toBe('string')
      expect(resolved.length).toBeLessThanOrEqual(turns.reduce((n, t) => n + t.length + 4, 0))
    }))
  })
})

describe('corpusClassifier', () => {
  it('knows people by full name and surname, and organisations and places as things', () => {
    const text = 'Julianne Smith met NATO officials in Kyiv.'
    const corpus: Corpus = {
      version: 'v', documents: [],
      passages: [{
        documentId: 'a', paragraph: 0, text, sentences: [{ start: 0, end: text.length }],
        spans: [{ start: 0, end: 14, type: 'person' }, { start: 19, end: 23, type: 'organization' }, { start: 37, end: 41, type: 'place' }, { start: 24, end: 33, type: 'noun-phrase' }],
      }],
    }
    const classify = corpusClassifier(corpus)
    expect(['Julianne Smith', 'smith', "Smith's", 'NATO', 'Kyiv', 'officials', 'Jones'].map(classify)).toEqual(['person', 'person', 'person', 'thing', 'thing', undefined, undefined])
    expect(corpusClassifier(corpus)).toBe(classify)
  })
})
