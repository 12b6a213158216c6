/**
 * @module
 * Schemas of `/documents`, `/summary` and `/health`.
 */
import { z } from '@hono/zod-openapi'
import { LIMITS } from '../../engine/engine'

/** A document in the listing. */
export const DocumentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string().optional(),
    source: z.string().optional(),
    url: z.string().optional(),
    passages: z.number().int(),
  })
  .openapi('DocumentSummary')

/** A document with its passages. */
export const DocumentDetailSchema = DocumentSummarySchema.extend({
  paragraphs: z.array(z.object({ paragraph: z.number().int(), heading: z.string().optional(), text: z.string() })),
}).openapi('Document')

/** `/documents/{id}` path parameters. */
export const DocumentParamsSchema = z.object({
  id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' }, example: 'nato-ammunition-2023-09-28' }),
})

/** `GET /summary` query parameters. */
export const SummaryQuerySchema = z.object({
  doc: z.string().min(1).optional().openapi({ description: 'Document id; required when there are several documents.' }),
  sentences: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .pipe(z.number().int().min(1, `must be between 1 and ${LIMITS.maxSentences}`).max(LIMITS.maxSentences, `must be between 1 and ${LIMITS.maxSentences}`))
    .optional()
    .openapi({ type: 'integer', minimum: 1, maximum: LIMITS.maxSentences, description: `Key sentences (default ${LIMITS.defaultSentences}).` }),
})

/** The `/summary` response. */
export const SummaryResponseSchema = z
  .object({
    documentId: z.string(),
    title: z.string(),
    date: z.string().optional(),
    summary: z.string(),
    sentences: z.array(z.object({ text: z.string(), documentId: z.string(), paragraph: z.number().int(), start: z.number().int(), end: z.number().int() })),
    facts: z.record(z.string(), z.unknown()),
  })
  .openapi('Summary')

/** The `/health` response. */
export const HealthSchema = z
  .object({ status: z.literal('ok'), documents: z.number().int(), passages: z.number().int() })
  .openapi('Health')
