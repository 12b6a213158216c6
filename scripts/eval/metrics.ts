/**
 * @module
 * Question-answering metrics, shared by `npm run eval` and the seed regression test. Plain
 * TypeScript with no Node APIs, so it runs in Node (tsx) and inside workerd (vitest) alike.
 * Normalisation and F1 follow the official SQuAD 2.0 evaluation script.
 */

/** One question with its gold answers, in the shape every eval set is turned into. */
export interface EvalQuestion {
  id: string
  question: string
  /** Document id the question is asked of (`doc` of /ask). */
  doc: string
  /** Acceptable answers; empty when the document cannot answer. */
  answers: string[]
  /** 0-based paragraph that holds the answer; null for unanswerable questions. */
  paragraph: number | null
  /** A label to break figures down by (the seed set's direct, paraphrase, misspelt, unanswerable). */
  kind?: string
}

/** What a system replied to one question, reduced to what the metrics need. */
export interface EvalOutcome {
  /** 1-based rank of the gold paragraph among the returned passages; 0 when absent. */
  goldRank: number
  /** The sentence returned as the answer's source; null when the system abstained. */
  sentence: string | null
  /** The answer span; null when the system abstained. */
  text: string | null
  /** The system's confidence, when it states one. */
  confidence?: number
  /** On abstention, the sentence the system points to as the closest (the engine's `abstention.closest`). */
  closest?: string | null
}

/** Aggregate figures for one system on one question set; every rate is in [0, 1]. */
export interface EvalFigures {
  questions: number
  answerable: number
  unanswerable: number
  passageAt1: number
  mrrAt5: number
  /** Answerable questions whose returned sentence contains a gold answer. */
  sentenceAccuracy: number
  /** The same, counting on abstention the closest sentence shown instead (the answer's sentence otherwise). */
  shownSentenceAccuracy: number
  /** Span exact match and F1 on answerable questions (an abstention scores 0). */
  exactMatch: number
  f1: number
  /** Unanswerable questions the system abstained on. */
  abstention: number
  /** SQuAD 2.0 F1 over all questions: an unanswerable one scores 1 when abstained, else 0. */
  overallF1: number
}

// Python's `string.punctuation`, which the official script strips.
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g

/**
 * The official SQuAD answer normalisation: lower case, no (ASCII) punctuation, no articles, single spaces.
 *
 * @example
 * ```ts
 * normalizeAnswer('The  Normans!') // "normans"
 * ```
 */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(PUNCTUATION, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
}

/**
 * Token F1 between a prediction and one gold answer, after normalisation.
 *
 * @example
 * ```ts
 * tokenF1('in France', 'France') // 0.666…
 * ```
 */
export function tokenF1(prediction: string, gold: string): number {
  const p = normalizeAnswer(prediction).split(' ').filter(Boolean)
  const g = normalizeAnswer(gold).split(' ').filter(Boolean)
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0
  const counts = new Map<string, number>()
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1)
  let common = 0
  for (const t of p) {
    const n = counts.get(t) ?? 0
    if (n > 0) {
      common++
      counts.set(t, n - 1)
    }
  }
  if (common === 0) return 0
  const precision = common / p.length
  const recall = common / g.length
  return (2 * precision * recall) / (precision + recall)
}

/**
 * Best exact match and F1 of a prediction over the gold answers.
 *
 * @example
 * ```ts
 * spanScores('France', ['France', 'in France']) // { em: 1, f1: 1 }
 * ```
 */
export function spanScores(prediction: string, golds: readonly string[]): { em: number; f1: number } {
  let em = 0
  let f1 = 0
  const p = normalizeAnswer(prediction)
  for (const gold of golds) {
    if (p === normalizeAnswer(gold)) em = 1
    f1 = Math.max(f1, tokenF1(prediction, gold))
  }
  return { em, f1 }
}

/**
 * Whether a sentence contains one of the gold answers (compared normalised, on word boundaries).
 *
 * @example
 * ```ts
 * containsAnswer('Ukraine was firing up to 6,000 rounds daily.', ['6,000 rounds']) // true
 * ```
 */
export function containsAnswer(sentence: string, golds: readonly string[]): boolean {
  const s = ` ${normalizeAnswer(sentence)} `
  return golds.some((g) => {
    const n = normalizeAnswer(g)
    return n !== '' && s.includes(` ${n} `)
  })
}

