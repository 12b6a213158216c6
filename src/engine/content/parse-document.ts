/**
 * @module
 * One content file → document metadata and raw passages. Build time only.
 */
import { splitSentences } from '../text/sentences'
import { readFrontMatter } from './front-matter'
import { readHeading } from './markdown'
import { splitPassages, type RawPassage } from './passages'
import { deriveTitle } from './title'

/** A file from `content/`: its name (with extension) and its text. */
export interface SourceFile {
  name: string
  content: string
}

/** A parsed document before indexing. */
export interface ParsedDocument {
  id: string
  title: string
  date?: string
  source?: string
  url?: string
  passages: RawPassage[]
}

/** Extensions the content pipeline reads; anything else in `content/` is ignored. */
export const CONTENT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const

// "date 2023-09-28" as the first token of a pasted article: metadata, not text.
const DATE_TOKEN = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*/i
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/

/**
 * Parses a content file. The id is the file name without extension. The title comes from
 * front matter, else a level-1 Markdown heading at the top, else `deriveTitle`.
 *
 * @example
 * ```ts
 * parseDocument({ name: 'a.txt', content: 'date 2024-01-02 Hello world.' }).date // "2024-01-02"
 * ```
 */
export function parseDocument(file: SourceFile): ParsedDocument {
  const id = file.name.replace(/\.[^.]+$/, '')
  const markdown = /\.(md|markdown)$/i.test(file.name)
  const text = file.content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const { data, body: afterFrontMatter } = readFrontMatter(text, file.name)

  let body = afterFrontMatter
  let date = data.date && ISO_DATE.test(data.date) ? data.date.slice(0, 10) : undefined
  const token = DATE_TOKEN.exec(body)
  if (token) {
    date ??= token[1]
    body = body.slice(token[0].length)
  }

  let title = data.title
  if (markdown) {
    const firstLine = body.trimStart().split('\n', 1)[0] ?? ''
    const heading = readHeading(firstLine)
    if (heading?.level === 1) {
      title ??= heading.text
      body = body.trimStart().slice(firstLine.length)
    }
  }

  const passages = splitPassages(body, markdown)
  if (title === undefined) {
    const first = passages[0]?.text ?? ''
    const sentence = splitSentences(first)[0]
    title = deriveTitle(id, passages.map((p) => p.text).join('\n'), sentence ? first.slice(sentence.start, sentence.end) : '')
  }
  return { id, title, date, source: data.source, url: data.url, passages }
}
