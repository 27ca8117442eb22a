/**
 * Public types of sentence diffing: token operations, typed changes and
 * direct quotes.
 *
 * @packageDocumentation
 */

import type { Diagnostic, TextSpan } from './article.js';

/**
 * Kind of a {@link DiffOp}.
 *
 * - `equal`: the same token norms on both sides (the raw text may still differ
 *   in spelling, casing or punctuation style; see the trivial changes).
 * - `insert`: tokens only in `b`.
 * - `delete`: tokens only in `a`.
 * - `replace`: tokens of `a` replaced by other tokens in `b`.
 */
export type DiffOpKind = 'equal' | 'insert' | 'delete' | 'replace';

/**
 * One operation of a token diff. Both spans point into the original inputs;
 * the side with no tokens (`a` of an `insert`, `b` of a `delete`) is an empty
 * span at the insertion point: the end of the previous token on that side, or
 * 0 at the start.
 */
export interface DiffOp {
  /** What the operation does. */
  readonly kind: DiffOpKind;
  /** The span of `a` the operation covers, from the first to the last token. */
  readonly a: TextSpan;
  /** The span of `b` the operation covers. */
  readonly b: TextSpan;
}

/**
 * What kind of change a {@link TypedChange} is.
 *
 * - `number`: a number, amount, percentage or ordinal differs (or is written
 *   differently: `20`/`twenty`, then the severity is `trivial`).
 * - `date`: a date or time expression differs (`Wednesday`/`Thursday`, `last month`/`In November`, a year).
 * - `name`: a person, organization or place replaced by another.
 * - `quote`: words inside quotation marks differ, or the speaker of a quote differs.
 * - `attribution`: an attribution cue (`said`, `told`, `according to`, `citing`,
 *   `reported`, `quoted`, ...) or the cited source differs, is added or is removed.
 * - `hedging`: modality differs (`will`/`would`, `may`, `is expected to`, `reportedly`, ...).
 * - `negation`: a negation (`not`, `n't`, `never`, `no`, `failed to`, ...) is added or removed.
 * - `insertion` / `omission`: a clause only in `b` / only in `a`.
 * - `rewording`: any other change of words.
 * - `spelling`: the same word spelled differently: British and American
 *   spelling, transliteration (`Jong-un`/`Jong Un`), diacritics.
 * - `casing`: only upper and lower case differ.
 * - `abbreviation`: dotted and undotted abbreviations (`U.N.`/`UN`).
 * - `punctuation`: only punctuation differs, including quote and dash styles.
 */
export type ChangeType =
  | 'number'
  | 'date'
  | 'name'
  | 'quote'
  | 'attribution'
  | 'hedging'
  | 'negation'
  | 'insertion'
  | 'omission'
  | 'rewording'
  | 'spelling'
  | 'casing'
  | 'abbreviation'
  | 'punctuation';

/**
 * How much a change matters to a reader checking facts.
 *
 * - `trivial`: no difference in meaning (style, spelling, the same number written another way).
 * - `minor`: a difference in wording that does not change a fact (a function word, a synonym, a moved number).
 * - `substantive`: a fact, a source, a quote or the certainty of a claim differs.
 */
export type ChangeSeverity = 'trivial' | 'minor' | 'substantive';

