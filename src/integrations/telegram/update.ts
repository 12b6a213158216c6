/**
 * @module
 * Telegram updates: a text message becomes the question (a leading `/ask` or `/ask@bot` is
 * dropped; `/start` and `/help` get usage), answered inline as a `sendMessage` webhook reply.
 */
import { z } from '@hono/zod-openapi'

/**
 * Telegram's cap on a message's text.
 *
 * @example
 * ```ts
 * answerText(formatted, TELEGRAM_MAX_TEXT)
 * ```
 */
export const TELEGRAM_MAX_TEXT = 4096

const MessageSchema = z.looseObject({
  chat: z.looseObject({ id: z.union([z.number(), z.string()]) }),
  text: z.string().optional(),
})

/**
 * The parts of an update this door reads.
 *
 * @example
 * ```ts
 * UpdateSchema.safeParse({ update_id: 1, message: { chat: { id: 7 }, text: 'Who?' } }).success // true
 * ```
 */
export const UpdateSchema = z.looseObject({
  update_id: z.number().optional(),
  message: MessageSchema.optional(),
  edited_message: MessageSchema.optional(),
  channel_post: MessageSchema.optional(),
})

/**
 * How to use the bot.
 *
 * @example
 * ```ts
 * sendMessage(chatId, TELEGRAM_USAGE)
 * ```
 */
export const TELEGRAM_USAGE = 'Send me a question about the articles, e.g. "How many rounds was Ukraine firing daily?"'

/** What to do with an update. */
export type UpdateAction = { kind: 'ignore' } | { kind: 'ask' | 'usage'; chatId: number | string; question: string }

/**
 * Reads an update: the chat and the question of a text message, or nothing to do.
 *
 * @example
 * ```ts
 * readUpdate({ message: { chat: { id: 7 }, text: '/ask@my_bot Who?' } }) // { kind: 'ask', chatId: 7, question: 'Who?' }
 * ```
 */
export function readUpdate(update: z.infer<typeof UpdateSchema>): UpdateAction {
  const message = update.message ?? update.channel_post
  if (!message || typeof message.text !== 'string') return { kind: 'ignore' }
  const text = message.text.trim()
  const command = /^\/(\w+)(?:@\w+)?(?:\s+|$)/.exec(text)
  if (command && command[1] !== 'ask') return { kind: 'usage', chatId: message.chat.id, question: '' }
  const question = command ? text.slice(command[0].length) : text
  return question.trim() ? { kind: 'ask', chatId: message.chat.id, question } : { kind: 'usage', chatId: message.chat.id, question: '' }
}

/**
 * The webhook reply that makes Telegram send a message.
 *
 * @example
 * ```ts
 * sendMessage(7, 'Six.') // { method: 'sendMessage', chat_id: 7, text: 'Six.' }
 * ```
 */
export function sendMessage(chatId: number | string, text: string) {
  return { method: 'sendMessage' as const, chat_id: chatId, text }
}
