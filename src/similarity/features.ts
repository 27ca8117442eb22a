/**
 * Sentence preparation and pair features for {@link compareSentences}.
 *
 * @packageDocumentation
 */

import {
  CURRENCY_SYMBOLS,
  isNegation,
  lightStem,
  PREDICATE_IGNORED,
  PREDICATE_MIN_LENGTH,
  prefixStem5,
  SCALES,
  SIMILARITY_STOPWORDS,
  UNITS,
} from '../core/lexicon.js';
import type { Span } from '../core/types.js';
import { BoundedCache } from '../core/util/bounded-cache.js';
import { fnv1aInt } from '../core/util/hash';
import { intersectCount } from '../core/util/sorted';
import { type Token, tokenize } from '../segment/tokenize.js';
import { greedyTiles, type Tile } from './tiles.js';
import { FEATURE_SCALES, MIN_RUN, NUMBER_DOCUMENT_FREQUENCY, RARE_IDF, WORD_CACHE } from './tuning.js';
import type { PreparedSentence, SentenceEvidence, SentenceFeatures } from './types.js';
import { FREQUENCY_DOCUMENTS, WORDS_BY_DF } from './word-frequency.js';

export { MIN_RUN, RARE_IDF } from './tuning.js';

let dfTable: Map<string, number> | undefined;

function documentFrequency(norm: string): number {
  if (dfTable === undefined) {
    dfTable = new Map();
    for (const [df, words] of Object.entries(WORDS_BY_DF)) {
      const n = Number(df);
      for (const w of words.split(' ')) dfTable.set(w, n);
    }
  }
  return dfTable.get(norm) ?? 0;
}

/** IDF of a number token: numbers are specific, rated as a word seen in 20 sentences. */
const NUMBER_IDF = Math.log((FREQUENCY_DOCUMENTS + 1) / (NUMBER_DOCUMENT_FREQUENCY + 1));

/**
 * Inverse document frequency of a word norm, from the shipped table.
 *
 * @param norm - A token norm.
 * @returns `ln((N + 1) / (df + 1))`, where N is the number of sentences counted.
 * @example
 * ```ts
 * wordIdf('the') < wordIdf('denuclearisation'); //=> true
 * ```
 */
export function wordIdf(norm: string): number {
  // One lookup in the shipped table and a logarithm: cheaper than a cache in front of it.
  return Math.log((FREQUENCY_DOCUMENTS + 1) / (documentFrequency(norm) + 1));
}

/** Stem hashes by norm ({@link lightStem}). */
const stemCache = new BoundedCache<number>(WORD_CACHE.bytes, WORD_CACHE.maxKeyLength);

/** Hash of the stem of a norm, cached. */
function stemHash(norm: string): number {
  let h = stemCache.get(norm);
  if (h === undefined) {
    h = fnv1aInt(lightStem(norm));
    stemCache.set(norm, h);
  }
  return h;
}

/**
 * The number token `tokens[i]` as the number it writes, and its currency
 * (`''` for none): with the scale word after it (`10.2 million`, `1.5 bn`)
 * its value (`10200000`, as `10,200,000` gives); a sign glued before it
 * (`-5`) is part of the value, a currency written as a symbol before it or a
 * word after it (`$5 million`, `5 million dollars`) is the second part.
 */
function numberKey(tokens: readonly Token[], i: number): [value: string, currency: string] {
  const t = tokens[i]!;
  let key = t.norm;
  let next = i + 1;
  const scale = tokens[next]?.kind === 'word' ? SCALES[tokens[next]!.norm] : undefined;
  if (scale !== undefined && t.value !== undefined && Number.isFinite(t.value)) {
    key = String(Math.round(t.value * scale * 1e6) / 1e6);
    next++;
  }
  const before = tokens[i - 1];
  const glued = before !== undefined && before.end === t.start;
  const sign = glued && (before.text === '-' || before.text === '\u2212') ? '-' : '';
  const symbol = glued && before.kind === 'symbol' ? CURRENCY_SYMBOLS[before.norm] : undefined;
  const after = tokens[next];
  const word = after?.kind === 'word' ? UNITS[after.norm] : undefined;
  return [sign + key, symbol ?? (word !== undefined && CURRENCY_UNITS.has(word) ? word : '')];
}

