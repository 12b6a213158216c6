/**
 * Engine time per question: on the seed article (the generated corpus) and on a synthetic
 * 5,000-passage corpus (see bench/synthetic-corpus.ts), asked of every document at once, cycling
 * through the seed question set.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createEngine } from '../../src/engine/engine'
import { corpus } from '../../src/generated/corpus'
import { serializedIndex } from '../../src/generated/search-index'
import type { BenchCase } from '../harness'
import { syntheticCorpus } from '../synthetic-corpus'

const root = join(import.meta.dirname, '..', '..')

// The seed question set (direct, paraphrased, misspelt and unanswerable questions) and a few more:
// 54 distinct questions, so the timed loop is not 8 questions replayed against warm caches.
const fixture = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seed-questions.json'), 'utf8')) as { questions: { question: string }[] }
const questions = [...new Set([
  ...fixture.questions.map((q) => q.question),
  'How much will the EU plan cost?',
  'What did Smith say about Ukraine?',
  'How much amunition will the EU ship by 2024?',
  'Which broadcaster did the Ukrainian MP talk to?',
])]

const SEED_NAME = 'nato-ammunition-2023-09-28.txt'

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
    name: 'ask: 5,000 synthetic passages',
    setup: () => {
      const content = readFileSync(join(root, 'content', SEED_NAME), 'utf8')
      const engine = createEngine(syntheticCorpus({ name: SEED_NAME, content }, { passages: 5000 }))
      return (i) => engine.ask({ question: questions[i % questions.length]! })
    },
    iterations: 2000,
  },
  {
    name: 'load: engine from generated modules',
    setup: () => () => createEngine({ corpus, index: serializedIndex }),
    iterations: 200,
    // An isolate loads the engine once; its cold figure is the first loads.
    warmUp: 50,
  },
]
