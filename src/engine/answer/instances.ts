/**
 * @module
 * Categories and their instances. A what-question's focus names a category ("What is the most
 * commonplace *model*…?"); a sentence that uses that noun mostly links it to an instance by one of
 * English's is-a patterns: "A Turing machine *is a* mathematical model", "problems *such as* the
 * Boolean satisfiability problem", "complexity classes *include* BPP", "the time complexity *(or
 * any other* complexity measure)", and names beside the noun ("the complexity class *P*", "the
 * *Irish* culture": `instance-names.ts`). The instance answers; the phrase holding the focus only
 * says what kind of thing it is, so it should not win on naming the focus, and once a sentence
 * states an instance no other mention of the focus should either. Only questions that open with
 * their wh-phrase are read: "Time and space are examples of *what* type of resource?" gives the
 * instance and asks for the category (answering those with the category phrase instead lost three
 * SQuAD dev questions for one). Read by token position, like `verb-slots.ts`: no parser at request time.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { tokenize, type Token } from '../text/tokens'
import { normalizeTerm } from '../text/terms'
import { endsInLightNoun } from './light-nouns'
import { NAME_WORD, nameAfter, nameAfterOf, nameBefore } from './instance-names'
import type { Passage, Sentence } from '../types'
import { sentenceTokens, sentenceTokenTerms } from './sentence-tokens'
import { nounPhrasesIn } from './sentence-spans'

// A copula, or a verb of seeing-as followed by "as" ("can be viewed as a computational resource").
const COPULA = /^(?:is|are|was|were|be|been|being|becomes|became|remains|remained)$/i
const SEEN_AS = /^(?:viewed|seen|regarded|considered|described|defined|known|treated|used)$/i
// Words between a copula and the category's noun phrase: determiners, quantifiers, adverbs.
const LEAD = /^(?:a|an|the|one|of|some|any|very|also|often|usually|generally|still|just|another|other|most|more|least|\p{L}+ly|\p{L}+ed)$/iu
// Words between a subject and its copula: auxiliaries, negation-free adverbs ("can be", "is often").
const AUX = /^(?:can|could|will|would|may|might|must|should|has|have|had|also|often|usually|generally|then|thus|\p{L}+ly)$/iu
// What introduces instances after a category: "such as", "including", "like", "include", "e.g.", "namely".
// Right after the category ("tools such as"), or after one modifier closed by a comma ("classes
// between the two, such as"; no other punctuation in it, at most 100 characters).
const MARKED = /^(?:,?\s+|,?[^,;:()—–.]{1,100},\s*)(?:such as|including|like|include|includes|included|e\.g\.?|namely|especially|particularly|notably|for example|for instance)\b[\s,]*/iu
// A clause word that closes a subject to the left ("and" joins a coordinated subject: "Oak and ash were…").
const CLAUSE = /^(?:but|that|which|who|whom|whose|because|since|while|when|where|so|if|although|though)$/i
// What ends an instance list to the right: a clause word after its last member.
const LIST_END = /^(?:which|that|who|whom|whose|because|since|while|when|where|but|so|if|although|though)$/i
// Punctuation that ends a phrase: not the comma, which separates a list's members.
const STOP = /[;:()—–]/
const CUT = /[,;:()—–]/
/** At most this many tokens of instances after a marker (a list of three long names fits). */
const MAX_LIST = 20
/** At most this many tokens of a subject before its copula. */
const MAX_SUBJECT = 12

type Range = readonly [number, number]

// A subject marked as the one of its kind the question asks about ("The *most commonly used* reduction").
const SUPERLATIVE = /\b(?:most|least|best|worst|first|last|only|main|\p{L}+est)\b/iu

// A question opening with its wh-word.
const OPENS = /^\s*(?:what|which)\b/i

/**
 * For sentence `s` of a passage, a function giving a candidate's instance score: 1 when it lies in
 * an instance of the question's focus ("a Turing machine" in "a Turing machine is a mathematical
 * model" for "What is the most commonplace model…?"), -1 when it is the category phrase holding
 * the focus ("mathematical model"), else 0. Only untyped questions with a focus are read.
 *
 * @example
 * ```ts
 * const instance = instanceOf(passage, sentence, analyzeQuestion('What is the most commonplace model?'))
 * instance(start, end) // 1 for "A Turing machine", -1 for "a mathematical model"
 * ```
 */
