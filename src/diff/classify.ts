/**
 * Typing of token diff operations: what kind of change each one is and how
 * much it matters, decided by ordered rules with stable ids (./rules/*.ts),
 * each reported on the changes it types (`TypedChange.rule`).
 *
 * @packageDocumentation
 */

import type { TypedChange } from '../core/changes.js';
import { ATTRIBUTION } from './rules/attribution.js';
import { DATE } from './rules/date.js';
import { HEDGING } from './rules/hedging.js';
import { NAME } from './rules/name.js';
import { NEGATION } from './rules/negation.js';
import { NUMBER } from './rules/number.js';
import { APOSTROPHE, PUNCTUATION_ONLY } from './rules/punctuation.js';
import { QUOTE } from './rules/quote.js';
import { REMAINDER } from './rules/remainder.js';
import { ChangedOp, emit, type PairRule, type Side, type Step, type Typing } from './rules/rule.js';
import { SPEAKER } from './rules/speaker.js';
import { RUN_RULES } from './rules/style.js';
import { differingRuns } from './runs.js';
import type { TokenOp } from './token-diff.js';

export type { Side } from './rules/rule.js';

/**
 * The steps that type an `insert`, `delete` or `replace` operation, in the
 * order they run. Each step reads one aspect of the operation and tries its
 * rules in order; the first rule that types the operation decides for the
 * step. After a final step typed the operation, later steps are skipped.
 *
 * 1. Punctuation only: no word or number on either side (final).
 * 2. An apostrophe only (final).
 * 3. Numbers.
 * 4. Negation.
 * 5. Inside a direct quote: one quote change and nothing else (final).
 * 6. Dates.
 * 7. Names, and the cited source.
 * 8. Hedging.
 * 9. Attribution cues, unless step 7 typed a cited source (final).
 * 10. What is left: insertion, omission or rewording.
 */
export const CHANGE_STEPS: readonly Step[] = [
  PUNCTUATION_ONLY,
  APOSTROPHE,
  NUMBER,
  NEGATION,
  QUOTE,
  DATE,
  NAME,
  HEDGING,
  ATTRIBUTION,
  REMAINDER,
];

/** The rules that look at the two texts as a whole, after every operation is typed. */
export const PAIR_RULES: readonly PairRule[] = [SPEAKER];

/** Every rule id, in the order the rules are tried: run rules, change steps, pair rules. */
export const RULE_IDS: readonly string[] = [
  ...RUN_RULES.map((r) => r.id),
  ...CHANGE_STEPS.flatMap((s) => s.ruleIds),
  ...PAIR_RULES.map((r) => r.id),
];

/** Types the runs of an `equal` operation whose raw text differs: the first run rule that matches a run types it. */
function typeEqualOp(typing: Typing, index: number, op: TokenOp): void {
  for (const run of differingRuns(typing.a, typing.b, op)) {
    const rule = RUN_RULES.find((r) => r.test(run))!;
    emit(typing, index, rule.id, {
      type: rule.type,
      severity: 'trivial',
      a: run.a,
      b: run.b,
      detail: rule.detail(run),
    });
  }
}

/** Types an `insert`, `delete` or `replace` operation: the steps in order, until a final one typed it. */
function typeChangedOp(typing: Typing, index: number, op: TokenOp): void {
  const changed = new ChangedOp(typing, index, op);
  for (const step of CHANGE_STEPS) if (step.run(changed) && step.final) return;
}

/**
 * Types every operation of a token diff.
 *
 * @param a - The first text, analyzed.
 * @param b - The second text, analyzed.
 * @param ops - The token operations.
 * @param report - Receives `bounded: true` when a change was too large to pair its names, words or quotes one by one.
 * @returns The typed changes, ordered by operation, each with the id of the rule that typed it.
 * @example
 * ```ts
 * classifyOps(sideA, sideB, ops).map((c) => c.type); //=> ['number']
 * ```
 */
export function classifyOps(a: Side, b: Side, ops: readonly TokenOp[], report?: { bounded: boolean }): TypedChange[] {
  const typing: Typing = { a, b, out: [], bounded: false };
  ops.forEach((op, index) => {
    if (op.kind === 'equal') typeEqualOp(typing, index, op);
    else typeChangedOp(typing, index, op);
  });
  for (const rule of PAIR_RULES) {
    if (!rule.applies(typing)) continue;
    for (const [index, verdict] of rule.find(typing, ops)) emit(typing, index, rule.id, verdict);
  }
  if (report !== undefined) report.bounded = typing.bounded;
  const { out } = typing;
  let sorted = true;
  for (let i = 1; i < out.length && sorted; i++) if (out[i]!.op < out[i - 1]!.op) sorted = false;
  if (sorted) return out;
  const order = out.map((c, i) => [c, i] as const);
  order.sort((x, y) => x[0].op - y[0].op || x[1] - y[1]);
  return order.map(([c]) => c);
}
