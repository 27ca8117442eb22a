/**
 * `copydesk/redis`: a corpus index kept on a Redis server, so several worker
 * processes share one index. Use it through `createCorpusIndex`:
 *
 * ```ts
 * import Redis from 'ioredis';
 * import { createCorpusIndex } from 'copydesk';
 * import { redisStore } from 'copydesk/redis';
 *
 * const index = createCorpusIndex({ window: 7, store: redisStore({ client: new Redis('redis://127.0.0.1:6379') }) });
 * const result = await index.add({ id: 'ap-1', text, publishedAt: '2026-03-01T10:00:00Z' });
 * ```
 *
 * Every decision is the in-memory index's (the same `decide` functions on
 * the same postings). An add reads with scripts that change nothing (the
 * text's postings; for an article that joins no group, its story features'
 * postings, then the candidate stories' centroids) and writes with one
 * commit script, which writes the article, its group and its story
 * atomically or not at all. A commit that would make a group or a story is
 * refused when another worker made one since the first read, and the add is
 * read and decided again, so two workers never make two groups of one text.
 *
 * @packageDocumentation
 */

import { CopydeskError } from '../core/errors';
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
  type StoryView,
  sharedByGroup,
  storyCandidates,
} from '../corpus/decide';
import { checkInput, namedAfterRemoved, readInput, readStoriesOptions, readTime } from '../corpus/read';
import {
  BOILERPLATE_GROUPS,
  BUCKET_MS,
  FEATURE_GROUPS,
  GROUP_FEATURES,
  INDEXED_FEATURES,
  MIN_SHARED_FEATURES,
  STORY_FEATURES,
  STORY_TEXT_SHARE,
} from '../corpus/tuning';
import type {
  CorpusIndex,
  CorpusInput,
  CorpusMatch,
  CorpusResult,
  CorpusSettings,
  CorpusStats,
  CorpusStore,
  CorpusStoriesOptions,
  CorpusStory,
} from '../corpus/types';
import { COMMIT, CONF, PRUNE, READ, REMOVE, STATS, STORIES, STORY_LIST } from './scripts';

/**
 * The part of a Redis client the store uses: `eval`, as ioredis (`new Redis()`)
 * and node-redis v4 with `{ eval: (s, n, ...a) => client.sendCommand(['EVAL', s, String(n), ...a.map(String)]) }` offer it.
 */
export interface RedisClientLike {
  /** Runs a Lua script (`EVAL script numkeys ...args`). */
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  /**
   * Runs a loaded script by its SHA-1 (`EVALSHA`); with {@link RedisClientLike.script}, each script
   * is sent once instead of on every call (ioredis has both).
   */
  evalsha?(sha: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  /** `SCRIPT LOAD script`: resolves to the script's SHA-1. */
  script?(subcommand: 'LOAD', script: string): Promise<unknown>;
}

/** Options of {@link redisStore}. */
export interface RedisStoreOptions {
  /** A connected client (ioredis, or anything with `eval`). */
  readonly client: RedisClientLike;
  /**
   * Prefix of every key; indexes with different prefixes share a server without
   * meeting. The prefix is wrapped in a `{hash tag}`, so on a Redis Cluster
   * all of one index's keys live in one slot (the scripts touch many keys).
   *
   * @defaultValue 'copydesk'
   */
  readonly prefix?: string;
  /**
   * Reads and decisions retried when other workers keep making groups
   * between an add's read and its commit.
   *
   * @defaultValue 20
   */
  readonly maxRetries?: number;
}

const SEP = '\u001f';
const MAX_RETRIES = 20;

/**
 * A group as the read script returns it. Most groups of a read are only
 * candidates (hit by one story feature) and are never looked at beyond their
 * story, members and norm, so offsets, parents and feature lists are parsed
 * from their strings when first asked for.
 */
class GroupRow {
  readonly members: number;
  readonly fps: number;
  /** Norm of the group's story features (0 when it has none). */
  readonly norm: number;
  #offsets: Int32Array | undefined;
  #parents: readonly string[] | undefined;

