/**
 * The decisions of the corpus index, apart from where its postings live: from
 * the postings an article's fingerprints hit, its matches, the copy group it
 * joins, what a new group of it indexes; from story candidates, its story.
 * The in-memory index and the Redis store both decide through these, so the
 * two give the same answers on the same postings.
 *
 * @internal
 * @packageDocumentation
 */
import { extractFeatureLists } from '../align/relatedness';
import type { Article } from '../core/types';
import type { Fingerprints } from './fingerprint';
import {
  FEATURE_GROUPS,
  MAX_PAIRS_PER_MATCH,
  MAX_PARENTS,
  MIN_SHARED_FEATURES,
  MIN_SHARED_FINGERPRINTS,
  SAME_STORY_COSINE,
  STORY_CANDIDATES,
  STORY_LEAD_SENTENCES,
  STORY_LEAD_WEIGHT,
  STORY_MIN_WORD_IDF,
  STORY_STREAM_DAMPING,
  STORY_WORD_SHARE,
} from './tuning';
import type { CorpusMatch, CorpusSentencePair } from './types';

/** The story features of a group's first article, hashed. @internal */
export interface GroupFeatures {
  readonly hashes: Uint32Array;
  readonly weights: Float32Array;
  readonly norm: number;
}

const STORY_WORDS = Object.freeze({ minWordIdf: STORY_MIN_WORD_IDF, wordShare: STORY_WORD_SHARE });

function featureHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The `limit` heaviest story features of an article, hashed. A feature's
 * weight is its rarity (`extractDocumentFeatures`) times `1 + ln n` for the
 * `n` texts (title, sentences) it occurs in, times {@link STORY_LEAD_WEIGHT}
 * when it occurs in the title or the first {@link STORY_LEAD_SENTENCES}
 * sentences: what a story repeats and leads with is what it is about.
 * @internal
 */
export function hashFeatures(article: Article, limit: number): GroupFeatures {
  const f = extractFeatureLists(article, STORY_WORDS);
  const n = f.keys.length;
  const weight = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    weight[k] =
      f.weights[k]! * (1 + Math.log(f.counts[k]!)) * (f.first[k]! < STORY_LEAD_SENTENCES ? STORY_LEAD_WEIGHT : 1);
  }
  // The heaviest features only (ties in first-seen order); the same key may hash alike in rare collisions: keep the first.
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => weight[b]! - weight[a]! || a - b);
  const seen = new Set<number>();
  const hashes: number[] = [];
  const weights: number[] = [];
  let squares = 0;
  for (const k of order) {
    if (hashes.length >= limit) break;
    const h = featureHash(f.keys[k]!);
    if (seen.has(h)) continue;
    seen.add(h);
    hashes.push(h);
    weights.push(Math.fround(weight[k]!));
    squares += Math.fround(weight[k]!) ** 2;
  }
  return { hashes: Uint32Array.from(hashes), weights: Float32Array.from(weights), norm: Math.sqrt(squares) };
}

/**
 * An article's story features weighted down by their rarity in the stream:
 * feature `k`'s weight divided by `1 + STORY_STREAM_DAMPING * ln(1 + n)` for
 * the `n = groups[k]` copy groups whose postings hold it (counted up to
 * {@link FEATURE_GROUPS} + 1: a longer list is read as that many). Both
 * stores pass the lengths of the posting lists they walk.
 * @internal
 */
export function dampByStream(features: GroupFeatures, groups: ArrayLike<number>): GroupFeatures {
  const weights = new Float32Array(features.weights.length);
  let squares = 0;
  for (let k = 0; k < weights.length; k++) {
    const n = Math.min(groups[k]!, FEATURE_GROUPS + 1);
    weights[k] = features.weights[k]! / (1 + STORY_STREAM_DAMPING * Math.log1p(n));
    squares += weights[k]! ** 2;
  }
  return { hashes: features.hashes, weights, norm: Math.sqrt(squares) };
}

