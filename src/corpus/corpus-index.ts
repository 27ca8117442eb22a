/**
 * The in-memory corpus index: winnowed fingerprints of each copy group's
 * first article in per-bucket posting tables, copy groups that collapse
 * copies, stories from shared text and shared rare names, numbers and dates,
 * and a time window evicted whole buckets at a time.
 *
 * @packageDocumentation
 */
import { CopydeskError } from '../core/errors';
import type { Article, Diagnostic } from '../core/types';
import { detached } from '../core/util/detach';
import { validateNormalizeOptions } from '../core/validate';
import { GroupArena } from './arena';
import { Centroid } from './centroid';
import { checkSnapshot } from './check-snapshot';
import { Column, pack, unpack } from './columns';
import {
  dampByStream,
  decideStory,
  decideText,
  FeatureLookup,
  type GroupFeatures,
  type GroupView,
  type Hits,
  hashFeatures,
  lookupCosine,
  SlotSharedFeatures,
  type StoryView,
  storyCandidates,
} from './decide';
import type { Fingerprints } from './fingerprint';
import { PostingTable, type PostingTableState } from './postings';
import { checkInput, namedAfterRemoved, type ReadInput, readInput, readStoriesOptions, readTime } from './read';
import {
  BOILERPLATE_GROUPS,
  BUCKET_MS,
  COPY_SHARE,
  DEFAULT_MAX_MATCHES,
  DEFAULT_WINDOW_DAYS,
  FEATURE_GROUPS,
  GROUP_FEATURES,
  INDEXED_FEATURES,
  STORY_FEATURES,
  STORY_TEXT_SHARE,
} from './tuning';
import type {
  CorpusIndex,
  CorpusIndexOptions,
  CorpusInput,
  CorpusMatch,
  CorpusResult,
  CorpusSettings,
  CorpusStats,
  CorpusStoriesOptions,
  CorpusStory,
} from './types';

/** One bucket of the window: the postings of the groups first seen (or re-homed) in it, and its articles. */
interface Segment {
  readonly bucket: number;
  readonly text: PostingTable;
  readonly features: PostingTable;
  /** Offsets and story features of the groups whose home this bucket is. */
  readonly groups: GroupArena;
  /** Article slots published in this bucket (a slot may be stale: check its bucket and liveness). */
  readonly articles: number[];
}

const OPTION_KEYS = new Set(['window', 'bucket', 'maxMatches', 'copyShare', 'normalize', 'store']);

/**
 * Largest `window`, in buckets: a million days or hours (to keep everything, this is the value to give), so that
 * the window's start stays a date JavaScript can write.
 */
const MAX_WINDOW = 1_000_000;

function resolveOptions(options: CorpusIndexOptions | undefined): CorpusSettings {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null) {
    throw new CopydeskError('ERR_INVALID_OPTION', 'createCorpusIndex options must be an object');
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) {
      throw new CopydeskError(
        'ERR_INVALID_OPTION',
        `unknown corpus index option "${key}" (known: ${[...OPTION_KEYS].join(', ')})`,
      );
    }
  }
  const window = options.window ?? DEFAULT_WINDOW_DAYS;
  if (!Number.isInteger(window) || window < 1 || window > MAX_WINDOW) {
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      `window must be an integer number of buckets from 1 to ${MAX_WINDOW.toLocaleString('en')}, got ${String(window)}`,
    );
  }
  if (options.normalize !== undefined) validateNormalizeOptions(options.normalize, 'createCorpusIndex', 'normalize');
  const bucket = options.bucket ?? 'day';
  if (bucket !== 'day' && bucket !== 'hour') {
    throw new CopydeskError('ERR_INVALID_OPTION', `bucket must be 'day' or 'hour', got ${String(bucket)}`);
  }
  const maxMatches = options.maxMatches ?? DEFAULT_MAX_MATCHES;
  if (!Number.isInteger(maxMatches) || maxMatches < 0) {
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      `maxMatches must be a non-negative integer, got ${String(maxMatches)}`,
    );
  }
  const copyShare = options.copyShare ?? COPY_SHARE;
  if (typeof copyShare !== 'number' || !(copyShare > 0 && copyShare <= 1)) {
    throw new CopydeskError('ERR_INVALID_OPTION', `copyShare must be a number in (0, 1], got ${String(copyShare)}`);
  }
  return { window, bucket, maxMatches, copyShare, normalize: options.normalize ?? {} };
}

/** What the index found for one article, before anything is written. */
interface Analysis {
  readonly article: Article;
  readonly time: number;
  readonly bucket: number;
  readonly fingerprints: Fingerprints;
  readonly matches: CorpusMatch[];
  /** Group slot the article joins, or -1. */
  readonly join: number;
  /** Story slot the article belongs to, or -1 for a new story. */
  readonly story: number;
  readonly features: GroupFeatures | undefined;
  /** 1 for each fingerprint no group holds: what a new group of this article indexes. */
  readonly novel: Uint8Array;
  /** Groups whose text the article holds (a new group keeps them as parents). */
  readonly parents: readonly number[];
  /** Fingerprints that are not boilerplate. */
  readonly counted: number;
  readonly diagnostics: Diagnostic[];
  /** False when the article is outside the window or not an article: nothing of it is indexed. */
  readonly indexable: boolean;
  readonly held: boolean;
}

/** The in-memory {@link CorpusIndex}. */
class MemoryCorpusIndex implements CorpusIndex {
  private readonly settings: CorpusSettings;
  private readonly bucketMs: number;
  private segments: Segment[] = [];
  /** Newest bucket seen; the window is `[newest - window + 1, newest]`. */
  private newest = Number.NEGATIVE_INFINITY;
  private newestTime = Number.NEGATIVE_INFINITY;

  // Articles, by slot.
  private readonly articleIds: (string | undefined)[] = [];
  private readonly articleGroup = new Column((n) => new Int32Array(n));
  private readonly articleTime = new Column((n) => new Float64Array(n));
  private readonly slotOfArticle = new Map<string, number>();
  private readonly freeArticles: number[] = [];
  private articleCount = 0;

