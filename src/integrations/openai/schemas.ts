/**
 * @module
 * Request schema of `POST /v1/chat/completions`: the OpenAI fields a chat client sends. Fields
 * the engine has no use for (`temperature`, `max_tokens`, `user`, …) are accepted and ignored.
 */
import { z } from '@hono/zod-openapi'

/** A text part of a message's content array; other part types (images) are ignored. */
const ContentPartSchema = z.looseObject({ type: z.string(), text: z.string().optional() })

/**
 * One chat message.
 *
 * @example
 * ```ts
 * ChatMessageSchema.parse({ role: 'user', content: 'How many rounds?' })
 * ```
 */
export const ChatMessageSchema = z
  .looseObject({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
    content: z.union([z.string(), z.array(ContentPartSchema), z.null()]).optional(),
    name: z.string().optional(),
  })
  .openapi('ChatMessage')

/**
 * The body of `POST /v1/chat/completions`.
 *
 * @example
 * ```ts
 * ChatCompletionRequestSchema.safeParse({ model: 'article-qa', messages: [{ role: 'user', content: 'Hi' }] }).success // true
 * ```
 */
export const ChatCompletionRequestSchema = z
  .looseObject({
    model: z.string().min(1).openapi({ example: 'article-qa' }),
    messages: z.array(ChatMessageSchema).min(1, 'must hold at least one message'),
    stream: z.boolean().nullish(),
    stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
    max_tokens: z.number().int().nullish(),
    max_completion_tokens: z.number().int().nullish(),
    temperature: z.number().nullish(),
    user: z.string().nullish(),
  })
  .openapi('ChatCompletionRequest')

/** A validated chat completion request. */
export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequestSchema>

/**
 * A message's text: the string, or its text parts joined.
 *
 * @example
 * ```ts
 * messageText({ role: 'user', content: [{ type: 'text', text: 'Hi' }] }) // "Hi"
 * ```
 */
export function messageText(message: z.infer<typeof ChatMessageSchema>): string {
  const { content } = message
  if (typeof content === 'string') return content
  if (!content) return ''
  return content.filter((p) => p.type === 'text' && typeof p.text === 'string').map((p) => p.text).join('\n')
}
