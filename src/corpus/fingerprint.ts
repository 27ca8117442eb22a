/**
 * Fingerprints of an article's body for the corpus index: winnowed word
 * n-grams, each one mapped back to the sentence it lies in, so that a match
 * comes with sentence pairs and offsets.
 *
 * @packageDocumentation
 */
import type { Article } from '../core/types';
import { GRAM_WORDS, MIN_SHORT_SENTENCE_WORDS, WINNOW_WINDOW } from './tuning';

/** The fingerprints of one article, in body order, each with its sentence. @internal */
export interface Fingerprints {
  /** Distinct fingerprint hashes (unsigned 32-bit), in order of first selection. */
  readonly hashes: Uint32Array;
  /** Index in `article.sentences` of the sentence each fingerprint was first selected in. */
  readonly sentences: Uint16Array;
  /** Word count of the body (all sentences). */
  readonly words: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of a lower-cased word, as an unsigned 32-bit number. */
function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Mixes a sequence of word hashes into one (order-sensitive), unsigned 32-bit, avalanche-finalized. */
/**
 * Characters above ASCII that are neither letters nor digits (`\p{L}`, `\p{N}`) and that lower-casing leaves
 * alone: news punctuation. A sentence whose other characters are all ASCII takes the fast scan.
 */
const SAFE_NON_ASCII: ReadonlySet<number> = new Set([
  0xa0, 0xa3, 0xa9, 0xab, 0xae, 0xb0, 0xb7, 0xbb, 0x2011, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2026, 0x2032, 0x2033, 0x20ac, 0x2122,
]);

const RIGHT_QUOTE = 0x2019;

/** Whether `c` is an ASCII letter or digit (after lower-casing: `a`-`z`, `0`-`9`). */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * The FNV-1a hashes of a sentence's words, as `WORD` finds them in its lower-cased text, pushed onto `out`.
 * Sentences of ASCII and news punctuation are scanned by hand (no lower-cased copy, no match objects); any
 * other goes through the regular expression. Both give the same hashes (a test compares them).
 *
 * @internal
 */
export function sentenceWordHashes(text: string, out: number[]): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !SAFE_NON_ASCII.has(c)) {
      slowWordHashes(text, out);
      return;
    }
  }
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (!isAsciiWordChar(c)) {
      i++;
      continue;
    }
    // [\p{L}\p{N}]+
    let h = FNV_OFFSET;
    while (i < n) {
      let d = text.charCodeAt(i);
      if (d >= 65 && d <= 90) d += 32;
      if (!isAsciiWordChar(d)) break;
      h = Math.imul(h ^ d, FNV_PRIME);
      i++;
    }
    // (?:['’][\p{L}]+)*
    while (i + 1 < n) {
      const q = text.charCodeAt(i);
      if (q !== 39 && q !== RIGHT_QUOTE) break;
      let l = text.charCodeAt(i + 1);
      if (l >= 65 && l <= 90) l += 32;
      if (!(l >= 97 && l <= 122)) break;
      h = Math.imul(h ^ q, FNV_PRIME);
      i++;
      while (i < n) {
        let d = text.charCodeAt(i);
        if (d >= 65 && d <= 90) d += 32;
        if (!(d >= 97 && d <= 122)) break;
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      }
    }
    out.push(h >>> 0);
  }
}

/** The same hashes through the regular expression (any text). @internal */
export function slowWordHashes(text: string, out: number[]): void {
  for (const m of text.toLowerCase().matchAll(WORD)) out.push(wordHash(m[0]));
}

function mix(words: readonly number[], from: number, to: number): number {
  let h = FNV_OFFSET ^ (to - from);
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ words[i]!, 0x9e3779b1);
    h ^= h >>> 15;
  }
  // murmur3 finalizer: winnowing picks minima, so the low and high bits must both be uniform.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Columns reused from one article to the next (one fingerprinting at a time: it never yields): every gram of the
 * article with its sentence, and the grams selected. Grown to the largest article seen; what an article returns is
 * copied out of them.
 */
