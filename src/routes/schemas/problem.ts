/**
 * @module
 * The problem+json schema and the error responses every route documents.
 */
import { z } from '@hono/zod-openapi'
import { PROBLEM_CONTENT_TYPE } from '../../problem'

/** RFC 9457 problem details. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Bad Request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: 'q: must not be blank' }),
    instance: z.string().optional().openapi({ example: '/ask' }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    documents: z.array(z.string()).optional().openapi({ description: 'Known document ids, when a doc was missing or unknown.' }),
  })
  .openapi('Problem')

/**
 * An OpenAPI response entry for a problem status.
 *
 * @example
 * ```ts
 * responses: { 400: problemResponse('Invalid question or k') }
 * ```
 */
export function problemResponse(description: string) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } }
}
