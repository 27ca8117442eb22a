/**
 * A multimap from 32-bit hashes to postings `(group, position)`, in typed
 * arrays, in two parts:
 *
 * - the **live** part takes additions: open addressing with linear probing
 *   for the keys, one linked list of postings per key (about 26 bytes per
 *   posting when most keys hold one posting, against about 100 for a `Map`
 *   of arrays, plus the slack of doubling);
 * - the **frozen** part is read only: every posting as `(key, group,
 *   position)` in arrays sorted by key, found by a prefix table and a binary
 *   search, 10 bytes per posting. {@link PostingTable.freeze} moves the live
 *   postings there; the corpus index freezes a day's table once the day is
 *   over, so a full window is mostly frozen.
 *
 * The postings of one key are always walked newest first, frozen or not.
 *
 * @internal
 * @packageDocumentation
 */

const EMPTY = -1;
/** Ids of frozen postings start here (live ids stay below it). */
const FROZEN = 2 ** 30;
/** Largest prefix table of the frozen part, in bits of the key. */
const MAX_PREFIX_BITS = 16;
const NO_KEYS = new Uint32Array(0);
const NO_GROUPS = new Int32Array(0);
const NO_POSITIONS = new Uint16Array(0);
const NO_STARTS = new Uint32Array(2);
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

/**
 * Checks a {@link PostingTableState} read from a snapshot before a table is
 * built on it: a power-of-two key table with at least one empty slot (a
 * lookup of an absent key stops there), each key where a lookup finds it,
 * posting chains that only point to older postings (so every walk ends),
 * with as many postings as their key counts, and groups below `groups`.
 * Throws a `TypeError` naming the first fault; a table that passes cannot
 * make a lookup or a walk loop or read outside its arrays.
 *
 * @internal
 */
