/**
 * @module
 * Names read off a naming phrase: "What is the term for…?", "What was the base called?" are
 * answered by what follows "called", "known as", "termed" or "referred to as" in the sentence
 * ("Algorithms that use random bits are called *randomized algorithms*"), a name stated outright
 * ("the name of their castle: *Afranji*", "its name was *Afranji*"), or given as a title in
 * quotation marks ("the spinoff, *"The Butcher and the Baker"*").
 */

/** A named stretch, by offsets into the sentence text. */
export interface Named {
  start: number
  end: number
}

/**
 * Words that frame a question asking for a name, term or meaning ("What is X *called*?", "What does
 * X *mean*?"): they say what kind of answer is wanted, not what it is about, so no rule expects the
 * articles to repeat them.
 *
 * @example
 * ```ts
 * isFramingWord('called') // true
 * ```
 */
export function isFramingWord(word: string): boolean {
  return FRAMING.test(word)
}

const FRAMING = /^(?:call|called|name|named|known|term|termed|mean|means|meaning|translate|translated|translation|refer|referred|spelled|spelt|written|abbreviated|abbreviation|acronym|initials)$/i

// The question asks for a name or term ("What did the mayor *call* the vote?").
const ASKS = /\b(?:name|names|term|terms|called|known as|referred to as|termed)\b|\b(?:do|does|did|would|will)\b[^?]*\b(?:call|dub|label|brand)\b/iu
// "called X", "known as X", and a name stated outright: "the name of their castle: X", "its name was X";
// the name may open a quotation ('were called "new converts"'), which its closing mark ends.
const NAMING = /\b(?:called|known as|termed|named|referred to as|denoted(?: by)?|name(?: of [^,;:.()]{1,40}?)?(?:\s*:|\s+(?:is|was))(?! (?:not|also|derived|used|given|taken)\b))\s+(?:the\s+|a\s+|an\s+)?["“‘]?/giu
// A name ends at punctuation or where a clause starts; it is at most six words.
const END = /[,;:.!?()"”]|\s(?:and|but|while|which|who|that|because|if|when|for|in|by|since|after|before)\s/u

/**
 * Whether the question asks for a name or term.
 *
 * @example
 * ```ts
 * asksForName('What is the term for algorithms that use random bits?') // true
 * ```
 */
export function asksForName(question: string): boolean {
  return ASKS.test(question)
}

/**
 * The names a sentence gives with a naming phrase, by offsets into the sentence.
 *
 * @example
 * ```ts
 * namesIn('Algorithms that use random bits are called randomized algorithms.')
 * // [{ start: 43, end: 64 }] → "randomized algorithms"
 * namesIn('The mayor called the vote "a turning point for the city".') // → "a turning point for the city"
 * ```
 */
export function namesIn(sentence: string): Named[] {
  const quoted = quotedNames(sentence)
  // "called the vote": the object before a quotation is what is named, not its name.
  const plain = namedAfter(sentence, NAMING, END, 6).filter((n) => !quoted.some((q) => q.start > n.end && q.start - n.end <= 3))
  return [...plain, ...quoted]
}

// "called the vote "a turning point"": a verb of naming, its object (up to five words), a quotation.
const NAMING_QUOTE = /\b(?:called|dubbed|labell?ed|branded)\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}?["“]([^"“”]{2,120}?)[,.]?["”]/gu

/** What a sentence names in quotation marks after a naming verb and its object. */
function quotedNames(sentence: string): Named[] {
  const found: Named[] = []
  for (const m of sentence.matchAll(NAMING_QUOTE)) {
    const text = m[1]!.trim()
    const start = m.index + m[0].lastIndexOf(text)
    found.push({ start, end: start + text.length })
  }
  return found
}

/**
 * What follows each match of `marker` (a global pattern) up to `end` (punctuation or a clause
 * word), cut to `maxWords`; stretches shorter than two characters are left out.
 *
 * @example
 * ```ts
 * namedAfter('Often abbreviated SoCal, it is…', /\babbreviated\s+/g, /[,;.]/, 4) // [{ start: 18, end: 23 }] → "SoCal"
 * ```
 */
export function namedAfter(sentence: string, marker: RegExp, end: RegExp, maxWords: number): Named[] {
  const found: Named[] = []
  for (const m of sentence.matchAll(marker)) {
    const start = m.index + m[0].length
    const rest = sentence.slice(start)
    const stop = end.exec(rest)
    let text = rest.slice(0, stop ? stop.index : rest.length).trimEnd()
    const words = text.split(/\s+/)
    if (words.length > maxWords) text = words.slice(0, maxWords).join(' ')
    if (text.length >= 2) found.push({ start, end: start + text.length })
  }
  return found
}

// A title in quotation marks: up to eight words, its first and every long word capitalised.
const QUOTED = /["“]([^"“”]{2,80}?)[,.]?["”]/gu
const MAX_TITLE_WORDS = 8

/**
 * The titles a sentence gives in quotation marks ("The Butcher and the Baker"), by offsets into
 * the sentence; a quoted remark is no title (its words are not capitalised).
 *
 * @example
 * ```ts
 * titlesIn('a look at the spinoff, "The Butcher and the Baker," with Shirley') // [{ start: 24, end: 49 }]
 * ```
 */
export function titlesIn(sentence: string): Named[] {
  const found: Named[] = []
  for (const m of sentence.matchAll(QUOTED)) {
    const text = m[1]!.trim()
    const words = text.split(/\s+/)
    if (words.length > MAX_TITLE_WORDS || !words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && w.length <= 3))) continue
    const start = m.index + m[0].indexOf(text)
    found.push({ start, end: start + text.length })
  }
  return found
}

// The question asks for a word or phrase itself: "What word describes the support?"
const ASKS_WORD = /\bwhat (?:single |one )?(?:word|words|phrase|expression|adjective|label)\b/iu
const QUOTED_WORDS = /["“]([^"“”]{1,40}?)[,.]?["”]/gu
const MAX_QUOTED_WORDS = 3

/**
 * Whether the question asks for a word or phrase as written ("What word describes…?").
 *
 * @example
 * ```ts
 * asksForWord('What word describes the members\' support for Ukraine?') // true
 * ```
 */
export function asksForWord(question: string): boolean {
  return ASKS_WORD.test(question)
}

/**
 * Short quotations (at most three words) a sentence puts in quotation marks: the words it quotes
 * as words ("the support is *"ironclad"*"), by offsets into the sentence.
 *
 * @example
 * ```ts
 * quotedWordsIn('They agreed the support is "ironclad" and will not fade.') // [{ start: 27, end: 35 }]
 * ```
 */
export function quotedWordsIn(sentence: string): Named[] {
  const found: Named[] = []
  for (const m of sentence.matchAll(QUOTED_WORDS)) {
    const text = m[1]!.trim()
    if (text === '' || text.split(/\s+/).length > MAX_QUOTED_WORDS) continue
    const start = m.index + m[0].indexOf(text)
    found.push({ start, end: start + text.length })
  }
  return found
}
