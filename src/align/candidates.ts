import type { PreparedSentence } from '../similarity/types';

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
 * per-sentence cap bounds the work instead.
 *
 * @param sentences - Prepared sentences.
 * @param group - Group key of each sentence (its source): pairs inside one group are skipped
 *   unless `withinGroup` is true.
 * @returns Pairs `[i, j]` with `i < j`, sorted.
 * @internal
 */
export function findCandidatePairs(
  sentences: readonly PreparedSentence[],
  group: readonly number[],
  options: CandidateOptions,
  withinGroup = false,
): Array<[number, number]> {
  const postings = new Map<number, number[]>();
  const features: Array<{ hashes: number[]; idf: number[] }> = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const hashes: number[] = [];
    const idf: number[] = [];
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
      list.push(i);
    }
    features.push({ hashes, idf });
  }

  const keep = new Set<number>(); // i * n + j with i < j
  const n = sentences.length;
  const weight = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const { hashes, idf } = features[i]!;
    for (let k = 0; k < hashes.length; k++) {
      const list = postings.get(hashes[k]!)!;
      const w = idf[k]!;
      for (const j of list) {
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
    for (const j of ranked) keep.add(i < j ? i * n + j : j * n + i);
    for (const j of touched) weight[j] = 0;
    touched.length = 0;
  }
  return [...keep].sort((x, y) => x - y).map((key) => [Math.floor(key / n), key % n]);
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
