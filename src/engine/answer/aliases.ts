/**
 * @module
 * Short and other names: "What is Southern California often abbreviated as?" is answered by what
 * follows "abbreviated" ("Southern California, often abbreviated *SoCal*"), and "What is the
 * shortened name of the yacht race?" by the name after ", or" ("the Transpacific Yacht Race, or
 * *Transpac*,"), which otherwise reads as one of two alternatives, and "What is Riverton Mobility
 * abbreviated as?" by the acronym in brackets after the name ("Riverton Mobility (*RM*)").
 */
import { namedAfter, type Named } from './naming'
import { restatedName } from './conversions'

// The question asks for a short or other name.
const ASKS = /\b(?:abbreviat\w*|shortened|short name|short form|nickname\w*|acronym|initials|dubbed|other name|also (?:called|known))\b/iu
// "abbreviated SoCal", "shortened to Transpac", "nicknamed the Bay", "dubbed X".
const ALIASING = /\b(?:abbreviated(?: as| to)?|shortened(?: as| to)?|nicknamed|dubbed|or simply)\s+(?:the\s+)?/giu
// "X, or Y,": a capitalised name of up to three words between commas (or before the sentence's end).
const OR_NAME = /,\s+or\s+((?:\p{Lu}[\p{L}\p{N}'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2})(?=\s*[,;.)])/gu
// An alias ends at punctuation or where a clause starts; it is cut to four words.
const END = /[,;:.!?()"”]|\s(?:and|but|while|which|who|that|is|was|are|were|for|in|by)\s/u
const MAX_WORDS = 4
const BRACKETED = /\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)/gu

/**
 * Whether the question asks for a short or other name.
 *
 * @example
 * ```ts
 * asksForAlias('What is Southern California often abbreviated as?') // true
 * ```
 */
export function asksForAlias(question: string): boolean {
  return ASKS.test(question)
}

/**
 * The short or other names a sentence gives, by offsets into the sentence.
 *
 * @example
 * ```ts
 * aliasesIn('Southern California, often abbreviated SoCal, is a region.') // [{ start: 39, end: 44 }] → "SoCal"
 * aliasesIn('Riverton Mobility (RM) runs it.') // [{ start: 19, end: 21 }] → "RM"
 * ```
 */
export function aliasesIn(sentence: string): Named[] {
  const found = namedAfter(sentence, ALIASING, END, MAX_WORDS)
  for (const m of sentence.matchAll(OR_NAME)) {
    const start = m.index + m[0].indexOf(m[1]!)
    found.push({ start, end: start + m[1]!.length })
  }
  // "Riverton Mobility (RM)": an acronym in brackets after the name it shortens.
  for (const m of sentence.matchAll(BRACKETED)) {
    const start = m.index + 1
    if (restatedName(sentence, start, start + m[1]!.length)) found.push({ start, end: start + m[1]!.length })
  }
  return found
}
