/**
 * Hedging: the operation changes how certain a claim is (`will` / `would`,
 * `may`, `is expected to`, `reportedly`).
 *
 * @packageDocumentation
 */

import { cuesOf, isHedge } from './cues.js';
import { defineStep } from './rule.js';
import { sameMultiset } from './tokens.js';

interface Hedges {
  /** Hedge words of the operation in `a`. */
  readonly hedgeA: readonly string[];
  /** In `b`. */
  readonly hedgeB: readonly string[];
}

/** The hedge words of the operation, when the two sides differ in them. */
export const HEDGING = defineStep<Hedges>({
  id: 'hedging',
  read: ({ a, b, op }) => {
    const hedgeA = cuesOf(a, op.a0, op.a1, isHedge);
    const hedgeB = cuesOf(b, op.b0, op.b1, isHedge);
    return sameMultiset(hedgeA, hedgeB) ? undefined : { hedgeA, hedgeB };
  },
  rules: [
    {
      // A hedge added, removed or exchanged for another.
      id: 'hedging:changed',
      test: ({ hedgeA, hedgeB }, { spanA, spanB }) => ({
        type: 'hedging',
        severity: 'substantive',
        a: spanA,
        b: spanB,
        detail: `${hedgeA.join(' ') || '∅'} → ${hedgeB.join(' ') || '∅'}`,
      }),
    },
  ],
});
