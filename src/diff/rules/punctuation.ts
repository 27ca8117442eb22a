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
      id: 'number:sign-or-currency',
      test: (c) => {
        const a = signedNumber(c.a, c.op.a0, c.op.a1);
        const b = signedNumber(c.b, c.op.b0, c.op.b1);
        if (a === undefined || b === undefined) return undefined;
        // `$200 million` / `200 million USD`: the same amount, its currency written another way (a sign is never so).
        const signed = hasSign(c.a, c.op.a0, c.op.a1) || hasSign(c.b, c.op.b0, c.op.b1);
        const ka = expressionKey(c.a, c.op.a1);
        if (!signed && ka !== undefined && ka === expressionKey(c.b, c.op.b1)) return undefined;
        return { type: 'number', severity: 'substantive', a, b, detail: 'sign or currency' };
      },
    },
    {
      id: 'punctuation:changed',
      test: (c) => ({ type: 'punctuation', severity: 'trivial', a: c.spanA, b: c.spanB, detail: 'punctuation' }),
    },
  ],
});

/** Whether a token of `[i0, i1)` is a plus or minus sign. */
function hasSign(side: AnalyzedText, i0: number, i1: number): boolean {
  for (let i = i0; i < i1; i++) if (SIGN_RE.test(side.tokens[i]!.text)) return true;
  return false;
}

/** The key of the number expression holding token `i` (value, scale and currency), if any. */
function expressionKey(side: AnalyzedText, i: number): string | undefined {
  const e = side.numberAt[i] ?? -1;
  return e >= 0 ? side.numbers[e]!.key : undefined;
}

/** A plus or minus sign. */
const SIGN_RE = /^[-+\u2212\u00b1]$/;
/** A currency symbol. */
const CURRENCY_RE = /^\p{Sc}$/u;

/**
 * When the operation's tokens `[i0, i1)` on this side are signs or currency
 * symbols glued to the number right after them (or none, the number standing
 * alone there): the span from the symbols to the end of that number;
 * `undefined` when the operation is anything else (`$5` / `£5`, `5` / `-5`,
 * `+0.5` / `-0.5` are a changed number; `A - B` is punctuation).
 */
function signedNumber(side: AnalyzedText, i0: number, i1: number): TextSpan | undefined {
  const { tokens } = side;
  const number = tokens[i1];
  if (number === undefined || number.kind !== 'number') return undefined;
  for (let i = i0; i < i1; i++) {
    // Signs and currency symbols: what a number is written with that changes its value (`-5`, `£5`).
    const text = tokens[i]!.text;
    if (!SIGN_RE.test(text) && !CURRENCY_RE.test(text)) return undefined;
    if (tokens[i]!.end !== (tokens[i + 1] ?? number).start) return undefined;
  }
  const e = side.numberAt[i1]!;
  const end = e >= 0 ? side.numbers[e]!.end : i1 + 1;
  return tokenSpan(side, i0, Math.max(end, i1 + 1)) ?? undefined;
}

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
