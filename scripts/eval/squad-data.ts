/**
 * @module
 * A SQuAD 2.0 JSON file → content files (one per article, its contexts the paragraphs in order)
 * and the questions, each tied to its article and gold paragraph.
 */
import { readFile } from 'node:fs/promises'
import type { SourceFile } from '../../src/engine/content/parse-document'
import type { EvalQuestion } from './metrics'

interface SquadFile {
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
 * Reads a SQuAD 2.0 file. Each context becomes one paragraph (inner whitespace folded to single
 * spaces, blank lines between contexts), so paragraph i of the document is context i. `titles`,
 * when given, keeps only the articles so titled ("Southern_California"): a held-out set read
 * straight from the official dev file.
 *
 * @example
 * ```ts
 * const { files, questions } = await loadSquad('../shared/eval/squad2-dev.json')
 * await loadSquad('dev-v2.0.json', ['Southern_California', 'Sky_(United_Kingdom)'])
 * ```
 */
export async function loadSquad(path: string, titles?: readonly string[]): Promise<EvalSet> {
  const squad = JSON.parse(await readFile(path, 'utf8')) as SquadFile
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
