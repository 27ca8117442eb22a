import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceWordHashes, slowWordHashes } from '../../src/corpus/fingerprint';
import { normalizeArticle } from '../../src/index';
import { seedFiles } from '../fixtures/seeds';

const fast = (text: string): number[] => {
  const out: number[] = [];
  sentenceWordHashes(text, out);
  return out;
};
const slow = (text: string): number[] => {
  const out: number[] = [];
  slowWordHashes(text, out);
  return out;
};

/** ASCII, apostrophes, news punctuation, and letters and digits beyond ASCII (which take the regular expression). */
const piece = fc.constantFrom(
  'Rain',
  'fell',
  ' ',
  'U.S.',
  "don't",
  'rock’n’roll',
  "90's",
  "it's5",
  "''",
  "'",
  '’',
  '‘',
  '“quote”',
  '—',
  '–',
  '…',
  '\u00a0',
  '€5',
  '£',
  '°C',
  '•',
  '©',
  'café',
  'ÉCOLE',
  'İstanbul',
  'ΟΔΟΣ',
  'x²',
  '½',
  '42',
  'A1',
  '-',
  '.',
);

describe('sentenceWordHashes', () => {
  it('gives the regular expression’s word hashes on generated text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(fast(text)).toEqual(slow(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the regular expression’s word hashes on every sentence of the seeds', () => {
    let words = 0;
    for (const seed of seedFiles) {
      for (const s of normalizeArticle({ text: seed.text }).sentences) {
        const hashes = fast(s.normalized);
        expect(hashes).toEqual(slow(s.normalized));
        words += hashes.length;
      }
    }
    expect(words).toBeGreaterThan(500);
  });
});
