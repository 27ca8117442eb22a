/**
 * Passage-level detection of text copied from one document into another:
 * hashed word shingles, an inverted index of the source, exact extension of
 * seeds along diagonals, and merging of nearby runs into passages.
 *
 * @packageDocumentation
 */
import { CopydeskError } from '../errors';
import { tokenize } from '../segment/tokenize';
import { fnv1aInt } from '../text/hash';
import { addWork } from '../util/work';
import { validateReuseOptions } from '../validate';
import type { ReuseOptions, ReusePassage } from './types';

/** Defaults of {@link ReuseOptions}. */
export const DEFAULT_REUSE_OPTIONS: Readonly<Required<ReuseOptions>> = {
  shingle: 5,
  minTokens: 8,
  maxGap: 12,
  maxOccurrences: 64,
};

/** Word and number tokens of a text, as parallel arrays. @internal */
export interface WordTokens {
  /** Hash of each token's norm (32-bit). */
  readonly ids: Int32Array;
  /** The norms, for exact comparison. */
  readonly norms: readonly string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const idCache = new Map<string, number>();

/** Bytes held by the token-id cache (keys as UTF-16 plus 64 per entry), for tests. @internal */
export function tokenIdCacheBytes(): number {
  let bytes = 0;
  for (const key of idCache.keys()) bytes += key.length * 2 + 64;
  return bytes;
}
const ID_CACHE_LIMIT = 200_000;

function tokenId(norm: string): number {
  let id = idCache.get(norm);
  if (id === undefined) {
    if (idCache.size >= ID_CACHE_LIMIT) idCache.clear();
    id = fnv1aInt(norm);
    idCache.set(norm, id);
  }
  return id;
}

/**
 * Word and number tokens of a text (punctuation and symbols left out, so a
 * changed comma or quote style never breaks a match). @internal
 */
export function wordTokens(text: string): WordTokens {
  const all = tokenize(text);
  const kept = all.filter((t) => t.kind === 'word' || t.kind === 'number');
  const ids = new Int32Array(kept.length);
  const starts = new Int32Array(kept.length);
  const ends = new Int32Array(kept.length);
  const norms: string[] = new Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const t = kept[i]!;
    ids[i] = tokenId(t.norm);
    norms[i] = t.norm;
    starts[i] = t.start;
    ends[i] = t.end;
  }
  return { ids, norms, starts, ends };
}

/** Rolling hashes of every `n`-gram of token ids. */
function shingleHashes(ids: Int32Array, n: number): Int32Array {
  const count = Math.max(0, ids.length - n + 1);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b1 | 0;
    for (let k = 0; k < n; k++) h = (Math.imul(h ^ ids[i + k]!, 0x85ebca6b) + k) | 0;
    out[i] = h;
  }
  return out;
}

interface Run {
  /** Token index of the first matched token in the source / target. */
  readonly s: number;
  readonly t: number;
  /** Number of tokens. */
  readonly len: number;
}

function readOptions(options: ReuseOptions | undefined): Required<ReuseOptions> {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new CopydeskError('ERR_INVALID_OPTION', 'findReuse options must be an object when given.');
  }
  const merged = { ...DEFAULT_REUSE_OPTIONS, ...(options ?? {}) };
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

