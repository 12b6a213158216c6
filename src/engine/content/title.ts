/**
 * @module
 * A title for a document that states none: from its file name, cased as the text cases it,
 * else from its first sentence.
 */

const MAX_WORDS = 12

/**
 * Derives a title from the file id and the text. "nato-ammunition-2023-09-28" becomes
 * "NATO ammunition": the trailing date goes, each word takes the casing it has in the text
 * (so acronyms stay upper case), and the first word is capitalised. An id with fewer than two
 * real words ("article1") gives way to the first sentence, cut to twelve words.
 *
 * @example
 * ```ts
 * deriveTitle('nato-ammunition-2023-09-28', 'NATO aims to bolster ammunition.') // "NATO ammunition"
 * ```
 */
export function deriveTitle(id: string, text: string, firstSentence: string): string {
  const words = id
    .replace(/[-_ ]?\d{4}-\d{2}-\d{2}$/, '')
    .split(/[-_\s]+/)
    .filter((w) => w !== '')
  if (words.filter((w) => /^\p{L}{3,}$/u.test(w)).length >= 2) {
    const cased = words.map((word) => {
      const seen = new RegExp(`\\b(${word.replace(/[^\p{L}\p{N}]/gu, '')})\\b`, 'iu').exec(text)?.[1]
      return seen !== undefined && seen === seen.toUpperCase() && seen.length > 1 ? seen : word.toLowerCase()
    })
    const first = cased[0] ?? ''
    cased[0] = first.charAt(0).toUpperCase() + first.slice(1)
    return cased.join(' ')
  }
  const sentence = firstSentence.replace(/[.!?]+$/, '').trim()
  const cut = sentence.split(/\s+/)
  if (cut.length > MAX_WORDS) return `${cut.slice(0, MAX_WORDS).join(' ')}…`
  return sentence || id || 'Untitled'
}
