/**
 * One pass over a line for everything the steps measure on every line: its
 * words, whether it ends or holds a sentence, whether it is ASCII, a hash of
 * its letters and digits (duplicates), and its cues: which line rules (and
 * other cue sets) may match it. A rule whose cues the line lacks is never
 * tested on it; a cue is a necessary condition, never a reason, so the rules
 * decide exactly as they would without cues, only faster.
 *
 * @packageDocumentation
 */

/**
 * What a line must hold for a rule to be worth testing: at least one of
 * these words, characters or texts, compared case-insensitively. A rule's
 * cues must be implied by its test (`test(line)` true ⇒ a cue is present);
 * `test/normalize/line-cues.test.ts` checks it on real lines.
 *
 * @internal
 */
export interface LineCues {
  /**
   * Lowercase words. A word of the line is a maximal run of ASCII letters and
   * digits (`e-mail` holds `e` and `mail`, `you're` holds `you` and `re`), so a
   * cue word is right for a pattern that has the word between `\b`s (or
   * after a space, `^`, a symbol). `sign*` stands for any word that starts
   * with `sign`; such a prefix has at least four letters, and only its first
   * four are compared.
   */
  readonly words?: readonly string[];
  /** Characters, any of which is a cue (`'|'`, `'@'`, `'0123456789'` for a digit). */
  readonly chars?: string;
  /** Lowercase ASCII texts found anywhere in the line (`www.` inside `awww.`). */
  readonly texts?: readonly string[];
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Size of the bit filter in front of the word tables (a power of two). */
const FILTER_SIZE = 8192;
/** Slots of a word table (a power of two, well above the cue words). */
const TABLE_SIZE = 2048;

/** Word hashes and the cue-set bits of each, by open addressing. */
class WordTable {
  readonly hash = new Int32Array(TABLE_SIZE);
  readonly used = new Uint8Array(TABLE_SIZE);
  readonly lo = new Int32Array(TABLE_SIZE);
  readonly hi = new Int32Array(TABLE_SIZE);
  private size = 0;

  /** Adds the bits of `bits` to the word hashed `h`. */
  add(h: number, bits: Bits): void {
    let slot = this.find(h);
    if (slot < 0) {
      if (++this.size * 2 > TABLE_SIZE) throw new Error(`LineScanner: more than ${TABLE_SIZE / 2} cue words.`);
      slot = h & (TABLE_SIZE - 1);
      while (this.used[slot] === 1) slot = (slot + 1) & (TABLE_SIZE - 1);
      this.used[slot] = 1;
      this.hash[slot] = h;
    }
    this.lo[slot]! |= bits.lo;
    this.hi[slot]! |= bits.hi;
  }

