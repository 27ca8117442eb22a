import { TOPIC_STOPWORDS } from '../core/lexicon';
import { KEY_BASE, KEY_CHARS } from './rules/line-scanner';
import { STEMS } from './tuning';

/** A word that counts for stems: letters and digits, at least `STEMS.minWordLength` of them. */
const STEM_WORD = new RegExp(`[\\p{L}\\p{N}]{${STEMS.minWordLength},}`, 'gu');

/**
 * Content-word stems of a text for topical comparisons: lowercased words of
 * three letters or more, stop words dropped, cut to their first five letters
 * (`celebrates` and `celebrations` share `celeb`). @internal
 */
export function contentStems(text: string): string[] {
  const words = text.toLowerCase().match(STEM_WORD) ?? [];
  const stems: string[] = [];
  for (const w of words) if (!TOPIC_STOPWORDS.has(w)) stems.push(w.slice(0, STEMS.length));
  return stems;
}

/** Places of a lower-case ASCII letter or digit in an exact number key: 1 to 36 (0: no character). */
function place(c: number): number {
  return c <= 0x39 ? c - 0x30 + 1 : c - 0x61 + 11;
}

/** Length of the longest stop word: a longer word is never one. */
const LONGEST_STOP = Math.max(...[...TOPIC_STOPWORDS].map((w) => w.length));
/** The stop words as exact number keys ({@link asciiKey}). */
const STOP_KEYS = new Set([...TOPIC_STOPWORDS].map((w) => asciiKey(w, 0, w.length)));

/**
 * An exact number for a short lower-case ASCII word (letters and digits, up to
 * 10 characters, upper case read as lower case): base 37, one place a
 * character, so two words have the same key only if they are the same word.
 */
function asciiKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = end - 1; i >= start; i--) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    key = key * 37 + place(c);
  }
  return key;
}

/** A stem as a key: a number for a stem of ASCII letters and digits ({@link asciiKey}), else the stem itself. */
function stemKey(stem: string): number | string {
  return stem.length <= STEMS.length && /^[a-z0-9]+$/.test(stem) ? asciiKey(stem, 0, stem.length) : stem;
}

/**
 * The {@link contentStems} of `text[start, end)` as keys (see `stemKey`): two
 * stems are equal exactly when their keys are. An ASCII range is read in
 * place, without building a string a word. @internal
 */
export function contentStemKeys(text: string, start = 0, end = text.length): Array<number | string> {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) >= 0x80) return contentStems(text.slice(start, end)).map(stemKey);
  }
  const keys: Array<number | string> = [];
  let from = -1;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (alnum) {
      if (from < 0) from = i;
      continue;
    }
    if (from < 0) continue;
    const length = i - from;
    if (length >= STEMS.minWordLength && !(length <= LONGEST_STOP && STOP_KEYS.has(asciiKey(text, from, i)))) {
      keys.push(asciiKey(text, from, from + Math.min(STEMS.length, length)));
    }
    from = -1;
  }
  return keys;
}

if (LONGEST_STOP > KEY_CHARS || STEMS.length > KEY_CHARS) throw new Error('stems: word keys are too short.');
/** A word key modulo this keeps its first `STEMS.length` characters. */
const STEM_MODULUS = KEY_BASE ** STEMS.length;

/**
 * The {@link contentStemKeys} of an ASCII line from its words as step 1 kept
 * them (their lengths and exact keys, see `LineScanner.wordKeys`), without
 * reading the line again. @internal
 */
export function stemKeysOfWords(lengths: Int32Array, keys: Float64Array, from: number, to: number): number[] {
  const stems: number[] = [];
  for (let i = from; i < to; i++) {
    const length = lengths[i]!;
    if (length < STEMS.minWordLength) continue;
    // A word no longer than the longest stop word is all in its key.
    if (length <= LONGEST_STOP && STOP_KEYS.has(keys[i]!)) continue;
    stems.push(keys[i]! % STEM_MODULUS);
  }
  return stems;
}

/** A key under which two lines count as the same text: letters and digits only, lowercased. @internal */
export function foldForDuplicates(text: string): string {
  // ASCII text needs no decomposition.
  const decomposed = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD');
  return decomposed.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A hash of {@link foldForDuplicates} of `text[start, end)`: equal folds have
 * equal hashes. An ASCII range is hashed in place (its fold is its letters and
 * digits, lower-cased). @internal
 */
export function foldHash(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) {
      const fold = foldForDuplicates(text.slice(start, end));
      let g = 0x811c9dc5 | 0;
      for (let k = 0; k < fold.length; k++) g = Math.imul(g ^ fold.charCodeAt(k), 0x01000193);
      return g;
    }
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/**
 * Counts words: runs of letters and digits, kept whole across an inner
 * apostrophe, period or hyphen (`Jong-un`, `U.S.`, `Kim's`). One pass, ASCII
 * fast path. @internal
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isLetterOrDigit(text, i)) {
      if (!inWord) n++;
      inWord = true;
      continue;
    }
    const c = text.charCodeAt(i);
    const joiner = c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
    inWord = inWord && joiner && i + 1 < text.length && isLetterOrDigit(text, i + 1);
  }
  return n;
}