/** One typed difference between two versions of a sentence. */
export interface TypedChange {
  /** What kind of change it is. */
  readonly type: ChangeType;
  /** How much it matters. */
  readonly severity: ChangeSeverity;
  /** The text of `a` involved, or `null` when `a` has nothing there (an insertion). */
  readonly a: TextSpan | null;
  /** The text of `b` involved, or `null` when `b` has nothing there (an omission). */
  readonly b: TextSpan | null;
  /** Index of the {@link DiffOp} in {@link SentenceDiff.ops} the change comes from. */
  readonly op: number;
  /** A short explanation, for example `12 → 21`, `transliteration` or `negation added`. */
  readonly detail?: string;
  /**
   * Id of the rule that typed the change, so that a reader can see which
   * rule decided (`number:changed`). The ids are stable: a rule keeps its id
   * across releases, and a new decision gets a new id. The rules, in the
   * order they are tried:
   *
   * - Inside an `equal` operation (the same words written another way; one
   *   trivial change per run of differing tokens): `casing:changed`,
   *   `punctuation:apostrophe-style`, `number:restyled`, `punctuation:marks`,
   *   `abbreviation:dotted`, `spelling:variant`.
   * - No word changes: `abbreviation:period`, `number:sign-or-currency` (a
   *   sign or currency symbol changed before the number: a `number` change),
   *   `punctuation:changed`, `punctuation:apostrophe`.
   * - Numbers: `number:same-value`, `number:changed`, `number:moved`.
   * - Negation: `negation:added`, `negation:removed`.
   * - Inside a direct quote: `quote:altered`.
   * - Dates: `date:same-value`, `date:changed` (also the `number` change when
   *   a year, day or time differs), `date:moved`.
   * - Names: `name:other-form`, `name:transliteration` (a `spelling` change),
   *   `name:acronym` (an `abbreviation` change), `name:spelled-pairs`
   *   (`spelling` changes, and a `name` change for the names left over),
   *   `name:cited-source` (an `attribution` change), `name:replaced`.
   * - Hedging: `hedging:changed`.
   * - Attribution cues: `attribution:added`, `attribution:removed`,
   *   `attribution:cue-changed`.
   * - What is left: `insertion:remainder`, `omission:remainder`,
   *   `rewording:remainder`.
   * - Across the two texts: `quote:speaker-changed`.
   *
   * In a comparison, a paraphrase link (`alignSources`) keeps only the
   * changes between counterparts of one kind (a number against a number, a
   * name against a name, a quote, a negation, an attribution or a hedge
   * against its like); the rest of its word diff is one change of rule
   * `rewording:paraphrase`, with no spans and a `detail` that counts them.
   */
  readonly rule: string;
}

/** The result of `diffSentences`. */
export interface SentenceDiff {
  /** Token operations covering both inputs from start to end, in order. */
  readonly ops: readonly DiffOp[];
  /** Typed changes, in the order of their operations. */
  readonly changes: readonly TypedChange[];
  /**
   * `true` when the diff hit its bound (`maxEditLength` or `timeoutMs`) and
   * the differing middle of the two texts was reported as one coarse
   * `replace` operation instead of a word-level diff.
   */
  readonly truncated: boolean;
  /** Problems in the data, for example `diff-bounded` when {@link SentenceDiff.truncated} is set. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of `diffSentences`. */
export interface DiffOptions {
  /**
   * What to do with changes of severity `trivial` (spelling and
   * transliteration variants, casing, quote and dash styles, the same number
   * written another way): `include` reports them, `omit` leaves them out.
   *
   * @defaultValue `'include'`
   */
  readonly trivial?: 'include' | 'omit';
  /**
   * Largest number of inserted plus deleted tokens the word-level diff
   * explores (Myers' `D`) before it gives up and reports the differing middle
   * as one coarse `replace`. A positive integer. Two sentences rarely differ
   * by more than 300 tokens; the bound keeps two unrelated 100 KB texts
   * under about 100 ms.
   *
   * @defaultValue `500`
   */
  readonly maxEditLength?: number;
  /**
   * Wall-clock limit of the word-level diff, in milliseconds, after which it
   * gives up the same way. A positive number. The edit-length bound is
   * deterministic and normally fires first; this one is a safety net.
   *
   * @defaultValue `1000`
   */
  readonly timeoutMs?: number;
}

/** A direct quote found by `extractQuotes`. */
export interface Quote extends TextSpan {
  /** The quoted words, without the quotation marks (and without a trailing comma). */
  readonly content: TextSpan;
  /** Who is quoted, when the text names a speaker (`the Russian official`, `Putin`); never a bare pronoun. */
  readonly speaker?: TextSpan;
  /** The attribution cue that introduces the quote (`said`, `told`, `according to`), when found. */
  readonly cue?: TextSpan;
  /** `false` when the quote has an opening mark but no closing mark before the end of its paragraph. */
  readonly closed: boolean;
}
