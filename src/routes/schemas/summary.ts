/**
 * @module
 * Schemas of `GET /summary`: its query (budget, topic, format) and its JSON response.
 */
import { z } from '@hono/zod-openapi'
import { LIMITS } from '../../engine/engine'

/** Formats `/summary` renders; `json` is the structured result. */
export const SUMMARY_FORMATS = ['json', 'text', 'markdown', 'html'] as const

/** A summary format. */
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number]

const integerIn = (min: number, max: number, description: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be an integer between ${min} and ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`))
    .optional()
    .openapi({ type: 'integer', minimum: min, maximum: max, description })

/** `GET /summary` query parameters. */
export const SummaryQuerySchema = z.object({
  doc: z.string().min(1).optional().openapi({ description: 'Document id; required when there are several documents, unless q is set.' }),
  sentences: integerIn(1, LIMITS.maxSentences, `Key sentences at most (default ${LIMITS.defaultSentences}; ${LIMITS.maxSentences} when only words is set).`),
  words: integerIn(LIMITS.minWords, LIMITS.maxWords, 'Words at most; sentences are added best first while they fit (the best one always is).'),
  q: z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .max(LIMITS.questionLength, `must be at most ${LIMITS.questionLength} characters`)
    .optional()
    .openapi({ description: 'Topic: summarise what the document (or, without doc, every document) says about it.', example: 'ammunition production' }),
  format: z
    .enum(SUMMARY_FORMATS, { message: `must be one of ${SUMMARY_FORMATS.join(', ')}` })
    .optional()
    .openapi({ description: 'Response format; wins over the Accept header. Default json.' }),
})

const quote = z.object({ text: z.string(), paragraph: z.number().int(), start: z.number().int(), end: z.number().int() })

/** The facts of a summary, each with the sentence it came from. */
export const SummaryFactsSchema = z
  .object({
    people: z.array(z.object({ name: z.string(), role: z.string().optional(), mentions: z.number().int(), sentence: quote })),
    organizations: z.array(z.object({ name: z.string(), acronym: z.string().optional(), mentions: z.number().int(), sentence: quote })),
    places: z.array(z.object({ name: z.string(), mentions: z.number().int(), sentence: quote })),
    figures: z.array(
      z.object({
        text: z.string(), value: z.string().optional(), counts: z.string().optional(),
        kind: z.enum(['number', 'money', 'percent', 'duration']), sentence: quote,
      }),
    ),
    dates: z.array(z.object({ text: z.string(), value: z.string().optional(), relative: z.boolean(), sentence: quote })),
  })
  .openapi('SummaryFacts')

/** The `/summary` JSON response. */
export const SummaryResponseSchema = z
  .object({
    documentId: z.string().openapi({ description: 'The document, or * for a topic summary across every document.' }),
    title: z.string(),
    date: z.string().optional(),
    q: z.string().optional(),
    summary: z.string().openapi({ description: 'The summary template rendered as text.' }),
    sentences: z.array(z.object({ text: z.string(), documentId: z.string(), paragraph: z.number().int(), start: z.number().int(), end: z.number().int() })),
    facts: SummaryFactsSchema,
  })
  .openapi('Summary')
