/**
 * Every threshold of the normalize stage, in one place (as trafilatura keeps
 * its settings), each with where it comes from: fitted on which development
 * data, reasoned how, or hand-set. "Hand-set, not fitted" marks a bound chosen
 * with the first version of a rule (commit 2bbfbb8, checked on the seed
 * articles only) and never measured since: a candidate for fitting.
 *
 * The development data named here: the CleanEval development set (58 pages),
 * the English trafilatura evaluation pages (171), and the Multi-News
 * development sample (`multi-news-dev`, 690 documents, 187 labelled; issue 12).
 *
 * @packageDocumentation
 */

/** Lines of page furniture recognized one at a time (step 2). @internal */
export const LINE_FURNITURE = Object.freeze({
  /**
   * Longest line a line rule looks at, in words, unless the rule sets its own
   * `maxWords`. Reasoned: furniture is short; a long paragraph is never one
   * line of it. Hand-set, not fitted.
   */
  maxWords: 60,
  /**
   * Longest line read as a date or time stamp, in characters. Hand-set, not
   * fitted (a date with a weekday, a time and a short trail runs under 60).
   */
  maxDateLineChars: 100,
} as const);

/** Fragments: a few words without sentence punctuation (a label, a button, a subheading). @internal */
export const FRAGMENT = Object.freeze({
  /** Most words of a fragment. Hand-set, not fitted. */
  maxWords: 3,
  /** Most characters of a fragment (fewer than 40). Hand-set, not fitted. */
  maxChars: 39,
} as const);

/** The header zone: title, dek, story highlights and captions before the lede (steps 4 and 6). @internal */
export const HEADER = Object.freeze({
  /** Longest title, in words. Hand-set, not fitted (headlines run 5 to 15 words). */
  maxTitleWords: 30,
  /**
   * Longest dek, in words. Measured: the 15 deks of the Multi-News dev labels
   * (issue 12) run 4 to 39 words; a longer line before a byline is the lede
   * or a paragraph of prose.
   */
  maxDekWords: 50,
  /**
   * Fewest words of a line read as a dek for lacking sentence punctuation.
   * Reasoned: shorter lines are fragments (`$13 million`, a subheading) that
   * the fragment pass judges; the shortest dek measured is a score of four
   * words (`HEAT 121, THUNDER 106`).
   */
  minUnpunctuatedDekWords: 4,
  /**
   * Most lines without sentence punctuation between the title and the lede
   * that are read as its header (dek, story highlights, kicker, a second
   * title). Measured: CNN's story highlights are three lines; a longer run is
   * a list (credits, lyrics, a table) and stays for the other passes.
   */
  maxHeaderLines: 4,
  /** Most sentences of a dek found by what follows it (a byline) or by the body repeating it. Hand-set, not fitted. */
  maxDekSentences: 3,
} as const);

/** A line whose sentences a later line repeats (a dek the lede restates). @internal */
export const REPEATED = Object.freeze({
  /** Body lines after the line that are searched for the repeat. Hand-set, not fitted (the lede follows the dek closely). */
  lookaheadLines: 6,
  /** Fewest word pairs of a sentence for it to count. Hand-set, not fitted (shorter sentences repeat by chance). */
  minPairs: 3,
  /** Share of a sentence's word pairs a later line must contain. Hand-set, not fitted. */
  minPairShare: 0.6,
  /** Share of the line's sentences that must be repeated (at least half). Hand-set, not fitted. */
  minSentenceShare: 0.5,
} as const);

/** The trailing zone: the outlet's furniture after the story (step 8). @internal */
export const TAIL = Object.freeze({
  /**
   * Body words that must come before a trailing zone can start. Fitted on the
   * trafilatura evaluation pages and CleanEval dev (commit 4ae9acd: body kept
   * 91.6% -> 96.1%, CleanEval F1 0.930): navigation menus at the top of a page
   * are not a tail.
   */
  minStoryWords: 60,
  /**
   * Share of the rest that must be furniture after a weak start (one line of
   * furniture). Fitted on CleanEval dev (commit 96fa2d9, F1 0.597 -> 0.926).
   */
  weakFurnitureShare: 0.5,
  /**
   * Share of the rest that must be furniture after a strong start (a credit
   * line, a letter to readers, a paywall, navigation). Fitted on CleanEval dev
   * (commit 96fa2d9).
   */
  strongFurnitureShare: 0.3,
  /** Fewest words of a line that can continue the story. Hand-set, not fitted. */
  minTopicalWords: 5,
  /** Share of a line's content stems found in the story so far for it to continue the story. Hand-set, not fitted (about a third). */
  minTopicalShare: 0.34,
  /** Fewest content stems shared with the story. Hand-set, not fitted. */
  minTopicalSharedStems: 3,
} as const);

/** Lines repeated verbatim (step 10). @internal */
export const DUPLICATES = Object.freeze({
  /** Fewest words of a line reported as a duplicate. Hand-set, not fitted (short labels repeat by design). */
  minWords: 4,
} as const);

/** Diagnostics on the result (step 15). @internal */
export const DIAGNOSTICS = Object.freeze({
  /** Share of the non-space characters kept as body below which `mostly-removed` is reported. Hand-set, not fitted. */
  mostlyRemovedShare: 0.1,
  /** Fewest non-space characters of an input for `mostly-removed` (a short input may be all metadata). Hand-set, not fitted. */
  mostlyRemovedMinChars: 500,
  /** Dropped control characters above which `control-characters` is a warning rather than info. Hand-set, not fitted. */
  controlCharactersWarning: 16,
  /** Share of Latin letters below which `non-latin-script` is reported. Hand-set, not fitted. */
  minLatinShare: 0.8,
} as const);

/** The article's own address among the URLs of the text (step 16). @internal */
export const ARTICLE_URL = Object.freeze({
  /** Fewest title words a URL must contain to be taken as the article's. Hand-set, not fitted. */
  minTitleWords: 3,
} as const);