/** Per-question scores, before averaging. */
export interface QuestionScore {
  answerable: boolean
  abstained: boolean
  goldRank: number
  sentenceHit: boolean
  /** The answer's sentence, or on abstention the closest one shown, contains a gold answer. */
  shownHit: boolean
  em: number
  f1: number
  confidence?: number
}

/**
 * Scores one outcome against its question.
 *
 * @example
 * ```ts
 * scoreQuestion(question, { goldRank: 1, sentence: 'It was France.', text: 'France' }).f1
 * ```
 */
export function scoreQuestion(question: EvalQuestion, outcome: EvalOutcome): QuestionScore {
  const answerable = question.answers.length > 0
  const abstained = outcome.text === null
  const spans = answerable && outcome.text !== null ? spanScores(outcome.text, question.answers) : { em: 0, f1: 0 }
  return {
    answerable,
    abstained,
    goldRank: outcome.goldRank,
    sentenceHit: answerable && !abstained && outcome.sentence !== null && containsAnswer(outcome.sentence, question.answers),
    shownHit: answerable && containsAnswerIn(abstained ? outcome.closest : outcome.sentence, question.answers),
    ...spans,
    ...(outcome.confidence === undefined ? {} : { confidence: outcome.confidence }),
  }
}

const containsAnswerIn = (sentence: string | null | undefined, golds: readonly string[]): boolean => !!sentence && containsAnswer(sentence, golds)

const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length)

/**
 * Averages per-question scores into the reported figures.
 *
 * @example
 * ```ts
 * aggregate(questions.map((q, i) => scoreQuestion(q, outcomes[i]!))).passageAt1
 * ```
 */
export function aggregate(scores: readonly QuestionScore[]): EvalFigures {
  const answerable = scores.filter((s) => s.answerable)
  const unanswerable = scores.filter((s) => !s.answerable)
  return {
    questions: scores.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    passageAt1: mean(answerable.map((s) => (s.goldRank === 1 ? 1 : 0))),
    mrrAt5: mean(answerable.map((s) => (s.goldRank >= 1 && s.goldRank <= 5 ? 1 / s.goldRank : 0))),
    sentenceAccuracy: mean(answerable.map((s) => (s.sentenceHit ? 1 : 0))),
    shownSentenceAccuracy: mean(answerable.map((s) => (s.shownHit ? 1 : 0))),
    exactMatch: mean(answerable.map((s) => s.em)),
    f1: mean(answerable.map((s) => s.f1)),
    abstention: mean(unanswerable.map((s) => (s.abstained ? 1 : 0))),
    overallF1: mean(scores.map((s) => (s.answerable ? s.f1 : s.abstained ? 1 : 0))),
  }
}

/** One row of a calibration table: answers whose confidence falls in [from, to). */
export interface CalibrationRow {
  from: number
  to: number
  /** Answers given (not abstained) in the bucket. */
  answers: number
  /** Share of them given to answerable questions. */
  answerable: number
  /** Mean span F1 and exact match (an answer to an unanswerable question scores 0). */
  f1: number
  exactMatch: number
  /** Share whose sentence contains a gold answer. */
  sentenceAccuracy: number
}

/**
 * Buckets the answers by stated confidence, so the confidence can be checked against accuracy.
 *
 * @example
 * ```ts
 * calibration(scores, 5).at(-1) // answers with confidence in [0.8, 1]
 * ```
 */
export function calibration(scores: readonly QuestionScore[], buckets = 5): CalibrationRow[] {
  const rows: CalibrationRow[] = []
  for (let i = 0; i < buckets; i++) {
    const from = i / buckets
    const to = (i + 1) / buckets
    const inBucket = scores.filter(
      (s) => !s.abstained && s.confidence !== undefined && s.confidence >= from && (s.confidence < to || (i === buckets - 1 && s.confidence <= to)),
    )
    rows.push({
      from,
      to,
      answers: inBucket.length,
      answerable: mean(inBucket.map((s) => (s.answerable ? 1 : 0))),
      f1: mean(inBucket.map((s) => s.f1)),
      exactMatch: mean(inBucket.map((s) => s.em)),
      sentenceAccuracy: mean(inBucket.map((s) => (s.sentenceHit ? 1 : 0))),
    })
  }
  return rows
}
