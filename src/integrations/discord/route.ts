/**
 * @module
 * `POST /integrations/discord`: the interactions endpoint. The raw body is verified with
 * `DISCORD_PUBLIC_KEY` before it is parsed; a bad or missing signature answers 401.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { problem } from '../../problem'
import { limitBody } from '../../middleware/json-body'
import { askChat, questionProblem } from '../ask-chat'
import { answerText } from '../format-answer'
import { readSecret, secretMissing } from '../secrets'
import { DISCORD_MAX_CONTENT, InteractionSchema, messageResponse, readInteraction, ResponseType } from './interaction'
import { verifyDiscordRequest } from './verify'

/**
 * Largest interaction accepted: commands carry resolved users and channels.
 *
 * @example
 * ```ts
 * discordRoutes.post('/integrations/discord', limitBody(MAX_DISCORD_BODY_BYTES), handler)
 * ```
 */
export const MAX_DISCORD_BODY_BYTES = 64 * 1024

/**
 * The Discord route.
 *
 * @example
 * ```ts
 * app.route('/', discordRoutes)
 * ```
 */
export const discordRoutes = new Hono<AppEnv>()

discordRoutes.post('/integrations/discord', limitBody(MAX_DISCORD_BODY_BYTES), async (c) => {
  const key = readSecret(c, 'DISCORD_PUBLIC_KEY')
  if (!key) return secretMissing(c, 'DISCORD_PUBLIC_KEY')
  // Verify the bytes as received; only then decode and parse them.
  const raw = new Uint8Array(await c.req.arrayBuffer())
  let valid: boolean
  try {
    valid = await verifyDiscordRequest(key, c.req.header('x-signature-ed25519'), c.req.header('x-signature-timestamp'), raw)
  } catch {
    return problem(c, 503, 'DISCORD_PUBLIC_KEY is set but is not a 32-byte hex Ed25519 public key.')
  }
  if (!valid) return problem(c, 401, 'The request is not signed by Discord: X-Signature-Ed25519 does not verify.')

  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(raw))
  } catch {
    return problem(c, 400, 'The request body is not valid JSON.')
  }
  const parsed = InteractionSchema.safeParse(json)
  if (!parsed.success) return problem(c, 400, 'The body is not a Discord interaction (no numeric type).')
  const action = readInteraction(parsed.data)
  if (action.kind === 'pong') return c.json({ type: ResponseType.PONG })
  if (action.kind === 'unsupported') return c.json(messageResponse(action.message, true))
  const invalid = questionProblem(action.question)
  if (invalid) return c.json(messageResponse(invalid, true))
  const { formatted } = askChat(c.get('engine'), [action.question])
  return c.json(messageResponse(answerText(formatted, DISCORD_MAX_CONTENT)))
})
