/**
 * Passage-level detection of text copied from one document into another:
 * hashed word shingles, an inverted index of the source, exact extension of
 * seeds along diagonals, and merging of nearby runs into passages.
 *
 * @packageDocumentation
 */
import { CopydeskError } from '../core/errors';
import type { ReuseOptions, ReusePassage } from '../core/provenance';
import { addWork } from '../core/util/work';
import { validateReuseOptions } from '../core/validate';
import { lexiconBytes, type WordTokens, wordTokens } from './reuse-tokens';
import { CHAIN_TUNING, MAX_RUN_DEPTH } from './tuning';

export { type WordTokens, wordTokens } from './reuse-tokens';

/** Defaults of {@link ReuseOptions}. */
export const DEFAULT_REUSE_OPTIONS: Readonly<Required<ReuseOptions>> = {
  shingle: 5,
  minTokens: 8,
  maxGap: 12,
  maxOccurrences: 64,
};

/** Bytes held between calls by the table of raw tokens and their norms, for tests. @internal */
export function tokenIdCacheBytes(): number {
  return lexiconBytes();
}

/** Hashes of every `n`-gram of a text's tokens, from the hash of each token's norm. */
function shingleHashes(tokens: WordTokens, n: number): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = tokens.hashes[tokens.words[i]!]!;
  const count = Math.max(0, ids.length - n + 1);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b1 | 0;
    for (let k = 0; k < n; k++) h = (Math.imul(h ^ ids[i + k]!, 0x85ebca6b) + k) | 0;
    out[i] = h;
  }
  addWork('reuse', count);
  return out;
}

interface Run {
  /** Token index of the first matched token in the source / target. */
  readonly s: number;
  readonly t: number;
  /** Number of tokens. */
  readonly len: number;
}

/**
 * Inverted index of the source's shingles: an open-addressing table keyed by
 * shingle hash (so a lookup never walks another hash's positions), each key
 * with the chain of its first `maxOccurrences` positions in text order and
 * its total count. A slot is one record of {@link INDEX_SLOT} integers, so a
 * lookup reads one place in memory.
 */
interface ShingleIndex {
  /** Slot records: the hash ({@link I_KEY}), first position of the chain ({@link I_HEAD}), number of occurrences ({@link I_COUNT}, 0: an empty slot), last position of the chain ({@link I_TAIL}). */
  readonly table: Int32Array;
  /** Number of slots - 1 (a power of two - 1). */
  readonly mask: number;
  /** Next position in the same chain (-1: end). */
  readonly next: Int32Array;
}

const I_KEY = 0;
const I_HEAD = 1;
/** How many times the slot's shingle occurs in the source (chained or not); 0: empty slot. */
const I_COUNT = 2;
const I_TAIL = 3;
const INDEX_SLOT = 4;

/** First slot a shingle hash probes in a table of `mask + 1` slots (linear probing from there). */
function homeSlot(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
}

