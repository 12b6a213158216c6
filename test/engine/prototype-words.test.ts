import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveFollowUp } from '../../src/engine/conversation/resolve-follow-up'
import { engineFrom } from '../helpers/engine'

// Words every plain object inherits: a table indexed by a question word must not see them.
const PROTOTYPE_WORDS = Object.getOwnPropertyNames(Object.prototype).concat(['__proto__', 'prototype'])

describe('questions made of Object.prototype names', () => {
  const engine = engineFrom()
  const templates = ['What is the {w} of NATO?', 'Which {w}?', 'Who is the {w}?', 'How many {w} rounds?', '{w}', 'When did the {w} start?', 'And {w}?', 'What did {w} say about it?']

  it('never throw in ask()', () => {
    for (const w of PROTOTYPE_WORDS) {
      for (const t of templates) {
        const question = t.replace('{w}', w)
        expect(() => engine.ask({ question }), question).not.toThrow()
      }
    }
  })

  it('never throw in follow-up resolution or ask, mixed with ordinary words (property)', () => {
    const word = fc.constantFrom(...PROTOTYPE_WORDS, 'who', 'what', 'which', 'how', 'many', 'she', 'it', 'and', 'Smith', 'NATO', 'rounds', '?')
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 3 }), (turns) => {
        const question = resolveFollowUp(turns, { answerOf: (q) => engine.ask({ question: q }).answer?.text })
        expect(typeof question).toBe('string')
        expect(() => engine.ask({ question })).not.toThrow()
      }),
      { numRuns: 200 },
    )
  })
})
