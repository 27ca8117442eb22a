/**
 * Direction and common source stated with the evidence they read, direction
 * from the derived share (verbatim and rewritten), quotations paired over
 * sentences, and pages that are not articles kept out of every derived pair
 * (issue 13).
 */
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { traceProvenance } from '../../src/provenance/trace-provenance';
import { provenanceStatements } from '../../src/report/statements';
import { REWRITE, SOURCE } from './council';

describe('direction from the derived share, with its evidence', () => {
  for (const [sourceId, copyId] of [
    ['council', 'weekly'],
    ['wire', 'blog'],
  ] as const) {
    it(`finds that the rewrite takes from the story (ids ${sourceId}, ${copyId}) and says why`, () => {
      const a = normalizeArticle({ id: sourceId, text: SOURCE });
      const b = normalizeArticle({ id: copyId, text: REWRITE });
      const p = traceProvenance([a, b]);
      const taken = p.reuse.find((r) => r.source === sourceId)!;
      expect(taken.verbatimShare).toBeLessThan(0.15);
      expect(taken.class).not.toBe('non-derived');
      const d = p.directions[0]!;
      expect(d).toMatchObject({ a: sourceId, b: copyId, verdict: 'a-to-b' });
      // The evidence read: the derived shares both ways and the sentences the source has that the copy lacks.
      const why = d.reasons.join(' ');
      expect(why).toMatch(/verbatim and rewritten/);
      expect(why).toMatch(new RegExp(`${sourceId} has [1-9]\\d* sentence\\(s\\) that ${copyId} lacks`));
      // The graph edge carries the derived share, not the verbatim one.
      const edge = p.graph.edges.find((e) => e.from === `src:${copyId}` && e.to === `src:${sourceId}`)!;
      expect(edge.share).toBe(taken.derivedShare);
    });
  }

  it('quotes both publication times and the credits it read', () => {
    const wire = normalizeArticle({
      id: 'wire',
      text: SOURCE.replace('The Harbour', 'LONDON (Reuters) - The Harbour'),
      publishedAt: '2026-03-01T08:00:00Z',
    });
    const copy = normalizeArticle({
      id: 'copy',
      text: `${REWRITE}\n\n(Reporting by Jane Doe; Editing by John Roe)`,
      publishedAt: '2026-03-01T11:30:00Z',
    });
    const d = traceProvenance([wire, copy]).directions[0]!;
    expect(d.verdict).toBe('a-to-b');
    expect(d.reasons[0]).toBe('wire was published first (2026-03-01T08:00:00.000Z; copy at 2026-03-01T11:30:00.000Z)');
    expect(d.reasons.join(' ')).toMatch(/Reuters' own story \(dateline "LONDON \(Reuters\) -"\)/);
  });

  it('names the credit each text carries when both carry the same agency copy', () => {
    const credit = '(Reporting by Jane Doe; Editing by John Roe)';
    const body = SOURCE.split('\n\n').slice(1, 7);
    const a = normalizeArticle({
      id: 'a',
      text: ['Pier to close', ...body, credit].join('\n\n'),
      url: 'https://a.example/pier',
    });
    const b = normalizeArticle({
      id: 'b',
      text: ['Pier vote', ...body.slice(0, 5), credit].join('\n\n'),
      url: 'https://b.example/pier',
    });
    const d = traceProvenance([a, b]).directions[0]!;
    expect(d.verdict).toBe('common-source');
    expect(d.reasons[0]).toMatch(/both credit Reuters \(a: credit-line "\(Reporting by/);
    expect(d.reasons[0]).toMatch(/; b: credit-line "/);
  });
});

describe('quotations apart, over sentences', () => {
  it('pairs quotation marks paragraph by paragraph: a statement quoted over two sentences is a shared quote', () => {
    const statement =
      'Although our products are non toxic, we do not recommend using them to make lipstick, eyeliner or other make up. They are not designed, tested or approved for this purpose.';
    const a = normalizeArticle({
      id: 'a',
      text: `Crayon make-up warning\n\nBeauty bloggers have been showing fans how to turn coloured pencils into eyeliner.\n\n‘${statement}’\n\nThe videos have been watched millions of times.`,
    });
    const b = normalizeArticle({
      id: 'b',
      text: `Crayola warns bloggers\n\nThe art supply company responded on its website.\n\n"${statement}"\n\nThe company said safety was its top priority.`,
    });
    const r = traceProvenance([a, b]).reuse.find((x) => x.source === 'a')!;
    expect(r.passages).toHaveLength(1);
    expect(r.sharedQuotes).toHaveLength(1);
    expect(r.verbatimShare).toBe(0);
    expect(r.class).toBe('non-derived');
    expect(r.reasons![0]).toMatch(/quoted speech/);
    // The report says so in words.
    const [st] = provenanceStatements(traceProvenance([a, b]));
    expect(st?.text).toMatch(/quote the same words .* neither derives from the other/);
  });
});

// Cluster 140 of multi-news-dev holds this notice twice; it is not an article.
const NOTICE =
  'Tweet with a location\n\nYou can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history. Learn more';

describe('a page flagged not-article is in no derived pair', () => {
  it('gives it no share, no direction but unrelated, no edge, beside a real copy', () => {
    const sources = [
      normalizeArticle({ id: 'n1', text: NOTICE }),
      normalizeArticle({ id: 'story', text: SOURCE }),
      normalizeArticle({ id: 'n2', text: NOTICE }),
      normalizeArticle({ id: 'copy', text: SOURCE.split('\n\n').slice(0, 7).join('\n\n') }),
    ];
    const flagged = sources.filter((a) => a.diagnostics.some((d) => d.code === 'not-article')).map((a) => a.id);
    expect(flagged).toEqual(['n1', 'n2']);
    const p = traceProvenance(sources);
    for (const r of p.reuse) {
      if (flagged.includes(r.source) || flagged.includes(r.target)) {
        expect(r).toMatchObject({ class: 'non-derived', shareChars: 0, derivedShare: 0, passages: [] });
      }
    }
    for (const d of p.directions) {
      if (flagged.includes(d.a) || flagged.includes(d.b)) expect(d.verdict).toBe('unrelated');
    }
    expect(p.graph.edges.filter((e) => flagged.some((id) => e.from === `src:${id}` || e.to === `src:${id}`))).toEqual(
      [],
    );
    // The real copy is still found.
    expect(p.reuse.find((r) => r.source === 'story' && r.target === 'copy')?.class).toBe('wholly-derived');
    expect(p.diagnostics.filter((d) => d.code === 'not-article').map((d) => d.source)).toEqual(['n1', 'n2']);
  });
});
