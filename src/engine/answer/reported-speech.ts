/**
 * @module
 * Reported speech: "What did Otto say about the heatwave?" is answered by what the sentence reports
 * her saying, the clause after "said" ("Otto said *a heatwave like this one would have been
 * impossible*") or the quotation before ", Otto said", not by a noun phrase of it.
 */
import type { Named } from './naming'

// "What did/does/has X say/warn/claim…": the speaker is the words between the auxiliary and the verb.
const ASKS = /^\W*what\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:say|tell|claim|warn|argue|announce|state|write|add|report|predict|promise|admit|insist|suggest)\b/iu
const SPEECH = String.raw`(?:said|says|told\s+(?:[\p{L}'’-]+\s+){1,3}?|claimed|claims|warned|warns|argued|argues|announced|stated|wrote|writes|added|adds|reported|noted|notes|predicted|promised|admitted|insisted|suggested)`
// "X said (that) CLAUSE": the clause runs to the sentence's end.
const AFTER = new RegExp(String.raw`\b${SPEECH}\s*,?\s*(?:that\s+)?(?=[\p{L}\p{N}"“])`, 'giu')
const RELATIVE = /,\s+(?:who|which|whose|whom)\b[^,;]*,\s*$/iu
// '"CLAUSE," X said': a quotation the speaker closes.
const BEFORE = /["“]([^"“”]{8,300}?)[,.!?]?["”]\s*,?\s*([^,.;]{1,60}?)\s+(?:said|says|added|adds|told|warned|noted|wrote)\b/gu

/**
 * The speaker a "What did X say…?" question names ("Otto"), or undefined for other questions.
 *
 * @example
 * ```ts
 * askedSpeaker('What did Otto say about the heatwave?') // "Otto"
 * ```
 */
export function askedSpeaker(question: string): string | undefined {
  return ASKS.exec(question)?.[1]
}

/**
 * What the sentence reports `speaker` saying, by offsets into the sentence: the clause after the
 * speech verb when the speaker's last word stands within the eight words before it (a relative
 * clause after the speaker aside), or a quotation
 * the speaker's words close.
 *
 * @example
 * ```ts
 * reportedSpeech('Dr Otto said a heatwave would be impossible.', 'Otto') // [{ start: 13, end: 43 }]
 * ```
 */
export function reportedSpeech(sentence: string, speaker: string): Named[] {
  const key = speaker.split(/\s+/).at(-1)!.replace(/['’]s?$/, '').toLowerCase()
  const found: Named[] = []
  for (const m of sentence.matchAll(AFTER)) {
    // A relative clause between the speaker and the verb is passed over ("Lindqvist, who founded it in 2019, said").
    const said = sentence.slice(Math.max(0, m.index - 240), m.index).replace(RELATIVE, ' ')
    const before = said.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).slice(-8)
    if (!before.some((w) => w.replace(/['’]s?$/, '') === key)) continue
    const start = m.index + m[0].length
    const end = start + sentence.slice(start).replace(/[\s.!?"”]*$/u, '').length
    if (end - start >= 8) found.push({ start, end })
  }
  for (const m of sentence.matchAll(BEFORE)) {
    if (!m[2]!.toLowerCase().split(/\s+/).some((w) => w.replace(/['’]s?$/, '') === key)) continue
    const start = m.index + m[0].indexOf(m[1]!)
    found.push({ start, end: start + m[1]!.length })
  }
  return found
}
