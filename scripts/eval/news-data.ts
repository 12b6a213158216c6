/**
 * @module
 * The news question set: questions written for the CNN/DailyMail dev articles
 * (test/fixtures/cnndm-questions.json), asked of those articles read from the JSONL file whose path
 * is given (the articles stay outside the repo). Each article is one document built exactly as a
 * one-line file in `content/` would be; a question's gold paragraph is the first passage holding
 * its first answer, so passage@1 on this set is indicative only (names recur across passages).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import type { EvalQuestion } from './metrics'
import type { EvalSet } from './squad-data'

interface NewsFixture {
  articles: { id: string; title: string; questions: { question: string; answers: string[] }[] }[]
}

const root = join(import.meta.dirname, '..', '..')

/**
 * Loads the news set against the given CNN/DailyMail JSONL file.
 *
 * @example
 * ```ts
 * const { files, questions } = await loadNews('../shared/eval/cnndm-dev.jsonl')
 * ```
 */
export async function loadNews(jsonl: string): Promise<EvalSet> {
  const fixture = JSON.parse(await readFile(join(root, 'test', 'fixtures', 'cnndm-questions.json'), 'utf8')) as NewsFixture
  const articles = new Map((await readFile(jsonl, 'utf8')).split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; article: string }).map((a) => [a.id, a.article]))
  const files = fixture.articles.map((a, i) => {
    const content = articles.get(a.id)
    if (content === undefined) throw new Error(`${jsonl} has no article ${a.id} (${a.title})`)
    return { name: `news-${i + 1}.txt`, content }
  })
  const { corpus } = buildCorpus(files)
  const questions: EvalQuestion[] = fixture.articles.flatMap((a, i) => a.questions.map((q, j) => {
    const doc = `news-${i + 1}`
    const first = q.answers[0]
    const passage = first === undefined ? undefined : corpus.passages.find((p) => p.documentId === doc && p.text.includes(first))
    if (first !== undefined && !passage) throw new Error(`${a.title}: answer '${first}' is not in the article`)
    return { id: `${doc}-${j + 1}`, question: q.question, doc, answers: q.answers, paragraph: passage?.paragraph ?? null }
  }))
  return { files, questions }
}