export function instanceOf(passage: Passage, s: Sentence, question: QuestionAnalysis): (start: number, end: number) => number {
  // Only a question that opens with its wh-phrase asks for an instance: "Time and space are
  // examples of *what* type of resource?" gives the instance and asks for the category.
  const focus = question.type === 'other' && OPENS.test(question.text) ? categoryTerm(question) : undefined
  if (!focus) return () => 0
  const terms = sentenceTokenTerms(passage, s)
  if (!terms.includes(focus)) return () => 0
  const tokens = sentenceTokens(passage, s)
  const text = passage.text.slice(s.start, s.end)
  const asked = new Set(question.keywords)
  const pairs: { instance?: Range; category: Range; name?: boolean }[] = []
  // Every phrase holding the focus: once the sentence states an instance, each of them only names the kind.
  const mentions: Range[] = []
  terms.forEach((term, k) => {
    // A capitalised focus is part of a name ("the Defence Production Action *Plan*"), no category.
    if (term !== focus || NAME_WORD.test(tokens[k]!.text)) return
    let category = categoryAt(passage, s, tokens, k)
    if (!category) return
    mentions.push(category)
    const copula = copulaSubject(text, tokens, category[0])
    const spoken = (r: Range) => terms.slice(r[0], r[1] + 1).filter((t): t is string => t !== null)
    // "There is a US$1,000,000 prize" names no subject; "they are … classes" one said elsewhere.
    const existential = !!copula && /^there$/i.test(tokens[copula[0]]!.text)
    const pronoun = !!copula && !existential && spoken(copula).length === 0
    const subject = copula && !existential && !pronoun ? copula : undefined
    const listed = subject ? undefined : listAfter(text, tokens, category[1])
    const named = subject || listed ? undefined : nameAfter(text, tokens, k) ?? nameAfterOf(text, tokens, k) ?? nameBefore(tokens, category[0], k)
    const instance = subject ?? listed ?? otherBefore(passage, s, tokens, text, category[0]) ?? named ?? copulaPredicate(passage, s, tokens, text, category)
    // A pronoun subject: the answer is elsewhere, but the predicate still only describes it.
    if (!instance) {
      if (pronoun) pairs.push({ category })
      return
    }
    // "the complexity class P": the category is the phrase with its name, the name alone answers.
    if (named) category = [category[0], Math.max(category[1], named[1])]
    // An instance made of the question's own words ("time and space are the most well-known
    // complexity resources" for "Time and space are examples of what type of resource?") is what
    // the question gives: it asks for the category then.
    const own = spoken(instance)
    if (own.length === 0 || own.every((t) => asked.has(t))) return
    // An instance holding the focus itself is another category when marked as the one asked about
    // ("The *most* commonly used reduction is a polynomial-time reduction"), but a subtype when a
    // plain subject ("A non-deterministic Turing machine is a deterministic Turing machine with…")
    // or listed ("problems such as the vertex cover problem").
    if (listed || !own.includes(focus) || (subject && !SUPERLATIVE.test(text.slice(tokens[subject[0]]!.start, tokens[subject[1]]!.end)))) pairs.push({ instance, category, name: instance === named })
  })
  if (pairs.length === 0) return () => 0
  const stated = pairs.some((p) => p.instance)
  const phrases = nounPhrasesIn(passage, s)
  // "Latin" in "a Latin monastery": a modifier of the instance's noun is not the instance.
  const modifier = (a: number, b: number) => phrases.some((x) => x.start - s.start <= a && x.end - s.start > b && /^[\s-]*\p{L}/u.test(text.slice(b, x.end - s.start)))
  const within = (r: Range, a: number, b: number) => a >= tokens[r[0]]!.start && b <= tokens[r[1]]!.end
  return (start, end) => {
    const a = start - s.start
    const b = end - s.start
    // A name before the focus modifies it by design ("the *Irish* culture").
    for (const { instance, name } of pairs) if (instance && within(instance, a, b)) return !name && modifier(a, b) ? 0 : 1
    for (const { category } of pairs) if (within(category, a, b)) return -1
    if (stated) for (const m of mentions) if (within(m, a, b)) return -1
    return 0
  }
}

