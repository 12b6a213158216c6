/**
 * @module
 * Answer extraction: among the best-ranked sentences, the best span whose type fits the question
 * (`selection.ts`); abstention when the sentence answers a changed question (contradiction,
 * substitution, a name it never mentions, the question's own name as answer, swapped roles, a list
 * of another length); else a confidence in [0, 1] and abstention when it is low (`confidence.ts`).
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Abstention, Answer, ClosestSentence } from '../results'
import type { AnalyzedQuery } from '../search/query'
import type { RankedSentence } from '../search/rank-sentences'
import type { Corpus, Passage } from '../types'
import type { Candidate } from './candidates'
import { abstainFor, confidenceOf, evidenceOf } from './confidence'
import { detachedClause } from './detached-clause'
import { contradiction } from './contradiction'
import { sentenceNegation } from './negations'
import { unstatedEnding } from './endings'
import { codeSwap } from './code-names'
import { unstatedLifeEvent } from './life-dates'
import { passageTerms, unmentionedName } from './unmentioned'
import { substitution } from './substitutions'
import { repeatsQuestion } from './repeats'
import { tokenize } from '../text/tokens'
import { normalizeTerm } from '../text/terms'
import { reorderedName } from './name-order'
import { variedTerms } from '../search/variants'
import { inversion } from './inversion'
import { subjectSwap } from './subjects'
import { relationSwap } from './possessives'
import { objectSwap } from './objects'
import { passiveSubjectSwap } from './passive-subjects'
import { describedOwner } from './described-owners'
import { nameRunSwap, possessorSwap } from './name-swaps'
import { questionWords, sentenceWords } from './rule-words'
import { mentions } from './support'
import { corpusNames } from '../question/corpus-names'
import { listCountDiffers } from './list-count'
import { selectAnswer } from './selection'
import { TYPED_ANSWERS } from './type-fit'
import { verdictOf } from './yes-no'
import { sentenceTerms } from '../search/sentence-terms'

/** How `extractAnswer` decides. */
export interface AnswerOptions {
  /** Below this confidence the engine abstains. */
  abstainBelow: number
}

/** What extraction reads. */
export interface AnswerInput {
  ranked: readonly RankedSentence[]
  corpus: Corpus
  question: QuestionAnalysis
  /** The analysed query the sentences were ranked with (terms, IDF weights, terms no passage has). */
  query: AnalyzedQuery
}

/** The chosen sentence and span. */
export interface Selection {
  ranked: RankedSentence
  candidate: Candidate
  /** The next candidate's score in the same sentence (0 when alone): a clear winner is likelier right. */
  runnerUp: number
}

/**
 * Turns the ranked sentences into an answer, or an abstention.
 *
 * @example
 * ```ts
 * const { answer } = extractAnswer({ ranked, corpus, question: analyzeQuestion(q), query }, { abstainBelow: 0.35 })
 * ```
 */
export function extractAnswer(input: AnswerInput, options: AnswerOptions): { answer: Answer | null; abstention?: Abstention } {
  const { corpus, question } = input
  // A plain word the search matched in another form ("treated" by "treatment") is not missing; a name must be there as written.
  const varied = variedTerms(input.query)
  const absent = varied.size === 0 ? input.query.missing : input.query.missing.filter((t) => !varied.has(t) || question.words.some((w) => w.term === t && /^[\p{Lu}\p{N}]/u.test(w.text)))
  const missing = abstainFor(question, absent)
  if (missing) return { answer: null, abstention: missing }
  if (input.ranked.length === 0) return abstained('no-match', 'no passage matches the question')
  const selection = selectAnswer(input)
  if (!selection) {
    return abstained('no-candidate', TYPED_ANSWERS.has(question.type)
      ? `no sentence near the question's words names a ${question.type === 'organization' ? 'organisation' : question.type}`
      : 'no sentence answers the question', closestOf(corpus, input.ranked[0]!))
  }
  const { answer, abstention } = answerFrom(input, selection, options)
  // Every abstention past this point weighed a sentence: the reader is shown it.
  return abstention ? { answer, abstention: { ...abstention, closest: closestOf(corpus, selection.ranked) } } : { answer }
}

