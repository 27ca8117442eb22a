/**
 * The sentence offsets and story features of the copy groups made in one
 * bucket, packed one after the other in a few typed arrays instead of three
 * small typed arrays per group: a typed array costs about 200 bytes of
 * object and allocation on top of its data, more than a group's data.
 * The arena lives and dies with its bucket; the data of a group still held
 * when its bucket leaves the window is copied to the arena of the bucket of
 * the group's newest held article (as its postings are).
 *
 * @internal
 * @packageDocumentation
 */

const INITIAL = 256;

function grown<T extends Int32Array | Uint32Array | Float32Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let size = Math.max(INITIAL, a.length);
  while (size < need) size *= 2;
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

function trimmed<T extends Int32Array | Uint32Array | Float32Array>(a: T, used: number): T {
  return used === a.length ? a : (a.slice(0, used) as T);
}

/** Offsets and features of a bucket's groups. @internal */
export class GroupArena {
  private offsets = new Int32Array(0);
  private offsetsUsed = 0;
  private hashes = new Uint32Array(0);
  private weights = new Float32Array(0);
  private featuresUsed = 0;

  /** Appends offsets; returns where they start. */
  putOffsets(values: ArrayLike<number>): number {
    const start = this.offsetsUsed;
    this.offsets = grown(this.offsets, start + values.length);
    for (let i = 0; i < values.length; i++) this.offsets[start + i] = values[i]!;
    this.offsetsUsed += values.length;
    return start;
  }

  /** Appends features (hashes and weights of one length); returns where they start. */
  putFeatures(hashes: ArrayLike<number>, weights: ArrayLike<number>): number {
    const start = this.featuresUsed;
    this.hashes = grown(this.hashes, start + hashes.length);
    this.weights = grown(this.weights, start + hashes.length);
    for (let i = 0; i < hashes.length; i++) {
      this.hashes[start + i] = hashes[i]!;
      this.weights[start + i] = weights[i]!;
    }
    this.featuresUsed += hashes.length;
    return start;
  }

  /** A view of `length` offsets from `start` (the data is only ever appended, so a view stays right). */
  offsetsAt(start: number, length: number): Int32Array {
    return this.offsets.subarray(start, start + length);
  }

  /** A view of `length` feature hashes from `start`. */
  hashesAt(start: number, length: number): Uint32Array {
    return this.hashes.subarray(start, start + length);
  }

  /** A view of `length` feature weights from `start`. */
  weightsAt(start: number, length: number): Float32Array {
    return this.weights.subarray(start, start + length);
  }

  /** Gives back the room grown ahead (when the bucket is over and takes no more groups but moved ones). */
  trim(): void {
    this.offsets = trimmed(this.offsets, this.offsetsUsed);
    this.hashes = trimmed(this.hashes, this.featuresUsed);
    this.weights = trimmed(this.weights, this.featuresUsed);
  }

  /** Bytes of the arrays. */
  get bytes(): number {
    return this.offsets.byteLength + this.hashes.byteLength + this.weights.byteLength;
  }
}
