/**
 * Engine time per question on the seed article (the generated corpus).
 */
import { createEngine } from '../../src/engine/engine'
import { corpus } from '../../src/generated/corpus'
import { serializedIndex } from '../../src/generated/search-index'
import type { BenchCase } from '../harness'

const questions = [
  'How many rounds was Ukraine firing daily?',
  'Who is the US Ambassador to NATO?',
  'How much will the EU plan cost?',
  'Who won the 2022 World Cup?',
  'What did Smith say about Ukraine?',
]

export const cases: BenchCase[] = [
  {
    name: 'ask: seed article',
    setup: () => {
      const engine = createEngine({ corpus, index: serializedIndex })
      return (i) => engine.ask({ question: questions[i % questions.length]! })
    },
    iterations: 5000,
  },
  {
    name: 'load: engine from generated modules',
    setup: () => () => createEngine({ corpus, index: serializedIndex }),
    iterations: 200,
  },
]