/**
 * The postings an article's fingerprints hit, flat: hit `i` is fingerprint
 * `print[i]` of the article found in group `group[i]` at sentence `old[i]` of
 * that group's first article. @internal
 */
export interface Hits<K> {
  readonly group: K[];
  readonly print: number[];
  readonly old: number[];
}

/** What the decisions read of a group. @internal */
export interface GroupView<K> {
  id(g: K): string;
  /** Fingerprints the group's first article had (its own and those it found in its parents). */
  fingerprints(g: K): number;
  members(g: K): number;
  /** The groups whose text its first article held, that are still held. */
  parents(g: K): readonly K[];
  /** `[start, end]` of each sentence of its first article, flat. */
  offsets(g: K): Int32Array | undefined;
}

/** The text decision for one article. @internal */
export interface TextDecision<K> {
  readonly matches: CorpusMatch[];
  /** The group the article joins, if any. */
  readonly join: K | undefined;
  /** The groups a new group of the article keeps as parents. */
  readonly parents: K[];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Decides from the hits: each group's share is the share of the article's
 * text, sentence by sentence (by characters, over the sentences with a
 * fingerprint that is not boilerplate), that has a fingerprint in the group
 * or in one of its parents; the article joins the group with the highest
 * share at or above `copyShare` (ties: more fingerprints of its own, then id).
 *
 * @param counted - 1 for each fingerprint of the article that is not boilerplate.
 * @internal
 */
export function decideText<K>(
  article: Article,
  prints: Fingerprints,
  counted: Uint8Array,
  hits: Hits<K>,
  view: GroupView<K>,
  settings: { readonly copyShare: number; readonly maxMatches: number },
): TextDecision<K> {
  const { sentences } = prints;
  const sentenceHasPrint = new Uint8Array(article.sentences.length);
  for (let k = 0; k < counted.length; k++) if (counted[k]) sentenceHasPrint[sentences[k]!] = 1;
  let total = 0;
  for (let i = 0; i < sentenceHasPrint.length; i++) {
    if (sentenceHasPrint[i]) total += article.sentences[i]!.end - article.sentences[i]!.start;
  }
  const count = new Map<K, number>();
  const covered = new Map<K, Set<number>>();
  for (let i = 0; i < hits.group.length; i++) {
    const g = hits.group[i]!;
    const s = sentences[hits.print[i]!]!;
    count.set(g, (count.get(g) ?? 0) + 1);
    const set = covered.get(g);
    if (set) set.add(s);
    else covered.set(g, new Set([s]));
  }
  const chars = (set: ReadonlySet<number>) => {
    let n = 0;
    for (const i of set) n += article.sentences[i]!.end - article.sentences[i]!.start;
    return n;
  };
  const ranked: { g: K; n: number; share: number; other: number }[] = [];
  for (const [g, n] of count) {
    if (n < MIN_SHARED_FINGERPRINTS) continue;
    const union = new Set(covered.get(g));
    let parentHits = 0;
    for (const parent of view.parents(g)) {
      for (const i of covered.get(parent) ?? []) union.add(i);
      parentHits += count.get(parent) ?? 0;
    }
    const share = total > 0 ? Math.min(1, chars(union) / total) : 0;
    const other = Math.min(1, (n + parentHits) / Math.max(1, view.fingerprints(g)));
    ranked.push({ g, n, share, other });
  }
  ranked.sort((a, b) => b.share - a.share || b.n - a.n || (view.id(a.g) < view.id(b.g) ? -1 : 1));
  const join = ranked.length > 0 && ranked[0]!.share >= settings.copyShare ? ranked[0]!.g : undefined;
  const parents = ranked
    .filter((r) => r.g !== join)
    .slice(0, MAX_PARENTS)
    .map((r) => r.g);
  const matches = ranked.slice(0, settings.maxMatches).map(
    ({ g, share, other }): CorpusMatch => ({
      article: view.id(g),
      copyGroup: view.id(g),
      relation: share >= settings.copyShare ? 'copy' : 'shares-text',
      share: round(share),
      otherShare: round(other),
      members: view.members(g),
      pairs: sentencePairs(g, article, prints, hits, view.offsets(g)),
    }),
  );
  return { matches, join, parents };
}

/** The sentence pairs behind a match with group `g`, in the article's order. */
function sentencePairs<K>(
  g: K,
  article: Article,
  prints: Fingerprints,
  hits: Hits<K>,
  offsets: Int32Array | undefined,
): CorpusSentencePair[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < hits.group.length; i++) {
    if (hits.group[i] !== g) continue;
    const key = prints.sentences[hits.print[i]!]! * 65536 + hits.old[i]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const pairs: CorpusSentencePair[] = [];
  for (const key of [...counts.keys()].sort((a, b) => a - b)) {
    if (pairs.length >= MAX_PAIRS_PER_MATCH) break;
    const a = Math.floor(key / 65536);
    const b = key % 65536;
    const s = article.sentences[a]!;
    pairs.push({
      sentence: { id: s.id, start: s.start, end: s.end },
      matched: { id: `s${b + 1}`, start: offsets?.[2 * b] ?? 0, end: offsets?.[2 * b + 1] ?? 0 },
      fingerprints: counts.get(key)!,
    });
  }
  return pairs;
}

/** Cosine of two hashed feature vectors. @internal */
export function featureCosine(a: GroupFeatures, b: GroupFeatures): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (let k = 0; k < a.hashes.length; k++) {
    const at = b.hashes.indexOf(a.hashes[k]!);
    if (at >= 0) dot += b.weights[at]! * a.weights[k]!;
  }
  return dot / (a.norm * b.norm);
}

