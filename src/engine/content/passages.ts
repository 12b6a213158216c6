/**
 * @module
 * Cuts a document body into passages: paragraphs separated by blank lines, subheadings set
 * aside as labels, and one-line news text cut into runs of whole sentences.
 */
import { splitSentences } from '../text/sentences'
import { readHeading, stripInline } from './markdown'

/** A paragraph before sentence splitting, with the subheading above it. */
export interface RawPassage {
  heading?: string
  text: string
}

/** Sentences and words per passage when a document has no paragraph breaks. */
const CHUNK = { minSentences: 3, minWords: 60, maxSentences: 5, maxWords: 130 }

/**
 * A subheading: a short line (≤ 14 words) that does not close like a sentence and does not
 * start in lower case, e.g. "NATO overhaul production lines of defence products for Ukraine".
 */
export function isSubheading(line: string): boolean {
  const text = line.trim()
  const words = text.split(/\s+/).length
  return text.length > 0 && words <= 14 && !/[.!?:;,"”'’)\]…]$/u.test(text) && !/^\p{Ll}/u.test(text)
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length

/** Cuts one long run of text into passages of a few whole sentences. */
export function chunkSentences(text: string): string[] {
  const chunks: string[] = []
  let current: string[] = []
  let words = 0
  for (const { start, end } of splitSentences(text)) {
    const sentence = text.slice(start, end)
    const size = countWords(sentence)
    if (current.length >= CHUNK.maxSentences || (current.length > 0 && words + size > CHUNK.maxWords)) {
      chunks.push(current.join(' '))
      current = []
      words = 0
    }
    current.push(sentence)
    words += size
    if (current.length >= CHUNK.minSentences && words >= CHUNK.minWords) {
      chunks.push(current.join(' '))
      current = []
      words = 0
    }
  }
  if (current.length > 0) chunks.push(current.join(' '))
  return chunks
}

/**
 * Splits a body into passages. `markdown` turns on heading syntax and inline clean-up.
 *
 * @example
 * ```ts
 * splitPassages('Intro text.\n\nA Heading\n\nBody text.', false)
 * // [{ text: 'Intro text.' }, { heading: 'A Heading', text: 'Body text.' }]
 * ```
 */
export function splitPassages(body: string, markdown: boolean): RawPassage[] {
  const text = body.trim()
  if (text === '') return []
  const hasBlankLines = /\n[ \t]*\n/.test(text)
  const blocks = hasBlankLines ? text.split(/\n[ \t]*\n+/) : text.split('\n')
  if (!hasBlankLines && blocks.length === 1) return chunkSentences(clean(text, markdown)).map((t) => ({ text: t }))

  const passages: RawPassage[] = []
  let heading: string | undefined
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '')
    while (lines.length > 0) {
      const first = lines[0]!
      const mdHeading = markdown ? readHeading(first) : undefined
      if (mdHeading || (lines.length === 1 && isSubheading(first))) {
        heading = mdHeading ? mdHeading.text : first.trim()
        lines.shift()
        continue
      }
      break
    }
    if (lines.length === 0) continue
    const paragraph = clean(lines.join(' '), markdown)
    if (paragraph !== '') passages.push(heading === undefined ? { text: paragraph } : { heading, text: paragraph })
  }
  // A lone trailing subheading would otherwise vanish: keep its words as a passage.
  if (passages.length === 0 && heading !== undefined) passages.push({ text: heading })
  return passages
}

function clean(text: string, markdown: boolean): string {
  return (markdown ? stripInline(text) : text).replace(/\s+/g, ' ').trim()
}
