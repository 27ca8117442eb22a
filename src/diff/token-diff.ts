/**
 * Bounded token diff: jsdiff's Myers diff over copydesk tokens, compared by
 * their normalized form, with indices counted on both sides.
 *
 * @packageDocumentation
 */

import { diffArrays } from 'diff';
import type { DiffOpKind } from '../core/changes.js';
import type { Token } from '../segment/tokenize.js';

/** One operation over token index ranges `[a0, a1)` of `a` and `[b0, b1)` of `b`. */
export interface TokenOp {
  /** What the operation does. */
  readonly kind: DiffOpKind;
  /** First token of `a`. */
  readonly a0: number;
  /** One past the last token of `a`. */
  readonly a1: number;
  /** First token of `b`. */
  readonly b0: number;
  /** One past the last token of `b`. */
  readonly b1: number;
}

/** Bounds of {@link diffTokens}. */
export interface TokenDiffBounds {
  /** Largest edit length (inserted plus deleted tokens) explored. */
  readonly maxEditLength: number;
  /** Wall-clock limit in milliseconds. */
  readonly timeoutMs: number;
}

/** Result of {@link diffTokens}. */
export interface TokenDiff {
  /** Operations covering both token lists in order. */
  readonly ops: TokenOp[];
  /** `true` when a bound was hit and the middle is one coarse `replace`. */
  readonly truncated: boolean;
}

function normsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out = new Array<string>(to - from);
  for (let i = from; i < to; i++) out[i - from] = tokens[i]!.norm;
  return out;
}

function push(ops: TokenOp[], kind: DiffOpKind, a0: number, a1: number, b0: number, b1: number): void {
  if (a1 === a0 && b1 === b0) return;
  const last = ops[ops.length - 1];
  if (last !== undefined && last.a1 === a0 && last.b1 === b0) {
    const bothEqual = last.kind === 'equal' && kind === 'equal';
    const bothChange = last.kind !== 'equal' && kind !== 'equal';
    if (bothEqual || bothChange) {
      const na0 = last.a0;
      const nb0 = last.b0;
      const merged: DiffOpKind = bothEqual
        ? 'equal'
        : a1 > na0 && b1 > nb0
          ? 'replace'
          : a1 > na0
            ? 'delete'
            : 'insert';
      ops[ops.length - 1] = { kind: merged, a0: na0, a1, b0: nb0, b1 };
      return;
    }
  }
  ops.push({ kind, a0, a1, b0, b1 });
}

/**
 * Diffs two token lists on {@link Token.norm}, never splitting inside a token.
 *
 * @param a - Tokens of the first text.
 * @param b - Tokens of the second text.
 * @param bounds - Edit-length and time bounds handed to jsdiff.
 * @returns Operations over index ranges of both lists, and whether a bound was hit.
 * @example
 * ```ts
 * diffTokens(tokenize('kills 12'), tokenize('kills 21'), { maxEditLength: 100, timeoutMs: 100 }).ops.map((o) => o.kind);
 * //=> ['equal', 'replace']
 * ```
 * @remarks
 * The common prefix and suffix are trimmed first; the norms of the middle go
 * to jsdiff's `diffArrays`, an implementation of Myers' O(ND) difference
 * algorithm (E. W. Myers, "An O(ND) difference algorithm and its
 * variations", Algorithmica 1, 1986), with `maxEditLength` and `timeout`.
 * Comparing norm strings lets jsdiff use plain equality. When jsdiff gives
 * up, the whole middle becomes one `replace`. jsdiff change objects carry
 * values only, so indices are counted on both sides from the change counts.
 */
export function diffTokens(a: readonly Token[], b: readonly Token[], bounds: TokenDiffBounds): TokenDiff {
  let prefix = 0;
  const min = Math.min(a.length, b.length);
  while (prefix < min && a[prefix]!.norm === b[prefix]!.norm) prefix++;
  let suffix = 0;
  while (suffix < min - prefix && a[a.length - 1 - suffix]!.norm === b[b.length - 1 - suffix]!.norm) suffix++;
  const aEnd = a.length - suffix;
  const bEnd = b.length - suffix;
  const ops: TokenOp[] = [];
  push(ops, 'equal', 0, prefix, 0, prefix);
  let truncated = false;
  if (aEnd > prefix && bEnd > prefix) {
    // The edit length is at least the difference in length: give up at once when that is over the bound.
    const hopeless = Math.abs(aEnd - bEnd) > bounds.maxEditLength;
    const changes = hopeless
      ? undefined
      : diffArrays(normsOf(a, prefix, aEnd), normsOf(b, prefix, bEnd), {
          maxEditLength: bounds.maxEditLength,
          timeout: bounds.timeoutMs,
        });
    if (changes === undefined) {
      truncated = true;
      push(ops, 'replace', prefix, aEnd, prefix, bEnd);
    } else {
      let i = prefix;
      let j = prefix;
      for (const change of changes) {
        const n = change.count;
        if (change.added) {
          push(ops, 'insert', i, i, j, j + n);
          j += n;
        } else if (change.removed) {
          push(ops, 'delete', i, i + n, j, j);
          i += n;
        } else {
          push(ops, 'equal', i, i + n, j, j + n);
          i += n;
          j += n;
        }
      }
    }
  } else {
    push(ops, aEnd > prefix ? 'delete' : 'insert', prefix, aEnd, prefix, bEnd);
  }
  push(ops, 'equal', aEnd, a.length, bEnd, b.length);
  return { ops, truncated };
}
