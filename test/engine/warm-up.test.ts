/**
 * The start-up warm-up (session 11): it asks its questions and the content's own, summarises once,
 * and never throws, whatever the engine does.
 */
import { describe, expect, it } from 'vitest'
import { createEngine, loadSearchIndex, type Engine } from '../../src/engine/engine'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { WARM_UP_MAX_PASSAGES, WARM_UP_QUESTIONS, warmUp, warmsUpAtStart } from '../../src/engine/warm-up'
import { warmUpAtStart } from '../../src/default-engine'
import { engineFrom, SEED } from '../helpers/engine'

describe('warmUp', () => {
  it('asks every warm-up question, questions about the content, and summarises the first document', () => {
    const engine = engineFrom()
    const asked: string[] = []
    let summaries = 0
    const spy: Engine = {
      ...engine,
      ask: (input) => (asked.push(input.question), engine.ask(input)),
      summarize: (input) => (summaries++, engine.summarize(input)),
    }
    const calls = warmUp(spy)
    expect(asked.slice(0, WARM_UP_QUESTIONS.length)).toEqual([...WARM_UP_QUESTIONS])
    // The seed names people, organisations, places, dates and counts: one question about each.
    const about = asked.slice(WARM_UP_QUESTIONS.length)
    expect(about.some((q) => /^Who is /.test(q))).toBe(true)
    expect(about.some((q) => /^How many /.test(q))).toBe(true)
    expect(summaries).toBe(1)
    expect(calls).toBe(asked.length + 1)
  })

  it('never throws: a call that fails is skipped and not counted', () => {
    const engine = engineFrom()
    let failed = 0
    const broken: Engine = { ...engine, ask: () => { failed++; throw new Error('boom') } }
    expect(() => warmUp(broken)).not.toThrow()
    expect(warmUp({ ...engine, ask: () => { throw new Error('boom') } })).toBe(1)
    expect(failed).toBeGreaterThanOrEqual(WARM_UP_QUESTIONS.length)
  })

  it('lets engines that differ only in their threshold share one loaded index', () => {
    const built = buildCorpus([SEED])
    const searchIndex = loadSearchIndex(built)
    const lenient = createEngine(built, { abstainBelow: 0, searchIndex })
    const strict = createEngine(built, { abstainBelow: 0.99, searchIndex })
    const question = 'How many rounds was Ukraine firing daily?'
    expect(lenient.ask({ question }).answer?.text).toBe('up to 6,000 rounds')
    expect(strict.ask({ question }).answer).toBeNull()
    expect(strict.search({ question })).toEqual(createEngine(built).search({ question }))
  })

  it('warms up at start-up only a corpus small enough to stay well inside the start-up limit', () => {
    const passage = engineFrom().corpus.passages[0]!
    const sized = (n: number) => ({ passages: Array.from({ length: n }, () => passage) })
    expect(warmsUpAtStart(sized(5))).toBe(true)
    expect(warmsUpAtStart(sized(WARM_UP_MAX_PASSAGES))).toBe(true)
    expect(warmsUpAtStart(sized(WARM_UP_MAX_PASSAGES + 1))).toBe(false)
    // The generated seed corpus is small: the entry point warms it up.
    expect(warmUpAtStart()).toBeGreaterThan(WARM_UP_QUESTIONS.length)
  })
})
