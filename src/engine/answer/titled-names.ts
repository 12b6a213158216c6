/**
 * @module
 * A person's span with the title that is part of how the person is named: "King Charles III",
 * "Duke Richard II", "Pope Francis". The build splits every title off a name ("Ukrainian MP
 * Oleksandra Ustinova" is the person "Oleksandra Ustinova" labelled "Ukrainian MP"); for a
 * sovereign's or noble's title written with a capital right before the name, answers keep it
 * (SQuAD's writers do: "King Charles III", "Duke William II"), while an office ("President",
 * "Ambassador") stays a label. Only the answer's text widens: scoring reads the name alone.
 */
import type { Span } from '../types'

/** Titles that name their holder: hereditary, religious and honorific ranks, not offices. */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  'king queen duke duchess prince princess emperor empress pope tsar czar tsarina kaiser sultan caliph emir shah pharaoh count countess earl baron baroness margrave landgrave lord lady sir dame saint st'.split(' '),
)

/**
 * Where the span's name starts with its title: before the title when the span's label is one
 * such capitalised title written right before the name; otherwise the span's own start.
 *
 * @example
 * ```ts
 * const text = 'the treaty between King Charles III and Rollo'
 * titledStart(text, { start: 24, end: 35, type: 'person', label: 'King' }) // 19
 * ```
 */
export function titledStart(text: string, span: Span): number {
  const label = span.label
  if (span.type !== 'person' || !label || !/^\p{Lu}\p{Ll}+$/u.test(label) || !NAME_TITLES.has(label.toLowerCase())) return span.start
  const start = span.start - label.length - 1
  return start >= 0 && text.slice(start, span.start) === `${label} ` ? start : span.start
}
