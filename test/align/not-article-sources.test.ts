import { describe, expect, it } from 'vitest';
import { alignSources, normalizeArticle, traceProvenance } from '../../src/index';

// Cluster 140 of the Multi-News development sample holds this notice twice (docs 0 and 2,
// also 208/2 and 208/3): before issue 12 the two were reported as wholly derived from each other.
const NOTICE =
  'Tweet with a location\n\nYou can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history. Learn more';
// Cluster 97 docs 1 and 2 (also 91/1 and 91/3): a web-archive crawl notice, first two sentences.
const CRAWL =
  'These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to. That way, as the pages that are referenced are changed or taken from the web, a link to the version that was live when the page was written will be preserved.';

// Hand-written wire story and a copy of it.
const STORY = [
  'LONDON (Reuters) - Britain will raise the minimum wage by 6 percent next April, the finance minister said on Wednesday.',
  'The increase will lift pay for about two million workers, according to government estimates.',
  'Business groups said the rise would squeeze small employers already facing higher energy bills.',
].join('\n\n');
const COPY = [
  'Britain will raise the minimum wage by 6 percent next April, the finance minister said on Wednesday.',
  'The increase will lift pay for about two million workers, according to government estimates.',
  'Business groups said the rise would squeeze small employers already facing higher energy bills.',
].join('\n\n');

describe('alignSources and traceProvenance leave out pages that are not articles', () => {
  it('reports no group, pair or derived copy between two identical notices', () => {
    const c = alignSources([
      { id: 'a', text: NOTICE },
      { id: 'b', text: NOTICE },
    ]);
    expect(c.groups).toEqual([]);
    expect(c.pairs).toEqual([]);
    expect(c.duplicates).toEqual([]);
    // Both stay in the result, with their summaries and their articles.
    expect(c.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(c.articles.every((a) => a.diagnostics.some((d) => d.code === 'not-article'))).toBe(true);
    // An info diagnostic per source says it was left out and why; none calls it another story or empty.
    const left = c.diagnostics.filter((d) => d.code === 'not-article');
    expect(left.map((d) => [d.source, d.severity])).toEqual([
      ['a', 'info'],
      ['b', 'info'],
    ]);
    expect(left[0]?.message).toMatch(/left out of groups, pairs and provenance.*No authored prose/);
    const codes = c.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('unrelated-source');
    expect(codes).not.toContain('empty-source');
    // Provenance: no copy, no direction, no edge between them.
    const p = c.provenance!;
    expect(p.reuse.every((r) => r.class === 'non-derived' && r.shareChars === 0 && r.passages.length === 0)).toBe(true);
    expect(p.directions.every((d) => d.verdict === 'unrelated')).toBe(true);
    expect(p.graph.edges).toEqual([]);
  });

  it('aligns the articles of a cluster and leaves its notices out', () => {
    const c = alignSources([
      { id: 'wire', text: STORY },
      { id: 'crawl-1', text: CRAWL },
      { id: 'copy', text: COPY },
      { id: 'crawl-2', text: CRAWL },
    ]);
    expect(c.groups.length).toBe(3);
    for (const g of c.groups) expect(g.sources).toEqual(['copy', 'wire']);
    expect(c.pairs.map((p) => [p.a, p.b])).toEqual([['copy', 'wire']]);
    expect(c.unique.find((u) => u.source === 'crawl-1')?.sentences).toEqual([]);
    expect(c.diagnostics.filter((d) => d.code === 'not-article').map((d) => d.source)).toEqual(['crawl-1', 'crawl-2']);
    const p = c.provenance!;
    const derived = p.reuse.filter((r) => r.class !== 'non-derived');
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.every((r) => !r.source.startsWith('crawl') && !r.target.startsWith('crawl'))).toBe(true);
    const crawlEdges = p.graph.edges.filter((e) => e.from.startsWith('src:crawl') || e.to.startsWith('src:crawl'));
    expect(crawlEdges).toEqual([]);
  });

  it('notes the only article among notices as single-article, never as another story', () => {
    // Cluster 66 of the Multi-News development sample: a brief (doc 1) and a crawl notice (doc 0); with the notice
    // left out there is no other story to tell the brief apart from, and before this it was called unrelated-source.
    const c = alignSources([
      { id: 'wire', text: STORY },
      { id: 'crawl', text: CRAWL },
      { id: 'tweet', text: NOTICE },
    ]);
    const codes = c.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('unrelated-source');
    expect(codes).not.toContain('independent-coverage');
    const single = c.diagnostics.filter((d) => d.code === 'single-article');
    expect(single.map((d) => [d.source, d.severity])).toEqual([['wire', 'info']]);
    expect(single[0]?.message).toMatch(/nothing to align it with/);
  });

  it('still tells two articles apart when notices stand beside them', () => {
    const c = alignSources([
      { id: 'wire', text: STORY },
      { id: 'crawl', text: CRAWL },
      {
        id: 'other',
        text: 'The city council approved a new budget for the public library on Monday, officials said.\n\nThe plan adds weekend hours at three branches and hires two librarians, the mayor said.',
      },
    ]);
    const codes = c.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('single-article');
    expect(c.diagnostics.filter((d) => d.code === 'unrelated-source').map((d) => d.source)).toEqual(['other', 'wire']);
  });

  it('claims no wire attribution for a notice that names an agency', () => {
    const notice = normalizeArticle({
      id: 'notice',
      text: `${NOTICE}\n\n(Reporting by Jane Doe; Editing by John Roe)\n\nReuters`,
    });
    expect(notice.diagnostics.map((d) => d.code)).toContain('not-article');
    const p = traceProvenance([notice, normalizeArticle({ id: 'wire', text: STORY })]);
    const source = p.sources.find((s) => s.source === 'notice')!;
    expect(source.attribution).toBeUndefined();
    expect(source.evidence).toEqual([]);
    expect(source.citations).toEqual([]);
    expect(p.diagnostics.filter((d) => d.code === 'not-article').map((d) => [d.source, d.severity])).toEqual([
      ['notice', 'info'],
    ]);
    expect(p.diagnostics.map((d) => d.code)).not.toContain('empty-body');
  });
});
