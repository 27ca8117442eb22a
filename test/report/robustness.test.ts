// The renderers on inputs a user can really hand them: a comparison of 1,000 outlets, objects
// that are not comparisons, and text carrying binary junk (NUL and other control characters).
import {
  alignSources,
  type Comparison,
  isCopydeskError,
  normalizeArticle,
  provenanceStatements,
  splitSentences,
} from 'copydesk';
import { describe, expect, it } from 'vitest';
import type { Direction, PairReuse, Provenance } from '../../src/core/provenance';
import { toHTML } from '../../src/report/to-html';
import { toJSON } from '../../src/report/to-json';
import { toMarkdown } from '../../src/report/to-markdown';
import { seedComparison, seedFiles } from './seeds';

const RENDERERS = { toHTML, toMarkdown, toJSON } as const;

/** Small sources, each two sentences of the UPI seed: one wire story carried by many outlets. */
function manySources(count: number): { id: string; text: string }[] {
  const sentences = splitSentences(seedFiles[1]!.text)
    .map((s) => s.text)
    .filter((s) => s.length > 60);
  return Array.from({ length: count }, (_, i) => ({
    id: `outlet-${String(i).padStart(4, '0')}`,
    text: `${sentences[i % sentences.length]}\n\n${sentences[(i * 7 + 3) % sentences.length]}\n`,
  }));
}

