/**
 * Sentence links for provenance: which target sentences rewrite which source
 * sentences, found cheaply (shared rare words, then the sentence scorer) and
 * kept only in the source's order.
 *
 * @internal
 * @packageDocumentation
 */

import type { Article, Span } from '../core/types';
import { longestIncreasingSubsequence } from '../core/util/lis';
import { addWork } from '../core/util/work';
import { scorePrepared } from '../similarity/compare-sentences';
import { prepareSentence } from '../similarity/features';
import type { PreparedSentence, SentenceScore } from '../similarity/types';
import { LINK_BUDGET } from './tuning';

/** One body sentence, analysed once for every pair it takes part in. */
export interface LinkSentence {
  readonly id: string;
  readonly prepared: PreparedSentence;
  /** The number {@link LinkAnalysis} gives the sentence's text (-1 for a sentence too long to link). */
  readonly key: number;
  /** Hashes of the sentence's rare words (IDF at least {@link LINK_BUDGET.rareIdf}), distinct. */
  readonly rare: readonly number[];
  /** Share of the sentence's characters inside quotation marks, in [0, 1]. */
  readonly quoted: number;
}

/** The sentences of one article, with an index of their rare words. */
export interface LinkView {
  readonly sentences: readonly LinkSentence[];
  /** Rare word hash → indexes of the sentences holding it; words in too many sentences are left out. */
  readonly index: ReadonlyMap<number, readonly number[]>;
}

/** What an unlinkable sentence is prepared as: nothing to compare. */
const EMPTY = prepareSentence('');

/** Most sentence pairs whose scores one {@link LinkAnalysis} keeps (about 100 bytes each); past it, pairs are scored again. */
const MAX_KEPT_SCORES = 2_000_000;
/** Keys below this make a pair number `a * KEY_LIMIT + b` that a double holds exactly. */
const KEY_LIMIT = 2 ** 26;

/**
 * The analyses one `traceProvenance` call shares between its pairs: each
 * distinct sentence text prepared once, and each pair of texts scored once.
 * Wire copy repeats the same sentences across outlets, so the same pairs of
 * texts meet in many pairs of sources (at 50 outlets of one story, 23,052
 * distinct pairs among 186,724 scored).
 */
export class LinkAnalysis {
  private readonly keys = new Map<string, number>();
  private readonly prepared: PreparedSentence[] = [];
  private readonly scores = new Map<number, SentenceScore>();
  private counts = new Int32Array(64);

  /** A zeroed counter per sentence of a text of `n` sentences, shared by the calls (each leaves it zeroed). */
  votes(n: number): Int32Array {
    if (this.counts.length < n) this.counts = new Int32Array(Math.max(n, 2 * this.counts.length));
    return this.counts;
  }

  /** The text's number and its analysis, prepared on first sight. */
  prepare(text: string): { key: number; prepared: PreparedSentence } {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = this.prepared.length;
      this.keys.set(text, key);
      this.prepared.push(prepareSentence(text));
    }
    return { key, prepared: this.prepared[key]! };
  }

  /** {@link scorePrepared} of two sentences, computed once per pair of texts. */
  score(a: LinkSentence, b: LinkSentence): SentenceScore {
    // The pair's number is exact while both keys are below 2^26 (67 million distinct sentences).
    const keyed = a.key >= 0 && b.key >= 0 && a.key < KEY_LIMIT && b.key < KEY_LIMIT;
    const pair = a.key * KEY_LIMIT + b.key;
    let r = keyed ? this.scores.get(pair) : undefined;
    if (r === undefined) {
      r = scorePrepared(a.prepared, b.prepared);
      if (keyed && this.scores.size < MAX_KEPT_SCORES) this.scores.set(pair, r);
    }
    return r;
  }
}

/** Whether `text` holds more than `limit` spaces (stops counting there). */
function spacesAbove(text: string, limit: number): boolean {
  let n = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) if (++n > limit) return true;
  return false;
}

/**
 * Prepares an article's body sentences for {@link linkSentences}.
 *
 * @param article - The article.
 * @param quotes - Its quoted words (spans in `article.original`, sorted and
 *   disjoint), found paragraph by paragraph so that a quotation running over
 *   several sentences counts in each of them.
 * @param analysis - The analyses shared by every article of the call.
 */
