/**
 * @module
 * Discord interactions: PING gets PONG; the `ask` command's `question` option gets the answer
 * as a channel message (type 4) within Discord's 2,000 characters.
 */
import { z } from '@hono/zod-openapi'

/**
 * Discord's cap on a message's content.
 *
 * @example
 * ```ts
 * answerText(formatted, DISCORD_MAX_CONTENT)
 * ```
 */
export const DISCORD_MAX_CONTENT = 2000
/**
 * Interaction types (Discord API).
 *
 * @example
 * ```ts
 * interaction.type === InteractionType.PING
 * ```
 */
export const InteractionType = { PING: 1, APPLICATION_COMMAND: 2 } as const
/**
 * Response types (Discord API).
 *
 * @example
 * ```ts
 * c.json({ type: ResponseType.PONG })
 * ```
 */
export const ResponseType = { PONG: 1, CHANNEL_MESSAGE_WITH_SOURCE: 4 } as const
/**
 * Message flag: only the invoking user sees it.
 *
 * @example
 * ```ts
 * { type: 4, data: { content: 'Only you see this.', flags: EPHEMERAL } }
 * ```
 */
export const EPHEMERAL = 64

const OptionSchema = z.looseObject({ name: z.string(), value: z.unknown().optional() })

/**
 * The parts of an interaction this door reads; the rest passes through unread.
 *
 * @example
 * ```ts
 * InteractionSchema.safeParse({ type: 1 }).success // true
 * ```
 */
export const InteractionSchema = z.looseObject({
  type: z.number().int(),
  data: z.looseObject({ name: z.string().optional(), options: z.array(OptionSchema).optional() }).optional(),
})

/** What the door should do with an interaction. */
export type InteractionAction =
  | { kind: 'pong' }
  | { kind: 'ask'; question: string }
  | { kind: 'unsupported'; message: string }

/**
 * Reads an interaction.
 *
 * @example
 * ```ts
 * readInteraction({ type: 2, data: { name: 'ask', options: [{ name: 'question', value: 'Who?' }] } })
 * // { kind: 'ask', question: 'Who?' }
 * ```
 */
export function readInteraction(interaction: z.infer<typeof InteractionSchema>): InteractionAction {
  if (interaction.type === InteractionType.PING) return { kind: 'pong' }
  if (interaction.type !== InteractionType.APPLICATION_COMMAND) return { kind: 'unsupported', message: 'This app only answers the /ask command.' }
  if (interaction.data?.name !== 'ask') return { kind: 'unsupported', message: `Unknown command "${interaction.data?.name ?? ''}"; use /ask.` }
  const option = interaction.data.options?.find((o) => o.name === 'question')
  return { kind: 'ask', question: typeof option?.value === 'string' ? option.value : '' }
}

/**
 * A channel-message response; `ephemeral` shows it to the asker only.
 *
 * @example
 * ```ts
 * messageResponse('6,000 rounds') // { type: 4, data: { content: '6,000 rounds' } }
 * ```
 */
export function messageResponse(content: string, ephemeral = false) {
  return { type: ResponseType.CHANNEL_MESSAGE_WITH_SOURCE, data: { content, ...(ephemeral ? { flags: EPHEMERAL } : {}), allowed_mentions: { parse: [] as string[] } } }
}