function indexShingles(hashes: Int32Array, maxOccurrences: number): ShingleIndex {
  let size = 2;
  while (size < hashes.length * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(INDEX_SLOT * size);
  const next = new Int32Array(hashes.length).fill(-1);
  let probes = 0;
  for (let j = 0; j < hashes.length; j++) {
    const hash = hashes[j]!;
    let slot = homeSlot(hash, mask);
    while (table[INDEX_SLOT * slot + I_COUNT] !== 0 && table[INDEX_SLOT * slot + I_KEY] !== hash) {
      slot = (slot + 1) & mask;
      probes++;
    }
    const at = INDEX_SLOT * slot;
    const count = table[at + I_COUNT]!;
    if (count === 0) table[at + I_KEY] = hash;
    if (count < maxOccurrences) {
      if (count === 0) table[at + I_HEAD] = j;
      else next[table[at + I_TAIL]!] = j;
      table[at + I_TAIL] = j;
    }
    table[at + I_COUNT] = count + 1;
  }
  addWork('reuse', hashes.length + probes);
  return { table, mask, next };
}

/** Exact common runs, and the target tokens for which not every source place was compared. */
interface CommonRuns {
  readonly runs: Run[];
  /** 1 at each target token where a source place of its shingle was left uncompared (see {@link MAX_RUN_DEPTH}). */
  readonly capped: Uint8Array;
}

/**
 * Exact common runs of token norms, one per diagonal stretch, seeded by
 * shingles. Work is linear: each target token lies in at most `maxDepth`
 * runs (forward and backward extensions both stop there), so extensions
 * cost at most `2 · maxDepth` steps per target token, and a seed lookup
 * visits at most `maxDepth` covered places before it stops.
 */
function commonRuns(src: WordTokens, tgt: WordTokens, n: number, maxOccurrences: number, maxDepth: number): CommonRuns {
  const srcHashes = shingleHashes(src, n);
  const tgtHashes = shingleHashes(tgt, n);
  const { table, mask, next } = indexShingles(srcHashes, maxOccurrences);
  const srcLength = src.length;
  const tgtLength = tgt.length;
  // Tokens are compared on word ids in the source's numbering: equal ids, equal norms.
  const srcIds = src.words;
  const tgtIds = sourceIds(src, tgt);
  const runs: Run[] = [];
  const capped = new Uint8Array(tgtLength);
  // Runs lying on each target token: `depth[p]` for tokens already passed
  // (set when passed, raised by backward extensions), `active` for the
  // current one (runs started at or before it whose forward part covers it),
  // `ending[t]` the runs whose forward part ends just before token t.
  const depth = new Int32Array(tgtLength);
  const ending = new Int32Array(tgtLength + 1);
  let active = 0;
  // End (exclusive, in target tokens) of the last run found on each diagonal s - t, at `tgtLength + s - t`; -1: none.
  const coveredUntil = new Int32Array(srcLength + tgtLength + 1).fill(-1);
  let work = 0;
  // Lookups in the index, and the probes past a lookup's first slot (counted as work).
  let lookups = 0;
  let probes = 0;
  for (let i = 0; i < tgtHashes.length; i++) {
    active -= ending[i]!;
    const hash = tgtHashes[i]!;
    lookups++;
    let slot = homeSlot(hash, mask);
    while (table[INDEX_SLOT * slot + I_COUNT] !== 0 && table[INDEX_SLOT * slot + I_KEY] !== hash) {
      slot = (slot + 1) & mask;
      probes++;
    }
    const at = INDEX_SLOT * slot;
    const count = table[at + I_COUNT]!;
    if (count !== 0) {
      // Places past the first `maxOccurrences` were never chained.
      if (count > maxOccurrences) capped[i] = 1;
      for (let j = table[at + I_HEAD]!; j !== -1; j = next[j]!) {
        work++;
        const diagonal = tgtLength + j - i;
        const floor = coveredUntil[diagonal]!;
        if (floor > i) continue;
        if (active >= maxDepth) {
          // A new place for a token that already lies in `maxDepth` runs: a repeat.
          capped[i] = 1;
          break;
        }
        // Verify and extend (hash collisions are rejected here).
        let len = 0;
        while (i + len < tgtLength && j + len < srcLength && tgtIds[i + len] === srcIds[j + len]) len++;
        work += len;
        if (len < n) continue;
        let back = 0;
        while (
          i - back - 1 >= 0 &&
          j - back - 1 >= 0 &&
          floor < i - back &&
          tgtIds[i - back - 1] === srcIds[j - back - 1]
        ) {
          const p = i - back - 1;
          if (depth[p]! >= maxDepth) {
            capped[p] = 1;
            break;
          }
          depth[p]!++;
          back++;
        }
        work += back;
        runs.push({ s: j - back, t: i - back, len: len + back });
        coveredUntil[diagonal] = i + len;
        active++;
        ending[i + len]!++;
      }
    }
    depth[i] = active;
  }
  addWork('reuse', work + lookups + probes);
  return { runs, capped };
}

/** The target's word ids in the source's numbering (a word the source lacks gets an id past the source's). */
function sourceIds(src: WordTokens, tgt: WordTokens): Int32Array {
  const map = new Int32Array(tgt.norms.length);
  let fresh = src.norms.length;
  for (let w = 0; w < map.length; w++) {
    const id = src.idOf(tgt.norms[w]!, tgt.hashes[w]!);
    map[w] = id >= 0 ? id : fresh++;
  }
  const ids = new Int32Array(tgt.length);
  for (let i = 0; i < ids.length; i++) ids[i] = map[tgt.words[i]!]!;
  return ids;
}

interface Chain {
  runs: Run[];
  sEnd: number;
  tEnd: number;
  sStart: number;
  tStart: number;
  matched: number;
}

/** Greedy chaining of runs, in target order, into passages that tolerate small edits. */
function chainRuns(runs: Run[], maxGap: number): Chain[] {
  runs.sort((a, b) => a.t - b.t || b.len - a.len || a.s - b.s);
  const chains: Chain[] = [];
  const open: Chain[] = [];
  let work = 0;
  for (const run of runs) {
    // Open chains end within `maxGap` of this run, so they hold runs lying
    // on that stretch of the target: at most `maxDepth` per token.
    work += open.length + 1;
    let best: Chain | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let k = open.length - 1; k >= 0; k--) {
      const c = open[k]!;
      const tGap = run.t - c.tEnd;
      if (tGap > maxGap) {
        open.splice(k, 1);
        continue;
      }
      const sGap = run.s - c.sEnd;
      // Overlaps of a few tokens happen when a repeated word ends one run and starts the next.
      if (tGap < -CHAIN_TUNING.maxOverlap || sGap < -CHAIN_TUNING.maxOverlap || sGap > maxGap) continue;
      const cost = Math.max(tGap, 0) + Math.max(sGap, 0) + Math.abs(tGap - sGap);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    if (best) {
      best.runs.push(run);
      const overlapT = Math.max(0, best.tEnd - run.t);
      best.matched += run.len - overlapT;
      best.tEnd = Math.max(best.tEnd, run.t + run.len);
      best.sEnd = Math.max(best.sEnd, run.s + run.len);
    } else {
      const chain: Chain = {
        runs: [run],
        sStart: run.s,
        tStart: run.t,
        sEnd: run.s + run.len,
        tEnd: run.t + run.len,
        matched: run.len,
      };
      chains.push(chain);
      open.push(chain);
    }
  }
  addWork('reuse', work);
  return chains;
}

/**
 * The reuse options with the defaults for those not given: an option set to
 * `undefined` is not given, as everywhere else. @internal
 */
export function withReuseDefaults(options: ReuseOptions | undefined): Required<ReuseOptions> {
  const merged: { -readonly [K in keyof ReuseOptions]-?: number } = { ...DEFAULT_REUSE_OPTIONS };
  if (options) {
    for (const k of Object.keys(DEFAULT_REUSE_OPTIONS) as (keyof ReuseOptions)[]) {
      const value = options[k];
      if (value !== undefined) merged[k] = value;
    }
  }
  return merged;
}

function readOptions(options: ReuseOptions | undefined): Required<ReuseOptions> {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new CopydeskError('ERR_INVALID_OPTION', 'findReuse options must be an object when given.');
  }
  const merged = withReuseDefaults(options);
  const check = (name: keyof ReuseOptions, min: number) => {
    const value = merged[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      throw new CopydeskError(
        'ERR_INVALID_OPTION',
        `Option \`${name}\` must be an integer of at least ${min}, got ${String(value)}.`,
      );
    }
  };
  check('shingle', 1);
  check('minTokens', 1);
  check('maxGap', 0);
  check('maxOccurrences', 1);
  return merged;
}

