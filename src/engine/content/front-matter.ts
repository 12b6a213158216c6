/**
 * @module
 * YAML front matter (`---` … `---`) at the top of a content file. Build time only.
 */
import { parse } from 'yaml'

/** Fields a deployer may set in front matter; others are ignored. */
export interface FrontMatter {
  title?: string
  date?: string
  source?: string
  url?: string
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/

const asString = (value: unknown): string | undefined => {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined
  return undefined
}

/**
 * Splits front matter from the body. Malformed YAML throws with the file name, so a broken
 * file fails the build instead of being served half-parsed.
 *
 * @example
 * ```ts
 * readFrontMatter('---\ntitle: Hello\n---\nBody', 'a.md') // { data: { title: 'Hello' }, body: 'Body' }
 * ```
 */
export function readFrontMatter(text: string, fileName: string): { data: FrontMatter; body: string } {
  const match = FENCE.exec(text)
  if (!match) return { data: {}, body: text }
  let raw: unknown
  try {
    raw = parse(match[1] ?? '')
  } catch (error) {
    throw new Error(`${fileName}: front matter is not valid YAML (${(error as Error).message})`)
  }
  const record = (raw ?? {}) as Record<string, unknown>
  const data: FrontMatter = {
    title: asString(record.title),
    date: asString(record.date),
    source: asString(record.source),
    url: asString(record.url),
  }
  return { data, body: text.slice(match[0].length) }
}
