/**
 * Work bounds of the provenance stage, each with the reason for its value.
 * They bound how much work a repetitive or adversarial text can cause; on
 * ordinary news text none of them is ever reached.
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
