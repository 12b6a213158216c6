/**
 * @module
 * A word's verb stem, shared by the rules that find the question's verb in a sentence.
 */
import { normalizeTerm } from '../text/terms'

/**
 * A word's index term as a verb, British -ise/-yse spellings folded to -ize/-yze ("analysed" and
 * "analyzed", "organised" and "organized" alike).
 *
 * @example
 * ```ts
 * verbTerm('Analysed') === verbTerm('analyzed') // true
 * ```
 */
export const verbTerm = (word: string): string | null =>
  normalizeTerm(word.toLowerCase().replace(/ys(e|ed|es|ing)$/, 'yz$1').replace(/is(e|ed|es|ing)$/, 'iz$1'))
