/**
 * @module
 * Errors the engine raises for bad requests; doors map them to 404 and 400.
 */

/**
 * A document id that the corpus does not hold.
 *
 * @example
 * ```ts
 * throw new UnknownDocumentError('nope', ['nato-ammunition-2023-09-28'])
 * ```
 */
export class UnknownDocumentError extends Error {
  constructor(
    readonly documentId: string,
    readonly known: string[],
  ) {
    super(`No document has the id "${documentId}". Known ids: ${known.join(', ') || '(none)'}.`)
    this.name = 'UnknownDocumentError'
  }
}

/**
 * An operation on one document, asked without `doc` when there are several.
 *
 * @example
 * ```ts
 * throw new DocumentRequiredError(['a', 'b'])
 * ```
 */
export class DocumentRequiredError extends Error {
  constructor(readonly known: string[]) {
    super(`There are ${known.length} documents; name one with doc. Known ids: ${known.join(', ')}.`)
    this.name = 'DocumentRequiredError'
  }
}
