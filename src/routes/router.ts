/**
 * @module
 * A router factory whose validation failures become problem documents.
 */
import { OpenAPIHono, type Hook } from '@hono/zod-openapi'
import type { AppEnv } from '../app-env'
import { problem } from '../problem'

interface Issue {
  path: PropertyKey[]
  message: string
}

/** Turns zod issues into a one-line detail plus a structured `errors` list. */
export function describeIssues(issues: readonly Issue[]): { detail: string; errors: { path: string; message: string }[] } {
  const errors = issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }))
  return { detail: errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors }
}

/** Zod validation hook: a failed check answers 400 problem+json naming each bad field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const validationHook: Hook<any, AppEnv, any, any> = (result, c) => {
  if (!result.success) {
    const { detail, errors } = describeIssues(result.error.issues)
    return problem(c, 400, detail, { errors })
  }
}

/**
 * A sub-router for a group of routes, sharing the validation hook.
 *
 * @example
 * ```ts
 * export const healthRoutes = createRouter().openapi(route, (c) => c.json({ status: 'ok' }))
 * ```
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
}
