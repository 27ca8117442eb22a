/**
 * Freezing of the default tables the library exports, so that a caller who
 * extends one (`[...DEFAULT_AGENCIES, mine]`) cannot change it for everyone.
 *
 * @packageDocumentation
 */

/**
 * Freezes a table: the array, each row and the arrays a row holds (a row's
 * `RegExp` is left as it is: matching writes its `lastIndex`).
 *
 * @internal
 */
export function freezeTable<Row extends object>(rows: Row[]): readonly Row[] {
  for (const row of rows) {
    for (const value of Object.values(row)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(row);
  }
  return Object.freeze(rows);
}
