/**
 * Step 7: join sentences into groups, strongest link first, at most one
 * sentence per source unless adjacent (a split or a merge).
 *
 * @packageDocumentation
 */
import { MAX_PER_SOURCE, MAX_SPLIT_SPAN } from '../tuning';
import type { Entry, LinkTable } from './types';

/**
 * Union-find over sentences. Each component knows, per source, which sentence
 * indexes it holds, so a join can be checked against the one-sentence-per-
 * source rule by looking only at the smaller side.
 */
class Components {
  private readonly parent: Int32Array;
  readonly members: Map<number, number[]>;
  private readonly bySource: Map<number, Map<number, number[]>>;
  constructor(entries: readonly Entry[]) {
    const n = entries.length;
    this.parent = new Int32Array(n);
    this.members = new Map();
    this.bySource = new Map();
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      this.members.set(i, [i]);
      this.bySource.set(i, new Map([[entries[i]!.source, [entries[i]!.index]]]));
    }
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let c = i;
    while (this.parent[c] !== r) {
      const next = this.parent[c]!;
      this.parent[c] = r;
      c = next;
    }
    return r;
  }
  /**
   * Whether two components may be joined: every source they share must hold,
   * together, at most {@link MAX_PER_SOURCE} sentences within
   * {@link MAX_SPLIT_SPAN} of one another.
   */
  joinable(ra: number, rb: number): boolean {
    let small = this.bySource.get(ra)!;
    let big = this.bySource.get(rb)!;
    if (small.size > big.size) [small, big] = [big, small];
    for (const [source, indexes] of small) {
      const other = big.get(source);
      if (!other) continue;
      const all = [...indexes, ...other].sort((p, q) => p - q);
      if (all.length > MAX_PER_SOURCE) return false;
      // Far-apart sentences of one source are different facts, not a split.
      if (all[all.length - 1]! - all[0]! > MAX_SPLIT_SPAN) return false;
    }
    return true;
  }
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.members.get(ra)!.length < this.members.get(rb)!.length) [ra, rb] = [rb, ra];
    const big = this.members.get(ra)!;
    for (const m of this.members.get(rb)!) big.push(m);
    const bigSources = this.bySource.get(ra)!;
    for (const [source, indexes] of this.bySource.get(rb)!) {
      const list = bigSources.get(source);
      if (list) for (const index of indexes) list.push(index);
      else bigSources.set(source, indexes);
    }
    this.members.delete(rb);
    this.bySource.delete(rb);
    this.parent[rb] = ra;
  }
}

/** The components after joining, and which kept links were used and which of them joined two components. */
export interface Joined {
  readonly components: Components;
  /** Kept links inside a component when met (in strength order). */
  readonly used: number[];
  /** 1 for the links that joined two components: a spanning tree of each group. */
  readonly joining: Uint8Array;
}

/** Identical nodes first, then each kept link in order when its two sides may be joined. */
export function joinLinks(
  entries: readonly Entry[],
  nodes: readonly (readonly number[])[],
  links: LinkTable,
  kept: Int32Array,
): Joined {
  const components = new Components(entries);
  for (const members of nodes) for (let k = 1; k < members.length; k++) components.union(members[0]!, members[k]!);
  const used: number[] = [];
  const joining = new Uint8Array(links.a.length);
  for (const l of kept) {
    const ra = components.find(links.a[l]!);
    const rb = components.find(links.b[l]!);
    if (ra === rb) {
      used.push(l);
      continue;
    }
    if (!components.joinable(ra, rb)) continue;
    components.union(ra, rb);
    used.push(l);
    joining[l] = 1;
  }
  return { components, used, joining };
}
