/**
 * @module
 * Placeholder: the squad evaluation is not written yet.
 */

/** Runs the squad evaluation and prints its figures. */
export async function runSquadEval(_path: string, _options: { json: boolean }): Promise<void> {
  throw new Error('the squad evaluation is not implemented yet')
}
