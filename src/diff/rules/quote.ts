/**
 * Quotes: an operation inside the quoted words of a direct quote is one
 * quote change, and nothing else.
 *
 * @packageDocumentation
 */

import { type ChangedOp, defineStep, type Side } from './rule.js';
import { isWordish, residual, sameMultiset } from './tokens.js';

function inQuoteRange(side: Side, i0: number, i1: number): boolean {
  for (let i = i0; i < i1; i++) if (side.inQuote[i] && isWordish(side.tokens[i]!)) return true;
  return false;
}

/** A word or number of the operation lies inside the quoted words of a quote, on either side. */
export const QUOTE = defineStep<ChangedOp>({
  id: 'quote',
  read: (c) => (inQuoteRange(c.a, c.op.a0, c.op.a1) || inQuoteRange(c.b, c.op.b0, c.op.b1) ? c : undefined),
  final: true,
  rules: [
    {
      // Minor when the same content words are only reordered or inflected otherwise.
      id: 'quote:altered',
      test: ({ a, b, op, spanA, spanB }) => {
        const same = sameMultiset(residual(a, op.a0, op.a1, false).stems, residual(b, op.b0, op.b1, false).stems);
        return {
          type: 'quote',
          severity: same ? 'minor' : 'substantive',
          a: spanA,
          b: spanB,
          detail: 'quoted words differ',
        };
      },
    },
  ],
});
