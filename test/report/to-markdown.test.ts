import type { AlignmentGroup, Comparison } from 'copydesk';
import { describe, expect, it } from 'vitest';
import type { TypedChange } from '../../src/core/changes';
import { sourceNamer } from '../../src/report/shared';
import { toMarkdown } from '../../src/report/to-markdown';
import { alignmentOnly, hostileComparison, seedComparison } from './seeds';

/** A source as the reports name it (the CS Monitor page, seed 002, by the host of the URL it carries), escaped for Markdown. */
function labelIn(comparison: Comparison): (id: string) => string {
  const { label } = sourceNamer(comparison, comparison.provenance);
  return (id) => label(id).replace(/_/g, '\\_');
}

describe('toMarkdown on the seeds', () => {
  const comparison = seedComparison();
  const text = toMarkdown(comparison);

  it('has a sources table with words kept, removed and the wire credit', () => {
    // Counts checked by hand against the seed files (see test/align and test/text for the same figures).
    expect(text).toContain('| source | title | sentences | words kept | words removed | wire credit |');
    for (const s of comparison.sources) {
      expect(text).toContain(`| ${labelIn(comparison)(s.id)} | `);
    }
    expect(text).toMatch(
      /\| UPI \(001\\_2c2638c4483bae25\) \| Kim Jong Un visit to Moscow confirmed, says Russian official \| 20 \| \d+ \| \d+ \| UPI \|/,
    );
    // The CS Monitor page carries its URL: the reports name it by its host.
    expect(text).toMatch(/\| csmonitor\.com \(002\\_7110f737bd6dd67c\) \| .* \| Reuters \|/);
  });

  it('lists every group with each member sentence and the link scores', () => {
    expect(text).toContain(`## Aligned groups (${comparison.groups.length})`);
    for (const g of comparison.groups) {
      expect(text).toContain(`### ${g.id}: ${g.relation}`);
      for (const l of g.links) expect(text).toContain(`${l.score.toFixed(2)} (${l.relation})`);
    }
    // Every member is listed by source and sentence id.
    for (const g of comparison.groups) {
      for (const m of g.members) expect(text).toContain(`- **${labelIn(comparison)(m.source)}** ${m.sentence}: `);
    }
  });

  it('lists what each source alone reports, and the diagnostics', () => {
    expect(text).toContain('## What each source alone reports');
    for (const u of comparison.unique) expect(text).toContain(`(${u.sentences.length})`);
    expect(text).toContain('## Diagnostics');
    expect(text).toContain('`unrelated-source`');
  });

  it('has a provenance section when the comparison has provenance, and none without', () => {
    expect(text).toContain('## Provenance');
    expect(text).toMatch(
      /\| UPI \(001\\_2c2638c4483bae25\) \| UPI \(own, \d+%\) \| dateline: “MOSCOW, March 19 \(UPI\) --” \|/,
    );
    expect(toMarkdown(alignmentOnly(comparison))).not.toContain('## Provenance');
  });
});

describe('toMarkdown quotes and omissions', () => {
  it("lists quotes whose wording differs, with each source's words and speaker", () => {
    const comparison = seedComparison();
    const text = toMarkdown(comparison);
    const differing = comparison.quotes.filter((q) => q.mentions.length > 1 && (q.wordingDiffers || q.speakerDiffers));
    // UPI and IBTimes both quote Yuri Ushakov's December remark, in different translations (read in seeds/001 and 003).
    expect(differing.length).toBeGreaterThan(0);
    expect(text).toContain('## Quotes that differ between sources');
    expect(text).toContain('“North Korean leader plans to come to Moscow and attend celebrations.”');
    expect(text).toContain(
      '“There are first signals from Pyongyang that the North Korean leader intends to arrive in Moscow',
    );
    for (const o of comparison.omissions.filter((x) => x.groups.length)) {
      expect(text).toContain(`- ${labelIn(comparison)(o.source)}: ${o.groups.join(', ')}`);
    }
  });
});

describe('toMarkdown escaping and changes', () => {
  it('renders hostile markup literally', () => {
    const text = toMarkdown(hostileComparison());
    // Every < from the input is backslash-escaped, so no raw HTML tag reaches a Markdown renderer.
    expect(text).not.toMatch(/(^|[^\\])<[a-z/]/im);
    expect(text).toContain(`\\<img src=x onerror=`);
    expect(text).toContain('\\<script\\>');
  });

  it('escapes the fixed words too, in a comparison read back from JSON and edited (found in an audit)', () => {
    // The fields alignSources fills with a fixed word (a relation, a change's type and severity, a diagnostic's
    // severity and code, an attribution's role) can hold anything once the JSON has been stored and edited.
    const edited = JSON.parse(JSON.stringify(seedComparison())) as Comparison;
    const tag = '<img src=x onerror=alert(1)>';
    const group = edited.groups.find((g) => g.links.some((l) => l.changes.length > 0))!;
    Object.assign(group, { relation: tag });
    Object.assign(group.links[0]!, { relation: tag });
    const change = group.links.flatMap((l) => l.changes)[0]!;
    Object.assign(change, { type: tag, severity: tag });
    Object.assign(edited, {
      diagnostics: [...edited.diagnostics, { code: `x\n\n${tag}`, severity: tag, message: 'edited' }],
    });
    const attributed = edited.provenance?.sources.find((p) => p.attribution !== undefined);
    if (attributed?.attribution) Object.assign(attributed.attribution, { role: tag });
    const text = toMarkdown(edited);
    expect(text).not.toMatch(/(^|[^\\])<[a-z/]/im);
    expect(text).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('marks changed words in bold and lists the typed changes', () => {
    const base = alignmentOnly(seedComparison());
    const g1 = base.groups[0]!;
    const a = g1.members[0]!;
    // Spans of a comparison are offsets into the source's original text.
    const at = a.start + a.text.indexOf('Wednesday');
    const changes: TypedChange[] = [
      {
        type: 'date',
        severity: 'substantive',
        a: { text: 'Wednesday', start: at, end: at + 9 },
        b: null,
        op: 0,
        detail: 'Wednesday → ∅',
        rule: 'date:changed',
      },
    ];
    const groups: AlignmentGroup[] = [
      { ...g1, links: g1.links.map((l) => ({ ...l, changes })) },
      ...base.groups.slice(1),
    ];
    const text = toMarkdown({ ...base, groups } as Comparison);
    expect(text).toContain('daily said **Wednesday**.');
    expect(text).toContain('  - substantive date against csmonitor.com (002\\_7110f737bd6dd67c): Wednesday → ∅');
  });
});

describe('toMarkdown counts', () => {
  it('counts in the singular when there is one', async () => {
    const { alignSources, toMarkdown: render } = await import('../../src/index');
    const { seedFiles } = await import('../fixtures/seeds');
    const text = render(alignSources([seedFiles[0]!]));
    expect(text).toContain('1 source, 0 aligned groups');
    expect(text).not.toMatch(/\b1 sources\b/);
  });
});
