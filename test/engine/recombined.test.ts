/**
 * A span made only of the question's words answers when it puts them together in a way the
 * question does not ("NP-hard" for "hard for NP"); a span repeating a phrase of the question does not.
 */
import { describe, expect, it } from 'vitest'
import { recombines } from '../../src/engine/answer/recombined'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom } from '../helpers/engine'

const terms = (question: string) => analyzeQuestion(question).keywords

describe('spans made of the question\'s words', () => {
  it('reads a new combination of the question\'s words as a name for what it describes', () => {
    const question = analyzeQuestion('What is the problem of deciding if two graphs are isomorphic?')
    expect(recombines(terms('graph isomorphic problem'), question)).toBe(true)
    expect(recombines(terms('graphs isomorphic'), question)).toBe(false)
    expect(recombines(terms('problem'), question)).toBe(false)
  })

  it('reads a compound of the question turned around "of" as a repeat, not a new combination', () => {
    const question = analyzeQuestion("What are sometimes present in the boiler's firebox crown?")
    expect(recombines(terms("crown of the boiler's firebox"), question)).toBe(false)
    // Words apart in the question ("the alpine valley that the Rhine flows through") are no compound of it.
    expect(recombines(terms('Rhine Valley'), analyzeQuestion('What is the alpine valley that the Rhine flows through?'))).toBe(true)
    const content = "Lead fusible plugs may be present in the crown of the boiler's firebox."
    const answer = engineFrom([{ name: 'boiler.txt', content }], { abstainBelow: 0 }).ask({ question: "What are sometimes present in the boiler's firebox crown?" }).answer?.text
    expect(answer).toMatch(/fusible plugs$/)
  })

  it('answers with a term the question spells out', () => {
    const content = 'In particular, the set of languages that are hard for PSPACE is the set of PSPACE-hard languages.'
    const answer = engineFrom([{ name: 'hard.txt', content }], { abstainBelow: 0 }).ask({ question: 'A set of languages that is hard for PSPACE can also be called what?' }).answer?.text
    expect(answer).toMatch(/^PSPACE-hard/)
  })
})
