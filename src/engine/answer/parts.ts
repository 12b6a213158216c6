/**
 * @module
 * Shorter answers inside a long span: the parts of a noun phrase joined by "of", "and", "or" or
 * commas ("analysis of algorithms and computability theory" → "computability theory"), the name
 * before "of" in a title ("King Charles III of West Francia" → "King Charles III"), and the year of
 * a full date when the question asks for a year.
 */
import type { Span } from '../types'

/** A part of a span, by passage offsets. */
export interface Part {
  start: number
  end: number
}

const JOINS = /\s+(?:of|and|or|as well as)\s+(?:the\s+|a\s+|an\s+)?|,\s+(?:and\s+|or\s+)?(?:the\s+|a\s+|an\s+)?/gu

/**
 * The parts of a span, without the span itself; none for a span with no joining word.
 *
 * @example
 * ```ts
 * spanParts('work of embroidery', { start: 0, end: 18, type: 'noun-phrase' }) // [{ start: 0, end: 4 }, { start: 8, end: 18 }]
 * ```
 */
export function spanParts(text: string, span: Span): readonly Part[] {
  const known = PARTS.get(span)
  if (known?.text === text) return known.parts
  const parts = partsOf(text, span)
  PARTS.set(span, { text, parts })
  return parts
}

// Per span object (so per corpus: nothing is shared between engines), made on first use: the same
// spans compete for many questions, and splitting them again was a request's biggest regex work.
const PARTS = new WeakMap<Span, { text: string; parts: readonly Part[] }>()

function partsOf(text: string, span: Span): Part[] {
  if (span.type === 'number' || span.type === 'money' || span.type === 'percent' || span.type === 'duration' || span.type === 'quote') return []
  const inner = text.slice(span.start, span.end)
  if (span.type === 'date') {
    const year = /\b\d{4}\b/.exec(inner)
    return year && year[0] !== inner ? [{ start: span.start + year.index, end: span.start + year.index + 4 }] : []
  }
  const parts: Part[] = []
  let from = 0
  for (const m of inner.matchAll(JOINS)) {
    if (m.index > from) parts.push({ start: span.start + from, end: span.start + m.index })
    from = m.index + m[0].length
  }
  if (from === 0) return []
  if (from < inner.length) parts.push({ start: span.start + from, end: span.end })
  // "Battle of Hastings", "Kingdom of Sicily", "Parliament of Victoria": one word before "of" names
  // a kind of the place after it, and the two answer together.
  if ((span.type === 'place' || span.type === 'organization') && /^\S+\s+of\s/u.test(inner)) return []
  // So does an untyped name, such as an act named after a place ("Edict of Nantes": no place).
  if (span.proper && /^\p{Lu}\S*\s+of\s+\p{Lu}/u.test(inner)) return []
  // "Malcolm III of Scotland" is a person; "Scotland" is not: a person offers only the name before
  // "of", and only when it has two words or more ("William of Volpiano" stays whole).
  if (span.type !== 'person') return parts
  const head = parts[0]!
  return /\s/.test(text.slice(head.start, head.end)) ? [head] : []
}

// A question asking whether something is so: it opens with an auxiliary ("Is", "Does", "Can"…).
const YES_NO = /^\s*(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|may|might|must)\b/iu
// The last "X or Y" of a question, with up to two words after it that X and Y share ("a simple or complex answer").
const LAST_OR = /(?:^|[^\p{L}-])([\p{L}-]+),?\s+or\s+(?:the\s+|a\s+|an\s+)?([\p{L}-]+)((?:\s+[\p{L}-]+){0,2})\s*\??\s*$/u

/**
 * For "X or Y" questions, the alternatives as lower-case words: "Is it abstract or concrete?" →
 * ["abstract", "concrete"]. A yes-no question may name a noun both share ("a simple or complex
 * answer?"); another question offers alternatives only at its end after a comma ("Which came
 * first, the war or the treaty?"), as "measurements like time or space" asks for no choice.
 *
 * @example
 * ```ts
 * alternatives('Is a problem instance abstract or concrete?') // ["abstract", "concrete"]
 * alternatives('Is the output a simple or complex answer?') // ["simple", "complex"]
 * alternatives('What defines measurements like time or space?') // []
 * ```
 */
export function alternatives(question: string): string[] {
  const m = LAST_OR.exec(question)
  // "whether or not", "true or not": no choice between two things.
  if (!m || m[1]!.toLowerCase() === 'whether' || m[2]!.toLowerCase() === 'not') return []
  const pair = [m[1]!.toLowerCase(), m[2]!.toLowerCase()]
  if (YES_NO.test(question)) return pair
  return m[3] === '' && /,\s+(?:the\s+|a\s+|an\s+)?[\p{L}-]+\s+or\s+(?:the\s+|a\s+|an\s+)?[\p{L}-]+\s*\??\s*$/u.test(question) ? pair : []
}
