/**
 * @module
 * Names in other languages and their glosses, as reference articles give them: "The Rhine
 * (Romansh: Rein, German: Rhein, French: *le Rhin*)" answers "What is the French name for the
 * Rhine?", and "the Obersee (*"upper lake"*)" answers "What does Obersee mean?".
 */
import type { Named } from './naming'

const LANGUAGES = 'English|French|German|Dutch|Latin|Greek|Spanish|Italian|Portuguese|Romansh|Norman|Norse|Old Norse|Old English|Old French|Arabic|Hebrew|Russian|Polish|Czech|Danish|Swedish|Norwegian|Icelandic|Finnish|Hungarian|Turkish|Persian|Chinese|Japanese|Korean|Hindi|Sanskrit|Irish|Welsh|Gaelic|Scots|Breton|Catalan|Basque|Frisian|Alemannic|Gaulish|Celtic|Proto-Germanic'
// "the French name", "the Dutch word", "called in French", "in French".
const ASKS_LANGUAGE = new RegExp(String.raw`\b(${LANGUAGES})\s+(?:name|word|term|spelling|form)\b|\b(?:called|named|known|spelled|written)\s+in\s+(${LANGUAGES})\b`, 'i')
// "What does X mean?", "What does the word X translate to?", "What is the translation of X?",
// "What is another term for X?", "What was another term used for X?", "What is another way of referring to X?".
const ASKS_GLOSS = /^\s*what\s+(?:does|did)\s+(?:the\s+(?:word|name|term)\s+)?["“]?(.+?)["”]?\s+(?:mean|translate(?:\s+(?:to|as|into))?|stand\s+for)\s*\??\s*$|^\s*what\s+is\s+the\s+(?:translation|meaning)\s+of\s+(?:the\s+(?:word|name|term)\s+)?["“]?(.+?)["”]?\s*\??\s*$|^\s*what\s+(?:is|was|are|were)\s+(?:another|a\s+different|an\s+alternative|one\s+other)\s+(?:term|name|word|way\s+(?:of|to)\s+(?:referring\s+to|refer\s+to|saying|say|describing|describe))\s+(?:(?:used|given)\s+)?(?:for\s+|of\s+)?(?:the\s+|a\s+|an\s+)?["“]?(.+?)["”]?\s*\??\s*$/i
// A name ends at a comma, a semicolon or a closing bracket.
const NAME_END = /[,;)\]]/

/**
 * The language a question asks a name in ("French"), or undefined.
 *
 * @example
 * ```ts
 * askedLanguage('What is the Rhine called in French?') // "French"
 * ```
 */
export function askedLanguage(question: string): string | undefined {
  const m = ASKS_LANGUAGE.exec(question)
  return m ? (m[1] ?? m[2]) : undefined
}

/**
 * Where the sentence gives the name in `language`: after "French:" or "French" inside brackets.
 *
 * @example
 * ```ts
 * namesInLanguage('The Rhine (German: Rhein, French: le Rhin) flows.', 'French') // [{ start: 32, end: 39 }] → "le Rhin"
 * ```
 */
export function namesInLanguage(sentence: string, language: string): Named[] {
  const found: Named[] = []
  const label = new RegExp(String.raw`\b${language}(?::\s*|\s+(?=[\p{Lu}\p{Ll}]))`, 'giu')
  for (const m of sentence.matchAll(label)) {
    // Inside brackets only: outside them "French" is an adjective of the sentence.
    const open = sentence.lastIndexOf('(', m.index)
    if (open < 0 || sentence.lastIndexOf(')', m.index) > open) continue
    const start = m.index + m[0].length
    const stop = NAME_END.exec(sentence.slice(start))
    const end = stop ? start + stop.index : sentence.length
    const text = sentence.slice(start, end).trim()
    if (text.length > 0 && text.split(/\s+/).length <= 4) found.push({ start, end: start + text.length })
  }
  return found
}

/**
 * The word whose meaning a question asks ("Obersee"), or undefined.
 *
 * @example
 * ```ts
 * glossedWord('What does Obersee mean?') // "Obersee"
 * ```
 */
export function glossedWord(question: string): string | undefined {
  const m = ASKS_GLOSS.exec(question)
  return m ? (m[1] ?? m[2] ?? m[3])?.trim() : undefined
}

/**
 * The gloss the sentence gives right after `word`: in brackets, quoted or not ("Obersee ("upper
 * lake")"), after "meaning" / "which means", or quoted after ", or" ('an oil crisis, or "shock"').
 *
 * @example
 * ```ts
 * glossesOf('It is called Obersee ("upper lake").', 'Obersee') // [{ start: 22, end: 32 }] → "upper lake"
 * ```
 */
export function glossesOf(sentence: string, word: string): Named[] {
  const found = glossesAfter(sentence, word)
  // "a coal supply bin" glossed where the sentence says "a supply bin (bunker)": the phrase's last two words.
  const words = word.split(/\s+/)
  return found.length > 0 || words.length < 3 ? found : glossesAfter(sentence, words.slice(-2).join(' '))
}

function glossesAfter(sentence: string, word: string): Named[] {
  const found: Named[] = []
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(String.raw`${escaped}\s*(?:\(\s*["“']?|,?\s+(?:meaning|which means|literally)\s+["“']?|,\s+or\s+["“'])([^"”'()]{1,60}?)["”']?\s*[),.;]`, 'giu')
  for (const m of sentence.matchAll(pattern)) {
    const start = m.index + m[0].lastIndexOf(m[1]!)
    found.push({ start, end: start + m[1]!.trim().length })
  }
  return found
}
