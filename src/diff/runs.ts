/**
 * The runs of an `equal` operation whose raw text differs: the same token
 * norms written another way (`Jong-un` / `Jong Un`, `twenty` / `20`, curly
 * and straight quotes), each typed by one run rule.
 *
 * @packageDocumentation
 */

import type { AnalyzedText } from './expressions.js';
import type { Run } from './rules/rule.js';
import { tokenSpan } from './rules/tokens.js';
import type { TokenOp } from './token-diff.js';

/** The text between two tokens without surrounding white space; no slice for the usual none or one space. */
function gapOf(text: string, from: number, to: number): string {
  if (to === from || (to === from + 1 && text.charCodeAt(from) === 32)) return '';
  return text.slice(from, to).trim();
}

/**
 * The runs of differing tokens of an `equal` operation, in order. A token
 * differs when its raw text does, or when the gap to the next token does
 * (`Jong-un` / `Jong Un`). A change of case only and any other difference are
 * separate runs (`expels three` / `Expels 3`).
 */
export function differingRuns(a: AnalyzedText, b: AnalyzedText, op: TokenOp): Run[] {
  const runs: Run[] = [];
  const n = op.a1 - op.a0;
  let runStart = -1;
  let runEnd = -1;
  let runKind = 0;
  const flush = (): void => {
    if (runStart < 0) return;
    runs.push({
      tokens: a.tokens.slice(op.a0 + runStart, op.a0 + runEnd + 1),
      a: tokenSpan(a, op.a0 + runStart, op.a0 + runEnd + 1)!,
      b: tokenSpan(b, op.b0 + runStart, op.b0 + runEnd + 1)!,
    });
    runStart = -1;
  };
  for (let k = 0; k < n; k++) {
    const ta = a.tokens[op.a0 + k]!;
    const tb = b.tokens[op.b0 + k]!;
    let differs = ta.text !== tb.text;
    if (!differs && k + 1 < n) {
      // The gap to the next token: `Jong-un` against `Jong Un`.
      if (
        gapOf(a.text, ta.end, a.tokens[op.a0 + k + 1]!.start) !== gapOf(b.text, tb.end, b.tokens[op.b0 + k + 1]!.start)
      ) {
        differs = true;
      }
    }
    if (differs) {
      // A change of case only and any other difference are separate changes (`expels three` / `Expels 3`).
      const kind = ta.text !== tb.text && ta.text.toLowerCase() === tb.text.toLowerCase() ? 1 : 2;
      if (runStart >= 0 && k > runEnd && kind !== runKind) flush();
      if (runStart < 0) {
        runStart = k;
        runKind = kind;
      } else if (k <= runEnd) runKind = Math.max(runKind, kind);
      runEnd = ta.text !== tb.text ? k : Math.min(n - 1, k + 1);
    } else if (runStart >= 0 && k > runEnd) {
      flush();
    }
  }
  flush();
  return runs;
}
