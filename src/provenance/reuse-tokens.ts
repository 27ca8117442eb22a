/**
 * The word and number tokens `findReuse` compares, read by a dedicated
 * scanner: the same token boundaries and norms as `tokenize` (punctuation and
 * symbols left out), without a `Token` object or a string per word. Each
 * distinct raw word is read once, by `tokenize` itself, into a byte-bounded
 * table kept across calls ({@link Lexicon}); every later occurrence is found
 * there by its characters, so the per-word work is a scan, a hash and a
 * comparison, and the output is typed arrays of offsets and word ids.
 *
 * @internal
 * @packageDocumentation
 */

import { DIGIT_WORDS } from '../core/lexicon';
import { DEFAULT_CACHE_BYTES } from '../core/util/bounded-cache';
import { fnv1aInt } from '../core/util/hash';
import { classAt, LETTER, NUMBER, scanAt, scannedGroup, skipSpace, TOKEN_RE } from '../segment/scan';
import { normalizeWord, tokenize } from '../segment/tokenize';

/**
 * Word and number tokens of one text, as parallel typed arrays. Word ids are
 * local to the text: two texts are compared through {@link WordTokens.idOf}.
 *
 * @internal
 */
export interface WordTokens {
  /** Number of tokens. */
  readonly length: number;
  /** Word id of each token (an index into {@link WordTokens.norms}). */
  readonly words: Int32Array;
  /** Offset of each token's first character. */
  readonly starts: Int32Array;
  /** Offset one past each token's last character. */
  readonly ends: Int32Array;
  /** The norm of each word id, as `tokenize` gives it. */
  readonly norms: readonly string[];
  /** 32-bit FNV-1a hash of each word id's norm (`fnv1aInt`). */
  readonly hashes: Int32Array;
  /** Word id of `norm` (whose FNV-1a hash is `hash`) in this text, or -1 when the text does not have it. */
  idOf(norm: string, hash: number): number;
}

/** The distinct norms of a text, numbered in order of first appearance, in an open-addressing table keyed by their hash. */
class NormTable {
  readonly norms: string[] = [];
  hashes: Int32Array;
  /** Word id + 1 per slot, 0 when empty. */
  private slots: Int32Array;
  private mask: number;

  /** @param size - Initial number of slots, a power of two (the table doubles when half full). */
  constructor(size = 128) {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = new Int32Array(size / 2);
  }

  /** Word id of `norm` (hash `hash`), or -1. */
  find(norm: string, hash: number): number {
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const id = this.slots[slot]! - 1;
      if (id < 0 || (this.hashes[id] === hash && this.norms[id] === norm)) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Word id of `norm` (hash `hash`), added when new. */
  id(norm: string, hash: number): number {
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const id = this.slots[slot]! - 1;
      if (id < 0) break;
      if (this.hashes[id] === hash && this.norms[id] === norm) return id;
      slot = (slot + 1) & this.mask;
    }
    const id = this.norms.length;
    if (id === this.hashes.length) this.hashes = grow(this.hashes);
    this.hashes[id] = hash;
    this.norms.push(norm);
    this.slots[slot] = id + 1;
    if (2 * this.norms.length > this.mask) {
      const size = this.slots.length * 2;
      this.slots = new Int32Array(size);
      this.mask = size - 1;
      for (let k = 0; k < this.norms.length; k++) {
        let at = (Math.imul(this.hashes[k]!, 0x9e3779b1) >>> 0) & this.mask;
        while (this.slots[at] !== 0) at = (at + 1) & this.mask;
        this.slots[at] = k + 1;
      }
    }
    return id;
  }

  /** The tokens of a text numbered by this table. */
  tokens(length: number, words: Int32Array, starts: Int32Array, ends: Int32Array): WordTokens {
    return {
      length,
      words,
      starts,
      ends,
      norms: this.norms,
      hashes: this.hashes.slice(0, this.norms.length),
      idOf: (norm, hash) => this.find(norm, hash),
    };
  }
}

