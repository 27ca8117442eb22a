/**
 * Public types of the corpus index: a stream of articles in, copies and
 * stories out.
 *
 * @packageDocumentation
 */
import type { ArticleInput, Diagnostic, Span } from '../core/types';
import type { NormalizeOptions } from '../normalize/normalize-article';

/** Options of `createCorpusIndex`. */
export interface CorpusIndexOptions {
  /**
   * Length of the time window, in {@link CorpusIndexOptions.bucket} units.
   * Articles published before the window's first bucket are dropped as
   * newer ones arrive, whole buckets at a time, so memory stays flat once the
   * window is full. An integer from 1 to 1,000,000 (the value to give to
   * keep everything).
   *
   * @defaultValue 7
   */
  readonly window?: number;
  /**
   * The unit of the window and of eviction: whole days or whole hours (UTC).
   *
   * @defaultValue 'day'
   */
  readonly bucket?: 'day' | 'hour';
  /**
   * Most matches returned per article, strongest first.
   *
   * @defaultValue 20
   */
  readonly maxMatches?: number;
  /**
   * Share of an article's text (see {@link CorpusMatch.share}) found in one
   * copy group at or above which the article is a copy and joins that group,
   * in (0, 1].
   *
   * @defaultValue 0.8
   */
  readonly copyShare?: number;
  /**
   * Options passed to `normalizeArticle` for each input.
   *
   * @defaultValue {}
   */
  readonly normalize?: NormalizeOptions;
  /**
   * Where the index lives: in memory when omitted, or a store such as
   * `redisStore({ client })` from `copydesk/redis`, shared by several
   * worker processes.
   *
   * @defaultValue undefined (in memory)
   */
  readonly store?: CorpusStore;
}

/** The settings of a corpus index, every option resolved, as a {@link CorpusStore} receives them. */
export interface CorpusSettings {
  /** Length of the window, in buckets. */
  readonly window: number;
  /** The unit of the window. */
  readonly bucket: 'day' | 'hour';
  /** Most matches returned per article. */
  readonly maxMatches: number;
  /** Share at or above which an article joins a copy group. */
  readonly copyShare: number;
  /** Options passed to `normalizeArticle`. */
  readonly normalize: NormalizeOptions;
}

/** A place a corpus index keeps its state (see {@link CorpusIndexOptions.store}). */
export interface CorpusStore {
  /** Opens the index with the given settings. */
  open(settings: CorpusSettings): CorpusIndex;
}

/** An article given to the index: an {@link ArticleInput} whose `id` is required. */
export interface CorpusInput extends ArticleInput {
  /** Stable identifier of the article, unique in the index. */
  readonly id: string;
}

/**
 * How a new article relates to an earlier one.
 *
 * - `copy`: almost all of the new article's text is in the other's copy group
 *   (verbatim, trimmed or lightly edited copy); the article joins that group.
 * - `shares-text`: the two share passages of text (a pasted paragraph, a quote
 *   block, a partial copy), not the whole.
 * - `same-story`: no shared text, but the same rare names, numbers and dates:
 *   independent coverage of one story.
 */
export type CorpusRelation = 'copy' | 'shares-text' | 'same-story';

/** One sentence of an indexed article, as a match cites it. */
export interface CorpusSentenceRef extends Span {
  /** The sentence id in its article (`s1`, `s2`, ... as `normalizeArticle` numbers them). */
  readonly id: string;
}

/** A sentence of the new article and the sentence of the earlier article it shares text with. */
export interface CorpusSentencePair {
  /** The sentence of the new article (offsets into its input). */
  readonly sentence: CorpusSentenceRef;
  /** The sentence of the earlier article (offsets into that article's input). */
  readonly matched: CorpusSentenceRef;
  /** How many fingerprints (winnowed 5-word runs) the two share. */
  readonly fingerprints: number;
}

