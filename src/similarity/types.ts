/**
 * Public types of sentence comparison.
 *
 * @packageDocumentation
 */

import type { Relation, Span } from '../core/types.js';
import type { Token } from '../segment/tokenize.js';

/** Lowest score of each relation (a score at or above the threshold gets the relation). */
export interface RelationThresholds {
  /** Lowest score of `near-verbatim`. */
  readonly nearVerbatim: number;
  /** Lowest score of `paraphrase`. */
  readonly paraphrase: number;
  /** Lowest score of `related`. */
  readonly related: number;
}

/** The feature values the score was computed from (all in [0, 1] unless said otherwise). */
export interface SentenceFeatures {
  /** Dice coefficient of the word/number norm multisets. */
  readonly dice: number;
  /** Dice coefficient of the content-word (non-stopword) norm sets. */
  readonly contentDice: number;
  /** IDF-weighted cosine of the word/number norm sets. */
  readonly idfCosine: number;
  /** IDF mass shared, over the IDF mass of the lighter sentence (containment). */
  readonly idfContainment: number;
  /** IDF mass shared, over the IDF mass of the heavier sentence. */
  readonly idfCoverage: number;
  /** Dice coefficient of word bigrams. */
  readonly bigramDice: number;
  /** Share of the shorter sentence's words covered by common runs of at least 3 words (greedy tiling). */
  readonly runContainment: number;
  /** Longest common run of words, over the shorter sentence's word count. */
  readonly longestRun: number;
  /** Dice coefficient of character trigrams of the normalized words. */
  readonly charDice: number;
  /** Shorter over longer word count. */
  readonly lengthRatio: number;
  /** 1 when each sentence has a number the other lacks (a changed number, not an added one), else 0. */
  readonly numberMismatch: number;
  /** Names (capitalized, not sentence-initial) present on one side only, capped at 3, over 3. */
  readonly nameMismatch: number;
  /** 1 when one sentence is negated and the other is not, else 0. */
  readonly negationMismatch: number;
  /** IDF mass (in nats, over 10, capped at 1) of the words the heavier-unmatched side does not share. */
  readonly unmatchedIdf: number;
  /** IDF-weighted cosine of the content-word stem sets (`states`/`stated` meet). */
  readonly stemCosine: number;
  /** Stem IDF mass shared, over the stem IDF mass of the lighter sentence. */
  readonly stemContainment: number;
  /** Stem IDF mass shared, over the stem IDF mass of the heavier sentence. */
  readonly stemCoverage: number;
  /** Difference in word counts, over 20, capped at 1. */
  readonly lengthDifference: number;
  /** 1 when both sentences have numbers and the sets are equal, else 0. */
  readonly numberMatch: number;
  /** Shared names over all distinct names of both sentences. */
  readonly nameOverlap: number;
  /** Stem IDF mass (over 10, capped at 1) of the side with more unmatched stems. */
  readonly unmatchedStemIdf: number;
  /** Content words of the side with more of them unmatched, over 10, capped at 1. */
  readonly unmatchedContent: number;
}

/** Terms present on one side of a pair only. */
export interface MismatchedTerms {
  /** Terms of `a` missing from `b` (norms). */
  readonly a: readonly string[];
  /** Terms of `b` missing from `a` (norms). */
  readonly b: readonly string[];
}

/** Why a pair got its score: what it shares, what differs, which spans are covered. */
export interface SentenceEvidence {
  /** Shared words with an IDF above the rare-word cut (norms, in order of `a`). */
  readonly sharedRareWords: readonly string[];
  /** Shared numbers (norms). */
  readonly sharedNumbers: readonly string[];
  /** Shared names: capitalized words not at sentence start (norms). */
  readonly sharedNames: readonly string[];
  /** Numbers of `a` missing from `b`, and of `b` missing from `a`. */
  readonly mismatchedNumbers: MismatchedTerms;
  /** Names of `a` missing from `b`, and of `b` missing from `a`. */
  readonly mismatchedNames: MismatchedTerms;
  /** One sentence is negated (`not`, `n't`, `never`, `no`, ...) and the other is not. */
  readonly negationMismatch: boolean;
  /** Spans of `a` covered by common runs of at least 3 words (offsets into `a`). */
  readonly coveredA: readonly Span[];
  /** Spans of `b` covered by the same runs (offsets into `b`). */
  readonly coveredB: readonly Span[];
  /** The feature values. */
  readonly features: SentenceFeatures;
  /** The model's linear predictor before calibration (log-odds of MRPC paraphrase). */
  readonly logit: number;
  /**
   * Present (`true`) when the sentences were too long or too repetitive for an
   * exhaustive search for common runs (tens of thousands of words, or one word
   * repeated hundreds of times, as in a paragraph scraped without
   * punctuation): the runs were searched within a work budget linear in their
   * length, so a run may be missed and `coveredA`/`coveredB` and the score
   * may be lower than an exhaustive search would give. Never set for
   * sentences of ordinary length.
   */
  readonly bounded?: true;
}

