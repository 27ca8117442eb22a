/**
 * Every number that shapes an alignment, named, with where it comes from.
 * Fitted values name the development data they were fitted on; the others
 * say how they were reasoned.
 *
 * @packageDocumentation
 */

/**
 * Groups up to this size keep every scored link between their members;
 * larger ones keep only the links that joined them (a spanning tree), so the
 * links and the typed diffs computed for them grow linearly with outlets.
 * Reasoned: a dozen outlets is the largest group a reader inspects pair by
 * pair.
 */
export const ALL_LINKS_UP_TO = 12;

/**
 * Most sentences of one source in one group: a sentence split in three, or
 * three merged. Reasoned from wire rewrites in the seeds (splits in two and
 * three); hand-set, not fitted.
 */
export const MAX_PER_SOURCE = 3;

/**
 * Most sentences between the first and last member of one source in a
 * group: farther apart, they are different facts, not a split. Hand-set.
 */
export const MAX_SPLIT_SPAN = 4;

/**
 * Below near-verbatim, two sentences must share this many predicate words
 * (not names, not attribution) to be the same fact. Hand-set on the seeds'
 * gold groups (one shared word joins `Lavrov said North Korea was ready ...`
 * with `Lavrov said North Korea had sent ...`).
 */
export const MIN_SHARED_PREDICATE = 2;

/** Lowest score of a contextual paraphrase: a mutual best match in the related range. Hand-set on the seeds' gold. */
export const CONTEXT_MIN_SCORE = 0.5;

/** Predicate words a contextual paraphrase must share. Hand-set on the seeds' gold. */
export const CONTEXT_MIN_PREDICATE = 3;

/**
 * Candidate index: the lowest IDF of a word that enters the index, and the
 * lowest summed IDF of the words two sentences share for them to be compared.
 * Fitted for recall on the seeds' gold links and the news sentence pairs
 * (a pair of gold paraphrases shares at least one content word of IDF 2.5).
 */
export const CANDIDATE_INDEX = Object.freeze({ minIdf: 2.5, minSharedIdf: 7 });

/** Default of `AlignOptions.maxCandidates`: most candidates scored per sentence. Reasoned: bounds the work when hundreds of outlets carry one copy. */
export const DEFAULT_MAX_CANDIDATES = 20;

/**
 * Fewest words for an exact repeat inside one source to be reported as a
 * duplicate (shorter repeats are datelines, `Read more`, one-word lines).
 * Hand-set.
 */
export const MIN_DUPLICATE_WORDS = 4;

/**
 * Identical sentences form one node, and a node can hold hundreds of copies:
 * when two nodes hold more than this many copy pairs between them, only the
 * first copy of the first node is linked to each copy of the second (the
 * other copies join the group through their node). Reasoned: bounds the links
 * of a node pair by one row instead of a product.
 */
export const MAX_LINKS_PER_NODE_PAIR = 64;

/** Most sources for which `provenance: 'auto'` traces provenance. Reasoned: it compares every ordered pair of sources passage by passage. */
export const AUTO_PROVENANCE_LIMIT = 50;

// Document relatedness (`relatedness.ts`, issue 12).

/**
 * Lowest IDF of a capitalized word kept as a name: a word seen in fewer than
 * about 1 sentence in 100 of the frequency table (`Putin`, `Moscow`, `Kim`;
 * not `President`, `Tuesday`, `New`). Reasoned: below it capitals are mostly
 * titles and common words that any two stories share.
 */
export const MIN_NAME_IDF = Math.log(100);

/** Weight of a number with a unit, or above 100 (`$10.2 million`, `32%`, `1,500`): about a rare name. */
export const NUMBER_WEIGHT = Math.log(500);

/** Weight of a plain number from 10 to 100 (`27`, `the 19-year-old`): common across stories. */
export const SMALL_NUMBER_WEIGHT = Math.log(50);

/** Weight of a calendar date with a day (`April 1, 1990`, `March 19`). */
export const DATE_WEIGHT = Math.log(500);

/** Weight of a year or a month and year alone (`2015`, `May 2014`): many stories of one season share it. */
export const YEAR_WEIGHT = Math.log(20);

