/**
 * @module
 * OpenAPI entries for the chat doors (`src/integrations/**`). Those routes are plain Hono
 * handlers that verify signatures on the raw body, so they register no zod route themselves; their
 * paths are described here so /openapi.json covers every endpoint the Worker serves.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import { z } from '@hono/zod-openapi'
import { problemResponse } from '../schemas/problem'

const tags = ['Chat doors']

const OpenAiErrorSchema = z
  .object({ error: z.object({ message: z.string(), type: z.string(), param: z.string().nullable(), code: z.string().nullable() }) })
  .openapi('OpenAIError')

const openAiError = (description: string) => ({ description, content: { 'application/json': { schema: OpenAiErrorSchema } } })

const ChatRequestSchema = z
  .object({
    model: z.string().openapi({ example: 'article-qa' }),
    messages: z
      .array(z.object({ role: z.string(), content: z.string() }))
      .openapi({ example: [{ role: 'user', content: 'How many rounds was Ukraine firing daily?' }] }),
    stream: z.boolean().optional().openapi({ description: 'Server-sent chat.completion.chunk events, then data: [DONE].' }),
    stream_options: z.object({ include_usage: z.boolean().optional() }).optional(),
  })
  .openapi('ChatCompletionRequest')

const ChatCompletionSchema = z
  .object({
    id: z.string(),
    object: z.literal('chat.completion'),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(z.object({ index: z.number().int(), message: z.object({ role: z.literal('assistant'), content: z.string() }), finish_reason: z.string() })),
    usage: z.object({ prompt_tokens: z.number().int(), completion_tokens: z.number().int(), total_tokens: z.number().int() }).optional(),
  })
  .openapi('ChatCompletion')

const ModelListSchema = z
  .object({ object: z.literal('list'), data: z.array(z.object({ id: z.string(), object: z.literal('model'), created: z.number().int(), owned_by: z.string() })) })
  .openapi('ModelList')

const JsonRpcSchema = z
  .object({ jsonrpc: z.literal('2.0'), id: z.union([z.string(), z.number()]).optional(), method: z.string().optional() })
  .passthrough()
  .openapi('JsonRpcMessage', { example: { jsonrpc: '2.0', id: 1, method: 'tools/list' } })

const unauthorized = problemResponse('Signature or secret token missing, stale or wrong')
const unconfigured = problemResponse('The secret this door needs is not configured')

/**
 * Registers the chat doors' paths in an app's OpenAPI registry.
 *
 * @example
 * ```ts
 * registerChatDoors(app.openAPIRegistry)
 * ```
 */
export function registerChatDoors(registry: OpenAPIHono['openAPIRegistry']): void {
  registry.registerPath({
    method: 'post', path: '/v1/chat/completions', tags, summary: 'OpenAI-compatible chat completion',
    description: 'The last user turn (completed from earlier turns when it is a follow-up) is asked to the engine. Errors use OpenAI\'s error shape. Needs `Authorization: Bearer <OPENAI_API_KEY>` when that secret is set.',
    request: { body: { required: true, content: { 'application/json': { schema: ChatRequestSchema } } } },
    responses: {
      200: { description: 'A chat completion, or a text/event-stream of chunks when stream is true', content: { 'application/json': { schema: ChatCompletionSchema }, 'text/event-stream': { schema: z.string() } } },
      400: openAiError('Invalid request'), 401: openAiError('Missing or wrong API key'),
    },
  })
  registry.registerPath({
    method: 'get', path: '/v1/models', tags, summary: 'OpenAI-compatible model list (one model)',
    responses: { 200: { description: 'The model list', content: { 'application/json': { schema: ModelListSchema } } }, 401: openAiError('Missing or wrong API key') },
  })
  registry.registerPath({
    method: 'post', path: '/mcp', tags, summary: 'Model Context Protocol (Streamable HTTP, stateless)',
    description: 'Tools: ask, summarize, search, list_documents. Resources: article://{id}. GET and DELETE answer 405.',
    request: { body: { required: true, content: { 'application/json': { schema: JsonRpcSchema } } } },
    responses: { 200: { description: 'JSON-RPC response (JSON or a text/event-stream)', content: { 'application/json': { schema: JsonRpcSchema }, 'text/event-stream': { schema: z.string() } } }, 405: problemResponse('GET or DELETE') },
  })
  registry.registerPath({
    method: 'post', path: '/integrations/slack', tags, summary: 'Slack slash command',
    description: 'Verified with X-Slack-Signature (HMAC-SHA256 of v0:timestamp:body, SLACK_SIGNING_SECRET); timestamps over 5 minutes old are rejected.',
    request: { body: { required: true, content: { 'application/x-www-form-urlencoded': { schema: z.object({ command: z.string(), text: z.string() }).openapi({ example: { command: '/ask', text: 'How many rounds was Ukraine firing daily?' } }) } } } },
    responses: { 200: { description: 'A Block Kit message', content: { 'application/json': { schema: z.object({ response_type: z.string(), text: z.string(), blocks: z.array(z.unknown()) }) } } }, 401: unauthorized, 503: unconfigured },
  })
  registry.registerPath({
    method: 'post', path: '/integrations/discord', tags, summary: 'Discord interactions endpoint',
    description: 'Verified with X-Signature-Ed25519 and X-Signature-Timestamp (DISCORD_PUBLIC_KEY). PING answers {"type":1}; the ask command answers type 4.',
    request: { body: { required: true, content: { 'application/json': { schema: z.object({ type: z.number().int() }).passthrough().openapi({ example: { type: 1 } }) } } } },
    responses: { 200: { description: 'An interaction response', content: { 'application/json': { schema: z.object({ type: z.number().int(), data: z.object({ content: z.string() }).optional() }) } } }, 401: unauthorized, 503: unconfigured },
  })
  registry.registerPath({
    method: 'post', path: '/integrations/telegram', tags, summary: 'Telegram bot webhook',
    description: 'X-Telegram-Bot-Api-Secret-Token must equal TELEGRAM_WEBHOOK_SECRET. A text message gets a sendMessage reply in the response body; other updates get an empty 200.',
    request: { body: { required: true, content: { 'application/json': { schema: z.object({ update_id: z.number().int() }).passthrough().openapi({ example: { update_id: 1, message: { message_id: 1, chat: { id: 42 }, text: 'How many rounds was Ukraine firing daily?' } } }) } } } },
    responses: { 200: { description: 'A sendMessage call, or nothing', content: { 'application/json': { schema: z.object({ method: z.literal('sendMessage'), chat_id: z.number().int(), text: z.string() }) } } }, 400: problemResponse('Invalid JSON'), 401: unauthorized, 503: unconfigured },
  })
}