  constructor(
    readonly story: string,
    members: string,
    fps: string,
    private readonly rawOffsets: string,
    private readonly rawParents: string,
    norm: string,
  ) {
    this.members = Number(members);
    this.fps = Number(fps);
    this.norm = Number(norm);
  }

  get offsets(): Int32Array {
    this.#offsets ??= Int32Array.from(numbers(this.rawOffsets));
    return this.#offsets;
  }

  get parents(): readonly string[] {
    this.#parents ??= this.rawParents ? (JSON.parse(this.rawParents) as string[]) : [];
    return this.#parents;
  }
}

function numbers(list: string): number[] {
  return list === '' ? [] : list.split(',').map(Number);
}

function featuresOf(fh: string, fw: string, norm: string): GroupFeatures | undefined {
  if (fh === '') return undefined;
  return { hashes: Uint32Array.from(numbers(fh)), weights: Float32Array.from(numbers(fw)), norm: Number(norm) };
}

class RedisCorpusIndex implements CorpusIndex {
  private readonly settings: CorpusSettings;
  private readonly client: RedisClientLike;
  private readonly prefix: string;
  private readonly maxRetries: number;
  private readonly bucketMs: number;
  /** The newest bucket this worker has seen on the server. */
  private newestBucket = Number.NEGATIVE_INFINITY;

  constructor(settings: CorpusSettings, options: RedisStoreOptions) {
    this.settings = settings;
    this.client = options.client;
    this.prefix = `{${options.prefix ?? 'copydesk'}}`;
    this.maxRetries = options.maxRetries ?? MAX_RETRIES;
    this.bucketMs = BUCKET_MS[settings.bucket];
  }

  private readonly loaded = new Map<string, Promise<string>>();
  /** The SHA-1 of each script loaded, once known: the call is then sent before `run` returns. */
  private readonly shas = new Map<string, string>();

  /** Whether the server's settings for the prefix were checked against this store's (see {@link confirm}). */
  private confirmed = false;
  private confirming: Promise<void> | undefined;

  /**
   * Records this store's window settings on the server when the prefix holds no index yet, else checks that
   * they are the ones it was made with: `ERR_INVALID_OPTION` when they differ.
   */
  private confirm(): Promise<void> {
    this.confirming ??= this.send(CONF, this.settings.window, this.settings.bucket).then((reply) => {
      const [window, bucket] = reply as [string, string];
      if (Number(window) !== this.settings.window || bucket !== this.settings.bucket) {
        throw new CopydeskError(
          'ERR_INVALID_OPTION',
          `the Redis index under prefix ${this.prefix} was made with window ${window} and bucket "${bucket}"; this store was given window ${this.settings.window} and bucket "${this.settings.bucket}" (use the same settings, or another prefix)`,
        );
      }
      this.confirmed = true;
    });
    // A failure (other settings, a lost connection) is not kept: the next call asks again.
    this.confirming.catch(() => {
      this.confirming = undefined;
    });
    return this.confirming;
  }

  /** Runs a script once the settings are confirmed (see {@link send}). */
  private run(script: string, ...args: (string | number)[]): Promise<unknown> {
    if (!this.confirmed) return this.confirm().then(() => this.send(script, ...args));
    return this.send(script, ...args);
  }

  /**
   * Runs a script by SHA-1 when the client can (loading it once), else with
   * EVAL. Once the script is loaded the command is sent synchronously, so
   * the caller can work while the server runs it.
   */
  private send(script: string, ...args: (string | number)[]): Promise<unknown> {
    const { client } = this;
    if (client.evalsha === undefined || client.script === undefined)
      return client.eval(script, 0, this.prefix, ...args);
    const known = this.shas.get(script);
    if (known !== undefined) return this.retried(script, client.evalsha(known, 0, this.prefix, ...args), args);
    let sha = this.loaded.get(script);
    if (sha === undefined) {
      sha = Promise.resolve(client.script('LOAD', script)).then((value) => {
        this.shas.set(script, String(value));
        return String(value);
      });
      this.loaded.set(script, sha);
    }
    const evalsha = client.evalsha.bind(client);
    return this.retried(
      script,
      sha.then((value) => evalsha(value, 0, this.prefix, ...args)),
      args,
    );
  }

