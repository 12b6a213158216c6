/**
 * @module
 * Reads a chat turn as either a full question or an elliptical fragment ("And Ukraine?",
 * "What about in 2024?") whose subject replaces one in the previous question.
 */

/** How a turn relates to the conversation. */
export type TurnShape =
  | { kind: 'question'; text: string }
  | { kind: 'fragment'; subject: string; preposition?: string }

// Words that open a real question; a turn that contains one is not a fragment.
const QUESTION_WORDS = /\b(?:who|whom|whose|what|which|when|where|why|how)\b/i
// Case-insensitive but not for capitals: "AM" (a class) or "MAY" is a name, "Am" or "may" a verb.
const AUXILIARIES = /^(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Aa]m|[Dd]o|[Dd]oes|[Dd]id|[Cc]an|[Cc]ould|[Ww]ill|[Ww]ould|[Ss]hall|[Ss]hould|[Mm]ay|[Mm]ight|[Mm]ust|[Hh]as|[Hh]ave|[Hh]ad)\b/
const CONNECTIVES = /^(?:and|but|so|also|ok(?:ay)?|then|now)\b[\s,]*/i
const EXPLICIT = /^(?:(?:what|how)\s+about|what\s+of|(?:and\s+)?(?:the\s+)?same\s+(?:for|with|about)|how\s+(?:is|was)\s+it\s+for)\s+/i
const PREPOSITIONS = /^(?:in|on|for|by|to|from|at|during|since|after|before|with|about|of|under|over)\s+/i
/** Longest fragment, in words; longer turns are read as (odd) questions. */
const MAX_FRAGMENT_WORDS = 6

/**
 * Classifies one turn.
 *
 * @example
 * ```ts
 * readTurn('And Ukraine?') // { kind: 'fragment', subject: 'Ukraine' }
 * readTurn('What about in 2024?') // { kind: 'fragment', subject: '2024', preposition: 'in' }
 * readTurn('Who said that?') // { kind: 'question', text: 'Who said that?' }
 * ```
 */
export function readTurn(turn: string): TurnShape {
  const text = turn.trim()
  let rest = text.replace(/[?!.…\s]+$/u, '')
  let explicit = false
  let connected = false
  for (let changed = true; changed; ) {
    const before = rest
    rest = rest.replace(CONNECTIVES, '')
    connected ||= rest !== before
    const match = EXPLICIT.exec(rest)
    if (match) {
      explicit = true
      rest = rest.slice(match[0].length)
    }
    changed = rest !== before
  }
  rest = rest.trim()
  const words = rest.split(/\s+/).filter(Boolean)
  const short = words.length > 0 && words.length <= MAX_FRAGMENT_WORDS && !QUESTION_WORDS.test(rest) && !AUXILIARIES.test(rest)
  // A bare short turn ("Ukraine?") is a fragment only when it names something; "ammunition
  // shortages" is more likely a new keyword query than an ellipsis.
  const fragment = explicit || (short && (connected || /^[\p{Lu}\p{N}]/u.test(words[words.length - 1]!)))
  if (!fragment || words.length === 0) return { kind: 'question', text }
  const preposition = PREPOSITIONS.exec(rest)
  if (preposition) {
    const subject = rest.slice(preposition[0].length).trim()
    if (subject) return { kind: 'fragment', subject, preposition: preposition[0].trim().toLowerCase() }
  }
  return { kind: 'fragment', subject: rest }
}
