/**
 * Generative stress suite (issue 10): hostile inputs drawn from the shapes
 * that broke the library (dotted runs, one word repeated, run-on paragraphs,
 * emoji with combining marks, control and binary characters, unbalanced
 * quotes, many short lines, differing names and numbers), mixed with real
 * seed sentences, with fixed seeds so CI is reproducible. For every public call it asserts that nothing but a
 * `CopydeskError` is thrown, and that the work the library counts
 * (src/util/work.ts) grows at most linearly when the input grows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWork, resetWork } from '../../src/core/util/work';
import {
  alignSources,
  compareSentences,
  diffSentences,
  extractQuotes,
  isCopydeskError,
  normalizeArticle,
  splitSentences,
  toHTML,
  toJSON,
  toMarkdown,
} from '../../src/index';
import { seedFiles } from '../fixtures/seeds';

const seedSentences = seedFiles.flatMap((s) => normalizeArticle(s.text).sentences.map((x) => x.text));

/** One hostile unit of text; the generators repeat it to scale the input. */
const unit = fc.oneof(
  fc.constantFrom(...seedSentences),
  fc.constantFrom('a.', 'U.S. ', 'Mr. ', '. ', '"', '“', '\u{1F600}\u0301', '\u0000', '\r\n', '\n', '--', '...'),
  fc.integer({ min: 0, max: 99_999 }).map((n) => `Smith${n % 97} paid ${n.toLocaleString('en-US')} dollars. `),
  fc.integer({ min: 0, max: 999 }).map((n) => `"We will go," said Minister Name${n} `),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('word ', 'Kim Jong-un visited Vladivostok ', 'Advertisement\n', 'Read more\n'),
);

/** A unit pattern and a repeat count: the text is the pattern repeated. */
const pattern = fc.array(unit, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));

function expectTyped(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!isCopydeskError(error)) throw error;
  }
}

function totalWork(): number {
  const w = readWork();
  return w.score + w.align + w.diff + w.reuse;
}

describe('hostile inputs', () => {
  it('throw nothing but CopydeskError from any public call', () => {
    fc.assert(
      fc.property(pattern, fc.integer({ min: 1, max: 200 }), pattern, (p, k, q) => {
        const a = p.repeat(k);
        const b = q.repeat(Math.max(1, Math.floor(k / 2)));
        expectTyped(() => splitSentences(a));
        expectTyped(() => normalizeArticle(a));
        expectTyped(() => compareSentences(a, b));
        expectTyped(() => diffSentences(a, b));
        expectTyped(() => extractQuotes(a));
        expectTyped(() => {
          const comparison = alignSources([
            { id: 'a', text: a },
            { id: 'b', text: b },
            { id: 'c', text: `${b}${a}` },
          ]);
          toJSON(comparison);
          toMarkdown(comparison);
          toHTML(comparison);
        });
      }),
      { numRuns: 40, seed: 20261201 },
    );
  });

  it('do work that grows at most linearly with the input', () => {
    const measure = (a: string, b: string): number => {
      resetWork();
      compareSentences(a, b);
      diffSentences(a, b);
      alignSources([
        { id: 'a', text: a },
        { id: 'b', text: b },
      ]);
      return totalWork();
    };
    fc.assert(
      fc.property(pattern, pattern, (p, q) => {
        // Scale both texts to about 4,000 and 16,000 characters.
        const k = Math.max(1, Math.ceil(4_000 / (p.length + q.length)));
        const small = measure(p.repeat(k), q.repeat(k));
        const large = measure(p.repeat(4 * k), q.repeat(4 * k));
        // Linear is 4x; the budgets' fixed allowances and the exact table for sentences under 256 words
        // (quadratic up to that size, 65,536 cells per pass) leave room up to 6x plus a fixed amount.
        expect(large).toBeLessThanOrEqual(6 * small + 600_000);
        // And an absolute bound per input character, far below what a quadratic pass would cost at this size.
        const chars = 4 * k * (p.length + q.length);
        expect(large / chars).toBeLessThan(2_000);
      }),
      { numRuns: 25, seed: 20261202 },
    );
  });
});
