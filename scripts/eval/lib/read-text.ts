/**
 * Reads data files whose encoding is not declared reliably (CleanEval pages
 * are a mix of UTF-8, ISO-8859-1 and Windows-1252).
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';

/**
 * Decodes bytes as UTF-8 when they are valid UTF-8, otherwise as
 * Windows-1252 (the superset of ISO-8859-1 that browsers use for it). A
 * leading byte-order mark is dropped.
 *
 * @param bytes - File contents.
 * @returns The text.
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0x93, 0x68, 0x69, 0x94])); //=> '“hi”'
 * ```
 */
export function decodeBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/**
 * Reads a text file with {@link decodeBytes}.
 *
 * @param path - File path.
 * @returns The decoded text.
 */
export function readTextFile(path: string): string {
  return decodeBytes(readFileSync(path));
}
