/**
 * @module
 * Clause breaks inside a sentence: "Construction is due to begin in March 2027 *and the* first
 * trams should run by late 2029". A question word in another clause says less about a span than
 * the same word in the span's own clause, so distances across a break count one word more
 * (`candidates.ts`): "by late 2029", not "March 2027", answers "When will the first trams run?".
 */

// A semicolon, or a conjunction that opens a clause with its own subject ("and the", "but they").
const CLAUSE_BREAK = /;|\b(?:and|but|while|whereas)\s+(?:the|a|an|its|their|his|her|this|these|those|it|they|he|she|we)\s*$/i

/**
 * The clause number of each word (0 for the sentence's first clause), from the text between words.
 *
 * @example
 * ```ts
 * clausesOf('begin in March 2027 and the first trams run', words) // [0, 0, 0, 1, 1, 1]
 * ```
 */
export function clausesOf(text: string, words: readonly { start: number; end: number }[]): readonly number[] {
  // A sentence's word list is kept per sentence (`words.ts`), so its clauses are read once, not per question.
  let known = CLAUSES.get(words)
  if (!known) CLAUSES.set(words, (known = clauseNumbers(text, words)))
  return known
}

const CLAUSES = new WeakMap<object, readonly number[]>()

function clauseNumbers(text: string, words: readonly { start: number; end: number }[]): number[] {
  const clauses: number[] = []
  let clause = 0
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && CLAUSE_BREAK.test(text.slice(words[i - 1]!.end, words[i]!.start))) clause++
    clauses.push(clause)
  }
  return clauses
}
