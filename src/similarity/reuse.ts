/**
 * Verbatim-reuse floor of the score: common runs of words lift a pair to
 * `near-verbatim` or `paraphrase` whatever the model says.
 *
 * @packageDocumentation
 */

import {
  CAP_BELOW,
  CLAUSE_MIN_RUN,
  CLAUSE_MIN_WORDS,
  NEAR_VERBATIM_CONTAINMENT,
  NEAR_VERBATIM_MIN_WORDS,
  REUSE_FLOOR_LIFT,
} from './tuning.js';

export { CLAUSE_MIN_RUN, CLAUSE_MIN_WORDS, NEAR_VERBATIM_CONTAINMENT, NEAR_VERBATIM_MIN_WORDS } from './tuning.js';

/**
 * The lowest score a pair's verbatim reuse guarantees (0 when none applies):
 * just above the near-verbatim threshold when common runs of 3+ words cover
 * at least 80% of the shorter sentence (and 6+ words), just above the
 * paraphrase threshold when a run of 8+ words is shared and 13+ words are
 * covered. The floors sit just above the thresholds because such pairs
 * average about 3.9 of 5 on STS dev news: they are reuse, not equivalence.
 *
 * @param runContainment - Share of the shorter sentence covered by common runs of 3+ words.
 * @param covered - Words covered by those runs.
 * @param longest - Longest common run in words.
 * @param nearVerbatim - The near-verbatim threshold of the default calibration.
 * @param paraphrase - The paraphrase threshold of the default calibration.
 * @returns A score floor in [0, 1).
 */
export function reuseFloor(
  runContainment: number,
  covered: number,
  longest: number,
  nearVerbatim: number,
  paraphrase: number,
): number {
  if (covered >= NEAR_VERBATIM_MIN_WORDS && runContainment >= NEAR_VERBATIM_CONTAINMENT) {
    const t = (runContainment - NEAR_VERBATIM_CONTAINMENT) / (1 - NEAR_VERBATIM_CONTAINMENT);
    return nearVerbatim + REUSE_FLOOR_LIFT.nearVerbatim * t;
  }
  if (longest >= CLAUSE_MIN_RUN && covered >= CLAUSE_MIN_WORDS) {
    return (
      paraphrase + REUSE_FLOOR_LIFT.clause * Math.min((covered - CLAUSE_MIN_WORDS) / REUSE_FLOOR_LIFT.clauseWords, 1)
    );
  }
  return 0;
}

/**
 * Squeezes scores above `limit - 0.05` into `[limit - 0.05, limit - 0.01]`,
 * keeping their order: used so that a pair with a changed number or
 * negation is never near-verbatim.
 *
 * @param score - A score in [0, 1].
 * @param limit - The threshold to stay below.
 * @returns The capped score.
 * @example
 * ```ts
 * capBelow(0.99, 0.8) < 0.8; //=> true
 * capBelow(0.5, 0.8); //=> 0.5
 * ```
 */
export function capBelow(score: number, limit: number): number {
  const knee = limit - CAP_BELOW.knee;
  return score <= knee ? score : knee + ((score - knee) / (1 - knee)) * CAP_BELOW.span;
}
