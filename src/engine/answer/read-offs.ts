/**
 * @module
 * Stretches read straight off a sentence rather than scored as spans: what follows a naming phrase,
 * a quoted title, the clause a reported speaker says, a purpose after "used to", a name stated for
 * the question's language or form, an ordinal, a compass word, colours, a quoted word. Each comes at a fixed score (and a rank that
 * orders it above equal spans); `candidates.ts` adds them to the sentence's candidates.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { CANDIDATE_WEIGHTS } from './candidate-weights'
import { FIGURES } from './candidate-types'
import { asksForDirection, directionsIn } from './directions'
import { asksForName, asksForWord, namesIn, quotedWordsIn, titlesIn, type Named } from './naming'
import { asksForRank, ordinalsIn } from './ranks'
import { askedSpeaker, reportedSpeech } from './reported-speech'
import { asksForPurpose, purposesIn } from './purposes'
import { coloursIn } from './kinds'
import { statedNames } from './stated-names'
import { asksForRole, rolesOf } from './held-roles'
import { asksKindOf, kindsOf } from './named-kinds'
import { asksNationality, nationalitiesIn } from './nationalities'

/** A stretch read off the sentence, by offsets into the sentence. */
export interface ReadOff {
  found: Named
  score: number
  rank?: number
  /** Read as a lookup (it counts as read straight off the text for confidence). */
  lookup: boolean
}

/**
 * The stretches of `sentence` that answer the question as written. `near(offset)` is how close the
 * question's words stand to a sentence offset (0 to 1); `named` is what a name gains when the
 * question asks for one.
 *
 * @example
 * ```ts
 * readOffs(analyzeQuestion('What did Otto say?'), 'Otto said it would rain.', () => 1, 0)
 * // [{ found: { start: 10, end: 23 }, score: 0.9, rank: 1.1, lookup: false }] → "it would rain"
 * ```
 */
export function readOffs(question: QuestionAnalysis, sentence: string, near: (offset: number) => number, named: number): ReadOff[] {
  const out: ReadOff[] = []
  const add = (found: readonly Named[], score: number, rank: number | undefined, lookup: boolean) => {
    for (const n of found) out.push({ found: n, score, ...(rank === undefined ? {} : { rank }), lookup })
  }
  // A figure question that describes its subject with "known as" ("How wide is the valley known as…?") asks for no name.
  if (asksForName(question.text) && !FIGURES.has(question.type)) {
    add(namesIn(sentence), Math.min(1, CANDIDATE_WEIGHTS.naming), CANDIDATE_WEIGHTS.naming + named, false)
    if (question.type === 'other') add(titlesIn(sentence), CANDIDATE_WEIGHTS.title, CANDIDATE_WEIGHTS.title + named, false)
  }
  // "What did Otto say about the heatwave?": the clause or quotation the sentence reports.
  const speaker = question.type === 'other' ? askedSpeaker(question.text) : undefined
  if (speaker) add(reportedSpeech(sentence, speaker), CANDIDATE_WEIGHTS.title, CANDIDATE_WEIGHTS.title + CANDIDATE_WEIGHTS.focus, false)
  // "What will the money be used for?": what follows "used to/for".
  if (question.type === 'other' && asksForPurpose(question.text)) add(purposesIn(sentence), CANDIDATE_WEIGHTS.title, CANDIDATE_WEIGHTS.title + CANDIDATE_WEIGHTS.focus, false)
  // "What is it abbreviated as?", "What is the French name for…?", "What does Obersee mean?".
  add(statedNames(question, sentence), CANDIDATE_WEIGHTS.naming, CANDIDATE_WEIGHTS.naming + CANDIDATE_WEIGHTS.focus, true)
  // "Where does Victoria rank?": an ordinal, scored by the question's words around it.
  if (asksForRank(question.text)) {
    for (const o of ordinalsIn(sentence)) {
      const score = 0.6 + 0.4 * near(o.start)
      add([o], score, score + CANDIDATE_WEIGHTS.focus, true)
    }
  }
  // "Which way does it flow?": a compass word, scored by the question's words around it, before any phrase.
  if (asksForDirection(question.text)) {
    for (const d of directionsIn(sentence, question.text)) {
      const score = 0.6 + 0.4 * near(d.start)
      add([d], score, score + CANDIDATE_WEIGHTS.direction, false)
    }
  }
  // "What colour are the trams?": the colours the sentence names, said together as one.
  for (const c of coloursIn(question, sentence)) {
    const score = 0.6 + 0.4 * near(c.start)
    add([c], score, score + CANDIDATE_WEIGHTS.focus, false)
  }
  // "What position did Fenwick-Dale hold?": the post in apposition after her name.
  if (asksForRole(question.text)) add(rolesOf(question, sentence), CANDIDATE_WEIGHTS.naming, CANDIDATE_WEIGHTS.naming + CANDIDATE_WEIGHTS.focus, true)
  // "What type of volcano is Mount Hekkar?": what the sentence says it is ("a stratovolcano").
  if (asksKindOf(question.text)) add(kindsOf(question.text, sentence), CANDIDATE_WEIGHTS.naming, CANDIDATE_WEIGHTS.naming + CANDIDATE_WEIGHTS.focus, true)
  // "What nationality was Arthur Woolf?": the people's adjective nearest the question's words ("British engineer Arthur Woolf").
  if (asksNationality(question.text)) {
    for (const n of nationalitiesIn(sentence)) {
      const score = 0.6 + 0.4 * near(n.start)
      add([n], score, score + CANDIDATE_WEIGHTS.naming, true)
    }
  }
  // "What word describes…?": the word the sentence quotes.
  if (asksForWord(question.text)) add(quotedWordsIn(sentence), CANDIDATE_WEIGHTS.naming, undefined, true)
  return out
}
