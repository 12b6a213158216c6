/**
 * @module
 * Questions that give the sentence's verb another subject (SQuAD 2.0's entity swap, for "when",
 * "where", "what year" questions as much as "who"): "When did King Harold II conquer England?"
 * asked of "Duke William II of Normandy conquered England killing King Harold II" (another name
 * conquered), "When did Edward the Confessor's son return …?" of "Edward the Confessor returned …"
 * (the name itself returned, not its relation). The rule fires only when the sentence has the
 * question's verb and every use of it whose subject can be read has another subject, and the
 * question's name is not elsewhere in that clause ("William and his brother Robert conquered").
 * A relation ("X's son") may be any name, so only the name itself in the slot counts against it.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { AnalyzedQuery } from '../search/query'
import type { Passage } from '../types'
import { askedSubject, sameName, subjectSlots, type AskedSubject } from './subject-slot'
import { mentions } from './support'

/** Why the sentence's subject is not the question's. */
export interface SubjectSwap {
  code: 'subject-differs' | 'relation-swapped'
  reason: string
}

/** Whether one of the question's names (as written, corrected or by its stem) is among `names`. */
function named(asked: AskedSubject, names: ReadonlySet<string>, query: AnalyzedQuery, question: QuestionAnalysis): boolean {
  return asked.names.some((n) => mentions(query, question, names, n) || [...names].some((m) => sameName(n, m)))
}

/**
 * Whether sentence `sentence` of `passage` gives the question's verb another subject than the
 * question's. `isName` tells whether a term is one of the content's names.
 *
 * @example
 * ```ts
 * // passage: "In 1066, Duke William II of Normandy conquered England killing King Harold II."
 * subjectSwap(analyzeQuestion('When did King Harold II conquer England?'), query, passage, 0, isName)?.code // "subject-differs"
 * ```
 */
export function subjectSwap(
  question: QuestionAnalysis, query: AnalyzedQuery, passage: Passage, sentence: number, isName: (term: string) => boolean,
): SubjectSwap | undefined {
  const asked = askedSubject(question)
  if (!asked) return undefined
  let found: SubjectSwap | undefined
  for (const slot of subjectSlots(passage, sentence, asked, isName)) {
    if (asked.relation) {
      // "Edward the Confessor returned" for "Edward the Confessor's son return": the name acts itself.
      if (named(asked, slot.names, query, question)) {
        found ??= { code: 'relation-swapped', reason: `the passage says '${slot.text}' ${slot.verb}, not '${asked.text}'` }
      }
      continue
    }
    if (named(asked, slot.names, query, question) || named(asked, slot.clause, query, question)) return undefined
    found ??= { code: 'subject-differs', reason: `the passage says '${slot.text}' ${slot.verb}, not '${asked.text}'` }
  }
  return found
}
