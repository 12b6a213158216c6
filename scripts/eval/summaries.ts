/**
 * @module
 * Placeholder: the summaries evaluation is not written yet.
 */

/** Runs the summaries evaluation and prints its figures. */
export async function runSummaryEval(_path: string, _options: { json: boolean }): Promise<void> {
  throw new Error('the summaries evaluation is not implemented yet')
}
