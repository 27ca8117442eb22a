/**
 * Step 5: score each candidate pair once, decide its relation, and link the
 * sentences of different sources it holds; near copies inside one source are
 * reported as duplicates.
 *
 * @packageDocumentation
 */
import type { Relation, SentenceDuplicate } from '../../core/types';
import { scoreIfReaching, scoreWithTiles } from '../../similarity/compare-sentences';
import type { PreparedSentence, RelationThresholds, ScoringOptions } from '../../similarity/types';
import type { CandidatePairs } from '../candidates';
import { predicateIds, sharedPredicateIds } from '../predicate';
import { CONTEXT_MIN_PREDICATE, CONTEXT_MIN_SCORE, MAX_LINKS_PER_NODE_PAIR, MIN_SHARED_PREDICATE } from '../tuning';
import { type Entry, type LinkTable, RELATION_RANK, refOf } from './types';

const NEAR_VERBATIM = RELATION_RANK['near-verbatim'];
const PARAPHRASE = RELATION_RANK.paraphrase;
const RELATED = RELATION_RANK.related;

/** How step 5 scores: the comparison options, and whether a user similarity is in play. */
export interface ScoringSettings {
  readonly thresholds: RelationThresholds;
  readonly minRelation: Relation;
  readonly similarity?: ((a: string, b: string) => number) | undefined;
}

/**
 * The lowest score with which a pair sharing `shared` predicate words can
 * make a link at or above `minRank` (see {@link scoreLinks} for the rules).
 */
function lowestLinkScore(minRank: number, shared: number, t: RelationThresholds): number {
  if (minRank >= NEAR_VERBATIM) return t.nearVerbatim;
  if (minRank <= RELATED) return t.related;
  if (shared < MIN_SHARED_PREDICATE) return t.nearVerbatim;
  if (shared >= CONTEXT_MIN_PREDICATE) return Math.min(t.paraphrase, Math.max(CONTEXT_MIN_SCORE, t.related));
  return t.paraphrase;
}

/**
 * The links between sentences of different sources at or above the weakest
 * kept relation. With a user similarity, copying stays a lexical fact: the
 * built-in model decides `identical` and `near-verbatim`, and a user score at
 * those levels means the same fact (`paraphrase`), not a copy. Below
 * near-verbatim, two sentences sharing fewer than
 * {@link MIN_SHARED_PREDICATE} predicate words are at most `related`; a
 * related pair with a high score and {@link CONTEXT_MIN_PREDICATE} shared
 * predicate words is a contextual paraphrase candidate (kept in step 6 only as
 * a mutual best match).
 */
export function scoreLinks(
  pairs: CandidatePairs,
  nodes: readonly (readonly number[])[],
  prepared: readonly PreparedSentence[],
  entries: readonly Entry[],
  settings: ScoringSettings,
  duplicates: SentenceDuplicate[],
): LinkTable {
  const user = settings.similarity;
  const compareOptions: ScoringOptions = {
    thresholds: settings.thresholds,
    ...(user ? { similarity: (a: PreparedSentence, b: PreparedSentence) => user(a.text, b.text) } : {}),
  };
  const lexicalOptions: ScoringOptions = { thresholds: settings.thresholds };
  const minRank = RELATION_RANK[settings.minRelation];
  const links: LinkTable = { a: [], b: [], score: [], rank: [], contextual: [], pair: [], tiles: [] };
  const predicates = predicateIds(prepared);
  const t = settings.thresholds;
  for (let k = 0; k < pairs.first.length; k++) {
    const x = pairs.first[k]!;
    const y = pairs.second[k]!;
    const shared = sharedPredicateIds(predicates[x]!, predicates[y]!);
    // The built-in model skips the common runs of pairs that provably score below any link they could make.
    const match =
      user === undefined
        ? scoreIfReaching(prepared[x]!, prepared[y]!, lowestLinkScore(minRank, shared, t), t)
        : scoreWithTiles(prepared[x]!, prepared[y]!, compareOptions);
    if (match === undefined) continue;
    let rank = RELATION_RANK[match.relation];
    let score = match.score;
    if (user !== undefined) {
      const lexical = scoreWithTiles(prepared[x]!, prepared[y]!, lexicalOptions);
      if (RELATION_RANK[lexical.relation] >= NEAR_VERBATIM) {
        rank = RELATION_RANK[lexical.relation];
        score = Math.max(score, lexical.score);
      } else if (rank > PARAPHRASE) rank = PARAPHRASE;
    }
    const copied = rank >= NEAR_VERBATIM;
    let contextual = 0;
    if (rank < NEAR_VERBATIM && shared < MIN_SHARED_PREDICATE) {
      // Names and attribution alone do not make the same fact.
      if (rank > RELATED) rank = RELATED;
      if (minRank > RELATED) continue;
    }
    if (rank === RELATED && minRank === PARAPHRASE && score >= CONTEXT_MIN_SCORE && shared >= CONTEXT_MIN_PREDICATE) {
      rank = PARAPHRASE;
      contextual = 1;
    }
    if (rank < minRank) continue;
    const pair = links.tiles.length;
    links.tiles.push(match.tiles);
    const left = nodes[x]!;
    const right = nodes[y]!;
    for (const a of left) {
      for (const b of right) {
        const ea = entries[a]!;
        const eb = entries[b]!;
        if (ea.source === eb.source) {
          // A near repeat inside one source is reported; an exact one is step 2's (too short to report when here).
          if (copied && prepared[x]!.key !== prepared[y]!.key) {
            const [first, second] = a < b ? [ea, eb] : [eb, ea];
            duplicates.push({ first: refOf(first), second: refOf(second), score });
          }
          continue;
        }
        links.a.push(a);
        links.b.push(b);
        links.score.push(score);
        links.rank.push(rank);
        links.contextual.push(contextual);
        links.pair.push(pair);
      }
      if (left.length * right.length > MAX_LINKS_PER_NODE_PAIR) break;
    }
  }
  return links;
}