describe('renderers on 1,000 sources', () => {
  const comparison = alignSources(manySources(1000), { provenance: false });

  it('the comparison is as large as the reports must handle: 1,000 sources, over 100,000 sharing pairs', () => {
    expect(comparison.sources).toHaveLength(1000);
    // The pairs are bounded to each source's 20 strongest peers, and the diagnostic counts them all.
    const bounded = comparison.diagnostics.find((d) => d.code === 'pairs-bounded');
    expect(Number(/^(\d+) pairs/.exec(bounded?.message ?? '')?.[1])).toBeGreaterThan(100_000);
    expect(comparison.pairs.length).toBeLessThanOrEqual(20 * 1000);
    const peers = new Map<string, number>();
    for (const p of comparison.pairs) for (const id of [p.a, p.b]) peers.set(id, (peers.get(id) ?? 0) + 1);
    expect(Math.min(...peers.values())).toBeGreaterThanOrEqual(20);
  });

  it('toMarkdown lists every source and every sharing pair (no stack overflow)', () => {
    const text = toMarkdown(comparison);
    const rows = text.split('\n');
    for (const s of comparison.sources) expect(text).toContain(`| ${s.id} | `);
    const sharing = comparison.pairs.filter((p) => p.sharedGroups > 0).length;
    const start = rows.indexOf('## What each pair of sources shares');
    const end = rows.findIndex((r, i) => i > start && r.startsWith('## '));
    expect(rows.slice(start, end).filter((r) => /^\| outlet-\d{4} \| outlet-\d{4} \|/.test(r))).toHaveLength(sharing);
    expect(rows.filter((r) => r.startsWith('### g'))).toHaveLength(comparison.groups.length);
  });

  it('toHTML shows 1,000 sources as the story view: one row per group, no column per source', () => {
    const page = toHTML(comparison);
    expect(page.match(/<section class="column"/g)).toBeNull();
    expect(page.match(/<section class="story-group"/g)).toHaveLength(comparison.groups.length);
    // Above 120 sources the matrix would be a million cells: the pairs table stands alone.
    expect(page).not.toContain('<table class="matrix">');
    expect(page.endsWith('</html>\n')).toBe(true);
  });

  it('toJSON round-trips', () => {
    const json = JSON.parse(toJSON(comparison, { indent: 0 })) as Comparison;
    expect(json.sources).toHaveLength(1000);
    expect(json.pairs).toHaveLength(comparison.pairs.length);
  });

  it('toMarkdown and toHTML render a provenance of 200,000 reuse rows and 100,000 pairs (450 sources)', () => {
    const ids = comparison.sources.slice(0, 450).map((s) => s.id);
    const reuse: PairReuse[] = [];
    for (const target of ids) {
      for (const source of ids) {
        if (source === target) continue;
        reuse.push({
          source,
          target,
          shareChars: 0.5,
          shareSentences: 0.5,
          derivedSentences: ['s1'],
          class: 'partially-derived',
          passages: [],
        });
      }
    }
    // One direction per pair: the second id takes from the first.
    const directions: Direction[] = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        directions.push({ a: ids[i]!, b: ids[j]!, verdict: 'a-to-b', confidence: 0.8, reasons: ['dates'] });
    const provenance: Provenance = {
      kind: 'provenance',
      sources: comparison.sources.map((s) => ({ source: s.id, evidence: [], citations: [] })),
      reuse,
      directions,
      graph: { nodes: comparison.sources.map((s) => ({ id: s.id, kind: 'source', label: s.id })), edges: [] },
      diagnostics: [],
    };
    // One statement per pair (101,025 pairs), the same in both reports.
    const text = toMarkdown(comparison, { provenance });
    expect(text.split('\n').filter((r) => r.includes("'s body, partially-derived |"))).toHaveLength(directions.length);
    const page = toHTML(comparison, { provenance });
    expect(page.match(/&#39;s body, partially-derived<\/td>/g)).toHaveLength(directions.length);
    expect(page.match(/<g class="node-source">/g)).toHaveLength(1000);
  });
});

describe('renderers refuse what is not a comparison', () => {
  const comparison = seedComparison();
  const without = (key: keyof Comparison): unknown => {
    const copy: Record<string, unknown> = { ...comparison };
    delete copy[key];
    return copy;
  };
  const cases: Record<string, unknown> = {
    null: null,
    undefined: undefined,
    'a string': 'comparison',
    'an article': normalizeArticle({ id: 'a', text: seedFiles[0]!.text }),
    'no unique': without('unique'),
    'no sources': without('sources'),
    'no groups': without('groups'),
    'no pairs': without('pairs'),
    'no settings': without('settings'),
    'no diagnostics': without('diagnostics'),
    'unique is null': { ...comparison, unique: null },
    'a group is null': { ...comparison, groups: [null] },
    'a member without source': {
      ...comparison,
      groups: comparison.groups.map((g, i) =>
        i === 0 ? { ...g, members: g.members.map(({ source: _s, ...m }) => m) } : g,
      ),
    },
    'an article is a number': { ...comparison, articles: [1, ...comparison.articles.slice(1)] },
    'an article without sentences': {
      ...comparison,
      articles: comparison.articles.map(({ sentences: _s, ...a }) => a),
    },
  };

  for (const [fn, render] of Object.entries(RENDERERS)) {
    for (const [name, value] of Object.entries(cases)) {
      it(`${fn}: ${name} is ERR_INVALID_INPUT, not a TypeError`, () => {
        let caught: unknown;
        try {
          render(value as Comparison);
        } catch (error) {
          caught = error;
        }
        expect(isCopydeskError(caught)).toBe(true);
        expect((caught as { code: string }).code).toBe('ERR_INVALID_INPUT');
        expect((caught as Error).message).toMatch(new RegExp(`^${fn} expects a Comparison from alignSources`));
      });
    }
  }

  it('names what is wrong and where', () => {
    expect(() => toMarkdown(without('unique') as Comparison)).toThrow(
      'toMarkdown expects a Comparison from alignSources: comparison.unique should be an array, got undefined.',
    );
    expect(() => toHTML({ ...comparison, groups: [null] } as unknown as Comparison)).toThrow(
      'toHTML expects a Comparison from alignSources: comparison.groups[0] should be an object, got null.',
    );
  });

  it('toJSON refuses a comparison that contains itself', () => {
    const looped: Record<string, unknown> = { ...comparison, diagnostics: [] };
    (looped['settings'] as Record<string, unknown>) = { ...comparison.settings, self: looped };
    expect(() => toJSON(looped as unknown as Comparison)).toThrow(/contains itself/);
  });
});

describe('no control character reaches a report', () => {
  // Binary junk inside real text: what a wrong encoding or a truncated download leaves.
  const junk = '\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0080\u009f';
  const base = seedFiles[1]!.text;
  const at = base.indexOf('Speculation');
  const comparison = alignSources(
    [
      {
        id: `upi${junk}`,
        outlet: `United${junk}Press`,
        text: `${base.slice(0, at)}Specu${junk}lation${base.slice(at + 11)}`,
      },
      { id: 'other', text: seedFiles[1]!.text },
    ],
    { provenance: false },
  );
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

  it('the input carries them, and normalize reports the drop', () => {
    expect(comparison.articles[0]!.original).toContain(junk);
    expect(comparison.articles[0]!.diagnostics.map((d) => d.code)).toContain('control-characters');
  });

  it('toHTML and toMarkdown drop them; the words around them stay', () => {
    for (const out of [toHTML(comparison), toMarkdown(comparison)]) {
      expect(out).not.toMatch(CONTROL);
      expect(out).toContain('Speculation');
      expect(out).toContain('UnitedPress');
    }
  });

  it('toJSON escapes them (DEL and C1 too), so the JSON still holds the original text exactly', () => {
    const json = toJSON(comparison);
    expect(json).not.toMatch(CONTROL);
    expect(json).toContain('\\u0000\\u0001\\u0007\\b\\u000b\\f\\u000e\\u001b\\u001f\\u007f\\u0080\\u009f');
    expect((JSON.parse(json) as Comparison).articles[0]!.original).toBe(comparison.articles[0]!.original);
  });
});

describe('renderer options and provenanceStatements arguments are checked (an audit)', () => {
  const comparison = seedComparison();
  const codeOf = (f: () => unknown): unknown => {
    try {
      f();
    } catch (error) {
      return isCopydeskError(error) ? error.code : error;
    }
    return 'no error';
  };

  it('refuses bad renderer options with ERR_INVALID_OPTION, and takes good ones', () => {
    // Before: toJSON with indent 'xx' wrote invalid JSON, toMarkdown with a number title threw a TypeError,
    // toHTML with showRemoved 'no' ticked the box, a misspelled key was ignored, provenance: 5 dropped the section.
    for (const call of [
      () => toJSON(comparison, { indent: 'xx' as never }),
      () => toJSON(comparison, { indent: 11 }),
      () => toJSON(comparison, { indnt: 2 } as never),
      () => toMarkdown(comparison, { title: 42 as never }),
      () => toMarkdown(comparison, { provenance: 5 as never }),
      () => toHTML(comparison, { showRemoved: 'no' as never }),
      () => toHTML(comparison, { pagesource: false } as never),
    ]) {
      expect(codeOf(call)).toBe('ERR_INVALID_OPTION');
    }
    expect(JSON.parse(toJSON(comparison, { indent: 0 }))).toEqual(JSON.parse(toJSON(comparison)));
    expect(toMarkdown(comparison, { title: 'Kim in Moscow', provenance: comparison.provenance! })).toContain(
      '# Kim in Moscow',
    );
  });

  it('provenanceStatements refuses what is not a provenance, and reports a failing label as the callback', () => {
    expect(codeOf(() => provenanceStatements({} as never))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => provenanceStatements(null as never))).toBe('ERR_INVALID_INPUT');
    const provenance = comparison.provenance!;
    expect(codeOf(() => provenanceStatements(provenance, 'name' as never))).toBe('ERR_INVALID_OPTION');
    expect(
      codeOf(() =>
        provenanceStatements(provenance, () => {
          throw new Error('no name');
        }),
      ),
    ).toBe('ERR_CALLBACK_FAILED');
    expect(provenanceStatements(provenance, (id) => id.toUpperCase()).length).toBeGreaterThan(0);
  });
});
