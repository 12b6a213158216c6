/**
 * @module
 * Deep links from an answer or a passage to its source: the document's own `url` with a URL Text
 * Fragment (`#:~:text=…`) that scrolls to and highlights the sentence, or this service's
 * `/documents/{id}#p{paragraph}` page when the document has no url. Pure string work, so every door
 * gets the same link.
 */

/**
 * Where a link points: the document (its id and optional front-matter `url`) and a paragraph.
 *
 * @example
 * ```ts
 * const target: LinkTarget = { documentId: 'a', url: 'https://x.test/a', paragraph: 2, text: 'Smith fired.' }
 * ```
 */
export interface LinkTarget {
  documentId: string
  /** The document's canonical address, from front matter. */
  url?: string
  /** 0-based passage index; the anchor is `p{paragraph}`. */
  paragraph: number
  /** The text to highlight at the target (a sentence or a whole passage). */
  text?: string
}

/** Texts up to this many words go into the fragment whole; longer ones as `start,end`. */
const WHOLE_WORDS = 10
/** Words on each side of a `textStart,textEnd` fragment: enough to be unique, short enough to match. */
const EDGE_WORDS = 4
/** Up to WHOLE_WORDS + 1 leading words: enough to tell a short text from a long one. */
const HEAD_WORDS = new RegExp(`^\\s*(?:\\S+\\s+){0,${WHOLE_WORDS}}\\S+`)

/** The last `count` words of a text, found by walking back from its end (a `$`-anchored regex would rescan the text). */
const lastWords = (text: string, count: number): string[] => {
  const words: string[] = []
  let end = text.length
  while (words.length < count && end > 0) {
    while (end > 0 && /\s/.test(text[end - 1]!)) end--
    let start = end
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--
    if (start < end) words.unshift(text.slice(start, end))
    end = start
  }
  return words
}

/**
 * Percent-encodes a fragment directive term. Beyond `encodeURIComponent`, the Text Fragments
 * spec reserves `-` (prefix/suffix marker), while `,` and `&` are already encoded.
 *
 * @example
 * ```ts
 * encodeFragmentTerm('war-torn, 6,000') // 'war%2Dtorn%2C%206%2C000'
 * ```
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D')
}

/**
 * The `#:~:text=…` fragment for a text: the whole text when short, else its first and last words
 * as a `textStart,textEnd` range, which survives small differences in the middle of the page text.
 *
 * @example
 * ```ts
 * textFragment('Smith fired 6,000 rounds.') // '#:~:text=Smith%20fired%206%2C000%20rounds.'
 * ```
 */
export function textFragment(text: string): string {
  // Only the edges are read: a passage is hundreds of words and this runs for every hit.
  const head = text.match(HEAD_WORDS)?.[0]?.trim().split(/\s+/) ?? []
  if (head.length === 0) return ''
  if (head.length <= WHOLE_WORDS) return `#:~:text=${encodeFragmentTerm(head.join(' '))}`
  const start = head.slice(0, EDGE_WORDS).join(' ')
  const end = lastWords(text, EDGE_WORDS).join(' ')
  return `#:~:text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`
}

/**
 * The service's own page for a paragraph.
 *
 * @example
 * ```ts
 * documentPath('nato ammo', 4) // '/documents/nato%20ammo#p4'
 * ```
 */
export function documentPath(documentId: string, paragraph: number): string {
  return `/documents/${encodeURIComponent(documentId)}#p${paragraph}`
}

/**
 * The deep link for a target: `url` + text fragment (any fragment the url had is replaced), or
 * the document page's paragraph anchor when there is no url.
 *
 * @example
 * ```ts
 * sourceLink({ documentId: 'a', url: 'https://x.test/a', paragraph: 2, text: 'Smith fired.' })
 * // 'https://x.test/a#:~:text=Smith%20fired.'
 * sourceLink({ documentId: 'a', paragraph: 2 }) // '/documents/a#p2'
 * ```
 */
export function sourceLink(target: LinkTarget): string {
  if (!target.url) return documentPath(target.documentId, target.paragraph)
  const hash = target.url.indexOf('#')
  const base = hash === -1 ? target.url : target.url.slice(0, hash)
  return `${base}${target.text ? textFragment(target.text) : ''}`
}
