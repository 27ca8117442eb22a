import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { RELATION_THRESHOLDS, scoreIfReaching, scoreWithTiles } from '../../src/similarity/compare-sentences';
import { prepareSentence } from '../../src/similarity/features';
import { seedFiles } from '../fixtures/seeds';

// Every body sentence of the five seeds (one story told by four outlets, and another story).
const sentences = seedFiles.flatMap((seed) => normalizeArticle(seed).sentences.map((s) => prepareSentence(s.text)));

describe('scoreIfReaching (skips pairs that provably score below what a link needs)', () => {
  it('skips only pairs whose exact score is below the needed score, and scores the others exactly', () => {
    let skipped = 0;
    let kept = 0;
    let keptBelow = 0;
    for (let i = 0; i < sentences.length; i++) {
      for (let j = i + 1; j < sentences.length; j++) {
        const a = sentences[i]!;
        const b = sentences[j]!;
        const exact = scoreWithTiles(a, b, { thresholds: RELATION_THRESHOLDS });
        for (const needed of [
          RELATION_THRESHOLDS.related,
          0.5,
          RELATION_THRESHOLDS.paraphrase,
          RELATION_THRESHOLDS.nearVerbatim,
        ]) {
          const got = scoreIfReaching(a, b, needed, RELATION_THRESHOLDS);
          if (got === undefined) {
            skipped++;
            expect(exact.score).toBeLessThan(needed);
          } else {
            kept++;
            if (exact.score < needed) keptBelow++;
            expect(got).toEqual(exact);
          }
        }
      }
    }
    // The bound is useful, not only safe: most pairs of a story's sentences are skipped at the near-verbatim level.
    expect(skipped).toBeGreaterThan(kept);
    expect(keptBelow).toBeLessThan(skipped);
  });
});
