import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/core/errors';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { classifyShare, DERIVATION_THRESHOLDS } from '../../src/provenance/classes';
import { findCitations } from '../../src/provenance/find-citations';
import { traceProvenance } from '../../src/provenance/trace-provenance';
import { findWireEvidence } from '../../src/provenance/wire-evidence';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
// Body paragraphs of seed 002 (Reuters) and 004 (NBC, a different story), as written.
const body002 = seed('002_7110f737bd6dd67c.txt').split('\n\n').slice(3, 17);
const body004 = seed('004_655f926c6bc98a33.txt').split('\n\n').slice(3, 19);
const wireText = ['Kim to attend Moscow celebrations', `SEOUL (Reuters) - ${body002[0]}`, ...body002.slice(1)].join(
  '\n\n',
);
const credit = '(Reporting by Jack Kim; Editing by Robert Birsel)';

describe('traceProvenance on derived copies of seed text', () => {
  it('finds a cut, re-headlined copy wholly derived from the wire story, and the direction', () => {
    const wire = normalizeArticle({ id: 'wire', text: wireText });
    const copy = normalizeArticle({
      id: 'copy',
      text: ['Kim heads to Russia', ...body002.slice(0, 8), credit].join('\n\n'),
    });
    const p = traceProvenance([wire, copy]);
    const r = p.reuse.find((x) => x.source === 'wire' && x.target === 'copy')!;
    expect(r.class).toBe('wholly-derived');
    expect(r.shareChars).toBeGreaterThan(0.95);
    expect(r.shareSentences).toBe(1);
    const back = p.reuse.find((x) => x.source === 'copy' && x.target === 'wire')!;
    expect(back.shareChars).toBeLessThan(r.shareChars);
    expect(p.directions[0]).toMatchObject({ a: 'wire', b: 'copy', verdict: 'a-to-b' });
    expect(p.graph.edges).toContainEqual(
      expect.objectContaining({ from: 'src:copy', to: 'src:wire', kind: 'derived-from', class: 'wholly-derived' }),
    );
    // Passages point into each original.
    for (const passage of r.passages) {
      expect(copy.original.slice(passage.target.start, passage.target.end).length).toBeGreaterThan(0);
      expect(wire.original.slice(passage.source.start, passage.source.end)).toContain(
        copy.original.slice(passage.target.start, passage.target.start + 20),
      );
    }
  });

  it('finds a copy padded with another story partially derived from each, and publishedAt decides direction', () => {
    const wire = normalizeArticle({ id: 'wire', text: wireText, publishedAt: '2015-01-28T08:00:00Z' });
    const other = normalizeArticle({ id: 'other', text: ['Putin and Kim', ...body004].join('\n\n') });
    const mixed = normalizeArticle({
      id: 'mixed',
      text: ['Kim and Putin', ...body002.slice(0, 4), ...body004.slice(0, 5)].join('\n\n'),
      publishedAt: '2015-01-28T12:00:00Z',
    });
    const p = traceProvenance([wire, other, mixed]);
    const fromWire = p.reuse.find((x) => x.source === 'wire' && x.target === 'mixed')!;
    const fromOther = p.reuse.find((x) => x.source === 'other' && x.target === 'mixed')!;
    expect(fromWire.class).toBe('partially-derived');
    expect(fromOther.class).toBe('partially-derived');
    expect(fromWire.shareChars + fromOther.shareChars).toBeGreaterThan(0.95);
    const d = p.directions.find((x) => x.a === 'wire' && x.b === 'mixed')!;
    expect(d.verdict).toBe('a-to-b');
    expect(d.reasons[0]).toContain('published first');
    expect(p.directions.find((x) => x.a === 'wire' && x.b === 'other')!.verdict).toBe('unrelated');
  });

  it('calls two outlets carrying the same wire story with its credit a common source', () => {
    const one = normalizeArticle({ id: 'one', text: ['Kim to visit', ...body002.slice(0, 9), credit].join('\n\n') });
    const two = normalizeArticle({ id: 'two', text: ['Kim to go', ...body002.slice(0, 7), credit].join('\n\n') });
    const p = traceProvenance([one, two]);
    expect(p.directions[0]).toMatchObject({ verdict: 'common-source', commonSource: 'Reuters' });
    expect(p.graph.edges.filter((e) => e.to === 'agency:Reuters' && e.kind === 'derived-from')).toHaveLength(2);
  });

  it('reports a single source as a diagnostic, and throws for bad input', () => {
    const one = normalizeArticle({ id: 'one', text: wireText });
    expect(traceProvenance([one]).diagnostics.map((d) => d.code)).toEqual(['single-source']);
    const codes: string[] = [];
    for (const call of [
      () => traceProvenance('x' as never),
      () => traceProvenance([one, one]),
      () => traceProvenance([one], { reuse: { shingle: 0 } }),
      () => findCitations({} as never),
      () => findWireEvidence(null as never),
    ]) {
      try {
        call();
      } catch (error) {
        if (isCopydeskError(error)) codes.push(error.code);
      }
    }
    expect(codes).toEqual([
      'ERR_INVALID_INPUT',
      'ERR_DUPLICATE_ID',
      'ERR_INVALID_OPTION',
      'ERR_INVALID_INPUT',
      'ERR_INVALID_INPUT',
    ]);
  });
});

describe('wire evidence and citations on small texts', () => {
  it('finds AP credits left in the text and URL wire sections', () => {
    const a = normalizeArticle({
      text: 'Storm hits coast\n\nMIAMI (AP) — The storm hit the coast on Monday, officials said.\n\nCopyright 2015 The Associated Press. All rights reserved.',
      url: 'https://www.example.com/news/ap-storm-hits-coast',
    });
    const kinds = findWireEvidence(a).map((e) => [e.kind, e.agency]);
    expect(kinds).toContainEqual(['dateline', 'AP']);
    expect(kinds).toContainEqual(['credit-line', 'AP']);
    expect(kinds).toContainEqual(['url', 'AP']);
  });

  it('counts named outlets with a reporting cue, not unnamed ones', () => {
    const a = normalizeArticle(
      'Kim visit\n\nThe visit is set, Yonhap said. The newspaper said it was a surprise. According to TASS, the date is fixed. The Korea Herald newspaper reported the same. Tourists like Seoul and CNN is a channel.',
    );
    expect(findCitations(a).map((c) => [c.name, c.kind, c.cue])).toEqual([
      ['Yonhap', 'wire', 'said'],
      ['TASS', 'wire', 'according to'],
      ['Korea Herald', 'unknown', 'reported'],
    ]);
  });

  it('classifies shares with the documented thresholds', () => {
    expect(classifyShare(DERIVATION_THRESHOLDS.wholly)).toBe('wholly-derived');
    expect(classifyShare(DERIVATION_THRESHOLDS.wholly - 0.01)).toBe('partially-derived');
    expect(classifyShare(DERIVATION_THRESHOLDS.partially)).toBe('partially-derived');
    expect(classifyShare(DERIVATION_THRESHOLDS.partially - 0.01)).toBe('non-derived');
  });
});
