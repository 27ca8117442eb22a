import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { predicateStems } from '../../src/align/predicate.js';
import { tokenize } from '../../src/segment/tokenize.js';
import { comparePrepared } from '../../src/similarity/compare-sentences.js';
import { prepareSentence } from '../../src/similarity/features.js';

// Real sentences: the body lines of seed 001 (the Kim Jong Un visit to Moscow, as one outlet told it).
const seed = readFileSync(new URL('../../seeds/001_2c2638c4483bae25.txt', import.meta.url), 'utf8');
const sentences = seed
  .split(/\n+/)
  .flatMap((line) => line.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/))
  .filter((s) => s.split(' ').length >= 6);

describe('prepareSentence: the analysis kept for many comparisons (issue 11)', () => {
  it('gives the tokens tokenize gives, read on demand', () => {
    expect(sentences.length).toBeGreaterThan(5);
    for (const text of sentences) {
      const prepared = prepareSentence(text);
      expect(prepared.tokens).toEqual(tokenize(text));
      // Read twice, the same array: the tokens are kept once read.
      expect(prepared.tokens).toBe(prepared.tokens);
    }
  });

  it('keeps the offsets of every word and number, which slice back to the token', () => {
    for (const text of sentences) {
      const prepared = prepareSentence(text);
      const words = tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'number');
      expect(prepared.wordSpans.length).toBe(2 * words.length);
      words.forEach((t, i) => {
        expect(text.slice(prepared.wordSpans[2 * i]!, prepared.wordSpans[2 * i + 1]!)).toBe(t.text);
      });
      expect([...prepared.words].map((k) => tokenize(text)[k]!.text)).toEqual(words.map((t) => t.text));
    }
  });

  it('keeps its arrays apart although they share one buffer', () => {
    const prepared = prepareSentence(sentences[0]!);
    const hashes = [...prepared.hashes];
    expect([...prepared.sortedHashes]).toEqual([...hashes].sort((a, b) => a - b));
    expect([...prepared.trigrams]).toEqual([...prepared.trigrams].sort((a, b) => a - b));
    expect(prepared.distinct.length).toBe(new Set(hashes).size);
    expect([...prepared.distinctIdf].every((w) => w > 0)).toBe(true);
  });

  it('finds the predicate stems once: not names, not attribution', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov said North Korea was ready to resume talks.';
    expect([...predicateStems(prepareSentence(text))].sort()).toEqual(['ready', 'resum', 'talks']);
  });

  it('compares the same way after its tokens are read', () => {
    const [a, b] = [sentences[0]!, sentences[1]!];
    const before = comparePrepared(prepareSentence(a), prepareSentence(b));
    const pa = prepareSentence(a);
    const pb = prepareSentence(b);
    void pa.tokens;
    void pb.tokens;
    expect(comparePrepared(pa, pb)).toEqual(before);
  });
});