/** The answer the selected candidate gives, or the rule or confidence that refuses it. */
function answerFrom(input: AnswerInput, selection: Selection, options: AnswerOptions): { answer: Answer | null; abstention?: Abstention } {
  const { corpus, question } = input
  const { ranked: r, candidate: c } = selection
  const passage = corpus.passages[r.passageId]!
  const s = passage.sentences[r.sentence]!
  const sentence = passage.text.slice(s.start, s.end)
  // A yes-no question the sentence as a whole answers (not "X or Y?", whose alternative is a span).
  if (question.type === 'yes-no' && c.start === s.start && c.end === s.end) return yesOrNo(input, selection, options)
  const contradicted = contradiction(question.text, sentence) ?? sentenceNegation(question.text, sentence) ?? unstatedEnding(question.text, sentence) ?? codeSwap(question.text, sentence, c.start - s.start) ?? (c.lookup ? undefined : unstatedLifeEvent(question, sentence)) ?? substitution(question, input.query, passage, r.sentence, passageTerms(passage))
  if (contradicted) return abstained(contradicted.code, contradicted.reason)
  const unmentioned = nameNotInPassage(input, r, subjectTerms(corpus, passage.documentId))
  if (unmentioned) return unmentioned
  const reordered = reorderedName(question.text, passage.text)
  if (reordered) return abstained('name-order', `the passage names '${reordered.said}', not '${reordered.asked}'`)
  const text = passage.text.slice(c.start, c.end)
  if (repeatsQuestion(question, text, topicTerms(corpus, passage.documentId))) return abstained('answer-in-question', `the best answer '${text}' is a name the question gives`)
  const swapped = inversion(question, passage, r.sentence, c.start, c.end)
    ?? subjectSwap(question, input.query, passage, r.sentence, corpusNames(corpus).isName)
    ?? objectSwap(question, input.query, passage, r.sentence, corpusNames(corpus).isName)
    ?? passiveSubjectSwap(question, sentence)
    ?? describedOwner(question, passage, r.sentence, c.start)
    ?? nameRunSwap({ question, passage, sentence: r.sentence, answer: c, inSentence: inSentence(input, passage, r.sentence), topic: topicTerms(corpus, passage.documentId) })
    ?? relationSwap(question, passage, r.sentence, c.start, c.end)
    ?? possessorSwap(questionWords(question), () => sentenceWords(passage, r.sentence))
    ?? listCountDiffers(question, text)
  if (swapped) return abstained(swapped.code, swapped.reason)
  const detached = !c.lookup ? detachedClause(question, input.query, passage, r.sentence, c.start, c.end) : undefined
  if (detached) return abstained('clause-unrelated', `the clause that holds '${text}' ("${detached}") says nothing the question asks about`)
  const confidence = confidenceOf(evidenceOf(input, selection))
  if (confidence < options.abstainBelow) {
    return abstained('low-confidence', `the best answer's confidence ${confidence.toFixed(2)} is below ${options.abstainBelow}`)
  }
  return {
    answer: {
      text, sentence,
      documentId: passage.documentId, paragraph: passage.paragraph, start: c.start, end: c.end,
      sentenceStart: s.start, sentenceEnd: s.end, confidence, type: question.type,
      ...(c.span?.normalized ? { normalized: c.span.normalized } : {}),
      ...(c.span ? { spanType: c.span.type } : {}),
    },
  }
}

/** Whether sentence `index` of `passage` has a term, as written, corrected or as a synonym (its terms gathered on first use). */
function inSentence({ query, question }: AnswerInput, passage: Passage, index: number): (term: string) => boolean {
  let terms: ReadonlySet<string> | undefined
  return (term) => mentions(query, question, (terms ??= new Set(sentenceTerms(passage, index))), term)
}

/** An abstention when a name or number of the question is in neither the answer's passage nor the one before it. */
function nameNotInPassage({ corpus, question, query }: AnswerInput, r: RankedSentence, topic: ReadonlySet<string>): { answer: null; abstention: Abstention } | undefined {
  const passage = corpus.passages[r.passageId]!
  const before = corpus.passages[r.passageId - 1]
  const unmentioned = unmentionedName(question, query, passage, before?.documentId === passage.documentId ? before : undefined, topic)
  return unmentioned ? abstained('name-not-in-passage', `the closest passage never mentions '${unmentioned}'`) : undefined
}

