/**
 * Test helpers: build engines and apps from in-test content, so each test owns its state.
 */
import seedText from '../../content/nato-ammunition-2023-09-28.txt?raw'
import { createApp } from '../../src/app'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import type { SourceFile } from '../../src/engine/content/parse-document'
import { createEngine, type Engine, type EngineOptions } from '../../src/engine/engine'
import type { Corpus, Passage } from '../../src/engine/types'

/** The seed article as shipped in content/. */
export const SEED: SourceFile = { name: 'nato-ammunition-2023-09-28.txt', content: seedText }
export const SEED_ID = 'nato-ammunition-2023-09-28'

/** An engine over the given files (default: the seed article only). */
export function engineFrom(files: SourceFile[] = [SEED], options?: EngineOptions): Engine {
  return createEngine(buildCorpus(files), options)
}

/** The corpus of one in-test text and its first passage: for rules that read a single sentence. */
export function onePassage(content: string): { corpus: Corpus; passage: Passage } {
  const { corpus } = buildCorpus([{ name: 'text.txt', content }])
  return { corpus, passage: corpus.passages[0]! }
}

/** An app over the given files, with an env as wrangler.toml would give it. */
export function appFrom(files: SourceFile[] = [SEED]) {
  const app = createApp({ engine: engineFrom(files) })
  const env = { CORS_ORIGINS: '*', ABSTAIN_THRESHOLD: '0.35' } as Env
  return {
    app,
    request: (path: string, init?: RequestInit) => app.request(path, init, env),
  }
}

/**
 * A Markdown article with front matter, one paragraph per entry: the shape of a file in `content/`.
 *
 * @example
 * ```ts
 * const file = markdownArticle('tram.md', { title: 'New tram line', date: '2026-11-03' }, ['The council voted…'])
 * ```
 */
export function markdownArticle(name: string, meta: { title: string; date: string }, paragraphs: readonly string[]): SourceFile {
  return { name, content: `---\ntitle: ${meta.title}\ndate: ${meta.date}\n---\n\n${paragraphs.join('\n\n')}\n` }
}
