// The pair bookkeeping of alignSources on many sources, checked against the plain computation: the statistics
// of every pair that shares a group (dense arrays up to 1,024 sources, a hash table above), and the strongest
// peers kept per source when there are too many pairs to list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundPairs, FULL_PAIRS_LIMIT, PEERS_PER_SOURCE } from '../../src/align/pairs';
import { pairStatistics } from '../../src/align/steps/10-pair-stats';
import type { Entry } from '../../src/align/steps/types';
import type { SourcePair } from '../../src/core/types';

/** Groups of sentence entries, each entry only its source (what the statistics read). */
function entriesOf(groups: readonly (readonly number[])[]): { entries: Entry[]; members: number[][] } {
  const entries: Entry[] = [];
  const members = groups.map((sources) =>
    sources.map((source) => {
      entries.push({ source } as Entry);
      return entries.length - 1;
    }),
  );
  return { entries, members };
}

/** The same statistics computed pair by pair. */
function plainStatistics(groups: readonly (readonly number[])[]) {
  const stats = new Map<string, { x: number; y: number; shared: number; coveredX: number; coveredY: number }>();
  for (const sources of groups) {
    const count = new Map<number, number>();
    for (const s of sources) count.set(s, (count.get(s) ?? 0) + 1);
    const distinct = [...count.keys()].sort((a, b) => a - b);
    for (let i = 0; i < distinct.length; i++)
      for (let j = i + 1; j < distinct.length; j++) {
        const [x, y] = [distinct[i]!, distinct[j]!];
        const stat = stats.get(`${x}/${y}`) ?? { x, y, shared: 0, coveredX: 0, coveredY: 0 };
        stat.shared++;
        stat.coveredX += count.get(x)!;
        stat.coveredY += count.get(y)!;
        stats.set(`${x}/${y}`, stat);
      }
  }
  return [...stats.values()].sort((a, b) => a.x - b.x || a.y - b.y);
}

describe('pairStatistics', () => {
  for (const sourceCount of [40, 3000]) {
    it(`counts every sharing pair as the pair-by-pair computation does (${sourceCount} sources)`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(fc.integer({ min: 0, max: sourceCount - 1 }), { minLength: 1, maxLength: 60 }), {
            maxLength: 30,
          }),
          (groups) => {
            const { entries, members } = entriesOf(groups);
            expect(pairStatistics(entries, members, sourceCount)).toEqual(plainStatistics(groups));
          },
        ),
        { numRuns: 40 },
      );
    });
  }
});

describe('boundPairs', () => {
  it('keeps each source’s strongest peers, as sorting each source’s pairs would', () => {
    // 260 sources, each pair sharing 1 to 3 groups with coverages on a coarse grid: many ties, broken by ids.
    const ids = Array.from({ length: 260 }, (_, i) => `s${String(i).padStart(3, '0')}`);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        let state = seed;
        const next = () => {
          state = (Math.imul(state, 1103515245) + 12345) >>> 0;
          return state / 2 ** 32;
        };
        const pairs: SourcePair[] = [];
        for (let a = 0; a < ids.length; a++)
          for (let b = a + 1; b < ids.length; b++)
            pairs.push({
              a: ids[a]!,
              b: ids[b]!,
              sharedGroups: 1 + Math.floor(next() * 3),
              coverageA: Math.floor(next() * 4) / 4,
              coverageB: Math.floor(next() * 4) / 4,
            });
        expect(pairs.length).toBeGreaterThan(FULL_PAIRS_LIMIT);
        const stronger = (x: SourcePair, y: SourcePair) =>
          y.sharedGroups - x.sharedGroups ||
          Math.max(y.coverageA, y.coverageB) - Math.max(x.coverageA, x.coverageB) ||
          (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) ||
          (x.b < y.b ? -1 : x.b > y.b ? 1 : 0);
        const keep = new Set<SourcePair>();
        for (const id of ids) {
          const mine = pairs.filter((p) => p.a === id || p.b === id).sort(stronger);
          for (const p of mine.slice(0, PEERS_PER_SOURCE)) keep.add(p);
        }
        const bounded = boundPairs(pairs);
        expect(bounded.pairs).toEqual(pairs.filter((p) => keep.has(p)));
        expect(bounded.diagnostic?.code).toBe('pairs-bounded');
      }),
      { numRuns: 3 },
    );
  });
});
