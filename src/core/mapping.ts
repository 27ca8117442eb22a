/**
 * One way to move spans between texts, in the style of ProseMirror's
 * `Mappable` and `Mapping`: anything that maps a span's start and end
 * positions, composed in order. Every span copydesk reports goes through one
 * of these to reach offsets into the original input.
 *
 * @packageDocumentation
 */
import type { Span, TextSpan } from './article';

/**
 * Maps positions of one text to positions of another. A span's start and its
 * end are mapped separately, because at an edit they go to different sides:
 * a start inside a replacement goes to the replacement's original start, an
 * end to its original end.
 *
 * @internal
 */
export interface Mappable {
  /** Maps a position that starts a span. */
  mapStart(pos: number): number;
  /** Maps a position that ends a span. */
  mapEnd(pos: number): number;
}

/** A constant shift: positions relative to a piece of text to positions in the whole (`by` is the piece's start). @internal */
export class Shift implements Mappable {
  constructor(readonly by: number) {}
  mapStart(pos: number): number {
    return pos + this.by;
  }
  mapEnd(pos: number): number {
    return pos + this.by;
  }
}

/**
 * Pieces of a source text laid end to end in a derived text (paragraphs
 * joined with separators): piece `k` starts at `from[k]` in the derived text
 * and at `to[k]` in the source, and is `length[k]` long. A position in a
 * separator maps to the end of the piece before it (for an end) or the start
 * of the piece after it (for a start); positions past a piece are clamped to
 * its end.
 *
 * @internal
 */
export class Pieces implements Mappable {
  constructor(
    private readonly from: readonly number[],
    private readonly to: readonly number[],
    private readonly length: readonly number[],
  ) {}
  /** The piece holding a position: the last piece starting at or before it (strictly before, for an end). */
  private pieceOf(pos: number, isEnd: boolean): number {
    let lo = 0;
    let hi = this.from.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.from[mid]! <= pos - (isEnd ? 1 : 0)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  private map(pos: number, isEnd: boolean): number {
    if (this.from.length === 0) return 0;
    const k = this.pieceOf(pos, isEnd);
    return Math.min(this.to[k]! + this.length[k]!, this.to[k]! + (pos - this.from[k]!));
  }
  mapStart(pos: number): number {
    return this.map(pos, false);
  }
  mapEnd(pos: number): number {
    return this.map(pos, true);
  }
}

/** Maps applied one after another (the first maps from the innermost text). @internal */
export class Mapping implements Mappable {
  constructor(private readonly maps: readonly Mappable[]) {}
  /** This mapping followed by `next`. */
  compose(next: Mappable): Mapping {
    return new Mapping([...this.maps, next]);
  }
  mapStart(pos: number): number {
    let p = pos;
    for (const m of this.maps) p = m.mapStart(p);
    return p;
  }
  mapEnd(pos: number): number {
    let p = pos;
    for (const m of this.maps) p = m.mapEnd(p);
    return p;
  }
}

/** A span mapped through `map`. @internal */
export function mapSpan(map: Mappable, span: Span): Span {
  return { start: map.mapStart(span.start), end: map.mapEnd(span.end) };
}

/** A text span mapped through `map`, its text kept. @internal */
export function mapTextSpan(map: Mappable, span: TextSpan): TextSpan {
  return { text: span.text, start: map.mapStart(span.start), end: map.mapEnd(span.end) };
}
