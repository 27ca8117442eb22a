/**
 * A story centroid: summed feature weights by feature hash, in insertion
 * order, in two growable typed arrays (at most a few hundred entries, found
 * by a linear scan). It behaves as the `Map<number, number>` it replaces,
 * including the order its entries are visited in (which fixes the order of
 * floating-point sums), at about a fifth of the memory.
 *
 * @internal
 * @packageDocumentation
 */
import type { FeatureLookup } from './decide';

/** @internal */
export class Centroid {
  private hashes: Uint32Array;
  private weights: Float64Array;
  /** Entries held. */
  size = 0;

  constructor(capacity = 32) {
    this.hashes = new Uint32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  /** A centroid holding the given entries, in order. */
  static from(hashes: ArrayLike<number>, weights: ArrayLike<number>): Centroid {
    const c = new Centroid(Math.max(4, hashes.length));
    for (let k = 0; k < hashes.length; k++) c.set(hashes[k]!, weights[k]!);
    return c;
  }

  private indexOf(hash: number): number {
    const hashes = this.hashes;
    for (let i = 0; i < this.size; i++) if (hashes[i] === hash) return i;
    return -1;
  }

  /** The weight of `hash`, or `undefined`. */
  get(hash: number): number | undefined {
    const i = this.indexOf(hash);
    return i < 0 ? undefined : this.weights[i];
  }

  /** Sets the weight of `hash`: in place when held, else as the last entry. */
  set(hash: number, weight: number): void {
    const i = this.indexOf(hash);
    if (i >= 0) {
      this.weights[i] = weight;
      return;
    }
    if (this.size === this.hashes.length) {
      const hashes = new Uint32Array(this.size * 2);
      const weights = new Float64Array(this.size * 2);
      hashes.set(this.hashes);
      weights.set(this.weights);
      this.hashes = hashes;
      this.weights = weights;
    }
    this.hashes[this.size] = hash;
    this.weights[this.size++] = weight;
  }

  /** Removes `hash`, keeping the order of the others. */
  delete(hash: number): void {
    const i = this.indexOf(hash);
    if (i < 0) return;
    this.hashes.copyWithin(i, i + 1, this.size);
    this.weights.copyWithin(i, i + 1, this.size);
    this.size--;
  }

  /** Keeps the `n` heaviest entries (ties: smaller hash first), heaviest first. */
  keepHeaviest(n: number): void {
    const order = Array.from({ length: this.size }, (_, i) => i).sort(
      (a, b) => this.weights[b]! - this.weights[a]! || this.hashes[a]! - this.hashes[b]!,
    );
    const kept = order.slice(0, n);
    const hashes = Uint32Array.from(kept, (i) => this.hashes[i]!);
    const weights = Float64Array.from(kept, (i) => this.weights[i]!);
    this.hashes = new Uint32Array(Math.max(4, n * 2));
    this.weights = new Float64Array(Math.max(4, n * 2));
    this.hashes.set(hashes);
    this.weights.set(weights);
    this.size = kept.length;
  }

  /** The dot product with an article's features (see {@link FeatureLookup.dot}): the same sum as looking each feature up with {@link Centroid.get}. */
  dot(lookup: FeatureLookup): number {
    return lookup.dot(this.hashes, this.weights, this.size);
  }

  /** Euclidean norm of the weights, summed in entry order. */
  norm(): number {
    let squares = 0;
    for (let i = 0; i < this.size; i++) squares += this.weights[i]! * this.weights[i]!;
    return Math.sqrt(squares);
  }

  /** The hashes, in entry order (a copy). */
  hashList(): Uint32Array {
    return this.hashes.slice(0, this.size);
  }

  /** The weights, in entry order (a copy). */
  weightList(): Float64Array {
    return this.weights.slice(0, this.size);
  }
}
