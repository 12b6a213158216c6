/**
 * @module
 * Placeholder: the seed evaluation is not written yet.
 */

/** Runs the seed evaluation and prints its figures. */
export async function runSeedEval(_options: { json: boolean }): Promise<void> {
  throw new Error('the seed evaluation is not implemented yet')
}
