/**
 * @module
 * Question analysis: the expected answer type, the focus ("how many *rounds*", "which
 * *broadcaster*") and the remaining keywords, as index terms. Cheap: no NLP library, so it runs
 * per request.
 */
import type { AnswerType } from '../results'
import { normalizeTerm } from '../text/terms'
import { tokenize, type Token } from '../text/tokens'
import { answerTypeOf } from './answer-type'
import { lookupTable } from '../text/lookup-table'
import { requestMemo } from '../request-memo'

/** What the engine reads from a question. */
export interface QuestionAnalysis {
  /** The question as asked. */
  text: string
  type: AnswerType
  /** The noun the question asks about, as written ("rounds"), when it names one. */
  focus?: string
  /** The focus as an index term ("round"). */
  focusTerm?: string
  /** Index terms of the question's content words (focus included), in order, without repeats. */
  keywords: string[]
  /** Content words as written, in order, with their index term: for messages such as "no passage mentions 'World Cup'". */
  words: QuestionWord[]
}

/** A content word of a question. */
export interface QuestionWord {
  text: string
  term: string
  start: number
  end: number
  /** Capitalised, but a word the content writes only in lower case ("Marry" for "married"): no name. */
  common?: true
}

// Made once: a pattern literal inside `analyzeQuestion` would be a new object per call.
const CURLY_APOSTROPHE = /’/g

// Colloquial words whose index term differs from the text's: "ammo" is ammunition.
const FOCUS_ALIASES: Readonly<Record<string, string>> = lookupTable({ ammo: 'ammunition', arms: 'weapons', folks: 'people', kids: 'children' })

/**
 * Analyses a question.
 *
 * @example
 * ```ts
 * analyzeQuestion('How many rounds was Ukraine firing daily?')
 * // { type: 'number', focus: 'rounds', focusTerm: 'round', keywords: ['round', 'ukrain', 'fire', 'daili'], … }
 * analyzeQuestion('Who heads NATO?').type // "person"
 * analyzeQuestion('Who did Emma Marry?', corpusNames(corpus).lowerCaseOnly).words[1].common // true
 * ```
 *
 * `lowerCase` tells which terms the content writes only in lower case (`corpus-names.ts`).
 */
export function analyzeQuestion(question: string, lowerCase?: (term: string) => boolean): QuestionAnalysis {
  const tokens = tokenize(question)
  const lower = tokens.map((t) => t.text.toLowerCase().replace(CURLY_APOSTROPHE, "'"))
  // A leading subordinate clause ("When extensive time is required…, this represents *what* case
  // complexity?") is set aside: the main clause's wh-word decides the type.
  const skip = mainClauseStart(question, tokens)
  const found = answerTypeOf(lower.slice(skip))
  const { type, implied } = found
  const focusAt = found.focusAt === undefined ? undefined : found.focusAt + skip
  const words: QuestionWord[] = []
  const keywords: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const term = normalizeTerm(t.text)
    // "What does ICE stand for?": "stand" frames the question; ranked as a word of it, it finds
    // "a bridge does not stand any straighter" before "the Institution of Civil Engineers (ICE)".
    if (term === null || (type === 'definition' && (lower[i] === 'stand' || lower[i] === 'stands') && lower[i + 1] === 'for')) continue
    const common = i > 0 && lowerCase !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && lowerCase(term)
    words.push(common ? { text: t.text, term, start: t.start, end: t.end, common } : { text: t.text, term, start: t.start, end: t.end })
    if (!keywords.includes(term)) keywords.push(term)
  }
  const focusToken = focusAt !== undefined ? tokens[focusAt] : undefined
  const focusWord = focusToken && normalizeTerm(focusToken.text) !== null ? focusToken.text : undefined
  if (implied && !focusWord) return { text: question, type, focus: implied, focusTerm: normalizeTerm(implied) ?? undefined, keywords, words }
  if (!focusWord) return { text: question, type, keywords, words }
  const alias = FOCUS_ALIASES[focusWord.toLowerCase()]
  return { text: question, type, focus: focusWord, focusTerm: normalizeTerm(alias ?? focusWord) ?? undefined, keywords, words }
}

