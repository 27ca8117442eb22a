/**
 * Numbers of the similarity stage that were unnamed before issue 11, each
 * with where it comes from. The model's weights (`model-weights.ts`) are
 * generated and live there, as do the relation thresholds of the default
 * calibration (`RELATION_THRESHOLDS`, `compare-sentences.ts`). The modules
 * that first exported a constant re-export it from here.
 *
 * @internal
 * @packageDocumentation
 */

/**
 * Document frequency a number token is rated at: numbers are specific, so a
 * number weighs as a word seen in 20 sentences of the frequency table. Set
 * with the first model (dbec658, fitted on MRPC train and STS train news);
 * hand-set, not fitted itself.
 */
export const NUMBER_DOCUMENT_FREQUENCY = 20;

/**
 * Scales of the pair features that are counts or IDF masses, so each lies in
 * [0, 1]: a count or mass at the scale or above reads 1. Hand-set with the
 * first model (dbec658), not fitted; the model weights were fitted on
 * features scaled this way, so changing a scale needs a refit.
 */
export const FEATURE_SCALES = Object.freeze({
  /** Names present on one side only (`nameMismatch`). */
  names: 3,
  /** IDF mass, in nats, of the heavier side's unshared words (`unmatchedIdf`). */
  unmatchedIdf: 10,
  /** Difference in word counts (`lengthDifference`). */
  lengthWords: 20,
  /** Unshared content words of the side with more of them (`unmatchedContent`). */
  contentWords: 10,
  /** Stem IDF mass of the side with more unmatched stems (`unmatchedStemIdf`). */
  stemIdf: 10,
} as const);

/**
 * How far above its threshold the verbatim-reuse floor lifts a pair
 * (`reuseFloor`): up to 0.02 above near-verbatim as run containment goes
 * from `NEAR_VERBATIM_CONTAINMENT` to 1, up to 0.01 above paraphrase as the
 * covered words go from `CLAUSE_MIN_WORDS` to 20 more. Reasoned: just above
 * the thresholds, since such pairs average about 3.9 of 5 on STS dev news
 * (reuse, not equivalence); the lifts only keep their order. Hand-set
 * (dbec658), not fitted.
 */
export const REUSE_FLOOR_LIFT = Object.freeze({
  /** Most lift above the near-verbatim threshold. */
  nearVerbatim: 0.02,
  /** Most lift above the paraphrase threshold. */
  clause: 0.01,
  /** Covered words beyond `CLAUSE_MIN_WORDS` at which the clause lift is full. */
  clauseWords: 20,
} as const);

/**
 * `capBelow` squeezes scores above `limit - knee` into `[limit - knee,
 * limit - knee + span]` (0.05 and 0.04: `[limit - 0.05, limit - 0.01]`), so a
 * pair with a changed number or negation is never near-verbatim yet keeps its
 * order. Hand-set (dbec658), not fitted.
 */
export const CAP_BELOW = Object.freeze({
  /** Distance below the limit where squeezing starts. */
  knee: 0.05,
  /** Width of the range the squeezed scores fill. */
  span: 0.04,
} as const);

/**
 * Work of the anchored tiling of long sentences (`anchoredTiles`, 6f29a8e,
 * hardening): a fixed allowance of steps on top of
 * `ANCHOR_WORK_PER_WORD` per word, and, for a word more frequent than
 * `ANCHOR_FREQUENCY_CAP`, the occurrences within this many places of the
 * diagonal that are tried. Reasoned to keep the work linear; hand-set.
 */
export const ANCHOR_TUNING = Object.freeze({
  /** Steps allowed whatever the length. */
  baseSteps: 4096,
  /** Occurrences of a frequent word tried on each side of the diagonal. */
  diagonalWindow: 2,
} as const);

/**
 * Words per side the exact tiling's buffers first hold (`tableTiles`,
 * d28ab78): 256 words and the border, the largest table
 * (`EXACT_TILING_CELLS`) side. They grow to the longest side seen.
 */
export const INITIAL_TILING_WORDS = 257;

/**
 * Bounds of the IDF and stem-hash caches: 1 MB each, keys (norms) up to 64
 * characters, so a stream of unique long words cannot grow them. Reasoned;
 * hand-set.
 */
export const WORD_CACHE = Object.freeze({
  /** Bytes each cache may hold. */
  bytes: 1024 * 1024,
  /** Longest norm cached. */
  maxKeyLength: 64,
} as const);

/**
 * IDF at or above which a shared word is reported as rare (df of about 1 in
 * 500 sentences). Reasoned (dbec658); hand-set, not fitted.
 */
export const RARE_IDF = Math.log(500);

/**
 * Minimum run, in words, that counts as reused (tiles and `runContainment`).
 * Hand-set with the first model (dbec658), which was fitted on features
 * measured with it.
 */
export const MIN_RUN = 3;

/** Share of the shorter sentence covered by common runs at or above which a pair is near-verbatim. */
export const NEAR_VERBATIM_CONTAINMENT = 0.8;
/** Fewest covered words for the containment rule. */
export const NEAR_VERBATIM_MIN_WORDS = 6;
/** Longest common run, in words, at or above which a reused clause counts as a paraphrase. */
export const CLAUSE_MIN_RUN = 8;
/**
 * Fewest words covered by common runs for the clause rule. The four
 * reuse-floor bounds were hand-set with the first model (dbec658) on STS dev
 * news (reused pairs average about 3.9 of 5 there), not fitted.
 */
export const CLAUSE_MIN_WORDS = 13;

/** Logit subtracted when both sentences have numbers and the numbers differ. */
export const NUMBER_PENALTY = 0.5;
/**
 * Logit subtracted when one sentence is negated and the other is not. Both
 * penalties are hand-set (dbec658), and the model is fitted with them as
 * fixed offsets (see `penalize`).
 */
export const NEGATION_PENALTY = 0.5;

/**
 * Largest product of the two sentences' word counts tiled by the exact table
 * (256 × 256 words). Reasoned: news sentences have at most about 100 words,
 * so every real pair takes the table; above it only run-on text (lists,
 * paragraphs without punctuation) remains, where the anchored method is exact
 * too unless a limit is hit.
 */
export const EXACT_TILING_CELLS = 256 * 256;

/**
 * A word seen more than this many times in the second sentence is not used
 * as an anchor except near the diagonal. Reasoned: no word of real prose
 * (`the` included) reaches 64 occurrences in one sentence of up to a few
 * hundred words; above it the text is repetitive and anchors near the
 * diagonal keep a copy's own alignment.
 */
export const ANCHOR_FREQUENCY_CAP = 64;

/**
 * Steps of the anchored search allowed per word of the two sentences, plus a
 * fixed allowance ({@link ANCHOR_TUNING}). Hand-set with the hardening (6f29a8e).
 */
export const ANCHOR_WORK_PER_WORD = 64;

/** Most tiles picked (the table's passes). Reasoned with the hardening (6f29a8e); hand-set, not fitted. */
export const MAX_TILES = 8;
