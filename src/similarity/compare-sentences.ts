/**
 * Sentence comparison: `compareSentences` and `comparePrepared`.
 *
 * @packageDocumentation
 */

import { CopydeskError } from '../core/errors.js';
import type { Relation } from '../core/types.js';
import { validateCompareOptions } from '../core/validate.js';
import {
  type BaseFeatures,
  buildEvidence,
  pairFeatures,
  prepareSentence,
  withTextFeatures,
  wordFeatures,
} from './features.js';
import { BIAS, PARAPHRASE_SCORE, WEIGHTS } from './model-weights.js';
import { capBelow, reuseFloor } from './reuse.js';
import { calibrate, MODEL_FEATURES, modelLogit, penalize } from './score.js';
import type { Tile } from './tiles.js';
import type {
  CompareOptions,
  PreparedSentence,
  RelationThresholds,
  ScoringOptions,
  SentenceFeatures,
  SentenceMatch,
  SentenceScore,
} from './types.js';

/**
 * The score thresholds of each relation. The score estimates the STS
 * Benchmark similarity of the pair divided by 5 (isotonic calibration on STS
 * train news pairs), so each threshold reads on that scale:
 *
 * - `nearVerbatim` 0.8: ≈ 4 of 5 on STS ("mostly equivalent, only
 *   unimportant details differ"). Verbatim reuse also reaches it: when common
 *   runs of 3+ words cover 80% of the shorter sentence, the score is at least
 *   this (see `reuseFloor`). A pair whose numbers or negation differ is never
 *   near-verbatim.
 * - `paraphrase` (`PARAPHRASE_SCORE`, 0.63 for the shipped model): the MRPC
 *   decision boundary, the calibrated logit that best separates paraphrases
 *   from non-paraphrases on MRPC train, rounded to 2 decimals (≈ 3.15 of 5
 *   on STS). A verbatim clause of 8+ words (13+ words in common runs) also
 *   reaches it.
 * - `related` 0.25: ≈ 1.25 of 5 on STS ("not equivalent, but on the same
 *   topic / sharing some details").
 *
 * `identical` is not a threshold: it means the same token norms.
 *
 * @example
 * ```ts
 * RELATION_THRESHOLDS.nearVerbatim; //=> 0.8
 * ```
 */
export const RELATION_THRESHOLDS: Readonly<RelationThresholds> = Object.freeze({
  nearVerbatim: 0.8,
  paraphrase: PARAPHRASE_SCORE,
  related: 0.25,
});

const ZERO_FEATURES: SentenceFeatures = {
  dice: 0,
  contentDice: 0,
  idfCosine: 0,
  idfContainment: 0,
  idfCoverage: 0,
  bigramDice: 0,
  runContainment: 0,
  longestRun: 0,
  charDice: 0,
  lengthRatio: 0,
  numberMismatch: 0,
  nameMismatch: 0,
  negationMismatch: 0,
  unmatchedIdf: 0,
  stemCosine: 0,
  stemContainment: 0,
  stemCoverage: 0,
  lengthDifference: 0,
  numberMatch: 0,
  nameOverlap: 0,
  unmatchedStemIdf: 0,
  unmatchedContent: 0,
};

function checkThreshold(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      `Expected \`thresholds.${name}\` to be a number between 0 and 1, got ${String(value)}. Pass a value in [0, 1] or leave it out to use RELATION_THRESHOLDS.`,
    );
  }
  return value;
}

/**
 * Validates comparison options and returns the thresholds they select.
 *
 * @param options - The options passed by the caller.
 * @returns The thresholds to use.
 * @throws CopydeskError `ERR_INVALID_OPTION` when an option is of the wrong type or out of range.
 */
function resolveThresholds(options: ScoringOptions | undefined): RelationThresholds {
  if (options === undefined) return RELATION_THRESHOLDS;
  if (options === null || typeof options !== 'object') {
    throw new CopydeskError('ERR_INVALID_OPTION', `Expected options to be an object, got ${String(options)}.`);
  }
  if (options.similarity !== undefined && typeof options.similarity !== 'function') {
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      'Expected `similarity` to be a function `(a, b) => number` returning a score in [0, 1].',
    );
  }
  const t = options.thresholds;
  if (t === undefined) return RELATION_THRESHOLDS;
  if (t === null || typeof t !== 'object') {
    throw new CopydeskError('ERR_INVALID_OPTION', `Expected \`thresholds\` to be an object, got ${String(t)}.`);
  }
  const nearVerbatim = checkThreshold('nearVerbatim', t.nearVerbatim ?? RELATION_THRESHOLDS.nearVerbatim);
  const paraphrase = checkThreshold('paraphrase', t.paraphrase ?? RELATION_THRESHOLDS.paraphrase);
  const related = checkThreshold('related', t.related ?? RELATION_THRESHOLDS.related);
  if (!(related <= paraphrase && paraphrase <= nearVerbatim)) {
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      `Expected thresholds with related <= paraphrase <= nearVerbatim, got related ${related}, paraphrase ${paraphrase}, nearVerbatim ${nearVerbatim}.`,
    );
  }
  return { nearVerbatim, paraphrase, related };
}

