/**
 * @module
 * What kind of thing a named thing is, read from the sentence that says it: "What type of volcano
 * is Mount Hekkar?" against "Mount Hekkar, a *strato*volcano…" or "Mount Hekkar is an *active*
 * volcano"; "What kind of business is Pemberly Cold Chain?" against "Pemberly Cold Chain, a
 * *refrigerated-transport specialist* founded in 1988". The sentence's definition of the name
 * (`definitions.ts`: its appositive or "is a …" clause), cut to its noun phrase: the modifiers of
 * the question's noun, or the whole phrase when the sentence uses another noun.
 */
import { definitionsIn } from './definitions'
import type { Named } from './naming'

// "What kind/type/sort of X is/was NAME?": the noun X and the name.
const ASKS_KIND_OF = /^\W*(?:what|which)\s+(?:kind|type|sort)s?\s+of\s+([\p{L}-]+)\s+(?:is|was|are|were)\s+(?:the\s+)?([^?]+?)\s*\??\s*$/iu
// The article the definition opens with, and where its noun phrase ends: a preposition, a relative
// or a participle after its first word ("a specialist *founded* in 1988", "a stratovolcano *rising*").
const ARTICLE = /^(?:an?|the|one)\s+/i
const AFTER_PHRASE = /^(?:that|which|who|whose|with|in|of|on|at|for|from|and|to|by|near)$|.(?:ed|ing)$/i

/**
 * Whether the question asks what kind of thing a named thing is.
 *
 * @example
 * ```ts
 * asksKindOf('What type of volcano is Mount Hekkar?') // true
 * ```
 */
export const asksKindOf = (question: string): boolean => ASKS_KIND_OF.test(question)

/**
 * The kind the sentence gives the question's name, by offsets into the sentence.
 *
 * @example
 * ```ts
 * kindsOf('What type of volcano is Mount Hekkar?', 'Mount Hekkar is an active volcano.') // [{ start: 19, end: 25 }] → "active"
 * ```
 */
export function kindsOf(question: string, sentence: string): Named[] {
  const q = ASKS_KIND_OF.exec(question)
  if (!q) return []
  const noun = q[1]!.toLowerCase().replace(/e?s$/, '')
  const found: Named[] = []
  for (const d of definitionsIn(sentence, q[2]!)) {
    if (d.kind !== 'clause') continue
    const text = sentence.slice(d.start, d.end)
    const start = d.start + (ARTICLE.exec(text)?.[0].length ?? 0)
    const words = sentence.slice(start, d.end).split(/\s+/)
    let end = words.findIndex((w, i) => i > 0 && AFTER_PHRASE.test(w))
    if (end < 0) end = words.length
    // "an active volcano" for "what type of volcano": the words before the question's noun.
    const nounAt = words.slice(0, end).findIndex((w) => w.toLowerCase().replace(/e?s$/, '') === noun)
    if (nounAt === 0) continue
    const phrase = words.slice(0, nounAt > 0 ? nounAt : Math.min(end, 4)).join(' ')
    found.push({ start, end: start + phrase.length })
  }
  return found
}
