/**
 * The pairs of sources a comparison lists. When many sources all report one
 * story, every pair shares something and the list grows with the square of
 * the number of sources (1,000 outlets: 499,500 pairs), and so do the JSON,
 * Markdown and HTML made from it. Above {@link FULL_PAIRS_LIMIT} sharing
 * pairs, the comparison keeps each source's {@link PEERS_PER_SOURCE}
 * strongest peers instead and says so in a `pairs-bounded` diagnostic; any
 * other pair can still be derived from the groups.
 *
 * @packageDocumentation
 */

import type { Diagnostic, SourcePair } from '../core/types';
import { addWork } from '../core/util/work';

/**
 * Most sharing pairs listed in full. Reasoned: 20,000 pairs are every pair of
 * 200 sources, the largest comparison a reader can take in as a matrix; the
 * alignment benchmark's 200-outlet story lists about 19,900.
 */
export const FULL_PAIRS_LIMIT = 20_000;

/** Peers kept per source above {@link FULL_PAIRS_LIMIT}: its strongest ones, by shared groups, then coverage. */
export const PEERS_PER_SOURCE = 20;

/** Stronger first: more shared groups, then more coverage of either side, then ids. */
function stronger(x: SourcePair, y: SourcePair): number {
  return (
    y.sharedGroups - x.sharedGroups ||
    Math.max(y.coverageA, y.coverageB) - Math.max(x.coverageA, x.coverageB) ||
    (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) ||
    (x.b < y.b ? -1 : x.b > y.b ? 1 : 0)
  );
}

/**
 * The `count` strongest of the pairs at `list` (by {@link stronger}, a total
 * order): the first `count` of the list sorted, found in one pass that keeps
 * the best so far in order (a source of 1,000 peers compares each with the
 * weakest kept, instead of sorting all of them).
 */
function strongest(pairs: readonly SourcePair[], list: readonly number[], count: number): number[] {
  const best: number[] = [];
  for (const k of list) {
    const pair = pairs[k]!;
    if (best.length === count && stronger(pair, pairs[best[count - 1]!]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && stronger(pair, pairs[best[at - 1]!]!) < 0) at--;
    best.splice(at, 0, k);
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * The pairs to list, in the order given, and the diagnostic to report when
 * some were left out.
 *
 * @param pairs - Every sharing pair, in canonical order.
 * @returns The pairs kept (all of them up to {@link FULL_PAIRS_LIMIT}) and a diagnostic when bounded.
 * @internal
 */
export function boundPairs(pairs: readonly SourcePair[]): { pairs: readonly SourcePair[]; diagnostic?: Diagnostic } {
  if (pairs.length <= FULL_PAIRS_LIMIT) return { pairs };
  const bySource = new Map<string, number[]>();
  pairs.forEach((p, k) => {
    for (const id of [p.a, p.b]) {
      const list = bySource.get(id);
      if (list === undefined) bySource.set(id, [k]);
      else list.push(k);
    }
  });
  const keep = new Uint8Array(pairs.length);
  for (const list of bySource.values()) {
    addWork('align', list.length);
    for (const k of strongest(pairs, list, PEERS_PER_SOURCE)) keep[k] = 1;
  }
  const kept = pairs.filter((_, k) => keep[k] === 1);
  return {
    pairs: kept,
    diagnostic: {
      code: 'pairs-bounded',
      severity: 'info',
      message:
        `${pairs.length} pairs of sources share text, more than ${FULL_PAIRS_LIMIT}: \`pairs\` lists each source's ` +
        `${PEERS_PER_SOURCE} strongest peers (${kept.length} pairs). Any other pair can be derived from \`groups\`.`,
    },
  };
}
