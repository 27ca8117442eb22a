/**
 * Every number that shapes a sentence diff, named, with where it comes from.
 *
 * None of these was fitted: each was set by hand with the rule it belongs to
 * and checked on the seed articles and the hand-checked sentence pairs of
 * test/fixtures/diff/real-pairs.json (STS Benchmark news rows, MRPC rows and
 * seed pairs). "Hand-set, not fitted" names such a bound; a bound that
 * follows from what it bounds says how it was reasoned. The commit that
 * introduced a bound is named where it was not the first version of the diff
 * (commit 5823027).
 *
 * @packageDocumentation
 */

/** Default of `DiffOptions.maxEditLength`. Reasoned: two sentences rarely differ by more than 300 tokens; the bound keeps two unrelated 100 KB texts under about 100 ms. */
export const DEFAULT_MAX_EDIT_LENGTH = 500;

/** Default of `DiffOptions.timeoutMs`. Reasoned: a safety net behind the edit-length bound, which is deterministic and normally fires first. */
export const DEFAULT_TIMEOUT_MS = 1000;

/**
 * Most name pairs the `name:spelled-pairs` rule compares, and most word pairs
 * the synonym check of a rewording compares, in one change. Reasoned: a
 * change inside a sentence has at most a few dozen names or words per side
 * (1,600 pairs), far below this; above it the change is a bounded diff's whole
 * differing middle, which is reported as one change of its kind without the
 * one-by-one pairing (and the diff says `truncated`).
 */
export const MAX_PAIRED_TERMS = 40_000;

/**
 * Quotes of the other text that share a word with a quote are compared with
 * it; a word in more than this many quotes of the other text is not used to
 * find them. Reasoned: no real sentence pair has 64 quotes; a text that does
 * is a long document, where such a word is a function word.
 */
export const MAX_QUOTES_PER_WORD = 64;

/**
 * Shortest share of the content words two quotes hold in common (Dice: twice
 * the shared words over the words of both) for them to say the same thing,
 * so that a different speaker is a `quote:speaker-changed` change. Hand-set,
 * not fitted.
 */
export const SAME_QUOTE_MIN_DICE = 0.5;

/**
 * Crude stemming of content words (`confirmed` / `confirms`): words of up to
 * this many characters are compared whole. Reasoned: the suffixes it strips
 * (`-ing`, `-ed`, `-es`) leave nothing that tells words apart on shorter words
 * (`sing`, `bed`). Hand-set, not fitted.
 */
export const STEM_MIN_LENGTH = 5;

/** Spelling and transliteration variants of names (`Kadhafi` / `Kadafi`, `McClellan` / `McLellan`). */
export const SPELLING_VARIANT = Object.freeze({
  /**
   * Most edits (Levenshtein distance over the letters) per letter of the
   * longer name. Hand-set, not fitted: `Kadhafi` / `Kadafi` is 1/7, `Yonhap` /
   * `Yonhaps` 1/7, `McClellan` / `McLellan` 1/9.
   */
  maxEditShare: 0.25,
  /**
   * Longest letter string compared; longer ones are never variants.
   * Reasoned: bounds the quadratic edit distance; no name is this long (the
   * letters of a whole run of names are compared joined).
   */
  maxLetters: 40,
  /**
   * Shortest name paired with another by spelling, and shortest surname two
   * speakers must share for a spelling variant of it to be the same person.
   * Reasoned: one edit in a name of three letters makes another name (`Kim` /
   * `Lim`). Hand-set, not fitted (commit 0c0b523).
   */
  minNameLength: 4,
} as const);

/**
 * Length of the root two forms of a name share (`China` / `Chinese`, `Syria` /
 * `Syrian`): names shorter than this are never the same name in another form.
 * Hand-set, not fitted.
 */
export const NAME_ROOT_LENGTH = 4;

/** Acronyms against their long form (`UN` / `United Nations`), and all-capitals words read as names. */
export const ACRONYM = Object.freeze({
  /** Fewest letters of an acronym (and of an all-capitals word read as a name, `UN`). Reasoned: one capital letter is an initial. */
  minLetters: 2,
  /**
   * Longest all-capitals word inside a long form that counts whole
   * (`USGS` = `US` + `Geological` + `Survey`). Hand-set, not fitted: longer
   * all-capitals words are acronyms of their own.
   */
  maxWholeCapitals: 3,
} as const);

/**
 * Longest capitalized word whose period alone differs (`Dr.` / `Dr`, `N.` /
 * `N`), in letters, for the change to be an abbreviation variant. Hand-set,
 * not fitted (commit 0b42019): title and initial abbreviations are one to
 * three letters.
 */
export const DOTTED_WORD_MAX_LETTERS = 3;

/**
 * Tokens on either side of a replaced name searched for an attribution cue
 * (`said`, `according to`, `citing`), within the clause: a name replaced next
 * to one is the cited source (`attribution`), not a name. Hand-set, not
 * fitted.
 */
