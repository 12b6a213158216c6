/**
 * @module
 * Slack request signatures: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` keyed with
 * the app's signing secret, compared in constant time; stale timestamps are replays.
 */
import { bytesToHex, hexToBytes, joinBytes } from '../bytes'
import { constantTimeEqual } from '../secrets'

/**
 * Oldest request accepted, in seconds (Slack's recommendation).
 *
 * @example
 * ```ts
 * Math.abs(now - timestamp) > SLACK_MAX_AGE_SECONDS // a replay
 * ```
 */
export const SLACK_MAX_AGE_SECONDS = 5 * 60

/** What Slack sends and what the check needs. */
export interface SlackSignedRequest {
  /** `X-Slack-Request-Timestamp` (Unix seconds). */
  timestamp: string | undefined
  /** `X-Slack-Signature`. */
  signature: string | undefined
  /** The raw body, exactly as received (bytes, or text that encodes to them). */
  body: Uint8Array | string
}

/** The check's outcome; `reason` is safe to show (it never holds the secret). */
export type Verdict = { ok: true } | { ok: false; reason: string }

const encoder = new TextEncoder()

/**
 * Computes Slack's signature for a timestamp and body (what a test signs with).
 *
 * @example
 * ```ts
 * await slackSignature(secret, '1531420618', body) // "v0=a2114d57…"
 * ```
 */
export async function slackSignature(secret: string, timestamp: string, body: Uint8Array | string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, joinBytes(`v0:${timestamp}:`, body)))
  return `v0=${bytesToHex(mac)}`
}

/**
 * Verifies a Slack request. `now` is Unix seconds (a parameter, so tests can replay Slack's
 * published example).
 *
 * @example
 * ```ts
 * const verdict = await verifySlackRequest(secret, { timestamp, signature, body }, Date.now() / 1000)
 * ```
 */
export async function verifySlackRequest(secret: string, request: SlackSignedRequest, now: number): Promise<Verdict> {
  const { timestamp, signature, body } = request
  if (!timestamp || !signature) return { ok: false, reason: 'The X-Slack-Request-Timestamp and X-Slack-Signature headers are required.' }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'X-Slack-Request-Timestamp is not a Unix timestamp.' }
  if (Math.abs(now - Number(timestamp)) > SLACK_MAX_AGE_SECONDS) return { ok: false, reason: 'The request timestamp is more than five minutes away from now.' }
  const given = signature.startsWith('v0=') ? hexToBytes(signature.slice(3)) : undefined
  if (!given) return { ok: false, reason: 'X-Slack-Signature is not a v0 signature.' }
  const expected = hexToBytes((await slackSignature(secret, timestamp, body)).slice(3))!
  return constantTimeEqual(given, expected) ? { ok: true } : { ok: false, reason: 'The Slack signature does not match.' }
}
