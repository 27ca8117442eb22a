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
