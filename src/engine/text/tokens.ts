/**
 * @module
 * Tokenisation with offsets. Numbers keep their separators ("6,000", "2.1") and words keep
 * inner apostrophes and dots ("Ukraine's", "U.S"), so `normalizeTerm` can fold them.
 */

/** A token and where it stands in the text. */
export interface Token {
  text: string
  start: number
  end: number
}

// A number with separators and an optional suffix ("155s", "31st"), or a word with inner ' ’ or dots.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*\p{L}*|[\p{L}\p{M}\p{N}]+(?:(?:['’]|\.(?=\p{L}))[\p{L}\p{M}\p{N}]+)*/gu

/**
 * Splits text into tokens with their offsets.
 *
 * @example
 * ```ts
 * tokenize("Ukraine's 6,000 rounds").map((t) => t.text) // ["Ukraine's", "6,000", "rounds"]
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // An `exec` loop on the shared pattern: `matchAll` would copy the pattern and make an iterator per call.
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/**
 * Token texts only, in the shape MiniSearch's `tokenize` option wants.
 *
 * @example
 * ```ts
 * tokenizeWords('U.S. aid') // ["U.S", "aid"]
 * ```
 */
export function tokenizeWords(text: string): string[] {
  return text.match(TOKEN) ?? []
}
