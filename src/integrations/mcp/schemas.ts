/**
 * @module
 * Input and output schemas of the MCP tools. Outputs are loose objects: the engine may add
 * fields (links, spans) without breaking clients that validate `structuredContent`.
 */
import { z } from 'zod'
import { LIMITS } from '../../engine/engine'

const doc = z.string().min(1).max(200).optional().describe('Limit to this document id (see list_documents).')
const k = z.number().int().min(1).max(LIMITS.maxK).optional().describe(`How many passages (1–${LIMITS.maxK}, default ${LIMITS.defaultK}).`)

/**
 * `ask` input.
 *
 * @example
 * ```ts
 * server.registerTool('ask', { inputSchema: askInput, outputSchema: askOutput }, handler)
 * ```
 */
export const askInput = {
  question: z.string().trim().min(1).max(LIMITS.questionLength).describe('A question about the articles.'),
  doc,
  k,
}

/**
 * `search` input.
 *
 * @example
 * ```ts
 * server.registerTool('search', { inputSchema: searchInput }, handler)
 * ```
 */
export const searchInput = {
  query: z.string().trim().min(1).max(LIMITS.questionLength).describe('Words to search the article passages for.'),
  doc,
  k,
}

/**
 * `summarize` input.
 *
 * @example
 * ```ts
 * server.registerTool('summarize', { inputSchema: summarizeInput }, handler)
 * ```
 */
export const summarizeInput = {
  doc,
  sentences: z.number().int().min(1).max(LIMITS.maxSentences).optional().describe(`How many key sentences (1–${LIMITS.maxSentences}).`),
  q: z.string().trim().min(1).max(LIMITS.questionLength).optional().describe('A question to answer first; the reply then also holds its answer.'),
}

const passage = z.looseObject({
  rank: z.number(), documentId: z.string(), paragraph: z.number(), score: z.number(), text: z.string(), heading: z.string().optional(),
})

/**
 * `ask` output: the same object as `/ask`.
 *
 * @example
 * ```ts
 * server.registerTool('ask', { inputSchema: askInput, outputSchema: askOutput }, handler)
 * ```
 */
export const askOutput = {
  question: z.string(),
  answer: z.looseObject({ text: z.string(), sentence: z.string(), documentId: z.string(), paragraph: z.number(), confidence: z.number() }).nullable(),
  abstention: z.looseObject({ abstained: z.literal(true), code: z.string(), reason: z.string() }).optional(),
  passages: z.array(passage),
  summary: z.string(),
}