/**
 * Finds the passages of `target` copied from `source`: verbatim runs of
 * words and lightly edited stretches (a word changed, a clause inserted),
 * each with offsets into both strings.
 *
 * @param source - The text that may have been copied from.
 * @param target - The text that may hold copies.
 * @param options - See {@link ReuseOptions}.
 * @returns The passages in target order, without overlaps on the target side
 *   beyond a few tokens. Empty when nothing is shared.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when an argument is not a
 *   string; `ERR_INVALID_OPTION` for a bad option.
 *
 * @example
 * ```ts
 * const source = 'The trip would be Kim\'s first foreign visit since taking power in the reclusive state in 2011.';
 * const target = 'It would be Kim’s first foreign visit since taking the helm of the reclusive state in 2011, Asahi said.';
 * const [passage] = findReuse(source, target, { minTokens: 8 });
 * target.slice(passage!.target.start, passage!.target.end);
 * //=> 'would be Kim’s first foreign visit since taking the helm of the reclusive state in 2011'
 * ```
 *
 * @remarks
 * 1. Both texts are read into the word and number tokens of `tokenize`
 *    (by a dedicated scanner with the same boundaries and norms, see
 *    `wordTokens`), compared by their norm (case, diacritics, quote styles,
 *    `Jong-un`/`Jong Un`, number formats folded).
 * 2. Every `shingle`-gram of the source is hashed into an inverted index.
 *    Common shingles are kept: unlike passim and Superfastmatch, which drop
 *    n-grams seen in more than 100 documents (the ones that prove
 *    syndication), work is bounded per pair by `maxOccurrences` positions
 *    per shingle inside the one source text, and by skipping seeds that lie
 *    on an already extended diagonal.
 * 3. Each seed is verified on the norms (rejecting hash collisions) and
 *    extended forward and backward to a maximal exact run. A target word is
 *    compared with at most 16 places of the source (`MAX_RUN_DEPTH`): in a
 *    text that repeats itself (`U.S. U.S. ...`, a paragraph printed a
 *    thousand times) every copy of the repeat would otherwise be matched
 *    against every other, and the work would grow with the square of the
 *    length. With the bound the work is linear in the two texts' lengths
 *    (5 MB of repeated text in seconds, not hours). The copy is still
 *    found whole; the passages where a source place was left uncompared
 *    are flagged `capped`, and their source span is the first place found.
 * 4. Runs are chained in target order when the next run starts within
 *    `maxGap` tokens on both sides: a changed word or an inserted clause
 *    stays inside one passage, so a reused clause in a rewritten sentence
 *    counts at passage level.
 * 5. Chains with fewer than `minTokens` matched tokens are dropped (stock
 *    phrases), and where two chains claim the same target text (a passage the
 *    source repeats) the one with more matched tokens wins.
 */
