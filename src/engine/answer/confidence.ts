/**
 * @module
 * Confidence and abstention. The confidence is a logistic estimate that the answer is right
 * (token F1 ≥ 0.5 with the gold answer), from a few general signals (`Evidence`): the span's score
 * in its sentence and its margin over the next, how clearly the best sentence leads the ranking,
 * whether a name of the question is missing from the sentence or the negations disagree, and
 * whether an exact typed answer stands with every word of the question. The weights were fitted on
 * the SQuAD 2.0 dev articles, where half the questions have no answer, and the seed set, and checked
 * on three other SQuAD 2.0 dev articles (README, Answers). How well the span's kind fits the type
 * scored well on the first two articles and not on the other three, so it is left out.
 */
import { scoreCounts } from './score-parts'
import { baseOf, isIrregular } from './irregular-verbs'
import { askedDimension } from './dimensions'
import { isFramingWord } from './naming'
import { glossedWord } from './glosses'
import { isNameWord, questionNames, type QuestionAnalysis } from '../question/analyze'
import { isNegated } from './contradiction'
import type { Abstention } from '../results'
import { sentenceTerms } from '../search/sentence-terms'
import type { AnswerInput, Selection } from './answer'
import { mentions, nameRuns } from './support'
import { namesAnswerType } from '../question/answer-type'
import { PERSON_NOUNS } from '../question/noun-classes'
import { CURRENCY_WORDS } from '../entities/figures'

/** The signals behind an answer, each in [0, 1]. */
export interface Evidence {
  /** The candidate's score within its sentence. */
  candidate: number
  /** How far the answer's score stands above the sentence's next answer (0 to 1). */
  margin: number
  /** IDF-weighted share of the question's terms the answer's sentence holds. */
  coverage: number
  /** The answer sentence's ranking score, a third of it (capped at 1). */
  sentence: number
  /** How far the best-ranked sentence stands above the second (capped at 1): one clear match, not several alike. */
  lead: number
  /** 1 when a name or number of the question (a capitalised or numeric word; of a name in several words, every word), as written or as its synonym or correction, is absent from the sentence. */
  absentName: number
  /** 1 when the question is negated ("not", "never") and the sentence is not, or the reverse. */
  negation: number
  /** 1 when the answer was read straight off the text (acronym, stated role, alternative). */
  lookup: number
  /** 1 when a figure or date of exactly the expected kind answers and every word of the question (or its correction or synonym) is in the sentence. */
  exactAll: number
}

// Answer types whose spans SQuAD's unanswerable questions rarely imitate by swapping a name.
const QUANTITIES: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'duration', 'date'])

/**
 * Logistic weights per signal, and the bias: fitted (L2-regularised logistic regression, label
 * "token F1 ≥ 0.5") on the SQuAD 2.0 dev articles and the seed set by
 * `npm run eval -- --fit-confidence --squad <file> --seed`, over the answers no rule abstained on.
 * How much of the question the sentence covers earned almost no weight: SQuAD's unanswerable
 * questions reuse the sentence's words.
 */
export const CONFIDENCE_MODEL: { bias: number; weights: Evidence } = {
  bias: -2.44,
  weights: { candidate: 2, margin: 1.4, coverage: -0.05, sentence: 0.02, lead: 1.4, absentName: -0.86, negation: -0.38, lookup: 0.7, exactAll: 1.04 },
}

/**
 * The default abstention threshold: the refit's best SQuAD 2.0 overall F1 on the dev articles and
 * the seed set (0.305; confidences have two decimals). On three held-out SQuAD 2.0 articles it
 * abstains on half the unanswerable questions with answerable F1 0.47; it refuses one right seed
 * answer and three right news answers that a lower threshold keeps (README, Answers, has the
 * threshold table). `ABSTAIN_THRESHOLD` overrides it.
 */
export const DEFAULT_ABSTAIN_THRESHOLD = 0.31

/**
 * The evidence for a selected answer.
 *
 * @example
 * ```ts
 * evidenceOf(input, selectAnswer(input)!) // { fit: 1, candidate: 0.9, typed: 1, absentName: 0, negation: 0 }
 * ```
 */
export function evidenceOf(input: AnswerInput, { ranked, candidate, runnerUp }: Selection): Evidence {
  const passage = input.corpus.passages[ranked.passageId]!
  const s = passage.sentences[ranked.sentence]!
  const terms = new Set(sentenceTerms(passage, ranked.sentence))
  const { question, query } = input
  const [first, second] = input.ranked
  return {
    candidate: candidate.score,
    margin: Math.max(0, candidate.score - runnerUp),
    coverage: ranked.coverage,
    sentence: Math.min(1, Math.max(0, ranked.score / 3)),
    lead: first ? Math.min(1, first.score - (second?.score ?? 0)) : 0,
    // "the United States" is met by "US", a misspelt name by its correction.
    // A name in several words counts when any of them is there: "Harbour City" by "City".
    absentName: nameRuns(question).some((run) => run.every((w) => !mentions(query, question, terms, w.term))) ? 1 : 0,
    negation: isNegated(input.question.text) !== isNegated(passage.text.slice(s.start, s.end)) ? 1 : 0,
    lookup: candidate.lookup ? 1 : 0,
    exactAll: QUANTITIES.has(question.type) && candidate.fit === 1 && question.keywords.every((t) => mentions(query, question, terms, t)) ? 1 : 0,
  }
}

