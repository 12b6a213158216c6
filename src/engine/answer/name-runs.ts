/**
 * @module
 * Runs of capitalised words in a sentence: the names standing in a verb's subject or object slot
 * ("Duke William II *of* Normandy", "Robert *of* Jumièges"). A run stops at punctuation, at a
 * lower-case word other than "of"/"the" between two names, and at a possessive ("Robert's son" is
 * the son, not Robert); a title alone ("the President") is no run.
 */
import type { EntityType, Passage } from '../types'
import { sentenceWords, type RuleWord } from './rule-words'

/** A name run: first and last word index. */
export type Run = readonly [number, number]

/** A sentence's words and readers of the name runs in it. */
export interface SentenceReader {
  words: readonly RuleWord[]
  /** Whether only spaces or a hyphen stand between words `i` and `j` (`i` < `j`). */
  joined(i: number, j: number): boolean
  /** The run ending at word `k`, if word `k` is a name. */
  runBefore(k: number): Run | undefined
  /** The run opening at word `i`, after determiners ("the", "his"), if any. */
  runAfter(i: number): Run | undefined
  /** A run's name terms, roman numerals left out. */
  namesOf(run: Run): Set<string>
  /** A run as written. */
  textOf(run: Run): string
  /**
   * Index terms of the words from the punctuation before word `v` (at most `words` of them) up to
   * it; with `after`, from it to the next punctuation.
   */
  clause(v: number, after?: boolean, words?: number): Set<string>
}

// Words inside a name: "William II *of* Normandy", "Edward *the* Confessor".
const GLUE = new Set(['of', 'the', 'de', 'du', 'von', 'van', 'la', 'le', 'al'])
const DETERMINER = /^(?:the|a|an|his|her|their|its)$/
const ROMAN = /^[IVXLC]+$/
// Days and months are capitalised but act in no sentence: "On Monday the President signed".
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/
const POSSESSIVE = /['’]s$/
const capital = (w: RuleWord): boolean => /^\p{Lu}/u.test(w.text)

// Span types that make a sentence's first word a name: "*Robert Guiscard* took Bari".
const NAMED: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place'])

/** Whether the build typed word `w` as part of a person, organisation, place or other proper name. */
const typedName = (passage: Passage, w: RuleWord): boolean =>
  passage.spans.some((span) => span.start <= w.start && w.end <= span.end && (NAMED.has(span.type) || span.proper === true))

/**
 * A reader of sentence `index`'s name runs. The sentence's first word (capitalised anyway) is a
 * name when `isName` says the content writes it capitalised elsewhere ("Bethencourt took", not
 * "Soldiers took") or the build typed it as one ("Robert Guiscard took").
 *
 * @example
 * ```ts
 * // "In 1066, Duke William II of Normandy conquered England."
 * const r = readSentence(passage, 0, isName)
 * r.textOf(r.runBefore(7)!) // "Duke William II of Normandy"
 * ```
 */
export function readSentence(passage: Passage, index: number, isName: (term: string) => boolean): SentenceReader {
  const s = sentenceWords(passage, index)
  // A hyphen joins too: "Anglo-Saxons" is one name.
  const joined = (i: number, j: number): boolean => !!s[i] && !!s[j] && /^(?:\s*|-)$/.test(passage.text.slice(s[i]!.end, s[j]!.start))
  const nameAt = (i: number): boolean => {
    const w = s[i]
    // Roman numerals ("Alexander I") have no term; the pronoun "I" alone names no one (no name term in the run).
    if (!w || !capital(w) || CALENDAR.test(w.lower)) return false
    return w.term !== null ? i > 0 || isName(w.term) || typedName(passage, w) : ROMAN.test(w.text)
  }
  // "the President", "the Pope": a title refers to someone the question may name ("Biden"); a
  // plural ("the Normans") or a name of several words ("the First Crusade") is read.
  const title = (a: number, b: number): boolean => a === b && s[a - 1]?.lower === 'the' && !/s$/.test(s[a]!.lower)
  const glueAt = (i: number): boolean => GLUE.has(s[i]?.lower ?? '') && nameAt(i - 1) && nameAt(i + 1) && joined(i - 1, i) && joined(i, i + 1)
  return {
    words: s,
    joined,
    runBefore(k) {
      if (!nameAt(k) || POSSESSIVE.test(s[k]!.text)) return undefined
      let a = k
      while (a > 0 && joined(a - 1, a) && (nameAt(a - 1) || glueAt(a - 1))) a--
      return title(a, k) ? undefined : [a, k]
    },
    runAfter(i) {
      if (s[i] && DETERMINER.test(s[i]!.lower) && joined(i, i + 1)) i++
      if (!nameAt(i)) return undefined
      let b = i
      while (b + 1 < s.length && joined(b, b + 1) && (nameAt(b + 1) || glueAt(b + 1))) b++
      return POSSESSIVE.test(s[b]!.text) || title(i, b) ? undefined : [i, b]
    },
    namesOf: (run) => new Set(s.slice(run[0], run[1] + 1).flatMap((n) => (capital(n) && n.term && !ROMAN.test(n.text) ? [n.term] : []))),
    textOf: (run) => passage.text.slice(s[run[0]]!.start, s[run[1]]!.end),
    clause(v, after, words = Infinity) {
      let [from, to] = [v, v]
      if (after) while (to + 1 < s.length && joined(to, to + 1)) to++
      else while (from > 0 && v - from < words && joined(from - 1, from)) from--
      return new Set(s.slice(after ? v + 1 : from, after ? to + 1 : v).flatMap((n) => n.term ?? []))
    },
  }
}
