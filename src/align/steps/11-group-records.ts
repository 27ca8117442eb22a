/**
 * Step 11: the groups as the result reports them: members with their
 * positions and flags, links with the spans each sentence shares, in
 * absolute offsets of the sources' original texts.
 *
 * @packageDocumentation
 */
import { type Mappable, mapSpan, spanMap } from '../../core/mapping';
import type { AlignmentGroup, GroupLink, GroupMember, Relation, Span } from '../../core/types';
import { comparePrepared } from '../../similarity/compare-sentences';
import { coveredSpans } from '../../similarity/features';
import type { Tile } from '../../similarity/tiles';
import type { PreparedSentence, RelationThresholds } from '../../similarity/types';
import { relativePosition } from './09-moves';
import { type Entry, type KeptLink, RELATION_RANK, refOf } from './types';

/** What step 11 computes once per call and reuses across links. */
interface SpanCaches {
  /** The map of each entry's sentence to its source's original text. */
  readonly maps: Map<number, Mappable>;
  /** Covered spans by tiles (one array per scored node pair), then by the two sentences' analyses. */
  readonly covered: Map<readonly Tile[], Array<readonly [PreparedSentence, PreparedSentence, CoveredSpans]>>;
}

type CoveredSpans = readonly [readonly Span[], readonly Span[]];

/** Spans relative to a sentence, moved to the sentence's original text (through the markup, for HTML). */
function toOriginal(spans: readonly Span[], at: number, entries: readonly Entry[], caches: SpanCaches): Span[] {
  let map = caches.maps.get(at);
  if (map === undefined) {
    const entry = entries[at]!;
    map = spanMap(entry.article.original, entry.article.sentences[entry.index]!);
    caches.maps.set(at, map);
  }
  return spans.map((s) => mapSpan(map, s));
}

/**
 * {@link coveredSpans} of the runs found when a pair was scored: the same for
 * every link of one node pair between sentences with the same analyses, so
 * computed once.
 */
function tileSpans(a: PreparedSentence, b: PreparedSentence, tiles: readonly Tile[], caches: SpanCaches): CoveredSpans {
  let known = caches.covered.get(tiles);
  if (known === undefined) {
    known = [];
    caches.covered.set(tiles, known);
  }
  for (const [pa, pb, spans] of known) if (pa === a && pb === b) return spans;
  const { coveredA, coveredB } = coveredSpans(a, b, tiles);
  const spans: CoveredSpans = [coveredA, coveredB];
  known.push([a, b, spans]);
  return spans;
}

/** Spans of `a` and `b` (relative to each sentence) covered by their common runs. */
function covered(
  link: KeptLink,
  a: number,
  b: number,
  entries: readonly Entry[],
  thresholds: RelationThresholds,
  caches: SpanCaches,
): CoveredSpans {
  if (link.covered) return a === link.a ? [link.covered.a, link.covered.b] : [link.covered.b, link.covered.a];
  if (link.tiles !== undefined && a === link.a) {
    // The runs found when the pair was scored, in the same orientation: no second scoring.
    return tileSpans(entries[a]!.prepared, entries[b]!.prepared, link.tiles, caches);
  }
  const evidence = comparePrepared(entries[a]!.prepared, entries[b]!.prepared, { thresholds }).evidence;
  return [evidence.coveredA, evidence.coveredB];
}

/** One {@link AlignmentGroup} per group of step 8, with ids `g1`, `g2`, ... in canonical order; changes are typed later. */
export function groupRecords(
  entries: readonly Entry[],
  groups: readonly (readonly number[])[],
  links: readonly (readonly KeptLink[])[],
  moved: ReadonlySet<number>,
  sourceIds: readonly string[],
  thresholds: RelationThresholds,
): AlignmentGroup[] {
  const caches: SpanCaches = { maps: new Map(), covered: new Map() };
  return groups.map((members, g) => {
    const position = new Map(members.map((m, k) => [m, k]));
    const perSource = new Map<number, number>();
    for (const m of members) perSource.set(entries[m]!.source, (perSource.get(entries[m]!.source) ?? 0) + 1);
    const groupMembers: GroupMember[] = members.map((m) => {
      const e = entries[m]!;
      return {
        ...refOf(e),
        index: e.index,
        position: relativePosition(e),
        moved: moved.has(m),
        split: (perSource.get(e.source) ?? 0) > 1,
      };
    });
    const groupLinks: GroupLink[] = links[g]!.map((l): GroupLink => {
      const [a, b] = position.get(l.a)! <= position.get(l.b)! ? [l.a, l.b] : [l.b, l.a];
      const [ca, cb] = covered(l, a, b, entries, thresholds, caches);
      return {
        a: position.get(a)!,
        b: position.get(b)!,
        score: l.score,
        relation: l.relation,
        contextual: l.contextual,
        coveredA: toOriginal(ca, a, entries, caches),
        coveredB: toOriginal(cb, b, entries, caches),
        changes: [],
      };
    });
    groupLinks.sort((p, q) => p.a - q.a || p.b - q.b);
    const relation = groupLinks.reduce<Relation>(
      (best, l) => (RELATION_RANK[l.relation] > RELATION_RANK[best] ? l.relation : best),
      'unrelated',
    );
    return {
      id: `g${g + 1}`,
      relation,
      shape: [...perSource.values()].some((n) => n > 1) ? 'one-to-many' : 'one-to-one',
      sources: [...perSource.keys()].sort((p, q) => p - q).map((s) => sourceIds[s]!),
      members: groupMembers,
      links: groupLinks,
    };
  });
}
