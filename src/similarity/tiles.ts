/**
 * Greedy string tiling over word hashes: the common runs of words two
 * sentences share, longest first, each word used once.
 *
 * Two methods give the same tiles:
 *
 * - **Exact dynamic programming** for ordinary sentences (the product of the
 *   two lengths at most {@link EXACT_TILING_CELLS}): the equal-word cells of
 *   the length-by-length table listed once, then one pass over them per tile.
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
  /** Longest side the marks and rows hold. */
  readonly size: number;
  readonly markedA: Uint8Array;
  readonly markedB: Uint8Array;
  /** Match numbers (1-based, 0 for none) of the previous and the current row. */
  readonly rowA: Int32Array;
  readonly rowB: Int32Array;
  /** Most matches the match columns hold. */
  readonly cells: number;
  /** Row and column of each match (equal words), in row-major order. */
  readonly matchI: Int32Array;
  readonly matchJ: Int32Array;
  /** The match one step back on the same diagonal, or -1. */
  readonly before: Int32Array;
  /** Length of the unmarked run ending at each match in the current pass. */
  readonly run: Int32Array;
}

function newScratch(size: number, cells: number): Scratch {
  return {
    size,
    markedA: new Uint8Array(size),
    markedB: new Uint8Array(size),
    rowA: new Int32Array(size),
    rowB: new Int32Array(size),
    cells,
    matchI: new Int32Array(cells),
    matchJ: new Int32Array(cells),
    before: new Int32Array(cells),
    run: new Int32Array(cells),
  };
}

/** Buffers of {@link tableTiles}, grown to the longest side and the most cells seen (a few KB for news sentences). */
let scratch = newScratch(INITIAL_TILING_WORDS, INITIAL_TILING_WORDS * 4);

/**
 * The exact table, visited only where it can be nonzero. @internal (exported for tests)
 *
 * A cell `(i, j)` of the length-by-length table is nonzero only where the two
 * words are equal (a match), and then it is one more than the cell
 * `(i - 1, j - 1)`. So the matches are listed once, in row-major order, each
 * with the match one step back on its diagonal, and each pass walks only the
 * matches, in the order the table's rows and columns would: the same longest
 * run, the same tie (the first in row-major order), the same tiles. The work
 * counted is still that of the table's passes.
 */
export function tableTiles(a: Int32Array, b: Int32Array, minRun: number): Tiling {
  const n = a.length;
  const m = b.length;
  const tiles: Tile[] = [];
  // Buffers reused across calls; they grow to the longest side and the most matches seen.
  if (scratch.size < Math.max(n, m) + 1 || scratch.cells < n * m) {
    scratch = newScratch(Math.max(scratch.size, Math.max(n, m) + 1), Math.max(scratch.cells, n * m));
  }
  const { markedA, markedB, matchI, matchJ, before, run } = scratch;
  let prev = scratch.rowA;
  let row = scratch.rowB;
  prev.fill(0, 0, m);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const ai = a[i]!;
    for (let j = 0; j < m; j++) {
      if (ai === b[j]) {
        matchI[count] = i;
        matchJ[count] = j;
        before[count] = j > 0 ? prev[j - 1]! - 1 : -1;
        count++;
        row[j] = count;
      } else row[j] = 0;
    }
    const swap = prev;
    prev = row;
    row = swap;
  }
  markedA.fill(0, 0, n);
  markedB.fill(0, 0, m);
  let longest = 0;
  for (let pass = 0; pass < MAX_TILES; pass++) {
    let best = 0;
    let bestAt = -1;
    for (let k = 0; k < count; k++) {
      if (markedA[matchI[k]!] !== 0 || markedB[matchJ[k]!] !== 0) {
        run[k] = 0;
        continue;
      }
      const back = before[k]!;
      const v = (back >= 0 ? run[back]! : 0) + 1;
      run[k] = v;
      if (v > best) {
        best = v;
        bestAt = k;
      }
    }
    addWork('score', n * m);
    if (pass === 0) longest = best;
    if (best < minRun) break;
    const endA = matchI[bestAt]! + 1;
    const endB = matchJ[bestAt]! + 1;
    tiles.push({ a: endA - best, b: endB - best, length: best });
    markedA.fill(1, endA - best, endA);
    markedB.fill(1, endB - best, endB);
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
