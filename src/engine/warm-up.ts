/**
 * @module
 * Start-up warm-up. V8 compiles the engine's functions, and the engine builds its lookup tables
 * (opposites, synonyms, verb forms), on first use: measured, the first question of a fresh isolate
 * took about 45 ms and the second 20 ms, against 0.3 ms once warm. A Worker's global scope runs
 * under its own start-up limit, not a request's CPU budget, so the entry point calls `warmUp` there.
 */
import type { Engine } from './engine'
import type { Corpus } from './types'

/**
 * The most passages a deployment warms up at start-up. Loading the index and the warm-up grow with
 * the corpus (measured in Node: 60 passages 160 ms, 1,000 passages 400 ms, 2,000 passages 590 ms,
 * on top of evaluating the generated corpus module, 230 ms at 2,000): above this the start-up
 * would near the 1 s limit, so a larger corpus loads on its first request as before.
 */
export const WARM_UP_MAX_PASSAGES = 1000

/**
 * Whether a deployment of this corpus warms up at start-up (`WARM_UP_MAX_PASSAGES`).
 *
 * @example
 * ```ts
 * warmsUpAtStart(corpus) // true for the seed article's 5 passages
 * ```
 */
export function warmsUpAtStart(corpus: Pick<Corpus, 'passages'>): boolean {
  return corpus.passages.length <= WARM_UP_MAX_PASSAGES
}

/**
 * Questions of every answer type and the rule paths they take, written to fit no content in
 * particular: what they exercise is the code, not the answers.
 */
export const WARM_UP_QUESTIONS: readonly string[] = [
  'Who leads the project?',
  'Which organisation signed the agreement?',
  'Where is the main site?',
  'When did the work begin?',
  'In what year was it founded?',
  'How many people took part?',
  'How much did it cost in euros?',
  'What percentage of the budget was spent?',
  'How long did the work take?',
  'Why was the plan changed?',
  'How does the system work?',
  'What is the agreement called?',
  'What does the acronym stand for?',
  'Is the plan working?',
  'What was not included in the plan?',
  'Who won the 2022 World Cup?',
]

// A question about a span of the content, by its type: these reach the rules that read a matching sentence.
const ASKS: Partial<Record<string, (text: string, label?: string) => string>> = {
  person: (text) => `Who is ${text}?`,
  organization: (text) => `What does ${text} do?`,
  place: (text) => `Where is ${text}?`,
  date: (text) => `What happened in ${text}?`,
  number: (text, label) => (label ? `How many ${label} were there?` : `What is ${text}?`),
  money: (text) => `What costs ${text}?`,
}

/** Up to `limit` questions about the content's first titles and spans, one per span type and passage. */
function contentQuestions(engine: Engine, limit: number): string[] {
  const { documents, passages } = engine.corpus
  const found = documents.slice(0, 2).flatMap((d) => [`When did ${d.title} happen?`, `Why ${d.title}?`])
  for (const passage of passages.slice(0, 6)) {
    const seen = new Set<string>()
    for (const span of passage.spans) {
      const ask = ASKS[span.type]
      if (!ask || seen.has(span.type)) continue
      seen.add(span.type)
      found.push(ask(passage.text.slice(span.start, span.end), span.label))
    }
  }
  return found.slice(0, limit)
}

/**
 * Asks every warm-up question, then questions about the content's own names, figures and dates,
 * and summarises the first document once; returns how many calls ran. An error stops nothing: a
 * request that meets it reports it as usual.
 *
 * @example
 * ```ts
 * const engine = createEngine(built)
 * warmUp(engine) // 39
 * ```
 */
export function warmUp(engine: Engine): number {
  let calls = 0
  const attempt = (call: () => unknown) => {
    try {
      call()
      calls++
    } catch {
      // Bad content or a bug: the request that meets it will report it through the error handler.
    }
  }
  for (const question of [...WARM_UP_QUESTIONS, ...contentQuestions(engine, CONTENT_QUESTIONS)]) attempt(() => engine.ask({ question }))
  const first = engine.corpus.documents[0]
  if (first) attempt(() => engine.summarize({ doc: first.id }))
  return calls
}

// Measured with `npm run bench -- startup` (README, Speed): more adds start-up time and no speed.
const CONTENT_QUESTIONS = 24
