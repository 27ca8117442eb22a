/**
 * Step 9: moved sentences. Within each source, a group is moved when it is
 * off the longest run that follows the consensus order (each group's median
 * relative position across sources): O(n log n) per source.
 *
 * @packageDocumentation
 */
import { longestIncreasingSubsequence } from '../../core/util/lis';
import type { Entry } from './types';

/** Relative position of a sentence in its article, 0 to 1. */
export function relativePosition(entry: Entry): number {
  const total = entry.article.sentences.length;
  return total > 1 ? entry.index / (total - 1) : 0;
}

/** The entries whose group is out of the consensus order in their source. */
export function findMoved(
  entries: readonly Entry[],
  groups: readonly (readonly number[])[],
  sourceCount: number,
): Set<number> {
  const moved = new Set<number>();
  const consensus = groups.map((members) => {
    const positions = members.map((m) => relativePosition(entries[m]!));
    positions.sort((p, q) => p - q);
    return positions[Math.floor((positions.length - 1) / 2)]!;
  });
  // One entry per (source, group): the members of a split count once, at their first sentence.
  const groupsBySource = Array.from(
    { length: sourceCount },
    () => new Map<number, { index: number; members: number[] }>(),
  );
  groups.forEach((members, g) => {
    for (const m of members) {
      const bySource = groupsBySource[entries[m]!.source]!;
      const entry = bySource.get(g);
      if (entry) {
        entry.members.push(m);
        entry.index = Math.min(entry.index, entries[m]!.index);
      } else bySource.set(g, { index: entries[m]!.index, members: [m] });
    }
  });
  for (const bySource of groupsBySource) {
    if (bySource.size < 2) continue;
    const list = [...bySource].sort((p, q) => p[1].index - q[1].index);
    const inOrder = new Set(longestIncreasingSubsequence(list.map(([g]) => consensus[g]!)));
    list.forEach(([, entry], k) => {
      if (!inOrder.has(k)) for (const m of entry.members) moved.add(m);
    });
  }
  return moved;
}
