/**
 * @module
 * Light nouns: nouns that say how much, which kind or which part of something ("amount", "set",
 * "way", "type", "basis", "example") and carry little meaning of their own. "the amount of
 * resources" answers "what is measured?" with "resources"; "another way" or "a special type"
 * answers nothing by itself. A small curated English list, not learnt from any article.
 */

// Nouns of quantity, kind, part, manner and reference, singular and plural.
const LIGHT = new Set([
  'amount', 'amounts', 'number', 'numbers', 'set', 'sets', 'way', 'ways', 'kind', 'kinds', 'type', 'types', 'sort', 'sorts',
  'form', 'forms', 'part', 'parts', 'basis', 'example', 'examples', 'instance', 'instances', 'case', 'cases', 'sense',
  'terms', 'means', 'manner', 'lot', 'lots', 'variety', 'range', 'series', 'group', 'piece', 'aspect', 'aspects',
  'fact', 'thing', 'things', 'matter', 'degree', 'extent', 'level', 'notion', 'result', 'results', 'use', 'deal',
  'majority', 'portion', 'share', 'bit', 'member', 'members', 'one', 'ones', 'half', 'rest',
])

/**
 * Whether a candidate's text ends in a light noun ("amount", "another way", "a special type"):
 * its words only point at what the sentence says next.
 *
 * @example
 * ```ts
 * endsInLightNoun('minimum amount') // true
 * endsInLightNoun('amount of resources') // false
 * ```
 */
export function endsInLightNoun(text: string): boolean {
  // A backward scan: an end-anchored regex retried every word of a long phrase (a tenth of a request).
  let end = text.length
  while (end > 0 && TRAILING.test(text[end - 1]!)) end--
  let start = end
  while (start > 0 && LETTER.test(text[start - 1]!)) start--
  return start < end && LIGHT.has(text.slice(start, end).toLowerCase())
}

// What may follow the last word (punctuation, spaces), and a letter of it.
const TRAILING = /^(?!\p{L})\W$/u
const LETTER = /^\p{L}$/u

// Nouns made from verbs ("production", "analysis", "development"): "the production of ammunition"
// names an act whose object is part of it.
const DEVERBAL = /(?:tion|sion|ment|ance|ence|ysis|ure|ing)$/i

// The head noun before "of" at the start of a phrase: "the production of", "a significant portion of".
const HEAD_OF = /^(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\p{L}-]+\s+)?([\p{L}]+)\s+of\s/u

/**
 * Whether a phrase opens with a deverbal noun that keeps its "of" complement ("the production
 * of ammunition"): its parts alone do not answer. A light noun's complement is the answer
 * ("a set of rules"), so light nouns do not count.
 *
 * @example
 * ```ts
 * keepsComplement('the production of ammunition') // true
 * keepsComplement('King Charles of France') // false
 * ```
 */
export function keepsComplement(text: string): boolean {
  const head = HEAD_OF.exec(text)?.[1]
  return !!head && DEVERBAL.test(head)
}