  // Copy groups, by slot. A slot is freed only when its home segment is dropped (its postings with it).
  private readonly groupIds: string[] = [];
  private readonly groupStory = new Column((n) => new Int32Array(n));
  private readonly groupMembers = new Column((n) => new Int32Array(n));
  private readonly groupFingerprints = new Column((n) => new Int32Array(n));
  private readonly groupHome = new Column((n) => new Float64Array(n));
  /** Publication time of each group's newest held article (what decides whether the group is in a window). */
  private readonly groupLast = new Column((n) => new Float64Array(n));
  /** Where a group's sentence offsets are in its home bucket's arena: start, and length (-1: slot free). */
  private readonly groupOffsetStart = new Column((n) => new Int32Array(n));
  private readonly groupOffsetLength = new Column((n) => new Int32Array(n));
  /** Where a group's story features are in that arena: start, and length (-1: none); and their norm. */
  private readonly groupFeatureStart = new Column((n) => new Int32Array(n));
  private readonly groupFeatureLength = new Column((n) => new Int32Array(n));
  private readonly groupFeatureNorm = new Column((n) => new Float64Array(n));
  /** Ids of the groups whose text a group's first article held when it came (that text is indexed there, not here). */
  private readonly groupParents: (readonly string[] | undefined)[] = [];
  private readonly freeGroups: number[] = [];
  private groupCount = 0;

  // Stories, by slot.
  private readonly storyIds: string[] = [];
  private readonly storyTitles: (string | undefined)[] = [];
  private readonly storyArticles = new Column((n) => new Int32Array(n));
  private readonly storyGroups = new Column((n) => new Int32Array(n));
  private readonly storyFirst = new Column((n) => new Float64Array(n));
  private readonly storyLast = new Column((n) => new Float64Array(n));
  private readonly freeStories: number[] = [];
  private storyCount = 0;
  /** Summed story features of each story's groups (its centroid), pruned to the heaviest. */
  private readonly storyCentroid: (Centroid | undefined)[] = [];
  /** Euclidean norm of each centroid, kept with it. */
  private readonly storyNorm: number[] = [];
  /** For a story of one group with features: that group (its features are the centroid; no map is made). */
  private readonly storySole: number[] = [];

  constructor(settings: CorpusSettings) {
    this.settings = settings;
    this.bucketMs = BUCKET_MS[settings.bucket];
  }

  async add(input: CorpusInput): Promise<CorpusResult> {
    checkInput(input);
    if (this.slotOfArticle.has(input.id)) {
      throw new CopydeskError('ERR_DUPLICATE_ID', `the corpus index already holds an article with id "${input.id}"`);
    }
    const named = this.slotOfGroupId.get(input.id);
    if ((named !== undefined && this.groupMembers.get(named) > 0) || this.storyIdsHeld.has(input.id)) {
      throw namedAfterRemoved(input.id);
    }
    const read = this.read(input);
    // The window moves before the article is matched: what an article this new pushes out of the window is
    // neither matched nor joined (a decision on an evicted group or story would write into its freed slot).
    if (!read.outside) this.advance(read.bucket, read.time);
    const analysis = this.analyse(read);
    // Not held (published before the window): the answer of match, the group and story it would join.
    if (!analysis.held) return this.unheldAnswer(input.id, analysis);
    return this.commit(input.id, analysis);
  }

  async match(input: CorpusInput): Promise<CorpusResult> {
    checkInput(input);
    const read = this.read(input);
    // An article newer than the window's end is matched as add would match it: against what the window holds
    // once it has moved to the article's time (nothing moves: the groups whose newest article it would drop are
    // left out of this answer).
    this.heldFrom =
      read.outside || read.bucket <= this.newest ? Number.NEGATIVE_INFINITY : this.windowStartAt(read.bucket);
    let analysis: Analysis;
    try {
      analysis = this.analyse(read);
    } finally {
      this.heldFrom = Number.NEGATIVE_INFINITY;
    }
    return this.unheldAnswer(input.id, analysis);
  }

  /** The answer for an article the index does not hold: the group and story it would join, else its own id. */
  private unheldAnswer(id: string, analysis: Analysis): CorpusResult {
    const group = analysis.join >= 0 ? this.groupIds[analysis.join]! : id;
    const story = analysis.story >= 0 ? this.storyIds[analysis.story]! : id;
    return this.answer(id, analysis, group, story);
  }

  async remove(id: string): Promise<boolean> {
    const slot = this.slotOfArticle.get(id);
    if (slot === undefined) return false;
    this.dropArticle(slot);
    return true;
  }

  async prune(before: string | Date): Promise<number> {
    const time = readTime(before, 'prune(before)');
    if (time === undefined) throw new CopydeskError('ERR_INVALID_INPUT', 'prune needs a time');
    let dropped = 0;
    const bucket = Math.floor(time / this.bucketMs);
    for (const segment of this.segments) {
      if (segment.bucket > bucket) continue;
      for (const slot of segment.articles) {
        if (
          this.articleIds[slot] !== undefined &&
          this.articleTime.get(slot) < time &&
          this.bucketOf(slot) === segment.bucket
        ) {
          this.dropArticle(slot);
          dropped++;
        }
      }
    }
    // Buckets wholly before the time are empty now: drop them, moving the postings of groups still held.
    for (const segment of [...this.segments]) if (segment.bucket < bucket) this.dropSegment(segment);
    return dropped;
  }

