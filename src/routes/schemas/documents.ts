/**
 * @module
 * Schemas of `/documents` and `/health` (`/summary`'s are in summary.ts).
 */
import { z } from '@hono/zod-openapi'

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

/** The `/health` response. */
export const HealthSchema = z
  .object({ status: z.literal('ok'), documents: z.number().int(), passages: z.number().int() })
  .openapi('Health')
