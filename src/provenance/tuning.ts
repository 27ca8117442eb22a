/**
 * Numbers of the provenance stage, each with the reason for its value: work
 * bounds (how much work a repetitive or adversarial text can cause; on
 * ordinary news text none of them is ever reached), derivation cut-offs,
 * and the confidences of direction verdicts, graph edges and wire evidence.
 * The public defaults (`DERIVATION_THRESHOLDS`, `DIRECTION_WEIGHTS`,
 * `WIRE_EVIDENCE_CONFIDENCE`, `DEFAULT_REUSE_OPTIONS`) stay with the
 * functions they configure.
 *
 * @internal
 * @packageDocumentation
 */

/**
 * Most exact common runs that may cover one word of the target in
 * `findReuse`: once a target word lies inside this many runs (found at
 * different places of the source), further places of the source are not
 * compared for it.
 *
 * @remarks Without a bound, a text that repeats itself (`U.S. U.S. ...`, a
 * paragraph a broken scraper printed a thousand times) matches every copy of
 * the repeat against every other: the number of common runs, and the work,
 * grow with the square of the length (172 s for 512 KB of `U.S. `, with
 * provenance on). With it, each target word is compared with at most this
 * many source places, so the work is linear. 16 is above what real text
 * needs, measured: on the 500 PAN-13 pairs of `npm run eval -- pan13`,
 * `findReuse` gives the same 665 passages with this bound as without one
 * (3 passages of one pair are flagged `capped`); at 8, 9 pairs were
 * capped and one detection changed. No pair of seed articles reaches 8. Every target word it skips
 * already lies inside 16 common runs, so shares are unaffected; only which
 * copy of a repeat a passage points to is decided by the places found
 * first. The passages concerned are flagged `capped`, and `traceProvenance`
 * reports a `repetitive-text` diagnostic.
 */
export const MAX_RUN_DEPTH = 16;

/**
 * Characters of the line on each side of an agency name that wire-evidence
 * rules look at (`(Reuters) -`, `Copyright 2015 The Associated Press`,
 * `Reuters contributed to this report`).
 *
 * @remarks Every rule needs at most 200 characters of context: a credit
 * line's text before the agency is under 200 characters, a copyright notice
 * has its year within 40. Reading the whole line instead made the work grow
 * with the square of a long line that names many agencies.
 */
export const EVIDENCE_CONTEXT_CHARS = 200;

/**
 * Bounds and cut-offs of the sentence links behind `rewrittenShare`
 * (`link-sentences.ts`).
 *
 * @remarks
 * - `rareIdf`: ln 50, a word found in about one sentence in 50 of the
 *   similarity stage's document-frequency table (`the`, `said`, `year` fall
 *   below it; names, numbers and most content words are above). Two
 *   sentences that rewrite one another keep their names, numbers and most
 *   content words, so they share several such words.
 * - `minSharedRare`: 2. One shared rare word (a name) is what every
 *   sentence of two reports on one story has in common.
 * - `candidates`: 3 source sentences scored per target sentence, most
 *   shared rare words first: the work is at most 3 sentence scores per
 *   target sentence, linear in the text.
 * - `maxPostings`: 8. A word found in more than 8 sentences of one text is
 *   not rare in it (the story's subject, a repeated refrain) and is left
 *   out of its index, which keeps each lookup bounded.
 * - `maxWords`: 120. News sentences are under 80 words; a longer "sentence"
 *   is text without stops (a scraped list, a repeated line), and scoring
 *   two of them costs work that grows with the product of their lengths
 *   (`test/hardening/stress.test.ts`).
 */
export const LINK_BUDGET = {
  /** Least IDF of a word used to find candidate sentence pairs. */
  rareIdf: Math.log(50),
  /** Fewest rare words a candidate pair must share. */
  minSharedRare: 2,
  /** Most source sentences scored per target sentence. */
  candidates: 3,
  /** Most sentences of one text listed for a rare word. */
  maxPostings: 8,
  /** Most words of a sentence that is linked; longer ones are not sentences (a page without stops) and are left out. */
  maxWords: 120,
} as const;

