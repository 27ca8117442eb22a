/**
 * Cheap checks of how a line ends, standing for the end of a pattern
 * (`/\)\.?$/`, `/[.!?]$/`): a regular expression anchored only at the end is
 * tried at every position of the line, these look at its last characters.
 *
 * @packageDocumentation
 */

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

/** Whether the last character of `text` is one of `chars` (the end of `/[...]$/`). @internal */
export function endsWithAny(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text[text.length - 1]!);
}