export function findReuse(source: string, target: string, options?: ReuseOptions): ReusePassage[] {
  validateReuseOptions(options);
  if (typeof source !== 'string' || typeof target !== 'string') {
    throw new CopydeskError('ERR_INVALID_INPUT', 'findReuse expects two strings: findReuse(source, target).');
  }
  const opts = readOptions(options);
  return findReuseInTokens(wordTokens(source), wordTokens(target), opts).passages;
}

/** What {@link findReuseInTokens} finds. @internal */
export interface TokenReuse {
  /** The passages, in target order. */
  readonly passages: ReusePassage[];
  /** Target tokens for which some source place was left uncompared (the source repeats them). */
  readonly cappedTokens: number;
}

/** {@link findReuse} on pre-tokenized texts, with the count of capped target tokens. @internal */
export function findReuseInTokens(src: WordTokens, tgt: WordTokens, opts: Required<ReuseOptions>): TokenReuse {
  const n = Math.min(opts.shingle, opts.minTokens);
  const { runs, capped } = commonRuns(src, tgt, n, opts.maxOccurrences, MAX_RUN_DEPTH);
  const chains = chainRuns(runs, opts.maxGap).filter((c) => c.matched >= opts.minTokens);
  // Resolve target overlaps: strongest first, keep a chain when at most half
  // of it lies in chains already kept. The overlap with the kept chains is
  // summed per token (`kept[t]`: kept chains on token t), so the work is the
  // length of the chains, not their number squared.
  chains.sort((a, b) => b.matched - a.matched || a.tStart - b.tStart || a.sStart - b.sStart);
  const kept = new Int32Array(tgt.length);
  const taken: Chain[] = [];
  let work = 0;
  for (const c of chains) {
    let overlap = 0;
    for (let t = c.tStart; t < c.tEnd; t++) overlap += kept[t]!;
    work += c.tEnd - c.tStart;
    if (overlap <= CHAIN_TUNING.maxKeptOverlap * (c.tEnd - c.tStart)) {
      taken.push(c);
      for (let t = c.tStart; t < c.tEnd; t++) kept[t]!++;
      work += c.tEnd - c.tStart;
    }
  }
  // cappedBefore[t]: capped target tokens before token t.
  const cappedBefore = new Int32Array(capped.length + 1);
  for (let t = 0; t < capped.length; t++) cappedBefore[t + 1] = cappedBefore[t]! + capped[t]!;
  addWork('reuse', work + capped.length);
  taken.sort((a, b) => a.tStart - b.tStart || a.sStart - b.sStart);
  const passages = taken.map((c): ReusePassage => {
    const targetTokens = c.tEnd - c.tStart;
    const sourceTokens = c.sEnd - c.sStart;
    return {
      source: { start: src.starts[c.sStart]!, end: src.ends[c.sEnd - 1]! },
      target: { start: tgt.starts[c.tStart]!, end: tgt.ends[c.tEnd - 1]! },
      matchedTokens: c.matched,
      targetTokens,
      score: Math.min(1, c.matched / Math.max(targetTokens, sourceTokens, 1)),
      ...(cappedBefore[c.tEnd]! > cappedBefore[c.tStart]! ? { capped: true as const } : {}),
    };
  });
  return { passages, cappedTokens: cappedBefore[capped.length]! };
}
