/**
 * Dates: an operation that touches a date or time expression, compared by
 * its words and values.
 *
 * @packageDocumentation
 */

import type { TextSpan } from '../../core/types.js';
import { dateNumbers, type Expression } from '../expressions.js';
import { DATE_CHANGE_MAX_WORDS } from '../tuning.js';
import { defineStep, type Verdict } from './rule.js';
import { countWordish, exprSpan, exprsIn, sameMultiset } from './tokens.js';

interface Dates {
  /** Date expressions inside the operation in `a`. */
  readonly da: readonly Expression[];
  /** In `b`. */
  readonly db: readonly Expression[];
  /** Their keys. */
  readonly ka: readonly string[];
  /** Their keys in `b`. */
  readonly kb: readonly string[];
  /** From the first to the last date in `a`. */
  readonly sa: TextSpan | null;
  /** In `b`. */
  readonly sb: TextSpan | null;
}

/**
 * The date expressions of the operation. In an insertion or omission of more
 * than {@link DATE_CHANGE_MAX_WORDS} words a date is part of a clause: it is
 * noted for the insertion's or omission's detail instead.
 */
export const DATE = defineStep<Dates>({
  id: 'date',
  read: (c) => {
    const { a, b, op } = c;
    const da = exprsIn(a.dateAt, a.dates, op.a0, op.a1, false);
    const db = exprsIn(b.dateAt, b.dates, op.b0, op.b1, false);
    if (da.length === 0 && db.length === 0) return undefined;
    if (
      op.kind !== 'replace' &&
      countWordish(a.tokens, op.a0, op.a1) + countWordish(b.tokens, op.b0, op.b1) > DATE_CHANGE_MAX_WORDS
    ) {
      c.notes.push(`date: ${(da.length > 0 ? exprSpan(a, da) : exprSpan(b, db))?.text ?? ''}`);
      return undefined;
    }
    return { da, db, ka: da.map((e) => e.key), kb: db.map((e) => e.key), sa: exprSpan(a, da), sb: exprSpan(b, db) };
  },
  rules: [
    {
      // The same date written another way.
      id: 'date:same-value',
      test: ({ ka, kb, sa, sb }) =>
        sameMultiset(ka, kb)
          ? { type: 'date', severity: 'trivial', a: sa, b: sb, detail: `${sa?.text ?? ''} = ${sb?.text ?? ''}` }
          : undefined,
    },
    {
      // A date the other text does not hold anywhere. A year, day or time that differs is a number change as well
      // (`in 1998` / `in 1995`), typed first.
      id: 'date:changed',
      test: ({ da, db, ka, kb, sa, sb }, { a, b }) => {
        if (!ka.some((k) => !b.dateKeys.has(k)) && !kb.some((k) => !a.dateKeys.has(k))) return undefined;
        const date: Verdict = {
          type: 'date',
          severity: 'substantive',
          a: sa,
          b: sb,
          detail: `${sa?.text ?? '∅'} → ${sb?.text ?? '∅'}`,
        };
        const va = da.flatMap((e) => dateNumbers(a.tokens, e));
        const vb = db.flatMap((e) => dateNumbers(b.tokens, e));
        const numberChanged =
          va.length > 0 &&
          vb.length > 0 &&
          (va.some((v) => !b.numberKeys.has(v)) || vb.some((v) => !a.numberKeys.has(v)));
        if (!numberChanged) return date;
        const number: Verdict = {
          type: 'number',
          severity: 'substantive',
          a: sa,
          b: sb,
          detail: `in date: ${sa?.text ?? '∅'} → ${sb?.text ?? '∅'}`,
        };
        return [number, date];
      },
    },
    {
      // Every date is elsewhere in the other text: the date moved.
      id: 'date:moved',
      test: ({ sa, sb }) => ({ type: 'date', severity: 'minor', a: sa, b: sb, detail: 'date moved' }),
    },
  ],
});
