/**
 * Numbers: an operation that touches a number expression, compared by value
 * (`$10.2 million` / `$10,200,000` are one value).
 *
 * @packageDocumentation
 */

import type { TextSpan } from '../../core/types.js';
import { type ChangedOp, defineStep } from './rule.js';
import { anyIn, exprSpan, exprsIn, sameMultiset } from './tokens.js';

interface Numbers {
  /** Value keys of the number expressions the operation touches in `a`. */
  readonly ka: readonly string[];
  /** Value keys in `b`. */
  readonly kb: readonly string[];
  /** From the first to the last such expression in `a`. */
  readonly sa: TextSpan | null;
  /** In `b`. */
  readonly sb: TextSpan | null;
}

/** The number expressions of the operation, with those touching an insertion point. */
export const NUMBER = defineStep<Numbers>({
  id: 'number',
  read: ({ a, b, op }) => {
    if (!anyIn(a.numberAt, op.a0, op.a1) && !anyIn(b.numberAt, op.b0, op.b1)) return undefined;
    const na = exprsIn(a.numberAt, a.numbers, op.a0, op.a1, true);
    const nb = exprsIn(b.numberAt, b.numbers, op.b0, op.b1, true);
    return { ka: na.map((e) => e.key), kb: nb.map((e) => e.key), sa: exprSpan(a, na), sb: exprSpan(b, nb) };
  },
  rules: [
    {
      // The same values written another way: `$10.2 million` / `$10,200,000`.
      id: 'number:same-value',
      test: ({ ka, kb, sa, sb }) =>
        sameMultiset(ka, kb)
          ? { type: 'number', severity: 'trivial', a: sa, b: sb, detail: `${sa?.text ?? ''} = ${sb?.text ?? ''}` }
          : undefined,
    },
    {
      // A value that the other text does not hold anywhere: `12` / `21`.
      id: 'number:changed',
      test: ({ ka, kb, sa, sb }, { a, b }: ChangedOp) =>
        ka.some((k) => !b.numberKeys.has(k)) || kb.some((k) => !a.numberKeys.has(k))
          ? { type: 'number', severity: 'substantive', a: sa, b: sb, detail: `${sa?.text ?? '∅'} → ${sb?.text ?? '∅'}` }
          : undefined,
    },
    {
      // Every value is elsewhere in the other text: the number moved.
      id: 'number:moved',
      test: ({ sa, sb }) => ({ type: 'number', severity: 'minor', a: sa, b: sb, detail: 'number moved' }),
    },
  ],
});