export function checkPostingState(state: PostingTableState, groups: number): void {
  const { keys, heads, counts, group, position, next, postings, size } = state;
  const fail = (what: string): never => {
    throw new TypeError(`corpus snapshot: posting table ${what}`);
  };
  if (!(keys instanceof Uint32Array) || !(heads instanceof Int32Array) || !(counts instanceof Uint32Array))
    fail('key arrays of the wrong type');
  if (!(group instanceof Int32Array) || !(position instanceof Uint16Array) || !(next instanceof Int32Array))
    fail('posting arrays of the wrong type');
  const slots = keys.length;
  if (slots === 0 || (slots & (slots - 1)) !== 0 || heads.length !== slots || counts.length !== slots)
    fail('key table not a power of two in length');
  if (!Number.isInteger(postings) || postings < 0 || [group, position, next].some((a) => a.length !== postings))
    fail('posting count does not match its arrays');
  if (!Number.isInteger(size) || size < 0 || size > slots * MAX_LOAD) fail('key count out of range');
  const mask = slots - 1;
  // Each posting belongs to one chain: a posting reached twice would make the check (and later walks) quadratic.
  const seen = new Uint8Array(postings);
  let used = 0;
  // Steps from each key's first slot to its own, all keys together: about one per key in a table the index wrote;
  // far more means keys crowded on purpose, which would make every lookup slow.
  let probes = 0;
  const maxProbes = 8 * slots + 1024;
  for (let s = 0; s < slots; s++) {
    const head = heads[s]!;
    if (head === EMPTY) continue;
    if (head < 0 || head >= postings) fail('head out of range');
    used++;
    // Where a lookup of this key stops: its own slot, passing only occupied slots of other keys.
    let probe = slotOf(keys[s]!, mask);
    while (probe !== s) {
      if (heads[probe] === EMPTY || keys[probe] === keys[s]) fail('key out of its place');
      if (++probes > maxProbes) fail('keys crowded');
      probe = (probe + 1) & mask;
    }
    let chain = 0;
    for (let p = head; p !== EMPTY; p = next[p]!) {
      const older = next[p]!;
      if (older !== EMPTY && (older < 0 || older >= p)) fail('chain not ordered oldest last');
      if (seen[p] === 1) fail('posting in two chains');
      seen[p] = 1;
      const g = group[p]!;
      if (g < 0 || g >= groups) fail('group out of range');
      chain++;
    }
    if (chain !== counts[s]) fail('key count differs from its chain');
  }
  if (used !== size) fail('key count differs from its slots');
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
  // The frozen part: postings sorted by key, newest first within a key.
  private frozenKeys: Uint32Array = NO_KEYS;
  private frozenGroup: Int32Array = NO_GROUPS;
  private frozenPosition: Uint16Array = NO_POSITIONS;
  /** `frozenStarts[q]` is the first frozen posting whose key's top bits are `q` (one more entry at the end). */
  private frozenStarts: Uint32Array = NO_STARTS;
  private frozenShift = 32;

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
    return this.postings + this.frozenKeys.length;
  }

  /** Bytes of the typed arrays. */
  get bytes(): number {
    return (
      this.keys.byteLength +
      this.heads.byteLength +
      this.counts.byteLength +
      this.group.byteLength +
      this.position.byteLength +
      this.next.byteLength +
      this.frozenKeys.byteLength +
      this.frozenGroup.byteLength +
      this.frozenPosition.byteLength +
      this.frozenStarts.byteLength
    );
  }

  /** The first frozen posting of `hash`, or -1 (an index into the frozen arrays). */
  private frozenFirst(hash: number): number {
    const keys = this.frozenKeys;
    if (keys.length === 0) return -1;
    const q = this.frozenShift === 32 ? 0 : hash >>> this.frozenShift;
    let lo = this.frozenStarts[q]!;
    let hi = this.frozenStarts[q + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < hash) lo = mid + 1;
      else hi = mid;
    }
    return lo < keys.length && keys[lo] === hash ? lo : -1;
  }

  /** Frozen postings of `hash`. */
  private frozenCount(hash: number): number {
    const first = this.frozenFirst(hash);
    if (first < 0) return 0;
    let end = first + 1;
    while (end < this.frozenKeys.length && this.frozenKeys[end] === hash) end++;
    return end - first;
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
    const live = this.heads[slot] === EMPTY ? 0 : this.counts[slot]!;
    return this.frozenKeys.length === 0 ? live : live + this.frozenCount(hash);
  }

  /**
   * Looks `hash` up once, for {@link PostingTable.appendHeld}: writes its live
   * head and the range of its frozen postings into `out` from `at` (3
   * entries) and returns how many postings it has (what
   * {@link PostingTable.count} returns).
   */
  lookup(hash: number, out: Int32Array, at: number): number {
    const slot = this.find(hash);
    const head = this.heads[slot]!;
    const live = head === EMPTY ? 0 : this.counts[slot]!;
    out[at] = head;
    const keys = this.frozenKeys;
    if (keys.length === 0) {
      out[at + 1] = 0;
      out[at + 2] = 0;
      return live;
    }
    const first = this.frozenFirst(hash);
    if (first < 0) {
      out[at + 1] = 0;
      out[at + 2] = 0;
      return live;
    }
    let end = first + 1;
    while (end < keys.length && keys[end] === hash) end++;
    out[at + 1] = first;
    out[at + 2] = end;
    return live + end - first;
  }

  /**
   * {@link PostingTable.lookup} for `n` hashes at once: hash `i`'s entries
   * go to `out` from `at + 3 * i`, and its postings are added to
   * `counts[i]`. The hashes are looked up in lockstep (each pass reads one
   * place for every hash, none of them waiting for another), so the reads of
   * memory overlap: most lookups miss the cache.
   */
  lookupAll(hashes: ArrayLike<number>, n: number, out: Int32Array, at: number, counts: Int32Array): void {
    const heads = this.heads;
    for (let i = 0; i < n; i++) {
      const slot = this.find(hashes[i]!);
      const head = heads[slot]!;
      out[at + 3 * i] = head;
      if (head !== EMPTY) counts[i] = counts[i]! + this.counts[slot]!;
    }
    const keys = this.frozenKeys;
    if (keys.length === 0) {
      for (let i = 0; i < n; i++) {
        out[at + 3 * i + 1] = 0;
        out[at + 3 * i + 2] = 0;
      }
      return;
    }
    // The run of each hash's prefix...
    const starts = this.frozenStarts;
    const shift = this.frozenShift;
    for (let i = 0; i < n; i++) {
      const q = shift === 32 ? 0 : hashes[i]! >>> shift;
      out[at + 3 * i + 1] = starts[q]!;
      out[at + 3 * i + 2] = starts[q + 1]!;
    }
    // ...halved for all hashes in turn until each is one place (the first key not below the hash)...
    for (let active = true; active; ) {
      active = false;
      for (let i = 0; i < n; i++) {
        const b = at + 3 * i;
        const lo = out[b + 1]!;
        const hi = out[b + 2]!;
        if (lo >= hi) continue;
        active = true;
        const mid = (lo + hi) >>> 1;
        if (keys[mid]! < hashes[i]!) out[b + 1] = mid + 1;
        else out[b + 2] = mid;
      }
    }
    // ...and the postings of the hash from there.
    for (let i = 0; i < n; i++) {
      const b = at + 3 * i;
      const first = out[b + 1]!;
      const hash = hashes[i]!;
      if (first < keys.length && keys[first] === hash) {
        let end = first + 1;
        while (end < keys.length && keys[end] === hash) end++;
        out[b + 2] = end;
        counts[i] = counts[i]! + end - first;
      } else {
        out[b + 1] = 0;
        out[b + 2] = 0;
      }
    }
  }

  /**
   * Writes the postings found by {@link PostingTable.lookup} (at `at` of
   * `found`) whose group is held (`members[group] > 0`), in walk order
   * (newest first): their groups to `groups`, positions to `positions`, from
   * place `from` on (default: appended after what the arrays hold; a caller
   * reusing a scratch array passes its own count, and the entries past what
   * it writes are left as they are). Returns how many were written.
   */
  appendHeld(
    found: Int32Array,
    at: number,
    members: Int32Array,
    groups: number[],
    positions?: number[],
    from = groups.length,
  ): number {
    let n = from;
    const group = this.group;
    for (let p = found[at]!; p !== EMPTY; p = this.next[p]!) {
      const g = group[p]!;
      if ((members[g] as number) <= 0) continue;
      groups[n] = g;
      if (positions) positions[n] = this.position[p]!;
      n++;
    }
    const frozenGroup = this.frozenGroup;
    for (let f = found[at + 1]!, end = found[at + 2]!; f < end; f++) {
      const g = frozenGroup[f]!;
      if ((members[g] as number) <= 0) continue;
      groups[n] = g;
      if (positions) positions[n] = this.frozenPosition[f]!;
      n++;
    }
    return n - from;
  }

  /** The first posting of `hash` (the newest), or -1; walk on with {@link PostingTable.nextOf}. */
  first(hash: number): number {
    const head = this.heads[this.find(hash)]!;
    if (head !== EMPTY) return head;
    const f = this.frozenFirst(hash);
    return f < 0 ? -1 : FROZEN + f;
  }

  /** The posting after `p` under the same hash (the next older one), or -1. */
  nextOf(p: number, hash: number): number {
    if (p >= FROZEN) {
      const i = p - FROZEN + 1;
      return i < this.frozenKeys.length && this.frozenKeys[i] === hash ? p + 1 : -1;
    }
    const n = this.next[p]!;
    if (n !== EMPTY) return n;
    const f = this.frozenFirst(hash);
    return f < 0 ? -1 : FROZEN + f;
  }

  /** The group of posting `p`. */
  groupOf(p: number): number {
    return p >= FROZEN ? this.frozenGroup[p - FROZEN]! : this.group[p]!;
  }

  /** The position (sentence index, weight slot) of posting `p`. */
  positionOf(p: number): number {
    return p >= FROZEN ? this.frozenPosition[p - FROZEN]! : this.position[p]!;
  }

  /** Calls `visit(hash, group, position)` for every posting, the postings of one key together and newest first. */
  forEach(visit: (hash: number, group: number, position: number) => void): void {
    for (let s = 0; s < this.keys.length; s++) {
      if (this.heads[s] === EMPTY) continue;
      const key = this.keys[s]!;
      for (let p = this.heads[s]!; p !== EMPTY; p = this.next[p]!) visit(key, this.group[p]!, this.position[p]!);
      for (let f = this.frozenFirst(key); f >= 0 && f < this.frozenKeys.length && this.frozenKeys[f] === key; f++)
        visit(key, this.frozenGroup[f]!, this.frozenPosition[f]!);
    }
    const keys = this.frozenKeys;
    for (let f = 0; f < keys.length; f++) {
      const key = keys[f]!;
      if (this.heads[this.find(key)] !== EMPTY) continue;
      visit(key, this.frozenGroup[f]!, this.frozenPosition[f]!);
    }
  }

  /**
   * Moves every live posting to the frozen part (merged with what is
   * already frozen, newest first within a key) and empties the live part.
   * Lookups and walks give the same postings in the same order afterwards.
   */
  freeze(): void {
    if (this.postings === 0) return;
    // Live keys, sorted.
    const liveKeys = new Uint32Array(this.size);
    const liveSlots = new Int32Array(this.size);
    let k = 0;
    for (let s = 0; s < this.keys.length; s++) if (this.heads[s] !== EMPTY) liveKeys[k++] = this.keys[s]!;
    liveKeys.sort();
    for (let i = 0; i < liveKeys.length; i++) liveSlots[i] = this.find(liveKeys[i]!);
    const total = this.postings + this.frozenKeys.length;
    const keys = new Uint32Array(total);
    const group = new Int32Array(total);
    const position = new Uint16Array(total);
    const oldKeys = this.frozenKeys;
    let out = 0;
    let f = 0;
    const copyFrozen = (until: number): void => {
      while (f < oldKeys.length && oldKeys[f]! < until) {
        keys[out] = oldKeys[f]!;
        group[out] = this.frozenGroup[f]!;
        position[out++] = this.frozenPosition[f++]!;
      }
    };
    for (let i = 0; i < liveKeys.length; i++) {
      const key = liveKeys[i]!;
      copyFrozen(key);
      // The live postings of the key are newer than its frozen ones: they come first.
      for (let p = this.heads[liveSlots[i]!]!; p !== EMPTY; p = this.next[p]!) {
        keys[out] = key;
        group[out] = this.group[p]!;
        position[out++] = this.position[p]!;
      }
      while (f < oldKeys.length && oldKeys[f] === key) {
        keys[out] = key;
        group[out] = this.frozenGroup[f]!;
        position[out++] = this.frozenPosition[f++]!;
      }
    }
    copyFrozen(Number.POSITIVE_INFINITY);
    this.frozenKeys = keys;
    this.frozenGroup = group;
    this.frozenPosition = position;
    // Prefix table: about 8 postings per entry, at most 2^16 entries.
    let bits = 0;
    while (bits < MAX_PREFIX_BITS && 2 ** (bits + 3) < total) bits++;
    this.frozenShift = 32 - bits;
    const starts = new Uint32Array(2 ** bits + 1);
    let q = 0;
    for (let i = 0; i < total; i++) {
      const top = bits === 0 ? 0 : keys[i]! >>> this.frozenShift;
      while (q <= top) starts[q++] = i;
    }
    while (q < starts.length) starts[q++] = total;
    this.frozenStarts = starts;
    // An empty live part.
    this.keys = new Uint32Array(16);
    this.heads = new Int32Array(16).fill(EMPTY);
    this.counts = new Uint32Array(16);
    this.mask = 15;
    this.size = 0;
    this.group = new Int32Array(16);
    this.position = new Uint16Array(16);
    this.next = new Int32Array(16);
    this.postings = 0;
  }

  /** The arrays, trimmed, for a snapshot (a frozen part is written back as live postings, in the same order). */
  state(): PostingTableState {
    if (this.frozenKeys.length > 0) {
      // Rebuild one live table: each key's postings added oldest first, so that its list reads newest first.
      const table = new PostingTable(this.length);
      let run: number[] = [];
      let runKey = -1;
      const flush = (): void => {
        for (let i = run.length - 2; i >= 0; i -= 2) table.add(runKey, run[i]!, run[i + 1]!);
        run = [];
      };
      this.forEach((hash, g, position) => {
        if (hash !== runKey) {
          flush();
          runKey = hash;
        }
        run.push(g, position);
      });
      flush();
      return table.state();
    }
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
