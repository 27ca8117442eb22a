/**
 * Steps for operations that change no word: punctuation, a period after an
 * abbreviation, an apostrophe. Each types the whole operation.
 *
 * @packageDocumentation
 */

import type { TextSpan } from '../../core/types.js';
import type { AnalyzedText } from '../expressions.js';
import { DOTTED_WORD_MAX_LETTERS } from '../tuning.js';
import { type ChangedOp, defineStep } from './rule.js';
import { straightApostrophes } from './spelling.js';
import { anyWordish, tokenSpan } from './tokens.js';

/** A short capitalized word (`Dr`, `N`, `Gen`). */
const SHORT_CAPITALIZED = new RegExp(`^\\p{Lu}\\p{L}{0,${DOTTED_WORD_MAX_LETTERS - 1}}$`, 'u');

/**
 * `Dr.` / `Dr`, `N.` / `N`: the op is a lone period on one side, glued to a
 * short capitalized word that the other side has without it. Returns the
 * spans (word with and without the period), `a` side first.
 */
function abbreviationDot(
  dotted: AnalyzedText,
  d0: number,
  d1: number,
  plain: AnalyzedText,
  p0: number,
  swapped = false,
): [TextSpan, TextSpan] | undefined {
  if (d1 - d0 !== 1 || dotted.tokens[d0]!.norm !== '.' || d0 === 0 || p0 === 0) return undefined;
  const word = dotted.tokens[d0 - 1]!;
  const other = plain.tokens[p0 - 1]!;
  if (word.kind !== 'word' || !SHORT_CAPITALIZED.test(word.text) || word.end !== dotted.tokens[d0]!.start)
    return undefined;
  if (other.text !== word.text) return undefined;
  const withDot = tokenSpan(dotted, d0 - 1, d0 + 1)!;
  const without = tokenSpan(plain, p0 - 1, p0)!;
  return swapped ? [without, withDot] : [withDot, without];
}

/** An operation with no word or number on either side: punctuation only. */
export const PUNCTUATION_ONLY = defineStep<ChangedOp>({
  id: 'punctuation',
  read: (c) => (anyWordish(c.a.tokens, c.op.a0, c.op.a1) || anyWordish(c.b.tokens, c.op.b0, c.op.b1) ? undefined : c),
  final: true,
  rules: [
    {
      id: 'abbreviation:period',
      test: (c) => {
        const { a, b, op } = c;
        const dotted = abbreviationDot(a, op.a0, op.a1, b, op.b0) ?? abbreviationDot(b, op.b0, op.b1, a, op.a0, true);
        return (
          dotted && { type: 'abbreviation', severity: 'trivial', a: dotted[0], b: dotted[1], detail: 'abbreviation' }
        );
      },
    },
    {
      id: 'punctuation:changed',
      test: (c) => ({ type: 'punctuation', severity: 'trivial', a: c.spanA, b: c.spanB, detail: 'punctuation' }),
    },
  ],
});

/** `haven't` / `havent`, `company's` / `companys`: only an apostrophe differs. */
export const APOSTROPHE = defineStep<ChangedOp>({
  id: 'apostrophe',
  read: (c) => {
    const { spanA, spanB } = c;
    if (c.op.kind !== 'replace' || spanA === null || spanB === null || spanA.text === spanB.text) return undefined;
    const bare = (s: string): string => straightApostrophes(s).replaceAll("'", '');
    return bare(spanA.text) === bare(spanB.text) ? c : undefined;
  },
  final: true,
  rules: [
    {
      id: 'punctuation:apostrophe',
      test: (c) => ({ type: 'punctuation', severity: 'trivial', a: c.spanA, b: c.spanB, detail: 'apostrophe' }),
    },
  ],
});
