/**
 * @module
 * Answer candidates inside one sentence: its typed spans (found at build time) that fit the
 * question's type, less the words the question already says, scored by fit, by closeness to the
 * question's words in the sentence and by the focus ("how many *rounds*" wants the count of rounds),
 * then adjusted by the neighbouring modules (binding, verb roles, appositions, light nouns, echoes);
 * text read straight off the sentence (lookups, names, lists, clauses) joins them.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { AnalyzedQuery } from '../search/query'
import type { Passage, Span } from '../types'
import { bindingOf } from './binding'
import { clauseAnswer, isClauseType } from './clauses'
import { mannerComplement } from './manner'
import { lookups } from './lookups'
import { asksForSeveral, listRuns, listsOf } from './lists'
import type { Named } from './naming'
import { alternatives, spanParts } from './parts'
import { apposed, focused, modifies } from './neighbours'
import { afterFocusNoun, descriptorEnd, nestedPlaces } from './appositions'
import { typeFit } from './type-fit'
import { statesFigureOf } from './figure-of'
import { asksForKind, kindFit, personPhraseEnd } from './kinds'
import { misreadScore } from './score-parts'
import { venuesIn } from './venues'
import { ROLE_WEIGHT, verbRoleOf } from './verb-roles'
import { SLOT_WEIGHT, verbSlotOf } from './verb-slots'
import { strandedSlotOf } from './stranded-prepositions'
import { namesSibling } from './sibling-kinds'
import { locativeTie } from './locatives'
import { instanceOf } from './instances'
import { contentWords } from './words'
import { echoes, ownerWeight } from './echo'
import { clausesOf } from './clause-breaks'
import { readOffs } from './read-offs'
import { askedYears, figureYear } from './figure-years'
import { lifeDateFor } from './life-dates'
import { ageOfAsked } from './age-owners'
import { requestMemo } from '../request-memo'
import { asksForAction } from './actions'
import { endsInLightNoun, keepsComplement } from './light-nouns'
import { nounPhrasesIn, spansIn } from './sentence-spans'
import { closeBrackets } from '../entities/span-bounds'
import { titledStart } from './titled-names'
import { recombines } from './recombined'
import { countReach, localSupport, measures } from './figure-context'
import { isConversion, restatedName } from './conversions'
import { asksForAlias } from './aliases'
import { describedShare } from './descriptions'
import { weighSetAside } from './exclusions'
import { CANDIDATE_WEIGHTS } from './candidate-weights'
import { rangeWeight } from './date-ranges'
import { APPOSED, ASKS_KIND, FIGURES, ASKS_PROPER_NAME, DESCRIBED, LIGHT, LIST_ORDER, NAMED, PERSON_PHRASE, WHOLE, isTyped, parallel } from './candidate-types'

/** A possible answer: passage offsets, the span it came from, and its score in [0, 1]. */
export interface Candidate {
  start: number
  end: number
  span?: Span
  fit: number
  score: number
  /** Whether it was read straight off the text (an acronym's long form, a stated role, an "X or Y" alternative). */
  lookup?: boolean
  /** The score before capping at 1 (`score` when not capped): orders a sentence's candidates. */
  rank?: number
}

// The years a question names, read once per question rather than per competing sentence.
const YEARS = requestMemo((question: QuestionAnalysis) => askedYears(question.text))

/**
 * Scores the candidates of sentence `index` of a passage, best first.
 *
 * @example
 * ```ts
 * sentenceCandidates(passage, 3, analyzeQuestion('How many rounds was Ukraine firing daily?'))[0]
 * // { start, end, span: { type: 'number', … }, fit: 1, score: … } → "up to 6,000 rounds"
 * ```
 */