/** `-`, `‐`, `‑`: the hyphens `tokenize` drops inside a word and joins `twenty-five` across. */
function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/** FNV-1a offset basis and prime: the hash of a raw token starts from the basis xor its group. */
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of the raw token `[start, end)` of group `group`: FNV-1a of its code units, from the basis xor the group. */
function rawHash(text: string, start: number, end: number, group: number): number {
  let h = FNV_BASIS ^ group;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** ASCII letters (1) and digits (2): the characters the fast paths of {@link wordTokens} read. */
const ALNUM = new Uint8Array(128);
for (let c = 48; c < 58; c++) ALNUM[c] = 2;
for (let c = 65; c < 91; c++) ALNUM[c] = 1;
for (let c = 97; c < 123; c++) ALNUM[c] = 1;

/** How `tokenize` reads one raw token standing alone. */
interface Reading {
  readonly norm: string;
  /** 0 to 9 for a number word below ten (`five`), which a hyphen joins to a preceding `twenty`; else -1. */
  readonly digit: number;
  /** The value of a number token that a hyphen and a digit word may join (`twenty`, `XX`), else -1. */
  readonly tens: number;
}

/**
 * A copy of `text.slice(start, end)` that does not keep `text` alive (V8
 * slices of 13 or more characters point into their parent string).
 */
function detachedSlice(text: string, start: number, end: number): string {
  if (end - start < 13) return text.slice(start, end);
  let out = '';
  for (let i = start; i < end; i += 8192) {
    out += String.fromCharCode.apply(
      null,
      Array.from({ length: Math.min(8192, end - i) }, (_, k) => text.charCodeAt(i + k)),
    );
  }
  return out;
}

/**
 * How `tokenize` reads the raw token `raw` of TOKEN_RE group `group` when it
 * stands alone; `undefined` when it is not one token of that group (never
 * seen: the caller then falls back to `tokenize` on the whole text).
 */
function readRaw(raw: string, group: number): Reading | undefined {
  const tokens = tokenize(raw);
  const t = tokens[0];
  if (tokens.length !== 1 || t === undefined || t.end !== raw.length) return undefined;
  if (group === 1 ? t.kind !== 'word' : group === 2 ? t.kind !== 'number' : t.kind !== 'word' && t.kind !== 'number') {
    return undefined;
  }
  let digit = -1;
  let tens = -1;
  if (group === 3 && t.kind === 'number') {
    digit = DIGIT_WORDS.indexOf(normalizeWord(raw));
    const v = t.value!;
    if (v >= 20 && v % 10 === 0 && v < 100 && /^[a-z]/i.test(raw)) tens = v;
  }
  return { norm: t.norm, digit, tens };
}

/** Fields of a {@link Lexicon} slot, a record of {@link SLOT_SIZE} integers. */
const S_HASH = 0;
/** Offset of the raw text in {@link Lexicon.chars} + 1; 0: an empty slot. */
const S_CHARS = 1;
/** Length × 8 + (4 when the raw token is a number word the `twenty-five` joining reads, see {@link Lexicon.special}) + group. */
const S_KEY = 2;
/** Id of the norm in {@link Lexicon.norms}. */
const S_NORM = 3;
const SLOT_SIZE = 4;
const SPECIAL = 4;
/** Bytes charged per raw token on top of its characters and a new norm's: its slot (16 bytes, at most half the slots in use) and the norm table's share. */
const ENTRY_OVERHEAD = 64;
/**
 * Longest raw token the word table holds, in UTF-16 units. Reasoned: the
 * longest word of the benchmark and PAN-13 texts is under 100 characters; a
 * longer token is hostile input, read by `tokenize` with the rest of its text.
 */
const MAX_TABLE_TOKEN = 1024;
const INITIAL_SLOTS = 4096;

/**
 * Every raw token read so far (keyed by group and characters), with the id
 * of its norm in a table of norms: memoized across calls and texts, so a
 * word is read by `tokenize` once, and each occurrence costs a hash, one
 * slot (the whole record is in the slot) and a comparison of characters.
 *
 * Bounded by bytes like `BoundedCache`: {@link wordTokens} clears it when,
 * after a text, it holds more than `DEFAULT_CACHE_BYTES` (a service fed a
 * stream of unique words must not grow without end). Within one text it
 * is never cleared, so the norm ids of a text's tokens all come from one
 * table.
 */
class Lexicon {
  /** Slot records, {@link SLOT_SIZE} integers each. */
  slots = new Int32Array(SLOT_SIZE * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  /** The raw texts, one after the other. */
  private chars = new Uint16Array(65536);
  private used = 0;
  private entries = 0;
  /** (digit + 1) + 16 × (tens + 1) of the number words (see {@link Reading}), by offset of their raw text. */
  readonly special = new Map<number, number>();
  /** The distinct norms. */
  norms = new NormTable();
  /**
   * The word id of each norm in the text being read: `localWord[id]` when
   * `localStamp[id]` is the number of that text's call ({@link Lexicon.call}),
   * so no per-call table has to be cleared.
   */
  localWord = new Int32Array(1024);
  localStamp = new Int32Array(1024);
  /** Number of the text being read. */
  call = 0;
  /** Bytes charged for the raw tokens and norms held. */
  bytes = 0;

  /**
   * Offset in {@link Lexicon.slots} of the record of the raw token
   * `[start, end)` of `text`, of TOKEN_RE group `group` (1, 2 or 3), whose
   * {@link rawHash} is `h`; added when new (the offset is valid until the
   * next call); -1 when `tokenize` does not read the raw text alone as one
   * token of that group (never seen: the caller then falls back to
   * `tokenize`).
   */
  entry(text: string, start: number, end: number, group: number, h: number): number {
    const length = end - start;
    // A raw token this long is not a word of prose (a run of dotted letters, a pasted blob): the table
    // would copy it twice and read it alone; the whole text goes to `tokenize` instead (-1).
    if (length > MAX_TABLE_TOKEN) return -1;
    const slots = this.slots;
    const key = (length * 8 + group) | 0;
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const at = SLOT_SIZE * slot;
      const from = slots[at + S_CHARS]! - 1;
      if (from < 0) break;
      if (slots[at + S_HASH] === h && (slots[at + S_KEY]! & ~SPECIAL) === key) {
        const chars = this.chars;
        let i = 0;
        while (i < length && chars[from + i] === text.charCodeAt(start + i)) i++;
        if (i === length) return at;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(text, start, end, group, h, SLOT_SIZE * slot);
  }

  /** Reads a new raw token (see {@link Lexicon.entry}) into the empty slot at `at`. */
  private add(text: string, start: number, end: number, group: number, h: number, at: number): number {
    const length = end - start;
    const reading = readRaw(detachedSlice(text, start, end), group);
    if (reading === undefined) return -1;
    const from = this.used;
    while (from + length > this.chars.length) this.chars = grow(this.chars);
    for (let i = 0; i < length; i++) this.chars[from + i] = text.charCodeAt(start + i);
    this.used += length;
    const norms = this.norms.norms.length;
    const slots = this.slots;
    slots[at + S_HASH] = h;
    slots[at + S_CHARS] = from + 1;
    slots[at + S_KEY] = (length * 8 + group) | 0;
    slots[at + S_NORM] = this.norms.id(reading.norm, fnv1aInt(reading.norm));
    if (reading.digit >= 0 || reading.tens >= 0) {
      slots[at + S_KEY]! |= SPECIAL;
      this.special.set(from, reading.digit + 1 + 16 * (reading.tens + 1));
    }
    this.entries++;
    this.bytes += 2 * length + ENTRY_OVERHEAD + (this.norms.norms.length > norms ? 2 * reading.norm.length : 0);
    if (2 * this.entries <= this.mask) return at;
    this.rehash();
    return this.entry(text, start, end, group, h);
  }

  /** The `twenty-five` reading of the entry in the slot at `at`: (digit + 1) + 16 × (tens + 1), 0 for other tokens. */
  info(at: number): number {
    return (this.slots[at + S_KEY]! & SPECIAL) === 0 ? 0 : this.special.get(this.slots[at + S_CHARS]! - 1)!;
  }

  private rehash(): void {
    const old = this.slots;
    const size = 2 * (this.mask + 1);
    this.slots = new Int32Array(SLOT_SIZE * size);
    this.mask = size - 1;
    for (let from = 0; from < old.length; from += SLOT_SIZE) {
      if (old[from + S_CHARS] === 0) continue;
      let slot = (Math.imul(old[from + S_HASH]!, 0x9e3779b1) >>> 0) & this.mask;
      while (this.slots[SLOT_SIZE * slot + S_CHARS] !== 0) slot = (slot + 1) & this.mask;
      this.slots.set(old.subarray(from, from + SLOT_SIZE), SLOT_SIZE * slot);
    }
  }

  /** Forgets every raw token and norm. */
  clear(): void {
    this.slots = new Int32Array(SLOT_SIZE * INITIAL_SLOTS);
    this.mask = INITIAL_SLOTS - 1;
    this.chars = new Uint16Array(65536);
    this.used = 0;
    this.entries = 0;
    this.special.clear();
    this.norms = new NormTable();
    this.localWord = new Int32Array(1024);
    this.localStamp = new Int32Array(1024);
    this.call = 0;
    this.bytes = 0;
  }
}

const lexicon = new Lexicon();

/** Bytes held between calls by the table of raw tokens and norms (at most `DEFAULT_CACHE_BYTES`), for tests. @internal */
export function lexiconBytes(): number {
  return lexicon.bytes;
}

/** The smallest power of two at least `n` and at least `min` (a power of two). */
function powerOfTwo(n: number, min: number): number {
  let size = min;
  while (size < n) size *= 2;
  return size;
}

/** A typed array of twice the length with the same leading elements. */
function grow<T extends Int32Array | Uint16Array>(a: T): T {
  const b = new (a.constructor as new (length: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Word and number tokens of a text (punctuation and symbols left out, so a
 * changed comma or quote style never breaks a match): the tokens of
 * `tokenize(text)` of kind `word` or `number`, their offsets and norms.
 *
 * @internal
 */
export function wordTokens(text: string): WordTokens {
  try {
    return scanWordTokens(text);
  } finally {
    if (lexicon.bytes > DEFAULT_CACHE_BYTES) lexicon.clear();
  }
}

function scanWordTokens(text: string): WordTokens {
  const n = text.length;
  const table = new NormTable(powerOfTwo(n / 32, 64));
  // Call numbers restart with an empty lexicon, so a stamp never matches a text of long ago.
  if (lexicon.call === 0x7fffffff) lexicon.clear();
  const call = ++lexicon.call;
  let capacity = 64;
  while (capacity < n / 4) capacity *= 2;
  let words = new Int32Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  // The last token `tokenize` would have pushed: whether it is a word or number, its end, and its
  // value when a hyphen and a digit word may join it (`twenty` in `twenty-five`), else -1.
  let lastKept = false;
  let lastEnd = -1;
  let lastTens = -1;
  let p = 0;
  for (;;) {
    p = skipSpace(text, p);
    if (p >= n) break;
    // Fast paths, exact where they decide: a run of ASCII letters and digits that starts with a
    // letter and ends before an ASCII character that is neither `'` nor (right after one letter)
    // `.`: a word, as scanWord reads it; a run of ASCII digits that ends before an ASCII character
    // that is no letter and no separator followed by a digit: a number. Anything else goes to
    // scanAt and the regular expression, as in `tokenize`.
    let end = 0;
    let group = 0;
    let h = 0;
    const c = text.charCodeAt(p);
    const a = c < 128 ? ALNUM[c]! : 0;
    if (a === 1) {
      let e = p + 1;
      let next = -1;
      h = Math.imul(FNV_BASIS ^ 3 ^ c, FNV_PRIME);
      while (e < n) {
        next = text.charCodeAt(e);
        if (next >= 128 || ALNUM[next] === 0) break;
        h = Math.imul(h ^ next, FNV_PRIME);
        e++;
        next = -1;
      }
      if (next < 128 && next !== 39 && (next !== 46 || e > p + 1)) {
        end = e;
        group = 3;
      }
    } else if (a === 2) {
      let e = p + 1;
      let next = -1;
      h = Math.imul(FNV_BASIS ^ 2 ^ c, FNV_PRIME);
      while (e < n) {
        next = text.charCodeAt(e);
        if (next < 48 || next > 57) break;
        h = Math.imul(h ^ next, FNV_PRIME);
        e++;
        next = -1;
      }
      if (next < 0 || (next < 128 && ALNUM[next] === 0)) {
        if (next !== 46 && next !== 44) {
          end = e;
          group = 2;
        } else {
          const after = e + 1 < n ? text.charCodeAt(e + 1) : -1;
          if (after < 0 || (after < 128 && (after < 48 || after > 57))) {
            end = e;
            group = 2;
          }
        }
      }
    } else if (c < 128) {
      // Other ASCII characters, as scanAt reads them: `--` or `...` runs (group 4), else one character (group 5).
      if ((c === 45 || c === 46) && text.charCodeAt(p + 1) === c) {
        let e = p + 2;
        while (text.charCodeAt(e) === c) e++;
        end = e;
        group = 4;
      } else {
        end = p + 1;
        group = 5;
      }
    }
    if (group === 0) {
      end = scanAt(text, p);
      if (end > 0) {
        group = scannedGroup();
      } else {
        TOKEN_RE.lastIndex = p;
        const m = TOKEN_RE.exec(text)!;
        end = m.index + m[0].length;
        group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : m[4] !== undefined ? 4 : 5;
      }
      if (group <= 3) h = rawHash(text, p, end, group);
    }
    if (group <= 3) {
      const at = lexicon.entry(text, p, end, group, h);
      if (at < 0) return referenceWordTokens(text);
      const norm = lexicon.slots[at + S_NORM]!;
      while (norm >= lexicon.localWord.length) {
        lexicon.localWord = grow(lexicon.localWord);
        lexicon.localStamp = grow(lexicon.localStamp);
      }
      let word: number;
      if (lexicon.localStamp[norm] === call) word = lexicon.localWord[norm]!;
      else {
        // The first occurrence of this norm in the text.
        word = table.id(lexicon.norms.norms[norm]!, lexicon.norms.hashes[norm]!);
        lexicon.localWord[norm] = word;
        lexicon.localStamp[norm] = call;
      }
      // Number words: digit + 1 in the low 4 bits, tens + 1 above.
      const info = lexicon.info(at);
      const digit = (info & 15) - 1;
      if (
        digit >= 0 &&
        lastKept &&
        lastTens >= 0 &&
        lastEnd + 1 === p &&
        isHyphen(text.charCodeAt(lastEnd)) &&
        group === 3
      ) {
        // twenty-five: one number token, value 25, from the start of `twenty`.
        const value = lastTens + digit;
        const joined = String(value);
        words[count - 1] = table.id(joined, fnv1aInt(joined));
        ends[count - 1] = end;
        lastTens = value % 10 === 0 && value < 100 ? value : -1;
      } else {
        if (count === words.length) {
          words = grow(words);
          starts = grow(starts);
          ends = grow(ends);
        }
        words[count] = word;
        starts[count] = p;
        ends[count] = end;
        count++;
        lastTens = (info >> 4) - 1;
      }
      lastKept = true;
      lastEnd = end;
    } else if (
      group === 5 &&
      lastKept &&
      lastEnd === p &&
      isHyphen(text.charCodeAt(p)) &&
      end === p + 1 &&
      (classAt(text, end) & (LETTER | NUMBER)) !== 0
    ) {
      // In-word hyphen (Jong-un): not a token.
    } else {
      lastKept = false;
      lastEnd = end;
      lastTens = -1;
    }
    p = end;
  }
  return table.tokens(count, words.slice(0, count), starts.slice(0, count), ends.slice(0, count));
}

/**
 * {@link wordTokens} read from `tokenize` itself: the definition the scanner
 * follows (used when a raw token does not read alone as it does in its text,
 * and by the tests).
 *
 * @internal
 */
export function referenceWordTokens(text: string): WordTokens {
  const kept = tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'number');
  const words = new Int32Array(kept.length);
  const starts = new Int32Array(kept.length);
  const ends = new Int32Array(kept.length);
  const table = new NormTable();
  for (let i = 0; i < kept.length; i++) {
    const t = kept[i]!;
    words[i] = table.id(t.norm, fnv1aInt(t.norm));
    starts[i] = t.start;
    ends[i] = t.end;
  }
  return table.tokens(kept.length, words, starts, ends);
}
