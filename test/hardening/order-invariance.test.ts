/**
 * Acceptance point 3 of the hardening issue: the order in which sources are
 * given changes nothing. For any set of inputs and any permutation of it,
 * `alignSources` gives the same groups, the same provenance and the same
 * `toJSON` output, once the lists that follow the input order are sorted by
 * source id (ids are fixed per input).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSources } from '../../src/align/align-sources';
import { toJSON } from '../../src/report/to-json';
import { seedFiles } from '../fixtures/seeds';
import { canonicalComparisonJson, canonicalProvenance } from '../provenance/canonical';

const seeds = seedFiles.map((s) => s.text);
// Real paragraphs of the five seed articles (headlines, body, furniture), and their sentences.
const paragraphs = seeds.flatMap((s) => s.split('\n\n')).filter((p) => p.trim().length > 0);
const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/)).filter((s) => s.length > 20);

const paragraph = fc.constantFrom(...paragraphs);
const sentence = fc.constantFrom(...sentences);
/** A text: seed paragraphs, sentences of several seeds mixed, a repeated piece, or next to nothing. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n\n')) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
      .map((ps) => ps.map((p) => p.join(' ')).join('\n\n')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(sentence, fc.integer({ min: 2, max: 30 }), fc.constantFrom(' ', '\n\n'))
      .map(([s, n, sep]) => Array.from({ length: n }, () => s).join(sep)),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n', 'Advertisement', '.', 'U.S. U.S. U.S.') },
);
/** Two to five inputs with fixed ids; some are verbatim mirrors of an earlier one. */
const inputs = fc
  .array(fc.tuple(text, fc.option(fc.nat(), { nil: undefined })), { minLength: 2, maxLength: 5 })
  .map((drawn) => {
    const texts: string[] = [];
    for (const [t, mirrorOf] of drawn)
      texts.push(mirrorOf !== undefined && texts.length > 0 ? texts[mirrorOf % texts.length]! : t);
    return texts.map((t, i) => ({ id: `s${i}`, text: t }));
  });
/** Inputs and a permutation of them (random sort keys). */
const permuted = inputs.chain((list) =>
  fc.array(fc.double({ noNaN: true }), { minLength: list.length, maxLength: list.length }).map((keys) => ({
    list,
    order: list
      .map((x, i) => ({ x, k: keys[i]! }))
      .sort((p, q) => p.k - q.k)
      .map((p) => p.x),
  })),
);

describe('order invariance of alignSources (acceptance 3)', () => {
  it('gives the same groups, provenance and JSON for any order of the inputs', () => {
    fc.assert(
      fc.property(permuted, ({ list, order }) => {
        const a = alignSources(list);
        const b = alignSources(order);
        expect(b.groups).toEqual(a.groups);
        expect(canonicalProvenance(b.provenance!)).toEqual(canonicalProvenance(a.provenance!));
        expect(canonicalComparisonJson(toJSON(b))).toEqual(canonicalComparisonJson(toJSON(a)));
      }),
      { numRuns: 60, seed: 20150128 },
    );
  });

  it('gives the same result for two inputs in either order', () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        const a = alignSources([
          { id: 'x', text: x },
          { id: 'y', text: y },
        ]);
        const b = alignSources([
          { id: 'y', text: y },
          { id: 'x', text: x },
        ]);
        expect(canonicalComparisonJson(toJSON(b))).toEqual(canonicalComparisonJson(toJSON(a)));
      }),
      { numRuns: 40, seed: 19 },
    );
  });
});