  /** The slot of the word hashed `h`, or -1. */
  find(h: number): number {
    let slot = h & (TABLE_SIZE - 1);
    while (this.used[slot] === 1) {
      if (this.hash[slot] === h) return slot;
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
    return -1;
  }
}
const EXACT = 1;
const PREFIX = 2;
/** Most cue sets: their bits are two 32-bit words. */
const MAX_SETS = 64;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters of a word kept in its exact key ({@link LineScanner.wordKeys}). @internal */
export const KEY_CHARS = 8;
/** The base of those keys: one place a character, 1 to 36 for a lower-case ASCII letter or digit (0: none). @internal */
export const KEY_BASE = 37;
/** The place of each lower-case ASCII letter or digit in a key. */
const KEY_PLACE = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) KEY_PLACE[c] = c - 0x30 + 1;
for (let c = 0x61; c <= 0x7a; c++) KEY_PLACE[c] = c - 0x61 + 11;
/** Kinds of special ASCII characters. */
const CHAR_CUE = 1;
const TEXT_END = 2;
/** Per ASCII character: its lower case when it is a letter or digit, else 0. */
const ALNUM_LOWER = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ALNUM_LOWER[c] = c;
for (let c = 0x61; c <= 0x7a; c++) {
  ALNUM_LOWER[c] = c;
  ALNUM_LOWER[c - 0x20] = c;
}

/** FNV-1a of a lowercase ASCII word, as the scan computes it. */
function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Whether `c` is white space for `\s` (the same set `String.prototype.trim` removes). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether the code unit at `i` is a letter or digit, as `countWords` reads them. */
function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** The bits of a set of cue-set indices. */
interface Bits {
  lo: number;
  hi: number;
}

function addBit(bits: Bits, set: number): void {
  if (set < 32) bits.lo |= 1 << set;
  else bits.hi |= 1 << (set - 32);
}

/**
 * The cue sets compiled for one pass a line, and the measures of the line
 * last scanned. Not re-entrant: one scan at a time (the results are fields).
 *
 * @internal
 */
export class LineScanner {
  // Open addressing on the word hash: exact words and four-letter prefixes, each slot a hash and its set bits.
  private readonly exact = new WordTable();
  private readonly prefix = new WordTable();
  private readonly charLo = new Int32Array(128);
  private readonly charHi = new Int32Array(128);
  private readonly other = new Map<number, Bits>();
  private readonly texts: Array<{ readonly text: string; readonly bits: Bits }> = [];
  /** Per ASCII character: {@link CHAR_CUE} when it is a cue character, {@link TEXT_END} when a text cue ends with it. */
  private readonly special = new Uint8Array(128);
  private readonly filter = new Uint8Array(FILTER_SIZE);
  /** Bits of the sets without cues: always candidates. */
  private readonly always: Bits = { lo: 0, hi: 0 };

  /** Words of the line last scanned (runs of letters and digits, kept whole across `'`, `’`, `.`, `-`). */
  words = 0;
  /** Whether it ends with sentence punctuation (closing quotes or brackets after it allowed) or holds a sentence end. */
  terminal = false;
  /** Whether every character is ASCII. */
  ascii = true;
  /** FNV-1a of its ASCII letters and digits, lower-cased (meaningful when {@link LineScanner.ascii}). */
  foldHash = 0;
  /**
   * The hashes of the cue words of the lines scanned since {@link LineScanner.reset}, in order: FNV-1a of each run
   * of ASCII letters and digits, lower-cased, as `fnv1aInt` gives it. On an ASCII line these are the hashes of its
   * words (`[\p{L}\p{N}]+`), so word triples need no second reading.
   */
  wordHashes: Int32Array = new Int32Array(4096);
  /** The length of each of those words. */
  wordLengths: Int32Array = new Int32Array(4096);
  /**
   * An exact number for the first {@link KEY_CHARS} characters of each word: two words that agree on those
   * characters have the same key, and no other two (base {@link KEY_BASE}, the first character least significant).
   */
  wordKeys: Float64Array = new Float64Array(4096);
  /** Where each of those words starts in the text scanned. */
  wordStarts: Int32Array = new Int32Array(4096);
  /** Whether each of those words holds a lower-case letter (1) or not (0). */
  wordLower: Uint8Array = new Uint8Array(4096);
  /** How many of {@link LineScanner.wordHashes} are filled. */
  wordCount = 0;

  /** Starts a new text: forgets the word hashes kept so far. */
  reset(): void {
    this.wordCount = 0;
  }

  /** Doubles the room for the words kept. */
  private grow(): void {
    const size = this.wordHashes.length * 2;
    const hashes = new Int32Array(size);
    hashes.set(this.wordHashes);
    this.wordHashes = hashes;
    const lengths = new Int32Array(size);
    lengths.set(this.wordLengths);
    this.wordLengths = lengths;
    const keys = new Float64Array(size);
    keys.set(this.wordKeys);
    this.wordKeys = keys;
    const starts = new Int32Array(size);
    starts.set(this.wordStarts);
    this.wordStarts = starts;
    const lower = new Uint8Array(size);
    lower.set(this.wordLower);
    this.wordLower = lower;
  }

