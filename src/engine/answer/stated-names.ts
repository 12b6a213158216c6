/**
 * @module
 * Names a sentence states for what a question asks besides the answer's type: a short or other
 * name ("abbreviated *SoCal*", `aliases.ts`), a name in another language ("French: *le Rhin*") and
 * a word's gloss ("Obersee (*"upper lake"*)", `glosses.ts`). The question is read once per request,
 * not once per candidate sentence.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { requestMemo } from '../request-memo'
import { aliasesIn, asksForAlias } from './aliases'
import { askedLanguage, glossedWord, glossesOf, namesInLanguage } from './glosses'
import type { Named } from './naming'

type Reader = (sentence: string) => Named[]

const READERS = requestMemo((question: QuestionAnalysis): readonly Reader[] => {
  const readers: Reader[] = []
  const language = askedLanguage(question.text)
  if (language) readers.push((sentence) => namesInLanguage(sentence, language))
  const glossed = glossedWord(question.text)
  if (glossed) readers.push((sentence) => glossesOf(sentence, glossed))
  if (asksForAlias(question.text)) readers.push(aliasesIn)
  return readers
})

/**
 * The names `sentence` states for what the question asks, by offsets into the sentence.
 *
 * @example
 * ```ts
 * statedNames(analyzeQuestion('What is the Rhine called in French?'), 'The Rhine (French: le Rhin) flows.')
 * // [{ start: 19, end: 26 }] → "le Rhin"
 * ```
 */
export function statedNames(question: QuestionAnalysis, sentence: string): Named[] {
  const readers = READERS(question)
  return readers.length === 0 ? [] : readers.flatMap((read) => read(sentence))
}
