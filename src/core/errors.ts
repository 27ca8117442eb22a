/**
 * Stable codes of {@link CopydeskError}. They never change meaning between
 * versions; match on them instead of on messages.
 *
 * - `ERR_INVALID_INPUT`: an argument has the wrong type or shape (a text
 *   that is not a string, a hole or `null` in a list of sources, an Article
 *   missing a field, an id that is not a non-empty string).
 * - `ERR_INVALID_OPTION`: an option is unknown (a typo), of the wrong type or
 *   out of range, or thresholds are out of order; also a user `similarity` or
 *   `embed` function that returns something other than scores in [0, 1] or
 *   vectors of one length. Options are checked before any work, whatever
 *   the data.
 * - `ERR_INPUT_TOO_LARGE`: a text is above the configured size limit.
 * - `ERR_DUPLICATE_ID`: two sources were given the same id.
 * - `ERR_TOO_FEW_SOURCES`: an operation needs more sources than it was given.
 * - `ERR_CALLBACK_FAILED`: a function you passed (`similarity`, `embed`)
 *   threw or its promise rejected; the original error is the `cause`.
 *
 * The README has the same table with how to fix each.
 */
export type CopydeskErrorCode =
  | 'ERR_INVALID_INPUT'
  | 'ERR_INVALID_OPTION'
  | 'ERR_INPUT_TOO_LARGE'
  | 'ERR_DUPLICATE_ID'
  | 'ERR_TOO_FEW_SOURCES'
  | 'ERR_CALLBACK_FAILED';

/**
 * The one error class copydesk throws, only for programmer errors (bad
 * arguments, bad options, inputs above the size limit) and for failures of
 * functions you pass in (`cause` holds their error). Problems in the data
 * are reported as diagnostics on the result instead.
 *
 * @example
 * ```ts
 * try {
 *   normalizeArticle(42 as unknown as string);
 * } catch (error) {
 *   if (isCopydeskError(error)) console.log(error.code); //=> 'ERR_INVALID_INPUT'
 * }
 * ```
 */
export class CopydeskError extends Error {
  /** Stable machine-readable code. */
  readonly code: CopydeskErrorCode;

  /**
   * @param code - Stable code of the error.
   * @param message - What was wrong and how to fix it.
   * @param options - Standard error options; `cause` keeps the underlying error.
   */
  constructor(code: CopydeskErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CopydeskError';
    this.code = code;
  }
}

/**
 * Tells whether a value is a {@link CopydeskError}, also across module
 * copies (ESM and CJS builds loaded side by side).
 *
 * @param value - Anything caught.
 * @returns `true` when `value` is a copydesk error.
 */
export function isCopydeskError(value: unknown): value is CopydeskError {
  return (
    value instanceof CopydeskError ||
    (value instanceof Error && value.name === 'CopydeskError' && typeof (value as { code?: unknown }).code === 'string')
  );
}
