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