  /** A script's reply; when the server lost its script cache (a restart, SCRIPT FLUSH), the script sent again once. */
  private async retried(script: string, reply: Promise<unknown>, args: (string | number)[]): Promise<unknown> {
    const { client } = this;
    try {
      return await reply;
    } catch (error) {
      if (!String((error as Error)?.message).includes('NOSCRIPT')) throw error;
      this.loaded.delete(script);
      this.shas.delete(script);
      return client.eval(script, 0, this.prefix, ...args);
    }
  }

  async add(input: CorpusInput): Promise<CorpusResult> {
    checkInput(input);
    for (let attempt = 0; attempt <= this.maxRetries; attempt++) {
      const decided = await this.decide(input);
      if (decided.result.diagnostics.some((d) => d.code === 'outside-window')) return decided.result;
      const c = decided.commit();
      const reply = (await this.run(
        COMMIT,
        input.id,
        c.time,
        c.bucket,
        this.settings.window,
        this.bucketMs,
        c.version,
        c.join,
        c.story,
        c.title,
        STORY_FEATURES,
        c.fps,
        c.offsets,
        c.parents,
        c.fh,
        c.fw,
        c.norm,
        c.postings,
        c.features,
      )) as string | [string, string, string];
      if (reply === 'dup') {
        throw new CopydeskError('ERR_DUPLICATE_ID', `the corpus index already holds an article with id "${input.id}"`);
      }
      if (reply === 'named') throw namedAfterRemoved(input.id);
      if (reply === 'retry' || reply === 'old') continue;
      const [, group, story] = reply as [string, string, string];
      return { ...decided.result, copyGroup: group, story };
    }
    throw new CopydeskError(
      'ERR_CALLBACK_FAILED',
      `could not add "${input.id}": other workers changed the index ${this.maxRetries + 1} times between read and commit`,
    );
  }

  async match(input: CorpusInput): Promise<CorpusResult> {
    checkInput(input);
    return (await this.decide(input)).result;
  }

  async remove(id: string): Promise<boolean> {
    return Number(await this.run(REMOVE, id)) === 1;
  }

  async prune(before: string | Date): Promise<number> {
    const time = readTime(before, 'prune(before)');
    if (time === undefined) throw new CopydeskError('ERR_INVALID_INPUT', 'prune needs a time');
    return Number(await this.run(PRUNE, time, this.bucketMs));
  }

  async stats(): Promise<CorpusStats> {
    const [articles, groups, stories, postings, oldest, newest, newestBucket] = (await this.run(STATS)) as string[];
    const bucket = newestBucket === '' || newestBucket === undefined ? undefined : Number(newestBucket);
    return {
      articles: Number(articles),
      copyGroups: Number(groups),
      stories: Number(stories),
      fingerprints: Number(postings),
      ...(oldest ? { oldest: new Date(Number(oldest)).toISOString() } : {}),
      ...(newest ? { newest: new Date(Number(newest)).toISOString() } : {}),
      ...(bucket !== undefined
        ? { windowStart: new Date((bucket - this.settings.window + 1) * this.bucketMs).toISOString() }
        : {}),
      // On the server: see its INFO memory.
      bytes: 0,
    };
  }

