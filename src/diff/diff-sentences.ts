/**
 * `diffSentences`: typed changes between two versions of a sentence.
 *
 * @packageDocumentation
 */

import type { DiffOp, DiffOptions, SentenceDiff } from '../core/changes.js';
import { CopydeskError } from '../core/errors.js';
import type { Diagnostic, TextSpan } from '../core/types.js';
import { validateDiffOptions } from '../core/validate.js';
import { classifyOps, type Side } from './classify.js';
import { type AnalyzedText, analyzeText, dateNumbers } from './expressions.js';
import { quotesOf } from './quotes.js';
import { diffTokens, type TokenOp } from './token-diff.js';
import { DEFAULT_MAX_EDIT_LENGTH, DEFAULT_TIMEOUT_MS, MAX_PAIRED_TERMS } from './tuning.js';

interface ResolvedOptions {
  readonly trivial: 'include' | 'omit';
  readonly maxEditLength: number;
  readonly timeoutMs: number;
}

function resolveOptions(options: DiffOptions | undefined): ResolvedOptions {
  validateDiffOptions(options);
  const {
    trivial = 'include',
    maxEditLength = DEFAULT_MAX_EDIT_LENGTH,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  } = options ?? {};
  return { trivial, maxEditLength, timeoutMs };
}

/** One analyzed side; the key sets, needed only by some changes, are made on first use. */
class PreparedSide implements Side {
  readonly text: string;
  readonly tokens: AnalyzedText['tokens'];
  readonly numbers: AnalyzedText['numbers'];
  readonly dates: AnalyzedText['dates'];
  readonly numberAt: AnalyzedText['numberAt'];
  readonly dateAt: AnalyzedText['dateAt'];
  readonly isName: AnalyzedText['isName'];
  readonly titleCase: boolean;
  readonly quotes: Side['quotes'];
  readonly inQuote: Side['inQuote'];
  #numberKeys: Set<string> | undefined;
  #dateKeys: Set<string> | undefined;
  #nameNorms: Set<string> | undefined;

  constructor(analyzed: AnalyzedText) {
    this.text = analyzed.text;
    this.tokens = analyzed.tokens;
    this.numbers = analyzed.numbers;
    this.dates = analyzed.dates;
    this.numberAt = analyzed.numberAt;
    this.dateAt = analyzed.dateAt;
    this.isName = analyzed.isName;
    this.titleCase = analyzed.titleCase;
    const quotes = quotesOf(analyzed.text, analyzed.tokens);
    const inQuote: number[] = [];
    if (quotes.length > 0) {
      let q = 0;
      const { tokens } = analyzed;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        while (q < quotes.length && quotes[q]!.content.end <= t.start) q++;
        const quote = quotes[q];
        inQuote.push(quote !== undefined && t.start >= quote.content.start && t.end <= quote.content.end ? 1 : 0);
      }
    }
    this.quotes = quotes;
    this.inQuote = inQuote;
  }

  get numberKeys(): ReadonlySet<string> {
    // Numbers inside dates count too, so a number that becomes part of a date (`2001` / `December 2001`) is not lost.
    this.#numberKeys ??= new Set([
      ...this.numbers.map((e) => e.key),
      ...this.dates.flatMap((e) => dateNumbers(this.tokens, e)),
    ]);
    return this.#numberKeys;
  }

  get dateKeys(): ReadonlySet<string> {
    this.#dateKeys ??= new Set(this.dates.map((e) => e.key));
    return this.#dateKeys;
  }

  get nameNorms(): ReadonlySet<string> {
    if (this.#nameNorms === undefined) {
      this.#nameNorms = new Set<string>();
      for (let i = 0; i < this.tokens.length; i++) if (this.isName[i]) this.#nameNorms.add(this.tokens[i]!.norm);
    }
    return this.#nameNorms;
  }
}

function sideSpan(side: AnalyzedText, i0: number, i1: number): TextSpan {
  if (i1 <= i0) {
    const at = i0 > 0 ? side.tokens[i0 - 1]!.end : 0;
    return { text: '', start: at, end: at };
  }
  const start = side.tokens[i0]!.start;
  const end = side.tokens[i1 - 1]!.end;
  return { text: side.text.slice(start, end), start, end };
}

function toDiffOp(a: AnalyzedText, b: AnalyzedText, op: TokenOp): DiffOp {
  return { kind: op.kind, a: sideSpan(a, op.a0, op.a1), b: sideSpan(b, op.b0, op.b1) };
}

