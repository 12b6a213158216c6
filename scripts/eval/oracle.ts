/**
 * @module
 * `--oracle`: span choice isolated from retrieval. For each answerable question the GOLD sentence
 * (the first sentence of the gold paragraph that contains a gold answer, as `--dump` finds it) is
 * handed to the span extraction alone; its top candidate is scored (EM/F1, overall and per
 * question type), beside the best candidate's F1 (the ceiling the candidates allow) and the
 * end-to-end span figures with abstention off, so a gain can be seen reaching the real pipeline.
 * With `--dump <file>` too, `<file>.oracle.jsonl` gets one line per question: the gold sentence, the
 * top candidates with their scores and the best-scoring (ceiling) candidate, for reading span misses.
 */
import { idf } from '../../src/engine/search/stats'
import { writeFileSync } from 'node:fs'
import { sentenceCandidates } from '../../src/engine/answer/candidates'
import { createEngine } from '../../src/engine/engine'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { corpusNames } from '../../src/engine/question/corpus-names'
import type { BuiltCorpus, Passage } from '../../src/engine/types'
import { containsAnswer, spanScores, type EvalQuestion } from './metrics'

/** One answerable question's oracle result. */
interface OracleRow {
  type: string
  /** Whether the gold paragraph has a sentence holding a gold answer (else it scores 0). */
  found: boolean
  em: number
  f1: number
  /** The best F1 any candidate of the gold sentence reaches. */
  ceiling: number
  /** End to end, abstention off. */
  endEm: number
  endF1: number
  /** For the dump: the question, its gold answers, the gold sentence, the top candidates and the ceiling's. */
  detail?: {
    question: string
    answers: string[]
    sentence: string
    top: { text: string; score: number; type: string | undefined }[]
    best: string
  }
}

/** How many of the gold sentence's candidates a dump line lists. */
const DUMPED_CANDIDATES = 5

/** The gold sentence of a question: its passage and sentence index, or undefined. */
function goldSentence(built: BuiltCorpus, q: EvalQuestion): { passage: Passage; index: number } | undefined {
  const passage = built.corpus.passages.find((p) => p.documentId === q.doc && p.paragraph === q.paragraph)
  if (!passage) return undefined
  const index = passage.sentences.findIndex((s) => containsAnswer(passage.text.slice(s.start, s.end), q.answers))
  return index >= 0 ? { passage, index } : undefined
}

/**
 * Scores span choice on every answerable question's gold sentence.
 *
 * @example
 * ```ts
 * oracleRows(built, questions).filter((r) => r.type === 'other')
 * ```
 */
export function oracleRows(built: BuiltCorpus, questions: readonly EvalQuestion[]): OracleRow[] {
  const engine = createEngine(built, { abstainBelow: 0 })
  return questions.filter((q) => q.answers.length > 0).map((q) => {
    // As `ask`: the corpus's lower-case-only words are no names.
    const question = analyzeQuestion(q.question, corpusNames(built.corpus).lowerCaseOnly)
    const end = engine.ask({ question: q.question, doc: q.doc }).answer
    const endScores = end ? spanScores(end.text, q.answers) : { em: 0, f1: 0 }
    const row = { type: question.type, found: false, em: 0, f1: 0, ceiling: 0, endEm: endScores.em, endF1: endScores.f1 }
    const gold = goldSentence(built, q)
    if (!gold) return row
    const candidates = sentenceCandidates(gold.passage, gold.index, question, (t) => idf(built.corpus.search, t))
    const text = (c: { start: number; end: number }) => gold.passage.text.slice(c.start, c.end)
    const top = candidates[0] ? spanScores(text(candidates[0]), q.answers) : { em: 0, f1: 0 }
    const f1s = candidates.map((c) => spanScores(text(c), q.answers).f1)
    const ceiling = Math.max(0, ...f1s)
    const s = gold.passage.sentences[gold.index]!
    const detail = {
      question: q.question, answers: q.answers, sentence: gold.passage.text.slice(s.start, s.end),
      top: candidates.slice(0, DUMPED_CANDIDATES).map((c) => ({ text: text(c), score: Number(c.score.toFixed(3)), type: c.span?.type })),
      best: candidates[f1s.indexOf(ceiling)] ? text(candidates[f1s.indexOf(ceiling)]!) : '',
    }
    return { ...row, found: true, em: top.em, f1: top.f1, ceiling, detail }
  })
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length)
const f = (n: number) => n.toFixed(3)

/**
 * Prints the oracle table: overall, then per question type; with `dump`, writes the rows as JSON lines there.
 *
 * @example
 * ```ts
 * printOracle(built, questions, '/tmp/squad.oracle.jsonl')
 * ```
 */
export function printOracle(built: BuiltCorpus, questions: readonly EvalQuestion[], dump?: string): void {
  const rows = oracleRows(built, questions)
  if (dump) writeFileSync(dump, rows.map(({ detail, ...r }) => JSON.stringify({ ...detail, ...r, f1: Number(r.f1.toFixed(2)), ceiling: Number(r.ceiling.toFixed(2)) })).join('\n') + '\n')
  const groups: [string, OracleRow[]][] = [['all', rows], ...[...new Set(rows.map((r) => r.type))].sort().map((t) => [t, rows.filter((r) => r.type === t)] as [string, OracleRow[]])]
  const widths = [12, 9, 9, 9, 12, 10, 10]
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  const avg = (rs: OracleRow[], key: keyof OracleRow) => f(mean(rs.map((r) => Number(r[key]))))
  console.log([
    '',
    `Span oracle (gold sentence given; ${rows.filter((r) => !r.found).length} of ${rows.length} without one score 0); end-to-end with abstention off:`,
    line(['type', 'questions', 'oracle EM', 'oracle F1', 'candidate F1', 'engine EM', 'engine F1']),
    ...groups.map(([name, rs]) => line([name, String(rs.length), avg(rs, 'em'), avg(rs, 'f1'), avg(rs, 'ceiling'), avg(rs, 'endEm'), avg(rs, 'endF1')])),
    'candidate F1: the best F1 any candidate of the gold sentence reaches (the ceiling of span choice).',
  ].join('\n'))
}
