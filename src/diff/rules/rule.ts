/**
 * The shape of a change-typing rule and of what it sees, shared by the rule
 * files and the driver (../classify.ts).
 *
 * A rule is one decision with a stable id (`number:changed`), reported on
 * every change it types (`TypedChange.rule`). Rules come in three kinds, by
 * what they look at:
 *
 * - {@link RunRule}: a run of tokens inside an `equal` operation whose raw
 *   text differs (the same words, written another way); the first rule that
 *   matches types the run.
 * - {@link ChangeRule}: one aspect of an `insert`, `delete` or `replace`
 *   operation (its numbers, its negation, its quote, ...). The rules of one
 *   aspect form a {@link RuleStep}; the steps run in order, and in each step
 *   the first rule that types the operation decides.
 * - {@link PairRule}: the two texts as a whole (a quote whose speaker
 *   differs), after every operation is typed.
 *
 * @packageDocumentation
 */

import type { ChangeSeverity, ChangeType, Quote, TypedChange } from '../../core/changes.js';
import type { TextSpan } from '../../core/types.js';
import type { Token } from '../../segment/tokenize.js';
import type { AnalyzedText } from '../expressions.js';
import type { TokenOp } from '../token-diff.js';
import { cuesOf, isAttribution } from './cues.js';
import { tokenSpan } from './tokens.js';

/** One side of the comparison with everything the rules need. */
export interface Side extends AnalyzedText {
  /** Direct quotes of the text. */
  readonly quotes: readonly Quote[];
  /** For each token, 1 when it lies inside the quoted words of a quote (empty when the text has no quote). */
  readonly inQuote: readonly number[];
  /** Keys of all number expressions of the text. */
  readonly numberKeys: ReadonlySet<string>;
  /** Keys of all date expressions of the text. */
  readonly dateKeys: ReadonlySet<string>;
  /** Norms of all name tokens of the text. */
  readonly nameNorms: ReadonlySet<string>;
}

/** The typing of one diff: both sides, the changes typed so far, and whether a pairing was skipped for size. */
export interface Typing {
  /** The first text. */
  readonly a: Side;
  /** The second text. */
  readonly b: Side;
  /** The changes typed so far, in the order the rules typed them. */
  readonly out: TypedChange[];
  /** Set when a pairing was skipped for size (`MAX_PAIRED_TERMS`, `MAX_QUOTES_PER_WORD` in ../tuning.ts). */
  bounded: boolean;
}

/** What a rule decides about one change. */
export interface Verdict {
  /** The kind of change. */
  readonly type: ChangeType;
  /** How much it matters. */
  readonly severity: ChangeSeverity;
  /** The text of `a` involved, or `null`. */
  readonly a: TextSpan | null;
  /** The text of `b` involved, or `null`. */
  readonly b: TextSpan | null;
  /** A short explanation. */
  readonly detail?: string;
}

/**
 * Records a verdict as a typed change of operation `op`, typed by rule
 * `rule`. The rule id is the last property, so that every other property
 * keeps the order it had before changes carried their rule.
 */
export function emit(typing: Typing, op: number, rule: string, v: Verdict): void {
  const { type, severity, a, b, detail } = v;
  typing.out.push({ type, severity, a, b, op, ...(detail === undefined ? {} : { detail }), rule });
}

/** A run of tokens inside an `equal` operation whose raw text differs on the two sides. */
export interface Run {
  /** The tokens of the run in `a`. */
  readonly tokens: readonly Token[];
  /** The run's text in `a`, from its first to its last token. */
  readonly a: TextSpan;
  /** The run's text in `b`. */
  readonly b: TextSpan;
}

/** A rule that types a run of an `equal` operation: always a trivial change. */
export interface RunRule {
  /** Stable identifier, reported on each change the rule types (`spelling:variant`). */
  readonly id: string;
  /** The type of the changes it types. */
  readonly type: ChangeType;
  /** Whether the rule types the run. */
  test(run: Run): boolean;
  /** The change's detail (`casing`, `quote style`, `20 = twenty`). */
  detail(run: Run): string;
}

/** One `insert`, `delete` or `replace` operation, as the change rules see it. */
export class ChangedOp {
  /** The typing this operation belongs to. */
  readonly typing: Typing;
  /** The first text. */
  readonly a: Side;
  /** The second text. */
  readonly b: Side;
  /** The operation, as token ranges. */
  readonly op: TokenOp;
  /** Index of the operation among the diff's operations. */
  readonly index: number;
  /** The operation's text in `a`, or `null` for an insertion. */
  readonly spanA: TextSpan | null;
  /** The operation's text in `b`, or `null` for an omission. */
  readonly spanB: TextSpan | null;
  /** How many changes were typed before this operation. */
  readonly before: number;
  /**
   * What a step found in the operation but did not type (`date: …`, `name:
   * …`): named in the detail of the change that holds it (the insertion,
   * omission or rewording, or an attribution change).
   */
  readonly notes: string[] = [];
  #cuesA: string[] | undefined;
  #cuesB: string[] | undefined;

