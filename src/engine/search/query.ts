/**
 * @module
 * Query analysis for retrieval: the question's index terms, each the head of a group that may add
 * a typo correction and synonyms or acronym expansions found at build time. Groups let the
 * sentence ranker count "CEPA" and "Center for European Policy Analysis" as one query term.
 */
import { normalizeTerm } from '../text/terms'
import { periodTerms } from './periods'
import { tokenize } from '../text/tokens'
import type { Corpus } from '../types'
import { expansionsOf, idf, passageCount, type SearchStats } from './stats'
import { correctWord } from './typos'

/** One term to search for. */
export interface QueryTerm {
  /** Index term (normalised, stemmed). */
  term: string
  /** 1 for the question's own words, less for corrections and expansions. */
  weight: number
  /** Indexes of the question terms this one stands for: one, or a whole phrase ("cepa" for "Center … Analysis"). */
  groups: number[]
}

/** A question ready for retrieval and sentence ranking. */
export interface AnalyzedQuery {
  question: string
  terms: QueryTerm[]
  /** Per group: the most a sentence can earn by matching it (weight × IDF of its best known term). */
  groupWeights: number[]
  /** The question's own index terms that no passage contains and no correction or expansion replaced. */
  missing: string[]
}

/** How much a corrected spelling and an expansion count, relative to the question's own word. */
export const EXPANSION_WEIGHTS = { typo: 0.5, synonym: 0.6 } as const

const MAX_PHRASE = 5
const NO_TERMS: readonly string[] = []
/** Most words corrected per question: bounds the work a long question of unknown words can cause. */
const MAX_CORRECTIONS = 8

/** A content word of the question as written and its index term (what `analyzeQuestion` reads too). */
export interface QueryWord {
  text: string
  term: string
}

/**
 * The question's content words, in order: the tokens that have an index term.
 *
 * @example
 * ```ts
 * queryWords('How many rounds?') // [{ text: "rounds", term: "round" }]
 * ```
 */
export function queryWords(question: string): QueryWord[] {
  return tokenize(question).flatMap((t) => {
    const term = normalizeTerm(t.text)
    return term === null ? [] : [{ text: t.text, term }]
  })
}

/**
 * Analyzes a question against the corpus' term statistics. `words` are the question's content
 * words when the caller already has them (`QuestionAnalysis.words`): the question is then not
 * tokenized and stemmed a second time.
 *
 * @example
 * ```ts
 * analyzeQuery(corpus, 'How much amunition?').terms.map((t) => t.term) // ["amunit", "ammunit"]
 * ```
 */
export function analyzeQuery(corpus: Corpus, question: string, questionWords: readonly QueryWord[] = queryWords(question)): AnalyzedQuery {
  const stats = corpus.search
  const terms: QueryTerm[] = []
  const add = (term: string, weight: number, groups: number[]) => {
    const existing = terms.find((t) => t.term === term)
    if (!existing) terms.push({ term, weight, groups })
    else if (existing.weight < weight) {
      existing.weight = weight
      existing.groups = groups
    }
    else if (existing.weight === weight) existing.groups = [...new Set([...existing.groups, ...groups])]
  }
  const known = (term: string) => stats === undefined || passageCount(stats, term) > 0
  const heads: string[] = []
  let corrections = 0
  for (const { term, text } of questionWords) {
    if (heads.includes(term)) continue
    const group = heads.push(term) - 1
    add(term, 1, [group])
    // "the 1700s" is also "the 18th century", and "in 1705".
    for (const period of stats ? periodTerms(text, question, stats.df) : NO_TERMS) add(period, EXPANSION_WEIGHTS.synonym, [group])
    if (!stats || known(term)) continue
    const raw = text.toLowerCase()
    if (/^\p{L}+$/u.test(raw) && corrections++ < MAX_CORRECTIONS) {
      const fixed = correctWord(stats, raw)
      const fixedTerm = fixed === undefined ? null : normalizeTerm(fixed)
      if (fixedTerm && fixedTerm !== term) add(fixedTerm, EXPANSION_WEIGHTS.typo, [group])
    }
  }
  if (stats) expandSynonyms(stats, questionWords.map((w) => w.term), heads, add, known)
  // Each term's worth and presence looked up once, not once per group.
  const values = terms.map((t) => t.weight * idf(stats, t.term))
  const inIndex = terms.map((t) => known(t.term))
  const groupWeights: number[] = []
  const missing: string[] = []
  for (let g = 0; g < heads.length; g++) {
    // A group none of whose terms the corpus has keeps its full weight: missing key words should cost coverage.
    let inCorpus = -Infinity
    let any = -Infinity
    let hasInCorpus = false
    for (let n = 0; n < terms.length; n++) {
      if (!terms[n]!.groups.includes(g)) continue
      any = Math.max(any, values[n]!)
      if (inIndex[n]) {
        hasInCorpus = true
        inCorpus = Math.max(inCorpus, values[n]!)
      }
    }
    groupWeights.push(hasInCorpus ? inCorpus : any)
    if (!hasInCorpus) missing.push(heads[g]!)
  }
  return { question, terms, groupWeights, missing }
}

/** Adds the expansions of every phrase (one to five consecutive terms) the table knows. */
function expandSynonyms(
  stats: SearchStats,
  sequence: string[],
  heads: string[],
  add: (term: string, weight: number, groups: number[]) => void,
  known: (term: string) => boolean,
): void {
  const starts = phraseStarts(stats)
  for (let i = 0; i < sequence.length; i++) {
    // Only phrases whose first term starts a table entry, up to that entry's length; grown a word at a time.
    const longest = Math.min(MAX_PHRASE, starts.get(sequence[i]!) ?? 0)
    let phrase = ''
    for (let n = 1; n <= longest && i + n <= sequence.length; n++) {
      phrase = n === 1 ? sequence[i]! : `${phrase} ${sequence[i + n - 1]!}`
      const alternatives = expansionsOf(stats, phrase)
      if (alternatives.length === 0) continue
      // The alternative stands for the whole phrase: matching it covers every word of the phrase.
      const groups = [...new Set(sequence.slice(i, i + n).map((t) => heads.indexOf(t)))]
      for (const alternative of alternatives) {
        const parts = alternative.split(' ')
        if (!parts.every(known)) continue
        for (const part of parts) add(part, EXPANSION_WEIGHTS.synonym, groups)
      }
    }
  }
}

// Per synonym table: first term of each entry → its longest entry, in terms. Derived once per
// corpus, so a question's phrases that start no entry are never built or looked up.
const STARTS = new WeakMap<SearchStats, Map<string, number>>()

function phraseStarts(stats: SearchStats): Map<string, number> {
  let starts = STARTS.get(stats)
  if (!starts) {
    starts = new Map()
    for (const key of Object.keys(stats.synonyms)) {
      const words = key.split(' ')
      starts.set(words[0]!, Math.max(starts.get(words[0]!) ?? 0, words.length))
    }
    STARTS.set(stats, starts)
  }
  return starts
}