// Words that open a subordinate clause when they lead a question that goes on after a comma.
const SUBORDINATORS = /^(?:when|if|although|though|while|once|whereas|since|because|unless|given|despite)$/i
// An auxiliary right after the opening word makes it the question's own wh-word ("When did…").
const INVERTED = /^(?:is|are|was|were|do|does|did|can|could|will|would|shall|should|has|have|had|may|might|must)$/i
// A wh-word after the comma shows the main clause asks the question.
const WH_WORD = /^(?:how|what|which|who|whom|whose|where|when|why)$/i

/**
 * The index of the first token of the main clause: after the first comma when the question opens
 * with a subordinator not followed by an auxiliary ("When…, this represents what…?", "If P = NP,
 * what…?", but not "When did…, and who…?") and a wh-word follows the comma; else 0.
 *
 * @example
 * ```ts
 * const q = 'When time is required, this represents what case?'
 * mainClauseStart(q, tokenize(q)) // 4
 * ```
 */
export function mainClauseStart(question: string, tokens: readonly Token[]): number {
  // "When did…" asks when: an inverted auxiliary makes the opening word the question's own.
  if (!SUBORDINATORS.test(tokens[0]?.text ?? '') || INVERTED.test(tokens[1]?.text ?? '')) return 0
  const comma = question.indexOf(',')
  if (comma < 0) return unmarkedMainClause(tokens)
  const after = tokens.findIndex((t) => t.start > comma)
  return after > 0 && tokens.slice(after).some((t) => WH_WORD.test(t.text)) ? after : 0
}

/**
 * With no comma, the main clause starts at a later wh-word that is followed by an auxiliary, at
 * once or after one word ("When the Rhine emerges from Lake Constance *which way does* it flow?");
 * a relative "who ruled…" is not.
 */
function unmarkedMainClause(tokens: readonly Token[]): number {
  for (let i = 3; i < tokens.length - 1; i++) {
    if (!WH_WORD.test(tokens[i]!.text) || /^when$/i.test(tokens[i]!.text)) continue
    if (INVERTED.test(tokens[i + 1]!.text) || INVERTED.test(tokens[i + 2]?.text ?? '') || /^how$/i.test(tokens[i]!.text) && /^(?:many|much)$/i.test(tokens[i + 1]!.text)) return i
  }
  return 0
}

/**
 * The question's names: words capitalised other than as its first word (so "Ralph" in "Who made
 * Ralph earl?" although "who" and "made" are not content words), less roman numerals ("II") and
 * words the content writes only in lower case ("Marry").
 *
 * @example
 * ```ts
 * questionNames(analyzeQuestion('Who killed Harold II?')) // Set { "harold" }
 * ```
 */
export function questionNames(question: QuestionAnalysis): ReadonlySet<string> {
  return NAMES(question)
}

// Read once per question, not once per competing sentence (binding) and again for abstention.
const NAMES = requestMemo(namesOf)

function namesOf(question: QuestionAnalysis): Set<string> {
  const first = /\p{L}/u.exec(question.text)?.index ?? 0
  return new Set(question.words.filter((w) => w.start > first && !w.common && /^\p{Lu}/u.test(w.text) && !/^[IVXLC]+$/.test(w.text)).map((w) => w.term))
}

/**
 * Whether word `index` of a question is a name or a figure: capitalised other than as the first
 * word (and not a word the content writes only in lower case), or a number. Shared by the
 * abstention rules and the confidence signals, so all read a question's names alike.
 *
 * @example
 * ```ts
 * analyzeQuestion('Who ruled Cyprus in 1191?').words.filter(isNameWord).map((w) => w.text) // ["Cyprus", "1191"]
 * ```
 */
export function isNameWord(word: { text: string; common?: true }, index: number): boolean {
  return (index > 0 && !word.common && /^\p{Lu}/u.test(word.text)) || /^\p{N}/u.test(word.text)
}
