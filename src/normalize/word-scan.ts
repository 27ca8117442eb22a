/**
 * One pass over a text for the words the not-article check counts: each word
 * is looked up once in a table of word classes (function word, interface
 * word, reporting word, imperative, first or second person, `please`), hashed
 * as it is read, without building a string for an ASCII word.
 *
 * Words are those of `/[\p{L}\p{N}]+(?:['’][\p{L}]+)*\/gu`, lower-cased,
 * with `’` read as `'`: exactly the words a regular expression would give,
 * checked against it in `test/normalize/word-scan.test.ts`.
 *
 * @packageDocumentation
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

/** A word's classes, as bits. @internal */
export const WordClass = Object.freeze({
  function: 1,
  interface: 2,
  reporting: 4,
  imperative: 8,
  firstPerson: 16,
  secondPerson: 32,
  please: 64,
} as const);

function hashString(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Kind of the code point at `i`: 0 other, 1 letter, 2 number (digits and other `\p{N}`). */
function kindAt(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 1;
    return c >= 0x30 && c <= 0x39 ? 2 : 0;
  }
  const ch = text.slice(i, i + widthAt(text, i, limit));
  if (LETTER.test(ch)) return 1;
  return NUMBER.test(ch) ? 2 : 0;
}

/** Length in code units of the code point at `i`. */
function widthAt(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Slots of the open-addressing table of words (a power of two, at least twice the words). */
const TABLE_SIZE = 2048;

/**
 * A table of word classes, and the scanner that reads a text against it.
 * Not re-entrant: one scan at a time (the results are fields).
 *
 * @internal
 */
export class WordScanner {
  // Open addressing on the hash: the word and its classes in each used slot.
  private readonly slotHash = new Int32Array(TABLE_SIZE);
  private readonly slotClasses = new Uint8Array(TABLE_SIZE);
  private readonly slotWord: string[] = new Array(TABLE_SIZE).fill('');

  private text = '';
  private pos = 0;
  private limit = 0;
  /** The word last read by {@link WordScanner.next}: its span, the hash of its lowercase form, whether it is ASCII. */
  start = 0;
  end = 0;
  hash = 0;
  ascii = true;

  /** Words counted by the last {@link WordScanner.scan}. */
  words = 0;
  /** Words of each class bit seen by the last scan (`counts[bit index]`). */
  readonly counts = new Int32Array(8);
  /** Classes of the first word of the last scan (0 when none). */
  firstClasses = 0;
  /** Union of the classes of all words of the last scan. */
  anyClasses = 0;
  /** Whether a word of the last scan holds a lower-case letter (`\p{Ll}`). */
  lower = false;
  /** Whether the last scan met a quotation mark (`"`, `“`, `”`). */
  quote = false;

  /** Hashes and spans of the words of the last {@link WordScanner.leading} (up to its limit). */
  readonly hashes = new Int32Array(64);
  readonly starts = new Int32Array(64);
  readonly ends = new Int32Array(64);

  /** @param classes - For each class bit, its lowercase words. */
  constructor(classes: ReadonlyArray<readonly [number, Iterable<string>]>) {
    const merged = new Map<string, number>();
    for (const [bit, words] of classes) for (const w of words) merged.set(w, (merged.get(w) ?? 0) | bit);
    if (merged.size * 2 > TABLE_SIZE) throw new Error(`WordScanner: more than ${TABLE_SIZE / 2} words.`);
    for (const [word, bits] of merged) {
      const h = hashString(word);
      let slot = h & (TABLE_SIZE - 1);
      while (this.slotClasses[slot] !== 0) slot = (slot + 1) & (TABLE_SIZE - 1);
      this.slotHash[slot] = h;
      this.slotClasses[slot] = bits;
      this.slotWord[slot] = word;
    }
  }

  /** Starts reading `text[start, end)` word by word (a range of a flat text reads faster than a slice of it). */
  reset(text: string, start = 0, end = text.length): void {
    this.text = text;
    this.pos = start;
    this.limit = end;
  }

  /** Reads the next word into `start`, `end`, `hash` and `ascii`; `false` at the end of the text. */
  next(): boolean {
    const text = this.text;
    const length = this.limit;
    let i = this.pos;
    // Skip to the start of a word.
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) break;
        i++;
      } else if (kindAt(text, i, length) !== 0) break;
      else i += widthAt(text, i, length);
    }
    if (i >= length) {
      this.pos = length;
      return false;
    }
    const start = i;
    let ascii = true;
    let h = FNV_OFFSET;
    // The main run: letters and numbers.
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x41 && c <= 0x5a) h = Math.imul(h ^ (c | 0x20), FNV_PRIME);
        else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) h = Math.imul(h ^ c, FNV_PRIME);
        else break;
        i++;
      } else if (kindAt(text, i, length) !== 0) {
        ascii = false;
        i += widthAt(text, i, length);
      } else break;
    }
    // Continuations: an apostrophe and letters (`it's`, `rock'n'roll`).
    while (i + 1 < length) {
      const c = text.charCodeAt(i);
      if ((c !== APOSTROPHE && c !== RIGHT_QUOTE) || kindAt(text, i + 1, length) !== 1) break;
      if (c === RIGHT_QUOTE) ascii = false;
      h = Math.imul(h ^ APOSTROPHE, FNV_PRIME);
      i++;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d < 0x80) {
          if (d >= 0x41 && d <= 0x5a) h = Math.imul(h ^ (d | 0x20), FNV_PRIME);
          else if (d >= 0x61 && d <= 0x7a) h = Math.imul(h ^ d, FNV_PRIME);
          else break;
          i++;
        } else if (kindAt(text, i, length) === 1) {
          ascii = false;
          i += widthAt(text, i, length);
        } else break;
      }
    }
    this.pos = i;
    this.start = start;
    this.end = i;
    this.ascii = ascii;
    this.hash = ascii ? h | 0 : hashString(lowerWord(text, start, i));
    return true;
  }

  /** The classes of the word last read (0 for a word in no class). */
  classes(): number {
    return this.classesOf(this.text, this.start, this.end, this.ascii, this.hash);
  }

  /** The classes of the word `text[start, end)`, whose lowercase form hashes to `h`. */
  private classesOf(text: string, start: number, end: number, ascii: boolean, h: number): number {
    let slot = h & (TABLE_SIZE - 1);
    for (;;) {
      const bits = this.slotClasses[slot]!;
      if (bits === 0) return 0;
      if (this.slotHash[slot] === h && isWord(text, start, end, ascii, this.slotWord[slot]!)) return bits;
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
  }

  /**
   * Scans every word of `text[start, end)`: sets {@link WordScanner.words}, `counts`, `firstClasses`, `anyClasses`
   * and `lower`. One loop over the characters, reading the words {@link WordScanner.next} reads.
   */
  scan(text: string, start = 0, end = text.length): void {
    const counts = this.counts;
    counts.fill(0);
    let words = 0;
    let first = 0;
    let any = 0;
    let lower = false;
    let quote = false;
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      // Skip to the start of a word, noting quotation marks.
      if (c < 0x80) {
        if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) {
          if (c === 0x22) quote = true;
          i++;
          continue;
        }
      } else if (kindAt(text, i, end) === 0) {
        if (c === 0x201c || c === 0x201d) quote = true;
        i += widthAt(text, i, end);
        continue;
      }
      const from = i;
      let ascii = true;
      let h = FNV_OFFSET;
      // The main run: letters and numbers.
      while (i < end) {
        const d = text.charCodeAt(i);
        if (d < 0x80) {
          if (d >= 0x41 && d <= 0x5a) h = Math.imul(h ^ (d | 0x20), FNV_PRIME);
          else if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39)) h = Math.imul(h ^ d, FNV_PRIME);
          else break;
          i++;
        } else if (kindAt(text, i, end) !== 0) {
          ascii = false;
          i += widthAt(text, i, end);
        } else break;
      }
      // Continuations: an apostrophe and letters (`it's`, `rock'n'roll`).
      while (i + 1 < end) {
        const d = text.charCodeAt(i);
        if ((d !== APOSTROPHE && d !== RIGHT_QUOTE) || kindAt(text, i + 1, end) !== 1) break;
        if (d === RIGHT_QUOTE) ascii = false;
        h = Math.imul(h ^ APOSTROPHE, FNV_PRIME);
        i++;
        while (i < end) {
          const e = text.charCodeAt(i);
          if (e < 0x80) {
            if (e >= 0x41 && e <= 0x5a) h = Math.imul(h ^ (e | 0x20), FNV_PRIME);
            else if (e >= 0x61 && e <= 0x7a) h = Math.imul(h ^ e, FNV_PRIME);
            else break;
            i++;
          } else if (kindAt(text, i, end) === 1) {
            ascii = false;
            i += widthAt(text, i, end);
          } else break;
        }
      }
      const hash = ascii ? h | 0 : hashString(lowerWord(text, from, i));
      const classes = this.classesOf(text, from, i, ascii, hash);
      if (!lower) lower = hasLowerCase(text, from, i);
      if (words === 0) first = classes;
      words++;
      if (classes !== 0) {
        any |= classes;
        for (let bit = 0, m = classes; m !== 0; bit++, m >>= 1) if ((m & 1) !== 0) counts[bit]!++;
      }
    }
    this.words = words;
    this.firstClasses = first;
    this.anyClasses = any;
    this.lower = lower;
    this.quote = quote;
  }

  /**
   * Sets the same fields as {@link WordScanner.scan} from words read already: words `from` to `to` of the given
   * arrays (hash of the lowercase word, start in `text`, length, whether it holds a lower-case letter), all ASCII.
   * For a text whose words are exactly those (ASCII, no apostrophe), the result is that of `scan`.
   */
  scanWords(
    text: string,
    hashes: Int32Array,
    starts: Int32Array,
    lengths: Int32Array,
    lowerFlags: Uint8Array,
    from: number,
    to: number,
  ): void {
    const counts = this.counts;
    counts.fill(0);
    let first = 0;
    let any = 0;
    let lower = false;
    for (let t = from; t < to; t++) {
      const start = starts[t]!;
      const classes = this.classesOf(text, start, start + lengths[t]!, true, hashes[t]!);
      if (t === from) first = classes;
      if (lowerFlags[t] === 1) lower = true;
      if (classes !== 0) {
        any |= classes;
        for (let bit = 0, m = classes; m !== 0; bit++, m >>= 1) if ((m & 1) !== 0) counts[bit]!++;
      }
    }
    this.words = to - from;
    this.firstClasses = first;
    this.anyClasses = any;
    this.lower = lower;
    this.quote = false;
  }

  /** Reads the first `limit` words (at most 64) of `text[start, end)` into `hashes`, `starts` and `ends`; returns how many. */
  leading(text: string, limit: number, start = 0, end = text.length): number {
    this.reset(text, start, end);
    let n = 0;
    while (n < limit && this.next()) {
      this.hashes[n] = this.hash;
      this.starts[n] = this.start;
      this.ends[n] = this.end;
      n++;
    }
    return n;
  }
}

const LOWER = /\p{Ll}/u;

/** Whether `text[start, end)` holds a lower-case letter (ASCII fast path). */
function hasLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
    if (c >= 0x80 && LOWER.test(text.slice(i, i + widthAt(text, i, end)))) return true;
  }
  return false;
}

/** Whether the word `text[start, end)`, lower-cased, is `word` (compared in place for an ASCII word). */
function isWord(text: string, start: number, end: number, ascii: boolean, word: string): boolean {
  if (!ascii) return lowerWord(text, start, end) === word;
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The lowercase form of the word `text[start, end)`, `’` read as `'`. @internal */
export function lowerWord(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase().replace(/’/g, "'");
}
