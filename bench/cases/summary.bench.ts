/**
 * Rendering a summary from precomputed data (the generated corpus): selection by stored rank,
 * facts quoted, Mustache rendered — per format, and query-focused.
 */
import { createEngine } from '../../src/engine/engine'
import { corpus } from '../../src/generated/corpus'
import { serializedIndex } from '../../src/generated/search-index'
import type { BenchCase } from '../harness'

const engine = () => createEngine({ corpus, index: serializedIndex })
const doc = corpus.documents[0]!.id

export const cases: BenchCase[] = [
  {
    name: 'summary: 3 key sentences, text',
    setup: () => {
      const e = engine()
      return () => e.summarize({ doc, sentences: 3 })
    },
    iterations: 5000,
  },
  {
    name: 'summary: words=120, markdown',
    setup: () => {
      const e = engine()
      return () => e.summarize({ doc, words: 120, format: 'markdown' })
    },
    iterations: 5000,
  },
  {
    name: 'summary: html',
    setup: () => {
      const e = engine()
      return () => e.summarize({ doc, format: 'html' })
    },
    iterations: 5000,
  },
  {
    name: 'summary: q=topic',
    setup: () => {
      const e = engine()
      const topics = ['ammunition production', 'European Commission', 'rounds daily', 'Ukraine support']
      return (i) => e.summarize({ doc, q: topics[i % topics.length]! })
    },
    iterations: 5000,
  },
]
