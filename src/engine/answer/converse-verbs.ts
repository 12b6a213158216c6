/**
 * @module
 * Verbs that tell one event from its two sides: "A bought the rights from B" is "B sold the
 * rights to A". A who-question on one verb ("Who bought the rights?") asks, in a sentence that
 * uses the other, for the name after its preposition ("sold … to *Enrique*"), not for its subject.
 * Irregular forms are listed because the stemmer does not join "bought" and "buy". Order verbs
 * are converses too: "A precedes B" is "B follows A", so "What came after A?" is answered by
 * "precedes"'s object or "follows"'s subject.
 */

/** One side of a converse pair: its word forms and the preposition that brings in the other party. */
interface Side {
  forms: RegExp
  /** "bought *from* B": B is the subject of the other verb. */
  via: string
}

/** The other verb of a pair, as a sentence uses it. */
export interface Converse {
  /** Word forms of the other verb ("sell", "sold"…). */
  forms: RegExp
  /** The preposition after the other verb that brings in the asked party ("sold … *to* A"). */
  via: string
}

// The sides, each with every form a sentence may use and the preposition of its other party.
const side = (forms: string, via: string): Side => ({ forms: new RegExp(`^(?:${forms})$`, 'i'), via })
const BUY = side('buy|buys|bought|buying|purchase|purchases|purchased|purchasing|acquire|acquires|acquired|acquiring', 'from')
const SELL = side('sell|sells|sold|selling', 'to')
const RECEIVE = side('receive|receives|received|receiving|get|gets|got|obtained|obtains|obtain', 'from')
const GIVE = side('give|gives|gave|given|giving|grant|grants|granted|granting|send|sends|sent|sending|award|awards|awarded|awarding', 'to')
const BORROW = side('borrow|borrows|borrowed|borrowing', 'from')
const LEND = side('lend|lends|lent|lending|loan|loans|loaned|loaning', 'to')
const WIN = side('win|wins|won|winning', 'against')
const LOSE = side('lose|loses|lost|losing', 'to')

/** Converse pairs: the subject of one is the party its partner brings in with its preposition. */
const PAIRS: readonly (readonly [Side, Side])[] = [[BUY, SELL], [RECEIVE, GIVE], [BORROW, LEND], [WIN, LOSE]]

/**
 * The converse of a question's verb, as written: for "bought", the verb "sell" and "to" (the
 * buyer is who it was sold to); undefined for a verb with no converse.
 *
 * @example
 * ```ts
 * converseOf('bought') // { forms: /^(?:sell|sells|sold|selling)$/i, via: 'to' }
 * converseOf('sold')?.via // "from"
 * converseOf('built') // undefined
 * ```
 */
export function converseOf(verb: string): Converse | undefined {
  for (const [a, b] of PAIRS) {
    if (a.forms.test(verb)) return { forms: b.forms, via: b.via }
    if (b.forms.test(verb)) return { forms: a.forms, via: a.via }
  }
  return undefined
}

/** An order verb and which of its arguments comes later ("A precedes B": B; "A follows B": A). */
interface OrderVerb {
  /** Verb stems as `verbTerm` gives them ("succeeds" stems to "succe", "succeeded" to "succeed"). */
  stems: readonly string[]
  /** The argument that is later in time or sequence: the subject ("agent") or the object ("patient"). */
  later: 'agent' | 'patient'
}

const ORDER_VERBS: readonly OrderVerb[] = [
  { stems: ['preced'], later: 'patient' },
  { stems: ['follow', 'succe', 'succeed'], later: 'agent' },
]

// "What came after X?", "What followed X?": the question asks for what is later than X (or earlier).
const ASKS_LATER = /^\s*(?:what|which)\b[^?]*?\b(?:(?:came|comes|come|was|were|is|are)\s+(?:right\s+|immediately\s+|directly\s+)?after|followed|succeeded)\b/i
const ASKS_EARLIER = /^\s*(?:what|which)\b[^?]*?\b(?:(?:came|comes|come|was|were|is|are)\s+(?:right\s+|immediately\s+|directly\s+)?before|preceded)\b/i

/**
 * For "What came after X?" or "What preceded X?", the order verbs a sentence may state the answer
 * with and the argument of each that answers: "X *precedes* the Early Gothic" answers "after" with
 * its object, "A *follows* X" with its subject; "before" the other way round. Undefined for other
 * questions.
 *
 * @example
 * ```ts
 * orderSlots('What architecture came after Norman?') // [{ stems: ['preced'], role: 'patient' }, { stems: ['follow', …], role: 'agent' }]
 * orderSlots('What came before Norman?')?.[0]?.role // "agent"
 * ```
 */
export function orderSlots(question: string): { stems: readonly string[]; role: 'agent' | 'patient' }[] | undefined {
  const later = ASKS_LATER.test(question)
  if (!later && !ASKS_EARLIER.test(question)) return undefined
  const other = (r: 'agent' | 'patient') => (r === 'agent' ? 'patient' : 'agent')
  return ORDER_VERBS.map((v) => ({ stems: v.stems, role: later ? v.later : other(v.later) }))
}
