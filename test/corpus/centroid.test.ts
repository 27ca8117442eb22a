import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Centroid } from '../../src/corpus/centroid';
import {
  centroidCosine,
  FeatureLookup,
  featureCosine,
  lookupCosine,
  type SharedFeatures,
  SlotSharedFeatures,
  sharedByGroup,
} from '../../src/corpus/decide';

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

describe('FeatureLookup', () => {
  /** Story features as hashFeatures makes them: distinct hashes (from a small range, so that they meet), float32 weights. */
  const features = fc
    .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0.01, max: 20, noNaN: true })), {
      selector: ([h]) => h,
      maxLength: 64,
    })
    .map((entries) => {
      const weights = Float32Array.from(entries, ([, w]) => w);
      let squares = 0;
      for (const w of weights) squares += w * w;
      return { hashes: Uint32Array.from(entries, ([h]) => h), weights, norm: Math.sqrt(squares) };
    });

  it('gives the cosines centroidCosine and featureCosine give, to the last bit', () => {
    fc.assert(
      fc.property(features, features, (article, stored) => {
        const lookup = new FeatureLookup(article);
        // A centroid of the stored features, in their order.
        const centroid = Centroid.from(stored.hashes, stored.weights);
        const norm = centroid.norm();
        const viaCentroid = article.norm === 0 || norm === 0 ? 0 : centroid.dot(lookup) / (norm * article.norm);
        expect(viaCentroid).toBe(centroidCosine(article, centroid, norm));
        const viaLookup = lookupCosine(lookup, stored.hashes, stored.weights, stored.hashes.length, stored.norm);
        expect(viaLookup).toBe(featureCosine(article, stored));
        // The lookup is reused: a second pass gives the same.
        expect(lookupCosine(lookup, stored.hashes, stored.weights, stored.hashes.length, stored.norm)).toBe(viaLookup);
        for (let k = 0; k < article.hashes.length; k++) expect(lookup.indexOf(article.hashes[k]!)).toBe(k);
        expect(lookup.indexOf(1000)).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('SlotSharedFeatures', () => {
  /** Every (group, dot, count) a SharedFeatures visits, in order. */
  const visits = (shared: SharedFeatures<number>) => {
    const out: [number, number, number][] = [];
    shared.forEachShared((g, dot, count) => out.push([g, dot, count]));
    return out;
  };

  it('visits the groups sharedByGroup gives, in the same order, with the same sums, call after call', () => {
    const slots = fc.integer({ min: 0, max: 40 });
    const call = fc.array(
      fc.tuple(fc.float({ min: Math.fround(0.01), max: 50, noNaN: true }), fc.array(slots, { maxLength: 12 })),
      { maxLength: 16 },
    );
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 4 }), (calls) => {
        // One reused instance across calls, as the in-memory index keeps it, starting smaller than the slots.
        const slot = new SlotSharedFeatures();
        for (const features of calls) {
          const weights = Float32Array.from(features, ([w]) => w);
          const f = { hashes: new Uint32Array(weights.length), weights, norm: 1 };
          const held = features.map(([, groups]) => groups);
          const from = new Int32Array(held.length + 1);
          const flat: number[] = [];
          held.forEach((groups, k) => {
            from[k] = flat.length;
            flat.push(...groups);
          });
          from[held.length] = flat.length;
          expect(visits(slot.fill(f, flat, from, 41))).toEqual(visits(sharedByGroup(f, held)));
        }
      }),
    );
  });
});
