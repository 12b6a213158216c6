/**
 * @module
 * Slack's reply to a slash command: top-level `text` (the plain reply, for notifications and
 * clients without blocks) plus Block Kit blocks for the answer, the source and the sentence.
 */
import { answerText, fitText, sourceLabel, sourceLine, type FormattedAnswer } from '../format-answer'

/** Whether a reply is seen by the asker only or by the channel. */
export type SlackResponseType = 'ephemeral' | 'in_channel'

// Block Kit caps a section's text at 3,000 characters.
const SECTION_MAX = 3000

/** Slack reads &, < and > as control characters (links, mentions such as <!channel>), in `text` too. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Reads `SLACK_RESPONSE_TYPE`, defaulting to ephemeral for anything else.
 *
 * @example
 * ```ts
 * responseType('in_channel') // "in_channel"
 * ```
 */
export function responseType(raw: string | undefined): SlackResponseType {
  return raw?.trim() === 'in_channel' ? 'in_channel' : 'ephemeral'
}

/**
 * The slash command's JSON reply.
 *
 * @example
 * ```ts
 * slackReply(formatAnswer(result, engine.corpus), 'ephemeral').blocks.length // 3
 * ```
 */
export function slackReply(f: FormattedAnswer, type: SlackResponseType) {
  const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text: fitText(text, SECTION_MAX) } })
  const blocks: object[] = [section(`*${escape(answerText({ ...f, source: undefined, sentence: undefined }))}*`)]
  if (f.source) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: fitText(`${sourceLabel(f)}: ${escape(sourceLine(f.source))}`, SECTION_MAX) }] })
  if (f.sentence) blocks.push(section(`> ${escape(f.sentence)}`))
  return { response_type: type, text: escape(answerText(f)), blocks }
}

/**
 * The reply to an empty command: how to use it.
 *
 * @example
 * ```ts
 * slackUsage('/ask')
 * ```
 */
export function slackUsage(command: string) {
  return { response_type: 'ephemeral' as const, text: `Ask a question about the articles, e.g. \`${command || '/ask'} How many rounds was Ukraine firing daily?\`` }
}
