/**
 * A multimap from 32-bit hashes to postings `(group, position)`, in typed
 * arrays: open addressing with linear probing for the keys, one linked list
 * of postings per key. About 26 bytes per posting when most keys hold one
 * posting, against about 100 for a `Map` of arrays.
 *
 * @internal
 * @packageDocumentation
 */

const EMPTY = -1;
/** Keys per slot at most, before the key table doubles. */
const MAX_LOAD = 0.7;

/** Grows a typed array to at least `need` elements, doubling. */
function grow<T extends Int32Array | Uint32Array | Uint16Array>(array: T, need: number, make: (n: number) => T): T {
  if (need <= array.length) return array;
  let size = Math.max(16, array.length);
  while (size < need) size *= 2;
  const next = make(size);
  next.set(array);
  return next;
}

/** Hash to slot: the finalizer spreads keys that differ only in high bits. */
function slotOf(hash: number, mask: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h & mask;
}

/** The serializable state of a {@link PostingTable}. @internal */
export interface PostingTableState {
  readonly keys: Uint32Array;
  readonly heads: Int32Array;
  readonly counts: Uint32Array;
  readonly size: number;
  readonly group: Int32Array;
  readonly position: Uint16Array;
  readonly next: Int32Array;
  readonly postings: number;
}

/** @internal */
export class PostingTable {
  private keys: Uint32Array;
  private heads: Int32Array;
  /** Postings per key (distinct groups, as each group adds a key once). */
  private counts: Uint32Array;
  private mask: number;
  private size = 0;
  private group: Int32Array;
  private position: Uint16Array;
  private next: Int32Array;
  private postings = 0;

  constructor(capacity = 1024, state?: PostingTableState) {
    if (state) {
      this.keys = state.keys;
      this.heads = state.heads;
      this.counts = state.counts;
      this.mask = state.keys.length - 1;
      this.size = state.size;
      this.group = state.group;
      this.position = state.position;
      this.next = state.next;
      this.postings = state.postings;
      return;
    }
    let slots = 16;
    while (slots * MAX_LOAD < capacity) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.heads = new Int32Array(slots).fill(EMPTY);
    this.counts = new Uint32Array(slots);
    this.mask = slots - 1;
    this.group = new Int32Array(capacity);
    this.position = new Uint16Array(capacity);
    this.next = new Int32Array(capacity);
  }

  /** Postings held. */
  get length(): number {
    return this.postings;
  }

  /** Bytes of the typed arrays. */
  get bytes(): number {
    return (
      this.keys.byteLength +
      this.heads.byteLength +
      this.counts.byteLength +
      this.group.byteLength +
      this.position.byteLength +
      this.next.byteLength
    );
  }

  /** The slot of `hash`, or of the empty slot where it would go. */
  private find(hash: number): number {
    let slot = slotOf(hash, this.mask);
    while (this.heads[slot] !== EMPTY && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
    return slot;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    const oldCounts = this.counts;
    const slots = oldKeys.length * 2;
    this.keys = new Uint32Array(slots);
    this.heads = new Int32Array(slots).fill(EMPTY);
    this.counts = new Uint32Array(slots);
    this.mask = slots - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      if (oldHeads[s] === EMPTY) continue;
      const slot = this.find(oldKeys[s]!);
      this.keys[slot] = oldKeys[s]!;
      this.heads[slot] = oldHeads[s]!;
      this.counts[slot] = oldCounts[s]!;
    }
  }

  /** Adds a posting `(group, position)` under `hash`. */
  add(hash: number, group: number, position: number): void {
    if (this.size + 1 > this.keys.length * MAX_LOAD) this.rehash();
    const slot = this.find(hash);
    const p = this.postings++;
    this.group = grow(this.group, p + 1, (n) => new Int32Array(n));
    this.position = grow(this.position, p + 1, (n) => new Uint16Array(n));
    this.next = grow(this.next, p + 1, (n) => new Int32Array(n));
    this.group[p] = group;
    this.position[p] = position;
    if (this.heads[slot] === EMPTY) {
      this.keys[slot] = hash;
      this.next[p] = EMPTY;
      this.size++;
    } else {
      this.next[p] = this.heads[slot]!;
    }
    this.heads[slot] = p;
    this.counts[slot] = this.counts[slot]! + 1;
  }

  /** How many postings `hash` has (0 when absent). */
  count(hash: number): number {
    const slot = this.find(hash);
    return this.heads[slot] === EMPTY ? 0 : this.counts[slot]!;
  }

  /** The first posting of `hash`, or -1; walk on with {@link PostingTable.nextOf}. */
  first(hash: number): number {
    return this.heads[this.find(hash)]!;
  }

  /** The posting after `p` under the same hash, or -1. */
  nextOf(p: number): number {
    return this.next[p]!;
  }

  /** The group of posting `p`. */
  groupOf(p: number): number {
    return this.group[p]!;
  }

  /** The position (sentence index, weight slot) of posting `p`. */
  positionOf(p: number): number {
    return this.position[p]!;
  }

  /** Calls `visit(hash, group, position)` for every posting. */
  forEach(visit: (hash: number, group: number, position: number) => void): void {
    for (let s = 0; s < this.keys.length; s++) {
      for (let p = this.heads[s]!; p !== EMPTY; p = this.next[p]!)
        visit(this.keys[s]!, this.group[p]!, this.position[p]!);
    }
  }

  /** The arrays, trimmed, for a snapshot. */
  state(): PostingTableState {
    return {
      keys: this.keys,
      heads: this.heads,
      counts: this.counts,
      size: this.size,
      group: this.group.slice(0, this.postings),
      position: this.position.slice(0, this.postings),
      next: this.next.slice(0, this.postings),
      postings: this.postings,
    };
  }
}
