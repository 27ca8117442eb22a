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
import type { PreparedSentence } from '../similarity/types';
import { LINK_BUDGET } from './tuning';

/** One body sentence, analysed once for every pair it takes part in. */
export interface LinkSentence {
  readonly id: string;
  readonly prepared: PreparedSentence;
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
 */
export function linkView(article: Article, quotes: readonly Span[]): LinkView {
  const sentences: LinkSentence[] = [];
  const index = new Map<number, number[]>();
  const crowded = new Set<number>();
  for (const s of article.sentences) {
    const text = s.normalized;
    // A sentence with more spaces than twice the word limit is too long to link: not even prepared.
    const tooLong = spacesAbove(text, 2 * LINK_BUDGET.maxWords);
    const prepared = tooLong ? EMPTY : prepareSentence(text);
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
    sentences.push({ id: s.id, prepared, rare, quoted: length <= 0 ? 0 : Math.min(1, inQuotes / length) });
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
export function linkSentences(src: LinkView, tgt: LinkView, paraphrase: number): RawLink[] {
  const best: RawLink[] = [];
  const votes = new Map<number, number>();
  let work = 0;
  for (let t = 0; t < tgt.sentences.length; t++) {
    const ts = tgt.sentences[t]!;
    votes.clear();
    for (const h of ts.rare) {
      const list = src.index.get(h);
      if (!list) continue;
      for (const s of list) votes.set(s, (votes.get(s) ?? 0) + 1);
      work += list.length + 1;
    }
    if (votes.size === 0) continue;
    const candidates = [...votes.entries()]
      .filter(([, n]) => n >= LINK_BUDGET.minSharedRare)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, LINK_BUDGET.candidates);
    let top: RawLink | undefined;
    for (const [s] of candidates) {
      const r = scorePrepared(src.sentences[s]!.prepared, ts.prepared);
      work++;
      if (r.score >= paraphrase && (!top || r.score > top.score)) {
        top = { source: s, target: t, score: r.score, relation: r.relation };
      }
    }
    if (top) best.push(top);
  }
  addWork('reuse', work);
  return longestIncreasingSubsequence(best.map((l) => l.source)).map((k) => best[k]!);
}
