import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSources } from '../../src/align/align-sources';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { traceProvenance } from '../../src/provenance/trace-provenance';
import { canonicalProvenance } from './canonical';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
// Body paragraphs of seed 002 (Reuters), 004 (NBC, another story) and 000 (Moscow Times).
const body002 = seed('002_7110f737bd6dd67c.txt').split('\n\n').slice(3, 17);
const body004 = seed('004_655f926c6bc98a33.txt').split('\n\n').slice(3, 19);
const body000 = seed('000_ee71417b7566bb94.txt').split('\n\n').slice(3, 10);
const wireText = ['Kim to attend Moscow celebrations', `SEOUL (Reuters) - ${body002[0]}`, ...body002.slice(1)].join(
  '\n\n',
);
// A wire story, a verbatim mirror of it, and two partial copies: some of its
// paragraphs plus text of other stories.
const inputs = [
  { id: 'wire', text: wireText },
  { id: 'mirror', text: wireText },
  { id: 'part1', text: ['Kim heads to Russia', ...body002.slice(0, 5), ...body004.slice(0, 6)].join('\n\n') },
  { id: 'part2', text: ['Kim and Putin', ...body000.slice(0, 3), ...body002.slice(4, 9)].join('\n\n') },
];
// The same without the agency dateline: nothing but the texts decides.
const plain = inputs.map((x) => ({ ...x, text: x.text.replace('SEOUL (Reuters) - ', '') }));

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('case 6: provenance does not depend on the order of the sources', () => {
  it.each([
    ['with the agency dateline', inputs],
    ['texts only', plain],
  ])(
    'gives one graph and one set of verdicts for every order of a wire story, its mirror and two partial copies (%s)',
    (_name, list) => {
      const articles = list.map((x) => normalizeArticle(x));
      const expected = canonicalProvenance(traceProvenance(articles));
      for (const order of permutations(articles)) {
        expect(canonicalProvenance(traceProvenance(order))).toEqual(expected);
      }
    },
  );

  it('has no duplicate edge, and a mirror tie is broken by source id', () => {
    for (const order of [plain, [...plain].reverse()]) {
      const p = alignSources(order).provenance!;
      const keys = p.graph.edges.map((e) => `${e.from} ${e.to} ${e.kind}`);
      expect(new Set(keys).size).toBe(keys.length);
      // wire and mirror carry the same text: the edge between them points to the smaller id.
      const between = p.graph.edges.filter(
        (e) => [e.from, e.to].sort().join() === 'src:mirror,src:wire' && e.kind === 'derived-from',
      );
      expect(between.map((e) => [e.from, e.to])).toEqual([['src:wire', 'src:mirror']]);
    }
  });

  it('keeps directions in input order, each verdict turned with its pair', () => {
    const articles = plain.map((x) => normalizeArticle(x));
    const forward = traceProvenance(articles);
    const backward = traceProvenance([...articles].reverse());
    for (const d of forward.directions) {
      const e = backward.directions.find((x) => x.a === d.b && x.b === d.a)!;
      const turned = d.verdict === 'a-to-b' ? 'b-to-a' : d.verdict === 'b-to-a' ? 'a-to-b' : d.verdict;
      expect(e.verdict).toBe(turned);
      expect(e.reasons).toEqual(d.reasons);
      expect(e.confidence).toBe(d.confidence);
    }
  });
});