/** "yes" or "no" from the selected sentence, the sentence as its evidence; an abstention when it says neither. */
function yesOrNo(input: AnswerInput, { ranked: r }: Selection, options: AnswerOptions): { answer: Answer | null; abstention?: Abstention } {
  const { corpus, question } = input
  const passage = corpus.passages[r.passageId]!
  const s = passage.sentences[r.sentence]!
  const unmentioned = nameNotInPassage(input, r, subjectTerms(corpus, passage.documentId))
  if (unmentioned) return unmentioned
  const sentence = passage.text.slice(s.start, s.end)
  const found = verdictOf(question, input.query, sentence, new Set(sentenceTerms(passage, r.sentence)))
  if (!found) return abstained('no-candidate', 'no sentence says whether it is so')
  // How much of the question the sentence holds is the evidence: a verdict reads nothing else.
  const confidence = Math.round(100 * Math.min(YES_NO_CEILING, r.coverage)) / 100
  if (confidence < options.abstainBelow) {
    return abstained('low-confidence', `the best answer's confidence ${confidence.toFixed(2)} is below ${options.abstainBelow}`)
  }
  return {
    answer: {
      text: sentence, sentence, documentId: passage.documentId, paragraph: passage.paragraph, start: s.start, end: s.end,
      sentenceStart: s.start, sentenceEnd: s.end, confidence, type: question.type, normalized: found.verdict,
    },
  }
}

// A verdict read off one sentence is never certain: the sentence may hold a qualification the rules miss.
const YES_NO_CEILING = 0.9

/** A document's title terms, and whether the title is a short name rather than a sentence cut short. */
interface Topic {
  terms: ReadonlySet<string>
  short: boolean
}

/** The title of document `documentId` read once per corpus: every answered request reads it. */
function topicOf(corpus: AnswerInput['corpus'], documentId: string): Topic | undefined {
  let topics = TOPICS.get(corpus)
  if (!topics) {
    topics = new Map(corpus.documents.map((d) => [d.id, {
      terms: new Set(tokenize(d.title).flatMap((t) => normalizeTerm(t.text) ?? [])),
      short: d.title.split(/\s+/).length <= 5 && !d.title.endsWith('…'),
    }]))
    TOPICS.set(corpus, topics)
  }
  return topics.get(documentId)
}

/** The index terms of a document's title: the article's own subject ("Rhine"). */
const topicTerms = (corpus: AnswerInput['corpus'], documentId: string): ReadonlySet<string> => topicOf(corpus, documentId)?.terms ?? NO_TERMS

/**
 * The title's terms when the title is a short name ("Aurvik Island"), not an opening sentence cut
 * short ("The Normans (Norman: Nourmands; French: Normands; …"): the article's subject, which its
 * passages may call by what it is ("the island").
 */
function subjectTerms(corpus: AnswerInput['corpus'], documentId: string): ReadonlySet<string> {
  const topic = topicOf(corpus, documentId)
  return topic?.short ? topic.terms : NO_TERMS
}

// Per corpus object, made on first use: titles are stemmed once, not on every answered request.
const TOPICS = new WeakMap<object, Map<string, Topic>>()
const NO_TERMS: ReadonlySet<string> = new Set()

const abstained = (code: string, reason: string, closest?: ClosestSentence): { answer: null; abstention: Abstention } =>
  ({ answer: null, abstention: { abstained: true, code, reason, ...(closest ? { closest } : {}) } })

/** The ranked sentence as the closest one an abstention points to. */
function closestOf(corpus: AnswerInput['corpus'], r: RankedSentence): ClosestSentence {
  const passage = corpus.passages[r.passageId]!
  const s = passage.sentences[r.sentence]!
  return { sentence: passage.text.slice(s.start, s.end), documentId: passage.documentId, paragraph: passage.paragraph, sentenceStart: s.start, sentenceEnd: s.end }
}
