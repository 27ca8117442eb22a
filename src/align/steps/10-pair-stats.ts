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
 * (12 MB at 1,024); above, a map holds only the pairs that share a group.
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
  const sparse = new Map<number, { shared: number; coveredX: number; coveredY: number }>();
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
          let stat = sparse.get(key);
          if (stat === undefined) {
            stat = { shared: 0, coveredX: 0, coveredY: 0 };
            sparse.set(key, stat);
          }
          stat.shared++;
          stat.coveredX += na;
          stat.coveredY += perSource[sb]!;
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
  } else {
    for (const key of [...sparse.keys()].sort((p, q) => p - q)) {
      const stat = sparse.get(key)!;
      const x = Math.floor(key / sourceCount);
      stats.push({ x, y: key - x * sourceCount, ...stat });
    }
  }
  return stats;
}