function relationOf(score: number, t: RelationThresholds): Relation {
  if (score >= t.nearVerbatim) return 'near-verbatim';
  if (score >= t.paraphrase) return 'paraphrase';
  if (score >= t.related) return 'related';
  return 'unrelated';
}

function checkPrepared(a: PreparedSentence, b: PreparedSentence): void {
  for (const [name, p] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (p === null || typeof p !== 'object' || !(p.hashes instanceof Int32Array)) {
      throw new CopydeskError(
        'ERR_INVALID_INPUT',
        `Expected \`${name}\` to be a prepared sentence from prepareSentence(text), got ${String(p)}.`,
      );
    }
  }
}

interface Scored {
  readonly score: number;
  readonly relation: Relation;
  readonly features: SentenceFeatures;
  readonly tiles: readonly Tile[];
  readonly logit: number;
  readonly bounded: boolean;
}

function scoreCore(
  a: PreparedSentence,
  b: PreparedSentence,
  options: ScoringOptions | undefined,
  base?: BaseFeatures,
): Scored {
  checkPrepared(a, b);
  const thresholds = resolveThresholds(options);
  if (a.hashes.length === 0 || b.hashes.length === 0) {
    return {
      score: 0,
      relation: 'unrelated',
      features: ZERO_FEATURES,
      tiles: [],
      logit: Number.NEGATIVE_INFINITY,
      bounded: false,
    };
  }
  const { features, tiles, covered, longest, bounded } = pairFeatures(a, b, base);
  let score: number;
  let logit = Number.NaN;
  if (options?.similarity !== undefined) {
    try {
      score = options.similarity(a, b);
    } catch (error) {
      throw new CopydeskError('ERR_CALLBACK_FAILED', 'The `similarity` function threw; see `cause`.', { cause: error });
    }
    if (typeof score !== 'number' || !(score >= 0 && score <= 1)) {
      throw new CopydeskError(
        'ERR_INVALID_OPTION',
        `Expected \`similarity\` to return a number in [0, 1], got ${String(score)}.`,
      );
    }
  } else {
    logit = modelLogit(features);
    const changed = features.numberMismatch + features.negationMismatch > 0;
    // A changed number or negation is not a light edit: no reuse floor, and never near-verbatim.
    const floor = changed
      ? 0
      : reuseFloor(
          features.runContainment,
          covered,
          longest,
          RELATION_THRESHOLDS.nearVerbatim,
          RELATION_THRESHOLDS.paraphrase,
        );
    score = Math.max(calibrate(logit), floor);
    if (changed) score = capBelow(score, RELATION_THRESHOLDS.nearVerbatim);
  }
  const identical = a.key === b.key;
  if (identical) score = 1;
  return { score, relation: identical ? 'identical' : relationOf(score, thresholds), features, tiles, logit, bounded };
}

/**
 * Compares two prepared sentences (see `prepareSentence`), with evidence:
 * the path for comparing one sentence with many.
 *
 * @param a - First prepared sentence.
 * @param b - Second prepared sentence.
 * @param options - Thresholds and an optional replacement similarity.
 * @returns Score, relation and evidence.
 * @throws CopydeskError `ERR_INVALID_INPUT` when a side is not a prepared sentence; `ERR_INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * const a = prepareSentence('Kim Jong-un will visit Moscow in May.');
 * const b = prepareSentence('Kim Jong Un will visit Moscow in May.');
 * comparePrepared(a, b).relation; //=> 'identical'
 * ```
 */
export function comparePrepared(a: PreparedSentence, b: PreparedSentence, options?: ScoringOptions): SentenceMatch {
  const r = scoreCore(a, b, options);
  return {
    score: r.score,
    relation: r.relation,
    evidence: buildEvidence(a, b, r.features, r.tiles, r.logit, r.bounded),
  };
}

/** Margin under which a score bound is trusted (the bound and the score add the same terms in another order). */
const BOUND_EPSILON = 1e-9;