  async stories(options?: CorpusStoriesOptions): Promise<CorpusStory[]> {
    const { minArticles, limit } = readStoriesOptions(options);
    const rows = (await this.run(STORY_LIST)) as string[][];
    const stories: CorpusStory[] = [];
    for (const [id, title, articles, , first, last, live] of rows) {
      const n = Number(articles);
      if (n < minArticles || n <= 0) continue;
      const groups = (live ?? '')
        .split('\u001f')
        .filter(Boolean)
        .map((e) => {
          const at = e.lastIndexOf(':');
          return { id: e.slice(0, at), members: Number(e.slice(at + 1)) };
        })
        .sort((a, b) => b.members - a.members || (a.id < b.id ? -1 : 1));
      stories.push({
        id: id!,
        ...(title ? { title } : {}),
        articles: n,
        copyGroups: groups.length,
        groups: groups.slice(0, 50).map((g) => g.id),
        first: new Date(Number(first)).toISOString(),
        last: new Date(Number(last)).toISOString(),
      });
    }
    stories.sort(
      (a, b) => b.articles - a.articles || (a.first < b.first ? -1 : a.first > b.first ? 1 : a.id < b.id ? -1 : 1),
    );
    return stories.slice(0, limit);
  }

  async snapshot(): Promise<Uint8Array> {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      'snapshot() is for the in-memory index; a Redis index persists on its server (use its RDB or AOF)',
    );
  }

  private async refreshNewest(): Promise<void> {
    const [, newest, , , , newestTime] = (await this.run(READ, 0, 0, 0, 0, '', '')) as string[];
    if (newest !== '' && newest !== undefined) this.newestBucket = Math.max(this.newestBucket, Number(newest));
    if (newestTime !== '' && newestTime !== undefined) this.newestTime = Math.max(this.newestTime, Number(newestTime));
  }

  /** The newest publication time the server has seen (where an article without one is placed), as in memory. */
  private newestTime = Number.NEGATIVE_INFINITY;

  /** What `readInput` takes as the newest time: the server's, else the start of the newest bucket. */
  private newestTimeOrBucket(): number {
    return Number.isFinite(this.newestTime) ? this.newestTime : this.newestBucket * this.bucketMs;
  }

