/**
 * Growable typed columns and a byte container for snapshots.
 *
 * @internal
 * @packageDocumentation
 */

/** The typed arrays a snapshot holds. @internal */
export type Typed = Int32Array | Uint32Array | Uint16Array | Float64Array | Float32Array;

/** A growable column of numbers in a typed array. @internal */
export class Column<T extends Typed> {
  data: T;
  private readonly make: (n: number) => T;

  constructor(make: (n: number) => T, initial = 64, data?: T) {
    this.make = make;
    this.data = data ?? make(initial);
  }

  /** Makes room for index `i`. */
  ensure(i: number): void {
    if (i < this.data.length) return;
    let size = Math.max(16, this.data.length);
    while (size <= i) size *= 2;
    const next = this.make(size);
    next.set(this.data as never);
    this.data = next;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  set(i: number, value: number): void {
    this.ensure(i);
    this.data[i] = value;
  }
}

const KIND = { Int32Array, Uint32Array, Uint16Array, Float64Array, Float32Array } as const;
type KindName = keyof typeof KIND;

function kindOf(array: Typed): KindName {
  for (const name of Object.keys(KIND) as KindName[]) if (array instanceof KIND[name]) return name;
  throw new TypeError('unsupported array');
}

const MAGIC = 'copydesk-corpus';

/** JSON text as ASCII bytes: every character above `~` written as a `\\uXXXX` escape (no TextEncoder in the core). */
function asciiBytes(json: string): Uint8Array {
  const ascii = json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const out = new Uint8Array(ascii.length);
  for (let i = 0; i < ascii.length; i++) out[i] = ascii.charCodeAt(i);
  return out;
}

/**
 * Packs a JSON header and typed arrays into bytes: the magic line, the
 * header's length and text, then each array's bytes, 8-byte aligned.
 *
 * @internal
 */
export function pack(header: unknown, arrays: readonly Typed[]): Uint8Array {
  const descriptors = arrays.map((a) => ({ kind: kindOf(a), length: a.length }));
  const text = asciiBytes(JSON.stringify({ magic: MAGIC, header, arrays: descriptors }));
  const align = (n: number) => Math.ceil(n / 8) * 8;
  let size = align(4 + text.length);
  for (const a of arrays) size += align(a.byteLength);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, text.length, true);
  out.set(text, 4);
  let at = align(4 + text.length);
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += align(a.byteLength);
  }
  return out;
}

/** Unpacks {@link pack}'s bytes; throws a `TypeError` naming what is wrong. @internal */
export function unpack(bytes: Uint8Array): { header: unknown; arrays: Typed[] } {
  if (bytes.length < 4) throw new TypeError('too short to be a corpus snapshot');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (4 + length > bytes.length) throw new TypeError('truncated corpus snapshot');
  let parsed: { magic?: unknown; header?: unknown; arrays?: unknown };
  try {
    let json = '';
    for (let i = 4; i < 4 + length; i += 8192) {
      json += String.fromCharCode(...bytes.subarray(i, Math.min(4 + length, i + 8192)));
    }
    parsed = JSON.parse(json);
  } catch {
    throw new TypeError('not a corpus snapshot (bad header)');
  }
  if (parsed.magic !== MAGIC || !Array.isArray(parsed.arrays)) throw new TypeError('not a corpus snapshot');
  const align = (n: number) => Math.ceil(n / 8) * 8;
  let at = align(4 + length);
  const arrays: Typed[] = [];
  for (const d of parsed.arrays as Array<{ kind: KindName; length: number }>) {
    const Kind = KIND[d.kind];
    if (Kind === undefined || !Number.isInteger(d.length) || d.length < 0)
      throw new TypeError('bad array in corpus snapshot');
    const byteLength = d.length * Kind.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) throw new TypeError('truncated corpus snapshot');
    // Copied so the arrays are aligned and independent of the caller's buffer. Uint8Array's own slice: a Node
    // Buffer's slice is a view into its (pooled, shared) buffer, not a copy.
    const copy = Uint8Array.prototype.slice.call(bytes, at, at + byteLength);
    arrays.push(new Kind(copy.buffer, copy.byteOffset, d.length));
    at += align(byteLength);
  }
  return { header: parsed.header, arrays };
}