/** The largest value of `w1 x + w2 x²` for `x` in `[0, hi]`. */
function maxQuadratic(w1: number, w2: number, hi: number): number {
  let best = Math.max(0, w1 * hi + w2 * hi * hi);
  if (w2 < 0) {
    const vertex = -w1 / (2 * w2);
    if (vertex > 0 && vertex < hi) best = Math.max(best, w1 * vertex + w2 * vertex * vertex);
  }
  return best;
}

/** The largest value of the Dice coefficient of two multisets of `na` and `nb` items (all of the smaller one shared). */
function maxDice(na: number, nb: number): number {
  return na + nb === 0 ? 0 : (2 * Math.min(na, nb)) / (na + nb);
}

/**
 * An upper bound of the built-in model's score of a pair, from every feature
 * but the two that need the common runs (`runContainment`, `longestRun`),
 * which are bounded by the shared words: runs cover at most the words the two
 * sentences share. The model's logit is a sum of one quadratic per feature, so
 * taking each run feature's largest value over its range bounds the logit;
 * calibration and the reuse floor are monotone, so they bound the score.
 * With `texts` (the bigram and trigram counts of `a` and `b`), `bigramDice`
 * and `charDice` are not read either (see `wordFeatures`): each is bounded
 * the same way, over `[0, the largest Dice of the two counts]`.
 */
function scoreBound(base: BaseFeatures, texts?: readonly [PreparedSentence, PreparedSentence]): number {
  const f = base.features;
  const ub = base.shorter > 0 ? Math.min(1, base.sharedTokens / base.shorter) : 0;
  const d = MODEL_FEATURES.length;
  let z = BIAS;
  for (let k = 0; k < d; k++) {
    const name = MODEL_FEATURES[k]!;
    if (name === 'runContainment' || name === 'longestRun') z += maxQuadratic(WEIGHTS[k]!, WEIGHTS[k + d]!, ub);
    else if (texts !== undefined && name === 'bigramDice') {
      z += maxQuadratic(WEIGHTS[k]!, WEIGHTS[k + d]!, maxDice(texts[0].bigrams.length, texts[1].bigrams.length));
    } else if (texts !== undefined && name === 'charDice') {
      z += maxQuadratic(WEIGHTS[k]!, WEIGHTS[k + d]!, maxDice(texts[0].trigrams.length, texts[1].trigrams.length));
    } else {
      const x = f[name];
      z += WEIGHTS[k]! * x + WEIGHTS[k + d]! * x * x;
    }
  }
  z = penalize(z, f);
  const changed = f.numberMismatch + f.negationMismatch > 0;
  const covered = Math.min(base.sharedTokens, base.shorter);
  const floor = changed
    ? 0
    : reuseFloor(ub, covered, covered, RELATION_THRESHOLDS.nearVerbatim, RELATION_THRESHOLDS.paraphrase);
  let score = Math.max(calibrate(z), floor);
  if (changed) score = capBelow(score, RELATION_THRESHOLDS.nearVerbatim);
  return score;
}

/**
 * {@link scoreWithTiles} for the built-in model, skipping pairs that provably
 * score below `needed`: their bound (see `scoreBound`) is computed without the
 * common runs, the costly part of scoring. Returns `undefined` for a skipped
 * pair; any pair it scores gets exactly the score and runs of
 * {@link scoreWithTiles}.
 *
 * @internal
 */
export function scoreIfReaching(
  a: PreparedSentence,
  b: PreparedSentence,
  needed: number,
  thresholds: RelationThresholds,
): (SentenceScore & { readonly tiles: readonly Tile[] }) | undefined {
  if (a.hashes.length > 0 && b.hashes.length > 0 && a.key !== b.key) {
    // First without the bigram and trigram merges (the longest): that bound alone skips most pairs.
    const words = wordFeatures(a, b);
    if (scoreBound(words, [a, b]) + BOUND_EPSILON < needed) return undefined;
    const base = withTextFeatures(a, b, words);
    if (scoreBound(base) + BOUND_EPSILON < needed) return undefined;
    const r = scoreCore(a, b, { thresholds }, base);
    return { score: r.score, relation: r.relation, tiles: r.tiles };
  }
  const r = scoreCore(a, b, { thresholds });
  return { score: r.score, relation: r.relation, tiles: r.tiles };
}

/**
 * {@link scorePrepared} that also returns the common runs (tiles) found on
 * the way, so a caller can report the covered spans without scoring again
 * (see `coveredSpans`).
 *
 * @internal
 */