  /** Reads what the index holds for the article and decides, as the in-memory index does. */
  private async decide(input: CorpusInput) {
    // The newest bucket this worker has seen; a time-less input asks the server first.
    if (input.publishedAt === undefined || !Number.isFinite(this.newestBucket)) await this.refreshNewest();
    let read = readInput(input, this.settings, this.newestTimeOrBucket(), this.newestBucket);
    const { article, fingerprints, notArticle } = read;
    const windowStart = Math.max(this.newestBucket, read.bucket) - this.settings.window + 1;
    const prints = fingerprints.hashes;
    // The text first (its postings and the groups they hit); the story features only when the article joins
    // no group. The story features are hashed while the server reads the text.
    const textRead = this.run(
      READ,
      windowStart * this.bucketMs,
      BOILERPLATE_GROUPS,
      FEATURE_GROUPS,
      MIN_SHARED_FEATURES,
      prints.join(','),
      '',
    );
    let features: GroupFeatures | undefined;
    try {
      features = notArticle ? undefined : hashFeatures(article, GROUP_FEATURES);
    } finally {
      // A throw above must not leave the read's rejection unhandled.
      textRead.catch(() => undefined);
    }
    const [version, newest, printLists, , groupRows] = (await textRead) as [
      string,
      string,
      string[][],
      string[][],
      string[][],
    ];
    const serverNewest = newest === '' ? Number.NEGATIVE_INFINITY : Number(newest);
    if (serverNewest > this.newestBucket) {
      this.newestBucket = serverNewest;
      // Another worker moved the window past this article: read it again, to say so.
      if (!read.outside && read.bucket < serverNewest - this.settings.window + 1) {
        read = readInput(input, this.settings, this.newestTimeOrBucket(), this.newestBucket);
      }
    }
    const groups = new Map<string, GroupRow>();
    for (const [id, story, members, fps, offsets, parents, norm] of groupRows) {
      groups.set(id!, new GroupRow(story!, members!, fps!, offsets!, parents!, norm!));
    }
    // Postings as the in-memory walk sees them.
    const hits: Hits<string> = { group: [], print: [], old: [] };
    const counted = new Uint8Array(prints.length);
    const novel = new Uint8Array(prints.length);
    let countedPrints = 0;
    printLists.forEach((entries, k) => {
      if (entries[0] === '-1') return;
      counted[k] = 1;
      countedPrints++;
      let held = false;
      for (const e of entries) {
        const at = e.indexOf(SEP);
        const g = e.slice(0, at);
        if (!groups.has(g)) continue;
        held = true;
        hits.group.push(g);
        hits.print.push(k);
        hits.old.push(Number(e.slice(at + 1)));
      }
      if (!held) novel[k] = 1;
    });
    const view: GroupView<string> = {
      id: (g) => g,
      fingerprints: (g) => groups.get(g)?.fps ?? 0,
      members: (g) => groups.get(g)?.members ?? 0,
      parents: (g) => (groups.get(g)?.parents ?? []).filter((p) => groups.has(p)),
      offsets: (g) => groups.get(g)?.offsets,
    };
    const text = decideText(article, fingerprints, counted, hits, view, this.settings);
    const join = text.join;
    const matches: CorpusMatch[] = [...text.matches];
    let story = join !== undefined ? groups.get(join)!.story : undefined;
    if (story === undefined) {
      const best = matches.find((m) => m.share >= STORY_TEXT_SHARE || m.otherShare >= STORY_TEXT_SHARE);
      if (best) story = groups.get(best.copyGroup)?.story;
    }
    if (join === undefined && features) {
      const [, , , featureLists, featureRows] = (await this.run(
        READ,
        windowStart * this.bucketMs,
        BOILERPLATE_GROUPS,
        FEATURE_GROUPS,
        MIN_SHARED_FEATURES,
        '',
        features.hashes.join(','),
      )) as [string, string, string[][], string[][], string[][]];
      // Groups the text read gave whole stay as they are.
      for (const [id, story, members, fps, offsets, parents, norm] of featureRows) {
        if (!groups.has(id!)) groups.set(id!, new GroupRow(story!, members!, fps!, offsets!, parents!, norm!));
      }
      // Each feature's postings as the read gives them: the count of their held groups, as the in-memory index
      // counts them (for the stream rarity), then those of the held groups that share MIN_SHARED_FEATURES
      // features or more with the article: storyCandidates compares no other, and sharedByGroup sums each
      // group's features in the same order with or without the others.
      const held = featureLists.map((list) => (list[0] === '-1' ? [] : list.slice(1)));
      const damped = dampByStream(
        features,
        featureLists.map((list) => (list[0] === '-1' ? FEATURE_GROUPS + 1 : Number(list[0]))),
      );
      const shared = sharedByGroup(damped, held);
      const groupView: Omit<StoryView<string, string>, 'centroidCosine'> = {
        id: (g) => g,
        members: (g) => groups.get(g)?.members ?? 0,
        story: (g) => groups.get(g)!.story,
        norm: (g) => groups.get(g)?.norm ?? 0,
        compareStories: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
      };
      // Only the candidate stories' centroids are read.
      const candidates = storyCandidates(damped, shared, groupView);
      const centroids = await this.centroids(candidates.map((c) => c.story));
      const storyView: StoryView<string, string> = { ...groupView, centroidCosine: (s, f) => centroids(s, f) };
      const related = decideStory(damped, candidates, storyView, this.settings.maxMatches);
      if (story === undefined && related.story !== undefined) story = related.story;
      const listed = new Set(matches.map((m) => m.copyGroup));
      for (const r of related.matches) {
        if (matches.length >= this.settings.maxMatches) break;
        if (!listed.has(r.copyGroup)) matches.push(r);
      }
    }
    const indexable = !notArticle && !read.outside;
    const result: CorpusResult = {
      id: input.id,
      copyGroup: join ?? input.id,
      joined: join !== undefined,
      matches: matches.slice(0, this.settings.maxMatches),
      story: story ?? input.id,
      diagnostics: read.diagnostics,
    };
    // What a commit writes, made only for add (match writes nothing); a new group's fields only for a new group
    // (the commit script reads them only then).
    const commit = () => {
      const fresh = join === undefined;
      const postings: string[] = [];
      if (indexable && fresh) {
        fingerprints.hashes.forEach((h, k) => {
          if (novel[k]) postings.push(`${h}${SEP}${fingerprints.sentences[k]}`);
        });
      }
      const offsets: number[] = [];
      if (fresh) for (const s of article.sentences.slice(0, 0xffff)) offsets.push(s.start, s.end);
      const kept = indexable && fresh ? features : undefined;
      return {
        time: read.time,
        bucket: read.bucket,
        version,
        join: join ?? '',
        story: story ?? '',
        title: article.metadata.title?.text ?? '',
        fps: indexable && fresh ? countedPrints : 0,
        offsets: offsets.join(','),
        parents: indexable && fresh && text.parents.length > 0 ? JSON.stringify(text.parents) : '',
        fh: kept ? Array.from(kept.hashes).join(',') : '',
        fw: kept ? Array.from(kept.weights).join(',') : '',
        norm: kept ? String(kept.norm) : '0',
        postings: postings.join(','),
        features: kept ? Array.from(kept.hashes.subarray(0, INDEXED_FEATURES)).join(',') : '',
      };
    };
    return { result, commit };
  }

