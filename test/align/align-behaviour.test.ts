import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSources, isCopydeskError, normalizeArticle } from '../../src/index';

const seed = (prefix: string) => {
  const names = ['000_ee71417b7566bb94.txt', '001_2c2638c4483bae25.txt', '002_7110f737bd6dd67c.txt'];
  const name = names.find((n) => n.startsWith(prefix))!;
  return readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
};
// The Reuters body of seed 002 as plain paragraphs (what a wire client receives).
const wire = normalizeArticle(seed('002')).paragraphs.map((p) => p.text);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isCopydeskError(error) ? error.code : 'other';
  }
  return undefined;
}

describe('alignSources behaviour on derived copies of real wire text', () => {
  it('aligns a verbatim copy sentence by sentence as identical', () => {
    const c = alignSources([
      { id: 'wire', text: wire.join('\n\n') },
      { id: 'copy', text: wire.join('\n\n') + '\n\nReporting by our correspondent.' },
    ]);
    const wireSentences = c.articles.find((a) => a.id === 'wire')!.sentences.length;
    expect(c.groups).toHaveLength(wireSentences);
    expect(c.groups.every((g) => g.relation === 'identical')).toBe(true);
    // Canonical order puts 'copy' first: all of the wire is in the copy, and all but the added line of the copy.
    expect(c.pairs[0]).toMatchObject({
      a: 'copy',
      b: 'wire',
      coverageB: 1,
      coverageA: wireSentences / (wireSentences + 1),
    });
  });

  it('marks sentences moved when a paragraph changes place', () => {
    const reordered = [...wire];
    const [moved] = reordered.splice(8, 1); // "But China has taken a sterner position ..." moves to the top
    reordered.unshift(moved!);
    const c = alignSources([
      { id: 'wire', text: wire.join('\n\n') },
      { id: 'copy', text: reordered.join('\n\n') },
    ]);
    const movedMembers = c.groups.flatMap((g) => g.members.filter((m) => m.moved));
    // With two sources the common order is ambiguous between them, so the sentence is marked in both.
    expect(movedMembers.map((m) => m.source).sort()).toEqual(['copy', 'wire']);
    expect(movedMembers.every((m) => m.text.startsWith('But China has taken a sterner position'))).toBe(true);
  });

  it('marks a sentence split in two as one-to-many', () => {
    // Seed 002's "Chinese President Xi ... ties. Xi has not met the North's Kim." merged into one sentence by a copy.
    const merged = wire.map((p) => p.replace('ties. Xi has not met', 'ties, and Xi has not met'));
    const c = alignSources([
      { id: 'wire', text: wire.join('\n\n') },
      { id: 'copy', text: merged.join('\n\n') },
    ]);
    const split = c.groups.find((g) => g.shape === 'one-to-many');
    expect(split).toBeDefined();
    expect(split!.members.filter((m) => m.source === 'wire').map((m) => m.split)).toEqual([true, true]);
  });

  it('counts a sentence repeated inside one source once and reports it', () => {
    // A paragraph printed twice is removed by normalization; a sentence repeated inside another paragraph reaches the aligner.
    const repeated = [...wire];
    repeated[5] = `${repeated[5]} ${wire[3]}`;
    const c = alignSources([
      { id: 'wire', text: wire.join('\n\n') },
      { id: 'copy', text: repeated.join('\n\n') },
    ]);
    expect(c.duplicates).toHaveLength(1);
    expect(c.duplicates[0]!.second.source).toBe('copy');
    expect(c.duplicates[0]!.second.text).toBe(wire[3]);
    const copyMembers = c.groups.flatMap((g) => g.members.filter((m) => m.source === 'copy'));
    expect(new Set(copyMembers.map((m) => m.text)).size).toBe(copyMembers.length);
    expect(c.unique.find((u) => u.source === 'copy')!.sentences).toEqual([]);
  });

  it('reports a single source instead of failing', () => {
    const c = alignSources([seed('001')]);
    expect(c.groups).toEqual([]);
    expect(c.diagnostics.map((d) => d.code)).toContain('single-source');
  });

  it('rejects bad input with typed errors', () => {
    expect(codeOf(() => alignSources([]))).toBe('ERR_TOO_FEW_SOURCES');
    expect(codeOf(() => alignSources('text' as unknown as string[]))).toBe('ERR_INVALID_INPUT');
    expect(
      codeOf(() =>
        alignSources([
          { id: 'a', text: seed('000') },
          { id: 'a', text: seed('001') },
        ]),
      ),
    ).toBe('ERR_DUPLICATE_ID');
    expect(codeOf(() => alignSources([seed('000'), seed('000')]))).toBe('ERR_DUPLICATE_ID');
    expect(codeOf(() => alignSources([seed('000')], { minRelation: 'identical' as 'paraphrase' }))).toBe(
      'ERR_INVALID_OPTION',
    );
    expect(codeOf(() => alignSources([42 as unknown as string]))).toBe('ERR_INVALID_INPUT');
  });

  it('accepts already normalized articles and keeps their ids', () => {
    const a = normalizeArticle({ id: 'moscow-times', text: seed('000') });
    const c = alignSources([a, { id: 'reuters', text: seed('002') }]);
    expect(c.sources.map((s) => s.id)).toEqual(['moscow-times', 'reuters']);
    expect(c.articles[0]).toBe(a);
  });

  it('reports an empty source and aligns the rest', () => {
    const c = alignSources([
      { id: 'empty', text: '' },
      { id: 'wire', text: wire.join('\n\n') },
      { id: 'copy', text: wire.join('\n\n') },
    ]);
    expect(c.diagnostics.map((d) => d.code)).toContain('empty-source');
    expect(c.groups.length).toBeGreaterThan(0);
  });
});
