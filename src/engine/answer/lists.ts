/**
 * @module
 * Lists as answers: a question that asks for several things ("What are *two* resources…",
 * "From which *countries*…") is answered by the coordination the sentence states ("Denmark,
 * Iceland and Norway", "time and storage"), not by one of its members.
 */
import type { QuestionAnalysis } from '../question/analyze'

/** A candidate's offsets and score, as lists read them. */
export interface Listed {
  start: number
  end: number
  score: number
}

/** What may stand between two members: a comma, "and", "or", ", and", "as well as". */
const JOIN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)(?:the\s+|a\s+|an\s+)?$/u
// Count words and a plural focus ("countries", "resources"; not "process", "status", "analysis").
const SEVERAL = /\b(?:two|three|four|five|both|several)\b/iu
const PLURAL = /[^su]s$|ies$/iu
const COUNTED = /\bhow\s+(?:many|much)\b/i
// A joining word inside a candidate, before a later candidate it holds.
const COORDINATED = /,|\s(?:and|or|as well as)\s/u

/**
 * Whether the question asks for several things.
 *
 * @example
 * ```ts
 * asksForSeveral(analyzeQuestion('What are two basic resources?')) // true
 * asksForSeveral(analyzeQuestion('How many workers were killed?')) // false
 * ```
 */
export function asksForSeveral(question: QuestionAnalysis): boolean {
  // "How many workers…?" asks for one count, whatever its plural.
  if (COUNTED.test(question.text)) return false
  return SEVERAL.test(question.text) || (question.focus !== undefined && PLURAL.test(question.focus))
}

/**
 * The coordinations of candidates in a text: runs of two or more candidates, each next to the
 * last with only a joining word between, as one span scored as its best member. Members are the
 * candidates that start and end nowhere inside another member of the run.
 *
 * @example
 * ```ts
 * listsOf('from Denmark, Iceland and Norway', [{ start: 5, end: 12, score: 0.5 }, { start: 14, end: 21, score: 0.6 }, { start: 26, end: 32, score: 0.5 }])
 * // [{ start: 5, end: 32, score: 0.6 }]
 * ```
 */
export function listsOf(text: string, candidates: readonly Listed[]): Listed[] {
  return listRuns(text, candidates).map((run) => ({ start: run[0]!.start, end: run.at(-1)!.end, score: Math.max(...run.map((m) => m.score)) }))
}

/**
 * The members of each coordination of candidates in a text (as `listsOf` finds them), in text
 * order: the candidates themselves, not copies.
 *
 * @example
 * ```ts
 * listRuns('from Denmark, Iceland and Norway', [{ start: 5, end: 12, score: 0.5 }, { start: 14, end: 21, score: 0.6 }, { start: 26, end: 32, score: 0.5 }])
 * // [[Denmark, Iceland, Norway]]
 * ```
 */
export function listRuns<T extends Listed>(text: string, candidates: readonly T[]): T[][] {
  // Longest candidate per start, in text order: a run joins whole members. A candidate holding a
  // later one across a joining word is a coordination itself ("Juris Hartmanis and Richard Stearns"
  // as one noun phrase): its members join instead. One holding a later one otherwise is a member
  // ("William of Volpiano" holds the part "Volpiano").
  const byStart = new Map<number, T>()
  for (const c of candidates) {
    if (candidates.some((o) => o.start > c.start && o.end <= c.end && COORDINATED.test(text.slice(c.start, o.start)))) continue
    const seen = byStart.get(c.start)
    // The same words found twice (a name, and a part of a longer phrase) count at their better score.
    if (!seen || c.end > seen.end || (c.end === seen.end && c.score > seen.score)) byStart.set(c.start, c)
  }
  const ordered = [...byStart.values()].sort((a, b) => a.start - b.start)
  const runs: T[][] = []
  // Only whole runs: "Iceland and Norway" inside "Denmark, Iceland and Norway" is no answer of its own.
  let covered = -1
  for (let i = 0; i < ordered.length; i++) {
    if (ordered[i]!.start < covered) continue
    const run = [ordered[i]!]
    for (const next of ordered.slice(i + 1)) {
      const last = run.at(-1)!
      if (next.start < last.end) continue
      const join = text.slice(last.end, next.start)
      if (!JOIN.test(join)) break
      run.push(next)
      // "A, B and C": the member after "and" or "or" is the last ("…and John of Ravenna, the system" ends at Ravenna).
      if (/\b(?:and|or|as well as)\b/u.test(join)) break
    }
    if (run.length >= 2) {
      runs.push(run)
      covered = run.at(-1)!.end
    }
  }
  return runs
}