  async stats(): Promise<CorpusStats> {
    let oldest = Number.POSITIVE_INFINITY;
    let newest = Number.NEGATIVE_INFINITY;
    for (const [, slot] of this.slotOfArticle) {
      const t = this.articleTime.get(slot);
      if (t < oldest) oldest = t;
      if (t > newest) newest = t;
    }
    let fingerprints = 0;
    let bytes =
      this.articleGroup.data.byteLength +
      this.articleTime.data.byteLength +
      this.groupStory.data.byteLength * 4 +
      this.storyArticles.data.byteLength * 4;
    for (const s of this.segments) {
      fingerprints += s.text.length;
      bytes += s.text.bytes + s.features.bytes + s.groups.bytes + s.articles.length * 4;
    }
    return {
      articles: this.articleCount,
      copyGroups: this.groupCount,
      stories: this.storyCount,
      fingerprints,
      ...(this.articleCount > 0
        ? { oldest: new Date(oldest).toISOString(), newest: new Date(newest).toISOString() }
        : {}),
      ...(Number.isFinite(this.newest)
        ? { windowStart: new Date((this.newest - this.settings.window + 1) * this.bucketMs).toISOString() }
        : {}),
      bytes,
    };
  }

  async stories(options?: CorpusStoriesOptions): Promise<CorpusStory[]> {
    const { minArticles, limit } = readStoriesOptions(options);
    const groupsOf = new Map<number, number[]>();
    for (let g = 0; g < this.groupIds.length; g++) {
      if (this.groupMembers.get(g) <= 0) continue;
      const s = this.groupStory.get(g);
      const list = groupsOf.get(s);
      if (list) list.push(g);
      else groupsOf.set(s, [g]);
    }
    const stories: CorpusStory[] = [];
    for (const [s, groups] of groupsOf) {
      const articles = this.storyArticles.get(s);
      if (articles < minArticles) continue;
      groups.sort(
        (x, y) =>
          this.groupMembers.get(y) - this.groupMembers.get(x) || (this.groupIds[x]! < this.groupIds[y]! ? -1 : 1),
      );
      const title = this.storyTitles[s];
      stories.push({
        id: this.storyIds[s]!,
        ...(title !== undefined ? { title } : {}),
        articles,
        copyGroups: groups.length,
        groups: groups.slice(0, 50).map((g) => this.groupIds[g]!),
        first: new Date(this.storyFirst.get(s)).toISOString(),
        last: new Date(this.storyLast.get(s)).toISOString(),
      });
    }
    stories.sort(
      (a, b) => b.articles - a.articles || (a.first < b.first ? -1 : a.first > b.first ? 1 : a.id < b.id ? -1 : 1),
    );
    return stories.slice(0, limit);
  }

  async snapshot(): Promise<Uint8Array> {
    return this.pack();
  }

  // ---------------------------------------------------------------------------------------------

  private bucketOf(slot: number): number {
    return Math.floor(this.articleTime.get(slot) / this.bucketMs);
  }

  private segmentFor(bucket: number): Segment {
    let segment = this.segments.find((s) => s.bucket === bucket);
    if (!segment) {
      segment = {
        bucket,
        text: new PostingTable(),
        features: new PostingTable(),
        groups: new GroupArena(),
        articles: [],
      };
      this.segments.push(segment);
      this.segments.sort((a, b) => a.bucket - b.bucket);
    }
    return segment;
  }

  /** Normalizes and fingerprints an article and places it in time, writing nothing. */
  private read(input: CorpusInput): ReadInput {
    return readInput(input, this.settings, this.newestTime, this.newest);
  }

  /** Matches a read article against the index, writing nothing. */
  private analyse(read: ReadInput): Analysis {
    const { article, time, bucket, outside, notArticle, fingerprints, diagnostics } = read;
    const { matches, join, novel, parents, counted } = this.textMatches(article, fingerprints);
    let story = -1;
    if (join >= 0) story = this.groupStory.get(join);
    else {
      const best = matches.find((m) => m.share >= STORY_TEXT_SHARE || m.otherShare >= STORY_TEXT_SHARE);
      if (best) story = this.groupStory.get(this.groupSlotOf(best.copyGroup));
    }
    let features: GroupFeatures | undefined;
    if (join < 0 && !notArticle) {
      features = hashFeatures(article, GROUP_FEATURES);
      const related = this.storyMatches(features);
      if (story < 0 && related.story !== undefined) story = related.story;
      // Groups that share text are listed once, as text matches.
      const listed = new Set(matches.map((m) => m.copyGroup));
      for (const r of related.matches) {
        if (matches.length >= this.settings.maxMatches) break;
        if (!listed.has(r.copyGroup)) matches.push(r);
      }
    }
    return {
      article,
      time,
      bucket,
      fingerprints,
      matches: matches.slice(0, this.settings.maxMatches),
      join,
      story,
      features,
      novel,
      parents,
      counted,
      diagnostics,
      indexable: !notArticle && !outside,
      held: !outside,
    };
  }

  private readonly slotOfGroupId = new Map<string, number>();
  /** The ids of the stories held. */
  private readonly storyIdsHeld = new Set<string>();

  private groupSlotOf(id: string): number {
    return this.slotOfGroupId.get(id)!;
  }

  /**
   * Start (ms) of the window a `match` of an article newer than the window's end is answered in, or -Infinity:
   * groups whose newest article is older are left out, as `add` of that article would drop them first.
   */
  private heldFrom = Number.NEGATIVE_INFINITY;

  /** The start (ms) of the window when its newest bucket is `bucket`. */
  private windowStartAt(bucket: number): number {
    return (bucket - this.settings.window + 1) * this.bucketMs;
  }

  /** Whether group `g` is held (for a `match` newer than the window, in the window at the article's time). */
  private isHeld(g: number): boolean {
    return this.groupMembers.get(g) > 0 && this.groupLast.get(g) >= this.heldFrom;
  }

  private heldCache: { from: number; version: number; members: Int32Array } | undefined;
  /** Bumped by every change to the groups' members (the cache of {@link heldMembers} is kept while it holds). */
  private version = 0;

  /**
   * The member counts the posting walks read: the groups' own, or, for a `match` newer than the window, a copy
   * with the groups the window would drop at zero (made once per window start while the index does not change).
   */
  private heldMembers(): Int32Array {
    const members = this.groupMembers.data as Int32Array;
    if (this.heldFrom === Number.NEGATIVE_INFINITY) return members;
    const cached = this.heldCache;
    if (cached !== undefined && cached.from === this.heldFrom && cached.version === this.version) return cached.members;
    const held = members.slice();
    const last = this.groupLast.data as Float64Array;
    for (let g = 0; g < held.length; g++) if (held[g]! > 0 && last[g]! < this.heldFrom) held[g] = 0;
    this.heldCache = { from: this.heldFrom, version: this.version, members: held };
    return held;
  }