/**
 * What counts toward derivation besides the shares' thresholds
 * (`DERIVATION_THRESHOLDS`).
 *
 * @remarks
 * - `quoted`: 0.8. A verbatim passage with at least 80% of its characters
 *   inside quotation marks in both texts is the same statement quoted by
 *   two reporters (a press release, a spokesman): it is reported as a
 *   shared quote and does not count toward derivation. A sentence link
 *   whose two sentences are both at least half quoted is left out for the
 *   same reason (`quotedSentence`: 0.5).
 * - `stockPhraseTokens`: 12 matched words. When all a pair shares is one
 *   passage shorter than this (a single 8–11-word run: `the Democratic
 *   People's Republic of Korea, the country's official name`) and no
 *   rewritten sentence, the pair is non-derived, however short the target:
 *   in a 60-word brief such a run alone is 15% of the body, the share
 *   threshold of partial derivation.
 * - `minLinks`: 2. Rewritten sentences count only when at least two are
 *   linked in order: independent reports of one event often carry one
 *   sentence that says the same thing (`The meeting is scheduled for May 9`).
 * - `minLinkedShare`: 0.3. A rewrite rewrites most of what it takes, in
 *   order; independent reports of one story share a few facts, each in a
 *   sentence of its own. On multi-news-dev, ordered pairs of real outlets
 *   with under 5% verbatim overlap that have 2 or more in-order links have
 *   them for at most 29% of the target's sentences (10 such pairs reached
 *   the 15% of partial derivation with no density bound; none at 0.3),
 *   while the rewordings of the development set link 60–100%.
 */
export const DERIVATION_TUNING = {
  /** Least share of a passage's characters inside quotation marks, in both texts, for a shared quote. */
  quoted: 0.8,
  /** Least share of a sentence inside quotation marks, in both texts, for its link to be left out. */
  quotedSentence: 0.5,
  /** Matched words below which a lone passage is a stock phrase. */
  stockPhraseTokens: 12,
  /** Fewest in-order sentence links for rewritten sentences to count. */
  minLinks: 2,
  /** Least share of the target's sentences linked in order for rewritten sentences to count. */
  minLinkedShare: 0.3,
} as const;

/**
 * Least share of a target sentence's non-space characters inside reused
 * passages for the sentence to count in `shareSentences` (and be listed in
 * `derivedSentences`): at least half covered. Reasoned (a sentence mostly
 * copied is a copied sentence); hand-set, not fitted.
 */
export const DERIVED_SENTENCE_COVERAGE = 0.5;

/**
 * Shares are reported rounded to 4 decimals (`Math.round(x * 10000) / 10000`):
 * enough for a percentage with two decimals, and stable across platforms.
 */
export const SHARE_ROUNDING = 10_000;

/**
 * When one side lacks only the other's tail (copies are cut from the bottom,
 * the inverted pyramid), the direction evidence `DIRECTION_WEIGHTS.cutTail`.
 *
 * @remarks Hand-set, not fitted: a text has at least `minUncovered` (10%)
 * of its body outside the passages the other takes, at least `minTail` (80%)
 * of that uncovered text after the last covered character, while the other
 * text's own additions lie less than `otherMaxTail` (50%) in its tail.
 */
export const CUT_TAIL = Object.freeze({
  /** Least share of a text's body outside the passages the other text takes. */
  minUncovered: 0.1,
  /** Least share of that uncovered text lying after the last covered character. */
  minTail: 0.8,
  /** The other text's uncovered text lies less than this share in its tail (spread through it). */
  otherMaxTail: 0.5,
} as const);

/**
 * Weight of the direction evidence "one text is an agency's own story, the
 * other credits no agency": half of `DIRECTION_WEIGHTS.ownVersusSyndicated`
 * (the other text might have dropped the credit). Hand-set, not fitted.
 */
export const OWN_VERSUS_UNCREDITED_WEIGHT = 1;

/**
 * Confidences of the direction verdicts of `traceProvenance`. Hand-set, not
 * fitted (all from the first provenance commit, 5823027).
 *
 * @remarks
 * - `unrelated`: `max(unrelatedMin, 1 - top / partially * unrelatedSlope)`,
 *   where `top` is the larger share (capped at the partial-derivation
 *   threshold): 1 when nothing is shared, falling to 0.5 at the threshold.
 * - `common-source` through a third text: `min(thirdSourceMax, thirdSourceBase
 *   + thirdSourceSlope * min(share of a, share of b))`.
 * - `common-source` through a shared credit: the lower attribution
 *   confidence times `sharedCreditFactor`.
 * - `a-to-b` / `b-to-a`: `min(directedMax, directedBase + directedScale *
 *   tanh(|score| / directedSoftness))`, so one piece of evidence of weight 1.5
 *   gives about 0.88, and no evidence makes a verdict certain.
 */
