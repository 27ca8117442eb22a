// Story features weighted down by their rarity in the stream (issue 15, acceptance 3): the damping
// `dampByStream` applies to an article's side before it is compared with story centroids.
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src';
import { dampByStream, hashFeatures } from '../../src/corpus/decide';
import { FEATURE_GROUPS, GROUP_FEATURES, STORY_STREAM_DAMPING } from '../../src/corpus/tuning';
import { MULTI_NEWS_STORIES } from './multi-news-stories';

const features = hashFeatures(normalizeArticle(MULTI_NEWS_STORIES['42/1']!), GROUP_FEATURES);

describe('dampByStream', () => {
  it('keeps a feature no group holds and divides the others by 1 + d ln(1 + n)', () => {
    const k = features.hashes.length;
    expect(k).toBeGreaterThan(10);
    const counts = Array.from({ length: k }, (_, i) => i % 4);
    const damped = dampByStream(features, counts);
    expect(damped.hashes).toBe(features.hashes);
    for (let i = 0; i < k; i++) {
      const expected = features.weights[i]! / (1 + STORY_STREAM_DAMPING * Math.log(1 + (i % 4)));
      expect(damped.weights[i]).toBeCloseTo(expected, 5);
      if (i % 4 === 0) expect(damped.weights[i]).toBe(features.weights[i]);
      else expect(damped.weights[i]!).toBeLessThan(features.weights[i]!);
    }
    const norm = Math.sqrt(Array.from(damped.weights).reduce((s, w) => s + w * w, 0));
    expect(damped.norm).toBeCloseTo(norm, 5);
    expect(damped.norm).toBeLessThan(features.norm);
  });

  it('reads a posting list longer than FEATURE_GROUPS as FEATURE_GROUPS + 1 groups', () => {
    const k = features.hashes.length;
    const capped = dampByStream(features, new Array<number>(k).fill(FEATURE_GROUPS + 1));
    const longer = dampByStream(features, new Array<number>(k).fill(FEATURE_GROUPS * 50));
    expect(Array.from(longer.weights)).toEqual(Array.from(capped.weights));
    expect(capped.weights[0]!).toBeLessThan(features.weights[0]!);
  });
});
