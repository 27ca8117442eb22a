/**
 * Hostile inputs from the hardening issue (cases 1, 3, 4, 7 and 10), each
 * reproduced at a size where the code before the fix took minutes, ran out
 * of memory or threw an untyped error. Work is checked with the library's
 * own work meter (src/util/work.ts), never with wall time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache, cacheBudget, cacheBytes } from '../../src/core/util/bounded-cache';
import { readWork, resetWork } from '../../src/core/util/work';
import { alignSources, compareSentences, diffSentences, normalizeArticle } from '../../src/index';
import { normalizeWord, tokenize } from '../../src/segment/tokenize';
import { anchoredTiles, tableTiles } from '../../src/similarity/tiles';
import { seedFiles, seedText } from '../fixtures/seeds';

const seed = seedText('001');
/** Real words of a seed article, in order: the vocabulary of the long-sentence cases. */
const seedWords = tokenize(seed)
  .filter((t) => t.kind === 'word')
  .map((t) => t.text);

/** `count` words drawn from the seed's words with a fixed linear congruential sequence, joined without any period. */
function runOn(count: number, salt: number): string {
  let x = salt;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(seedWords[x % seedWords.length]!);
  }
  return out.join(' ');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function scoreWork(run: () => unknown): number {
  resetWork();
  run();
  return readWork().score;
}

describe('case 1: a dotted run is one token and is not scanned once per position', () => {
  it('compares, diffs and aligns a 1 MB run of "a." (before: 4.7 s at 80 KB, 4x per doubling)', () => {
    const t = 'a.'.repeat(500_000);
    expect(tokenize(t)).toHaveLength(1);
    expect(compareSentences(t, 'x').relation).toBe('unrelated');
    const diff = diffSentences(t, `${t.slice(2)}b.`);
    expect(diff.changes.length).toBeGreaterThan(0);
    const comparison = alignSources(
      [
        { id: 'a', text: t },
        { id: 'b', text: `${t} x` },
      ],
      { provenance: false },
    );
    expect(comparison.sources).toHaveLength(2);
  });

  it('folds the spelling of words of ordinary length only', () => {
    expect(normalizeWord('Colour')).toBe('color');
    expect(normalizeWord('realised')).toBe(normalizeWord('realized'));
    // 60 characters: longer than any word with two spellings, compared as it is.
    expect(normalizeWord('colour'.repeat(10))).toBe('colour'.repeat(10));
  });
});

