/**
 * @module
 * Names that differ by a code: "USB-A" and "USB-C", "Boeing 747" and "Boeing 777", "World War I"
 * and "World War II". A question made from a sentence by changing the code ("How many USB-A
 * ports…?" of "two USB-C ports") asks about a sibling the sentence never mentions.
 */
import { lastClauseStart } from './binding'

// A capitalised word and its code: up to four capitals (a letter, a roman numeral) or up to four
// digits with an optional letter, joined by a hyphen or a space ("USB-A", "Aero 14", "War II", "F-16").
const CODE_NAME = /\b(\p{Lu}[\p{L}]*)[- ](\p{Lu}{1,4}|\d{1,4}\p{L}?)(?![\p{L}\p{N}-])/gu
// Capitalised words a number follows without making a name: dates, prepositions at the start.
const NOT_NAME = /^(?:in|on|by|at|from|to|since|until|before|after|of|for|the|and|or|about|around|over|under|some|nearly|almost|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|a|an|i|chapter|section|page|article|figure|table|part|volume|vol|issue|number|no|week|day|year|season|round|stage|level|grade|phase)$/i

// What every code name holds, read without Unicode classes.
const SCREEN = /[A-Za-z][- ](?:[A-Z]|\d)/

/** Each code name in a text: the word (lower case), its code, and the two as written. */
function codeNames(text: string): { word: string; code: string; text: string }[] {
  const found = []
  for (const m of text.matchAll(CODE_NAME)) {
    // "A-level", "I-95": a lone capital before the hyphen is no word of a name.
    if (NOT_NAME.test(m[1]!) || m[1]!.length < 2) continue
    found.push({ word: m[1]!.toLowerCase(), code: m[2]!, text: m[0] })
  }
  return found
}

/** Why a sentence does not answer a question about a coded name. */
export interface CodeSwap {
  code: 'modifier-differs'
  reason: string
}

/**
 * Why `sentence` does not answer `question`: the question names something by a code the sentence
 * never gives it, and the sentence gives the same name another code; or, when the sentence names
 * both, the clause that leads up to the answer (at offset `answerAt` of the sentence) gives only
 * the other ("How much did the Aero 13 weigh?" of "The Aero 14 weighs 1.12 kilograms, … lighter
 * than its predecessor, the Aero 13": the weight follows the Aero 14).
 *
 * @example
 * ```ts
 * codeSwap('How many USB-A ports does it have?', 'Each machine has two USB-C ports.')?.code // "modifier-differs"
 * codeSwap('How many USB-C ports does it have?', 'Each machine has two USB-C ports.') // undefined
 * codeSwap('How much did the Aero 13 weigh?', sentence, sentence.indexOf('1.12'))?.code // "modifier-differs"
 * ```
 */
export function codeSwap(question: string, sentence: string, answerAt = 0): CodeSwap | undefined {
  // Most questions hold no code: a screen without the "u" flag (slower) settles them.
  if (!SCREEN.test(question)) return undefined
  const asked = codeNames(question)
  if (asked.length === 0) return undefined
  const before = sentence.slice(0, answerAt)
  return swapIn(asked, sentence) ?? swapIn(asked, before.slice(lastClauseStart(before)))
}

/** The first asked code name whose word `text` gives only other codes. */
function swapIn(asked: ReturnType<typeof codeNames>, text: string): CodeSwap | undefined {
  const said = codeNames(text)
  for (const a of asked) {
    const same = said.filter((s) => s.word === a.word)
    if (same.length === 0 || same.some((s) => s.code.toLowerCase() === a.code.toLowerCase())) continue
    return { code: 'modifier-differs', reason: `the question asks about '${a.text}'; the passage says '${same[0]!.text}'` }
  }
  return undefined
}