  /**
   * Walks the postings of the article's fingerprints across the window
   * (boilerplate ones are not walked) and decides with `decideText`; also
   * returns the fingerprints no group holds yet (what a new group of this
   * article indexes: copied passages stay with the group they came from).
   */
  private textMatches(
    article: Article,
    prints: Fingerprints,
  ): { matches: CorpusMatch[]; join: number; novel: Uint8Array; parents: number[]; counted: number } {
    const { hashes } = prints;
    const hits: Hits<number> = { group: [], print: [], old: [] };
    const novel = new Uint8Array(hashes.length);
    const counted = new Uint8Array(hashes.length);
    let countedPrints = 0;
    const segments = this.segments;
    const n = hashes.length;
    const { found, counts } = this.lookups(segments.length, n);
    for (let i = 0; i < segments.length; i++) segments[i]!.text.lookupAll(hashes, n, found, 3 * n * i, counts);
    const members = this.heldMembers();
    for (let k = 0; k < n; k++) {
      const count = counts[k]!;
      if (count > BOILERPLATE_GROUPS) continue;
      counted[k] = 1;
      countedPrints++;
      let held = 0;
      if (count > 0) {
        for (let i = 0; i < segments.length; i++)
          held += segments[i]!.text.appendHeld(found, 3 * (n * i + k), members, hits.group, hits.old);
        for (let j = 0; j < held; j++) hits.print.push(k);
      }
      if (held === 0) novel[k] = 1;
    }
    const decision = decideText(article, prints, counted, hits, this.view, this.settings);
    return {
      matches: decision.matches,
      join: decision.join ?? -1,
      novel,
      parents: decision.parents,
      counted: countedPrints,
    };
  }

  /** Room for the lookups of an article's hashes in every segment, and their counts, reused across calls. */
  private found = new Int32Array(3 * 1024);
  private foundCounts = new Int32Array(256);

  /** Room for `hashes` lookups in each of `segments` segments (see {@link PostingTable.lookupAll}), counts zeroed. */
  private lookups(segments: number, hashes: number): { found: Int32Array; counts: Int32Array } {
    if (this.found.length < 3 * segments * hashes) this.found = new Int32Array(6 * segments * hashes);
    if (this.foundCounts.length < hashes) this.foundCounts = new Int32Array(2 * hashes);
    this.foundCounts.fill(0, 0, hashes);
    return { found: this.found, counts: this.foundCounts };
  }

  /** What the decisions read of a group slot. */
  private readonly view: GroupView<number> = {
    id: (g) => this.groupIds[g]!,
    fingerprints: (g) => this.groupFingerprints.get(g),
    members: (g) => this.groupMembers.get(g),
    parents: (g) => {
      const slots: number[] = [];
      for (const id of this.groupParents[g] ?? []) {
        const slot = this.slotOfGroupId.get(id);
        if (slot !== undefined && this.isHeld(slot)) slots.push(slot);
      }
      return slots;
    },
    offsets: (g) => this.offsetsOf(g),
  };

  /** The arena of a group's home bucket (undefined for a free slot). */
  private arenaOf(g: number): GroupArena | undefined {
    const home = this.groupHome.get(g);
    for (const s of this.segments) if (s.bucket === home) return s.groups;
    return undefined;
  }

  /** A group's sentence offsets (`start, end` pairs), or undefined for a free slot; `arena` is its home's. */
  private offsetsOf(g: number, arena = this.arenaOf(g)): Int32Array | undefined {
    const length = g < this.groupIds.length ? this.groupOffsetLength.get(g) : -1;
    if (length < 0) return undefined;
    return arena?.offsetsAt(this.groupOffsetStart.get(g), length);
  }

  /** A group's story features, or undefined when it has none (not indexable) or the slot is free. */
  private featuresOf(g: number, arena = this.arenaOf(g)): GroupFeatures | undefined {
    const length = g < this.groupIds.length ? this.groupFeatureLength.get(g) : -1;
    if (length < 0 || arena === undefined) return undefined;
    const start = this.groupFeatureStart.get(g);
    return {
      hashes: arena.hashesAt(start, length),
      weights: arena.weightsAt(start, length),
      norm: this.groupFeatureNorm.get(g),
    };
  }

  /** Norm of a group's story features, as {@link featuresOf} gives it (0 when it has none). */
  private featureNorm(g: number): number {
    const length = g < this.groupIds.length ? this.groupFeatureLength.get(g) : -1;
    return length < 0 || this.arenaOf(g) === undefined ? 0 : this.groupFeatureNorm.get(g);
  }

  /** Writes a group's offsets and features into an arena (its home bucket's). */
  private putGroupData(
    g: number,
    arena: GroupArena,
    offsets: ArrayLike<number>,
    features: GroupFeatures | undefined,
  ): void {
    this.groupOffsetStart.set(g, arena.putOffsets(offsets));
    this.groupOffsetLength.set(g, offsets.length);
    if (features) {
      this.groupFeatureStart.set(g, arena.putFeatures(features.hashes, features.weights));
      this.groupFeatureLength.set(g, features.hashes.length);
      this.groupFeatureNorm.set(g, features.norm);
    } else this.groupFeatureLength.set(g, -1);
  }

  /** The held groups each story feature's postings hold, one feature after another (reused from call to call). */
  private readonly heldScratch: number[] = [];
  /** The sums of {@link storyMatches} by group slot (reused from call to call). */
  private readonly shared = new SlotSharedFeatures();