/** An earlier article (the first of its copy group) that a new article relates to. */
export interface CorpusMatch {
  /** Id of the earlier article: the first article of its copy group. */
  readonly article: string;
  /** The copy group of the earlier article. */
  readonly copyGroup: string;
  /** How the new article relates to it. */
  readonly relation: CorpusRelation;
  /**
   * Share of the new article's text found in the earlier article's copy group,
   * in [0, 1] (0 for `same-story`): characters of the sentences that share a
   * fingerprint with the group, or with the groups whose text it was found to
   * hold, over the characters of all sentences that have a fingerprint.
   */
  readonly share: number;
  /** Share of the earlier article's fingerprints found in the new one, in [0, 1]. */
  readonly otherShare: number;
  /** Articles in the copy group of the earlier article (before the new one joins). */
  readonly members: number;
  /** For `same-story`: cosine of the two articles' rare names, numbers and dates, in [0, 1]. */
  readonly relatedness?: number;
  /** The sentence pairs that show the shared text, in the new article's order (at most 50). */
  readonly pairs: readonly CorpusSentencePair[];
}

/** What the index says about one article. */
export interface CorpusResult {
  /** The article's id. */
  readonly id: string;
  /**
   * Its copy group: the id of the group's first article (its own id when it
   * starts a group).
   */
  readonly copyGroup: string;
  /** Whether the article joined an existing copy group. */
  readonly joined: boolean;
  /** Earlier articles it relates to, strongest first. */
  readonly matches: readonly CorpusMatch[];
  /** Its story: the id of the story's first article (its own id when it starts one). */
  readonly story: string;
  /** Problems with the input (empty body, not an article, outside the window, ...). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Counts of what the index holds. */
export interface CorpusStats {
  /** Articles held. */
  readonly articles: number;
  /** Copy groups held. */
  readonly copyGroups: number;
  /** Stories held. */
  readonly stories: number;
  /** Fingerprint postings held (one per fingerprint per copy group). */
  readonly fingerprints: number;
  /** Publication time of the oldest article held (ISO 8601), if any. */
  readonly oldest?: string;
  /** Publication time of the newest article held (ISO 8601), if any. */
  readonly newest?: string;
  /** Start of the window (ISO 8601): articles published before it are no longer held. */
  readonly windowStart?: string;
  /** Approximate bytes of the index's typed arrays (texts are never held). */
  readonly bytes: number;
}

/** One story: the copy groups and articles that report it. */
export interface CorpusStory {
  /** The story's id: the id of its first article. */
  readonly id: string;
  /** The title of its first article, when it had one. */
  readonly title?: string;
  /** Articles in the story. */
  readonly articles: number;
  /** Copy groups in the story (an original and its copies are one group). */
  readonly copyGroups: number;
  /** Ids of the story's copy groups, largest first (at most 50). */
  readonly groups: readonly string[];
  /** Publication time of its first article (ISO 8601). */
  readonly first: string;
  /** Publication time of its newest article (ISO 8601). */
  readonly last: string;
}

/** Options of {@link CorpusIndex.stories}. */
export interface CorpusStoriesOptions {
  /**
   * Only stories with at least this many articles.
   *
   * @defaultValue 1
   */
  readonly minArticles?: number;
  /**
   * Most stories returned, largest first.
   *
   * @defaultValue Infinity
   */
  readonly limit?: number;
}

/**
 * A corpus index: articles added one by one from a stream; for each, the
 * earlier articles it shares text with, its copy group and its story. Made
 * by `createCorpusIndex` (in memory) or restored from a snapshot by
 * `restoreCorpusIndex`. Methods are async so that other stores (a
 * shared Redis) can stand behind the same interface.
 */
export interface CorpusIndex {
  /** Adds an article and says how it relates to what the index holds. Rejects with `ERR_DUPLICATE_ID` for an id already held. */
  add(input: CorpusInput): Promise<CorpusResult>;
  /** The answer {@link CorpusIndex.add} would give, without adding the article. */
  match(input: CorpusInput): Promise<CorpusResult>;
  /** Removes an article; resolves to whether it was held. Its group stays while it has other members. */
  remove(id: string): Promise<boolean>;
  /** Drops every article published before `before`; resolves to how many were dropped. */
  prune(before: string | Date): Promise<number>;
  /** What the index holds. */
  stats(): Promise<CorpusStats>;
  /** The stories held, largest first. */
  stories(options?: CorpusStoriesOptions): Promise<CorpusStory[]>;
  /** The whole index as bytes, for `restoreCorpusIndex`. */
  snapshot(): Promise<Uint8Array>;
}
