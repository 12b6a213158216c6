/**
 * @module
 * OpenAPI entries for the chat doors (`src/integrations/**`). Those routes are plain Hono
 * handlers that verify signatures on the raw body before parsing, so they register no zod route
 * themselves; their paths are described here, reusing the doors' own request schemas, so
 * /openapi.json covers every endpoint the Worker serves.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi'
import { InteractionSchema } from '../../integrations/discord/interaction'
import { ChatCompletionRequestSchema } from '../../integrations/openai/schemas'
import { UpdateSchema } from '../../integrations/telegram/update'
import { problemResponse } from '../schemas/problem'

const tags = ['Chat doors']
const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { 'application/json': { schema } } })

const OpenAiErrorSchema = z
  .object({ error: z.object({ message: z.string(), type: z.string(), param: z.string().nullable(), code: z.string().nullable() }) })
  .openapi('OpenAIError')
const openAiError = (description: string) => json(description, OpenAiErrorSchema)

const ModelSchema = z.object({ id: z.string(), object: z.literal('model'), created: z.number().int(), owned_by: z.string() }).openapi('Model')

const ChatCompletionSchema = z
  .object({
    id: z.string(),
    object: z.literal('chat.completion'),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(z.object({ index: z.number().int(), message: z.object({ role: z.literal('assistant'), content: z.string() }), finish_reason: z.string() })),
    usage: z.object({ prompt_tokens: z.number().int(), completion_tokens: z.number().int(), total_tokens: z.number().int() }),
  })
  .openapi('ChatCompletion')

const JsonRpcSchema = z
  .looseObject({ jsonrpc: z.literal('2.0'), id: z.union([z.string(), z.number()]).optional(), method: z.string().optional() })
  .openapi('JsonRpcMessage', { example: { jsonrpc: '2.0', id: 1, method: 'tools/list' } })

const unauthorized = problemResponse('Signature or secret token missing, stale or wrong')
const unconfigured = problemResponse('The secret this door needs is not configured')
const notAllowed = (allow: string) => problemResponse(`Method not allowed; use ${allow}`)

const openAi = (registry: OpenAPIHono['openAPIRegistry']) => {
  const auth = 'Needs `Authorization: Bearer <OPENAI_API_KEY>` when that secret is set. Errors use OpenAI\'s `{ error }` shape.'
  registry.registerPath({
    method: 'post', path: '/v1/chat/completions', tags, summary: 'OpenAI-compatible chat completion',
    description: `The last user message, completed from earlier user turns when it is a follow-up, is asked to the engine. ${auth}`,
    request: { body: { required: true, content: { 'application/json': { schema: ChatCompletionRequestSchema } } } },
    responses: {
      200: {
        description: 'A chat completion; with `stream: true`, a text/event-stream of chat.completion.chunk events ending in `data: [DONE]`',
        content: { 'application/json': { schema: ChatCompletionSchema }, 'text/event-stream': { schema: z.string() } },
      },
      400: openAiError('Invalid JSON, request or question'), 401: openAiError('Missing or wrong API key'), 413: openAiError('Body over 256 KiB'),
    },
  })
  for (const method of ['get', 'put', 'patch', 'delete'] as const) {
    registry.registerPath({ method, path: '/v1/chat/completions', tags, summary: 'Not allowed (use POST)', responses: { 405: openAiError('Use POST') } })
  }
  registry.registerPath({
    method: 'get', path: '/v1/models', tags, summary: 'OpenAI-compatible model list (one model, OPENAI_MODEL_ID)', description: auth,
    responses: { 200: json('The model list', z.object({ object: z.literal('list'), data: z.array(ModelSchema) })), 401: openAiError('Missing or wrong API key') },
  })
  registry.registerPath({
    method: 'get', path: '/v1/models/{id}', tags, summary: 'The served model', description: auth,
    request: { params: z.object({ id: z.string().openapi({ example: 'article-qa' }) }) },
    responses: { 200: json('The model', ModelSchema), 401: openAiError('Missing or wrong API key'), 404: openAiError('Another model id') },
  })
}

const mcp = (registry: OpenAPIHono['openAPIRegistry']) => {
  registry.registerPath({
    method: 'post', path: '/mcp', tags, summary: 'Model Context Protocol (Streamable HTTP, stateless)',
    description: 'Tools: ask, summarize, search, list_documents. Resources: article://{id}. Send `Accept: application/json, text/event-stream`.',
    request: { body: { required: true, content: { 'application/json': { schema: JsonRpcSchema } } } },
    responses: { 200: json('The JSON-RPC response', JsonRpcSchema), 202: { description: 'A notification was accepted' }, 413: problemResponse('Body over 64 KiB') },
  })
  for (const method of ['get', 'delete'] as const) {
    registry.registerPath({ method, path: '/mcp', tags, summary: 'Not allowed: the server is stateless (use POST)', responses: { 405: notAllowed('POST') } })
  }
}

const webhooks = (registry: OpenAPIHono['openAPIRegistry']) => {
  registry.registerPath({
    method: 'post', path: '/integrations/slack', tags, summary: 'Slack slash command',
    description: 'Verified with X-Slack-Signature (HMAC-SHA256 of `v0:timestamp:body` with SLACK_SIGNING_SECRET); timestamps over 5 minutes old are rejected. The reply\'s response_type comes from SLACK_RESPONSE_TYPE.',
    request: { body: { required: true, content: { 'application/x-www-form-urlencoded': { schema: z.object({ command: z.string(), text: z.string() }).openapi({ example: { command: '/ask', text: 'How many rounds was Ukraine firing daily?' } }) } } } },
    responses: { 200: json('A Block Kit message', z.object({ response_type: z.string(), text: z.string(), blocks: z.array(z.unknown()).optional() })), 401: unauthorized, 413: problemResponse('Body over 16 KiB'), 503: unconfigured },
  })
  registry.registerPath({
    method: 'post', path: '/integrations/discord', tags, summary: 'Discord interactions endpoint',
    description: 'Verified with X-Signature-Ed25519 over X-Signature-Timestamp + body (DISCORD_PUBLIC_KEY). PING answers `{"type":1}`; the ask command answers type 4 with at most 2,000 characters.',
    request: { body: { required: true, content: { 'application/json': { schema: InteractionSchema.openapi({ example: { type: 1 } }) } } } },
    responses: { 200: json('An interaction response', z.object({ type: z.number().int(), data: z.object({ content: z.string() }).optional() })), 400: problemResponse('Invalid JSON'), 401: unauthorized, 413: problemResponse('Body over 64 KiB'), 503: unconfigured },
  })
  registry.registerPath({
    method: 'post', path: '/integrations/telegram', tags, summary: 'Telegram bot webhook',
    description: 'X-Telegram-Bot-Api-Secret-Token must equal TELEGRAM_WEBHOOK_SECRET. A text message gets a sendMessage call (at most 4,096 characters) in the response body; other updates get an empty 200.',
    request: { body: { required: true, content: { 'application/json': { schema: UpdateSchema.openapi({ example: { update_id: 1, message: { message_id: 1, chat: { id: 42 }, text: 'How many rounds was Ukraine firing daily?' } } }) } } } },
    responses: { 200: json('A sendMessage call, or an empty body', z.object({ method: z.literal('sendMessage'), chat_id: z.union([z.number(), z.string()]), text: z.string() })), 400: problemResponse('Invalid JSON'), 401: unauthorized, 413: problemResponse('Body over 64 KiB'), 503: unconfigured },
  })
}

/**
 * Registers the chat doors' paths in an app's OpenAPI registry.
 *
 * @example
 * ```ts
 * registerChatDoors(app.openAPIRegistry)
 * ```
 */
export function registerChatDoors(registry: OpenAPIHono['openAPIRegistry']): void {
  openAi(registry)
  mcp(registry)
  webhooks(registry)
}