const scratch = {
  grams: new Uint32Array(1024),
  gramSentence: new Uint16Array(1024),
  selected: new Uint32Array(1024),
  selectedSentence: new Uint16Array(1024),
  /** Room for `size` grams (a selection is never longer than the grams). */
  grow(size: number): void {
    const length = Math.max(size, 2 * this.grams.length);
    const grams = new Uint32Array(length);
    grams.set(this.grams);
    const gramSentence = new Uint16Array(length);
    gramSentence.set(this.gramSentence);
    this.grams = grams;
    this.gramSentence = gramSentence;
    this.selected = new Uint32Array(length);
    this.selectedSentence = new Uint16Array(length);
  },
};

/**
 * The winnowed fingerprints of an article's body sentences.
 *
 * Words are runs of letters and digits (with inner apostrophes), lower-cased;
 * the grams are runs of {@link GRAM_WORDS} words inside one sentence (a
 * sentence of {@link MIN_SHORT_SENTENCE_WORDS} or more words but fewer than
 * {@link GRAM_WORDS} is one gram of its own). Winnowing (Schleimer, Wilkerson
 * and Aiken, SIGMOD 2003) keeps the smallest hash of every window of
 * {@link WINNOW_WINDOW} consecutive grams, so any run of
 * `GRAM_WORDS + WINNOW_WINDOW - 1` words two bodies share gives both at least
 * one common fingerprint, while about `2 / (WINNOW_WINDOW + 1)` of the grams
 * are kept. Linear in the text.
 *
 * @internal
 */
export function fingerprintArticle(article: Article): Fingerprints {
  const words: number[] = [];
  let wordCount = 0;
  let count = 0;
  const sentences = article.sentences;
  const last = Math.min(sentences.length, 0xffff);
  for (let s = 0; s < last; s++) {
    words.length = 0;
    sentenceWordHashes(sentences[s]!.normalized, words);
    wordCount += words.length;
    const grams =
      words.length >= GRAM_WORDS ? words.length - GRAM_WORDS + 1 : words.length >= MIN_SHORT_SENTENCE_WORDS ? 1 : 0;
    if (count + grams > scratch.grams.length) scratch.grow(count + grams);
    if (words.length >= GRAM_WORDS) {
      for (let i = 0; i + GRAM_WORDS <= words.length; i++) {
        scratch.grams[count] = mix(words, i, i + GRAM_WORDS);
        scratch.gramSentence[count++] = s;
      }
    } else if (grams === 1) {
      scratch.grams[count] = mix(words, 0, words.length);
      scratch.gramSentence[count++] = s;
    }
  }
  const { grams, gramSentence, selected, selectedSentence } = scratch;
  // The grams selected so far, as signed 32-bit keys (small integers for the set: no number boxed).
  const seen = new Set<number>();
  let n = 0;
  const select = (k: number) => {
    const h = grams[k]!;
    if (seen.has(h | 0)) return;
    seen.add(h | 0);
    selected[n] = h;
    selectedSentence[n++] = gramSentence[k]!;
  };
  if (count <= WINNOW_WINDOW) {
    // Too short to winnow: every gram is kept.
    for (let k = 0; k < count; k++) select(k);
  } else {
    let chosen = -1;
    for (let start = 0; start + WINNOW_WINDOW <= count; start++) {
      const end = start + WINNOW_WINDOW;
      if (chosen < start) {
        // The previous minimum left the window: rescan it (rightmost minimum).
        chosen = start;
        for (let k = start + 1; k < end; k++) if (grams[k]! <= grams[chosen]!) chosen = k;
        select(chosen);
      } else if (grams[end - 1]! <= grams[chosen]!) {
        chosen = end - 1;
        select(chosen);
      }
    }
  }
  return { hashes: selected.slice(0, n), sentences: selectedSentence.slice(0, n), words: wordCount };
}