/** The empty list every sentence without numbers shares. */
const NO_STRINGS: readonly string[] = Object.freeze([]);

/** The units of `UNITS` that are currencies (`$`, `€`, `£`, `¥`). */
const CURRENCY_UNITS: ReadonlySet<string> = new Set(Object.values(CURRENCY_SYMBOLS));

/**
 * Tokenizes and featurizes a sentence once so that it can be compared with
 * many others cheaply.
 *
 * @param text - The sentence.
 * @returns The prepared sentence, to pass to `compareSentences`.
 * @example
 * ```ts
 * prepareSentence('Kim Jong-un visited Moscow.').key; //=> 'kim jong un visited moscow .'
 * ```
 */
export function prepareSentence(text: string): PreparedSentence {
  const tokens = tokenize(text);
  const wordIdx: number[] = [];
  const hashes: number[] = [];
  const spans: number[] = [];
  const capitalized: boolean[] = [];
  const norms: string[] = [];
  const idfByHash = new Map<number, number>();
  const idfByStem = new Map<number, number>();
  const content = new Set<number>();
  const numbers = new Set<string>();
  const numberBag: string[] = [];
  const currencies: string[] = [];
  const names = new Set<string>();
  let negated = false;
  let chars = '';
  let sawWord = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const h = fnv1aInt(t.norm);
    wordIdx.push(i);
    hashes.push(h);
    spans.push(t.start, t.end);
    capitalized.push(t.capitalized);
    norms.push(t.norm);
    chars += (chars.length > 0 ? ' ' : '') + t.norm;
    if (t.kind === 'number') {
      idfByHash.set(h, NUMBER_IDF);
      idfByStem.set(h, NUMBER_IDF);
      // `one` (`one of the`, `one-on-one`) is too often not a quantity to count as a number mismatch.
      if (t.norm !== '1' || /\d/.test(t.text)) {
        const [value, currency] = numberKey(tokens, i);
        numbers.add(value);
        numberBag.push(value);
        if (currency !== '') currencies.push(`${value} ${currency}`);
      }
      content.add(h);
    } else {
      const w = wordIdf(t.norm);
      idfByHash.set(h, w);
      const sh = stemHash(t.norm);
      if (!SIMILARITY_STOPWORDS.has(t.norm) && !idfByStem.has(sh)) idfByStem.set(sh, w);
      if (!SIMILARITY_STOPWORDS.has(t.norm)) content.add(h);
      if (isNegation(t.norm)) negated = true;
      if (t.capitalized && sawWord && !SIMILARITY_STOPWORDS.has(t.norm)) names.add(t.norm);
    }
    sawWord = true;
  }
  const bigrams: number[] = [];
  for (let i = 1; i < hashes.length; i++) bigrams.push((Math.imul(hashes[i - 1]!, 31) + hashes[i]!) | 0);
  const trigrams: number[] = [];
  const padded = ' ' + chars + ' ';
  for (let i = 0; i + 3 <= padded.length; i++) {
    trigrams.push(
      (padded.charCodeAt(i) * 65599 * 65599 + padded.charCodeAt(i + 1) * 65599 + padded.charCodeAt(i + 2)) | 0,
    );
  }
  // Every array of the sentence is a view of one buffer: a typed array with a buffer of its own costs about
  // 200 bytes besides its data, and a sentence has twelve.
  const nw = hashes.length;
  const nd = idfByHash.size;
  const ns = idfByStem.size;
  const slab = new Slab(8 * (nd + ns) + 4 * (5 * nw + nd + content.size + ns + bigrams.length + trigrams.length));
  const distinctIdf = slab.f64(nd);
  const stemIdf = slab.f64(ns);
  const distinct = slab.sortedI32(idfByHash.keys(), nd);
  let idfSum = 0;
  let idfSq = 0;
  for (let i = 0; i < distinct.length; i++) {
    const w = idfByHash.get(distinct[i]!)!;
    distinctIdf[i] = w;
    idfSum += w;
    idfSq += w * w;
  }
  const stems = slab.sortedI32(idfByStem.keys(), ns);
  let stemSq = 0;
  let stemSum = 0;
  for (let i = 0; i < stems.length; i++) {
    const w = idfByStem.get(stems[i]!)!;
    stemIdf[i] = w;
    stemSq += w * w;
    stemSum += w;
  }
  return new Prepared({
    text,
    key: tokens.map((t) => t.norm).join(' '),
    words: slab.i32(wordIdx),
    hashes: slab.i32(hashes),
    sortedHashes: slab.sortedI32(hashes, nw),
    distinct,
    distinctIdf,
    content: slab.sortedI32(content, content.size),
    stems,
    stemIdf,
    stemNorm: Math.sqrt(stemSq),
    stemSum,
    bigrams: slab.sortedI32(bigrams, bigrams.length),
    trigrams: slab.sortedI32(trigrams, trigrams.length),
    idfSum,
    idfNorm: Math.sqrt(idfSq),
    numbers: [...numbers].sort(),
    numberBag: numberBag.length === 0 ? NO_STRINGS : numberBag.sort(),
    currencies: currencies.length === 0 ? NO_STRINGS : [...new Set(currencies)].sort(),
    names: [...names].sort(),
    negated,
    wordSpans: slab.i32(spans),
    predicates: predicateStems(norms, capitalized),
  });
}

