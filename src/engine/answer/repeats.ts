/**
 * @module
 * An answer that is a name the question gives: "Who did King Charles III swear fealty to?" is not
 * answered by "Charles III of West Francia". A question names what it asks about, not its answer,
 * so such an answer is a sentence read the wrong way round (often a swapped role, SQuAD 2.0's
 * "entity swap"). Alternative questions ("Was it X or Y?") and "other than X" questions name
 * their answer's words on purpose and are left out. Measured alone against the session-3 start (SQuAD dev abstention / answerable F1 /
 * overall F1 at threshold 0.2; seed and news unchanged): 0.556 → 0.571 / 0.385 / 0.476 → 0.484
 * (Normans alone 0.321 → 0.366, complexity unchanged); reading the answer's first word only also
 * abstained on "Turing machines" for "What device is attributed to Alan Turing?" (complexity F1
 * 0.317 → 0.312), so the rest must be names or words of the question.
 */
import { questionNames, type QuestionAnalysis } from '../question/analyze'
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'
import { excludedTerms } from './exclusions'

/**
 * Whether `answer` opens with a name the question already gives (its first word, whole) and goes
 * on only with names or words the question says ("Charles III of West Francia", not "Turing machines").
 *
 * @example
 * ```ts
 * repeatsQuestion(analyzeQuestion('Who did King Charles III swear fealty to?'), 'Charles III of West Francia') // true
 * repeatsQuestion(analyzeQuestion('Who did King Charles III swear fealty to?'), 'Rollo') // false
 * ```
 */
export function repeatsQuestion(question: QuestionAnalysis, answer: string, topic: ReadonlySet<string> = NO_TOPIC): boolean {
  if (!/\p{Lu}/u.test(answer) || /\bor\b/i.test(question.text)) return false
  // "Other than the Automobile Club of Southern California, what other AAA Auto Club…?" names one
  // member to ask for another, which may share its words ("California State Automobile Association").
  if (excludedTerms(question.text)) return false
  // "Which Charles ruled?", "…is with what Lake?" ask which one: a name right after "which"/"what" is not given.
  const asking = /\b(?:which|what)\s+(?:other\s+|another\s+)?([\p{L}\p{N}]+)/iu.exec(question.text)?.[1]
  const kind = asking === undefined ? null : normalizeTerm(asking)
  const names = questionNames(question)
  const asked = new Set(question.keywords)
  let tokens = tokenize(answer).filter((t) => normalizeTerm(t.text) !== null)
  // "the invading Normans" for "Who replaced the Normans?": modifiers before a name the question
  // gives still make the question's own subject, when that name ends the answer.
  const last = tokens.at(-1)
  if (last && /^\p{Lu}/u.test(last.text) && names.has(normalizeTerm(last.text)!)) {
    // The name must start a word: "co-NP" is no "NP".
    const firstCapital = tokens.findIndex((t) => /^\p{Lu}/u.test(t.text))
    // Modifiers, or the question's own words ("region in France"): "north near Chur", "the sediment
    // load of the Rhine" put the name in a phrase of their own, saying what the question does not.
    const modifiers = firstCapital > 0 && (!PREPOSITION.test(answer.slice(0, tokens[firstCapital]!.start)) ||
      tokens.slice(0, firstCapital).every((t) => asked.has(normalizeTerm(t.text)!)))
    // "roughly 500,000 Huguenots" counts the name: a figure, not the name itself.
    if (tokens.slice(0, Math.max(0, firstCapital)).some((t) => /^\p{N}/u.test(t.text))) return false
    if (modifiers && /\s/.test(answer[tokens[firstCapital]!.start - 1]!)) tokens = tokens.slice(firstCapital)
  }
  let first = true
  let opening: string | undefined
  for (const token of tokens) {
    const term = normalizeTerm(token.text)
    if (term === null) continue
    if (first) {
      // A word that goes on ("NP-complete", "DTIME(n²)") names something else.
      const whole = token.end === answer.length || /\s/.test(answer[token.end]!)
      if (!whole || !/^\p{Lu}/u.test(token.text) || !names.has(term) || term === kind) return false
      first = false
      opening = term
    } else if (!/^[\p{Lu}\p{N}]/u.test(token.text) && !asked.has(term) && !(question.type === 'date' && PERIOD_WORDS.has(term))) {
      // A common noun the question does not say makes another thing of the name: "Turing
      // machines" answers "What device is attributed to Alan Turing?".
      return false
    } else if (opening !== undefined && topic.has(opening) && token === tokens.at(-1) && !/\bof\b/i.test(answer)) {
      // The article's own subject names many things after it: "Rhine Valley", "Rhine Falls" in
      // the article on the Rhine are other places than the Rhine a question names.
      return false
    }
  }
  return !first
}

const NO_TOPIC: ReadonlySet<string> = new Set()

// Words that make a name a span of time and say nothing else: "When did the Pleistocene begin?" is
// not answered by "the Pleistocene period" (index terms).
const PERIOD_WORDS: ReadonlySet<string> = new Set(['period', 'era', 'epoch', 'ag', 'time', 'centuri', 'year', 'dynasti', 'reign'])

// A preposition before the name: the name is in a phrase of its own, not modified by what precedes it.
const PREPOSITION = /\b(?:of|in|on|at|near|to|from|by|with|for|into|through|over|under)\b/i
