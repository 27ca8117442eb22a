/**
 * Step 6: keep a link when it is the best match of one of its sentences in
 * the other source (both, for a contextual paraphrase), strongest first.
 *
 * @packageDocumentation
 */
import type { Entry, LinkTable } from './types';

/**
 * Indexes of the kept links, strongest first (ties by entry indexes). Links
 * compare by relation, then score: with a user similarity a copy (decided
 * lexically) still outranks a pair the model merely scores higher.
 */
export function keepBestLinks(links: LinkTable, entries: readonly Entry[], sourceCount: number): Int32Array {
  const count = links.a.length;
  const strength = new Float64Array(count);
  for (let l = 0; l < count; l++) strength[l] = links.rank[l]! * 2 + links.score[l]!;
  const bestFor = new Map<number, number>(); // entry * sourceCount + other source -> best strength
  for (let l = 0; l < count; l++) {
    const s = strength[l]!;
    const ka = links.a[l]! * sourceCount + entries[links.b[l]!]!.source;
    const kb = links.b[l]! * sourceCount + entries[links.a[l]!]!.source;
    if ((bestFor.get(ka) ?? -1) < s) bestFor.set(ka, s);
    if ((bestFor.get(kb) ?? -1) < s) bestFor.set(kb, s);
  }
  const kept: number[] = [];
  for (let l = 0; l < count; l++) {
    const s = strength[l]!;
    const bestOfA = bestFor.get(links.a[l]! * sourceCount + entries[links.b[l]!]!.source) === s;
    const bestOfB = bestFor.get(links.b[l]! * sourceCount + entries[links.a[l]!]!.source) === s;
    if (links.contextual[l] === 1 ? bestOfA && bestOfB : bestOfA || bestOfB) kept.push(l);
  }
  const order = Int32Array.from(kept);
  const { a, b } = links;
  order.sort((p, q) => strength[q]! - strength[p]! || a[p]! - a[q]! || b[p]! - b[q]!);
  return order;
}