/**
 * An article's story features found by hash (open addressing), to take the
 * dot product with many stored vectors, one pass over each: the same sum,
 * in the same order, as looking each feature up in the stored vector.
 * @internal
 */
export class FeatureLookup {
  readonly features: GroupFeatures;
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The stored weight met for feature `k`, when `met[k]`. */
  private readonly value: Float64Array;
  private readonly met: Uint8Array;

  constructor(features: GroupFeatures) {
    this.features = features;
    const n = features.hashes.length;
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let k = 0; k < n; k++) {
      const h = features.hashes[k]!;
      let slot = spread(h) & this.mask;
      while (this.slots[slot]! >= 0 && features.hashes[this.slots[slot]!] !== h) slot = (slot + 1) & this.mask;
      // The first feature of a hash wins, as a scan in feature order finds it.
      if (this.slots[slot]! < 0) this.slots[slot] = k;
    }
    this.value = new Float64Array(n);
    this.met = new Uint8Array(n);
  }

  /** The index of `hash` among the features, or -1. */
  indexOf(hash: number): number {
    const hashes = this.features.hashes;
    let slot = spread(hash) & this.mask;
    for (;;) {
      const k = this.slots[slot]!;
      if (k < 0 || hashes[k] === hash) return k;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * `sum over k of stored(h_k) * w_k`, over the features whose hash the
   * stored entries `(hashes[i], weights[i])`, `i < size`, hold (the first
   * entry of a hash counts), summed in feature order.
   */
  dot(hashes: ArrayLike<number>, weights: ArrayLike<number>, size: number): number {
    const { met, value } = this;
    for (let i = 0; i < size; i++) {
      const k = this.indexOf(hashes[i]!);
      if (k >= 0 && met[k] === 0) {
        met[k] = 1;
        value[k] = weights[i]!;
      }
    }
    const w = this.features.weights;
    let dot = 0;
    for (let k = 0; k < met.length; k++) {
      if (met[k] === 0) continue;
      dot += value[k]! * w[k]!;
      met[k] = 0;
    }
    return dot;
  }
}

function spread(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h;
}

/** {@link centroidCosine} through a {@link FeatureLookup} of the article's features (the same number). @internal */
export function lookupCosine(
  lookup: FeatureLookup,
  hashes: ArrayLike<number>,
  weights: ArrayLike<number>,
  size: number,
  norm: number,
): number {
  const features = lookup.features;
  if (features.norm === 0 || norm === 0) return 0;
  return lookup.dot(hashes, weights, size) / (norm * features.norm);
}

/** Cosine of an article's features with a story centroid (summed weights by hash, and its norm). @internal */
export function centroidCosine(
  features: GroupFeatures,
  centroid: { get(hash: number): number | undefined },
  norm: number,
): number {
  if (features.norm === 0 || norm === 0) return 0;
  let dot = 0;
  for (let k = 0; k < features.hashes.length; k++) {
    const c = centroid.get(features.hashes[k]!);
    if (c !== undefined) dot += c * features.weights[k]!;
  }
  return dot / (norm * features.norm);
}

/** What the story decision reads of a group. @internal */
export interface StoryView<K, S> {
  id(g: K): string;
  members(g: K): number;
  story(g: K): S;
  /** Norm of the group's story features (0 when it has none). */
  norm(g: K): number;
  /** Cosine of the article's features with the story's centroid. */
  centroidCosine(story: S, features: GroupFeatures): number;
  /** Orders two stories when their nearest groups tie (stable across runs). */
  compareStories(a: S, b: S): number;
}

/**
 * For each group the article's story features reach, the summed squared
 * weights (in the article) and the count of the features it shares: `held[k]`
 * lists the held groups feature `k`'s postings hold. The Redis store builds
 * the input of {@link storyCandidates} with it; the in-memory store with
 * {@link SlotSharedFeatures}, which gives the same sums in the same order.
 *
 * @internal
 */
export function sharedByGroup<K>(features: GroupFeatures, held: readonly (readonly K[])[]): SharedFeatures<K> {
  const shared = new Map<K, { dot: number; count: number }>();
  for (let k = 0; k < held.length; k++) {
    const w = features.weights[k]!;
    for (const g of held[k]!) {
      const entry = shared.get(g);
      if (entry) {
        entry.dot += w * w;
        entry.count++;
      } else shared.set(g, { dot: w * w, count: 1 });
    }
  }
  return {
    forEachShared: (visit) => {
      for (const [g, { dot, count }] of shared) visit(g, dot, count);
    },
  };
}

/**
 * What {@link storyCandidates} reads of the groups an article's story features
 * reach: each group once, in the order its first shared feature was met
 * (features in order, each feature's groups as its postings give them), with
 * the summed squared weights of the features it shares and their count.
 *
 * @internal
 */
export interface SharedFeatures<K> {
  forEachShared(visit: (g: K, dot: number, count: number) => void): void;
}

/**
 * {@link sharedByGroup} for groups numbered by slot, on typed columns reused
 * from call to call (the in-memory index calls it once per article): the same
 * sums, added in the same order, and the groups visited in the same order,
 * without a map entry per group.
 *
 * @internal
 */
export class SlotSharedFeatures implements SharedFeatures<number> {
  private dot = new Float64Array(1024);
  private count = new Int32Array(1024);
  private touched = new Int32Array(1024);
  private touchedCount = 0;

  /**
   * Sums the features: feature `k` reaches the groups `groups[from[k]]` to
   * `groups[from[k + 1] - 1]`; `slots` is one more than the largest slot.
   * Clears the previous call's sums first.
   */
  fill(features: GroupFeatures, groups: readonly number[], from: Int32Array, slots: number): this {
    const { dot, count, touched } = this;
    for (let t = 0; t < this.touchedCount; t++) {
      dot[touched[t]!] = 0;
      count[touched[t]!] = 0;
    }
    this.touchedCount = 0;
    if (dot.length < slots) {
      const size = Math.max(slots, 2 * dot.length);
      this.dot = new Float64Array(size);
      this.count = new Int32Array(size);
    }
    if (this.touched.length < groups.length)
      this.touched = new Int32Array(Math.max(groups.length, 2 * this.touched.length));
    const d = this.dot;
    const c = this.count;
    const list = this.touched;
    let n = 0;
    for (let k = 0; k + 1 < from.length; k++) {
      const w = features.weights[k]!;
      for (let p = from[k]!; p < from[k + 1]!; p++) {
        const g = groups[p]!;
        if (c[g] === 0) list[n++] = g;
        d[g] = d[g]! + w * w;
        c[g]!++;
      }
    }
    this.touchedCount = n;
    return this;
  }

  forEachShared(visit: (g: number, dot: number, count: number) => void): void {
    for (let t = 0; t < this.touchedCount; t++) {
      const g = this.touched[t]!;
      visit(g, this.dot[g]!, this.count[g]!);
    }
  }
}

/** A story whose nearest group is among the article's nearest: its centroid is compared next. @internal */
export interface StoryCandidate<K, S> {
  readonly g: K;
  readonly story: S;
  /** Cosine of the article's features with group `g`'s. */
  readonly cosine: number;
}

/**
 * The stories whose centroids {@link decideStory} compares with the article:
 * the best group of each story sharing features with it (by the group's own
 * cosine), the {@link STORY_CANDIDATES} nearest. `shared` holds, for each
 * group sharing a feature with the article, the summed squared weights (in
 * the article) and the count of the shared features.
 *
 * @internal
 */
export function storyCandidates<K, S>(
  features: GroupFeatures,
  shared: SharedFeatures<K>,
  view: Omit<StoryView<K, S>, 'centroidCosine'>,
): StoryCandidate<K, S>[] {
  if (features.norm === 0) return [];
  const bestOfStory = new Map<S, { g: K; cosine: number }>();
  shared.forEachShared((g, dot, count) => {
    if (count < MIN_SHARED_FEATURES) return;
    const norm = view.norm(g);
    if (norm === 0) return;
    const cosine = dot / (features.norm * norm);
    const story = view.story(g);
    const best = bestOfStory.get(story);
    if (!best || cosine > best.cosine || (cosine === best.cosine && view.id(g) < view.id(best.g))) {
      bestOfStory.set(story, { g, cosine });
    }
  });
  return [...bestOfStory]
    .sort((a, b) => b[1].cosine - a[1].cosine || view.compareStories(a[0], b[0]))
    .slice(0, STORY_CANDIDATES)
    .map(([story, { g, cosine }]) => ({ g, story, cosine }));
}

/**
 * Stories whose centroid (the summed features of their groups) is close to
 * the article's features, best first, each as a `same-story` match with the
 * story's most related group, among the {@link storyCandidates} (the centroid
 * is checked for the stories whose nearest group is nearest: a story far from
 * the article in every group is not near it on average). Comparing with the
 * whole story instead of its nearest member keeps one loose resemblance from
 * chaining two stories.
 *
 * @internal
 */
export function decideStory<K, S>(
  features: GroupFeatures,
  candidates: readonly StoryCandidate<K, S>[],
  view: StoryView<K, S>,
  maxMatches: number,
): { readonly matches: CorpusMatch[]; readonly story: S | undefined } {
  if (features.norm === 0) return { matches: [], story: undefined };
  const found: { g: K; story: S; cosine: number }[] = [];
  for (const { story, g } of candidates) {
    const cosine = view.centroidCosine(story, features);
    if (cosine >= SAME_STORY_COSINE) found.push({ g, story, cosine });
  }
  found.sort((a, b) => b.cosine - a.cosine || (view.id(a.g) < view.id(b.g) ? -1 : 1));
  return {
    story: found[0]?.story,
    matches: found.slice(0, maxMatches).map(({ g, cosine }) => ({
      article: view.id(g),
      copyGroup: view.id(g),
      relation: 'same-story' as const,
      share: 0,
      otherShare: 0,
      members: view.members(g),
      relatedness: round(Math.min(1, cosine)),
      pairs: [],
    })),
  };
}
