/**
 * Strings that do not keep their source alive.
 *
 * @internal
 * @packageDocumentation
 */

/**
 * Shortest string V8 makes a slice of another string (a sliced string keeps
 * its whole parent alive); shorter ones are copies.
 */
const SLICED_MIN_LENGTH = 13;

/**
 * `text` as a string of its own: a key or value cut from an article with
 * `slice` is a view that keeps the whole article alive for as long as the
 * cache holds it. Concatenation and a slice give a flat copy of `text`
 * (plus one character) instead.
 *
 * @param text - Any string.
 * @returns The same characters, holding no reference to a larger string.
 * @internal
 */
export function detached(text: string): string {
  return text.length < SLICED_MIN_LENGTH ? text : ` ${text}`.slice(1);
}