/**
 * Lowest IDF of a lowercase word kept as a feature: a word seen in fewer than
 * 1 sentence in 1,000 of the frequency table (`bobcat`, `tornado`,
 * `melanistic`). Names alone miss stories told in common nouns; fitted with
 * {@link WORD_SHARE} on the Multi-News development sample (see
 * {@link SAME_STORY_RELATEDNESS}): with them, at a cosine of 0.06, the
 * articles called a different story fell from 4.5% to 3.1% and the
 * cross-cluster pairs called the same story from 3.1% to 1.8%.
 */
export const MIN_WORD_IDF = Math.log(1000);

/** Share of its IDF that a rare lowercase word weighs: half, since a word says less about the story than a name. */
export const WORD_SHARE = 0.5;

/**
 * Relatedness (cosine) at or above which two articles report the same story.
 * Fitted on the Multi-News development sample (250 clusters of one story
 * each, 690 documents; `npm run eval -- relatedness`, see
 * `scripts/eval/relatedness.task.ts`), pages that are not articles left out:
 * of the 598 articles that have another article in their cluster, 2.2% (13)
 * stay below it with every peer (3.3% at 0.06, 1.8% at 0.04), while 2.5% of
 * the 193,753 pairs of articles from different clusters reach it (1.4% at
 * 0.06, 4.5% at 0.04).
 */
export const SAME_STORY_RELATEDNESS = 0.05;

/** Longest word in capitals read as an acronym (`NASA`, `FEMA`); longer ones are headings (`METHODS`). */
export const MAX_ACRONYM = 5;

/** Posting-list entries walked per feature when gathering candidates: keeps the search linear in the sources. */
export const POSTING_WALK = 64;

/** Candidates scored exactly per source, the ones sharing most weight first. */
export const CANDIDATES_SCORED = 8;

/** Most shared features named in an `independent-coverage` message. */
export const NAMED_IN_MESSAGE = 5;

/**
 * Sources that must share sentences with one another (linked through groups at
 * paraphrase level or above) for their story to count as established: then a
 * source sharing none of its sentences is the same story only at
 * {@link ESTABLISHED_STORY_RELATEDNESS}.
 */
export const ESTABLISHED_STORY_SOURCES = 3;

/**
 * Relatedness a source that shares no sentence needs with a source of an
 * established story (see {@link ESTABLISHED_STORY_SOURCES}) to be called the
 * same story. Reasoned on the seeds: seed 004 (Kim's 2023 trip to Russia)
 * scores 0.245 with seed 000 (his 2015 invitation to Moscow, told in shared
 * sentences by seeds 000–003), for the same actors (Kim, Putin, Moscow,
 * Peskov); pairs of seeds 000–003 score 0.27 to 0.36. Names alone cannot
 * tell such stories apart, but four outlets telling one story in shared
 * sentences can. Measured on the Multi-News development sample: 8 of the 598
 * articles that have an article peer sit beside a story of 3 or more
 * sentence-sharing sources without sharing a sentence, and this bound calls
 * them different stories (false different-story 2.2% at
 * {@link SAME_STORY_RELATEDNESS} alone, 3.5% with this rule).
 */
export const ESTABLISHED_STORY_RELATEDNESS = 0.3;

/** Shortest word in capitals read as an acronym (`UN`, `EU`); one capital is an initial. Reasoned; hand-set, not fitted. */
export const MIN_ACRONYM = 2;

/**
 * Bands of a plain number's weight in document relatedness: below `min`
 * (10) a number weighs nothing (counts and ranks every story has); an
 * integer from `firstYear` to `lastYear` (1800–2100) without a unit is a year
 * ({@link YEAR_WEIGHT}); up to `smallMax` (100) it is a small number
 * ({@link SMALL_NUMBER_WEIGHT}), above it a rare one ({@link NUMBER_WEIGHT}).
 * Reasoned (issue 12); hand-set, not fitted.
 */
export const NUMBER_BANDS = Object.freeze({
  /** Smallest plain number with a weight. */
  min: 10,
  /** Largest plain number weighed as small. */
  smallMax: 100,
  /** First plain integer read as a year. */
  firstYear: 1800,
  /** Last plain integer read as a year. */
  lastYear: 2100,
} as const);

/**
 * Lowest Dice coefficient of their words (folded) at which a quote in an
 * aligned sentence is read as another source's version of a statement
 * already recorded for the group (`QuoteRecord`); each quote joins the
 * record it shares the most words with. Low, so that a statement reworded by
 * one outlet stays one record with `wordingDiffers`; a sentence holding
 * several statements has each matched to its own. Hand-set.
 */
export const QUOTE_MATCH_DICE = 0.2;
