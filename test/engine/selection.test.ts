/**
 * Answer selection (`answer/selection.ts`): which of the ranker's top sentences gives the answer.
 * The ranked lists are written by hand so that each rule of the weighting is what decides.
 */
import { describe, expect, it } from 'vitest'
import { selectAnswer, SELECTION } from '../../src/engine/answer/selection'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { analyzeQuery } from '../../src/engine/search/query'
import type { RankedSentence } from '../../src/engine/search/rank-sentences'

const ARTICLE = `# Harbour notes

The ferry left the harbour on Tuesday after the storm. The ferry had left the harbour at 6:30 a.m. on the first day, the captain said.

The captain was named Tom Rowe.
`

/** A corpus of the article, and a ranked sentence for a sentence's text at a given score. */
function setup() {
  const { corpus } = buildCorpus([{ name: 'harbour.md', content: ARTICLE }])
  const at = (opening: string, score: number): RankedSentence => {
    for (const [passageId, p] of corpus.passages.entries()) {
      const sentence = p.sentences.findIndex((s) => p.text.slice(s.start, s.end).startsWith(opening))
      if (sentence >= 0) return { passageId, sentence, score, coverage: score, matched: [], passageRank: 0, typed: false }
    }
    throw new Error(`no sentence opens with '${opening}'`)
  }
  const select = (question: string, ranked: RankedSentence[]) => {
    const selection = selectAnswer({ ranked, corpus, question: analyzeQuestion(question), query: analyzeQuery(corpus, question) })
    if (!selection) return undefined
    const p = corpus.passages[selection.ranked.passageId]!
    return p.text.slice(selection.candidate.start, selection.candidate.end)
  }
  return { at, select }
}

describe('selectAnswer', () => {
  it('keeps the top sentence when a lower one offers an answer of the same kind', () => {
    const { at, select } = setup()
    expect(select('When did the ferry leave the harbour?', [at('The ferry left', 1), at('The ferry had left', 0.8)])).toBe('Tuesday')
  })

  it('passes over a top sentence that offers only a stand-in for the asked kind', () => {
    // "Tuesday" is a day, not a time of day: the second sentence has the kind asked for.
    const { at, select } = setup()
    expect(select('At what time did the ferry leave the harbour?', [at('The ferry left', 1), at('The ferry had left', 0.8)])).toBe('6:30 a.m.')
  })

  it(`reads only the top ${SELECTION.sentences} sentences, and none without a candidate`, () => {
    const { at, select } = setup()
    const none = Array.from({ length: SELECTION.sentences }, () => at('The captain', 1))
    expect(select('When did the ferry leave the harbour?', [...none, at('The ferry left', 0.9)])).toBeUndefined()
    expect(select('When did the ferry leave the harbour?', [...none.slice(1), at('The ferry left', 0.9)])).toBe('Tuesday')
  })
})
