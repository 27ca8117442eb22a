/**
 * Step 10: statistics of the pairs of sources that share a group, nothing
 * for the others.
 *
 * @packageDocumentation
 */
import { addWork } from '../../core/util/work';
import type { Entry } from './types';

/** Statistics of a pair of sources (canonical indexes `x < y`) that share at least one group. */
export interface PairStat {
  readonly x: number;
  readonly y: number;
  /** Groups holding sentences of both. */
  readonly shared: number;
  /** Sentences of `x` in those groups. */
  readonly coveredX: number;
  /** Sentences of `y` in those groups. */
  readonly coveredY: number;
}

/**
 * Up to this many sources the counters are dense arrays of sources² cells
 * (12 MB at 1,024); above, a hash table holds only the pairs that share a group.
 */
const DENSE_SOURCES = 1024;

/** The sharing pairs in ascending `(x, y)` order. The work is the number of (group, pair of its sources). */
export function pairStatistics(
  entries: readonly Entry[],
  groups: readonly (readonly number[])[],
  sourceCount: number,
): PairStat[] {
  const dense = sourceCount <= DENSE_SOURCES;
  const cells = dense ? sourceCount * sourceCount : 0;
  const shared = new Int32Array(cells);
  const coveredX = new Int32Array(cells);
  const coveredY = new Int32Array(cells);
  const sparse = dense ? undefined : new PairTable();
  const perSource = new Int32Array(sourceCount);
  for (const members of groups) {
    const sources: number[] = [];
    for (const m of members) {
      const s = entries[m]!.source;
      if (perSource[s] === 0) sources.push(s);
      perSource[s]!++;
    }
    sources.sort((p, q) => p - q);
    for (let i = 0; i < sources.length; i++) {
      const sa = sources[i]!;
      const na = perSource[sa]!;
      for (let j = i + 1; j < sources.length; j++) {
        const sb = sources[j]!;
        const key = sa * sourceCount + sb;
        if (dense) {
          shared[key]!++;
          coveredX[key]! += na;
          coveredY[key]! += perSource[sb]!;
        } else {
          sparse?.add(key, na, perSource[sb]!);
        }
      }
      addWork('align', sources.length - i - 1);
    }
    for (const s of sources) perSource[s] = 0;
  }
  const stats: PairStat[] = [];
  if (dense) {
    for (let key = 0; key < cells; key++) {
      if (shared[key] === 0) continue;
      const x = Math.floor(key / sourceCount);
      stats.push({
        x,
        y: key - x * sourceCount,
        shared: shared[key]!,
        coveredX: coveredX[key]!,
        coveredY: coveredY[key]!,
      });
    }
  } else if (sparse !== undefined) {
    for (const slot of sparse.slotsByKey()) {
      const key = sparse.keys[slot]!;
      const x = Math.floor(key / sourceCount);
      stats.push({
        x,
        y: key - x * sourceCount,
        shared: sparse.shared[slot]!,
        coveredX: sparse.coveredX[slot]!,
        coveredY: sparse.coveredY[slot]!,
      });
    }
  }
  return stats;
}

/**
 * The counters of the pairs that share a group when there are too many
 * sources for dense arrays: an open-addressing hash table of pair keys
 * (`x * sources + y`) with the counters in typed arrays beside them, so a
 * story told by thousands of outlets (millions of pairs) makes no object per
 * pair.
 */
class PairTable {
  keys = new Float64Array(1024).fill(-1);
  shared = new Int32Array(1024);
  coveredX = new Int32Array(1024);
  coveredY = new Int32Array(1024);
  private size = 0;

  /** Counts one more shared group of the pair `key`, with the sentences of each side in it. */
  add(key: number, x: number, y: number): void {
    let slot = this.find(key);
    if (this.keys[slot] === -1) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.find(key);
      }
      this.keys[slot] = key;
      this.size++;
    }
    this.shared[slot]!++;
    this.coveredX[slot]! += x;
    this.coveredY[slot]! += y;
  }

  /** The slots in use, in ascending key order. */
  slotsByKey(): Int32Array {
    const slots = new Int32Array(this.size);
    let n = 0;
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== -1) slots[n++] = slot;
    const keys = this.keys;
    return slots.sort((a, b) => keys[a]! - keys[b]!);
  }

  /** The slot of `key`, or the empty slot where it would go (linear probing). */
  private find(key: number): number {
    const mask = this.keys.length - 1;
    // The key's bits mixed (keys are consecutive integers for one source).
    let slot = Math.imul((key % 0x7fffffff) | 0, 0x9e3779b1) & mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, shared, coveredX, coveredY } = this;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity).fill(-1);
    this.shared = new Int32Array(capacity);
    this.coveredX = new Int32Array(capacity);
    this.coveredY = new Int32Array(capacity);
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot]!;
      if (key === -1) continue;
      const to = this.find(key);
      this.keys[to] = key;
      this.shared[to] = shared[slot]!;
      this.coveredX[to] = coveredX[slot]!;
      this.coveredY[to] = coveredY[slot]!;
    }
  }
}