// Words that end a category noun after "example of": a clause or a participle ("a problem *that* rests", "classes *associated*").
const NOT_HEAD = /^(?:that|which|who|where|whose|in|on|at|by|for|with|from|to|as|is|are|was|were|\p{L}+ed|\p{L}+ing)$/iu
const DETERMINER = /^(?:a|an|the|one|some|any|this|these|those)$/i

const CATEGORIES = new WeakMap<QuestionAnalysis, string | null>()

/**
 * The question's category noun as an index term: its focus, or for a light focus ("What is one
 * common *example of* a critical complexity *measure*?") the head of the phrase after "of".
 *
 * @example
 * ```ts
 * categoryTerm(analyzeQuestion('What is one common example of a critical complexity measure?')) // "measur"
 * ```
 */
export function categoryTerm(question: QuestionAnalysis): string | undefined {
  if (!CATEGORIES.has(question)) CATEGORIES.set(question, categoryOf(question) ?? null)
  return CATEGORIES.get(question) ?? undefined
}

function categoryOf(question: QuestionAnalysis): string | undefined {
  const { focus, focusTerm } = question
  if (!focus || !focusTerm || !endsInLightNoun(focus)) return focusTerm
  const tokens = tokenize(question.text)
  let i = tokens.findIndex((t) => t.text === focus)
  if (i < 0 || tokens[i + 1]?.text.toLowerCase() !== 'of') return focusTerm
  i += 2
  while (i < tokens.length && DETERMINER.test(tokens[i]!.text)) i++
  let head: string | undefined
  for (; i < tokens.length && !NOT_HEAD.test(tokens[i]!.text); i++) head = normalizeTerm(tokens[i]!.text) ?? head
  return head ?? focusTerm
}

/** The token range of the category phrase holding the focus at token `k`: the noun phrases around it, "of" complement included. */
function categoryAt(passage: Passage, s: Sentence, tokens: readonly Token[], k: number): Range | undefined {
  const t = tokens[k]!
  let from = -1
  let to = k
  for (const x of nounPhrasesIn(passage, s)) {
    if (!x.gerund && x.start - s.start <= t.start && x.end - s.start >= t.end) {
      const first = tokens.findIndex((u) => u.start >= x.start - s.start)
      const last = tokens.findLastIndex((u) => u.end <= x.end - s.start)
      if (first >= 0 && (from < 0 || first < from)) from = first
      if (last > to) to = last
    }
  }
  // A focus word outside every noun phrase is a verb ("had been *exporting*"), no category.
  return from < 0 ? undefined : [from, to]
}