export const DIRECTION_CONFIDENCE = Object.freeze({
  /** Lowest confidence of an `unrelated` verdict. */
  unrelatedMin: 0.5,
  /** How fast the `unrelated` confidence falls with the larger share, per partial-derivation threshold. */
  unrelatedSlope: 0.5,
  /** Highest confidence of a `common-source` verdict through a third text. */
  thirdSourceMax: 0.9,
  /** Confidence of a `common-source` verdict through a third text that both barely take from. */
  thirdSourceBase: 0.5,
  /** Confidence gained per unit of the smaller share taken from the third text. */
  thirdSourceSlope: 0.5,
  /** Factor on the lower attribution confidence of a `common-source` verdict through a shared credit. */
  sharedCreditFactor: 0.9,
  /** Highest confidence of an `a-to-b` or `b-to-a` verdict. */
  directedMax: 0.97,
  /** Confidence of a directed verdict on vanishing evidence. */
  directedBase: 0.5,
  /** Confidence a directed verdict can gain above `directedBase`. */
  directedScale: 0.5,
  /** Evidence score at which a directed verdict has gained tanh(1) (76%) of `directedScale`. */
  directedSoftness: 1.5,
} as const);

/**
 * Confidences of provenance graph edges that no verdict gives. Hand-set, not
 * fitted.
 *
 * @remarks `unknownDirection`: a `derived-from` edge for a pair that shares
 * text but whose direction is unknown (it points to the text with the larger
 * share). `citesKnown` / `citesUnknown`: a `cites` edge to a known agency or
 * outlet, and to an outlet found only by its shape (`the Korea Herald
 * newspaper said`).
 */
export const EDGE_CONFIDENCE = Object.freeze({
  /** A `derived-from` edge of a pair whose direction is unknown. */
  unknownDirection: 0.3,
  /** A `cites` edge to a known agency or outlet. */
  citesKnown: 0.9,
  /** A `cites` edge to an outlet found by its shape only. */
  citesUnknown: 0.6,
} as const);

/**
 * Characters after and before an outlet's name in which `findCitations`
 * looks for a reporting cue (`Yonhap news agency quoted`, `according to the
 * state news agency RIA`). Reasoned: the longest cue the patterns allow (a
 * descriptor, two auxiliaries, the verb; or a phrase and four words of
 * descriptor) fits; hand-set, not fitted.
 */
export const CITATION_CONTEXT_CHARS = Object.freeze({
  /** Characters after the name. */
  after: 80,
  /** Characters before the name. */
  before: 120,
} as const);

/**
 * Chaining and choosing of exact runs in `findReuse`. Hand-set, not fitted.
 *
 * @remarks
 * - `maxOverlap`: 2 tokens. Two runs of one passage may overlap by this many
 *   tokens on either side (a repeated word ends one run and starts the next).
 * - `maxKeptOverlap`: 0.5. A chain is kept when at most half of its target
 *   tokens lie in chains already kept (longest first): a passage mostly
 *   covered already is another copy of a repeat.
 */
export const CHAIN_TUNING = Object.freeze({
  /** Most tokens two chained runs may overlap, on either side. */
  maxOverlap: 2,
  /** Most share of a chain's target tokens already kept for the chain to be kept. */
  maxKeptOverlap: 0.5,
} as const);

/**
 * Wire-evidence rules without a confidence table entry of their own.
 * Hand-set, not fitted.
 *
 * @remarks
 * - `unnamedCreditLine`: 0.5, the confidence of a credit line in wire house
 *   style that names no agency.
 * - `foreignUrlFactor`: 0.3. A wire URL found in the text that is not the
 *   article's own (a link elsewhere) counts for 30% of its pattern's
 *   confidence.
 * - `copyrightTailChars`: 60. A copyright notice naming an agency is a
 *   credit when less than this much text follows the agency on its line.
 * - `contributedLeadChars`: 200. `X contributed to this report` is a credit
 *   when less than this much of the line precedes the agency (a credit line,
 *   not a sentence of the story); see {@link EVIDENCE_CONTEXT_CHARS}.
 */
export const WIRE_EVIDENCE_TUNING = Object.freeze({
  /** Confidence of a credit line that names no agency. */
  unnamedCreditLine: 0.5,
  /** Factor on a URL pattern's confidence when the URL is a link in the text, not the article's own. */
  foreignUrlFactor: 0.3,
  /** Most characters after the agency on a copyright line. */
  copyrightTailChars: 60,
  /** Most characters before the agency on a `contributed to this report` line. */
  contributedLeadChars: 200,
} as const);
