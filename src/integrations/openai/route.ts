/**
 * @module
 * The OpenAI-compatible door: `GET /v1/models` and `POST /v1/chat/completions` (plain or
 * streamed). The question is the last user message, completed from earlier user turns.
 */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../../app-env'
import { describeIssues } from '../../routes/router'
import { askChat, questionProblem } from '../ask-chat'
import { answerText } from '../format-answer'
import { readSecret, sameSecret } from '../secrets'
import { completionBody, completionChunks, estimateUsage, modelObject, sseBody } from './completion'
import { openAIError } from './errors'
import { ChatCompletionRequestSchema, messageText } from './schemas'

/**
 * Largest chat request accepted: chat clients resend the whole conversation.
 *
 * @example
 * ```ts
 * bodyLimit({ maxSize: MAX_CHAT_BODY_BYTES })
 * ```
 */
export const MAX_CHAT_BODY_BYTES = 256 * 1024

const modelId = (c: Context<AppEnv>) => c.env?.OPENAI_MODEL_ID?.trim() || 'article-qa'

/**
 * The OpenAI-compatible routes, under /v1.
 *
 * @example
 * ```ts
 * app.route('/', openAIRoutes)
 * ```
 */
export const openAIRoutes = new Hono<AppEnv>()

openAIRoutes.use('/v1/*', async function bearerKey(c, next) {
  const key = readSecret(c, 'OPENAI_API_KEY')
  if (!key) return next()
  const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim()
  if (!given) return openAIError(401, "You didn't provide an API key. Send it as Authorization: Bearer <key>.", { code: 'missing_api_key' })
  if (!sameSecret(given, key)) return openAIError(401, 'Incorrect API key provided.', { code: 'invalid_api_key' })
  return next()
})

openAIRoutes.get('/v1/models', (c) => c.json({ object: 'list', data: [modelObject(modelId(c))] }))

openAIRoutes.get('/v1/models/:id', (c) =>
  c.req.param('id') === modelId(c)
    ? c.json(modelObject(modelId(c)))
    : openAIError(404, `The model '${c.req.param('id').slice(0, 100)}' does not exist; this deployment serves '${modelId(c)}'.`, { param: 'model', code: 'model_not_found' }),
)

openAIRoutes.post(
  '/v1/chat/completions',
  bodyLimit({ maxSize: MAX_CHAT_BODY_BYTES, onError: () => openAIError(413, `The request body is larger than ${MAX_CHAT_BODY_BYTES} bytes.`) }),
  async (c) => {
    let json: unknown
    try {
      json = JSON.parse(await c.req.text())
    } catch {
      return openAIError(400, 'The request body is not valid JSON.')
    }
    const parsed = ChatCompletionRequestSchema.safeParse(json)
    if (!parsed.success) {
      const { detail, errors } = describeIssues(parsed.error.issues)
      return openAIError(400, `Invalid request: ${detail}`, { param: errors[0]?.path ?? null })
    }
    const request = parsed.data
    const turns = request.messages.filter((m) => m.role === 'user').map(messageText)
    const latest = turns.at(-1)
    if (latest === undefined) return openAIError(400, 'messages must include a user message: the question.', { param: 'messages' })
    const invalid = questionProblem(latest)
    if (invalid) return openAIError(400, invalid, { param: 'messages' })

    const { formatted } = askChat(c.get('engine'), turns)
    const content = answerText(formatted)
    const meta = { id: `chatcmpl-${crypto.randomUUID().replaceAll('-', '')}`, model: modelId(c), created: Math.floor(Date.now() / 1000) }
    const usage = estimateUsage(request.messages.map(messageText).join('\n'), content)
    if (!request.stream) return c.json(completionBody(meta, content, usage))
    const chunks = completionChunks(meta, content, usage, { includeUsage: request.stream_options?.include_usage === true })
    return new Response(sseBody(chunks), {
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
    })
  },
)

openAIRoutes.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/v1/chat/completions', (c) =>
  openAIError(405, `${c.req.method} is not allowed on /v1/chat/completions; use POST.`, { headers: { allow: 'POST' } }),
)

openAIRoutes.all('/v1/*', (c) => openAIError(404, `There is no route at ${new URL(c.req.url).pathname}.`, { code: 'not_found' }))
