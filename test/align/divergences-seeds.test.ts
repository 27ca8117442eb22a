import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSources, diffSentences, splitSentences } from '../../src/index';
import gold from '../fixtures/seeds-align.json';

const dir = new URL('../../seeds/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const comparison = alignSources(files.map((file) => ({ id: file, text: readFileSync(new URL(file, dir), 'utf8') })));
const fold = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'");

describe('divergences on the seeds (gold: divergences in test/fixtures/seeds-align.json)', () => {
  const allChanges = comparison.groups.flatMap((g) => g.links.flatMap((l) => l.changes));

  it("treats 'Jong-un' / 'Jong Un' as a trivial spelling variant, never a name change", () => {
    // 002 spells the name 'Kim Jong-un' in its dek and 003 'Kim Jong Un' in its lede.
    const dek = comparison.articles.find((a) => a.id === '002_7110f737bd6dd67c.txt')!.metadata.dek!.text;
    const lede = comparison.articles.find((a) => a.id === '003_13d9174b7bd8a9b8.txt')!.sentences[0]!.text;
    const diff = diffSentences(splitSentences(dek)[0]!.text, lede);
    const variant = diff.changes.filter((c) => /Jong/.test(`${c.a?.text ?? ''}|${c.b?.text ?? ''}`));
    expect(variant.length).toBeGreaterThan(0);
    expect(variant.every((c) => c.severity === 'trivial' && c.type !== 'name')).toBe(true);
    // And no name change anywhere in the comparison is only a spelling variant.
    const foldName = (t: string | undefined) => (t ?? '').toLowerCase().replace(/[^a-z]/g, '');
    const spellingOnly = allChanges.filter((c) => c.type === 'name' && foldName(c.a?.text) === foldName(c.b?.text));
    expect(spellingOnly).toEqual([]);
  });

  it("reports Ushakov's statement, quoted in other words by 003 and 001, as a quote divergence", () => {
    const [pair] = gold['near-verbatim'].filter((p) => p.note.includes('quote'));
    const group = comparison.groups.find((g) =>
      g.members.some((m) => m.source === pair!.a[0] && fold(m.text).includes(pair!.a[1]!)),
    )!;
    expect(group.sources).toEqual(expect.arrayContaining([pair!.a[0], pair!.b[0]]));
    expect(group.links.flatMap((l) => l.changes).some((c) => c.type === 'quote' && c.severity === 'substantive')).toBe(
      true,
    );
    const record = comparison.quotes.find((q) => q.group === group.id)!;
    expect(record.wordingDiffers).toBe(true);
    expect(new Set(record.mentions.map((m) => m.source))).toEqual(new Set([pair!.a[0], pair!.b[0]]));
  });

  it('shows the 000 "unclear whether Kim will accept" status as content only 000 has', () => {
    const unique = comparison.unique.find((u) => u.source === '000_ee71417b7566bb94.txt')!;
    expect(unique.sentences.some((s) => s.text.includes('unclear at the moment whether Kim will accept'))).toBe(true);
  });

  it('points every change at the text of its member in the original article', () => {
    for (const g of comparison.groups) {
      for (const l of g.links) {
        const a = comparison.articles.find((x) => x.id === g.members[l.a]!.source)!;
        const b = comparison.articles.find((x) => x.id === g.members[l.b]!.source)!;
        for (const c of l.changes) {
          if (c.a) expect(a.original.slice(c.a.start, c.a.end)).toBe(c.a.text);
          if (c.b) expect(b.original.slice(c.b.start, c.b.end)).toBe(c.b.text);
        }
      }
    }
  });

  it('omits trivial changes when asked', () => {
    const quiet = alignSources(
      files.map((file) => ({ id: file, text: readFileSync(new URL(file, dir), 'utf8') })),
      { diff: { trivial: 'omit' } },
    );
    const changes = quiet.groups.flatMap((g) => g.links.flatMap((l) => l.changes));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.severity !== 'trivial')).toBe(true);
  });
});
