import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSources } from '../../src/align/align-sources';
import { findCitations } from '../../src/provenance/find-citations';
import { traceProvenance } from '../../src/provenance/trace-provenance';
import gold from '../fixtures/seeds-normalize.json';

const dir = new URL('../../seeds/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const inputs = files.map((file) => ({ id: file, text: readFileSync(new URL(file, dir), 'utf8') }));
const comparison = alignSources(inputs);
const provenance = traceProvenance(comparison);
const golds = gold.articles as Record<string, { cites: string[] }>;
const file = (prefix: string) => files.find((f) => f.startsWith(prefix))!;
const source = (prefix: string) => provenance.sources.find((s) => s.source === file(prefix))!;

describe('traceProvenance on the seeds', () => {
  it('attributes 002 to Reuters, with its credit line and the KCNA/Reuters photo credit as evidence', () => {
    const s = source('002');
    expect(s.attribution?.agency).toBe('Reuters');
    const original = comparison.articles.find((a) => a.id === file('002'))!.original;
    const kinds = s.attribution!.evidence.map((e) => [e.kind, e.text]);
    expect(kinds).toContainEqual(['credit-line', '(Reporting by Jack Kim; Editing by Michael Perry, Robert Birsel)']);
    expect(kinds).toContainEqual(['photo-credit', 'KCNA/Reuters']);
    for (const e of s.attribution!.evidence) {
      if (e.span) expect(original.slice(e.span.start, e.span.end)).toBe(e.text);
    }
    // A Christian Science Monitor page in its wire section: a copy, not Reuters' own page.
    expect(s.attribution!.role).toBe('syndicated');
    expect(s.evidence.some((e) => e.kind === 'url' && /Latest-News-Wires/.test(e.text))).toBe(true);
    expect(provenance.graph.edges).toContainEqual(
      expect.objectContaining({ from: `src:${file('002')}`, to: 'agency:Reuters', kind: 'derived-from' }),
    );
  });

  it("attributes 001 to UPI as UPI's own story (dateline, staff byline)", () => {
    const s = source('001');
    expect(s.attribution?.agency).toBe('UPI');
    expect(s.attribution?.role).toBe('own');
    expect(s.attribution?.evidence[0]).toMatchObject({ kind: 'dateline', text: 'MOSCOW, March 19 (UPI) --' });
    const article = comparison.articles.find((a) => a.id === file('001'))!;
    expect(article.metadata.bylines[0]?.names).toEqual(['Elizabeth Shim']);
    // Own story: no derived-from edge to the agency.
    expect(provenance.graph.edges.some((e) => e.from === `src:${file('001')}` && e.kind === 'derived-from')).toBe(
      false,
    );
  });

  it('credits no agency for 000, 003 and 004', () => {
    for (const p of ['000', '003', '004']) expect(source(p).attribution).toBeUndefined();
  });

  it.each(files)('finds the citations of %s that the gold lists', (f) => {
    const expected = new Set(golds[f]!.cites);
    const got = new Set(source(f.slice(0, 3)).citations.map((c) => c.name));
    expect(got).toEqual(expected);
    // findCitations on the article alone gives the same.
    const article = comparison.articles.find((a) => a.id === f)!;
    expect(new Set(findCitations(article).map((c) => c.name))).toEqual(expected);
  });

  it('keeps citation spans and sentences pointing into the original', () => {
    for (const s of provenance.sources) {
      const original = comparison.articles.find((a) => a.id === s.source)!.original;
      for (const c of s.citations) {
        expect(original.slice(c.span.start, c.span.end)).toBe(c.span.text);
        expect(original.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
        expect(c.sentence.start <= c.span.start && c.span.end <= c.sentence.end).toBe(true);
      }
    }
  });

  it('has no wholly-derived edge among the seeds', () => {
    expect(provenance.reuse).toHaveLength(20);
    expect(provenance.reuse.some((r) => r.class === 'wholly-derived')).toBe(false);
    expect(provenance.graph.edges.some((e) => e.class === 'wholly-derived')).toBe(false);
  });

  it('finds 004 non-derived and unrelated to the other four', () => {
    const id = file('004');
    for (const r of provenance.reuse.filter((x) => x.source === id || x.target === id)) {
      expect(r.class).toBe('non-derived');
      expect(r.passages).toHaveLength(0);
    }
    for (const d of provenance.directions.filter((x) => x.a === id || x.b === id)) expect(d.verdict).toBe('unrelated');
  });

  it('finds the clause 000 and 002 share, with offsets into each original', () => {
    const r = provenance.reuse.find((x) => x.source === file('002') && x.target === file('000'))!;
    expect(r.passages).toHaveLength(1);
    const a000 = comparison.articles.find((a) => a.id === file('000'))!.original;
    const a002 = comparison.articles.find((a) => a.id === file('002'))!.original;
    const p = r.passages[0]!;
    expect(a000.slice(p.target.start, p.target.end)).toBe(
      "would be Kim's first foreign visit since taking the helm of the reclusive state in 2011",
    );
    expect(a002.slice(p.source.start, p.source.end)).toBe(
      "would be Kim's first foreign visit since taking power in the reclusive state in 2011",
    );
    // One clause of one sentence out of seven: non-derived.
    expect(r.shareChars).toBeGreaterThan(0.05);
    expect(r.shareChars).toBeLessThan(0.15);
    expect(r.class).toBe('non-derived');
  });
});