  /** Keeps the word just read. */
  private keep(at: number, hash: number, length: number, key: number, end: number, lower: boolean): void {
    if (at === this.wordHashes.length) this.grow();
    this.wordHashes[at] = hash;
    this.wordLengths[at] = length;
    this.wordKeys[at] = key;
    this.wordStarts[at] = end - length;
    this.wordLower[at] = lower ? 1 : 0;
  }
  /** The cue sets that may match it, as bits (sets 0–31, 32–63). */
  lo = 0;
  hi = 0;

  /**
   * @param cues - The cues of each set, by set index (`undefined`: the set is a candidate on every line).
   * @throws Error when a prefix cue has fewer than four letters, a cue word or text is not lowercase ASCII, or there
   *   are more than 64 sets.
   */
  constructor(cues: ReadonlyArray<LineCues | undefined>) {
    if (cues.length > MAX_SETS) throw new Error(`LineScanner: at most ${MAX_SETS} cue sets, got ${cues.length}.`);
    cues.forEach((c, set) => {
      if (c === undefined) {
        addBit(this.always, set);
        return;
      }
      for (const word of c.words ?? []) {
        const isPrefix = word.endsWith('*');
        const stem = isPrefix ? word.slice(0, -1) : word;
        if (!/^[a-z0-9]+$/.test(stem) || (isPrefix && stem.length < 4)) {
          throw new Error(
            `Cue ${JSON.stringify(word)}: a lowercase ASCII word, or a prefix of 4 letters or more and *.`,
          );
        }
        const h = hashWord(isPrefix ? stem.slice(0, 4) : stem);
        const bits: Bits = { lo: 0, hi: 0 };
        addBit(bits, set);
        (isPrefix ? this.prefix : this.exact).add(h, bits);
        this.filter[(h >>> 0) & (FILTER_SIZE - 1)]! |= isPrefix ? PREFIX : EXACT;
      }
      for (const ch of c.chars ?? '') {
        const code = ch.charCodeAt(0);
        if (code < 128) {
          if (set < 32) this.charLo[code]! |= 1 << set;
          else this.charHi[code]! |= 1 << (set - 32);
          this.special[code]! |= CHAR_CUE;
        } else {
          const bits = this.other.get(code) ?? { lo: 0, hi: 0 };
          addBit(bits, set);
          this.other.set(code, bits);
        }
      }
      for (const text of c.texts ?? []) {
        if (!/^[\x20-\x7e]+$/.test(text) || text !== text.toLowerCase()) {
          throw new Error(`Cue text ${JSON.stringify(text)}: lowercase printable ASCII.`);
        }
        const bits: Bits = { lo: 0, hi: 0 };
        addBit(bits, set);
        this.texts.push({ text, bits });
        this.special[text.charCodeAt(text.length - 1)]! |= TEXT_END;
      }
    });
  }