/**
 * The stems of the words that can carry what a sentence says happened: not
 * names (capitalized inside the sentence, or first and followed by another
 * capitalized word: `North Korea is ...`), not function or reporting words,
 * not shorter than {@link PREDICATE_MIN_LENGTH}; in order, each once.
 */
function predicateStems(norms: readonly string[], capitalized: readonly boolean[]): string[] {
  const stems = new Set<string>();
  for (let i = 0; i < norms.length; i++) {
    const norm = norms[i]!;
    const isName = capitalized[i] === true && (i > 0 || capitalized[1] === true);
    if (isName || PREDICATE_IGNORED.has(norm) || norm.length < PREDICATE_MIN_LENGTH) continue;
    stems.add(prefixStem5(norm));
  }
  return [...stems];
}

/** Typed arrays cut one after another from one buffer (the 8-byte arrays first, so every view is aligned). */
class Slab {
  private readonly buffer: ArrayBuffer;
  private offset = 0;

  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(bytes);
  }

  f64(n: number): Float64Array {
    const view = new Float64Array(this.buffer, this.offset, n);
    this.offset += 8 * n;
    return view;
  }

  i32(values: readonly number[]): Int32Array {
    const view = new Int32Array(this.buffer, this.offset, values.length);
    this.offset += 4 * values.length;
    view.set(values);
    return view;
  }

  /** `n` values from `values`, sorted. */
  sortedI32(values: Iterable<number>, n: number): Int32Array {
    const view = new Int32Array(this.buffer, this.offset, n);
    this.offset += 4 * n;
    let i = 0;
    for (const v of values) view[i++] = v;
    return view.sort();
  }
}

/**
 * A prepared sentence. Its tokens are not held: a sentence compared many
 * times needs only its hashes and word spans, and 20,000 prepared sentences
 * held their tokens in about 55 MB (half of their memory). `tokens` tokenizes
 * the text again on first read and keeps the result.
 */
class Prepared implements PreparedSentence {
  declare readonly text: string;
  declare readonly key: string;
  declare readonly words: Int32Array;
  declare readonly hashes: Int32Array;
  declare readonly sortedHashes: Int32Array;
  declare readonly distinct: Int32Array;
  declare readonly distinctIdf: Float64Array;
  declare readonly content: Int32Array;
  declare readonly stems: Int32Array;
  declare readonly stemIdf: Float64Array;
  declare readonly stemNorm: number;
  declare readonly stemSum: number;
  declare readonly bigrams: Int32Array;
  declare readonly trigrams: Int32Array;
  declare readonly idfSum: number;
  declare readonly idfNorm: number;
  declare readonly numbers: readonly string[];
  declare readonly numberBag: readonly string[];
  declare readonly currencies: readonly string[];
  declare readonly names: readonly string[];
  declare readonly negated: boolean;
  declare readonly wordSpans: Int32Array;
  declare readonly predicates: readonly string[];
  private tokenCache: readonly Token[] | undefined;

  constructor(fields: Omit<PreparedSentence, 'tokens'>) {
    Object.assign(this, fields);
    this.tokenCache = undefined;
  }

  get tokens(): readonly Token[] {
    this.tokenCache ??= tokenize(this.text);
    return this.tokenCache;
  }
}

