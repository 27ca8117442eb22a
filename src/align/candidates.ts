import { addWork } from '../core/util/work';
import type { PreparedSentence } from '../similarity/types';

/**
 * Steps of the posting-list walk allowed per indexed word occurrence. Reasoned:
 * the 200-outlet benchmark story walks about 130 steps per occurrence
 * (4.3 M steps for 34,000 occurrences), so real stories keep the exhaustive
 * walk; a text that repeats one rare word in tens of thousands of sentences
 * would walk the square of that number.
 */
export const CANDIDATE_STEPS_PER_POSTING = 256;

/** The window never narrows below this many neighbours in a posting list. */
export const MIN_CANDIDATE_WINDOW = 128;

/** What {@link findCandidatePairs} had to bound, for the caller's diagnostics. */
export interface CandidateReport {
  /**
   * Half-width of the window of each long posting list that was walked (each
   * sentence met only the sentences within this many places of it in input
   * order through that word), or `undefined` when every list was walked whole.
   */
  window: number | undefined;
  /** How many words' lists were longer than the window. */
  boundedWords: number;
}

/**
 * The widest half-window `w` (at least {@link MIN_CANDIDATE_WINDOW}) such that walking each list within
 * `w` places of each member costs at most `budget` steps; `undefined` when whole lists fit.
 */
function windowFor(lengths: readonly number[], budget: number): number | undefined {
  const cost = (w: number): number => {
    let total = 0;
    for (const l of lengths) total += l * Math.min(l, 2 * w + 1);
    return total;
  };
  let longest = 0;
  for (const l of lengths) if (l > longest) longest = l;
  if (cost(longest) <= budget) return undefined;
  let lo = MIN_CANDIDATE_WINDOW;
  let hi = longest;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (cost(mid) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Candidate pairs as two columns: pair `k` is `(first[k], second[k])`. @internal */
export interface CandidatePairs {
  readonly first: Int32Array;
  readonly second: Int32Array;
}

/** Options of {@link findCandidatePairs}. @internal */
export interface CandidateOptions {
  /** Lowest IDF of a word that enters the index. */
  readonly minIdf: number;
  /** Lowest summed IDF of the words two sentences share for them to be compared. */
  readonly minSharedIdf: number;
  /** Most candidates kept per sentence, best first. */
  readonly maxPerSentence: number;
}

/**
 * Finds the pairs of sentences worth comparing from an inverted index of
 * their informative words (IDF at or above `minIdf`: rare words, names,
 * numbers), never by comparing every sentence with every other. Each sentence
 * keeps its `maxPerSentence` best candidates by shared IDF mass; a pair is
 * kept when either side keeps it. Words shared by many sentences are not
 * dropped (widely syndicated wire copy is exactly what must be found); the
 * per-sentence cap bounds the work instead. When walking every list whole
 * would pass {@link CANDIDATE_STEPS_PER_POSTING} steps per indexed word
 * (one rare word repeated in tens of thousands of sentences), each sentence
 * walks only a window of each list around itself, in input order, as wide as
 * the budget allows; `report` says so.
 *
 * @param sentences - Prepared sentences.
 * @param group - Group key of each sentence (its source): pairs inside one group are skipped
 *   unless `withinGroup` is true.
 * @param options - Index thresholds and the per-sentence cap.
 * @param withinGroup - Pair sentences of the same group instead of different ones.
 * @param report - Receives the window used, if any.
 * @returns Pairs `(first[k], second[k])` with `first[k] < second[k]`, sorted by first then second.
 * @internal
 */
export function findCandidatePairs(
  sentences: readonly PreparedSentence[],
  group: readonly number[],
  options: CandidateOptions,
  withinGroup = false,
  report?: CandidateReport,
): CandidatePairs {
  const postings = new Map<number, number[]>();
  const features: Array<{ hashes: number[]; idf: number[]; at: number[] }> = [];
  let occurrences = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const hashes: number[] = [];
    const idf: number[] = [];
    const at: number[] = [];
    for (let k = 0; k < s.distinct.length; k++) {
      const w = s.distinctIdf[k]!;
      if (w < options.minIdf) continue;
      const h = s.distinct[k]!;
      hashes.push(h);
      idf.push(w);
      let list = postings.get(h);
      if (!list) {
        list = [];
        postings.set(h, list);
      }
      at.push(list.length);
      list.push(i);
      occurrences++;
    }
    features.push({ hashes, idf, at });
  }
  // Lists are walked whole unless that passes the budget; then each member walks a window of its list.
  const lengths: number[] = [];
  for (const list of postings.values()) lengths.push(list.length);
  const window = windowFor(lengths, CANDIDATE_STEPS_PER_POSTING * occurrences);
  if (report !== undefined) {
    report.window = window;
    report.boundedWords = window === undefined ? 0 : lengths.filter((l) => l > 2 * window + 1).length;
  }

  const n = sentences.length;
  // Keys i * n + j (i < j) of kept pairs, in a growable typed array; a pair kept by both sides appears twice.
  let keys = new Float64Array(1024);
  let kept = 0;
  const weight = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const { hashes, idf, at } = features[i]!;
    for (let k = 0; k < hashes.length; k++) {
      const list = postings.get(hashes[k]!)!;
      const w = idf[k]!;
      const from = window === undefined ? 0 : Math.max(0, at[k]! - window);
      const to = window === undefined ? list.length : Math.min(list.length, at[k]! + window + 1);
      addWork('align', to - from);
      for (let p = from; p < to; p++) {
        const j = list[p]!;
        if (j === i) continue;
        if (!withinGroup && group[j] === group[i]) continue;
        if (withinGroup && group[j] !== group[i]) continue;
        if (weight[j] === 0) touched.push(j);
        weight[j] = weight[j]! + w;
      }
    }
    const ranked = touched.filter((j) => weight[j]! >= options.minSharedIdf);
    if (ranked.length > options.maxPerSentence) {
      // Keep the best maxPerSentence without sorting everything: select, then sort the few.
      selectTop(ranked, options.maxPerSentence, (x, y) => weight[y]! - weight[x]! || x - y);
      ranked.length = options.maxPerSentence;
      ranked.sort((x, y) => weight[y]! - weight[x]! || x - y);
    }
    if (kept + ranked.length > keys.length) {
      const grown = new Float64Array(Math.max(keys.length * 2, kept + ranked.length));
      grown.set(keys.subarray(0, kept));
      keys = grown;
    }
    for (const j of ranked) keys[kept++] = i < j ? i * n + j : j * n + i;
    for (const j of touched) weight[j] = 0;
    touched.length = 0;
  }
  const sorted = keys.subarray(0, kept).sort();
  let unique = 0;
  for (let k = 0; k < kept; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[unique++] = sorted[k]!;
  const first = new Int32Array(unique);
  const second = new Int32Array(unique);
  for (let k = 0; k < unique; k++) {
    const key = sorted[k]!;
    first[k] = Math.floor(key / n);
    second[k] = key - first[k]! * n;
  }
  return { first, second };
}

/**
 * Reorders `items` so that its first `k` entries are the `k` smallest under
 * `compare` (in no particular order): Hoare's quickselect, O(n) on average.
 * Deterministic: the pivot is the middle element.
 *
 * @internal
 */
export function selectTop(items: number[], k: number, compare: (x: number, y: number) => number): void {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const pivot = items[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (compare(items[i]!, pivot) < 0) i++;
      while (compare(items[j]!, pivot) > 0) j--;
      if (i <= j) {
        const t = items[i]!;
        items[i] = items[j]!;
        items[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else return;
  }
}
