/**
 * @module
 * Answer selection: which of the ranker's top sentences, and which span in it, answers the question.
 */
import type { AnswerInput, Selection } from './answer'
import { sentenceCandidates } from './candidates'
import { asksForKind } from './kinds'
import { TYPED_ANSWERS } from './type-fit'
import { idf } from '../search/stats'
import { asksLifeEnd, hasDatePair } from './life-dates'
import { AGE_LABEL } from '../entities/ages'
import { ageOfAsked } from './age-owners'
import { questionNames } from '../question/analyze'
import type { Passage, Span } from '../types'

// Types whose exact kind a stand-in never beats within a sentence.
const EXACT_FIRST: ReadonlySet<string> = new Set(['percent', 'money', 'duration', 'date'])

/**
 * How many ranked sentences compete for the answer, and how much their rank counts against the
 * span's score. Measured on the SQuAD dev articles: 3, 4, 6 or 10 sentences score the same
 * (3 abstains on one more unanswerable question) and 3 halves the candidate work per request.
 * `offKind` is taken from a sentence whose best span only stands in for a typed question's kind
 * (fit below 1): measured, 0.3 gains a news question and changes no SQuAD or seed answer; 1 (never
 * choose it) answers one fewer unanswerable SQuAD question with abstention.
 * `sentenceWeight` 0.8–0.95 choose the same sentences (0.7 or less lose SQuAD F1). Tried and dropped
 * (SQuAD dev, threshold 0, each ±2 questions or worse on one article): a passage-rank penalty, a
 * bonus for the top sentence's continuing neighbour, the candidate's margin over its runner-up, its
 * share of question words, the question words the sentence holds outside it, and candidate score
 * deciding near-ties; a choice model over all of these did not carry from one article to the other.
 */
export const SELECTION = { sentences: 3, sentenceWeight: 0.9, offKind: 0.3 } as const

/**
 * The best sentence and span: the sentence ranker's score and the candidate's score, weighted.
 *
 * @example
 * ```ts
 * selectAnswer({ ranked, corpus, question, query })?.candidate.span?.type // "number"
 * ```
 */
export function selectAnswer({ ranked, corpus, question, query }: AnswerInput): Selection | undefined {
  const top = ranked[0]
  const idfOf = (term: string) => idf(corpus.search, term)
  const stated = statedSelection({ ranked, corpus, question, query }, idfOf)
  if (stated) return stated
  let best: (Selection & { total: number }) | undefined
  for (const r of ranked.slice(0, SELECTION.sentences)) {
    const relative = top && top.score > 0 ? Math.max(0, r.score) / top.score : 0
    // A candidate scores at most 1, and the sentences come best first: once even a perfect span
    // here could not beat the best total, no later sentence can (the same choice, less work).
    if (best && SELECTION.sentenceWeight * relative + (1 - SELECTION.sentenceWeight) <= best.total) break
    const candidates = sentenceCandidates(corpus.passages[r.passageId]!, r.sentence, question, idfOf, query)
    // "What percentage…?": a sentence that states a percentage answers with it, not with a bare count nearer the question's words.
    const c = (EXACT_FIRST.has(question.type) && candidates[0] && candidates[0].fit < 1 && candidates.find((x) => x.fit >= 1)) || candidates[0]
    if (!c) continue
    // The runner-up is another answer, not a part of this one ("1191" inside "1 May 1191"), and of the exact kind when that chose.
    const next = candidates.find((x) => (x.end <= c.start || x.start >= c.end) && (c === candidates[0] || x.fit >= 1))
    // A typed question's answer is a span of the expected kind: a sentence that offers only a
    // stand-in ("Tuesday" for "at what time") yields to one that has it.
    const offKind = (TYPED_ANSWERS.has(question.type) || asksForKind(question)) && c.fit < 1 ? SELECTION.offKind : 0
    const total = SELECTION.sentenceWeight * relative + (1 - SELECTION.sentenceWeight) * c.score - offKind
    if (!best || total > best.total) best = { ranked: r, candidate: c, runnerUp: next?.score ?? 0, total }
  }
  return best
}

// "How old is/was <name>?": capitalised words (and "the") only after the verb.
const HOW_OLD = /^\s*[Hh]ow old (?:is|was|are|were)(?: (?:the|\p{Lu}[\p{L}'’.-]*))+\s*\??\s*$/u

/**
 * Answers a sentence states about the question's person, wherever it ranks among the retrieved
 * sentences: "(birth – death)" dates after the name (`life-dates.ts`) for "When did Whitcombe
 * die?", and an age given with the name ("Mensah, 23,") for "How old is Kofi Mensah?". Such a
 * sentence holds the name and the figure, seldom "died" or "old", so the ranker puts other
 * sentences about the person first.
 */
function statedSelection({ ranked, corpus, question, query }: AnswerInput, idfOf: (term: string) => number): Selection | undefined {
  const life = asksLifeEnd(question) !== undefined
  const names = questionNames(question)
  // "How old is Kofi Mensah?", not "At what age was Faith told…?" (her age then, not the one given with her name).
  const age = !life && names.size > 0 && HOW_OLD.test(question.text)
  if (!life && !age) return undefined
  const owned = (passage: Passage, span: Span) => ageOfAsked(question, passage.text, span) > 0
  for (const r of ranked) {
    const passage = corpus.passages[r.passageId]!
    const s = passage.sentences[r.sentence]!
    const stated = life ? hasDatePair(passage.text.slice(s.start, s.end)) : passage.spans.some((x) => x.label === AGE_LABEL && x.start >= s.start && x.end <= s.end && owned(passage, x))
    if (!stated) continue
    const candidates = sentenceCandidates(passage, r.sentence, question, idfOf, query)
    const c = candidates.find((x) => (life ? x.lookup && x.span?.type === 'date' : x.span?.label === AGE_LABEL && owned(passage, x.span)))
    if (!c) continue
    const next = candidates.find((x) => x.end <= c.start || x.start >= c.end)
    return { ranked: r, candidate: age ? { ...c, lookup: true } : c, runnerUp: next?.score ?? 0 }
  }
  return undefined
}
