/**
 * @module
 * Questions about an ending ("When did the delta *stop* forming?", "When did BSkyB *fail* to
 * launch…?", "What formation was created because the erosion *ceased*?") asked of a sentence that
 * states no ending ("the formation of the delta *began*", "BSkyB launched its HDTV service"): the
 * sentence says when it happened, not when it stopped. SQuAD 2.0 makes unanswerable questions so.
 */

// A verb of ending in the question; "end" only as a verb ("did X end?", "ended"), not "the low end of"
// nor "end up" ("Why did he end up on the island?" asks how he came there).
// "stops" after a count or an article is a noun: "How many *stops* will the line have?"
const ASKS_ENDING = /\b(?:(?<!\b(?:many|few|several|the|its|their|bus|tram|train)\s)stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit|halt(?:s|ed)?|fail(?:s|ed|ing)?|ended|(?:did|does|do|will|would)\b[^?]*\bend(?!\s+up\b))\b/i
// What in a sentence states an ending, a limit or a failure.
const STATES_ENDING = /\b(?:stop\w*|end\w*|ceas\w*|quit\w*|halt\w*|abandon\w*|fail\w*|until|till|clos(?:ed|ing|ure)\w*|finish\w*|terminat\w*|no longer|replac\w*|collaps\w*|fell|fall\w*|dissol\w*|abolish\w*|discontinu\w*|withdr\w*|shut\w*|died|death|ruin\w*|destroy\w*|lost|yet to|unable|last(?:ed|ing)?)\b/i

/** Why the sentence does not answer the question. */
export interface UnstatedEnding {
  code: 'ending-unstated'
  reason: string
}

/**
 * An abstention when the question asks about something ending or failing and the sentence states
 * no ending, limit or failure.
 *
 * @example
 * ```ts
 * unstatedEnding('When did the delta stop forming?', 'The formation of the delta began 8,000 years ago.')?.code // "ending-unstated"
 * unstatedEnding('When did BSkyB end its analogue service?', 'It ran until the closure of the service in 2001.') // undefined
 * ```
 */
export function unstatedEnding(question: string, sentence: string): UnstatedEnding | undefined {
  const asked = ASKS_ENDING.exec(question)
  if (!asked || STATES_ENDING.test(sentence)) return undefined
  return { code: 'ending-unstated', reason: `the question asks about something that ${/^(?:fail|quit)/i.test(asked[0]) ? 'failed' : 'ended'}; the closest passage says nothing ended` }
}
