/**
 * @module
 * `npm run eval -- --summaries <file.jsonl>`: CNN/DailyMail-style lines (`article` on one line,
 * reference `highlights`, sentences separated by newlines). Each article is built as its own
 * document exactly as `content/` would be (one line → passages of whole sentences), then three
 * summaries are scored with ROUGE-1/2/L F: the service's 3 key sentences (`engine.summarize`),
 * Lead-3 (the first three sentences) and plain TextRank (centrality alone, top 3 in order).
 */
import { readFile } from 'node:fs/promises'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { createEngine } from '../../src/engine/engine'
import { textRank } from '../../src/engine/summary/centrality'
import { similarityMatrix, tfidfVectors } from '../../src/engine/summary/similarity'
import { meanScores, rouge, type RougeScores } from './rouge'

/** One line of the input file. */
interface Article {
  id?: string
  article: string
  highlights: string
}

const SYSTEMS = ['key sentences', 'Lead-3', 'TextRank'] as const
type System = (typeof SYSTEMS)[number]

/** The three summaries of one article, as sentence lists. */
function summariesOf(article: Article, i: number): Record<System, string[]> {
  const built = buildCorpus([{ name: `article-${i + 1}.txt`, content: article.article }])
  const sentences = built.corpus.passages.flatMap((p) => p.sentences.map((s) => p.text.slice(s.start, s.end)))
  const centrality = textRank(similarityMatrix(tfidfVectors(sentences)))
  const top = [...centrality.keys()].sort((a, b) => centrality[b]! - centrality[a]! || a - b).slice(0, 3).sort((a, b) => a - b)
  return {
    'key sentences': createEngine(built).summarize({ sentences: 3 }).sentences.map((s) => s.text),
    'Lead-3': sentences.slice(0, 3),
    TextRank: top.map((j) => sentences[j]!),
  }
}

const pct = (x: number) => (100 * x).toFixed(2)

/**
 * Runs the summaries evaluation and prints its figures.
 *
 * @example
 * ```ts
 * await runSummaryEval('../shared/eval/cnndm-dev.jsonl', { json: false })
 * ```
 */
export async function runSummaryEval(path: string, options: { json: boolean }): Promise<void> {
  const articles = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Article)
  const scores: Record<System, RougeScores[]> = { 'key sentences': [], 'Lead-3': [], TextRank: [] }
  const perArticle: { id: string; scores: Record<System, RougeScores> }[] = []
  articles.forEach((article, i) => {
    const summaries = summariesOf(article, i)
    const row = {} as Record<System, RougeScores>
    for (const system of SYSTEMS) {
      row[system] = rouge(summaries[system].join('\n'), article.highlights)
      scores[system].push(row[system])
    }
    perArticle.push({ id: article.id ?? String(i + 1), scores: row })
  })
  const means = Object.fromEntries(SYSTEMS.map((s) => [s, meanScores(scores[s])])) as Record<System, RougeScores>
  if (options.json) {
    console.log(JSON.stringify({ file: path, articles: articles.length, means, perArticle }, null, 2))
    return
  }
  console.log(`summaries: ${articles.length} articles from ${path}; ROUGE F (stemmed), 3 sentences each`)
  console.table(Object.fromEntries(SYSTEMS.map((s) => [s, { 'ROUGE-1': pct(means[s].rouge1), 'ROUGE-2': pct(means[s].rouge2), 'ROUGE-L': pct(means[s].rougeL) }])))
  const gain = 100 * (means['key sentences'].rouge1 - means['Lead-3'].rouge1)
  console.log(`key sentences vs Lead-3, ROUGE-1: ${gain >= 0 ? '+' : ''}${gain.toFixed(2)} points`)
}
