/**
 * @module
 * Answers read straight off the build's spans: what an acronym stands for ("What does CEPA stand
 * for?" → the name written before "(CEPA)") and who a named person is ("Who is Oleksandra
 * Ustinova?" → her stated role, "Ukrainian MP").
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Passage, Sentence, Span } from '../types'
import { definedTerm, definitionsIn, spelledBefore } from './definitions'
import { acronymDefinitions } from '../build/acronyms'
import { peopleByRole } from './roles'
import { requestMemo } from '../request-memo'

/** A looked-up answer, by passage offsets. */
export interface Lookup {
  start: number
  end: number
  span: Span
}

const WHO_IS = /^\s*who\s+(?:is|was|are|were)\s+(.+?)\s*\??\s*$/iu

// Read once per question, not once per competing sentence.
const termOf = requestMemo((question: QuestionAnalysis) => definedTerm(question.text))

/**
 * Lookups that answer the question from sentence `s` of a passage.
 *
 * @example
 * ```ts
 * lookups(passage, sentence, analyzeQuestion('What does CEPA stand for?'))
 * // [{ …, span: { type: 'organization' } }] → "Center for European Policy Analysis"
 * ```
 */
export function lookups(passage: Passage, s: Sentence, question: QuestionAnalysis): Lookup[] {
  const found: Lookup[] = []
  const inSentence = passage.spans.filter((span) => span.start >= s.start && span.end <= s.end)
  const term = termOf(question)
  if (term) {
    const text = passage.text.slice(s.start, s.end)
    // The long form the build reads from the initials ("Norwegian Institute of Marine Research
    // (NIMR)", not the whole name span before it), else one spelled by letters inside its words
    // ("trimethylamine N-oxide (TMAO)"), else a span the build found right before "(ACRONYM)".
    const spelled = text.includes(`(${term})`) ? acronymDefinitions(text).filter((d) => d.acronym === term).map((d) => d.expansion) : []
    const inside = spelled.length > 0 ? undefined : spelledBefore(text, term)
    const longForms = spelled.length > 0 ? spelled : inside ? [text.slice(inside.start, inside.end)]
      : inSentence.filter((x) => passage.text.startsWith(` (${term})`, x.end)).map((x) => passage.text.slice(x.start, x.end))
    for (const d of definitionsIn(text, term, longForms)) {
      found.push({ start: s.start + d.start, end: s.start + d.end, span: { start: s.start + d.start, end: s.start + d.end, type: d.kind === 'acronym' ? 'organization' : 'noun-phrase' } })
    }
  }
  for (const span of peopleByRole(inSentence, question)) found.push({ start: span.start, end: span.end, span })
  const who = WHO_IS.exec(question.text)
  // "Who was Emma's brother?" asks for someone else than Emma: her stated role does not answer it.
  if (who && !/['’]s?\s+\p{L}/u.test(who[1]!)) {
    const named = who[1]!.toLowerCase()
    for (const span of inSentence) {
      if (span.type !== 'person' || !span.label || !named.includes(passage.text.slice(span.start, span.end).toLowerCase())) continue
      const at = passage.text.lastIndexOf(span.label, span.start)
      const near = at >= s.start && at + span.label.length <= s.end
      const start = near ? at : passage.text.indexOf(span.label, span.end)
      if (start >= s.start && start + span.label.length <= s.end) found.push({ start, end: start + span.label.length, span })
    }
  }
  return found
}