  /** The centroid cosine of each candidate story, read in one call. */
  private async centroids(candidates: readonly string[]): Promise<(story: string, features: GroupFeatures) => number> {
    const stories = [...new Set(candidates)];
    const rows = stories.length > 0 ? ((await this.run(STORIES, ...stories)) as string[][]) : [];
    const byStory = new Map<string, (features: GroupFeatures) => number>();
    // The article's features by hash, made once for all the stories (as centroidCosine and featureCosine, one
    // pass over each story's entries; a centroid holds each hash once).
    let lookup: FeatureLookup | undefined;
    const lookupOf = (f: GroupFeatures): FeatureLookup => {
      if (lookup?.features !== f) lookup = new FeatureLookup(f);
      return lookup;
    };
    for (const [id, sole, c, norm, sfh, sfw, snorm] of rows) {
      if (c) {
        const entries = c.split(',');
        const hashes = new Float64Array(entries.length);
        const weights = new Float64Array(entries.length);
        entries.forEach((entry, i) => {
          const at = entry.indexOf(':');
          hashes[i] = Number(entry.slice(0, at));
          weights[i] = Number(entry.slice(at + 1));
        });
        byStory.set(id!, (f) => lookupCosine(lookupOf(f), hashes, weights, entries.length, Number(norm)));
      } else if (sole) {
        const other = featuresOf(sfh!, sfw!, snorm!);
        byStory.set(id!, (f) =>
          other ? lookupCosine(lookupOf(f), other.hashes, other.weights, other.hashes.length, other.norm) : 0,
        );
      }
    }
    return (story, features) => byStory.get(story)?.(features) ?? 0;
  }
}

/**
 * A corpus store on a Redis server, for `createCorpusIndex({ store })`:
 * several worker processes with the same `prefix` share one index.
 *
 * @param options - The client and the key prefix.
 * @returns The store.
 * @throws `CopydeskError` `ERR_INVALID_OPTION` without a client that has `eval`.
 *
 * @remarks
 * Whole buckets leave the window when a newer article is committed, in the
 * same script (memory stays flat; the commit that crosses a bucket does the
 * cleaning). Articles are placed by their `publishedAt`, not by the server's
 * clock. The scripts use keys they do not declare, all under one hash tag:
 * on a Redis Cluster they run in the prefix's slot.
 */
export function redisStore(options: RedisStoreOptions): CorpusStore {
  if (typeof options !== 'object' || options === null || typeof options.client?.eval !== 'function') {
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      'redisStore needs { client }: a connected Redis client with eval (ioredis)',
    );
  }
  if (
    options.prefix !== undefined &&
    (typeof options.prefix !== 'string' || /[{}\s]/.test(options.prefix) || options.prefix === '')
  ) {
    throw new CopydeskError('ERR_INVALID_OPTION', 'prefix must be a non-empty string without braces or spaces');
  }
  return { open: (settings) => new RedisCorpusIndex(settings, options) };
}

export type { CorpusStore } from '../corpus/types';
