/**
 * @module
 * A parsed SQuAD 2.0 file → content files (one per article, its contexts the paragraphs in order)
 * and the questions, each tied to its article and gold paragraph. No file access, so tests in
 * workerd use it on an imported fixture.
 */
import type { SourceFile } from '../../src/engine/content/parse-document'
import type { EvalQuestion } from './metrics'

/** The parts of a SQuAD 2.0 file the eval reads. */
export interface SquadFile {
  data: {
    title: string
    paragraphs: {
      context: string
      qas: { id: string; question: string; is_impossible?: boolean; answers: { text: string }[] }[]
    }[]
  }[]
}

/** An eval set: the articles to index and the questions to ask of them. */
export interface EvalSet {
  files: SourceFile[]
  questions: EvalQuestion[]
  /** Paragraphs each document must have, when the set defines them (gold paragraphs rely on it). */
  paragraphCounts?: Map<string, number>
}

const slug = (title: string): string =>
  title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article'

/**
 * The eval set of a parsed SQuAD 2.0 file (a test imports its JSON fixture; `loadSquad` reads one).
 * Each context becomes one paragraph (inner whitespace folded to single spaces, blank lines between
 * contexts), so paragraph i of the document is context i. `titles`, when given, keeps only the
 * articles so titled.
 *
 * @example
 * ```ts
 * const { files, questions } = squadSet(fixture)
 * ```
 */
export function squadSet(squad: SquadFile, titles?: readonly string[], path = 'the SQuAD file'): EvalSet {
  const articles = titles && titles.length > 0 ? squad.data.filter((a) => titles.includes(a.title)) : squad.data
  const missing = titles?.filter((t) => !squad.data.some((a) => a.title === t)) ?? []
  if (missing.length > 0) throw new Error(`${path} has no article titled ${missing.map((t) => `"${t}"`).join(', ')}`)
  const files: SourceFile[] = []
  const questions: EvalQuestion[] = []
  const used = new Set<string>()
  const paragraphCounts = new Map<string, number>()
  for (const article of articles) {
    let id = slug(article.title)
    for (let n = 2; used.has(id); n++) id = `${slug(article.title)}-${n}`
    used.add(id)
    paragraphCounts.set(id, article.paragraphs.length)
    files.push({ name: `${id}.txt`, content: article.paragraphs.map((p) => p.context.replace(/\s+/g, ' ').trim()).join('\n\n') })
    article.paragraphs.forEach((p, paragraph) => {
      for (const qa of p.qas) {
        const answers = qa.is_impossible ? [] : [...new Set(qa.answers.map((a) => a.text))]
        questions.push({ id: qa.id, question: qa.question, doc: id, answers, paragraph: answers.length > 0 ? paragraph : null })
      }
    })
  }
  return { files, questions, paragraphCounts }
}
