/**
 * Sentence scoring details shared by passage reranking and the sentence ranker: proximity with a
 * word between, variants of the question's words that the index search matched, and sentences
 * that continue the previous one ("It was commissioned by …").
 */
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { continuesPrevious } from '../../src/engine/search/continuation'
import { searchIndexOptions, type IndexedPassage } from '../../src/engine/search/options'
import { analyzeQuery } from '../../src/engine/search/query'
import { rankSentences } from '../../src/engine/search/rank-sentences'
import { retrieve } from '../../src/engine/search/retrieve'
import { scoreSentence, scoringQuery } from '../../src/engine/search/sentence-score'
import { matchedVariants, VARIANT_WEIGHT } from '../../src/engine/search/variants'

/** Builds a corpus from paragraphs and returns the text of the ranker's top sentence for a question. */
function topSentence(paragraphs: string[], question: string): string {
  const built = buildCorpus([{ name: 'a.txt', content: paragraphs.join('\n\n') }])
  const index = MiniSearch.loadJSON<IndexedPassage>(built.index, searchIndexOptions)
  const query = analyzeQuery(built.corpus, question)
  const top = rankSentences(built.corpus, retrieve(index, built.corpus, query, { limit: 5 }), query)[0]!
  const passage = built.corpus.passages[top.passageId]!
  const s = passage.sentences[top.sentence]!
  return passage.text.slice(s.start, s.end)
}

const FILLER = [
  'The harbour froze early that winter and the ships stayed in port.',
  'Merchants from the south sold wine, salt and cloth at the autumn fair.',
  'The old bridge was rebuilt in stone after the flood.',
]

describe('proximity', () => {
  const corpus = buildCorpus([{ name: 'a.txt', content: ['The duchy of Normandy grew.', ...FILLER].join('\n\n') }]).corpus
  const scoring = scoringQuery(corpus, analyzeQuery(corpus, 'Normandy duchy'))

  it('counts two question words with one other word between them as a pair', () => {
    const apart = (n: number) => ['duchi', ...Array<string>(n).fill('western'), 'normandi']
    expect(scoreSentence(apart(1), scoring).score).toBeGreaterThan(scoreSentence(apart(1), scoring).coverage)
    expect(scoreSentence(apart(2), scoring).score).toBe(scoreSentence(apart(2), scoring).coverage)
  })
})

describe('variants of the question words', () => {
  it('takes index terms that extend a question word or are one edit from it, nothing else', () => {
    const corpus = buildCorpus([{ name: 'a.txt', content: ['The border definition was religious.', 'The religion of the town was old.', ...FILLER].join('\n\n') }]).corpus
    const query = analyzeQuery(corpus, 'How was the religion border defined?')
    const variants = matchedVariants(query, [{ terms: ['definit', 'religi'] }, { terms: ['border', 'harbour'] }])
    expect(variants.map((v) => v.term)).toEqual(['definit', 'religi'])
    expect(variants.every((v) => v.weight === VARIANT_WEIGHT)).toBe(true)
    const group = (term: string) => query.terms.find((t) => t.term === term)!.groups
    expect(variants[0]!.groups).toEqual(group('defin'))
    expect(variants[1]!.groups).toEqual(group('religion'))
  })

  it('lets a sentence that says "definition" answer a question that says "defined"', () => {
    const paragraphs = ['Guards patrol the border every night. The border was fixed by a definition in the treaty of 1920.', ...FILLER]
    expect(topSentence(paragraphs, 'How was the border defined?')).toBe('The border was fixed by a definition in the treaty of 1920.')
  })
})

describe('sentences that continue the previous one', () => {
  const paragraphs = ['By far the most famous work of the guild is the tapestry. It was commissioned by Bishop Odo in 1070.', ...FILLER]

  it('recognises an opening pronoun or connective, not "There" or a first sentence', () => {
    const corpus = buildCorpus([{ name: 'a.txt', content: ['Rain fell. It stopped. There was sun. But the wind rose.'].join('') }]).corpus
    const passage = corpus.passages[0]!
    expect(passage.sentences.map((_, i) => continuesPrevious(passage, i))).toEqual([false, true, false, true])
  })

  it('ranks "It was commissioned by …" first for "Who commissioned the tapestry?"', () => {
    expect(topSentence(paragraphs, 'Who commissioned the tapestry?')).toBe('It was commissioned by Bishop Odo in 1070.')
  })
})