  constructor(typing: Typing, index: number, op: TokenOp) {
    this.typing = typing;
    this.a = typing.a;
    this.b = typing.b;
    this.op = op;
    this.index = index;
    this.spanA = tokenSpan(typing.a, op.a0, op.a1);
    this.spanB = tokenSpan(typing.b, op.b0, op.b1);
    this.before = typing.out.length;
  }

  /** Whether an earlier step typed the operation. */
  get typed(): boolean {
    return this.typing.out.length > this.before;
  }

  /** Whether an earlier step typed the operation with rule `id`. */
  typedBy(id: string): boolean {
    const { out } = this.typing;
    for (let i = this.before; i < out.length; i++) if (out[i]!.rule === id) return true;
    return false;
  }

  /** Attribution cues (`said`, `according to`) of the operation in `a`, outside dates and names. */
  get cuesA(): readonly string[] {
    this.#cuesA ??= cuesOf(this.a, this.op.a0, this.op.a1, isAttribution);
    return this.#cuesA;
  }

  /** Attribution cues of the operation in `b`. */
  get cuesB(): readonly string[] {
    this.#cuesB ??= cuesOf(this.b, this.op.b0, this.op.b1, isAttribution);
    return this.#cuesB;
  }
}

/**
 * A rule that types one aspect of a changed operation.
 *
 * @typeParam S - What the rule's step read of the operation.
 */
export interface ChangeRule<S> {
  /** Stable identifier, reported on each change the rule types (`number:changed`). */
  readonly id: string;
  /**
   * Types the operation from what the step read: the change (or changes, in
   * order) it finds, or `undefined` when the rule does not apply and the next
   * rule of the step is tried.
   */
  test(seen: S, op: ChangedOp): Verdict | readonly Verdict[] | undefined;
}

/**
 * One aspect of a changed operation (numbers, negation, a quote, ...) and
 * the rules that type it, tried in order.
 *
 * @typeParam S - What the step reads of the operation for its rules.
 */
export interface RuleStep<S> {
  /** Name of the aspect (`number`). */
  readonly id: string;
  /** Reads the aspect; `undefined` when the operation has none (the step's rules are skipped). */
  read(op: ChangedOp): S | undefined;
  /** The rules, in order: the first that types the operation decides for the step. */
  readonly rules: readonly ChangeRule<S>[];
  /** Whether the operation is fully typed once a rule of this step typed it (later steps are skipped). */
  readonly final?: boolean;
}

/** A {@link RuleStep} as the driver runs it: whatever it reads. */
export interface Step {
  /** Name of the aspect. */
  readonly id: string;
  /** The rules' ids, in order. */
  readonly ruleIds: readonly string[];
  /** Whether the operation is fully typed once a rule of this step typed it. */
  readonly final: boolean;
  /** Reads the aspect and records the changes of the first rule that types the operation; returns whether one did. */
  run(op: ChangedOp): boolean;
}

/** Makes a step runnable: read the aspect, then try the rules in order until one types the operation. */
export function defineStep<S>(step: RuleStep<S>): Step {
  return {
    id: step.id,
    ruleIds: step.rules.map((r) => r.id),
    final: step.final ?? false,
    run(op: ChangedOp): boolean {
      const seen = step.read(op);
      if (seen === undefined) return false;
      for (const rule of step.rules) {
        const found = rule.test(seen, op);
        if (found === undefined) continue;
        if (isVerdictList(found)) for (const v of found) emit(op.typing, op.index, rule.id, v);
        else emit(op.typing, op.index, rule.id, found);
        return true;
      }
      return false;
    },
  };
}

function isVerdictList(found: Verdict | readonly Verdict[]): found is readonly Verdict[] {
  return Array.isArray(found);
}

/** A rule that looks at the two texts as a whole, after every operation is typed. */
export interface PairRule {
  /** Stable identifier, reported on each change the rule types (`quote:speaker-changed`). */
  readonly id: string;
  /** Whether the rule has anything to look at in the two texts. */
  applies(typing: Typing): boolean;
  /** The changes it finds, each with the index of the operation it belongs to, in order. */
  find(typing: Typing, ops: readonly TokenOp[]): readonly (readonly [number, Verdict])[];
}
