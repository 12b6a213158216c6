/**
 * @module
 * Completes a chat turn from the conversation: an elliptical follow-up ("And Ukraine?") takes
 * the previous question with its subject swapped, a pronoun ("What did she say?") takes the
 * previous question's entity. Plain string work, well under a millisecond per turn.
 */
import { LIMITS } from '../engine'
import { phraseKind, questionEntities, type EntityClassifier, type QuestionEntity } from './entities'
import { readTurn } from './follow-up'
import { questionTopic, resolvePronouns } from './pronouns'

/** How `resolveFollowUp` reads a conversation. */
export interface FollowUpOptions {
  /** Tells people from other names (e.g. from the corpus's person spans); default: surface cues. */
  classify?: EntityClassifier
  /** How many of the latest turns to consider (default 8): older context rarely helps. */
  maxTurns?: number
  /**
   * The answer text to a (resolved) earlier question, e.g. from the engine. Used only when a
   * pronoun finds nothing in the previous question: "Who told CNN?" → "What is her job?".
   */
  answerOf?: (question: string) => string | undefined
}

// What an answer is, by its question's word: "who" answers name people, "what"/"which"/"where" things.
const ANSWER_KIND: [RegExp, QuestionEntity['kind']][] = [[/^\s*(?:who|whom|whose)\b/i, 'person'], [/^\s*(?:what|which|where)\b/i, 'thing']]

/** The previous answer as a pronoun's referent, typed by the previous question's first word. */
const answerEntity = (previous: string, answerOf: FollowUpOptions['answerOf']): QuestionEntity | undefined => {
  const kind = ANSWER_KIND.find(([re]) => re.test(previous))?.[1]
  const text = kind && answerOf?.(previous)?.trim()
  return kind && text ? { text, start: 0, end: text.length, kind } : undefined
}

const QUESTION_LIKE = /\?\s*$|\b(?:who|whom|whose|what|which|when|where|why|how)\b|^(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|name|list|tell|give|describe|explain)\b/i
const ROLE_QUESTION = /^who\s+(?:is|was|are|were)\s+(.+?)[?!.\s]*$/i

/** Entities of a resolved question, plus "the US Ambassador to NATO" from "Who is the US Ambassador to NATO?". */
const entitiesOf = (question: string, classify?: EntityClassifier): QuestionEntity[] => {
  const entities = questionEntities(question, classify)
  const role = ROLE_QUESTION.exec(question.trim())
  if (!role) return entities
  const start = question.indexOf(role[1]!)
  const end = start + role[1]!.length
  const outside = entities.filter((e) => e.end <= start || e.start >= end)
  return [...outside, { text: role[1]!, start, end, kind: 'person' as const }].sort((a, b) => a.start - b.start)
}

const compatible = (subject: QuestionEntity['kind'], candidate: QuestionEntity['kind']): boolean =>
  subject === 'number' ? candidate === 'number' : candidate !== 'number' && (subject === 'unknown' || candidate === 'unknown' || subject === candidate)

const stem = (question: string) => question.trim().replace(/[?!.\s]+$/u, '')

/** Swaps the fragment's subject into the previous question, or appends it when nothing fits. */
function substitute(previous: string, fragment: string, preposition: string | undefined, classify?: EntityClassifier): string {
  // "And Russia's?" names Russia; the previous question keeps its own possessive.
  const subject = fragment.replace(/['’]s$/u, '')
  const named = questionEntities(subject, classify).length > 0
  const kind = phraseKind(subject, classify)
  // Names only: the role of "Who was the duke of X?" is a pronoun's referent, not a subject to swap.
  const candidates = questionEntities(previous, classify).filter((e) => compatible(kind, e.kind))
  const afterPreposition = preposition
    ? candidates.filter((e) => new RegExp(`\\b${preposition}\\s+(?:the\\s+)?$`, 'i').test(previous.slice(0, e.start)))
    : []
  const target = named ? (afterPreposition.at(-1) ?? candidates.at(-1)) : undefined
  if (target) {
    // "What about the EU?" into "…the European Commission…" must not give "the the EU".
    const text = /\bthe\s+$/i.test(previous.slice(0, target.start)) ? subject.replace(/^the\s+/i, '') : subject
    return previous.slice(0, target.start) + text + previous.slice(target.end)
  }
  // A common noun replaces the counted thing: "How many shells…?" + "And tanks?".
  const counted = /\bhow\s+(?:many|much)\s+([\p{L}-]+)/iu.exec(previous)
  if (counted && !named) {
    const start = counted.index + counted[0].length - counted[1]!.length
    return previous.slice(0, start) + subject + previous.slice(start + counted[1]!.length)
  }
  return `${stem(previous)}, ${preposition ? `${preposition} ` : ''}${subject}?`
}

/**
 * The question the latest turn asks, completed from the turns before it. `turns` are the user's
 * turns, oldest first; each is resolved against the (resolved) one before it.
 *
 * @example
 * ```ts
 * resolveFollowUp(['How many shells was Russia using?', 'And Ukraine?'])
 * // "How many shells was Ukraine using?"
 * resolveFollowUp(['What did Julianne Smith say about NATO?', 'When did she say it?'])
 * // "When did Julianne Smith say NATO?"
 * ```
 */
export function resolveFollowUp(turns: readonly string[], options: FollowUpOptions = {}): string {
  const trimmed = turns.map((t) => t.trim()).filter(Boolean)
  const latest = trimmed.at(-1)
  if (latest === undefined) return ''
  // An earlier turn longer than a question may be (a pasted document) is no question to complete from.
  const earlier = trimmed.slice(0, -1).filter((t) => t.length <= LIMITS.questionLength)
  const recent = [...earlier, latest].slice(-(options.maxTurns ?? 8))
  let resolved = recent[0] ?? ''
  for (const turn of recent.slice(1)) {
    const shape = readTurn(turn)
    if (shape.kind === 'question') {
      const previous = resolved
      resolved = resolvePronouns(turn, questionEntities(turn, options.classify), entitiesOf(previous, options.classify), {
        topic: questionTopic(previous), answer: () => answerEntity(previous, options.answerOf),
      })
    } else {
      // A fragment completes a question; after a greeting or a remark it stands as asked.
      resolved = QUESTION_LIKE.test(resolved) ? substitute(resolved, shape.subject, shape.preposition, options.classify) : turn
    }
  }
  return resolved
}
