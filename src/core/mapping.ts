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

/** The piece holding a position: the last piece starting at or before it (strictly before, for an end). */
function pieceAt(from: readonly number[], pos: number, isEnd: boolean): number {
  let lo = 0;
  let hi = from.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (from[mid]! <= pos - (isEnd ? 1 : 0)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
  private map(pos: number, isEnd: boolean): number {
    if (this.from.length === 0) return 0;
    const k = pieceAt(this.from, pos, isEnd);
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

/** Whitespace as HTML collapses it. */
function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';
}

/** Characters a reader does not see, which a decoded text may leave out. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** A character reference as the HTML text is read here: named, decimal or hexadecimal, with its `;`. @internal */
export const CHARACTER_REFERENCE = '&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});';

const ENTITY = new RegExp(`^${CHARACTER_REFERENCE}`);

/**
 * Positions of a decoded text aligned with the raw markup it was read from:
 * tags and comments are skipped, an entity stands for the character it
 * decodes to, a run of white space for one space. `start[i]` is where
 * character `i` begins in the raw text, `end[i]` where the text before
 * position `i` ends. Linear in the two lengths.
 */
class Aligned implements Mappable {
  constructor(
    private readonly base: number,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}
  private at(table: Int32Array, pos: number): number {
    return this.base + table[Math.max(0, Math.min(table.length - 1, pos))]!;
  }
  mapStart(pos: number): number {
    return this.at(this.starts, pos);
  }
  mapEnd(pos: number): number {
    return this.at(this.ends, pos);
  }
}

function align(text: string, raw: string): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  let i = 0;
  let j = 0;
  while (i < text.length && j < raw.length) {
    const c = raw[j]!;
    const t = text[i]!;
    if (c === '<' && t !== '<') {
      const close = raw.startsWith('<!--', j) ? raw.indexOf('-->', j + 4) : raw.indexOf('>', j + 1);
      j = close < 0 ? raw.length : close + (raw.startsWith('<!--', j) ? 3 : 1);
      continue;
    }
    if (c === '&') {
      const entity = ENTITY.exec(raw.slice(j, j + 40));
      if (entity) {
        // One entity decodes to one character (two UTF-16 units for an astral one).
        const units = t >= '\ud800' && t <= '\udbff' && i + 1 < text.length ? 2 : 1;
        for (let u = 0; u < units; u++) starts[i + u] = j;
        j += entity[0].length;
        i += units;
        ends[i] = j;
        continue;
      }
    }
    if (c === t) {
      starts[i] = j;
      i++;
      j++;
      ends[i] = j;
      continue;
    }
    if (isSpace(t)) {
      // A space of the text: a run of raw white space, or none at all (a block boundary inside markup).
      starts[i] = j;
      while (j < raw.length && isSpace(raw[j]!)) j++;
      i++;
      ends[i] = isSpace(c) ? j : starts[i - 1]!;
      continue;
    }
    if (isSpace(c) || INVISIBLE.test(c)) {
      j++; // raw white space the text collapsed, or an invisible character it left out
      continue;
    }
    // Any other difference is one character read as another.
    starts[i] = j;
    i++;
    j++;
    ends[i] = j;
  }
  for (; i < text.length; i++) {
    starts[i] = j;
    ends[i + 1] = j;
  }
  starts[text.length] = ends[text.length]!;
  ends[0] = starts[0]!;
  return { starts, ends };
}

/**
 * The map from positions in a span's text to positions in the original
 * input: a shift when the original holds the text as it is (plain text
 * input), else the text aligned with the raw markup between the span's start
 * and end (HTML input: tags skipped, entities and white space read as the
 * text has them).
 *
 * @internal
 */
export function spanMap(original: string, span: TextSpan): Mappable {
  // Markup, references and collapsed white space all make the raw span longer than its text; a span as
  // long as its text holds it character for character (plain text, or a repaired byte in place).
  if (span.end - span.start === span.text.length) return new Shift(span.start);
  const { starts, ends } = align(span.text, original.slice(span.start, span.end));
  return new Aligned(span.start, starts, ends);
}

/** Pieces whose own maps are not shifts (HTML): each position goes through its piece's map. */
class MappedPieces implements Mappable {
  constructor(
    private readonly from: readonly number[],
    private readonly length: readonly number[],
    private readonly maps: readonly Mappable[],
  ) {}
  mapStart(pos: number): number {
    if (this.from.length === 0) return 0;
    const k = pieceAt(this.from, pos, false);
    return this.maps[k]!.mapStart(Math.min(this.length[k]!, pos - this.from[k]!));
  }
  mapEnd(pos: number): number {
    if (this.from.length === 0) return 0;
    const k = pieceAt(this.from, pos, true);
    return this.maps[k]!.mapEnd(Math.min(this.length[k]!, pos - this.from[k]!));
  }
}

/**
 * The map from a text made of spans of the original laid end to end (piece
 * `k` at `offsets[k]`) back to the original: {@link Pieces} when every span
 * holds its text as it is, else each piece through its {@link spanMap}.
 *
 * @internal
 */
export function piecesMap(original: string, spans: readonly TextSpan[], offsets: readonly number[]): Mappable {
  const maps = spans.map((s) => spanMap(original, s));
  if (maps.every((m) => m instanceof Shift)) {
    return new Pieces(
      offsets,
      spans.map((s) => s.start),
      spans.map((s) => s.end - s.start),
    );
  }
  return new MappedPieces(
    offsets,
    spans.map((s) => s.text.length),
    maps,
  );
}
