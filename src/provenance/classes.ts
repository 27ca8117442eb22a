/**
 * METER reuse classes (Clough et al., ACL 2002) from passage-level shares.
 *
 * @packageDocumentation
 */
import type { DerivationClass } from './types';

/**
 * Thresholds of the METER classes, on the share of the target's body
 * characters that lie in passages taken from the source.
 *
 * @remarks
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
export const DERIVATION_THRESHOLDS = {
  /** Share at or above which the target is wholly derived. */
  wholly: 0.6,
  /** Share at or above which the target is partially derived. */
  partially: 0.15,
} as const;

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
