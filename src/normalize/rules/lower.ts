/**
 * The lower-case form of a line, for cheap `includes` checks before a
 * case-insensitive regular expression: a line that does not hold the
 * pattern's word in lower case cannot match it (`/i` without `u` folds
 * ASCII letters only, and `toLowerCase` folds them the same way).
 *
 * @packageDocumentation
 */

let lastText = '';
let lastLower = '';

/**
 * `text.toLowerCase()`, remembered for the last text asked: the rules ask
 * about the same line several times in a row.
 *
 * @internal
 */
export function lowerOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/**
 * Whether `text` ends with `)` or `).` (and, with `spaces`, trailing white
 * space after them): the end of `/\)\.?$/` and `/\)\.?\s*$/`.
 *
 * @internal
 */
export function endsWithParen(text: string, spaces = false): boolean {
  let e = text.length;
  if (spaces) while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  if (e > 0 && text.charCodeAt(e - 1) === 0x2e) e--;
  return e > 0 && text.charCodeAt(e - 1) === 0x29;
}