/**
 * Diffs two versions of a sentence word by word and types each difference:
 * numbers, dates, names, quotes, attribution, hedging, negation, insertions,
 * omissions and rewording, against trivial edits (spelling, casing, quote
 * styles, the same number written another way).
 *
 * @param a - The first version (for example the wire copy).
 * @param b - The second version (for example the outlet's copy).
 * @param options - See {@link DiffOptions}.
 * @returns The token operations, the typed changes and whether the diff was bounded.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when `a` or `b` is not a
 * string; `ERR_INVALID_OPTION` when an option is unknown, of the wrong type or out of range.
 * @example
 * ```ts
 * diffSentences('The attack kills 12.', 'The attack kills 21.').changes.map((c) => [c.type, c.severity]);
 * //=> [['number', 'substantive']]
 * diffSentences('Kim Jong-un said', 'Kim Jong Un said').changes.map((c) => [c.type, c.severity, c.detail]);
 * //=> [['spelling', 'trivial', 'transliteration']]
 * ```
 * @remarks
 * Both texts are split by `tokenize` and diffed on token norms with Myers'
 * O(ND) difference algorithm (E. W. Myers, "An O(ND) difference algorithm and
 * its variations", Algorithmica 1(2), 1986), after trimming the common prefix
 * and suffix; the implementation is a port of jsdiff's `diffArrays` that takes
 * the same path (so the same operations) in a fraction of the time. The diff
 * is bounded by `maxEditLength` and `timeoutMs`; past the bound the differing
 * middle is one coarse `replace`, `truncated` is `true` and a `diff-bounded`
 * diagnostic says so.
 *
 * Typing, per operation, by ordered rules (src/diff/rules); each change
 * names the rule that typed it in `rule` (the ids are listed on
 * `TypedChange.rule`):
 *
 * - An `equal` operation whose raw text differs (norms fold `Jong-un`/`Jong Un`,
 *   `twenty`/`20`, curly/straight quotes, British/American spelling) yields one
 *   trivial change per run of differing tokens: `number`, `punctuation`,
 *   `abbreviation`, `casing` or `spelling`.
 * - A change of punctuation only is `punctuation` (trivial).
 * - Otherwise each aspect found yields its own change, in this order: `number`
 *   (number expressions with scale words, currency and percent compared by
 *   value; the same values → trivial; values found elsewhere in the other
 *   text → minor, moved), `negation`; inside a direct quote, one `quote` change
 *   and nothing else; then `date`, `name` (or `attribution` when the name is
 *   next to an attribution cue: the cited source changed), `hedging`,
 *   `attribution` (cues added, removed or changed).
 * - What no aspect explains is `rewording` for a replacement and `insertion` /
 *   `omission` for one-sided operations: `substantive` when content words
 *   differ (after a crude stem), `minor` when only function words do, or when
 *   every content word left has a synonym or derived form on the other side
 *   (`quits` / `resigns`, from a table derived from WordNet 3.1).
 * - A change of apostrophes only (`haven't` / `havent`) is `punctuation`
 *   (trivial); `failed to` counts as a negation, as `not` does.
 * - Finally a quote of `b` that says the same as a quote of `a` with another
 *   speaker yields a `quote` change (`speaker: … → …`).
 */
export function diffSentences(a: string, b: string, options?: DiffOptions): SentenceDiff {
  if (typeof a !== 'string' || typeof b !== 'string') {
    throw new CopydeskError('ERR_INVALID_INPUT', `diffSentences expects two strings, got ${typeof a} and ${typeof b}.`);
  }
  return diffSides(prepareSide(a), prepareSide(b), options);
}

/**
 * One sentence analysed for diffing (tokens, numbers, dates, names, quotes):
 * computed once per distinct text by callers that diff one text against
 * many (see `diffSides`).
 *
 * @internal
 */
export type DiffSide = PreparedSide;

/** Analyses a sentence for {@link diffSides}. @internal */
export function prepareSide(text: string): DiffSide {
  return new PreparedSide(analyzeText(text));
}

/** {@link diffSentences} of two sentences analysed beforehand. @internal */
export function diffSides(sideA: DiffSide, sideB: DiffSide, options?: DiffOptions): SentenceDiff {
  const resolved = resolveOptions(options);
  const { ops: tokenOps, truncated } = diffTokens(sideA.tokens, sideB.tokens, resolved);
  const ops = tokenOps.map((op) => toDiffOp(sideA, sideB, op));
  const typing = { bounded: false };
  let changes = classifyOps(sideA, sideB, tokenOps, typing);
  if (resolved.trivial === 'omit') changes = changes.filter((c) => c.severity !== 'trivial');
  const diagnostics: Diagnostic[] = [];
  if (truncated) {
    const middle = tokenOps.find((op) => op.kind !== 'equal');
    diagnostics.push({
      code: 'diff-bounded',
      severity: 'warning',
      message:
        `The texts differ by more than the diff bound (maxEditLength ${resolved.maxEditLength} tokens or ` +
        `timeoutMs ${resolved.timeoutMs}); the differing middle is reported as one replace operation.`,
      ...(middle === undefined ? {} : { span: sideSpan(sideA, middle.a0, middle.a1) }),
    });
  }
  if (typing.bounded) {
    diagnostics.push({
      code: 'diff-bounded',
      severity: 'warning',
      message:
        'A change is too large to pair its names, words or quotes one by one (more than ' +
        `${MAX_PAIRED_TERMS} pairs); it is typed as a whole, so spelling variants and synonyms inside it are not told apart.`,
    });
  }
  return { ops, changes, truncated, diagnostics };
}
