/**
 * Greedy string tiling over word hashes: the common runs of words two
 * sentences share, longest first, each word used once.
 *
 * Two methods give the same tiles:
 *
 * - **Exact dynamic programming** for ordinary sentences (the product of the
 *   two lengths at most {@link EXACT_TILING_CELLS}): one pass over the
 *   length-by-length table per tile, two rows of memory.
 * - **Anchored runs** above that, so that a paragraph scraped without a
 *   period (one "sentence" of 50,000 words) costs time and memory linear in
 *   its length: every maximal diagonal run is found from its anchor pairs
 *   (equal words at `i` in one sentence and `j` in the other), then tiles
 *   are picked from those runs exactly as the table would pick them. A word
 *   that occurs more than {@link ANCHOR_FREQUENCY_CAP} times in the second
 *   sentence anchors only near the diagonal, and the whole search stops after
 *   {@link ANCHOR_WORK_PER_WORD} steps per word; when either limit cuts the
 *   search, the result says `bounded: true` and runs may be missed (the
 *   caller reports it).
 *
 * @packageDocumentation
 */

import { addWork } from '../core/util/work';
import {
  ANCHOR_FREQUENCY_CAP,
  ANCHOR_TUNING,
  ANCHOR_WORK_PER_WORD,
  EXACT_TILING_CELLS,
  INITIAL_TILING_WORDS,
  MAX_TILES,
} from './tuning';

export { ANCHOR_FREQUENCY_CAP, ANCHOR_WORK_PER_WORD, EXACT_TILING_CELLS } from './tuning';

/** A common run of words found by greedy string tiling: word offsets in both sentences and length. */
export interface Tile {
  /** Index of the run's first word in the first sentence (into its word list). */
  readonly a: number;
  /** Index of the run's first word in the second sentence. */
  readonly b: number;
  /** Length of the run in words. */
  readonly length: number;
}

/** What {@link greedyTiles} finds. */
export interface Tiling {
  /** The tiles in the order they were picked (longest first). */
  readonly tiles: Tile[];
  /** Length of the longest common run, even when shorter than the minimum tile. */
  readonly longest: number;
  /** `true` when a work limit cut the anchored search: some runs may be missed. */
  readonly bounded: boolean;
}

/**
 * Greedy string tiling of two word-hash sequences.
 *
 * @param a - Word hashes of the first sentence, in order.
 * @param b - Word hashes of the second sentence, in order.
 * @param minRun - Shortest run kept as a tile.
 * @returns The tiles, the longest run and whether the search was bounded.
 */
export function greedyTiles(a: Int32Array, b: Int32Array, minRun: number): Tiling {
  if (a.length === 0 || b.length === 0) return { tiles: [], longest: 0, bounded: false };
  if (a.length * b.length <= EXACT_TILING_CELLS) return tableTiles(a, b, minRun);
  return anchoredTiles(a, b, minRun);
}

interface Scratch {
  readonly size: number;
  readonly markedA: Uint8Array;
  readonly markedB: Uint8Array;
  readonly rowA: Int32Array;
  readonly rowB: Int32Array;
}

function newScratch(size: number): Scratch {
  return {
    size,
    markedA: new Uint8Array(size),
    markedB: new Uint8Array(size),
    rowA: new Int32Array(size),
    rowB: new Int32Array(size),
  };
}

/** Buffers of {@link tableTiles}, grown to the longest side seen (a few KB for news sentences). */
let scratch = newScratch(INITIAL_TILING_WORDS);

/** The exact table, two rows at a time. @internal (exported for tests) */
export function tableTiles(a: Int32Array, b: Int32Array, minRun: number): Tiling {
  const n = a.length;
  const m = b.length;
  const tiles: Tile[] = [];
  let longest = 0;
  // Rows and marks reused across calls; they grow to the longest side seen (at most EXACT_TILING_CELLS words).
  if (scratch.size < Math.max(n, m) + 1) scratch = newScratch(Math.max(n, m) + 1);
  const markedA = scratch.markedA;
  const markedB = scratch.markedB;
  markedA.fill(0, 0, n);
  markedB.fill(0, 0, m);
  let prev = scratch.rowA;
  let row = scratch.rowB;
  for (let pass = 0; pass < MAX_TILES; pass++) {
    let best = 0;
    let bi = 0;
    let bj = 0;
    prev.fill(0, 0, m + 1);
    for (let i = 1; i <= n; i++) {
      if (markedA[i - 1] !== 0) {
        // A word already in a tile starts or extends no run: the whole row is zero.
        row.fill(0, 0, m + 1);
        const swap = prev;
        prev = row;
        row = swap;
        continue;
      }
      row[0] = 0;
      const ai = a[i - 1]!;
      for (let j = 1; j <= m; j++) {
        if (ai === b[j - 1] && markedB[j - 1] === 0) {
          const v = prev[j - 1]! + 1;
          row[j] = v;
          if (v > best) {
            best = v;
            bi = i;
            bj = j;
          }
        } else row[j] = 0;
      }
      const swap = prev;
      prev = row;
      row = swap;
    }
    addWork('score', n * m);
    if (pass === 0) longest = best;
    if (best < minRun) break;
    tiles.push({ a: bi - best, b: bj - best, length: best });
    markedA.fill(1, bi - best, bi);
    markedB.fill(1, bj - best, bj);
  }
  return { tiles, longest, bounded: false };
}

