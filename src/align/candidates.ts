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
  const n = sentences.length;
  // Informative words of each sentence as word ids (first seen, first numbered), with their IDF: flat columns.
  const idOf = new Map<number, number>();
  const wordStart = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = sentences[i]!;
    for (let k = 0; k < s.distinct.length; k++) if (s.distinctIdf[k]! >= options.minIdf) total++;
  }
  const wordId = new Int32Array(total);
  const wordIdf = new Float64Array(total);
  const listLength: number[] = [];
  let occurrences = 0;
  for (let i = 0; i < n; i++) {
    const s = sentences[i]!;
    wordStart[i] = occurrences;
    for (let k = 0; k < s.distinct.length; k++) {
      const w = s.distinctIdf[k]!;
      if (w < options.minIdf) continue;
      const h = s.distinct[k]!;
      let id = idOf.get(h);
      if (id === undefined) {
        id = listLength.length;
        idOf.set(h, id);
        listLength.push(0);
      }
      wordId[occurrences] = id;
      wordIdf[occurrences] = w;
      listLength[id]!++;
      occurrences++;
    }
  }
  wordStart[n] = occurrences;
  // Posting lists, one after another in word-id order, each in sentence order; `at` is each occurrence's place in its list.
  const listStart = new Int32Array(listLength.length + 1);
  for (let id = 0; id < listLength.length; id++) listStart[id + 1] = listStart[id]! + listLength[id]!;
  const postings = new Int32Array(occurrences);
  const at = new Int32Array(occurrences);
  const filled = new Int32Array(listLength.length);
  for (let i = 0; i < n; i++) {
    for (let o = wordStart[i]!; o < wordStart[i + 1]!; o++) {
      const id = wordId[o]!;
      at[o] = filled[id]!;
      postings[listStart[id]! + filled[id]!] = i;
      filled[id]!++;
    }
  }
  // Lists are walked whole unless that passes the budget; then each member walks a window of its list.
  const lengths = listLength;
  const window = windowFor(lengths, CANDIDATE_STEPS_PER_POSTING * occurrences);
  if (report !== undefined) {
    report.window = window;
    report.boundedWords = window === undefined ? 0 : lengths.filter((l) => l > 2 * window + 1).length;
  }

  const groupOf = Int32Array.from(group);
  // Keys i * n + j (i < j) of kept pairs, in a growable typed array; a pair kept by both sides appears twice.
  let keys = new Float64Array(1024);
  let kept = 0;
  const weight = new Float64Array(n);
  const touched = new Int32Array(n);
  // The sentences that reach `minSharedIdf`, best first once selected: one scratch column for every sentence.
  const ranked = new Int32Array(n);
  const byWeight = (x: number, y: number): number => {
    const wx = weight[x]!;
    const wy = weight[y]!;
    // A comparator that returns small integers: a difference of doubles would be boxed at each call.
    return wy > wx ? 1 : wy < wx ? -1 : x - y;
  };
  for (let i = 0; i < n; i++) {
    const gi = groupOf[i]!;
    let touchedCount = 0;
    for (let o = wordStart[i]!; o < wordStart[i + 1]!; o++) {
      const id = wordId[o]!;
      const w = wordIdf[o]!;
      const base = listStart[id]!;
      const length = listStart[id + 1]! - base;
      const from = base + (window === undefined ? 0 : Math.max(0, at[o]! - window));
      const to = base + (window === undefined ? length : Math.min(length, at[o]! + window + 1));
      addWork('align', to - from);
      for (let p = from; p < to; p++) {
        const j = postings[p]!;
        if (j === i) continue;
        if ((groupOf[j] === gi) !== withinGroup) continue;
        if (weight[j] === 0) touched[touchedCount++] = j;
        weight[j] = weight[j]! + w;
      }
    }
    let rankedCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      if (weight[j]! >= options.minSharedIdf) ranked[rankedCount++] = j;
    }
    if (rankedCount > options.maxPerSentence) {
      // Keep the best maxPerSentence without sorting everything: select, then sort the few.
      selectTop(ranked, rankedCount, options.maxPerSentence, byWeight);
      rankedCount = options.maxPerSentence;
    }
    if (kept + rankedCount > keys.length) {
      const grown = new Float64Array(Math.max(keys.length * 2, kept + rankedCount));
      grown.set(keys.subarray(0, kept));
      keys = grown;
    }
    for (let r = 0; r < rankedCount; r++) {
      const j = ranked[r]!;
      keys[kept++] = i < j ? i * n + j : j * n + i;
    }
    for (let t = 0; t < touchedCount; t++) weight[touched[t]!] = 0;
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
 * Reorders the first `count` entries of `items` so that its first `k` entries
 * are the `k` smallest under `compare` (in no particular order): Hoare's
 * quickselect, O(count) on average. Deterministic: the pivot is the middle
 * element.
 *
 * @internal
 */
export function selectTop(
  items: Int32Array | number[],
  count: number,
  k: number,
  compare: (x: number, y: number) => number,
): void {
  let lo = 0;
  let hi = count - 1;
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
