/**
 * What no earlier step explains: the content words left once numbers,
 * dates, names and cues are set aside, as an insertion, an omission or a
 * rewording. Severity comes from those words: `substantive` when content
 * words differ (after a crude stem), `minor` when only function words do, or
 * when every content word left has a synonym or derived form on the other
 * side (`quits` / `resigns`).
 *
 * @packageDocumentation
 */

import { addWork } from '../../core/util/work.js';
import { areSynonyms } from '../synonyms.js';
import { MAX_PAIRED_TERMS } from '../tuning.js';
import { type ChangedOp, defineStep, type Typing, type Verdict } from './rule.js';
import { type Residual, residual, sameMultiset } from './tokens.js';

/** Every content word left on each side has the same stem or a synonym on the other (`quits` / `resigns`). */
function synonymous(typing: Typing, a: Residual, b: Residual): boolean {
  if (a.tokens.length * b.tokens.length > MAX_PAIRED_TERMS) {
    typing.bounded = true;
    return false;
  }
  addWork('diff', a.tokens.length * b.tokens.length);
  const covers = (x: Residual, y: Residual): boolean => {
    const stems = new Set(y.stems);
    return x.tokens.every(
      (t, i) =>
        t.kind !== 'word' ||
        stems.has(x.stems[i]!) ||
        y.tokens.some((u) => u.kind === 'word' && areSynonyms(t.norm, u.norm)),
    );
  };
  const words = (x: Residual) => x.tokens.some((t) => t.kind === 'word');
  return words(a) && words(b) && covers(a, b) && covers(b, a);
}

interface Remainder {
  /** Content words of the operation in `a` that no number, date, name or cue covers. */
  readonly restA: Residual;
  /** In `b`. */
  readonly restB: Residual;
}

/** An insertion or omission: `substantive` when it holds content words or noted names and dates. */
function clause(c: ChangedOp, { restA, restB }: Remainder): Verdict | undefined {
  const content = restA.stems.length + restB.stems.length > 0 || c.notes.length > 0;
  // An operation already typed (a number added) that holds nothing more is not also an insertion.
  if (c.typed && !content) return undefined;
  return {
    type: c.op.kind === 'insert' ? 'insertion' : 'omission',
    severity: content ? 'substantive' : 'minor',
    a: c.spanA,
    b: c.spanB,
    ...(c.notes.length > 0 ? { detail: c.notes.join('; ') } : {}),
  };
}

/** The content words left in the operation. */
export const REMAINDER = defineStep<Remainder>({
  id: 'remainder',
  read: ({ a, b, op }) => ({ restA: residual(a, op.a0, op.a1, true), restB: residual(b, op.b0, op.b1, true) }),
  rules: [
    {
      id: 'insertion:remainder',
      test: (rest, c) => (c.op.kind === 'insert' ? clause(c, rest) : undefined),
    },
    {
      id: 'omission:remainder',
      test: (rest, c) => (c.op.kind === 'delete' ? clause(c, rest) : undefined),
    },
    {
      // A replacement: `minor` when the same content words, or synonyms, are left on both sides.
      id: 'rewording:remainder',
      test: ({ restA, restB }, c) => {
        if (c.op.kind !== 'replace') return undefined;
        const sameStems = sameMultiset(restA.stems, restB.stems);
        if (c.typed && sameStems) return undefined;
        const same = sameStems || synonymous(c.typing, restA, restB);
        if (c.typed && same) return undefined;
        return {
          type: 'rewording',
          severity: same ? 'minor' : 'substantive',
          a: c.spanA,
          b: c.spanB,
          ...(c.notes.length > 0 ? { detail: c.notes.join('; ') } : {}),
        };
      },
    },
  ],
});