/**
 * Binary search in a sorted array.
 *
 * @internal
 */
export function hasSorted(xs: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = xs[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function dice(shared: number, na: number, nb: number): number {
  return na + nb === 0 ? 0 : (2 * shared) / (na + nb);
}

/** How many entries of `xs` are not in `ys`; both sorted and distinct (one merge, linear). */
function countMissing(xs: readonly string[], ys: readonly string[]): number {
  if (ys.length === 0 || xs.length === 0) return xs.length;
  let n = 0;
  let j = 0;
  for (const x of xs) {
    while (j < ys.length && ys[j]! < x) j++;
    if (j >= ys.length || ys[j] !== x) n++;
  }
  return n;
}

/** Whether an amount both sides write (`value currency`) has a currency on each side and none in common. */
function otherCurrency(xs: readonly string[], ys: readonly string[]): boolean {
  if (xs.length === 0 || ys.length === 0) return false;
  const byValue = (entries: readonly string[]) => {
    const out = new Map<string, Set<string>>();
    for (const e of entries) {
      const at = e.lastIndexOf(' ');
      const value = e.slice(0, at);
      const set = out.get(value) ?? new Set<string>();
      set.add(e.slice(at + 1));
      out.set(value, set);
    }
    return out;
  };
  const other = byValue(ys);
  for (const [value, currencies] of byValue(xs)) {
    const theirs = other.get(value);
    if (theirs !== undefined && ![...currencies].some((c) => theirs.has(c))) return true;
  }
  return false;
}

/** How many entries of sorted `xs` find no partner in sorted `ys`, each entry of `ys` partnering one (multisets). */
function bagMissing(xs: readonly string[], ys: readonly string[]): number {
  let n = 0;
  let j = 0;
  for (const x of xs) {
    while (j < ys.length && ys[j]! < x) j++;
    if (j < ys.length && ys[j] === x) j++;
    else n++;
  }
  return n;
}

/** The entries of sorted `xs` that are (or, with `keep` false, are not) in `ys`, in order. */
function filterIn(xs: readonly string[], ys: readonly string[], keep: boolean): string[] {
  const set = new Set(ys);
  return xs.filter((x) => set.has(x) === keep);
}

/**
 * The pair features that do not need the common runs, and the counts the
 * runs are bounded by. Computing these first lets a caller skip the runs
 * (the costly part) for a pair that cannot reach a relation it needs (see
 * `scoreIfReaching`).
 *
 * @internal
 */
export interface BaseFeatures {
  /** Every feature but `runContainment` and `longestRun` (0 here). */
  readonly features: SentenceFeatures;
  /** Word tokens the two sentences share, as multisets: an upper bound of the words common runs cover. */
  readonly sharedTokens: number;
  /** Word tokens of the shorter sentence. */
  readonly shorter: number;
}

/**
 * {@link BaseFeatures} without the two features that merge the longest
 * arrays (`bigramDice`, `charDice`, 0 here): enough to bound the score of
 * most pairs that cannot reach a relation (see `scoreIfReaching`).
 *
 * @internal
 */
export type WordFeatures = BaseFeatures;

/** The pair features that do not need the common runs. @internal */
export function baseFeatures(a: PreparedSentence, b: PreparedSentence): BaseFeatures {
  return withTextFeatures(a, b, wordFeatures(a, b));
}

/** {@link BaseFeatures} from {@link wordFeatures} of the same pair: adds `bigramDice` and `charDice`. @internal */
export function withTextFeatures(a: PreparedSentence, b: PreparedSentence, words: WordFeatures): BaseFeatures {
  return {
    features: {
      ...words.features,
      bigramDice: dice(intersectCount(a.bigrams, b.bigrams), a.bigrams.length, b.bigrams.length),
      charDice: dice(intersectCount(a.trigrams, b.trigrams), a.trigrams.length, b.trigrams.length),
    },
    sharedTokens: words.sharedTokens,
    shorter: words.shorter,
  };
}

/** The pair features but the common runs, `bigramDice` and `charDice` (0 here). @internal */
export function wordFeatures(a: PreparedSentence, b: PreparedSentence): WordFeatures {
  const na = a.hashes.length;
  const nb = b.hashes.length;
  // Shared distinct words with their IDF.
  let i = 0;
  let j = 0;
  let sharedIdf = 0;
  let sharedSq = 0;
  while (i < a.distinct.length && j < b.distinct.length) {
    const x = a.distinct[i]!;
    const y = b.distinct[j]!;
    if (x === y) {
      const w = a.distinctIdf[i]!;
      sharedIdf += w;
      sharedSq += w * w;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  let sharedStemSq = 0;
  let sharedStem = 0;
  i = 0;
  j = 0;
  while (i < a.stems.length && j < b.stems.length) {
    const x = a.stems[i]!;
    const y = b.stems[j]!;
    if (x === y) {
      const w = Math.min(a.stemIdf[i]!, b.stemIdf[j]!);
      sharedStemSq += w * w;
      sharedStem += w;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const sharedTokens = intersectCount(a.sortedHashes, b.sortedHashes);
  const shorter = Math.min(na, nb);
  const lighter = Math.min(a.idfSum, b.idfSum);
  const heavier = Math.max(a.idfSum, b.idfSum);
  const numbersBoth = a.numbers.length > 0 && b.numbers.length > 0;
  const numMissingA = countMissing(a.numbers, b.numbers);
  const numMissingB = countMissing(b.numbers, a.numbers);
  // Changed when each side has a number the other lacks, counted with repeats: `four others` beside `Four people`
  // is a changed `three`, though `4` is on both sides.
  // Or the same amount in another currency (`$5 million` / `£5 million`); a currency one side leaves out is no change.
  const changedNumbers =
    (bagMissing(a.numberBag, b.numberBag) > 0 && bagMissing(b.numberBag, a.numberBag) > 0) ||
    otherCurrency(a.currencies, b.currencies);
  const numMissing = numMissingA + numMissingB;
  const sharedContent = intersectCount(a.content, b.content);
  const nameMissingA = countMissing(a.names, b.names);
  const nameMissing = nameMissingA + countMissing(b.names, a.names);
  const nameShared = a.names.length - nameMissingA;
  const unmatched = Math.max(a.idfSum - sharedIdf, b.idfSum - sharedIdf);
  const features: SentenceFeatures = {
    dice: dice(sharedTokens, na, nb),
    contentDice: dice(sharedContent, a.content.length, b.content.length),
    idfCosine: a.idfNorm > 0 && b.idfNorm > 0 ? sharedSq / (a.idfNorm * b.idfNorm) : 0,
    idfContainment: lighter > 0 ? sharedIdf / lighter : 0,
    idfCoverage: heavier > 0 ? sharedIdf / heavier : 0,
    bigramDice: 0,
    runContainment: 0,
    longestRun: 0,
    charDice: 0,
    lengthRatio: Math.max(na, nb) > 0 ? shorter / Math.max(na, nb) : 0,
    numberMismatch: changedNumbers ? 1 : 0,
    nameMismatch: Math.min(nameMissing, FEATURE_SCALES.names) / FEATURE_SCALES.names,
    negationMismatch: a.negated !== b.negated ? 1 : 0,
    unmatchedIdf: Math.min(unmatched / FEATURE_SCALES.unmatchedIdf, 1),
    stemContainment: Math.min(a.stemSum, b.stemSum) > 0 ? sharedStem / Math.min(a.stemSum, b.stemSum) : 0,
    stemCoverage: Math.max(a.stemSum, b.stemSum) > 0 ? sharedStem / Math.max(a.stemSum, b.stemSum) : 0,
    lengthDifference: Math.min(Math.abs(na - nb) / FEATURE_SCALES.lengthWords, 1),
    numberMatch: numbersBoth && numMissing === 0 ? 1 : 0,
    nameOverlap: nameShared + nameMissing > 0 ? nameShared / (nameShared + nameMissing) : 0,
    unmatchedContent:
      Math.min(Math.max(a.content.length, b.content.length) - sharedContent, FEATURE_SCALES.contentWords) /
      FEATURE_SCALES.contentWords,
    unmatchedStemIdf: Math.min(Math.max(a.stemSum - sharedStem, b.stemSum - sharedStem) / FEATURE_SCALES.stemIdf, 1),
    stemCosine: a.stemNorm > 0 && b.stemNorm > 0 ? sharedStemSq / (a.stemNorm * b.stemNorm) : 0,
  };
  return { features, sharedTokens, shorter };
}

/**
 * Computes the pair features of two prepared sentences.
 *
 * @param a - First prepared sentence.
 * @param b - Second prepared sentence.
 * @param base - {@link baseFeatures} of the same pair, when already computed.
 * @returns The features, and the tiles (common runs) they used.
 */
export function pairFeatures(
  a: PreparedSentence,
  b: PreparedSentence,
  base: BaseFeatures = baseFeatures(a, b),
): { features: SentenceFeatures; tiles: Tile[]; covered: number; longest: number; bounded: boolean } {
  const { tiles, longest, bounded } = greedyTiles(a.hashes, b.hashes, MIN_RUN);
  let covered = 0;
  for (const t of tiles) covered += t.length;
  const { shorter } = base;
  const features: SentenceFeatures = {
    ...base.features,
    runContainment: shorter > 0 ? covered / shorter : 0,
    longestRun: shorter > 0 ? longest / shorter : 0,
  };
  return { features, tiles, covered, longest, bounded };
}

/**
 * The spans of each sentence that common runs (tiles) cover, in sentence
 * order, relative to each sentence's text.
 *
 * @internal
 */
export function coveredSpans(
  a: PreparedSentence,
  b: PreparedSentence,
  tiles: readonly Tile[],
): { readonly coveredA: Span[]; readonly coveredB: Span[] } {
  const coveredA = [...tiles].sort((x, y) => x.a - y.a).map((t) => tileSpans(a.wordSpans, t.a, t.length));
  const coveredB = [...tiles].sort((x, y) => x.b - y.b).map((t) => tileSpans(b.wordSpans, t.b, t.length));
  return { coveredA, coveredB };
}

function tileSpans(wordSpans: Int32Array, start: number, length: number): Span {
  return { start: wordSpans[2 * start]!, end: wordSpans[2 * (start + length - 1) + 1]! };
}

/**
 * Builds the evidence of a comparison.
 *
 * @param a - First prepared sentence.
 * @param b - Second prepared sentence.
 * @param features - Their features.
 * @param tiles - Their common runs.
 * @param logit - The model's linear predictor.
 * @param bounded - Whether the run search was bounded (see {@link SentenceEvidence.bounded}).
 * @returns The evidence.
 */
export function buildEvidence(
  a: PreparedSentence,
  b: PreparedSentence,
  features: SentenceFeatures,
  tiles: readonly Tile[],
  logit: number,
  bounded = false,
): SentenceEvidence {
  const rare: string[] = [];
  const seen = new Set<number>();
  const { tokens } = a;
  for (let i = 0; i < a.words.length; i++) {
    const h = a.hashes[i]!;
    if (seen.has(h)) continue;
    seen.add(h);
    const t = tokens[a.words[i]!]!;
    if (t.kind !== 'word' || SIMILARITY_STOPWORDS.has(t.norm) || wordIdf(t.norm) < RARE_IDF) continue;
    if (hasSorted(b.distinct, h)) rare.push(t.norm);
  }
  const { coveredA, coveredB } = coveredSpans(a, b, tiles);
  return {
    sharedRareWords: rare,
    sharedNumbers: filterIn(a.numbers, b.numbers, true),
    sharedNames: filterIn(a.names, b.names, true),
    mismatchedNumbers: {
      a: filterIn(a.numbers, b.numbers, false),
      b: filterIn(b.numbers, a.numbers, false),
    },
    mismatchedNames: {
      a: filterIn(a.names, b.names, false),
      b: filterIn(b.names, a.names, false),
    },
    negationMismatch: a.negated !== b.negated,
    coveredA,
    coveredB,
    features,
    logit,
    ...(bounded ? { bounded: true as const } : {}),
  };
}

/** Feature names in model order. */
export const FEATURE_NAMES: readonly (keyof SentenceFeatures)[] = [
  'dice',
  'contentDice',
  'idfCosine',
  'idfContainment',
  'idfCoverage',
  'bigramDice',
  'runContainment',
  'longestRun',
  'charDice',
  'lengthRatio',
  'numberMismatch',
  'nameMismatch',
  'negationMismatch',
  'unmatchedIdf',
  'stemCosine',
  'stemContainment',
  'stemCoverage',
  'lengthDifference',
  'numberMatch',
  'nameOverlap',
  'unmatchedStemIdf',
  'unmatchedContent',
];
