// traceProvenance prepares each distinct sentence text once and scores each
// pair of texts once for all its pairs of sources (LinkAnalysis). What it
// reports for a pair must not depend on which other sources share the call.
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { traceProvenance } from '../../src/provenance/trace-provenance';
import { seedFiles, seedText } from '../fixtures/seeds';

// Wire copy as outlets run it: seed 002 (Reuters) cut at different lengths,
// so the same sentences meet in many pairs of sources.
const wire = normalizeArticle({ id: 'wire', text: seedText('002') });
const paragraphs = wire.paragraphs.map((p) => p.text);
const copies = [3, 5, 8].map((n) =>
  normalizeArticle({ id: `copy-${n}`, text: `Kim to visit Russia\n\n${paragraphs.slice(0, n).join('\n\n')}` }),
);
const seeds = seedFiles.map((s) => normalizeArticle(s));
const all = [wire, ...copies, ...seeds];

describe('traceProvenance shares sentence analyses across pairs', () => {
  const together = traceProvenance(all);

  it('reports every pair as it would alone', () => {
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const alone = traceProvenance([a, b]).reuse.find((r) => r.source === a.id && r.target === b.id);
        const inCall = together.reuse.find((r) => r.source === a.id && r.target === b.id);
        expect(inCall, `${a.id} → ${b.id}`).toEqual(alone);
      }
    }
  });

  it('finds the copies wholly derived from the wire, through sentence links as well as passages', () => {
    for (const c of copies) {
      const r = together.reuse.find((x) => x.source === 'wire' && x.target === c.id)!;
      expect(r.class).toBe('wholly-derived');
      expect(r.sentenceLinks?.length).toBeGreaterThan(0);
    }
  });
});