  /** Whether the text cue `cue` ends at `i` of `text` (case-insensitively), within `[start, ...)`. */
  private textEndsAt(text: string, start: number, i: number, cue: string): boolean {
    const from = i - cue.length + 1;
    if (from < start) return false;
    for (let k = 0; k < cue.length; k++) {
      let c = text.charCodeAt(from + k);
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      if (c !== cue.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Reads the line `text[start, end)` (a range of a flat text reads faster than a slice of it) and sets the fields. */
  scan(text: string, start: number, end: number): void {
    // Fields in locals: the loop reads them for every character.
    const { filter, charLo, charHi, special, other, exact, prefix } = this;
    const mask = FILTER_SIZE - 1;
    let lo = this.always.lo;
    let hi = this.always.hi;
    let kept = this.wordCount;
    // The first KEY_CHARS characters of the word being read, as an exact number, and the weight of the next one.
    let key = 0;
    let weight = 1;
    let lowerWord = false;
    // The cue word being read (ASCII letters and digits, lower-cased): its hash and length.
    let h = FNV_OFFSET;
    let n = 0;
    let fold = FNV_OFFSET;
    let ascii = true;
    let words = 0;
    let inWord = false;
    // Sentence punctuation seen, with only closers after it: a space then holds a sentence end.
    let pending = false;
    let inner = false;
    // The last character that is not a closer (`"')]`).
    let last = -1;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const lc = ALNUM_LOWER[c]!;
        if (c >= 0x61 && c <= 0x7a) lowerWord = true;
        if (special[c] !== 0) {
          lo |= charLo[c]!;
          hi |= charHi[c]!;
          if ((special[c]! & TEXT_END) !== 0) {
            for (const t of this.texts) {
              if (t.text.charCodeAt(t.text.length - 1) === c && this.textEndsAt(text, start, i, t.text)) {
                lo |= t.bits.lo;
                hi |= t.bits.hi;
              }
            }
          }
        }
        if (lc !== 0) {
          h = Math.imul(h ^ lc, FNV_PRIME);
          if (n < KEY_CHARS) {
            key += KEY_PLACE[lc]! * weight;
            weight *= KEY_BASE;
          }
          fold = Math.imul(fold ^ lc, FNV_PRIME);
          if (++n === 4 && (filter[(h >>> 0) & mask]! & PREFIX) !== 0) {
            const slot = prefix.find(h | 0);
            if (slot >= 0) {
              lo |= prefix.lo[slot]!;
              hi |= prefix.hi[slot]!;
            }
          }
          if (!inWord) words++;
          inWord = true;
          pending = false;
          last = c;
          continue;
        }
      } else {
        ascii = false;
        if (other.size > 0) {
          const bits = other.get(c);
          if (bits !== undefined) {
            lo |= bits.lo;
            hi |= bits.hi;
          }
        }
      }
      // Not an ASCII letter or digit: the end of a cue word, kept (`wordHashes`) and looked up.
      if (n > 0) {
        this.keep(kept++, h | 0, n, key, i, lowerWord);
        lowerWord = false;
        key = 0;
        weight = 1;
        if ((filter[(h >>> 0) & mask]! & EXACT) !== 0) {
          const slot = exact.find(h | 0);
          if (slot >= 0) {
            lo |= exact.lo[slot]!;
            hi |= exact.hi[slot]!;
          }
        }
        h = FNV_OFFSET;
        n = 0;
      }
      // Words as countWords counts them: other letters and digits too.
      if (c >= 128 && LETTER_OR_DIGIT.test(text[i]!)) {
        if (!inWord) words++;
        inWord = true;
        pending = false;
        last = c;
        continue;
      }
      const joiner = c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
      inWord = inWord && joiner && i + 1 < end && isLetterOrDigit(text, i + 1);
      // Sentence ends: `/[.!?]["')\]]*\s/` inside, `/[.!?:;]["')\]]*$/` at the end.
      const closer = c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;
      if (c === 0x2e || c === 0x21 || c === 0x3f) pending = true;
      else if (pending && !closer) {
        if (isSpace(c)) inner = true;
        pending = false;
      }
      if (!closer) last = c;
    }
    // The last cue word.
    if (n > 0) {
      this.keep(kept++, h | 0, n, key, end, lowerWord);
      if ((filter[(h >>> 0) & mask]! & EXACT) !== 0) {
        const slot = exact.find(h | 0);
        if (slot >= 0) {
          lo |= exact.lo[slot]!;
          hi |= exact.hi[slot]!;
        }
      }
    }
    this.lo = lo;
    this.hi = hi;
    this.wordCount = kept;
    this.words = words;
    this.ascii = ascii;
    this.foldHash = fold | 0;
    this.terminal = inner || last === 0x2e || last === 0x21 || last === 0x3f || last === 0x3a || last === 0x3b;
  }
}

/** Whether cue set `set` may match a line whose scan gave the bits `lo`, `hi`. @internal */
export function hasCue(lo: number, hi: number, set: number): boolean {
  return set < 32 ? (lo & (1 << set)) !== 0 : (hi & (1 << (set - 32))) !== 0;
}
