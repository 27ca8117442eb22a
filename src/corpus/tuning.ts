/**
 * The numbers of the corpus index, each with where it comes from.
 *
 * @packageDocumentation
 */

/**
 * Words in one fingerprint gram. Reasoned: five words are rarely shared by
 * chance outside stock phrases (which {@link BOILERPLATE_GROUPS} damps), and
 * a light edit breaks only the five grams around it.
 */
export const GRAM_WORDS = 5;

/**
 * Winnowing window, in grams: any shared run of `GRAM_WORDS + WINNOW_WINDOW - 1`
 * (14) words gives a common fingerprint; about `2 / (WINNOW_WINDOW + 1)` (18%)
 * of the grams are kept, which is what keeps memory near 1 KB per copy group
 * of a 500-word article. Reasoned from the memory target (1.2 GB per million
 * articles) and the shortest copy worth reporting (a long sentence).
 */
export const WINNOW_WINDOW = 10;

/** A sentence shorter than {@link GRAM_WORDS} words but with at least this many is one gram of its own. Hand-set. */
export const MIN_SHORT_SENTENCE_WORDS = 3;

/**
 * Share of an article's text (by characters, over the sentences that have a
 * fingerprint) found in one copy group at or above which the article is a
 * copy of it and joins the group. A verbatim or trimmed copy has 1.0; a light
 * edit (a word in twenty) keeps a fingerprint in almost every sentence; a
 * local story with a few pasted paragraphs stays far below. Reasoned.
 */
export const COPY_SHARE = 0.8;

/**
 * Fewest shared fingerprints for two texts to share text (`shares-text`): one
 * could be a 32-bit collision or a stock phrase. Hand-set.
 */
export const MIN_SHARED_FINGERPRINTS = 2;

/**
 * A fingerprint held by more than this many distinct copy groups is
 * boilerplate (a stock phrase, a standard footer) and no longer walked.
 * Copies of one text are one group, so wire copy at any fan-out is never
 * damped. Reasoned: passim and Superfastmatch drop n-grams in more than 100
 * documents; counting groups instead of documents keeps syndicated text.
 */
export const BOILERPLATE_GROUPS = 100;

/** A story feature (rare name, number, date) held by more than this many groups is no longer walked. Hand-set. */
export const FEATURE_GROUPS = 400;

/**
 * Story features kept per copy group, the heaviest (an article has about 120
 * rare names, numbers, dates and rare words; they were three quarters of the
 * index's postings). Fitted with {@link SAME_STORY_COSINE} on multi-news-dev
 * (`npm run eval -- corpus`): 24 features reach precision 0.95 only at recall
 * 0.451, 32 give 0.987 / 0.464, every feature 0.976 / 0.449 (fitted with
 * each feature once at its rarity; with repetition and lead weighting, a
 * replay of the stream gave 48 a recall about 0.01 higher, for 128 more
 * bytes per group).
 */
export const GROUP_FEATURES = 32;

/**
 * Of a group's {@link GROUP_FEATURES} story features, the heaviest this many
 * are indexed (they find the candidate stories); all of them are compared.
 * Fitted on multi-news-dev (`npm run eval -- corpus`): 12, 16 and 32 give the
 * same stories (precision 0.987, recall 0.464), 8 gives 0.986 / 0.454; each
 * indexed feature costs about 36 bytes per group (with repetition and lead
 * weighting, a replay of the stream gave 8, 12 and 16 about the same).
 */
export const INDEXED_FEATURES = 12;

/**
 * Sentences of an article's lead: a story feature in the title or in these
 * first sentences weighs {@link STORY_LEAD_WEIGHT} times as much.
 * Reasoned (a news lead is one to three sentences); see STORY_LEAD_WEIGHT.
 */
export const STORY_LEAD_SENTENCES = 3;

/**
 * Weight of a lead feature (see {@link STORY_LEAD_SENTENCES}). Fitted with
 * {@link SAME_STORY_COSINE} on multi-news-dev (`npm run eval -- corpus`),
 * features also weighted by `1 + ln` of the texts they occur in: lead weight
 * 1: 0.935 / 0.549 at cosine 0.40, 0.975 / 0.484 at 0.44; 1.5: 0.951 / 0.585,
 * 0.983 / 0.547; 2: 0.961 / 0.592, 0.972 / 0.559 (story pairwise precision /
 * recall); 3 was worse than 2 in a replay of the stream.
 */
export const STORY_LEAD_WEIGHT = 2;

/** Fewest shared story features for two articles to be compared as the same story. Hand-set. */
export const MIN_SHARED_FEATURES = 2;

/**
 * Cosine of an article's story features (see `extractDocumentFeatures`, the
 * {@link GROUP_FEATURES} heaviest, weighted up by repetition and the lead:
 * see `hashFeatures`) with a story's centroid at or above which an article
 * with no shared text joins that story. Fitted on multi-news-dev, 690
 * documents shuffled into one stream (`npm run eval -- corpus`), story
 * pairwise precision / recall (unrelated pairs matched in any relation):
 * 0.28: 0.649 / 0.701 (73); 0.32: 0.846 / 0.669 (49); 0.36: 0.923 / 0.630
 * (36); 0.40: 0.961 / 0.592 (15); 0.42: 0.973 / 0.578 (12); 0.44: 0.972 /
 * 0.559 (12); 0.46: 0.991 / 0.538 (6). With each feature once at its rarity
 * (before repetition and lead counted) 0.28 gave 0.987 / 0.464. Chosen for
 * precision with a margin: a story that swallows another is worse for a desk
 * than two halves of one.
 */
export const SAME_STORY_COSINE = 0.42;

/** Candidate stories whose centroid is compared with an article (those with the nearest groups). Hand-set: the dev stream's story figures are the same at 8 as with no limit. */
export const STORY_CANDIDATES = 8;

/** Features kept per story centroid (the heaviest), so a long story's vector stays bounded. Hand-set. */
export const STORY_FEATURES = 64;

/** Share of the article's fingerprints found in a group at or above which a `shares-text` match puts it in that group's story. Hand-set. */
export const STORY_TEXT_SHARE = 0.2;

/** Default window, in days. From the issue: a 7-day window. */
export const DEFAULT_WINDOW_DAYS = 7;

/** Most matches returned per article, strongest first. Hand-set. */
export const DEFAULT_MAX_MATCHES = 20;

/** Most parent groups a new group keeps (the groups whose text its first article held). Hand-set. */
export const MAX_PARENTS = 8;

/** Most sentence pairs listed per match. Hand-set. */
export const MAX_PAIRS_PER_MATCH = 50;

/** Milliseconds in one window bucket, by unit. */
export const BUCKET_MS = { day: 86_400_000, hour: 3_600_000 } as const;
