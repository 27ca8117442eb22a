import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSources } from '../../src/align/align-sources';
import {
  documentRelatedness,
  extractDocumentFeatures,
  findRelatedSources,
  SAME_STORY_RELATEDNESS,
} from '../../src/align/relatedness';
import { normalizeArticle } from '../../src/normalize/normalize-article';

// Two short reports of one wildfire, written for this test in the manner of
// two outlets covering it independently: the same names, places, figures and
// dates, no sentence in common.
const FIRE_WIRE =
  'Firefighters battled a wildfire west of Boulder on Tuesday as the Cold Springs fire grew to 600 acres. ' +
  'Sheriff Joe Pelle said about 1,800 residents near Nederland had been ordered to leave. ' +
  'The cause of the fire, which started on July 9, is under investigation.';
const FIRE_LOCAL =
  'Smoke hung over Nederland again as crews from across Colorado arrived. ' +
  'Pelle told reporters the Cold Springs blaze, burning since July 9, now covers 600 acres. ' +
  'Two homes were destroyed, according to Boulder County officials.';
// A different story: no name, place or date in common with the fire.
const BANK =
  'The European Central Bank left interest rates unchanged on Thursday. ' +
  'Christine Lagarde said inflation in the eurozone was still too high and that Frankfurt would not cut rates soon.';

const features = (text: string) => extractDocumentFeatures(normalizeArticle(text));
const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const seed = (name: string) => readFileSync(join(seeds, name), 'utf8');

describe('extractDocumentFeatures', () => {
  it('keeps rare names inside sentences, figures and dates, not common words that open a sentence', () => {
    const f = features(FIRE_WIRE);
    expect(f.labels).toEqual(expect.arrayContaining(['Boulder', 'Cold', 'Springs', 'Pelle', 'Nederland', '600']));
    expect(f.labels).toContain('July 9');
    expect(f.labels).toContain('1,800');
    // `Firefighters` and `Sheriff` are capitalized only because they open a sentence or a title.
    expect(f.labels).not.toContain('Firefighters');
    expect(f.labels).not.toContain('Tuesday');
    expect(f.total).toBeGreaterThan(0);
  });

  it("folds a possessive into the name (Kim's and Kim are one feature)", () => {
    const f = features("North Korea said Kim's visit to Moscow would go ahead. Analysts expect Kim to meet Putin.");
    expect(f.keys.filter((k) => k === 'n:kim')).toHaveLength(1);
    expect(f.keys).not.toContain("n:kim's");
  });

  it('is linear in the text: a 20,000-sentence article is read in one pass', () => {
    const long = 'Kim met Putin in Vladivostok on April 25. '.repeat(20000);
    const started = performance.now();
    const f = features(long);
    expect(f.keys.length).toBeLessThan(10);
    expect(performance.now() - started).toBeLessThan(20000);
  });
});

describe('documentRelatedness', () => {
  it('scores two independent reports of one story above the same-story threshold', () => {
    const r = documentRelatedness(features(FIRE_WIRE), features(FIRE_LOCAL));
    expect(r.score).toBeGreaterThanOrEqual(SAME_STORY_RELATEDNESS);
    expect(r.shared).toEqual(expect.arrayContaining(['Nederland', 'Springs', 'July 9', '600']));
  });

  it('scores different stories below it, and is symmetric', () => {
    const fire = features(FIRE_WIRE);
    const bank = features(BANK);
    expect(documentRelatedness(fire, bank).score).toBeLessThan(SAME_STORY_RELATEDNESS);
    expect(documentRelatedness(fire, bank).score).toBe(documentRelatedness(bank, fire).score);
  });

  it('scores the five seed articles about Kim and Putin as related at document level', () => {
    const f = ['000_ee71417b7566bb94.txt', '001_2c2638c4483bae25.txt', '004_655f926c6bc98a33.txt'].map((n) =>
      extractDocumentFeatures(normalizeArticle(seed(n))),
    );
    expect(documentRelatedness(f[0]!, f[1]!).score).toBeGreaterThan(0.2);
    // Seed 004 is another event with the same actors: related by names, which is why
    // alignSources asks more of a source beside an established story.
    expect(documentRelatedness(f[0]!, f[2]!).shared).toEqual(expect.arrayContaining(['Putin', 'Moscow']));
  });
});

describe('findRelatedSources', () => {
  it('finds the most related other source through the shared features, or none', () => {
    const all = [features(BANK), features(FIRE_WIRE), features(FIRE_LOCAL)];
    const [bank, wire] = findRelatedSources(all, [0, 1]);
    expect(wire?.other).toBe(2);
    expect(wire!.score).toBeGreaterThanOrEqual(SAME_STORY_RELATEDNESS);
    expect(bank === undefined || bank.score < SAME_STORY_RELATEDNESS).toBe(true);
  });

  it('stays fast when hundreds of sources share one name (no loop over all pairs)', () => {
    const all = Array.from({ length: 2000 }, (_, i) =>
      features(`Officials in Nederland said ${1000 + i} people left on July 9. Mayor Pelle spoke to reporters.`),
    );
    const started = performance.now();
    const found = findRelatedSources(
      all,
      all.map((_, i) => i),
    );
    expect(found.every((r) => r !== undefined && r.score > 0.5)).toBe(true);
    expect(performance.now() - started).toBeLessThan(10000);
  });
});

describe('alignSources: same story or not (issue 12)', () => {
  it('calls independent coverage of one story independent-coverage, not unrelated-source', () => {
    const comparison = alignSources(
      [
        { id: 'wire', text: FIRE_WIRE },
        { id: 'local', text: FIRE_LOCAL },
      ],
      { provenance: false },
    );
    const codes = comparison.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('unrelated-source');
    const notes = comparison.diagnostics.filter((d) => d.code === 'independent-coverage');
    expect(notes.map((d) => [d.source, d.severity])).toEqual([
      ['local', 'info'],
      ['wire', 'info'],
    ]);
    expect(notes[0]!.message).toContain('Nederland');
  });

  it('still calls a different story unrelated-source', () => {
    const comparison = alignSources(
      [
        { id: 'wire', text: FIRE_WIRE },
        { id: 'bank', text: BANK },
      ],
      { provenance: false },
    );
    const unrelated = comparison.diagnostics.filter((d) => d.code === 'unrelated-source').map((d) => d.source);
    expect(unrelated).toEqual(['bank', 'wire']);
  });
});