/** "A Turing machine is a mathematical model": the subject before the copula that leads into the category starting at `from`. */
function copulaSubject(text: string, tokens: readonly Token[], from: number): Range | undefined {
  let v = from - 1
  while (v >= 0 && LEAD.test(tokens[v]!.text) && !CUT.test(text.slice(tokens[v]!.end, tokens[v + 1]!.start))) v--
  if (v < 0 || CUT.test(text.slice(tokens[v]!.end, tokens[v + 1]!.start))) return undefined
  const word = tokens[v]!.text
  // "were *of* Norman mercenary origin" says what something has, not what it is.
  if (tokens[v + 1]?.text.toLowerCase() === 'of') return undefined
  if (word.toLowerCase() === 'as' && v > 0 && SEEN_AS.test(tokens[v - 1]!.text)) v -= 1
  else if (!COPULA.test(word)) return undefined
  // Back past the copula's auxiliaries ("can be viewed as", "is often") to the subject's last word.
  let i = v - 1
  while (i >= 0 && (AUX.test(tokens[i]!.text) || COPULA.test(tokens[i]!.text)) && !CUT.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) i--
  if (i < 0 || CUT.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return undefined
  let left = i
  while (left > 0 && i - left < MAX_SUBJECT && !CUT.test(text.slice(tokens[left - 1]!.end, tokens[left]!.start)) && !CLAUSE.test(tokens[left - 1]!.text)) left--
  return [left, i]
}

// Tokens a subject's modifier may run to before its copula ("instrument *for analyzing the performance of steam engines* is").
const MAX_MODIFIER = 10

/**
 * "The most useful instrument for analyzing the performance of steam engines is *the steam engine
 * indicator*": the noun phrase after the copula when the category (tokens `category`) opens its
 * clause as the subject. An adjective ("the colony was small") makes no noun phrase, so no instance.
 */
function copulaPredicate(passage: Passage, s: Sentence, tokens: readonly Token[], text: string, category: Range): Range | undefined {
  const [from, to] = category
  // The subject ("The most useful instrument") opens the sentence or a clause a comma or semicolon starts.
  let open = from
  // Not past "of": "the price of the ticket was" has another subject.
  while (open > 0 && LEAD.test(tokens[open - 1]!.text) && tokens[open - 1]!.text.toLowerCase() !== 'of' && !CUT.test(text.slice(tokens[open - 1]!.end, tokens[open]!.start))) open--
  if (open > 0 && !CUT.test(text.slice(tokens[open - 1]!.end, tokens[open]!.start))) return undefined
  // Only a subject marked as the one of its kind ("The *most* useful instrument … is X") points to
  // its instance; a plain one may be the instance itself ("Self molecules are components of …").
  if (!SUPERLATIVE.test(text.slice(tokens[open]!.start, tokens[to]!.end))) return undefined
  let v = to + 1
  while (v < tokens.length && v - to <= MAX_MODIFIER && !COPULA.test(tokens[v]!.text)) {
    if (CLAUSE.test(tokens[v]!.text) || CUT.test(text.slice(tokens[v - 1]!.end, tokens[v]!.start))) return undefined
    v++
  }
  if (v >= tokens.length || !COPULA.test(tokens[v]!.text) || CUT.test(text.slice(tokens[v - 1]!.end, tokens[v]!.start))) return undefined
  const after = tokens[v]!.end
  const phrase = nounPhrasesIn(passage, s).filter((x) => !x.gerund && x.start - s.start >= after && /^\s*(?:(?:also|still|probably|perhaps|now|then)\s+)?$/iu.test(text.slice(after, x.start - s.start))).sort((a, b) => a.start - b.start || b.end - a.end)[0]
  if (!phrase) return undefined
  const first = tokens.findIndex((u) => u.start >= phrase.start - s.start)
  const last = tokens.findLastIndex((u) => u.end <= phrase.end - s.start)
  return first >= 0 && last >= first ? [first, last] : undefined
}

/**
 * "problems such as the Boolean satisfiability problem, …", "complexity classes between the two,
 * such as NL and NC": the instances after a marker that follows the category ending at token `end`,
 * right after it or past a modifier that a comma closes.
 */
function listAfter(text: string, tokens: readonly Token[], end: number): Range | undefined {
  const marker = MARKED.exec(text.slice(tokens[end]!.end))
  if (!marker) return undefined
  const from = tokens[end]!.end + marker[0].length
  let i = end + 1
  while (i < tokens.length && tokens[i]!.start < from) i++
  if (i >= tokens.length) return undefined
  let j = i
  while (j + 1 < tokens.length && j - i < MAX_LIST && !LIST_END.test(tokens[j + 1]!.text) && !STOP.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++
  return [i, j]
}

/** "the time complexity (or any other complexity measure)", "dukes and other nobles": the noun phrase before "and/or (any) other" and the category at `from`. */
function otherBefore(passage: Passage, s: Sentence, tokens: readonly Token[], text: string, from: number): Range | undefined {
  // The category's noun phrase may hold "any other" itself ("any other complexity measure").
  while (/^(?:any|some|many|other)$/i.test(tokens[from]?.text ?? '')) from++
  let i = from - 1
  if (i < 1 || !/^(?:other)$/i.test(tokens[i]!.text)) return undefined
  i--
  if (/^(?:any|some|many)$/i.test(tokens[i]!.text)) i--
  if (i < 1 || !/^(?:and|or)$/i.test(tokens[i]!.text)) return undefined
  const before = tokens[i - 1]!
  // The noun phrase that ends right before "and/or" (a parenthesis may stand between).
  if (!/^[\s(]*$/u.test(text.slice(before.end, tokens[i]!.start))) return undefined
  // The shortest such phrase: "the time complexity", not the gerund "measuring the time complexity".
  const phrase = nounPhrasesIn(passage, s).filter((x) => x.end - s.start === before.end && !x.gerund).sort((a, b) => b.start - a.start)[0]
  if (!phrase) return undefined
  const first = tokens.findIndex((u) => u.start >= phrase.start - s.start)
  return first >= 0 ? [first, i - 1] : undefined
}