export const CITED_SOURCE_REACH = 4;

/**
 * A replacement of up to this many words and numbers (both sides together)
 * that adds or removes a negation is reported whole; a longer one points at
 * the negation words only (`said no` / `added that`: `no` is gone). Hand-set,
 * not fitted (commit b7872a3).
 */
export const NEGATION_WHOLE_MAX_WORDS = 2;

/**
 * An insertion or omission of up to this many words and numbers (both sides
 * together) that holds a date is typed as a date change; a longer one is a
 * clause that happens to hold a date, named in the detail of its insertion
 * or omission. Hand-set, not fitted.
 */
export const DATE_CHANGE_MAX_WORDS = 4;

/**
 * Number keys: integers with fewer digits than this are their own key; other
 * values are rounded to this many significant digits, so that `$10.2 million`
 * and `$10,200,000` share one key. Reasoned: 12 digits are exact for every
 * amount news copy gives, and drop the float noise of scale words.
 */
export const NUMBER_KEY_DIGITS = 12;

/**
 * Years read as dates (`in 1998`, `the 1990s`). Reasoned: the years news copy
 * gives as dates; a four-digit number outside them is an amount.
 */
export const YEAR_RANGE = Object.freeze({ min: 1800, max: 2100 } as const);

/** Highest day of a month: a number after a month that is not above it is its day (`June 10`). The calendar. */
export const MAX_DAY_OF_MONTH = 31;

/**
 * Longest abbreviation of a month or weekday name (`Sept.`, `Tues`): an
 * abbreviated month keeps its period in the date, and a lower-case weekday
 * word this short (`sun`, `wed`) is not a date. The calendar's usual
 * abbreviations.
 */
export const CALENDAR_ABBREVIATION_MAX_LETTERS = 4;

/**
 * Most characters between two tokens that read as one expression: a month
 * and its day number (`May 5`), a number and a one-letter scale (`10 m`).
 * Reasoned: one space.
 */
export const EXPRESSION_MAX_GAP = 1;

/**
 * A headline in title case, where capitals say nothing about names: at least
 * `minContentWords` content words, of which at least `minCapitalizedShare`
 * capitalized. Hand-set, not fitted.
 */
export const TITLE_CASE = Object.freeze({ minContentWords: 3, minCapitalizedShare: 0.8 } as const);

/** Direct quotes and their speakers (`extractQuotes`). All hand-set, not fitted, on the seeds' quotes. */
export const QUOTES = Object.freeze({
  /** Most characters a single quote mark runs before its closing mark; farther, it is an apostrophe. */
  singleQuoteMaxChars: 600,
  /** Characters after a closing mark looked at for a lower-case word that goes on the sentence (`…Iraq." he told`). */
  lowerCaseLookahead: 3,
  /** Most tokens after the cue of `"…," said X` that the speaker runs. */
  speakerAfterCueMaxTokens: 12,
  /** Most tokens after a quote looked at for the cue of `"…," X said`. */
  cueAfterQuoteMaxTokens: 8,
  /** Most tokens before a quote looked at for `X said: "…"` and `According to X, "…"`. */
  lookBackMaxTokens: 30,
  /** Longest appositive skipped before a cue (`Sean Harrigan of Calpers, the California fund, said`), in tokens. */
  appositiveMaxTokens: 10,
  /** Most tokens of a speaker before its cue. */
  speakerBeforeCueMaxTokens: 8,
  /** Longest title abbreviation whose period stays inside a speaker (`Gen.`, `Sgt.`, `Rev.`), in characters. */
  titleMaxChars: 4,
  /** Shortest `-ly` word skipped as an adverb between speaker and cue (`only` and `July` are shorter). */
  adverbMinLetters: 5,
} as const);

/** Base-form candidates of words for the synonym table (WordNet's detachment rules, `lemmaCandidates`). */
export const LEMMA = Object.freeze({
  /** Shortest candidate kept. Reasoned: a one-letter stem is no word. */
  minLength: 2,
  /** Shortest stem whose doubled final consonant is undoubled (`stopped` → `stop`). Hand-set, not fitted. */
  minDoubledStem: 3,
} as const);

/**
 * Word caches of the synonym lookup (base forms and table ids). Reasoned: a
 * few MB in all, so a long-running service that feeds a stream of unique
 * words does not grow; words longer than `maxWordLength` are never cached (no
 * English word is). A cached base form is charged `bytesPerChar` per
 * character (UTF-16) plus `bytesPerString`, on top of the cache's own
 * per-entry charge.
 */
export const SYNONYM_CACHE = Object.freeze({
  maxBytes: 1024 * 1024,
  maxWordLength: 64,
  bytesPerChar: 2,
  bytesPerString: 16,
} as const);