/** Index of the first entry of a sorted array at or above `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maximal diagonal runs from anchors, then the table's greedy picks over them. @internal (exported for tests) */
export function anchoredTiles(a: Int32Array, b: Int32Array, minRun: number): Tiling {
  const n = a.length;
  const m = b.length;
  const budget = ANCHOR_WORK_PER_WORD * (n + m) + ANCHOR_TUNING.baseSteps;
  let bounded = false;
  const positions = new Map<number, number[]>();
  for (let j = 0; j < m; j++) {
    const h = b[j]!;
    const list = positions.get(h);
    if (list === undefined) positions.set(h, [j]);
    else list.push(j);
  }
  // Runs as parallel arrays: start in a, start in b, length.
  const runA: number[] = [];
  const runB: number[] = [];
  const runLength: number[] = [];
  // End (in a) of the last run found on each diagonal j - i: anchors inside it are skipped.
  const diagonalEnd = new Map<number, number>();
  let steps = 0;
  const slope = m / n;
  scan: for (let i = 0; i < n; i++) {
    const list = positions.get(a[i]!);
    if (list === undefined) continue;
    let from = 0;
    let to = list.length;
    if (list.length > ANCHOR_FREQUENCY_CAP) {
      // A frequent word: only the occurrences nearest the diagonal anchor.
      const k = lowerBound(list, Math.round(i * slope));
      from = Math.max(0, k - ANCHOR_TUNING.diagonalWindow);
      to = Math.min(list.length, k + ANCHOR_TUNING.diagonalWindow);
      bounded = true;
    }
    for (let k = from; k < to; k++) {
      const j = list[k]!;
      const d = j - i;
      steps++;
      if ((diagonalEnd.get(d) ?? -1) > i) continue;
      let s = 0;
      while (s < i && s < j && a[i - s - 1] === b[j - s - 1]) s++;
      let e = 1;
      while (i + e < n && j + e < m && a[i + e] === b[j + e]) e++;
      steps += s + e;
      runA.push(i - s);
      runB.push(j - s);
      runLength.push(s + e);
      diagonalEnd.set(d, i + e);
      if (steps > budget) {
        bounded = true;
        break scan;
      }
    }
  }
  addWork('score', steps);
  let longest = 0;
  for (const len of runLength) if (len > longest) longest = len;
  const tiles: Tile[] = [];
  const markedA = new Uint8Array(n);
  const markedB = new Uint8Array(m);
  for (let pass = 0; pass < MAX_TILES; pass++) {
    // The longest unmarked stretch of any run; ties to the earliest end (row-major), as the table picks.
    let best = 0;
    let bestEndA = 0;
    let bestEndB = 0;
    let work = 0;
    for (let r = 0; r < runLength.length; r++) {
      const sa = runA[r]!;
      const sb = runB[r]!;
      const len = runLength[r]!;
      work += len;
      let cur = 0;
      for (let k = 0; k < len; k++) {
        if (markedA[sa + k] === 0 && markedB[sb + k] === 0) {
          cur++;
          const ea = sa + k + 1;
          const eb = sb + k + 1;
          if (cur > best || (cur === best && (ea < bestEndA || (ea === bestEndA && eb < bestEndB)))) {
            best = cur;
            bestEndA = ea;
            bestEndB = eb;
          }
        } else cur = 0;
      }
    }
    addWork('score', work);
    if (best < minRun) break;
    tiles.push({ a: bestEndA - best, b: bestEndB - best, length: best });
    markedA.fill(1, bestEndA - best, bestEndA);
    markedB.fill(1, bestEndB - best, bestEndB);
  }
  return { tiles, longest, bounded };
}
