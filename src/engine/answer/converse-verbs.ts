/**
 * @module
 * Verbs that tell one event from its two sides: "A bought the rights from B" is "B sold the
 * rights to A". A who-question on one verb ("Who bought the rights?") asks, in a sentence that
 * uses the other, for the name after its preposition ("sold … to *Enrique*"), not for its subject.
 * Irregular forms are listed because the stemmer does not join "bought" and "buy".
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
