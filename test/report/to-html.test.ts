import { createHash } from 'node:crypto';
import type { AlignmentGroup, Comparison, GroupLink } from 'copydesk';
import { describe, expect, it } from 'vitest';
import type { TypedChange } from '../../src/core/changes';
import type { Provenance } from '../../src/core/provenance';
import { escapeHtml, html, safeHttpUrl } from '../../src/report/escape';
import { toHTML } from '../../src/report/to-html';
import { alignmentOnly, HOSTILE, hostileComparison, seedComparison } from './seeds';

/** Every `<tag` opening in the page, by tag name. */
function tagsOf(page: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of page.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g))
    out.set(m[1]!.toLowerCase(), (out.get(m[1]!.toLowerCase()) ?? 0) + 1);
  return out;
}

describe('escaping helpers', () => {
  it('escapes the characters that end text or attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\``)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;');
  });
  it('escapes interpolations but keeps nested safe HTML', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['<', null, false, 1]}</p>`.value).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;1</p>',
    );
  });
  it('links only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl(' JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeHttpUrl('//evil.example')).toBeUndefined();
    expect(safeHttpUrl('https://exa mple.com')).toBeUndefined();
  });
});

describe('toHTML on the seeds', () => {
  const comparison = seedComparison();
  const page = toHTML(comparison);

  it('is one self-contained document: no external resources', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<(?:link|iframe|img|object|embed)\b/i);
    expect(page).not.toMatch(/\bsrc=/i);
    expect(page).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    // The only absolute URL that is not in the input is the SVG namespace (none without provenance).
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<style/g)).toHaveLength(1);
  });

  it('has one column per source, in input order', () => {
    const columns = [...page.matchAll(/<section class="column" aria-label="([^"]*)"/g)].map((m) => m[1]);
    // Named as the reports name a source: the CS Monitor page (seed 002) by the host of its URL, UPI's own story
    // (seed 001, its dateline credits UPI) by the agency, each with its id; the others by their ids.
    const names: Record<string, string> = { '001': 'UPI', '002': 'csmonitor.com' };
    expect(columns).toEqual(
      comparison.sources.map((s) => (names[s.id.slice(0, 3)] ? `${names[s.id.slice(0, 3)]} (${s.id})` : s.id)),
    );
  });

  it('links every member of every group through data-group, and only group members', () => {
    for (const group of comparison.groups) {
      const tagged = [...page.matchAll(new RegExp(`data-key="(c\\d+-s\\d+)" data-group="${group.id}"`, 'g'))].map(
        (m) => m[1],
      );
      const expected = group.members.map((m) => {
        const column = comparison.articles.findIndex((a) => a.id === m.source);
        return `c${column}-${m.sentence}`;
      });
      expect([...new Set(tagged)].sort()).toEqual([...expected].sort());
    }
    const groupedCount = comparison.groups.reduce((n, g) => n + g.members.length, 0);
    const focusable = page.match(/tabindex="0"/g) ?? [];
    expect(focusable).toHaveLength(groupedCount);
  });

  it('keeps every removed span, with its reason, behind the toggle', () => {
    const removed = comparison.articles.reduce((n, a) => n + a.removed.length, 0);
    expect(page.match(/<span class="removed" data-reason=/g)).toHaveLength(removed);
    expect(page).toContain('data-reason="boilerplate:donation"');
    expect(page).toContain('<input type="checkbox" id="show-removed">');
    expect(toHTML(comparison, { showRemoved: true })).toContain('id="show-removed" checked>');
  });

  it('shows the legend for the relations present, and print styles', () => {
    expect(page).toContain('paraphrase: the same fact in other words');
    expect(page).not.toContain('identical: the same words');
    expect(page).toContain('@media print');
  });

  it('links the http URL found in the CS Monitor article', () => {
    expect(page).toContain('<a href="https://www.csmonitor.com/World/Latest-News-Wires/2015/0128/');
  });
});

describe('toHTML with hostile input (XSS)', () => {
  const comparison = hostileComparison();
  const page = toHTML(comparison);

  it('aligns the hostile sources (so the test covers linked sentences too)', () => {
    expect(comparison.groups.length).toBeGreaterThanOrEqual(2);
  });

  it('emits no tag, event handler or link from user text', () => {
    const tags = tagsOf(page);
    expect(tags.get('script')).toBe(1);
    expect(tags.get('style')).toBe(1);
    expect(tags.has('img')).toBe(false);
    // The one SVG is the provenance graph, whose labels (hostile ids) are escaped text.
    expect(tags.get('svg') ?? 0).toBe(comparison.provenance ? 1 : 0);
    expect(page).not.toMatch(/<svg(?! class="graph")/);
    // Attribute names of every tag, once quoted values are blanked (escaped values hold no raw quote).
    const handlers = [...page.matchAll(/<[a-zA-Z][^>]*>/g)].filter((m) =>
      /\son[a-z]+\s*=/i.test(m[0].replace(/"[^"]*"/g, '""')),
    );
    expect(handlers.map((m) => m[0])).toEqual([]);
    expect(page).not.toMatch(/href="javascript:/i);
    expect(page).not.toContain('</style><script>');
    // The only </script> and </style> are the page's own.
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
  });

  it('shows the hostile markup as text', () => {
    expect(page).toContain(escapeHtml(HOSTILE.scriptTag));
    expect(page).toContain(escapeHtml(HOSTILE.imgTag));
    expect(page).toContain(escapeHtml(HOSTILE.closeStyle));
    expect(page).toContain(escapeHtml(HOSTILE.closeScript));
    expect(page).toContain(
      `aria-label="${escapeHtml(comparison.sources[0]!.outlet!)} (${escapeHtml(comparison.sources[0]!.id)})"`,
    );
    expect(page).toContain(`<div class="meta">${escapeHtml('javascript:window.__pwned="url"')}</div>`);
    expect(page).toContain('<a href="https://example.com/news?a=1&amp;b=&quot;2&quot;"');
  });

  it('puts no user text inside the script', () => {
    const script = page.slice(page.indexOf('<script>'), page.indexOf('</script>'));
    expect(script).not.toContain('__pwned');
    expect(script).not.toContain('Bridge');
  });

  it('allows only its own script and stylesheet: a Content-Security-Policy of their SHA-256 hashes', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? '';
    const script = page.slice(page.indexOf('<script>') + '<script>'.length, page.indexOf('</script>'));
    const style = page.slice(page.indexOf('<style>') + '<style>'.length, page.indexOf('</style>'));
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe(hash(script));
    expect(directives.get('style-src')).toBe(hash(style));
    expect(csp).not.toContain('unsafe-inline');
    // The page's other inline content is not script or style: no style attribute, no event handler.
    expect(page).not.toMatch(/<[^>]*\sstyle=/);
  });

  it('escapes a hostile title', () => {
    expect(toHTML(comparison, { title: '</title><script>x()</script>' })).toContain(
      '<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>',
    );
  });
});

describe('toHTML with typed changes and provenance', () => {
  const real = seedComparison();
  const base = alignmentOnly(real);
  // The group holding the Moscow Times lede: it ends with "Wednesday" and, like its counterpart, says "2011".
  const g1 = base.groups.find((g) => g.members.some((m) => m.text.includes('Asahi Shimbun daily said Wednesday')))!;
  const a = g1.members.find((m) => m.text.includes('Wednesday'))!;
  const b = g1.members.find((m) => m !== a && m.text.includes('2011'))!;
  const span = (member: { text: string; start: number }, word: string) => {
    const at = member.start + member.text.indexOf(word);
    return { text: word, start: at, end: at + word.length };
  };
  // Spans in offsets of the sources' original texts, as every span of a comparison is.
  const changes: TypedChange[] = [
    {
      type: 'date',
      severity: 'substantive',
      a: span(a, 'Wednesday'),
      b: null,
      op: 0,
      detail: 'Wednesday → ∅',
      rule: 'date:changed',
    },
    { type: 'number', severity: 'trivial', a: span(a, '2011'), b: span(b, '2011'), op: 1, rule: 'number:same-value' },
  ];
  const ia = g1.members.indexOf(a);
  const ib = g1.members.indexOf(b);
  // A link carrying typed changes, as the diff stage will attach them.
  const changed = {
    a: ia,
    b: ib,
    score: 0.7,
    relation: 'paraphrase',
    contextual: false,
    coveredA: [],
    coveredB: [],
    changes,
  } as GroupLink;
  const groups: AlignmentGroup[] = base.groups.map((g) =>
    g !== g1
      ? g
      : {
          ...g,
          links: [...g.links.filter((l) => !(l.a === Math.min(ia, ib) && l.b === Math.max(ia, ib))), changed],
        },
  );
  const provenance: Provenance = {
    kind: 'provenance',
    sources: base.sources.map((s) => ({ source: s.id, evidence: [], citations: [] })),
    reuse: [],
    directions: [],
    graph: {
      nodes: [
        { id: `src:${a.source}`, kind: 'source', label: a.source },
        { id: `src:${b.source}`, kind: 'source', label: b.source },
        { id: 'agency:<Reuters>', kind: 'agency', label: '<Reuters>', agencyKind: 'wire' },
      ],
      edges: [
        {
          from: `src:${b.source}`,
          to: 'agency:<Reuters>',
          kind: 'derived-from',
          confidence: 0.9,
          reasons: ['credit line'],
        },
        {
          from: `src:${a.source}`,
          to: `src:${b.source}`,
          kind: 'derived-from',
          share: 0.42,
          class: 'partially-derived',
          confidence: 0.7,
          reasons: [],
        },
      ],
    },
    diagnostics: [],
  };
  const comparison: Comparison = { ...base, groups };
  const page = toHTML({ ...comparison, provenance } as Comparison);

  it('marks changes inline on both members, strongest severity as class', () => {
    expect(page).toMatch(
      /<mark class="chg chg-date sev-substantive" title="date \(substantive\): Wednesday → ∅, against [^"]*">Wednesday<\/mark>/,
    );
    expect(page.match(/<mark class="chg chg-number sev-trivial"[^>]*>2011<\/mark>/g)).toHaveLength(2);
    expect(page).toContain('substantive change');
  });

  it('marks the typed changes and draws the provenance of the real comparison', () => {
    const page = toHTML(real);
    const changes = real.groups.flatMap((g) => g.links.flatMap((l) => l.changes));
    expect(changes.length).toBeGreaterThan(0);
    expect((page.match(/<mark class="chg /g) ?? []).length).toBeGreaterThan(0);
    // Every marked piece of text is part of some change's text on one side.
    const texts = changes
      .flatMap((c) => [c.a?.text, c.b?.text])
      .filter((t): t is string => !!t)
      .map(escapeHtml);
    for (const m of page.matchAll(/<mark class="chg [^"]*" title="[^"]*">([^<]*)<\/mark>/g)) {
      expect(texts.some((t) => t.includes(m[1]!))).toBe(true);
    }
    expect(real.provenance).toBeDefined();
    expect(page).toContain('<svg class="graph"');
  });

  it('renders no change marks and no change legend without changes', () => {
    const plain = toHTML(base);
    expect(plain).not.toContain('<mark');
    expect(plain).not.toContain('substantive change');
    expect(plain).not.toContain('<svg');
  });

  it('draws the provenance graph as inline SVG with escaped labels', () => {
    expect(page).toContain('<svg class="graph" xmlns="http://www.w3.org/2000/svg"');
    expect(page).toContain('&lt;Reuters&gt;');
    expect(page).not.toContain('<Reuters>');
    // Between sources a solid arrow with the share; to the agency whose copy a text carries, the wire style.
    expect(page.match(/class="edge-derived"/g)).toHaveLength(1);
    expect(page.match(/class="edge-wire"/g)).toHaveLength(1);
    expect(page).toContain('42% partially-derived');
    // The legend names every style drawn, and only those.
    expect(page).toContain('Solid arrow: the text at its tail takes passages from the one at its head');
    expect(page).toContain('Thick arrow to an agency: the text carries the agency&#39;s copy');
    expect(page).not.toContain('Dashed arrow: cites');
    expect(page).toContain('<h2>Provenance</h2>');
  });

  it('takes provenance from options too', () => {
    expect(toHTML(comparison, { provenance })).toContain('<svg class="graph"');
  });
});

describe('toHTML heading and counts', () => {
  it('heads the page with the comparison, not one source, and counts in the singular when there is one', async () => {
    const { alignSources } = await import('../../src/index');
    const { seedFiles } = await import('../fixtures/seeds');
    const seeds = seedComparison();
    const page = toHTML(seeds);
    expect(page).toContain(`<h1>How ${seeds.sources.length} sources tell the story</h1>`);
    // Each source's own headline stays at the head of its column.
    expect(page).toContain(`<div class="title">${escapeHtml(seeds.sources[0]!.title!)}</div>`);
    const single = toHTML(alignSources([seedFiles[0]!]));
    expect(single).toContain('<h1>How 1 source tells the story</h1>');
    expect(single).toContain('1 source · 0 aligned groups');
    expect(single).not.toMatch(/\b1 sources\b/);
    expect(toHTML(seeds, { title: 'Kim visit' })).toContain('<h1>Kim visit</h1>');
  });
});

describe('display names', () => {
  it('names a source by its outlet, else by the host of its URL, with its id; else by its id', async () => {
    const { alignSources, toMarkdown: markdown } = await import('../../src/index');
    const { seedFiles } = await import('../fixtures/seeds');
    const comparison = alignSources([
      { id: 'a', text: seedFiles[0]!.text, outlet: 'The Moscow Times' },
      {
        id: 'b',
        text: seedFiles[2]!.text,
        url: 'https://www.reuters.com/world/asia-pacific/kim-russia-idUSKBN0KT0B520150120',
      },
      { id: 'c', text: seedFiles[3]!.text },
    ]);
    const page = toHTML(comparison);
    expect(page).toContain('<h2>The Moscow Times <span class="meta">a</span></h2>');
    expect(page).toContain('<h2>reuters.com <span class="meta">b</span></h2>');
    expect(page).toContain('<h2>c</h2>');
    const text = markdown(comparison);
    expect(text).toContain('| The Moscow Times (a) |');
    expect(text).toContain('| reuters.com (b) |');
  });
});

describe('provenance graph labels', () => {
  it('shows a source id whole, never cut inside a word', async () => {
    const { alignSources } = await import('../../src/index');
    const { seedFiles } = await import('../fixtures/seeds');
    const page = toHTML(alignSources(seedFiles));
    const labels = [
      ...page.matchAll(/<g class="node-source"><title>[^<]*<\/title><rect[^>]*><\/rect><text[^>]*>([^<]*)<\/text>/g),
    ].map((m) => m[1]);
    expect(labels).toEqual(seedFiles.map((s) => s.id));
  });
});

describe('story view headings', () => {
  it('names the range of relations of a group that mixes copies and rewrites', async () => {
    const { alignSources } = await import('../../src/index');
    const { generateStory } = await import('../../scripts/bench/lib/story');
    const { texts } = generateStory({ sources: 12, sentencesPerSource: 6, dataDir: '/nonexistent' });
    const comparison = alignSources(texts.map((text, i) => ({ id: `outlet-${i + 1}`, text })));
    const page = toHTML(comparison);
    const mixed = comparison.groups.find((g) => new Set(g.links.map((l) => l.relation)).size > 1)!;
    const relations = ['identical', 'near-verbatim', 'paraphrase', 'related'].filter((r) =>
      mixed.links.some((l) => l.relation === r),
    );
    expect(page).toContain(`<h3>${mixed.id} · ${relations[0]} to ${relations[relations.length - 1]}`);
  });
});
