/**
 * @module
 * A figure the sentence gives as the value of the question's focus: "What premium does the offer
 * represent?" against "a *premium of* 34 per cent", "What was the average occupancy?" against
 * "*occupancy* across the network *averaged* 91 per cent". Such a figure answers a "what" question
 * fully, though a figure is otherwise only a stand-in for one (`type-fit.ts`).
 */
import { normalizeTerm } from '../text/terms'
import { lastClauseStart } from './binding'

// Words that join a noun to its value: "a premium *of*", "occupancy *averaged*", "turnout *was*",
// "the debt *stood at*", "sales *reached*", "the bill *came to*".
const LINK = /^(?:of|at|averag(?:ed|es|ing)|was|were|is|are|reached|totall?ed|totals|amounted|came|rose|fell|hit)$/

/**
 * Whether the figure at `start` of `text` is stated as the value of the question's focus (an index
 * term): a link word right before it, the focus at most four words before that, in the same clause.
 *
 * @example
 * ```ts
 * statesFigureOf('Corvane will pay a premium of 34 per cent.', 30, 'premium') // true
 * statesFigureOf('The 34 per cent premium was paid.', 4, 'premium') // false
 * ```
 */
export function statesFigureOf(text: string, start: number, focus: string): boolean {
  // The value must be in the focus's own clause, by the clause boundaries `bindingOf` reads.
  const before = text.slice(Math.max(0, start - 80), start)
  // (and in its sentence: the window may reach into the one before).
  const words = before.slice(Math.max(lastClauseStart(before), before.lastIndexOf('. ') + 1)).match(/[\p{L}'’-]+/gu)
  if (!words || words.length < 2 || !LINK.test(words.at(-1)!.toLowerCase())) return false
  return words.slice(-6, -1).some((w) => normalizeTerm(w) === focus)
}
