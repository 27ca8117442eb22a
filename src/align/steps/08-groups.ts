/**
 * Step 8: the groups (components with sentences of two or more sources), in
 * canonical order, and the links each keeps.
 *
 * @packageDocumentation
 */
import type { Span } from '../../core/types';
import { addWork } from '../../core/util/work';
import { ALL_LINKS_UP_TO } from '../tuning';
import type { Joined } from './07-join';
import { type Entry, type KeptLink, type LinkTable, RELATIONS } from './types';

/** The groups of step 8. */
export interface GroupTable {
  /** Entry indexes of each group, ascending. */
  readonly members: number[][];
  /** The group of each entry, or -1. */
  readonly groupOf: Int32Array;
  /** The links each group keeps. */
  readonly links: KeptLink[][];
}

/**
 * Small groups keep every used link between their members; large ones
 * (hundreds of outlets carrying one wire sentence) keep the links that joined
 * them, so links, and the diffs computed for them, stay linear. Identical
 * copies collapsed into one node are linked to their node's first copy.
 */
export function collectGroups(
  entries: readonly Entry[],
  repeated: ReadonlySet<number>,
  nodes: readonly (readonly number[])[],
  links: LinkTable,
  joined: Joined,
): GroupTable {
  const { components } = joined;
  const groupOf = new Int32Array(entries.length).fill(-1);
  const members: number[][] = [];
  // Each component is looked at once: one of a single source (a sentence repeated thousands of times in one
  // source is one node) would otherwise be read again for each of its members.
  const seen = new Uint8Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    if (repeated.has(i)) continue;
    const root = components.find(i);
    if (seen[root] === 1) continue;
    seen[root] = 1;
    const list = components.members.get(root)!;
    addWork('align', list.length);
    if (list.length < 2) continue;
    const sources = new Set(list.map((m) => entries[m]!.source));
    if (sources.size < 2) continue;
    const sorted = [...list].sort((p, q) => p - q);
    for (const m of sorted) groupOf[m] = members.length;
    members.push(sorted);
  }
  const kept = members.map(() => [] as KeptLink[]);
  for (const l of joined.used) {
    const a = links.a[l]!;
    const b = links.b[l]!;
    const g = groupOf[a]!;
    if (g < 0 || g !== groupOf[b]) continue;
    if (members[g]!.length > ALL_LINKS_UP_TO && joined.joining[l] !== 1) continue;
    kept[g]!.push({
      a,
      b,
      score: links.score[l]!,
      relation: RELATIONS[links.rank[l]!]!,
      contextual: links.contextual[l] === 1,
      tiles: links.tiles[links.pair[l]!]!,
    });
  }
  for (const node of nodes) {
    if (node.length < 2) continue;
    const g = groupOf[node[0]!]!;
    if (g < 0) continue;
    for (let k = 1; k < node.length; k++) {
      const a = node[0]!;
      const b = node[k]!;
      const whole = (e: Entry): Span[] => [{ start: 0, end: e.prepared.text.length }];
      kept[g]!.push({
        a,
        b,
        score: 1,
        relation: 'identical',
        contextual: false,
        covered: { a: whole(entries[a]!), b: whole(entries[b]!) },
      });
    }
  }
  return { members, groupOf, links: kept };
}