/** Exact common runs of token norms, one per diagonal stretch, seeded by shingles. */
function commonRuns(src: WordTokens, tgt: WordTokens, n: number, maxOccurrences: number): Run[] {
  const srcHashes = shingleHashes(src.ids, n);
  const tgtHashes = shingleHashes(tgt.ids, n);
  // Inverted index of the source's shingles: an open hash table with chains
  // (no allocation per shingle). Positions are chained in text order.
  let size = 1;
  while (size < srcHashes.length * 2) size <<= 1;
  const mask = size - 1;
  const head = new Int32Array(size).fill(-1);
  const tail = new Int32Array(size).fill(-1);
  const next = new Int32Array(srcHashes.length).fill(-1);
  for (let j = 0; j < srcHashes.length; j++) {
    const slot = (Math.imul(srcHashes[j]!, 0x9e3779b1) >>> 0) & mask;
    if (head[slot] === -1) head[slot] = j;
    else next[tail[slot]!] = j;
    tail[slot] = j;
  }
  const runs: Run[] = [];
  // End (exclusive, in target tokens) of the last run found on each diagonal s - t.
  const coveredUntil = new Map<number, number>();
  for (let i = 0; i < tgtHashes.length; i++) {
    const h = tgtHashes[i]!;
    let seen = 0;
    for (let j = head[(Math.imul(h, 0x9e3779b1) >>> 0) & mask]!; j !== -1 && seen < maxOccurrences; j = next[j]!) {
      addWork('reuse', 1);
      if (srcHashes[j] !== h) continue;
      seen++;
      const diagonal = j - i;
      if ((coveredUntil.get(diagonal) ?? -1) > i) continue;
      // Verify and extend (hash collisions are rejected here).
      let len = 0;
      while (i + len < tgt.norms.length && j + len < src.norms.length && tgt.norms[i + len] === src.norms[j + len])
        len++;
      if (len < n) continue;
      let back = 0;
      while (
        i - back - 1 >= 0 &&
        j - back - 1 >= 0 &&
        (coveredUntil.get(diagonal) ?? -1) < i - back &&
        tgt.norms[i - back - 1] === src.norms[j - back - 1]
      ) {
        back++;
      }
      addWork('reuse', len + back);
      runs.push({ s: j - back, t: i - back, len: len + back });
      coveredUntil.set(diagonal, i + len);
    }
  }
  return runs;
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
  for (const run of runs) {
    addWork('reuse', open.length + 1);
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
      if (tGap < -2 || sGap < -2 || sGap > maxGap) continue;
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
  return chains;
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
 * 1. Both texts are tokenized with `tokenize`; only word and number tokens
 *    are kept and compared by their norm (case, diacritics, quote styles,
 *    `Jong-un`/`Jong Un`, number formats folded).
 * 2. Every `shingle`-gram of the source is hashed into an inverted index.
 *    Common shingles are kept: unlike passim and Superfastmatch, which drop
 *    n-grams seen in more than 100 documents (the ones that prove
 *    syndication), work is bounded per pair by `maxOccurrences` positions
 *    per shingle inside the one source text, and by skipping seeds that lie
 *    on an already extended diagonal, so the cost is linear in the target
 *    length plus the length of the common runs.
 * 3. Each seed is verified on the norms (rejecting hash collisions) and
 *    extended forward and backward to a maximal exact run.
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
  return findReuseInTokens(wordTokens(source), wordTokens(target), opts);
}

/** {@link findReuse} on pre-tokenized texts. @internal */
export function findReuseInTokens(src: WordTokens, tgt: WordTokens, opts: Required<ReuseOptions>): ReusePassage[] {
  const n = Math.min(opts.shingle, opts.minTokens);
  const runs = commonRuns(src, tgt, n, opts.maxOccurrences);
  const chains = chainRuns(runs, opts.maxGap).filter((c) => c.matched >= opts.minTokens);
  // Resolve target overlaps: strongest first, keep a chain when most of it is new.
  chains.sort((a, b) => b.matched - a.matched || a.tStart - b.tStart);
  const taken: Chain[] = [];
  for (const c of chains) {
    addWork('reuse', taken.length + 1);
    let overlap = 0;
    for (const t of taken) overlap += Math.max(0, Math.min(c.tEnd, t.tEnd) - Math.max(c.tStart, t.tStart));
    if (overlap <= 0.5 * (c.tEnd - c.tStart)) taken.push(c);
  }
  taken.sort((a, b) => a.tStart - b.tStart || a.sStart - b.sStart);
  return taken.map((c) => {
    const targetTokens = c.tEnd - c.tStart;
    const sourceTokens = c.sEnd - c.sStart;
    return {
      source: { start: src.starts[c.sStart]!, end: src.ends[c.sEnd - 1]! },
      target: { start: tgt.starts[c.tStart]!, end: tgt.ends[c.tEnd - 1]! },
      matchedTokens: c.matched,
      targetTokens,
      score: Math.min(1, c.matched / Math.max(targetTokens, sourceTokens, 1)),
    };
  });
}