  /** The feature postings the article's story features hit, then the story decision. */
  private storyMatches(stored: GroupFeatures): { matches: CorpusMatch[]; story: number | undefined } {
    // The held groups each feature's postings hold (a list longer than FEATURE_GROUPS is not walked).
    const n = stored.hashes.length;
    const counts = new Uint32Array(n);
    const segments = this.segments;
    const lookups = this.lookups(segments.length, n);
    for (let i = 0; i < segments.length; i++)
      segments[i]!.features.lookupAll(stored.hashes, n, lookups.found, 3 * n * i, lookups.counts);
    const members = this.heldMembers();
    // The held groups of feature k are held[from[k]] to held[from[k + 1] - 1].
    // A scratch array kept from one call to the next (emptying it would give its room back): `size` entries are this call's.
    const held = this.heldScratch;
    let size = 0;
    const from = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) {
      from[k] = size;
      const count = lookups.counts[k]!;
      if (count > FEATURE_GROUPS) {
        counts[k] = FEATURE_GROUPS + 1;
        continue;
      }
      if (count > 0)
        for (let i = 0; i < segments.length; i++)
          size += segments[i]!.features.appendHeld(lookups.found, 3 * (n * i + k), members, held, undefined, size);
      counts[k] = size - from[k]!;
    }
    from[n] = size;
    const features = dampByStream(stored, counts);
    const shared = this.shared.fill(features, held, from, this.groupIds.length);
    return decideStory(
      features,
      storyCandidates(features, shared, this.storyView),
      this.storyView,
      this.settings.maxMatches,
    );
  }

  private readonly storyView: StoryView<number, number> = {
    id: (g) => this.groupIds[g]!,
    members: (g) => this.groupMembers.get(g),
    story: (g) => this.groupStory.get(g),
    norm: (g) => this.featureNorm(g),
    centroidCosine: (story, features) => this.centroidCosine(story, features),
    compareStories: (a, b) => a - b,
  };

  /** The article's features by hash, for the centroids of one story decision (made once per article). */
  private lookup: FeatureLookup | undefined;

  private centroidCosine(story: number, features: GroupFeatures): number {
    if (this.lookup?.features !== features) this.lookup = new FeatureLookup(features);
    const lookup = this.lookup;
    const centroid = this.storyCentroid[story];
    if (centroid) {
      // As centroidCosine(features, centroid, norm), with one pass over the centroid.
      const norm = this.storyNorm[story] ?? 0;
      return features.norm === 0 || norm === 0 ? 0 : centroid.dot(lookup) / (norm * features.norm);
    }
    const sole = this.storySole[story] ?? -1;
    const other = sole >= 0 ? this.featuresOf(sole) : undefined;
    // As featureCosine(features, other).
    return other ? lookupCosine(lookup, other.hashes, other.weights, other.hashes.length, other.norm) : 0;
  }

  /**
   * Adds (`sign` 1) or takes away (-1) a group's features from its story's
   * centroid. A story of one group uses that group's features as they are;
   * the summed map is made when a second group joins.
   */
  private addToCentroid(story: number, group: number, features: GroupFeatures | undefined, sign: 1 | -1): void {
    if (!features) return;
    let centroid = this.storyCentroid[story];
    const sole = this.storySole[story] ?? -1;
    if (!centroid) {
      if (sign === -1) {
        if (sole === group) this.storySole[story] = -1;
        return;
      }
      if (sole < 0) {
        this.storySole[story] = group;
        return;
      }
      // A second group: the centroid becomes a map of summed weights, starting from the first.
      this.storySole[story] = -1;
      centroid = new Centroid();
      this.storyCentroid[story] = centroid;
      const first = this.featuresOf(sole);
      if (first) for (let k = 0; k < first.hashes.length; k++) centroid.set(first.hashes[k]!, first.weights[k]!);
    }
    for (let k = 0; k < features.hashes.length; k++) {
      const h = features.hashes[k]!;
      const v = (centroid.get(h) ?? 0) + sign * features.weights[k]!;
      if (v > 1e-9) centroid.set(h, v);
      else centroid.delete(h);
    }
    if (centroid.size > STORY_FEATURES * 2) centroid.keepHeaviest(STORY_FEATURES);
    this.storyNorm[story] = centroid.norm();
  }

  private answer(id: string, analysis: Analysis, copyGroup: string, story: string): CorpusResult {
    return {
      id,
      copyGroup,
      joined: analysis.join >= 0,
      matches: analysis.matches,
      story,
      diagnostics: analysis.diagnostics,
    };
  }

  /** Writes an analysed article into the index. */
  private commit(inputId: string, analysis: Analysis): CorpusResult {
    // Held for as long as the article is: never a slice of a larger string of the caller's.
    const id = detached(inputId);
    this.advance(analysis.bucket, analysis.time);
    const segment = this.segmentFor(analysis.bucket);
    const slot = this.freeArticles.pop() ?? this.articleIds.length;
    this.articleIds[slot] = id;
    this.slotOfArticle.set(id, slot);
    this.articleTime.set(slot, analysis.time);
    segment.articles.push(slot);
    this.articleCount++;

    let group = analysis.join;
    let story = analysis.story;
    if (story < 0) {
      story = this.freeStories.pop() ?? this.storyIds.length;
      this.storyIds[story] = id;
      this.storyIdsHeld.add(id);
      // Detached: the title is a slice of the article's text, which the index must not keep.
      const title = analysis.article.metadata.title?.text;
      this.storyTitles[story] = title === undefined ? undefined : detached(title);
      this.storyArticles.set(story, 0);
      this.storyGroups.set(story, 0);
      this.storyFirst.set(story, analysis.time);
      this.storyLast.set(story, analysis.time);
      this.storyCentroid[story] = undefined;
      this.storySole[story] = -1;
      this.storyCount++;
    }
    if (group < 0) {
      group = this.freeGroups.pop() ?? this.groupIds.length;
      this.groupIds[group] = id;
      this.slotOfGroupId.set(id, group);
      this.groupStory.set(group, story);
      this.groupMembers.set(group, 0);
      this.groupHome.set(group, analysis.bucket);
      const { hashes, sentences } = analysis.fingerprints;
      const indexable = analysis.indexable;
      this.groupFingerprints.set(group, indexable ? analysis.counted : 0);
      // Only the text no group holds yet: copied passages stay with the group they came from.
      if (indexable) {
        for (let k = 0; k < hashes.length; k++)
          if (analysis.novel[k]) segment.text.add(hashes[k]!, group, sentences[k]!);
      }
      this.groupParents[group] =
        indexable && analysis.parents.length > 0 ? analysis.parents.map((g) => this.groupIds[g]!) : undefined;
      const kept = analysis.article.sentences;
      const offsets: number[] = [];
      for (let i = 0; i < Math.min(kept.length, 0xffff); i++) offsets.push(kept[i]!.start, kept[i]!.end);
      const features = indexable ? analysis.features : undefined;
      this.putGroupData(group, segment.groups, offsets, features);
      if (features)
        for (let k = 0; k < Math.min(features.hashes.length, INDEXED_FEATURES); k++)
          segment.features.add(features.hashes[k]!, group, 0);
      this.addToCentroid(story, group, features, 1);
      this.storyGroups.set(story, this.storyGroups.get(story) + 1);
      this.groupCount++;
    }
    this.articleGroup.set(slot, group);
    if (this.groupMembers.get(group) === 0 || analysis.time > this.groupLast.get(group))
      this.groupLast.set(group, analysis.time);
    this.groupMembers.set(group, this.groupMembers.get(group) + 1);
    this.version++;
    this.storyArticles.set(story, this.storyArticles.get(story) + 1);
    if (analysis.time < this.storyFirst.get(story)) this.storyFirst.set(story, analysis.time);
    if (analysis.time > this.storyLast.get(story)) this.storyLast.set(story, analysis.time);
    return this.answer(id, analysis, this.groupIds[group]!, this.storyIds[story]!);
  }

  /** Moves the window to end at `bucket`, dropping whole buckets that fall out of it. */
  private advance(bucket: number, time: number): void {
    if (time > this.newestTime) this.newestTime = time;
    if (bucket <= this.newest) return;
    this.newest = bucket;
    const first = bucket - this.settings.window + 1;
    for (const segment of [...this.segments]) {
      if (segment.bucket >= first) continue;
      for (const slot of segment.articles) {
        if (this.articleIds[slot] !== undefined && this.bucketOf(slot) === segment.bucket) this.dropArticle(slot);
      }
      this.dropSegment(segment);
    }
    // Buckets before the newest are over: their postings become read-only and compact (see PostingTable.freeze).
    for (const segment of this.segments) {
      if (segment.bucket >= bucket) continue;
      segment.text.freeze();
      segment.features.freeze();
      segment.groups.trim();
    }
  }

  /** The publication time of group `g`'s newest held article (a walk over the held articles). */
  private newestHeldTime(g: number): number {
    let newest = Number.NEGATIVE_INFINITY;
    for (const segment of this.segments) {
      for (const slot of segment.articles) {
        if (this.articleIds[slot] === undefined || this.articleGroup.get(slot) !== g) continue;
        newest = Math.max(newest, this.articleTime.get(slot));
      }
    }
    return newest;
  }

  private dropArticle(slot: number): void {
    const id = this.articleIds[slot]!;
    const group = this.articleGroup.get(slot);
    const story = this.groupStory.get(group);
    this.slotOfArticle.delete(id);
    this.articleIds[slot] = undefined;
    this.freeArticles.push(slot);
    this.articleCount--;
    this.groupMembers.set(group, this.groupMembers.get(group) - 1);
    this.version++;
    // Only `remove` drops a group's newest article while older ones stay (the window and `prune` drop the oldest).
    if (this.groupMembers.get(group) > 0 && this.articleTime.get(slot) >= this.groupLast.get(group))
      this.groupLast.set(group, this.newestHeldTime(group));
    this.storyArticles.set(story, this.storyArticles.get(story) - 1);
    if (this.groupMembers.get(group) === 0) {
      this.groupCount--;
      this.addToCentroid(story, group, this.featuresOf(group), -1);
      this.storyGroups.set(story, this.storyGroups.get(story) - 1);
    }
    if (this.storyArticles.get(story) === 0) {
      this.storyIdsHeld.delete(this.storyIds[story]!);
      this.storyCount--;
      this.storyCentroid[story] = undefined;
      this.storySole[story] = -1;
      this.freeStories.push(story);
    }
  }

  /**
   * Where the groups homed in the bucket `home` go when it is dropped: the
   * bucket of each one's newest held article, so that a group leaves with
   * its last article instead of outliving it by a whole window in a newer
   * bucket (which held the memory of dead groups for a window after the
   * window filled). Groups with no held article are not in the map.
   */
  private newHomes(home: number): Map<number, Segment> {
    const newest = new Map<number, Segment>();
    for (const segment of this.segments) {
      // Segments are in ascending order: a later one overwrites an earlier one.
      for (const slot of segment.articles) {
        if (this.articleIds[slot] === undefined || this.bucketOf(slot) !== segment.bucket) continue;
        const g = this.articleGroup.get(slot);
        if (this.groupHome.get(g) === home && this.groupMembers.get(g) > 0) newest.set(g, segment);
      }
    }
    return newest;
  }

  /**
   * Drops a bucket: the postings of groups still held move to the bucket of
   * their newest held article, the slots of groups no longer held are freed
   * with their postings.
   */
  private dropSegment(segment: Segment): void {
    this.segments = this.segments.filter((s) => s !== segment);
    const home = segment.bucket;
    const targets = this.newHomes(home);
    const move = (from: PostingTable, to: (s: Segment) => PostingTable) => {
      from.forEach((hash, g, position) => {
        if (this.groupHome.get(g) !== home || this.groupMembers.get(g) <= 0) return;
        const target = targets.get(g);
        if (target !== undefined) to(target).add(hash, g, position);
      });
    };
    move(segment.text, (s) => s.text);
    move(segment.features, (s) => s.features);
    const free = new Set(this.freeGroups);
    for (let g = 0; g < this.groupIds.length; g++) {
      if (this.groupHome.get(g) !== home) continue;
      const target = targets.get(g);
      if (this.groupMembers.get(g) > 0 && target !== undefined) {
        // The group's data goes with its postings, into the arena of its new home.
        // (The dropped segment is out of the list already: its arena is read directly.)
        this.putGroupData(g, target.groups, this.offsetsOf(g, segment.groups)!, this.featuresOf(g, segment.groups));
        this.groupHome.set(g, target.bucket);
        continue;
      }
      if (this.groupIds[g] === undefined || free.has(g)) continue;
      // Only its own mapping: a later group may have been named after the same article id since.
      if (this.slotOfGroupId.get(this.groupIds[g]!) === g) this.slotOfGroupId.delete(this.groupIds[g]!);
      this.groupOffsetLength.set(g, -1);
      this.groupFeatureLength.set(g, -1);
      this.groupParents[g] = undefined;
      this.groupHome.set(g, Number.NaN);
      this.freeGroups.push(g);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshot.

  private pack(): Uint8Array {
    const arrays: (Int32Array | Uint32Array | Uint16Array | Float64Array | Float32Array)[] = [];
    const put = (a: Int32Array | Uint32Array | Uint16Array | Float64Array | Float32Array): number => arrays.push(a) - 1;
    const segments = this.segments.map((s) => {
      const table = (t: PostingTable) => {
        const st = t.state();
        return {
          keys: put(st.keys),
          heads: put(st.heads),
          counts: put(st.counts),
          size: st.size,
          group: put(st.group),
          position: put(st.position),
          next: put(st.next),
          postings: st.postings,
        };
      };
      return {
        bucket: s.bucket,
        text: table(s.text),
        features: table(s.features),
        articles: put(Int32Array.from(s.articles)),
      };
    });
    const groupSlots = this.groupIds.length;
    const offsets = this.groupIds.map((_, g) => {
      const o = this.offsetsOf(g);
      return o === undefined ? -1 : put(o.slice());
    });
    const features = this.groupIds.map((_, g) => {
      const f = this.featuresOf(g);
      return f === undefined ? null : { hashes: put(f.hashes.slice()), weights: put(f.weights.slice()), norm: f.norm };
    });
    const header = {
      version: 1,
      settings: {
        window: this.settings.window,
        bucket: this.settings.bucket,
        maxMatches: this.settings.maxMatches,
        copyShare: this.settings.copyShare,
        normalize: this.settings.normalize,
      },
      newest: Number.isFinite(this.newest) ? this.newest : null,
      newestTime: Number.isFinite(this.newestTime) ? this.newestTime : null,
      articles: {
        ids: this.articleIds.map((id) => id ?? null),
        group: put(this.articleGroup.data.slice(0, this.articleIds.length)),
        time: put(this.articleTime.data.slice(0, this.articleIds.length)),
        free: this.freeArticles,
      },
      groups: {
        ids: this.groupIds,
        story: put(this.groupStory.data.slice(0, groupSlots)),
        members: put(this.groupMembers.data.slice(0, groupSlots)),
        fingerprints: put(this.groupFingerprints.data.slice(0, groupSlots)),
        home: put(this.groupHome.data.slice(0, groupSlots)),
        offsets,
        features,
        parents: this.groupIds.map((_, g) => this.groupParents[g] ?? null),
        free: this.freeGroups,
      },
      stories: {
        ids: this.storyIds,
        titles: this.storyTitles.map((t) => t ?? null),
        articles: put(this.storyArticles.data.slice(0, this.storyIds.length)),
        groups: put(this.storyGroups.data.slice(0, this.storyIds.length)),
        first: put(this.storyFirst.data.slice(0, this.storyIds.length)),
        last: put(this.storyLast.data.slice(0, this.storyIds.length)),
        centroids: this.storyIds.map((_, k) => {
          const c = this.storyCentroid[k];
          return c ? { hashes: put(c.hashList()), weights: put(c.weightList()) } : null;
        }),
        sole: put(Int32Array.from(this.storyIds, (_, k) => this.storySole[k] ?? -1)),
        free: this.freeStories,
      },
      segments,
    };
    return pack(header, arrays);
  }

  /** Rebuilds an index from {@link MemoryCorpusIndex.pack}'s bytes. */
  static restore(bytes: Uint8Array): MemoryCorpusIndex {
    const { header, arrays } = unpack(bytes);
    // biome-ignore lint/suspicious/noExplicitAny: the header is our own JSON, checked by its version
    const h = header as any;
    if (h === null || typeof h !== 'object' || h.version !== 1)
      throw new TypeError('unsupported corpus snapshot version');
    // Every reference checked before anything is built on it: a damaged snapshot is refused, never half-trusted.
    checkSnapshot(h, arrays);
    const index = new MemoryCorpusIndex(resolveOptions(h.settings));
    const arr = <T>(i: number): T => arrays[i] as T;
    index.newest = h.newest ?? Number.NEGATIVE_INFINITY;
    index.newestTime = h.newestTime ?? Number.NEGATIVE_INFINITY;
    const ids: (string | null)[] = h.articles.ids;
    index.articleGroup.data = Int32Array.from(arr<Int32Array>(h.articles.group));
    index.articleTime.data = Float64Array.from(arr<Float64Array>(h.articles.time));
    ids.forEach((id, slot) => {
      index.articleIds[slot] = id ?? undefined;
      if (id !== null) {
        index.slotOfArticle.set(id, slot);
        index.articleCount++;
      }
    });
    for (const slot of h.articles.free as number[]) index.freeArticles.push(slot);
    // Segments first: each group's offsets and features go into its home bucket's arena.
    const table = (
      t: Omit<PostingTableState, 'keys' | 'heads' | 'counts' | 'group' | 'position' | 'next'> & Record<string, number>,
    ) =>
      new PostingTable(0, {
        keys: arr(t.keys!),
        heads: arr(t.heads!),
        counts: arr(t.counts!),
        size: t.size,
        group: arr(t.group!),
        position: arr(t.position!),
        next: arr(t.next!),
        postings: t.postings,
      });
    for (const s of h.segments) {
      index.segments.push({
        bucket: s.bucket,
        text: table(s.text),
        features: table(s.features),
        groups: new GroupArena(),
        articles: Array.from(arr<Int32Array>(s.articles)),
      });
    }
    const groupIds: string[] = h.groups.ids;
    index.groupStory.data = Int32Array.from(arr<Int32Array>(h.groups.story));
    index.groupMembers.data = Int32Array.from(arr<Int32Array>(h.groups.members));
    index.groupFingerprints.data = Int32Array.from(arr<Int32Array>(h.groups.fingerprints));
    index.groupHome.data = Float64Array.from(arr<Float64Array>(h.groups.home));
    for (const slot of h.groups.free as number[]) index.freeGroups.push(slot);
    const freeGroups = new Set(index.freeGroups);
    groupIds.forEach((id, g) => {
      index.groupIds[g] = id;
      if (!freeGroups.has(g)) index.slotOfGroupId.set(id, g);
      if (index.groupMembers.get(g) > 0) index.groupCount++;
      const o = h.groups.offsets[g] as number;
      const f = h.groups.features[g] as { hashes: number; weights: number; norm: number } | null;
      const arena = index.arenaOf(g);
      if (o >= 0 && arena !== undefined) {
        index.putGroupData(
          g,
          arena,
          arr<Int32Array>(o),
          f ? { hashes: arr(f.hashes), weights: arr(f.weights), norm: f.norm } : undefined,
        );
      } else {
        index.groupOffsetLength.set(g, -1);
        index.groupFeatureLength.set(g, -1);
      }
      index.groupParents[g] = (h.groups.parents[g] as string[] | null) ?? undefined;
    });
    const storyIds: string[] = h.stories.ids;
    const sole = arr<Int32Array>(h.stories.sole);
    storyIds.forEach((id, s) => {
      index.storyIds[s] = id;
      index.storySole[s] = sole[s]!;
      index.storyTitles[s] = h.stories.titles[s] ?? undefined;
      const c = h.stories.centroids[s] as { hashes: number; weights: number } | null;
      if (c) {
        const hashes = arr<Uint32Array>(c.hashes);
        const weights = arr<Float64Array>(c.weights);
        const centroid = Centroid.from(hashes, weights);
        index.storyCentroid[s] = centroid;
        index.storyNorm[s] = centroid.norm();
      }
    });
    index.storyArticles.data = Int32Array.from(arr<Int32Array>(h.stories.articles));
    index.storyGroups.data = Int32Array.from(arr<Int32Array>(h.stories.groups));
    index.storyFirst.data = Float64Array.from(arr<Float64Array>(h.stories.first));
    index.storyLast.data = Float64Array.from(arr<Float64Array>(h.stories.last));
    for (const slot of h.stories.free as number[]) index.freeStories.push(slot);
    for (let s = 0; s < storyIds.length; s++) {
      if (index.storyArticles.get(s) <= 0) continue;
      index.storyCount++;
      index.storyIdsHeld.add(storyIds[s]!);
    }
    // Each group's newest held article, from the articles (not a column of the snapshot).
    const last = new Float64Array(index.groupMembers.data.length).fill(Number.NEGATIVE_INFINITY);
    index.articleIds.forEach((id, slot) => {
      if (id === undefined) return;
      const g = index.articleGroup.get(slot);
      last[g] = Math.max(last[g]!, index.articleTime.get(slot));
    });
    index.groupLast.data = last;
    return index;
  }
}

function _round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Creates an empty corpus index held in memory (browser-safe; no text is
 * kept, only fingerprints, sentence offsets and story features).
 *
 * @param options - Window, bucket, copy threshold; see {@link CorpusIndexOptions}.
 * @returns The index.
 * @throws `CopydeskError` `ERR_INVALID_OPTION` for an unknown or out-of-range option.
 *
 * @example
 * ```ts
 * const index = createCorpusIndex({ window: 7 });
 * const wire = await index.add({ id: 'ap-1', text: apText, publishedAt: '2026-03-01T10:00:00Z' });
 * const copy = await index.add({ id: 'local-9', text: localText, publishedAt: '2026-03-01T11:30:00Z' });
 * copy.copyGroup; //=> 'ap-1' when local-9 is a copy of ap-1
 * copy.matches[0]?.relation; //=> 'copy'
 * ```
 */
export function createCorpusIndex(options?: CorpusIndexOptions): CorpusIndex {
  const settings = resolveOptions(options);
  const store = options?.store;
  if (store !== undefined) {
    if (typeof store !== 'object' || store === null || typeof store.open !== 'function') {
      throw new CopydeskError(
        'ERR_INVALID_OPTION',
        'store must be a corpus store, such as redisStore({ client }) from copydesk/redis',
      );
    }
    return store.open(settings);
  }
  return new MemoryCorpusIndex(settings);
}

/**
 * Rebuilds an in-memory corpus index from the bytes of
 * {@link CorpusIndex.snapshot}; it answers exactly as the index did.
 *
 * @param bytes - A snapshot.
 * @returns The index.
 * @throws `CopydeskError` `ERR_INVALID_INPUT` when the bytes are not a snapshot of this version, or a snapshot
 *   that was cut or changed so that a reference in it points nowhere (an article's group, a group's story, a
 *   posting's group or chain, an array of the wrong type): every reference is checked before the index is built.
 *   A change that leaves every reference valid (a time, a weight, a title) cannot be told from data and is kept.
 */
export async function restoreCorpusIndex(bytes: Uint8Array): Promise<CorpusIndex> {
  if (!(bytes instanceof Uint8Array)) {
    throw new CopydeskError('ERR_INVALID_INPUT', 'restoreCorpusIndex needs the Uint8Array a snapshot() returned');
  }
  try {
    return MemoryCorpusIndex.restore(bytes);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError('ERR_INVALID_INPUT', `not a copydesk corpus snapshot: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
