/**
 * Negation: the operation adds or removes a negation (`not`, `n't`, `never`,
 * `no`, `failed to`).
 *
 * @packageDocumentation
 */

import type { TextSpan } from '../../core/types.js';
import type { AnalyzedText } from '../expressions.js';
import { NEGATION_WHOLE_MAX_WORDS } from '../tuning.js';
import { countNegations, negationAt } from './cues.js';
import { defineStep } from './rule.js';
import { countWordish, tokenSpan } from './tokens.js';

/** The span from the first to the last negation cue in `[i0, i1)`, or null when there is none. */
function negationSpan(side: AnalyzedText, i0: number, i1: number): TextSpan | null {
  let first = -1;
  let last = -1;
  for (let i = i0; i < i1; i++) {
    if (!negationAt(side, i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : tokenSpan(side, first, last + 1);
}

interface Negations {
  /** Negation cues of the operation in `a`. */
  readonly negA: number;
  /** In `b`. */
  readonly negB: number;
  /** What the change points at in `a`: the whole operation, or inside a longer replacement the negation words. */
  readonly sa: TextSpan | null;
  /** In `b`. */
  readonly sb: TextSpan | null;
}

/** The negation cues of the operation, when the two sides have a different number of them. */
export const NEGATION = defineStep<Negations>({
  id: 'negation',
  read: ({ a, b, op, spanA, spanB }) => {
    const negA = countNegations(a, op.a0, op.a1);
    const negB = countNegations(b, op.b0, op.b1);
    if (negA === negB) return undefined;
    // Inside a longer replacement, point at the negation itself (`said no` / `added that`: `no` is gone).
    const whole =
      op.kind !== 'replace' ||
      countWordish(a.tokens, op.a0, op.a1) + countWordish(b.tokens, op.b0, op.b1) <= NEGATION_WHOLE_MAX_WORDS;
    return {
      negA,
      negB,
      sa: whole ? spanA : negationSpan(a, op.a0, op.a1),
      sb: whole ? spanB : negationSpan(b, op.b0, op.b1),
    };
  },
  rules: [
    {
      id: 'negation:added',
      test: ({ negA, negB, sa, sb }) =>
        negB > negA ? { type: 'negation', severity: 'substantive', a: sa, b: sb, detail: 'negation added' } : undefined,
    },
    {
      id: 'negation:removed',
      test: ({ sa, sb }) => ({ type: 'negation', severity: 'substantive', a: sa, b: sb, detail: 'negation removed' }),
    },
  ],
});
