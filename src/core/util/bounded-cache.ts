/**
 * A memo table bounded by the bytes of its keys and values, not by entry
 * count: a long-running service that feeds copydesk a stream of unique,
 * possibly huge words must not grow without end.
 *
 * When an insert would pass the budget, the table is cleared (a whole-table
 * flush keeps the hot path to one `Map` lookup; the values are cheap to
 * recompute). Keys above `maxKeyLength` are never stored.
 *
 * @internal
 * @packageDocumentation
 */
import { detached } from './detach';

/** Default budget of one cache, in bytes (UTF-16 code units × 2 plus a per-entry overhead). @internal */
export const DEFAULT_CACHE_BYTES = 4 * 1024 * 1024;

/** Default longest key a cache stores, in UTF-16 code units. @internal */
export const DEFAULT_MAX_KEY_LENGTH = 256;

/** Bytes charged per entry on top of the key and value text (Map slot, boxed value). @internal */
const ENTRY_OVERHEAD = 64;

const all: BoundedCache<unknown>[] = [];

/** A value with its strings {@link detached} (a string, or an array holding strings); others as they are. */
function detachValue<V>(value: V): V {
  if (typeof value === 'string') return detached(value) as V;
  if (Array.isArray(value)) return value.map((v: unknown) => (typeof v === 'string' ? detached(v) : v)) as V;
  return value;
}

/** Bytes held by every {@link BoundedCache} created so far (for tests). @internal */
export function cacheBytes(): number {
  let n = 0;
  for (const cache of all) n += cache.size;
  return n;
}

/** Sum of the budgets of every {@link BoundedCache} created so far (for tests). @internal */
export function cacheBudget(): number {
  let n = 0;
  for (const cache of all) n += cache.maxBytes;
  return n;
}

/** A string-keyed memo table bounded by bytes. @internal */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  private bytes = 0;

  /**
   * @param maxBytes - Budget for keys, values and per-entry overhead.
   * @param maxKeyLength - Keys longer than this are not stored.
   * @param sizeOf - Bytes of a value beyond the entry overhead (default 0: numbers and small objects).
   */
  constructor(
    readonly maxBytes: number = DEFAULT_CACHE_BYTES,
    readonly maxKeyLength: number = DEFAULT_MAX_KEY_LENGTH,
    private readonly sizeOf: (value: V) => number = () => 0,
  ) {
    all.push(this as BoundedCache<unknown>);
  }

  /** The stored value, or `undefined`. */
  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores a value unless its key is too long; flushes the table first when the budget would be passed. */
  set(key: string, value: V): void {
    if (key.length > this.maxKeyLength) return;
    const cost = key.length * 2 + this.sizeOf(value) + ENTRY_OVERHEAD;
    if (this.bytes + cost > this.maxBytes) this.clear();
    if (this.map.has(key)) {
      this.map.set(key, value);
      return;
    }
    this.bytes += cost;
    // Cut from an article, a string would keep the whole article alive as long as the entry lives.
    this.map.set(detached(key), detachValue(value));
  }

  /** Empties the table. */
  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }

  /** Bytes currently charged (for tests). */
  get size(): number {
    return this.bytes;
  }
}