export function sentenceCandidates(passage: Passage, index: number, question: QuestionAnalysis, idfOf?: (term: string) => number, query?: AnalyzedQuery): Candidate[] {
  const s = passage.sentences[index]!
  // Distances count content words: function words neither separate nor join.
  const words = contentWords(passage, s)
  const asked = new Set(question.keywords)
  const hits = words.flatMap((w, i) => (asked.has(w.term) ? [i] : []))
  const clause = clausesOf(passage.text, words)
  // Content words between a question word and the span, one more across a clause break.
  const apart = (h: number, first: number, last: number) => (h < first ? first - h : h > last ? h - last : 0) + (clause[h] !== clause[h < first ? first : last] ? 1 : 0)
  const closeness = (first: number, last: number, whole: boolean) => {
    if (hits.length === 0) return 0.3
    let d = Infinity
    for (const h of hits) d = Math.min(d, apart(h, first, last))
    const nearest = 1 / (1 + d / CANDIDATE_WEIGHTS.halfDistance)
    if (!whole || !idfOf) return nearest
    const local = localSupport(words, hits, first, last, idfOf, CANDIDATE_WEIGHTS.halfDistance)
    return (1 - CANDIDATE_WEIGHTS.support) * nearest + CANDIDATE_WEIGHTS.support * local
  }
  const years = YEARS(question)
  const bind = bindingOf(passage, s, words, question, query)
  const role = verbRoleOf(passage, s, question)
  const slot = verbSlotOf(passage, s, question)
  const stranded = strandedSlotOf(passage, s, question)
  // What filling the verb's slots adds, whatever the span's kind.
  const slotBonus = (start: number, end: number) => ROLE_WEIGHT * role(start, end) + SLOT_WEIGHT * slot(start, end) + CANDIDATE_WEIGHTS.stranded * stranded(start, end)
  const instance = instanceOf(passage, s, question)
  // A question that asks for several things wants the whole coordination, not one of its parts.
  const several = asksForSeveral(question)
  const candidates: Candidate[] = []
  // Candidates whose own words name the focus: among equal (capped) scores they come first.
  const saysKind = new Set<Candidate>()
  // Whether the sentence names a person the question does not: then a person noun ("the President") is no answer.
  const inSentence = spansIn(passage, s)
  const namesSomeone = inSentence.some((x) => x.type === 'person' && words.some((w) => w.start >= x.start && w.end <= x.end && !asked.has(w.term)))
  const phrases = nounPhrasesIn(passage, s)
  const asksProperName = question.type === 'other' && ASKS_PROPER_NAME.test(question.text)
  const asksKind = question.type === 'other' && !!question.focusTerm && ASKS_KIND.test(question.text)
  // What a name gains when a name is asked for: stated names and titles gain it too, so a name inside them does not outrank them.
  const named = asksProperName ? CANDIDATE_WEIGHTS.properName : 0
  // "Where is X?" asks where X is, not what a description names: the place a locative ties to its words.
  const asksWhere = /^\s*where\b/i.test(question.text)
  const where = asksWhere && question.type === 'place'
  const describes = DESCRIBED.has(question.type) && !asksWhere
  const consider = (span: Span, start0: number, end0: number, bonus: number) => {
    const stated = question.type === 'other' && !!question.focusTerm && FIGURES.has(span.type) && statesFigureOf(passage.text, start0, question.focusTerm)
    const fit = stated ? 1 : kindFit(question, span, passage.text.slice(start0, end0), typeFit(question.type, span), namesSomeone)
    // "How old is Kofi Mensah?": not the age the sentence gives someone else ("the 19-year-old Tom Reilly").
    if (fit === 0 || (question.focusTerm === 'ag' && ageOfAsked(question, passage.text, span) < 0) || misreadScore(question, span, inSentence)) return
    // The span's content words; the question's own words stay: measured, answers often repeat some
    // of them ("non-deterministic Turing machine" for "what type of Turing machine").
    let first = -1
    let last = -1
    for (let i = 0; i < words.length; i++) {
      // Overlap, not containment: the word "Myhill's" belongs to the name "John Myhill".
      if (words[i]!.start < end0 && words[i]!.end > start0) {
        if (first === -1) first = i
        last = i
      }
    }
    if (first === -1) return
    const content = words.slice(first, last + 1)
    // Only the question's words: no answer, unless the span puts them together anew ("graph isomorphism problem").
    const echoed = content.every((w) => asked.has(w.term))
    if (echoed && !recombines(content.map((w) => w.term), question)) return
    const start = WHOLE.has(span.type) ? start0 : Math.max(start0, words[first]!.start)
    let end = WHOLE.has(span.type) ? end0 : closeBrackets(passage.text, start, Math.min(end0, words[last]!.end), end0)
    // "Richard I": a name's regnal numeral is no stop word.
    const numeral = (NAMED.has(span.type) || span.proper) && /^\s+[IVX]+(?!\p{L})/u.exec(passage.text.slice(end, end0))
    if (numeral) end += numeral[0].length
    // A count's phrase runs on to the noun it counts: its words describe the count.
    const counts = span.type === 'number' && !!question.focusTerm && !content.some((w) => w.term === question.focusTerm)
    const reach = counts ? countReach(passage.text, words, last, question.focusTerm!) : last
    // "eight electorates" for "How many representatives does each electorate have?": a count of
    // another thing the question names is not the count asked for.
    if (counts && content.some((w) => asked.has(w.term))) bonus -= CANDIDATE_WEIGHTS.focus
    let score = fit * (0.5 + 0.5 * closeness(first, reach, WHOLE.has(span.type))) + bonus - (echoed ? CANDIDATE_WEIGHTS.echoed : 0)
    // "the Russian aggression": a one-word name before a noun modifies it; it answers a name, or a
    // what-question whose focus is that noun ("What culture…?" → "Irish" culture), not other what-questions.
    if ((NAMED.has(question.type) || (question.type === 'other' && (span.proper || NAMED.has(span.type)) && words[last + 1]?.term !== question.focusTerm)) && first === last && modifies(passage.text, phrases, start, end)) score -= CANDIDATE_WEIGHTS.modifier
    if (where && idfOf) score += CANDIDATE_WEIGHTS.locative * locativeTie(passage.text, words, first, start0, asked, idfOf)
    if (APPOSED.has(question.type) && apposed(passage.text, words[first - 1], start0, content, asked)) score += CANDIDATE_WEIGHTS.apposition
    // "theoretical computer science" for "What field of computer science…?": mostly the question's
    // own words, its description, not its answer. A name is kept ("Whisk of Faith" repeats "Faith March's") unless a name is asked ("James Watt" for "Watt's partner").
    score -= (((question.type === 'other' && span.type === 'noun-phrase' && !span.proper) || NAMED.has(question.type)) && echoes(content, asked, question.focusTerm) ? CANDIDATE_WEIGHTS.echo : 0) + ownerWeight(question, content)
    // "the amount", "another way": the noun only points at what the sentence says next (unless asked for: "what type").
    if (LIGHT.has(question.type) && content.at(-1)!.term !== question.focusTerm && endsInLightNoun(passage.text.slice(start, end))) score -= CANDIDATE_WEIGHTS.lightNoun
    if (question.type === 'other' && question.focusTerm && content.some((w) => w.term === question.focusTerm) && !namesSibling(question, content, asked)) score += CANDIDATE_WEIGHTS.focusInside
    if (span.proper || NAMED.has(span.type)) score += named
    if (describes) score += CANDIDATE_WEIGHTS.described * describedShare(passage.text, words, s, start0, end0, question, idfOf ?? (() => 1))
    // A name that says what kind it is answers "which school" before another name: "Highland Park High School".
    const kindNamed = NAMED.has(question.type) && !!question.focusTerm && content.some((w) => w.term === question.focusTerm)
    if (kindNamed) score += CANDIDATE_WEIGHTS.focus
    // A count's noun comes after it: the focus ending the count before ("campuses and 9") is not what 9 counts.
    // "a width of 400 m" keeps the focus before it; "campuses and 9" does not.
    const measuredOf = counts && first > 0 && /^\s+(?:of|at)\s+$/i.test(passage.text.slice(words[first - 1]!.end, start0))
    if (reach > last || (question.focusTerm && focused(span, words, first, last, question.focusTerm, !counts || measuredOf))) score += CANDIDATE_WEIGHTS.focus
    // "How wide…?": the figure the sentence says is wide.
    if (WHOLE.has(span.type) && measures(question.text, passage.text, start0, end0)) score += CANDIDATE_WEIGHTS.focus
    if (WHOLE.has(span.type) && question.type !== 'other') score += CANDIDATE_WEIGHTS.binding * bind(start, end)
    // "$52 million in 2025" for "What was the revenue in 2025?", not "$140 million this year".
    if (years.length > 0 && span.type !== 'date' && (WHOLE.has(span.type) || NAMED.has(span.type))) score += CANDIDATE_WEIGHTS.year * figureYear(passage.text, span, inSentence, years)
    // "(14 March 1811 – 2 November 1878)": the second date answers "When did he die?", read off as surely as a stated role.
    const life = lifeDateFor(question, passage.text, span, inSentence)
    score += CANDIDATE_WEIGHTS.year * life + (span.type === 'date' ? rangeWeight(question, span, inSentence) : 0)
    score += slotBonus(start, end)
    // "A Turing machine is a mathematical model": the instance answers "what model", not the category phrase naming the focus.
    const is = instance(start, end)
    score += is > 0 ? CANDIDATE_WEIGHTS.instance : is < 0 ? -CANDIDATE_WEIGHTS.category : 0
    // "King Charles III": the title is part of the name, unless the question asks for it ("Who was the duke…?").
    const titled = start === span.start ? titledStart(passage.text, span) : start
    const shown = titled < start && !words.some((w) => w.start === titled && asked.has(w.term)) ? titled : start
    candidates.push({ start: shown, end, span, fit, score: Math.min(1, score), rank: score, ...(life > 0 ? { lookup: true } : {}) })
    // "What kind of economy…?" is answered by the kind, not by what the phrase says after it:
    // "tech-oriented economy in the Bay Area" also offers "tech-oriented economy", at the same score,
    // so the shorter wins the tie (a bonus of 0.05 let it beat other phrases: "quadratic time" for
    // "linear time"; held-out SQuAD F1 0.539 → 0.541).
    const kindAt = asksKind && span.type === 'noun-phrase' ? content.findIndex((w) => w.term === question.focusTerm) : -1
    if (kindAt > 0 && kindAt < content.length - 1) candidates.push({ start: shown, end: content[kindAt]!.end, span, fit, score: Math.min(1, score), rank: score })
    if (kindNamed) saysKind.add(candidates.at(-1)!)
  }
  // "What did they propose doing?" wants an act: a gerund phrase, which answers no other question.
  const action = asksForAction(question.text)
  const alias = asksForAlias(question.text)
  for (const span of inSentence) {
    if (span.gerund) {
      if (action) consider(span, span.start, span.end, CANDIDATE_WEIGHTS.focus)
      continue
    }
    // "11 miles (18 km)": the bracketed figure restates the first, unless its own words hold the focus ("how many km").
    if (isConversion(passage.text, span, inSentence) && !(question.focusTerm && words.some((w) => w.start >= span.start && w.end <= span.end && w.term === question.focusTerm))) continue
    // "Riverton Mobility (RM)": the acronym restates the name before it, unless the question asks for it.
    const restated = !alias ? restatedName(passage.text, span.start, span.end) : undefined
    if (restated) {
      consider({ ...span, ...restated }, restated.start, restated.end, 0)
      continue
    }
    // "Richard I of Normandy" for "Who ruled Normandy?": the place the question names adds nothing; "Richard I" answers.
    const of = span.type === 'person' ? passage.text.indexOf(' of ', span.start) : -1
    const tailAsked = of > 0 && of < span.end && words.filter((w) => w.start > of && w.end <= span.end).every((w) => asked.has(w.term))
    consider(span, span.start, span.end, tailAsked ? -CANDIDATE_WEIGHTS.part : 0)
    // "the hashtag #finddancingman" answers "which hashtag" with the name after the noun.
    const after = span.type === 'noun-phrase' && question.focusTerm ? afterFocusNoun(passage.text, span, question.focusTerm) : undefined
    if (after) consider(span, after.start, after.end, CANDIDATE_WEIGHTS.focus)
    // "a real estate agent in Dallas" answers "who"/"what does he do" up to its head noun.
    const personEnd = span.type === 'noun-phrase' && PERSON_PHRASE.has(question.type) ? personPhraseEnd(passage.text.slice(span.start, span.end)) : undefined
    if (personEnd !== undefined) consider(span, span.start, span.start + personEnd, 0)
    // "the state weather agency Aemet" for "What is Aemet?": the words before the name describe it.
    const described = question.type === 'definition' && span.type === 'noun-phrase' ? descriptorEnd(passage.text, span, words, asked) : undefined
    if (described !== undefined) consider(span, span.start, described, CANDIDATE_WEIGHTS.focus)
    // A full date's year answers "what year"; otherwise the date stays whole ("by 2024" for "by when").
    if (span.type === 'date' && question.focusTerm !== 'year') continue
    const parts = spanParts(passage.text, span)
    if (parts.length === 0) continue
    // "the production of ammunition": an act without its object ("production") is no answer.
    const act = span.type === 'noun-phrase' && keepsComplement(passage.text.slice(span.start, span.end))
    parts.forEach((part, i) => consider(span, part.start, part.end, several || (act && i === 0) ? -CANDIDATE_WEIGHTS.part : CANDIDATE_WEIGHTS.part))
  }
  // "Where did she speak?": the event she spoke at is a place too.
  if (question.type === 'place') {
    for (const v of venuesIn(passage.text.slice(s.start, s.end))) consider({ start: s.start + v.start, end: s.start + v.end, type: 'place' }, s.start + v.start, s.start + v.end, 0)
    // "Maldon, Essex": the place with the larger place that locates it, scored as its better member
    // and a part's bonus (it holds both answers).
    const scored = candidates.filter((c) => c.span && !c.lookup)
    const places = scored.filter((c) => c.span!.type === 'place')
    for (const pair of nestedPlaces(passage.text, scored, places)) {
      const score = Math.max(...scored.filter((c) => c.start >= pair.start && c.end <= pair.end).map((c) => c.score))
      candidates.push({ start: pair.start, end: pair.end, fit: 1, score: Math.min(1, score + CANDIDATE_WEIGHTS.part) })
    }
  }
  for (const found of lookups(passage, s, question)) candidates.push({ ...found, fit: 1, score: 1, lookup: true })
  // "Abstract or concrete?": the alternative the sentence states.
  for (const option of alternatives(question.text)) {
    const w = words.find((x) => passage.text.slice(x.start, x.end).toLowerCase() === option)
    if (w) candidates.push({ start: w.start, end: w.end, fit: 1, score: 1, lookup: true })
  }
  const sentence = passage.text.slice(s.start, s.end)
  // Stretches read straight off the sentence, at a fixed score (and rank, when it orders them above equals).
  const read = (found: readonly Named[], score: number, rank?: number, lookup = true) => {
    for (const n of found) candidates.push({ start: s.start + n.start, end: s.start + n.end, fit: 1, score, ...(rank === undefined ? {} : { rank }), ...(lookup ? { lookup } : {}) })
  }
  // Stretches read straight off the sentence: names, titles, reported speech, ranks, directions.
  const near = (offset: number) => {
    const at = words.findIndex((w) => w.start >= s.start + offset)
    return at < 0 ? 0.3 : closeness(at, at, true)
  }
  for (const r of readOffs(question, sentence, near, named)) read([r.found], r.score, r.rank, r.lookup)
  const members = candidates.filter((c) => c.span && !c.lookup)
  if (several) {
    for (const l of listsOf(passage.text, members)) candidates.push({ start: l.start, end: l.end, fit: 1, score: Math.min(1, l.score + CANDIDATE_WEIGHTS.list) })
  } else if (question.type === 'other') {
    // "such as the Boolean satisfiability problem, the Hamiltonian path problem and the vertex cover
    // problem": members of one kind (one head noun, each with its own modifier) are alike to the
    // sentence, though the question's words and the slot reach only the nearest; they share the best
    // member's score and the first named stands first.
    for (const run of listRuns(passage.text, members)) {
      if (!parallel(run.map((c) => passage.text.slice(c.start, c.end)))) continue
      const best = Math.max(...run.map((c) => c.rank ?? c.score))
      run.forEach((c, i) => {
        c.rank = best - i * LIST_ORDER
        c.score = Math.min(1, c.rank)
      })
    }
  }
  if (isClauseType(question.type)) {
    const clause = clauseAnswer(question.type, passage.text.slice(s.start, s.end))
    if (clause) candidates.push({ start: s.start + clause.start, end: s.start + clause.end, fit: CANDIDATE_WEIGHTS.clause, score: CANDIDATE_WEIGHTS.clause })
    // "How is it calculated?" → "calculated *as a function of…*".
    const complement = question.type === 'manner' ? mannerComplement(question, passage.text, words, s.end) : undefined
    if (complement) candidates.push({ ...complement, fit: CANDIDATE_WEIGHTS.clause, score: CANDIDATE_WEIGHTS.clause })
  }
  // A narrower kind (a colour) the sentence does not name leaves it no answer, as a typed question's.
  if (candidates.length === 0 && !isTyped(question.type) && !asksForKind(question)) {
    candidates.push({ start: s.start, end: s.end, fit: CANDIDATE_WEIGHTS.sentence, score: CANDIDATE_WEIGHTS.sentence })
  }
  // "Other than surf, what…?": the member beside X answers, X does not.
  weighSetAside(candidates, passage.text, words, s.end, phrases, question, CANDIDATE_WEIGHTS.excluded, slotBonus)
  const kind = (c: Candidate) => (saysKind.has(c) ? 1 : 0)
  // Ordered by the uncapped score: several bonuses together (focus, slot, instance) would otherwise tie at 1.
  const rank = (c: Candidate) => c.rank ?? c.score
  return candidates.sort((a, b) => rank(b) - rank(a) || kind(b) - kind(a) || (a.end - a.start) - (b.end - b.start))
}
