/**
 * @module
 * Answers a noun phrase holds beside another word: the name after the asked noun ("the hashtag
 * *#finddancingman*" for "which hashtag") and a place with the larger place after it ("*Maldon,
 * Essex*" for "where is she from").
 */
import type { Span } from '../types'
import { normalizeTerm } from '../text/terms'

/** A stretch of passage text, by offsets. */
export interface Stretch {
  start: number
  end: number
}

/**
 * What follows the asked noun at the head of a noun phrase: "hashtag #finddancingman" answers
 * "which hashtag" with "#finddancingman". Undefined when the phrase does not open with the focus
 * or holds nothing after it.
 *
 * @example
 * ```ts
 * afterFocusNoun('the hashtag #finddancingman', { start: 4, end: 27, type: 'noun-phrase' }, 'hashtag') // { start: 12, end: 27 }
 * ```
 */
export function afterFocusNoun(text: string, span: Span, focusTerm: string): Stretch | undefined {
  let head = HEADS.get(span)
  if (head === undefined) {
    const m = /^((?:the\s+|a\s+|an\s+)?([\p{L}-]+),?\s+)\S/u.exec(text.slice(span.start, span.end))
    HEADS.set(span, (head = m ? { after: m[1]!.length, term: normalizeTerm(m[2]!) } : null))
  }
  if (!head || head.term !== focusTerm) return undefined
  // "Edict of Carvel": a name that opens with the noun answers whole.
  if (span.proper && CAPITAL.test(text[span.start] ?? '')) return undefined
  return { start: span.start + head.after, end: span.end }
}

// A capital letter: the first character of a span that opens a name.
const CAPITAL = /\p{Lu}/u

// A phrase's first noun and where the rest starts, per span object (so per corpus): every
// "which X" question read them again, stemming included.
const HEADS = new WeakMap<Span, { after: number; term: string | null } | null>()

// Between a place and the larger place that locates it: a comma only.
const COMMA = /^,\s+$/u
// After the pair, a list goes on ("Denmark, Iceland and Norway"): then the pair is no nesting.
const LIST_GOES_ON = /^(?:\s+(?:and|or)\b|,\s*\p{Lu})/u

/**
 * Places followed by the larger place that locates them ("Maldon, Essex", "Dallas, Texas"): each
 * pair as one stretch, from a capitalised first member to a place. Pairs inside a list are none.
 *
 * @example
 * ```ts
 * nestedPlaces('from Maldon, Essex, was', [{ start: 5, end: 11 }], [{ start: 13, end: 18 }]) // [{ start: 5, end: 18 }]
 * ```
 */
export function nestedPlaces(text: string, firsts: readonly Stretch[], places: readonly Stretch[]): Stretch[] {
  const pairs: Stretch[] = []
  for (const a of firsts) {
    if (!/^\p{Lu}/u.test(text.slice(a.start, a.end)) || /,\s*$/u.test(text.slice(Math.max(0, a.start - 2), a.start))) continue
    const b = places.find((p) => p.start > a.end && COMMA.test(text.slice(a.end, p.start)))
    if (b && !LIST_GOES_ON.test(text.slice(b.end, b.end + 4))) pairs.push({ start: a.start, end: b.end })
  }
  return pairs
}

/**
 * For a noun phrase that ends in the name a definition question asks about ("the state weather
 * agency *Aemet*" for "What is Aemet?"), the end of the words before the name, which describe it;
 * undefined when the phrase is all name or does not end in it.
 *
 * @example
 * ```ts
 * descriptorEnd(text, span, words, new Set(['aemet'])) // the offset after "agency"
 * ```
 */
export function descriptorEnd(text: string, span: Span, words: readonly { start: number; end: number; term: string }[], asked: ReadonlySet<string>): number | undefined {
  const inside = words.filter((w) => w.start >= span.start && w.end <= span.end)
  let k = inside.length
  while (k > 0 && asked.has(inside[k - 1]!.term) && /^\p{Lu}/u.test(text.slice(inside[k - 1]!.start, inside[k - 1]!.end))) k--
  if (k === inside.length || k === 0 || inside.slice(0, k).some((w) => asked.has(w.term))) return undefined
  return inside[k - 1]!.end
}
