/**
 * Pure helpers over the tokens of one side: spans, counts, the expressions
 * an operation touches, and the content words a rule compares.
 *
 * @packageDocumentation
 */

import { crudeStem, FUNCTION_WORDS } from '../../core/lexicon.js';
import type { TextSpan } from '../../core/types.js';
import type { Token } from '../../segment/tokenize.js';
import type { AnalyzedText, Expression } from '../expressions.js';
import { STEM_MIN_LENGTH } from '../tuning.js';
import { isAttribution, isHedge, negationAt } from './cues.js';

/** The text from token `i0` to token `i1 - 1`, or `null` for an empty range. */
export function tokenSpan(side: AnalyzedText, i0: number, i1: number): TextSpan | null {
  if (i1 <= i0) return null;
  const start = side.tokens[i0]!.start;
  const end = side.tokens[i1 - 1]!.end;
  return { text: side.text.slice(start, end), start, end };
}

/** Whether a token is a word or a number. */
export function isWordish(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

/** Whether any token of `[i0, i1)` is a word or a number. */
export function anyWordish(tokens: readonly Token[], i0: number, i1: number): boolean {
  for (let i = i0; i < i1; i++) if (isWordish(tokens[i]!)) return true;
  return false;
}

/** How many tokens of `[i0, i1)` are words or numbers. */
export function countWordish(tokens: readonly Token[], i0: number, i1: number): number {
  let n = 0;
  for (let i = i0; i < i1; i++) if (isWordish(tokens[i]!)) n++;
  return n;
}

/** Whether any token of `[i0, i1)` belongs to an expression. */
export function anyIn(at: readonly number[], i0: number, i1: number): boolean {
  for (let i = i0; i < i1; i++) if (at[i]! >= 0) return true;
  return false;
}

/** Expressions of one kind overlapping `[i0, i1)`; for an empty range, the ones touching the insertion point. */
export function exprsIn(
  at: readonly number[],
  list: readonly Expression[],
  i0: number,
  i1: number,
  touch: boolean,
): Expression[] {
  const seen: number[] = [];
  const lo = i1 > i0 ? i0 : touch ? Math.max(0, i0 - 1) : i0;
  const hi = i1 > i0 ? i1 : touch ? Math.min(at.length, i0 + 1) : i1;
  for (let i = lo; i < hi; i++) {
    const k = at[i]!;
    if (k >= 0 && seen[seen.length - 1] !== k) seen.push(k);
  }
  return seen.map((k) => list[k]!);
}

/** The text from the first to the last of some expressions, or `null` when there is none. */
export function exprSpan(side: AnalyzedText, exprs: readonly Expression[]): TextSpan | null {
  if (exprs.length === 0) return null;
  return tokenSpan(side, exprs[0]!.start, exprs[exprs.length - 1]!.end);
}

/** Whether two lists hold the same strings, as many times each, in any order. */
export function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.length === 1) return a[0] === b[0];
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

/** Content tokens of a range and their stems. */
export interface Residual {
  /** Words and numbers, without function words. */
  readonly tokens: Token[];
  /** Their stems ({@link crudeStem} with `STEM_MIN_LENGTH`), in the same order. */
  readonly stems: string[];
}

/**
 * Content tokens of `[i0, i1)` (words and numbers, no function words) and
 * their stems, without the tokens a number, date, name or cue covers when
 * `skipCovered`.
 */
export function residual(side: AnalyzedText, i0: number, i1: number, skipCovered: boolean): Residual {
  const tokens: Token[] = [];
  for (let i = i0; i < i1; i++) {
    const t = side.tokens[i]!;
    if (!isWordish(t) || FUNCTION_WORDS.has(t.norm)) continue;
    if (skipCovered && isCovered(side, i)) continue;
    tokens.push(t);
  }
  return { tokens, stems: tokens.map((t) => crudeStem(t.norm, STEM_MIN_LENGTH)) };
}

/** Whether a token belongs to a number, date, name or cue, so the rewording check skips it. */
function isCovered(side: AnalyzedText, i: number): boolean {
  const t = side.tokens[i]!;
  return (
    side.numberAt[i]! >= 0 ||
    side.dateAt[i]! >= 0 ||
    side.isName[i] === 1 ||
    negationAt(side, i) ||
    isHedge(t, side.tokens[i + 1]) ||
    isAttribution(t, side.tokens[i + 1])
  );
}

/** Indices of the name tokens of `[i0, i1)`. */
export function namesIn(side: AnalyzedText, i0: number, i1: number): number[] {
  const out: number[] = [];
  for (let i = i0; i < i1; i++) if (side.isName[i]) out.push(i);
  return out;
}

/** One past the last token of a name ending at `last`, with the period of a final initial (`Ronald L.`). */
export function nameEnd(side: AnalyzedText, last: number): number {
  const t = side.tokens[last]!;
  const dot = side.tokens[last + 1];
  return t.norm.length === 1 && dot?.norm === '.' && dot.start === t.end ? last + 2 : last + 1;
}