describe('case 3: sentence comparison is bounded on run-on text', () => {
  it('compares two 50,000-word sentences without a RangeError (before: "Invalid typed array length")', () => {
    const a = runOn(50_000, 1);
    const b = runOn(50_000, 2);
    const match = compareSentences(a, b);
    expect(match.score).toBeGreaterThanOrEqual(0);
    expect(match.score).toBeLessThanOrEqual(1);
    // Real prose repeats its common words hundreds of times here: the search says it was bounded.
    expect(match.evidence.bounded).toBe(true);
  });

  it('does work linear in the length of the sentences', () => {
    const small = scoreWork(() => compareSentences(runOn(10_000, 3), runOn(10_000, 4)));
    const large = scoreWork(() => compareSentences(runOn(20_000, 3), runOn(20_000, 4)));
    expect(large).toBeLessThanOrEqual(2.3 * small);
    // Per word of the two sentences: the anchored search's budget (64) and eight passes over the runs found.
    expect(large / 40_000).toBeLessThan(600);
  });

  it('keeps ordinary sentences on the exact table, with no bounded flag', () => {
    const match = compareSentences(
      'North Korean leader Kim Jong-un will visit Moscow in May.',
      'Kim Jong Un will visit Moscow in May, the Kremlin said.',
    );
    expect(match.evidence.bounded).toBeUndefined();
    expect(match.evidence.coveredA.length).toBeGreaterThan(0);
  });

  it('finds the same tiles with the anchored search as with the table when no limit is hit', () => {
    // Small alphabets make long shared runs and ties, where the pick order matters.
    const words = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(words, words, fc.integer({ min: 1, max: 4 }), (xs, ys, minRun) => {
        const a = Int32Array.from(xs);
        const b = Int32Array.from(ys);
        const exact = tableTiles(a, b, minRun);
        const anchored = anchoredTiles(a, b, minRun);
        expect(anchored.bounded).toBe(false);
        expect(anchored.tiles).toEqual(exact.tiles);
        expect(anchored.longest).toBe(exact.longest);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('aligns two 50,000-word paragraphs without a RangeError and says they are too long', () => {
    const comparison = alignSources(
      [
        { id: 'a', text: runOn(50_000, 5) },
        { id: 'b', text: runOn(50_000, 6) },
      ],
      { provenance: false },
    );
    const long = comparison.diagnostics.filter((d) => d.code === 'sentence-too-long');
    expect(long.map((d) => d.source).sort()).toEqual(['a', 'b']);
  });
});

describe('case 4: typing the changes of a bounded diff stays linear', () => {
  /** `n` quoted statements with speakers and amounts, every name and number differing by `salt`. */
  function statements(n: number, salt: number): string {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const w = seedWords[(i * 7 + salt) % seedWords.length]!;
      const v = seedWords[(i * 13 + salt * 3) % seedWords.length]!;
      parts.push(
        `"${w} ${v} report," said Minister Name${(i + salt) % 997} of Region${i % 89}, citing ${i * 31 + salt} cases.`,
      );
    }
    return parts.join(' ');
  }

  it('diffs 400 KB of differing names, numbers and quotes with linear typing work', () => {
    const work = (n: number): number => {
      resetWork();
      const diff = diffSentences(statements(n, 0), statements(n, 1));
      expect(diff.truncated).toBe(true);
      expect(diff.diagnostics.some((d) => d.code === 'diff-bounded')).toBe(true);
      return readWork().diff;
    };
    // Before the fix: 13.5 s and 64 s for these two sizes (193 KB and 388 KB), 4 to 5 times per doubling.
    const small = work(2_500);
    const large = work(5_000);
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(2.3 * small + 1_000);
  });
});

describe('case 7: caches are bounded by bytes', () => {
  it('stores no long word and stays under its budget', () => {
    const cache = new BoundedCache<number>(10_000, 64);
    cache.set('x'.repeat(65), 1);
    expect(cache.get('x'.repeat(65))).toBeUndefined();
    for (let i = 0; i < 1_000; i++) cache.set(`word${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(10_000);
  });

  it('does not grow with a stream of unique 200 KB words (before: about 0.8 MB per call)', () => {
    const before = cacheBytes();
    for (let i = 0; i < 60; i++) {
      const w = `q${i}`.padEnd(200_000, String.fromCharCode(97 + (i % 26)));
      compareSentences(`${w} a b c`, `${w} a b d`);
      diffSentences(`${w} a b c`, `${w} a b d`);
    }
    // Not one of the 60 long words is kept: growth is a few short words' worth.
    expect(cacheBytes() - before).toBeLessThan(10_000);
    expect(cacheBytes()).toBeLessThanOrEqual(cacheBudget());
  });
});

describe('case 10: an emoji followed by a combining mark', () => {
  it('keeps the surrogate pair whole and raises no control-characters diagnostic', () => {
    const article = normalizeArticle('Fans cheered \u{1F600}\u0301 as the team arrived.');
    expect(article.diagnostics.map((d) => d.code)).not.toContain('control-characters');
    expect(article.sentences[0]!.normalized).toContain('\u{1F600}');
  });

  it('never leaves a lone surrogate in normalized text made from well-formed input', () => {
    const cluster = fc.constantFrom('\u{1F600}', '\u{1F1FA}\u{1F1F8}', 'e', 'A', ' ', '.', '\n');
    const mark = fc.constantFrom('', '\u0301', '\u0308\u0301', '\u20e3', '\u1ab0');
    const text = fc.array(fc.tuple(cluster, mark), { maxLength: 40 }).map((xs) => xs.map(([c, m]) => c + m).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const article = normalizeArticle(`${t} End of the story.`);
        for (const s of article.sentences) expect(s.normalized).not.toMatch(LONE_SURROGATE);
        expect(article.diagnostics.map((d) => d.code)).not.toContain('control-characters');
      }),
      { numRuns: 200, seed: 20261204 },
    );
  });
});

describe('one rare word in every sentence: candidate pairs stay linear', () => {
  /** `n` sentences that share their rare words and differ only in a number. */
  const days = (n: number, salt: number): string =>
    Array.from({ length: n }, (_, i) => `Kim Jong-un visited Vladivostok on day ${i * 3 + salt}.`).join(' ');

  function alignWork(n: number): { work: number; codes: string[] } {
    resetWork();
    const comparison = alignSources(
      [
        { id: 'a', text: days(n, 0) },
        { id: 'b', text: days(n, 1) },
      ],
      { provenance: false },
    );
    return { work: readWork().align, codes: comparison.diagnostics.map((d) => d.code) };
  }

  it('walks each long posting list within a window and says so (before: 30 s for 364 KB, 3x per doubling)', () => {
    const small = alignWork(4_000);
    const large = alignWork(8_000);
    expect(small.codes).toContain('candidates-bounded');
    expect(large.work).toBeLessThanOrEqual(2.3 * small.work);
  });

  it('walks the seeds whole: no candidates-bounded diagnostic on a real story', () => {
    const seeds = seedFiles.map((s) => ({ id: s.id.slice(0, 3), text: s.text }));
    const codes = alignSources(seeds).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('candidates-bounded');
  });
});

describe('one short sentence repeated thousands of times in one source: groups stay linear', () => {
  /** Align work of a two-sentence seed line against `n` times `A. ` (the repeats are one node of one source). */
  function alignWork(n: number): number {
    resetWork();
    const comparison = alignSources(
      [
        { id: 'a', text: seed.split('\n')[0]! },
        { id: 'b', text: 'A. '.repeat(n) },
      ],
      { provenance: false },
    );
    expect(comparison.articles[1]!.sentences).toHaveLength(n);
    return readWork().align;
  }

  it('looks at each component of one source once (found by fuzzing: before, 25.8 s at 32,000 repeats, 4x per doubling)', () => {
    const small = alignWork(2_000);
    const large = alignWork(8_000);
    expect(large).toBeLessThanOrEqual(4.6 * small);
  });
});
