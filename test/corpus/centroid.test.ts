import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Centroid } from '../../src/corpus/centroid';

/** The Map the centroid replaces, with the same pruning and norm. */
function mapModel(ops: readonly (readonly [number, number] | 'prune')[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const op of ops) {
    if (op === 'prune') {
      const heaviest = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 5);
      m.clear();
      for (const [h, v] of heaviest) m.set(h, v);
      continue;
    }
    const [h, delta] = op;
    const v = (m.get(h) ?? 0) + delta;
    if (v > 1e-9) m.set(h, v);
    else m.delete(h);
  }
  return m;
}

const op = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.integer({ min: 0, max: 30 }), fc.double({ min: -3, max: 3, noNaN: true })) },
  { weight: 1, arbitrary: fc.constant('prune' as const) },
);

describe('Centroid', () => {
  it('holds the entries of the Map it replaces, in the same order, with the same norm', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const c = new Centroid(2);
        for (const o of ops) {
          if (o === 'prune') {
            c.keepHeaviest(5);
            continue;
          }
          const [h, delta] = o;
          const v = (c.get(h) ?? 0) + delta;
          if (v > 1e-9) c.set(h, v);
          else c.delete(h);
        }
        const m = mapModel(ops);
        expect([...c.hashList()]).toEqual([...m.keys()]);
        expect([...c.weightList()]).toEqual([...m.values()]);
        let squares = 0;
        for (const v of m.values()) squares += v * v;
        expect(c.norm()).toBe(Math.sqrt(squares));
        expect(Centroid.from(c.hashList(), c.weightList()).norm()).toBe(c.norm());
      }),
      { numRuns: 500 },
    );
  });
});
