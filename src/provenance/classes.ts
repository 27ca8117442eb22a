/**
 * METER reuse classes (Clough et al., ACL 2002) from passage-level shares.
 *
 * @packageDocumentation
 */

import type { DerivationClass } from '../core/provenance';
import { DERIVATION_TUNING } from './tuning';

/**
 * Thresholds of the METER classes, on the share of the target's body
 * taken from the source: `derivedShare`, verbatim passages (shared quotes left
 * out) plus rewritten sentences (see `DERIVATION_TUNING` in `tuning.ts`).
 *
 * @remarks
 * - Fitted (`npm run eval -- derivation-dev`, 372 development pairs:
 *   PAN-13 texts with generated verbatim, light and heavy revisions, MRPC
 *   train paraphrases assembled 8 to a document, seeds and STS train news
 *   pairs as independent same-topic texts): the best single threshold on
 *   `derivedShare` for derived versus non-derived is 0.14 (98.4%); `partially`
 *   stays at 0.15, where the class (with the stock-phrase and quote rules)
 *   is right on 98.4% too. `wholly` is not affected by that data (no
 *   three-class labels there) and keeps the reasoning below.
 * - `wholly`: 0.6. METER calls a text wholly derived when the agency copy is
 *   its only source; newsrooms still rewrite the lede, cut the tail and add a
 *   local line, so a wholly derived story keeps well under 100% of its text
 *   verbatim. Shortened copies with a rewritten lede keep about 70 to 100%;
 *   a copy padded with the outlet's own paragraphs drops below 60%. On the
 *   derived-copy evaluation (`scripts/eval/derived.task.ts`) the lowest
 *   wholly-derived share is above 0.6 and the highest partially-derived
 *   share, with a third of the text added, below it.
 * - `partially`: 0.15. Below it, what two texts share is a few clauses:
 *   independent reports of one story repeat a quote or a stock sentence
 *   (the seeds 000 and 002 share one 13-word clause, 8% of 000's body);
 *   at or above it a real part of the text (a paragraph in seven) is taken
 *   from the source, which METER counts as partially derived.
 * - `minPassageTokens`: 8 words (the `minTokens` of `findReuse`): shorter
 *   common runs are stock phrases (`North Korean leader Kim Jong Un`).
 */
export const DERIVATION_THRESHOLDS = Object.freeze({
  /** Share at or above which the target is wholly derived. */
  wholly: 0.6,
  /** Share at or above which the target is partially derived. */
  partially: 0.15,
} as const);

/**
 * The METER class of a share of derived text.
 *
 * @param share - Share of the target's body characters taken from the source, in [0, 1].
 * @returns The class.
 * @example
 * ```ts
 * classifyShare(0.92); //=> 'wholly-derived'
 * classifyShare(0.3); //=> 'partially-derived'
 * classifyShare(0.05); //=> 'non-derived'
 * ```
 */
export function classifyShare(share: number): DerivationClass {
  if (share >= DERIVATION_THRESHOLDS.wholly) return 'wholly-derived';
  if (share >= DERIVATION_THRESHOLDS.partially) return 'partially-derived';
  return 'non-derived';
}

/** What {@link classifyDerivation} decides on. @internal */
export interface DerivationEvidence {
  /** Share of the target in passages taken from the source, shared quotes left out. */
  readonly verbatimShare: number;
  /** `verbatimShare` plus the rewritten sentences' share. */
  readonly derivedShare: number;
  /** Matched words of each passage that counts (shared quotes left out). */
  readonly passageTokens: readonly number[];
  /** Shared quotes found. */
  readonly sharedQuotes: number;
  /** Sentence links counted toward the rewritten share. */
  readonly links: number;
}

/**
 * The METER class of an ordered pair from its verbatim and rewritten shares,
 * with the reason in words.
 *
 * @remarks Three steps: a pair whose only common text is quoted speech, or
 * one short passage and no rewritten sentence (a stock phrase, see
 * `DERIVATION_TUNING.stockPhraseTokens`), is non-derived; otherwise
 * {@link classifyShare} on `derivedShare`.
 * @internal
 */
export function classifyDerivation(e: DerivationEvidence): { class: DerivationClass; reason: string } {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const passages =
    e.passageTokens.length === 0
      ? ''
      : ` (${e.passageTokens.length} passage${e.passageTokens.length === 1 ? '' : 's'}, the longest ${e.passageTokens.reduce((m, x) => Math.max(m, x), 0)} words)`;
  const parts = `${pct(e.verbatimShare)} verbatim${passages}${e.derivedShare > e.verbatimShare ? ` + ${pct(e.derivedShare - e.verbatimShare)} rewritten (${e.links} sentence${e.links === 1 ? '' : 's'} reworded in the source's order)` : ''}`;
  if (e.passageTokens.length === 0 && e.links === 0) {
    return e.sharedQuotes > 0
      ? {
          class: 'non-derived',
          reason: `the only text in common is quoted speech (${e.sharedQuotes} quote(s) in both): the same statement quoted twice, not derivation`,
        }
      : { class: 'non-derived', reason: 'no passage or rewritten sentence in common' };
  }
  if (
    e.links === 0 &&
    e.passageTokens.length === 1 &&
    e.passageTokens[0]! < DERIVATION_TUNING.stockPhraseTokens &&
    e.derivedShare < DERIVATION_THRESHOLDS.wholly
  ) {
    return {
      class: 'non-derived',
      reason: `one common passage of ${e.passageTokens[0]} words and nothing else: a stock phrase, not derivation`,
    };
  }
  const c = classifyShare(e.derivedShare);
  const quotes = e.sharedQuotes > 0 ? `; ${e.sharedQuotes} shared quote(s) not counted` : '';
  if (c === 'non-derived') {
    return {
      class: c,
      reason: `${parts} of the body comes from the source, below the ${pct(DERIVATION_THRESHOLDS.partially)} of partial derivation${quotes}`,
    };
  }
  return {
    class: c,
    reason: `${parts} of the body comes from the source: ${c === 'wholly-derived' ? `at least ${pct(DERIVATION_THRESHOLDS.wholly)}, wholly derived` : `at least ${pct(DERIVATION_THRESHOLDS.partially)}, partially derived`}${quotes}`,
  };
}
