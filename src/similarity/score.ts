/**
 * The fitted model: features → logit → calibrated score.
 *
 * @packageDocumentation
 */

import { FEATURE_NAMES } from './features.js';

/**
 * The features the fitted weights apply to: all but the number and negation
 * mismatches, which enter as fixed penalties instead (see {@link penalize}).
 */
export const MODEL_FEATURES: readonly (keyof SentenceFeatures)[] = FEATURE_NAMES.filter(
  (n) => n !== 'numberMismatch' && n !== 'negationMismatch',
);

import { BIAS, CALIBRATION_LOGITS, CALIBRATION_SCORES, WEIGHTS } from './model-weights.js';
import { NEGATION_PENALTY, NUMBER_PENALTY } from './tuning.js';
import type { SentenceFeatures } from './types.js';

export { NEGATION_PENALTY, NUMBER_PENALTY } from './tuning.js';

/**
 * The model inputs of a feature set: each feature, then each feature squared,
 * in {@link MODEL_FEATURES} order.
 *
 * @param f - The pair features.
 * @returns The input vector the weights apply to.
 */
export function modelInputs(f: SentenceFeatures): number[] {
  const v = MODEL_FEATURES.map((n) => f[n]);
  return [...v, ...v.map((x) => x * x)];
}

/**
 * Applies the fixed mismatch penalties to a logit: a changed number or an
 * added/removed negation always lowers the score, by more than the fitted
 * weights would (news pairs in MRPC and STS rarely differ only so, and
 * the weights learnt for them are small). The model is fitted with these
 * penalties as fixed offsets.
 *
 * @param z - The fitted model's logit.
 * @param f - The pair features.
 * @returns The penalized logit.
 */
export function penalize(z: number, f: Pick<SentenceFeatures, 'numberMismatch' | 'negationMismatch'>): number {
  return z - NUMBER_PENALTY * f.numberMismatch - NEGATION_PENALTY * f.negationMismatch;
}

/**
 * The model's linear predictor for a feature set, penalties included.
 *
 * @param f - The pair features.
 * @returns The logit.
 */
export function modelLogit(f: SentenceFeatures): number {
  let s = BIAS;
  const d = MODEL_FEATURES.length;
  for (let k = 0; k < d; k++) {
    const x = f[MODEL_FEATURES[k]!];
    s += WEIGHTS[k]! * x + WEIGHTS[k + d]! * x * x;
  }
  return penalize(s, f);
}

/**
 * Maps a logit to the 0..1 score: piecewise-linear through the isotonic
 * calibration knots, with exponential tails below the first and above the
 * last knot, so that the map is strictly increasing and stays inside (0, 1).
 *
 * @param z - A logit.
 * @returns The score.
 */
export function calibrate(z: number): number {
  return calibrateWith(CALIBRATION_LOGITS, CALIBRATION_SCORES, z);
}

/**
 * {@link calibrate} with explicit knots (used when refitting).
 *
 * @param xs - Knot logits, strictly increasing.
 * @param ys - Knot scores, strictly increasing, inside (0, 1).
 * @param z - A logit.
 * @returns The score.
 */
export function calibrateWith(xs: readonly number[], ys: readonly number[], z: number): number {
  const n = xs.length;
  const x0 = xs[0]!;
  const y0 = ys[0]!;
  const xn = xs[n - 1]!;
  const yn = ys[n - 1]!;
  if (z <= x0) return y0 * Math.exp(z - x0);
  if (z >= xn) return 1 - (1 - yn) * Math.exp(-(z - xn));
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= z) lo = mid;
    else hi = mid;
  }
  const t = (z - xs[lo]!) / (xs[hi]! - xs[lo]!);
  return ys[lo]! + t * (ys[hi]! - ys[lo]!);
}
