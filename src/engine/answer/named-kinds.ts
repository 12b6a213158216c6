/**
 * @module
 * What kind of thing a named thing is, read from the sentence that says it: "What type of volcano
 * is Mount Hekkar?" against "Mount Hekkar, a *strato*volcano…" or "Mount Hekkar is an *active*
 * volcano"; "What kind of business is Pemberly Cold Chain?" against "Pemberly Cold Chain, a
 * *refrigerated-transport specialist* founded in 1988". The modifiers of the question's noun, or
 * the appositive when the sentence uses another noun.
 */
import type { Named } from './naming'

// "What kind/type/sort of X is/was NAME?": the noun X and the name.
const ASKS_KIND_OF = /^\W*(?:what|which)\s+(?:kind|type|sort)s?\s+of\s+([\p{L}-]+)\s+(?:is|was|are|were)\s+(?:the\s+)?([^?]+?)\s*\??\s*$/iu
// After the name: ", a …" or " is a …"; the phrase runs to a comma, a relative, a participle or a preposition.
const PREDICATE = /^(?:\s*,\s*|\s+(?:is|was|are|were)\s+)(?:an?|the)\s+((?:(?!(?:that|which|who|whose|with|in|of|on|at|for|from|and|to|by|founded|based|built|known|located)\b)[\p{L}-]+(?:\s+|(?=[,;.)]|$))){1,4})/iu
const ENDS_ING = /\s*\b\p{L}+ing\b.*$/u

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
  const [noun, name] = [q[1]!.toLowerCase(), q[2]!]
  const at = sentence.toLowerCase().indexOf(name.toLowerCase())
  if (at < 0) return []
  const after = at + name.length
  const m = PREDICATE.exec(sentence.slice(after))
  if (!m) return []
  let phrase = m[1]!.replace(ENDS_ING, '').trimEnd()
  const start = after + m[0].length - m[1]!.length
  // "an active volcano" for "what type of volcano": the words before the question's noun.
  const words = phrase.split(/\s+/)
  const nounAt = words.findIndex((w) => w.toLowerCase().replace(/e?s$/, '') === noun.replace(/e?s$/, ''))
  if (nounAt > 0) phrase = words.slice(0, nounAt).join(' ')
  else if (nounAt === 0) return []
  return phrase ? [{ start, end: start + phrase.length }] : []
}