export function linkView(article: Article, quotes: readonly Span[], analysis: LinkAnalysis): LinkView {
  const sentences: LinkSentence[] = [];
  const index = new Map<number, number[]>();
  const crowded = new Set<number>();
  for (const s of article.sentences) {
    const text = s.normalized;
    // A sentence with more spaces than twice the word limit is too long to link: not even prepared.
    const tooLong = spacesAbove(text, 2 * LINK_BUDGET.maxWords);
    const { key, prepared } = tooLong ? { key: -1, prepared: EMPTY } : analysis.prepare(text);
    const rare: number[] = [];
    const linkable = !tooLong && prepared.hashes.length <= LINK_BUDGET.maxWords;
    for (let k = 0; linkable && k < prepared.distinct.length; k++) {
      if (prepared.distinctIdf[k]! >= LINK_BUDGET.rareIdf) rare.push(prepared.distinct[k]!);
    }
    let inQuotes = 0;
    for (const q of quotes) {
      if (q.end <= s.start) continue;
      if (q.start >= s.end) break;
      inQuotes += Math.min(q.end, s.end) - Math.max(q.start, s.start);
    }
    const i = sentences.length;
    const length = s.end - s.start;
    sentences.push({ id: s.id, prepared, key, rare, quoted: length <= 0 ? 0 : Math.min(1, inQuotes / length) });
    for (const h of rare) {
      if (crowded.has(h)) continue;
      const list = index.get(h);
      if (!list) index.set(h, [i]);
      else if (list.length >= LINK_BUDGET.maxPostings) {
        crowded.add(h);
        index.delete(h);
      } else list.push(i);
    }
  }
  addWork('reuse', sentences.length);
  return { sentences, index };
}

/** A target sentence linked to the source sentence it rewrites. */
export interface RawLink {
  readonly source: number;
  readonly target: number;
  readonly score: number;
  readonly relation: string;
}

/**
 * Links target sentences to source sentences at paraphrase level or above,
 * and keeps the longest chain in the source's order.
 *
 * @remarks Candidates are source sentences sharing at least
 * `LINK_BUDGET.minSharedRare` rare words with the target sentence (through
 * the source's inverted index, whose lists hold at most
 * `LINK_BUDGET.maxPostings` sentences); at most `LINK_BUDGET.candidates`
 * of them, most shared words first, are scored per target sentence, so the
 * work is linear in the sentences of the two texts. Links out of order (a
 * target sentence whose source lies before that of an earlier one) are
 * dropped by a longest increasing subsequence over source positions.
 */
export function linkSentences(src: LinkView, tgt: LinkView, paraphrase: number, analysis: LinkAnalysis): RawLink[] {
  const best: RawLink[] = [];
  const votes = analysis.votes(src.sentences.length);
  const touched: number[] = [];
  // The candidates of one target sentence, most shared words first, then in source order.
  const picked: number[] = [];
  let work = 0;
  for (let t = 0; t < tgt.sentences.length; t++) {
    const ts = tgt.sentences[t]!;
    touched.length = 0;
    for (const h of ts.rare) {
      const list = src.index.get(h);
      if (!list) continue;
      for (const s of list) if (votes[s]!++ === 0) touched.push(s);
      work += list.length + 1;
    }
    if (touched.length === 0) continue;
    picked.length = 0;
    for (const s of touched) {
      const n = votes[s]!;
      if (n < LINK_BUDGET.minSharedRare) continue;
      // Insert in order (votes descending, then index ascending), keeping the first `candidates`.
      let k = picked.length;
      while (k > 0 && (votes[picked[k - 1]!]! < n || (votes[picked[k - 1]!]! === n && picked[k - 1]! > s))) k--;
      if (k >= LINK_BUDGET.candidates) continue;
      picked.splice(k, 0, s);
      if (picked.length > LINK_BUDGET.candidates) picked.pop();
    }
    let top: RawLink | undefined;
    for (const s of picked) {
      const r = analysis.score(src.sentences[s]!, ts);
      work++;
      if (r.score >= paraphrase && (!top || r.score > top.score)) {
        top = { source: s, target: t, score: r.score, relation: r.relation };
      }
    }
    for (const s of touched) votes[s] = 0;
    if (top) best.push(top);
  }
  addWork('reuse', work);
  return longestIncreasingSubsequence(best.map((l) => l.source)).map((k) => best[k]!);
}