export function scoreWithTiles(
  a: PreparedSentence,
  b: PreparedSentence,
  options?: ScoringOptions,
): SentenceScore & { readonly tiles: readonly Tile[] } {
  const r = scoreCore(a, b, options);
  return { score: r.score, relation: r.relation, tiles: r.tiles };
}

/**
 * Scores two prepared sentences without building evidence: the fastest
 * path, for ranking many candidate pairs. Same score and relation as
 * `comparePrepared`.
 *
 * @param a - First prepared sentence.
 * @param b - Second prepared sentence.
 * @param options - Thresholds and an optional replacement similarity.
 * @returns Score and relation.
 * @throws CopydeskError `ERR_INVALID_INPUT` when a side is not a prepared sentence; `ERR_INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * scorePrepared(prepareSentence('Putin met Kim.'), prepareSentence('Putin met Kim.')).score; //=> 1
 * ```
 */
export function scorePrepared(a: PreparedSentence, b: PreparedSentence, options?: ScoringOptions): SentenceScore {
  const r = scoreCore(a, b, options);
  return { score: r.score, relation: r.relation };
}

/**
 * Compares two sentences: how similar they are (0..1), which relation that
 * is, and the evidence.
 *
 * @param a - First sentence.
 * @param b - Second sentence.
 * @param options - Thresholds and an optional replacement similarity.
 * @returns Score, relation and evidence.
 * @throws CopydeskError `ERR_INVALID_INPUT` when `a` or `b` is not a string; `ERR_INVALID_OPTION` for an
 *   unknown, mistyped or out-of-range option, thresholds out of order, or a `similarity` that returns
 *   something other than a number in [0, 1]; `ERR_CALLBACK_FAILED` when `similarity` throws.
 * @example
 * ```ts
 * compareSentences('North Korean leader Kim Jong-un has confirmed he will attend.',
 *   'North Korean leader Kim Jong Un has confirmed he will attend.').relation;
 * //=> 'identical'
 * compareSentences('About 20 state leaders have confirmed their attendance.',
 *   'The Kremlin has extended invitations to 68 countries.').relation;
 * //=> 'unrelated'
 * ```
 * @remarks
 * Model-free: 22 lexical features of the pair (token and content-word Dice,
 * IDF-weighted cosine, containment and coverage over words and light stems,
 * bigram Dice, character-trigram Dice, greedy-string-tiling containment of
 * runs of at least 3 words, longest common run, length ratio and difference,
 * number match, name overlap and mismatch, unmatched IDF mass and content
 * words); all but the number and negation mismatches, and their squares,
 * enter a logistic regression fitted jointly on MRPC train and STS
 * Benchmark train news pairs (`scripts/fit/`; each MRPC pair weighs twice
 * an STS pair, which is what lifts MRPC 10-fold CV accuracy from 0.745 to
 * 0.757 at an STS dev news Spearman of 0.762); a changed number and an
 * added or removed negation each subtract a fixed 0.5 from the logit; an
 * isotonic calibration on STS train news gold / 5 maps the logit to 0..1.
 * Verbatim reuse sets a floor (`reuseFloor`). IDF comes from a shipped
 * document-frequency table of development sentences. Tokens are compared by
 * their norm (see `tokenize`), so case, quote style, diacritics, hyphenation
 * (`Jong-un`/`Jong Un`), dotted abbreviations (`U.S.`/`US`) and British or
 * American spelling do not change the score. `string-similarity` is not used:
 * its `compareTwoStrings` (case-sensitive bigram Dice after removing all
 * whitespace) is replaced by `charDice`, a character-trigram Dice over the
 * token norms; adding `compareTwoStrings` as a feature moved MRPC
 * cross-validated accuracy by -0.001 and STS dev news Spearman by +0.002,
 * within noise, so it was left out. Empty sentences (no word) score 0.
 */
export function compareSentences(a: string, b: string, options?: CompareOptions): SentenceMatch {
  if (typeof a !== 'string' || typeof b !== 'string') {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      `Expected two strings, got ${typeof a} and ${typeof b}. Pass the two sentences as strings.`,
    );
  }
  validateCompareOptions(options, RELATION_THRESHOLDS);
  const user = options?.similarity;
  const scoring: ScoringOptions | undefined =
    user === undefined || typeof user !== 'function'
      ? (options as ScoringOptions | undefined)
      : { ...options, similarity: (x: PreparedSentence, y: PreparedSentence) => user(x.text, y.text) };
  return comparePrepared(prepareSentence(a), prepareSentence(b), scoring);
}
