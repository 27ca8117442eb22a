/**
 * Canonical forms of provenance and comparison JSON for order-invariance
 * tests: arrays that follow the input order are sorted by source id, and
 * direction verdicts are oriented so that `a` is the smaller id.
 */
import type { Direction, Provenance } from '../../src/core/provenance';

const byJson = (x: unknown, y: unknown) => {
  const a = JSON.stringify(x);
  const b = JSON.stringify(y);
  return a < b ? -1 : a > b ? 1 : 0;
};

/** A direction with `a` the smaller id (the verdict flipped when the pair is turned round). */
export function orient(d: Direction): Direction {
  if (d.a <= d.b) return d;
  const flip = { 'a-to-b': 'b-to-a', 'b-to-a': 'a-to-b' } as const;
  const verdict = d.verdict === 'a-to-b' || d.verdict === 'b-to-a' ? flip[d.verdict] : d.verdict;
  return { ...d, a: d.b, b: d.a, verdict };
}

/** Provenance with every input-ordered list sorted by ids. */
export function canonicalProvenance(p: Provenance): unknown {
  return {
    kind: p.kind,
    sources: [...p.sources].sort(byJson),
    reuse: [...p.reuse].sort(byJson),
    directions: p.directions.map(orient).sort(byJson),
    graph: { nodes: [...p.graph.nodes].sort(byJson), edges: [...p.graph.edges].sort(byJson) },
    diagnostics: [...p.diagnostics].sort(byJson),
  };
}

/** The parsed `toJSON` output of a comparison, with input-ordered lists sorted by ids. */
export function canonicalComparisonJson(json: string): unknown {
  const c = JSON.parse(json) as Record<string, unknown>;
  const sorted = (key: string) => [...((c[key] as unknown[] | undefined) ?? [])].sort(byJson);
  return {
    ...c,
    sources: sorted('sources'),
    articles: sorted('articles'),
    diagnostics: sorted('diagnostics'),
    ...(c['provenance'] ? { provenance: canonicalProvenance(c['provenance'] as Provenance) } : {}),
  };
}
