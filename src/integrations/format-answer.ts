/**
 * @module
 * The platform-neutral reply every chat door shows: the answer (or the honest "the articles
 * don't say"), its source (title, date, paragraph) and the supporting sentence. Doors only
 * dress these pieces for their platform, so the answer is the same everywhere.
 */
import type { AskResult } from '../engine/results'
import type { Corpus } from '../engine/types'
import { verdictWord } from '../engine/answer/yes-no'

/** What a door shows for one question. */
export interface FormattedAnswer {
  /** The question as the engine answered it (after follow-up resolution). */
  question: string
  answered: boolean
  /** The answer span ("Yes" or "No" for a yes-no question), or "The articles don't say." */
  answer: string
  /** Why there is no answer, when there is none. */
  reason?: string
  /** Where the answer comes from; with no answer, the closest passage (see `sourceLabel`). */
  source?: { documentId: string; title: string; date?: string; paragraph: number }
  /** The whole sentence the answer was taken from; with no answer, the closest sentence. */
  sentence?: string
}

/**
 * The honest reply when the engine abstains.
 *
 * @example
 * ```ts
 * formatAnswer(resultWithoutAnswer, corpus).answer === NO_ANSWER // true
 * ```
 */
export const NO_ANSWER = "The articles don't say."

/**
 * Picks the pieces of an `AskResult` every door shows.
 *
 * @example
 * ```ts
 * const f = formatAnswer(engine.ask({ question: 'How many rounds?' }), engine.corpus)
 * f.answer // "up to 6,000 rounds"
 * ```
 */
export function formatAnswer(result: AskResult, corpus: Pick<Corpus, 'documents'>): FormattedAnswer {
  const { answer } = result
  const sourceOf = (at: { documentId: string; paragraph: number }) => {
    const doc = corpus.documents.find((d) => d.id === at.documentId)
    return { documentId: at.documentId, title: doc?.title ?? at.documentId, ...(doc?.date ? { date: doc.date } : {}), paragraph: at.paragraph }
  }
  if (!answer) {
    const closest = result.abstention?.closest
    return {
      question: result.question, answered: false, answer: NO_ANSWER,
      ...(result.abstention ? { reason: result.abstention.reason } : {}),
      // The sentence the engine weighed and refused, so the reader can judge it.
      ...(closest ? { source: sourceOf(closest), sentence: closest.sentence } : {}),
    }
  }
  const source = sourceOf(answer)
  // A yes-no answer is its verdict; the sentence that says so is its evidence.
  const text = verdictWord(answer) ?? answer.text
  return { question: result.question, answered: true, answer: text, source, ...(answer.sentence !== text ? { sentence: answer.sentence } : {}) }
}

/**
 * What the source line is called: the answer's "Source", or, with no answer, the "Closest passage".
 *
 * @example
 * ```ts
 * sourceLabel({ answered: false }) // "Closest passage"
 * ```
 */
export function sourceLabel(f: Pick<FormattedAnswer, 'answered'>): string {
  return f.answered ? 'Source' : 'Closest passage'
}

/**
 * The source as one line: "NATO ammunition (2023-09-28), paragraph 4".
 *
 * @example
 * ```ts
 * sourceLine({ documentId: 'a', title: 'T', date: '2024-01-01', paragraph: 2 }) // "T (2024-01-01), paragraph 2"
 * ```
 */
export function sourceLine(source: NonNullable<FormattedAnswer['source']>): string {
  return `${source.title}${source.date ? ` (${source.date})` : ''}, paragraph ${source.paragraph}`
}

/**
 * Cuts text to at most `max` characters at a word boundary, ending with "…".
 *
 * @example
 * ```ts
 * fitText('one two three', 8) // "one two…"
 * ```
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, Math.max(0, max - 1))
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * The reply as plain text, the same on every door; within `maxLength` characters (the supporting
 * sentence is shortened first, the answer last).
 *
 * @example
 * ```ts
 * answerText(f)
 * // "up to 6,000 rounds\n\nSource: NATO ammunition (2023-09-28), paragraph 4\n> Ukraine's military was firing…"
 * ```
 */
export function answerText(f: FormattedAnswer, maxLength = Number.POSITIVE_INFINITY): string {
  const head = f.answered || !f.reason ? f.answer : `${f.answer.replace(/\.$/, '')}: ${f.reason.replace(/\.$/, '')}.`
  const source = f.source ? `${sourceLabel(f)}: ${sourceLine(f.source)}` : ''
  const parts = [head, source].filter(Boolean)
  const base = parts.join('\n\n')
  if (base.length > maxLength) return fitText(head, maxLength)
  if (!f.sentence) return base
  const room = maxLength - base.length - 3
  return room >= 20 ? `${base}\n> ${fitText(f.sentence, room)}` : base
}
