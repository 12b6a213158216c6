/**
 * @module
 * `POST /integrations/telegram`: the bot's webhook. `X-Telegram-Bot-Api-Secret-Token` must equal
 * `TELEGRAM_WEBHOOK_SECRET`; a text message is answered in the webhook reply itself.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { limitBody } from '../../middleware/json-body'
import { problem } from '../../problem'
import { askChat, questionProblem } from '../ask-chat'
import { answerText } from '../format-answer'
import { readSecret, sameSecret, secretMissing } from '../secrets'
import { readUpdate, sendMessage, TELEGRAM_MAX_TEXT, TELEGRAM_USAGE, UpdateSchema } from './update'

/**
 * Largest update accepted.
 *
 * @example
 * ```ts
 * telegramRoutes.post('/integrations/telegram', limitBody(MAX_TELEGRAM_BODY_BYTES), handler)
 * ```
 */
export const MAX_TELEGRAM_BODY_BYTES = 64 * 1024

/**
 * The Telegram route.
 *
 * @example
 * ```ts
 * app.route('/', telegramRoutes)
 * ```
 */
export const telegramRoutes = new Hono<AppEnv>()

telegramRoutes.post('/integrations/telegram', limitBody(MAX_TELEGRAM_BODY_BYTES), async (c) => {
  const secret = readSecret(c, 'TELEGRAM_WEBHOOK_SECRET')
  if (!secret) return secretMissing(c, 'TELEGRAM_WEBHOOK_SECRET')
  const given = c.req.header('x-telegram-bot-api-secret-token')
  if (!given || !sameSecret(given, secret)) return problem(c, 401, 'X-Telegram-Bot-Api-Secret-Token is missing or wrong.')

  let json: unknown
  try {
    json = JSON.parse(await c.req.text())
  } catch {
    return problem(c, 400, 'The request body is not valid JSON.')
  }
  const parsed = UpdateSchema.safeParse(json)
  // Telegram retries an update until it gets a 2xx, so updates this bot ignores still get 200.
  const action = parsed.success ? readUpdate(parsed.data) : { kind: 'ignore' as const }
  if (action.kind === 'ignore') return c.body(null, 200)
  if (action.kind === 'usage') return c.json(sendMessage(action.chatId, TELEGRAM_USAGE))
  const invalid = questionProblem(action.question)
  if (invalid) return c.json(sendMessage(action.chatId, invalid))
  const { formatted } = askChat(c.get('engine'), [action.question])
  return c.json(sendMessage(action.chatId, answerText(formatted, TELEGRAM_MAX_TEXT)))
})