/**
 * The answer's confidence in [0, 1], rounded to two decimals.
 *
 * @example
 * ```ts
 * confidenceOf({ sentence: 1, passage: 1, fit: 1, candidate: 1, typed: 1 }) // high
 * ```
 */
export function confidenceOf(evidence: Evidence): number {
  const { bias, weights } = CONFIDENCE_MODEL
  let z = bias
  for (const key of Object.keys(weights) as (keyof Evidence)[]) z += weights[key] * evidence[key]
  return Math.round(100 / (1 + Math.exp(-z))) / 100
}

const HOW_MANY = /\bhow\s+many\b/i

/** Whether a counted noun names people ("fans", "workers"), whom articles count under other names. */
const countsPeople = (focus: string): boolean => PERSON_NOUNS.has(focus.toLowerCase()) || PERSON_NOUNS.has(focus.toLowerCase().replace(/s$/, ''))

/** Whether a word is a form of an irregular verb ("leave", "taught"), whose other forms the stemmer cannot join. */
function irregular(word: string): boolean {
  const lower = word.toLowerCase()
  return isIrregular(baseOf(lower) ?? lower)
}

// Words that frame a question rather than say what it asks about: a where-question's "located",
// and "nationality", which articles say with an adjective ("British engineer Arthur Woolf").
const FRAMES_QUESTION = /^(?:located|situated|location|nationality|nationalities|ethnicity)$/i

/**
 * An abstention when the question names something the articles never mention: a name or figure
 * (a capitalised or numeric word), or words carrying most of the question.
 *
 * @example
 * ```ts
 * abstainFor(analyzeQuestion('Who won the 2022 World Cup?'), ['2022', 'world', 'cup'])
 * // { abstained: true, code: 'missing-terms', reason: "no passage mentions '2022 World Cup'" }
 * ```
 */
export function abstainFor(question: QuestionAnalysis, missing: readonly string[]): Abstention | undefined {
  if (missing.length === 0) return undefined
  // Words a passage need not say: "in euros" names the answer's currency (articles write "€1,199"),
  // and "Where is X *located*?" frames the question (articles say where X is, seldom "located"), as
  // "What *nationality* was X?" does.
  // "What is another term for X?" asks only about X: the rest frames it.
  const glossed = glossedWord(question.text)
  const glossAt = glossed === undefined ? -1 : question.text.lastIndexOf(glossed)
  const framed = (w: { start: number; end: number }) => glossAt >= 0 && (w.start < glossAt || w.end > glossAt + glossed!.length)
  const unsaid = new Set(question.words.filter((w) => CURRENCY_WORDS[w.text.toLowerCase()] || FRAMES_QUESTION.test(w.text) || framed(w)).map((w) => w.term))
  const absent = new Set(missing.filter((t) => !unsaid.has(t)))
  if (absent.size === 0) return undefined
  const key = question.words.filter((w, i) => absent.has(w.term) && isNameWord(w, i))
  const share = question.keywords.filter((t) => absent.has(t)).length / Math.max(1, question.keywords.length)
  // What the question asks about its names (its plain words: "invade", "population") appears in no
  // passage. Words under five letters do not count: short verbs are often irregular forms the
  // stemmer cannot join ("fled" for "flee", "died" for "die"), measured on the SQuAD dev articles.
  const names = questionNames(question)
  // The word that names a typed answer ("What *percentage*…", "In what *year*…") is asked for, not said.
  // Words that frame the question ("What is X *called* in French?", "What does X *mean*?") ask for a name, not about one.
  // So does a word right before it ("the *final* score", "the *exact* date"): it says which figure, and articles seldom repeat it.
  const typeWord = question.words.findIndex((w) => w.term === question.focusTerm && namesAnswerType(w.text))
  const plain = question.words.filter((w, i) => !names.has(w.term) && !/^\p{Lu}|^\p{N}/u.test(w.text) && (typeWord < 0 || (i !== typeWord && i !== typeWord - 1)) && !isFramingWord(w.text))
  // Nor do irregular verbs: "Why did X *leave* Hungary?" of "X left for Sweden".
  const unasked = question.type !== 'definition' && plain.length > 0 && plain.every((w) => absent.has(w.term) && w.text.length >= 5 && !irregular(w.text))
  // "How many *assists*…?" of an article that never says "assist": whatever it counts, it is not
  // that. A score counts goals without saying so, and a measure needs no unit word ("How many
  // years…?" may be answered by "a decade"; "What was the temperature?" by "41C").
  const focus = question.focusTerm
  // Nor do people: "How many fans watched?" is answered by "11,200 spectators".
  const counted = typeWord < 0 && !!focus && absent.has(focus) && HOW_MANY.test(question.text) && !scoreCounts(focus) && !askedDimension(question.text)
    && !countsPeople(question.focus ?? '')
  if (key.length === 0 && share <= 0.5 && !unasked && !counted) return undefined
  // Absent words with only function words between them read as one phrase: "capital of France".
  const phrases: string[] = []
  let run: { start: number; end: number } | undefined
  for (const w of question.words) {
    if (!absent.has(w.term)) {
      if (run) phrases.push(question.text.slice(run.start, run.end))
      run = undefined
    } else if (run) run.end = w.end
    else run = { start: w.start, end: w.end }
  }
  if (run) phrases.push(question.text.slice(run.start, run.end))
  return { abstained: true, code: 'missing-terms', reason: `no passage mentions ${phrases.map((p) => `'${p}'`).join(' or ')}` }
}
