/**
 * @module
 * Secrets for the chat doors: read one from the bindings, answer 503 when it is missing (a door
 * never accepts unsigned requests), and compare values in constant time.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { problem } from '../problem'

/** The secrets the chat doors read; each is documented in `.dev.vars.example`. */
export type SecretName = 'OPENAI_API_KEY' | 'SLACK_SIGNING_SECRET' | 'DISCORD_PUBLIC_KEY' | 'TELEGRAM_WEBHOOK_SECRET'

/**
 * A secret's value, or undefined when it is unset or blank.
 *
 * @example
 * ```ts
 * const key = readSecret(c, 'OPENAI_API_KEY')
 * ```
 */
export function readSecret(c: Context<AppEnv>, name: SecretName): string | undefined {
  const value = (c.env as Partial<Record<SecretName, unknown>> | undefined)?.[name]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/**
 * The 503 a door answers when its secret is not configured.
 *
 * @example
 * ```ts
 * if (!secret) return secretMissing(c, 'SLACK_SIGNING_SECRET')
 * ```
 */
export function secretMissing(c: Context, name: SecretName): Response {
  return problem(c, 503, `This door is not configured: set the ${name} secret (wrangler secret put ${name}, or .dev.vars locally).`)
}

/**
 * Compares two byte strings in time that depends only on their lengths, not on where they differ.
 *
 * @example
 * ```ts
 * constantTimeEqual(new TextEncoder().encode('a'), new TextEncoder().encode('a')) // true
 * ```
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const length = Math.max(a.length, b.length)
  let diff = a.length ^ b.length
  for (let i = 0; i < length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

/**
 * Constant-time equality of two strings (compared as UTF-8).
 *
 * @example
 * ```ts
 * sameSecret(header ?? '', secret)
 * ```
 */
export function sameSecret(given: string, expected: string): boolean {
  const encoder = new TextEncoder()
  return constantTimeEqual(encoder.encode(given), encoder.encode(expected))
}
