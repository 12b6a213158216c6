/**
 * @module
 * Schemas of `/ask`: they validate requests and document the API (OpenAPI).
 */
import { z } from '@hono/zod-openapi'
import { LIMITS } from '../../engine/engine'
import { ABSTENTION_CODES } from '../../engine/results'

const question = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'must not be blank')
  .max(LIMITS.questionLength, `must be at most ${LIMITS.questionLength} characters`)

const doc = z.string().min(1).max(200).optional().openapi({ description: 'Limit the search to this document id.', example: 'nato-ammunition-2023-09-28' })

const kRange = z
  .number({ error: 'must be an integer' })
  .int('must be an integer')
  .min(1, `must be between 1 and ${LIMITS.maxK}`)
  .max(LIMITS.maxK, `must be between 1 and ${LIMITS.maxK}`)

const k = kRange
  .optional()
  .openapi({ description: `How many passages to return (1–${LIMITS.maxK}, default ${LIMITS.defaultK}).`, example: 3 })

/** `GET /ask` query parameters. */
export const AskQuerySchema = z.object({
  q: question.openapi({ description: `The question (1–${LIMITS.questionLength} characters).`, example: 'How many rounds was Ukraine firing daily?' }),
  doc,
  // Query strings are text: accept only plain integers, then check the range.
  k: z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .pipe(kRange)
    .optional()
    .openapi({ type: 'integer', minimum: 1, maximum: LIMITS.maxK, description: `How many passages to return (default ${LIMITS.defaultK}).` }),
})

/** `POST /ask` JSON body. */
export const AskBodySchema = z
  .object({
    question: question.openapi({ example: 'How many rounds was Ukraine firing daily?' }),
    doc,
    k,
  })
  .openapi('AskRequest')

const sourceLinkSchema = z.string().optional().openapi({
  description: 'Deep link to the source: its url with a text fragment (#:~:text=…), or /documents/{id}#p{paragraph}.',
  example: '/documents/nato-ammunition-2023-09-28#p4',
})

/** A ranked passage. */
export const PassageHitSchema = z
  .object({
    rank: z.number().int(),
    documentId: z.string(),
    paragraph: z.number().int().openapi({ description: '0-based index of the passage in its document.' }),
    score: z.number(),
    heading: z.string().optional().openapi({ description: 'The subheading above the passage.' }),
    text: z.string(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])).openapi({ description: 'Offsets of matched query terms in text.' }),
    link: sourceLinkSchema,
  })
  .openapi('Passage')

/** The extracted answer. */
export const AnswerSchema = z
  .object({
    text: z.string().openapi({ description: 'The shortest span that answers.' }),
    sentence: z.string().openapi({ description: 'The whole sentence that contains text.' }),
    documentId: z.string(),
    paragraph: z.number().int(),
    start: z.number().int().openapi({ description: 'Offset of text in the passage.' }),
    end: z.number().int(),
    sentenceStart: z.number().int(),
    sentenceEnd: z.number().int(),
    confidence: z.number().min(0).max(1),
    type: z.string().openapi({ description: 'The answer type the question expects (person, date, number, …).' }),
    normalized: z.string().optional().openapi({ description: 'ISO date (a range as an ISO interval, "1562/1598"), plain number or amount and currency, where it applies.' }),
    spanType: z.string().optional(),
    link: sourceLinkSchema,
  })
  .openapi('Answer')

/** The sentence the engine weighed but would not answer from. */
export const ClosestSentenceSchema = z
  .object({
    sentence: z.string(),
    documentId: z.string(),
    paragraph: z.number().int(),
    sentenceStart: z.number().int().openapi({ description: 'Offset of sentence in the passage.' }),
    sentenceEnd: z.number().int(),
    link: sourceLinkSchema,
  })
  .openapi('ClosestSentence', {
    description: 'The sentence the engine came closest to answering from, for the reader to judge; absent when the question names something no passage mentions or nothing matches.',
  })

/** Why there is no answer. */
export const AbstentionSchema = z
  .object({
    abstained: z.literal(true),
    code: z.string().openapi({ description: `Machine-readable reason, one of: ${ABSTENTION_CODES.join(', ')}.`, example: 'missing-terms' }),
    reason: z.string().openapi({ example: "no passage mentions '2022 World Cup'" }),
    closest: ClosestSentenceSchema.optional(),
  })
  .openapi('Abstention')

/** The `/ask` response. */
export const AskResponseSchema = z
  .object({
    question: z.string(),
    answer: AnswerSchema.nullable(),
    abstention: AbstentionSchema.optional(),
    passages: z.array(PassageHitSchema),
    summary: z.string(),
  })
  .openapi('AskResponse')
