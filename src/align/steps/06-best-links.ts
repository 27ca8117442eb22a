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
 * lexically) still outranks a pair the model merely scores higher. A
 * sentence whose node (step 3) has a member in the other source has that
 * identical sentence as its best match there, so no link of it to another
 * sentence of that source is its best.
 */
export function keepBestLinks(
  links: LinkTable,
  entries: readonly Entry[],
  nodes: readonly (readonly number[])[],
  nodeOf: Int32Array,
): Int32Array {
  const count = links.a.length;
  const strength = new Float64Array(count);
  for (let l = 0; l < count; l++) strength[l] = links.rank[l]! * 2 + links.score[l]!;
  // Best strength per (entry, other source), in an open-addressing table: slot of each link's two sides.
  let size = 16;
  while (size < 4 * count) size *= 2;
  const mask = size - 1;
  const slotEntry = new Int32Array(size).fill(-1);
  const slotSource = new Int32Array(size);
  const best = new Float64Array(size);
  const slot = (entry: number, source: number): number => {
    let h = (Math.imul(entry, 0x9e3779b1) ^ Math.imul(source, 0x85ebca6b)) & mask;
    while (slotEntry[h] !== -1 && (slotEntry[h] !== entry || slotSource[h] !== source)) h = (h + 1) & mask;
    if (slotEntry[h] === -1) {
      slotEntry[h] = entry;
      slotSource[h] = source;
      best[h] = -1;
    }
    return h;
  };
  const slotA = new Int32Array(count);
  const slotB = new Int32Array(count);
  for (let l = 0; l < count; l++) {
    const s = strength[l]!;
    const a = links.a[l]!;
    const b = links.b[l]!;
    const ka = slot(a, entries[b]!.source);
    const kb = slot(b, entries[a]!.source);
    slotA[l] = ka;
    slotB[l] = kb;
    if (best[ka]! < s) best[ka] = s;
    if (best[kb]! < s) best[kb] = s;
  }
  // The sources each node of two or more sentences spans, as `node * sources + source`.
  let sourceCount = 0;
  for (const e of entries) if (e.source >= sourceCount) sourceCount = e.source + 1;
  const spans = new Set<number>();
  for (let n = 0; n < nodes.length; n++) {
    const members = nodes[n]!;
    if (members.length > 1) for (const e of members) spans.add(n * sourceCount + entries[e]!.source);
  }
  const twinIn = (entry: number, source: number): boolean =>
    spans.size > 0 && nodeOf[entry]! >= 0 && spans.has(nodeOf[entry]! * sourceCount + source);
  const kept: number[] = [];
  for (let l = 0; l < count; l++) {
    const s = strength[l]!;
    const a = links.a[l]!;
    const b = links.b[l]!;
    const bestOfA = best[slotA[l]!] === s && !twinIn(a, entries[b]!.source);
    const bestOfB = best[slotB[l]!] === s && !twinIn(b, entries[a]!.source);
    if (links.contextual[l] === 1 ? bestOfA && bestOfB : bestOfA || bestOfB) kept.push(l);
  }
  const order = Int32Array.from(kept);
  const { a, b } = links;
  // The comparator returns small integers: a difference of doubles would be boxed at each of the n log n calls.
  order.sort((p, q) => {
    const sp = strength[p]!;
    const sq = strength[q]!;
    if (sp !== sq) return sq > sp ? 1 : -1;
    return a[p]! - a[q]! || b[p]! - b[q]!;
  });
  return order;
}
