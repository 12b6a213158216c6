/**
 * @module
 * `POST /integrations/slack`: a slash command. The raw body is verified against
 * `SLACK_SIGNING_SECRET` before it is parsed; any failure answers 401.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { limitBody } from '../../middleware/json-body'
import { problem } from '../../problem'
import { askChat, questionProblem } from '../ask-chat'
import { readSecret, secretMissing } from '../secrets'
import { responseType, slackReply, slackUsage } from './reply'
import { verifySlackRequest } from './verify'

/**
 * The Slack route.
 *
 * @example
 * ```ts
 * app.route('/', slackRoutes)
 * ```
 */
export const slackRoutes = new Hono<AppEnv>()

slackRoutes.post('/integrations/slack', limitBody(), async (c) => {
  const secret = readSecret(c, 'SLACK_SIGNING_SECRET')
  if (!secret) return secretMissing(c, 'SLACK_SIGNING_SECRET')
  // Verify the bytes as received; only then decode and parse them.
  const raw = new Uint8Array(await c.req.arrayBuffer())
  const verdict = await verifySlackRequest(secret, {
    timestamp: c.req.header('x-slack-request-timestamp'), signature: c.req.header('x-slack-signature'), body: raw,
  }, Date.now() / 1000)
  if (!verdict.ok) return problem(c, 401, verdict.reason)

  const form = new URLSearchParams(new TextDecoder().decode(raw))
  // Slack checks the certificate of a new URL with a signed ssl_check post.
  if (form.get('ssl_check') === '1') return c.body(null, 200)
  const question = form.get('text') ?? ''
  const invalid = questionProblem(question)
  if (invalid) return c.json(question.trim() ? { response_type: 'ephemeral', text: invalid } : slackUsage(form.get('command') ?? ''))
  const { formatted } = askChat(c.get('engine'), [question])
  return c.json(slackReply(formatted, responseType(c.env?.SLACK_RESPONSE_TYPE)))
})
