/**
 * The fitting recipe shared by scripts/fit/fit-model.ts (which writes the
 * shipped constants) and the MRPC evaluation (which refits it per fold).
 *
 * Model: L2 logistic regression (lambda = LAMBDA, standardized inputs) on
 * modelInputs() (the pair features and their squares), fitted jointly on
 * - MRPC train pairs with soft targets POSITIVE_TARGET / NEGATIVE_TARGET
 *   (MRPC negatives are "related, not equivalent", not unrelated), and
 * - STS Benchmark train pairs of genre main-news with target gold / 5;
 * each MRPC pair weighs MRPC_WEIGHT times an STS pair in the log-loss (the
 * paraphrase decision is learnt from MRPC alone, the calibration from STS
 * alone; weighting MRPC 2:1 moved MRPC 10-fold CV accuracy from 0.745 to
 * 0.757 and STS dev news Spearman from 0.763 to 0.762; nested CV of the
 * choice of lambda and MRPC weight, scripts/fit/nested-cv.ts: 0.755).
 * Calibration: isotonic regression of gold / 5 on the logit over the same
 * STS pairs (blocks of at least MIN_BLOCK pairs), kept inside (0, 0.99].
 * Paraphrase threshold: the logit that maximizes accuracy on the MRPC pairs
 * the model was fitted on, calibrated and rounded to 2 decimals.
 */
import { pairFeatures, prepareSentence } from '../../src/similarity/features.js';
import { capBelow, reuseFloor } from '../../src/similarity/reuse.js';
import { calibrateWith, modelInputs, penalize } from '../../src/similarity/score.js';
import type { Pair } from './data.js';
import { bestThreshold, fitLogistic, isotonicKnots, type LogisticModel, logit } from './logistic.js';

export const LAMBDA = 3;
export const POSITIVE_TARGET = 0.9;
export const NEGATIVE_TARGET = 0.45;
export const MIN_BLOCK = 40;
/** Weight of each MRPC pair in the log-loss, relative to an STS pair. */
export const MRPC_WEIGHT = 2;
/** Near-verbatim threshold (fixed by definition: STS ≥ 4 of 5). */
export const NEAR_VERBATIM = 0.8;

/** Everything the score needs from one pair, computed once. */
export interface PairInputs {
  readonly x: number[];
  readonly identical: boolean;
  readonly runContainment: number;
  readonly covered: number;
  readonly longest: number;
  readonly numberMismatch: number;
  readonly negationMismatch: number;
}

/** Model inputs and reuse figures of a sentence pair. */
export function inputsOf(p: Pair): PairInputs {
  const A = prepareSentence(p.a);
  const B = prepareSentence(p.b);
  const { features, covered, longest } = pairFeatures(A, B);
  return {
    x: modelInputs(features),
    identical: A.key === B.key && A.hashes.length > 0,
    runContainment: features.runContainment,
    covered,
    longest,
    numberMismatch: features.numberMismatch,
    negationMismatch: features.negationMismatch,
  };
}

/** A fitted pipeline: model, calibration knots and paraphrase threshold. */
export interface Pipeline {
  readonly model: LogisticModel;
  readonly logitThreshold: number;
  readonly xs: number[];
  readonly ys: number[];
  readonly paraphrase: number;
}

/** The fitting settings (hyperparameters) of {@link fitPipeline}. */
export interface FitSettings {
  readonly lambda: number;
  readonly positive: number;
  readonly negative: number;
  readonly mrpcWeight: number;
}

/** The shipped settings. */
export const SETTINGS: FitSettings = {
  lambda: LAMBDA,
  positive: POSITIVE_TARGET,
  negative: NEGATIVE_TARGET,
  mrpcWeight: MRPC_WEIGHT,
};

/** Fits the model, its calibration and its MRPC decision threshold. */
export function fitPipeline(
  mrpc: readonly PairInputs[],
  mrpcY: readonly number[],
  sts: readonly PairInputs[],
  stsY: readonly number[],
  settings: FitSettings = SETTINGS,
): Pipeline {
  const X = [...mrpc.map((p) => p.x), ...sts.map((p) => p.x)];
  const y = [...mrpcY.map((v) => (v === 1 ? settings.positive : settings.negative)), ...stsY.map((v) => v / 5)];
  const offsets = [...mrpc, ...sts].map((p) => penalize(0, p));
  const weights = [...mrpc.map(() => settings.mrpcWeight), ...sts.map(() => 1)];
  const model = fitLogistic(X, y, settings.lambda, offsets, weights);
  const logitThreshold = bestThreshold(
    mrpc.map((p) => penalize(logit(model, p.x), p)),
    [...mrpcY],
  );
  const knots = isotonicKnots(
    sts.map((p) => penalize(logit(model, p.x), p)),
    stsY.map((v) => v / 5),
    MIN_BLOCK,
  );
  const n = knots.ys.length;
  for (let i = 0; i < n; i++) knots.ys[i] = Math.min(knots.ys[i]!, 0.99 - 0.001 * (n - 1 - i));
  const paraphrase = Math.round(calibrateWith(knots.xs, knots.ys, logitThreshold) * 100) / 100;
  return { model, logitThreshold, xs: knots.xs, ys: knots.ys, paraphrase };
}

/** The score a pipeline gives a pair, as compareSentences computes it. */
export function scoreWith(p: Pipeline, inputs: PairInputs): number {
  if (inputs.identical) return 1;
  const s = Math.max(
    calibrateWith(p.xs, p.ys, penalize(logit(p.model, inputs.x), inputs)),
    inputs.numberMismatch + inputs.negationMismatch > 0
      ? 0
      : reuseFloor(inputs.runContainment, inputs.covered, inputs.longest, NEAR_VERBATIM, p.paraphrase),
  );
  return inputs.numberMismatch + inputs.negationMismatch > 0 ? capBelow(s, NEAR_VERBATIM) : s;
}
