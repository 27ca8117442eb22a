import { describe, expect, it } from 'vitest';
import { readWork, resetWork } from '../../src/core/util/work';
import { alignSources } from '../../src/index';
import { seedFiles } from '../fixtures/seeds';

const seeds = seedFiles.map((s) => ({ id: s.id, text: s.text }));

describe('typed changes of links, computed on first read', () => {
  it('types nothing until a link is read, and gives the same changes in any order of reading', () => {
    resetWork();
    const comparison = alignSources(seeds, { provenance: false });
    expect(readWork().diff).toBe(0);
    // Read backwards here, forwards in a second comparison: the shared caches must not make the order matter.
    const backwards = [...comparison.groups].reverse().map((g) => [...g.links].reverse().map((l) => l.changes));
    expect(readWork().diff).toBeGreaterThan(0);
    const forwards = alignSources(seeds, { provenance: false }).groups.map((g) => g.links.map((l) => l.changes));
    expect(backwards.reverse().map((links) => links.reverse())).toEqual(forwards);
    expect(forwards.flat(2).length).toBeGreaterThan(0);
  });

  it('puts the changes in JSON and copies, in the same place as a plain property', () => {
    const comparison = alignSources(seeds, { provenance: false });
    const json = JSON.parse(JSON.stringify(comparison)) as typeof comparison;
    const link = comparison.groups
      .find((g) => g.links.some((l) => l.changes.length > 0))!
      .links.find((l) => l.changes.length > 0)!;
    expect(Object.keys(link).at(-1)).toBe('changes');
    const copy = structuredClone(comparison);
    expect(copy.groups).toEqual(json.groups);
    expect(json.groups.flatMap((g) => g.links.flatMap((l) => l.changes)).length).toBeGreaterThan(0);
  });
});
