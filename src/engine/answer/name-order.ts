/**
 * @module
 * A name of the question whose words the passage holds in another order: "Latham Milton" where the
 * passage says "Milton Latham", "Major Soccer League" where it says "Major League Soccer", "State
 * of California University" where it says "California State University". The passage names
 * something (or someone) else, so what it says does not answer the question; the reason names
 * both, so a reader who only misordered the name sees the right one. A name turned around "of"
 * ("European Commission President" for "President of the European Commission") is the same name.
 * SQuAD 2.0 makes unanswerable questions this way; measured in README, Answers.
 */

/** The question's name and the passage's words in their order. */
export interface Reordered {
  asked: string
  said: string
}

// A run of two or more capitalised words, "of" or "the" allowed between them ("and" joins two names).
const NAME_RUN = /\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|the)\s+)?\p{Lu}[\p{L}\p{N}'’-]*)+/gu
// What the passage's reordered name may hold besides capitalised words (with only spaces between).
const CONNECTOR = /^(?:of|the)$/u
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
/** Words beyond the name's own a window of the passage may hold ("University *of* California"). */
const SLACK = 2

/**
 * The first name of the question (two capitalised words or more, the question's opening word left
 * out) that the passage never writes as the question does but whose capitalised words it holds,
 * close together, in another order.
 *
 * @example
 * ```ts
 * reorderedName('What title did Latham Milton hold?', 'In 1860 Milton Latham was elected.')
 * // { asked: 'Latham Milton', said: 'Milton Latham' }
 * ```
 */
export function reorderedName(question: string, passage: string): Reordered | undefined {
  const body = question.replace(/^\s*\S+/, (w) => ' '.repeat(w.length))
  let lower: string | undefined
  let tokens: { text: string; start: number; end: number }[] | undefined
  for (const m of body.matchAll(NAME_RUN)) {
    const asked = m[0]
    if (passage.includes(asked)) continue
    const words = asked.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w))
    // Most names have a word the passage lacks: then no order is read (and the passage is not copied or tokenized).
    if (words.some((w) => !passage.includes(w))) continue
    lower ??= passage.toLowerCase().replace(/\s+/g, ' ')
    if (lower.includes(asked.toLowerCase().replace(/\s+/g, ' '))) continue
    tokens ??= [...passage.matchAll(TOKEN)].map((t) => ({ text: t[0], start: t.index, end: t.index + t[0].length }))
    const width = words.length + SLACK
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const window = tokens.slice(i, i + width)
      if (!words.includes(window[0]!.text)) continue
      const at = words.map((w) => window.findIndex((t) => t.text === w))
      if (at.some((p) => p < 0) || new Set(at).size < at.length) continue
      if (at.every((p, k) => k === 0 || p > at[k - 1]!)) continue
      const last = Math.max(...at)
      // One name in the passage too: capitalised words with only "of"/"the" and spaces between.
      const one = window.slice(0, last + 1).every((t, k) => (/^\p{Lu}/u.test(t.text) || CONNECTOR.test(t.text)) && (k === 0 || /^\s+$/u.test(passage.slice(window[k - 1]!.end, t.start))))
      if (!one) continue
      const said = passage.slice(window[0]!.start, window[last]!.end)
      if (ofSwap(asked, said)) continue
      return { asked, said }
    }
  }
  return undefined
}

/**
 * Whether one name is the other turned around "of": "President of the European Commission" and
 * "European Commission President" are one office, the way English names it both ways.
 */
function ofSwap(a: string, b: string): boolean {
  const turned = (x: string) => {
    const m = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/u.exec(x)
    return m ? `${m[2]} ${m[1]}`.toLowerCase() : undefined
  }
  return turned(a) === b.toLowerCase() || turned(b) === a.toLowerCase()
}
