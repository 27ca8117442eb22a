/**
 * Spelling comparisons shared by the rules: edit distance, name variants,
 * apostrophe look-alikes.
 *
 * @packageDocumentation
 */

import { SPELLING_VARIANT } from '../tuning.js';

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Names that differ only in spelling or transliteration (`Kadhafi`/`Kadafi`, `Yonhap`/`Yonhap's`). */
export function spellingVariant(a: string, b: string): boolean {
  const x = a.replace(/[^a-z]/g, '');
  const y = b.replace(/[^a-z]/g, '');
  if (x === '' || y === '' || x[0] !== y[0]) return false;
  if (x.length > SPELLING_VARIANT.maxLetters || y.length > SPELLING_VARIANT.maxLetters) return false;
  return levenshtein(x, y) / Math.max(x.length, y.length) <= SPELLING_VARIANT.maxEditShare;
}

/** The text with apostrophe look-alikes (curly, modifier letter, backtick, acute accent) made straight. */
export function straightApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
}