/** Score and relation of a pair, without evidence (see `scorePrepared`). */
export interface SentenceScore {
  /** Similarity in [0, 1], monotone in the model's evidence; see `RELATION_THRESHOLDS`. */
  readonly score: number;
  /** The relation the score falls into. */
  readonly relation: Relation;
}

/** The result of comparing two sentences. */
export interface SentenceMatch extends SentenceScore {
  /** Why. */
  readonly evidence: SentenceEvidence;
}

/**
 * A sentence tokenized and featurized once, to be compared many times.
 * Treat the fields other than `text` and `tokens` as opaque.
 */
export interface PreparedSentence {
  /** The sentence as given. */
  readonly text: string;
  /** Its tokens (tokenized again on first read: a prepared sentence does not hold them). */
  readonly tokens: readonly Token[];
  /** Norms of all tokens joined by spaces: equal keys mean `identical`. */
  readonly key: string;
  /** Indexes into `tokens` of the word and number tokens. */
  readonly words: Int32Array;
  /** Hashes of the word and number norms, in order. */
  readonly hashes: Int32Array;
  /** `hashes`, sorted. */
  readonly sortedHashes: Int32Array;
  /** Sorted distinct word/number hashes. */
  readonly distinct: Int32Array;
  /** IDF of each entry of `distinct`. */
  readonly distinctIdf: Float64Array;
  /** Sorted distinct content-word hashes. */
  readonly content: Int32Array;
  /** Sorted distinct content-word stem hashes (numbers included). */
  readonly stems: Int32Array;
  /** IDF of each entry of `stems`. */
  readonly stemIdf: Float64Array;
  /** Sum of `stemIdf`. */
  readonly stemSum: number;
  /** Euclidean norm of `stemIdf`. */
  readonly stemNorm: number;
  /** Sorted word bigram hashes (with repeats). */
  readonly bigrams: Int32Array;
  /** Sorted character trigram hashes (with repeats). */
  readonly trigrams: Int32Array;
  /** Sum of `distinctIdf`. */
  readonly idfSum: number;
  /** Euclidean norm of `distinctIdf`. */
  readonly idfNorm: number;
  /** Distinct numbers: norms, or values with their scale word (`10.2 million` is `10200000`) and a glued sign (`-5`). */
  readonly numbers: readonly string[];
  /** The same numbers with repeats, sorted: one entry per number the sentence writes. */
  readonly numberBag: readonly string[];
  /** The amounts written with a currency, as `value currency` (`5000000 £`), distinct and sorted. */
  readonly currencies: readonly string[];
  /** Distinct name norms. */
  readonly names: readonly string[];
  /** Whether the sentence contains a negation. */
  readonly negated: boolean;
  /** Offsets in `text` of each word and number token, start and end in turn (the entries of `words`). */
  readonly wordSpans: Int32Array;
  /**
   * Stems of the words that can say what happened (not names, function or
   * reporting words), each once: two sentences that share none of them report
   * different facts about the same people.
   */
  readonly predicates: readonly string[];
}

/**
 * A similarity you bring, used instead of the built-in model by
 * `compareSentences`, `alignSources` and `alignSourcesAsync`: two sentences
 * in, a score in [0, 1] out, which the relation thresholds then classify. For
 * `alignSourcesAsync` it may return a promise (`SentenceSimilarity<number |
 * Promise<number>>`).
 *
 * @typeParam Score - What the function returns: `number`, or for
 *   `alignSourcesAsync` a number or a promise of one.
 * @example
 * ```ts
 * const jaccard: SentenceSimilarity = (a, b) => {
 *   const x = new Set(a.toLowerCase().split(/\W+/));
 *   const y = new Set(b.toLowerCase().split(/\W+/));
 *   const shared = [...x].filter((w) => y.has(w)).length;
 *   return shared / (x.size + y.size - shared);
 * };
 * ```
 */
export type SentenceSimilarity<Score extends number | Promise<number> = number> = (a: string, b: string) => Score;

/**
 * The options the scoring functions take inside the library: a replacement
 * similarity there receives prepared sentences (`compareSentences` and
 * `alignSources` wrap the user's {@link SentenceSimilarity}).
 *
 * @internal
 */
export interface ScoringOptions {
  readonly thresholds?: Partial<RelationThresholds>;
  readonly similarity?: (a: PreparedSentence, b: PreparedSentence) => number;
}

/** Options of `compareSentences`. */
export interface CompareOptions {
  /**
   * Relation thresholds to use instead of the calibrated ones; each in
   * [0, 1], with `related <= paraphrase <= nearVerbatim`.
   *
   * @defaultValue `RELATION_THRESHOLDS`
   */
  readonly thresholds?: Partial<RelationThresholds>;
  /**
   * A similarity function to use instead of the built-in model. Evidence is
   * still computed; `evidence.logit` is then `NaN`.
   *
   * @defaultValue `undefined` (the built-in model)
   */
  readonly similarity?: SentenceSimilarity;
}
