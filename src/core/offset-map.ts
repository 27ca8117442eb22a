import type { Mappable } from './mapping';

/** Index of the last element of a sorted array that is `<= pos` (or `< pos` when `strict`), -1 if none. */
function lastAtOrBefore(sorted: readonly number[], pos: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v < pos || (!strict && v === pos)) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Records how a normalized text was derived from an original one, as a sorted
 * list of edits `[origStart, origEnd) -> [normStart, normEnd)`, in the manner
 * of ProseMirror's `StepMap`. Outside the edits the two texts are identical
 * up to a constant shift, so any position maps in O(log edits). As a
 * {@link Mappable} it maps the normalized text back to the original, like
 * every other map of a span (see `./mapping`).
 *
 * @internal
 */
export class OffsetMap implements Mappable {
  private readonly origStart: number[] = [];
  private readonly origEnd: number[] = [];
  private readonly normStart: number[] = [];
  private readonly normEnd: number[] = [];

  /** Appends an edit. Edits must be added in increasing order of position. */
  add(origStart: number, origEnd: number, normStart: number, normEnd: number): void {
    this.origStart.push(origStart);
    this.origEnd.push(origEnd);
    this.normStart.push(normStart);
    this.normEnd.push(normEnd);
  }

  /**
   * Maps a normalized position that starts a span to the original. Inside a
   * replacement it maps to the replacement's original start; right after a
   * deletion it maps past the deleted characters.
   */
  mapStart(pos: number): number {
    const found = lastAtOrBefore(this.normStart, pos, false);
    if (found < 0) return pos;
    const n1 = this.normEnd[found]!;
    if (pos < n1) return this.origStart[found]!;
    return this.origEnd[found]! + (pos - n1);
  }

  /**
   * Maps a normalized position that ends a span to the original. Inside or at
   * the end of a replacement it maps to the replacement's original end; right
   * before a deletion it stays before the deleted characters.
   */
  mapEnd(pos: number): number {
    const found = lastAtOrBefore(this.normStart, pos, true);
    if (found < 0) return pos;
    const n1 = this.normEnd[found]!;
    if (pos <= n1) return this.origEnd[found]!;
    return this.origEnd[found]! + (pos - n1);
  }

  /** Maps an original position to the normalized text (start of span semantics). */
  toNormalized(pos: number): number {
    const found = lastAtOrBefore(this.origStart, pos, false);
    if (found < 0) return pos;
    const o1 = this.origEnd[found]!;
    if (pos < o1) return this.normStart[found]!;
    return this.normEnd[found]! + (pos - o1);
  }
}
