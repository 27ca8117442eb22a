import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1aInt } from '../../src/core/util/hash';
import { tripleHashes } from '../../src/normalize/rules/blocks';
import { LineScanner } from '../../src/normalize/rules/line-scanner';
import { lowerWord, WordScanner } from '../../src/normalize/word-scan';
import { contentStemKeys, contentStems, foldForDuplicates, foldHash } from '../../src/normalize/words';

// Pieces that reach the edge cases: apostrophes inside and around words, non-ASCII letters and digits, letters whose
// lower case is longer (İ), astral letters and lone surrogates, stop words, long words.
const piece = fc.constantFrom(
  ...'aBz09 .-\'’"_é'.split(''),
  'İ',
  'ß',
  '𝐀',
  '中',
  '٣',
  '\uD800',
  '\uDC00',
  'the',
  'You',
  "let's",
  "you're",
  'further',
  'celebrations',
);
const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const hash = (s: string) => {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
};

describe('word scanner', () => {
  const classes = { the: 1, you: 2, "let's": 4, "you're": 2, é: 1 } as Record<string, number>;
  const scanner = new WordScanner(Object.entries(classes).map(([w, bit]) => [bit, [w]] as const));

  it('reads the words of the regular expression, in a range of a text, with their classes', () => {
    fc.assert(
      fc.property(text, (s) => {
        const expected = (s.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
        const full = `Ab ${s} zz`;
        const n = scanner.leading(full, 64, 3, 3 + s.length);
        const got = Array.from({ length: n }, (_, i) => lowerWord(full, scanner.starts[i]!, scanner.ends[i]!));
        expect(got).toEqual(expected.slice(0, 64));
        expect(Array.from(scanner.hashes.subarray(0, n))).toEqual(got.map(hash));
        scanner.scan(full, 3, 3 + s.length);
        expect(scanner.words).toBe(expected.length);
        expect(scanner.firstClasses).toBe(classes[expected[0] ?? ''] ?? 0);
        expect(scanner.anyClasses).toBe(expected.reduce((bits, w) => bits | (classes[w] ?? 0), 0));
        expect(scanner.lower).toBe(/\p{Ll}/u.test(s));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });
});

describe('words read by the line scanner', () => {
  it('give the same counts as reading the text again (ASCII without apostrophes)', () => {
    const classes = { the: 1, you: 2, click: 4, said: 8 } as Record<string, number>;
    const scanner = new WordScanner(Object.entries(classes).map(([w, bit]) => [bit, [w]] as const));
    const lines = new LineScanner([]);
    const asciiPiece = fc.constantFrom(...'aBz09 .-_,;:!?()'.split(''), 'the', 'You', 'CLICK', 'said', 'Said');
    fc.assert(
      fc.property(fc.array(asciiPiece, { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        const full = `Ab ${s} zz`;
        lines.reset();
        lines.scan(full, 0, full.length);
        scanner.scan(full, 3, 3 + s.length);
        const expected = [scanner.words, scanner.firstClasses, scanner.anyClasses, scanner.lower, ...scanner.counts];
        // The words of the range: those of the line from the second to the one before last.
        const to = lines.wordCount - 1;
        scanner.scanWords(full, lines.wordHashes, lines.wordStarts, lines.wordLengths, lines.wordLower, 1, to);
        expect([scanner.words, scanner.firstClasses, scanner.anyClasses, scanner.lower, ...scanner.counts]).toEqual(
          expected,
        );
      }),
      { numRuns: 2000, seed: 20261204 },
    );
  });
});

describe('in-place hashes', () => {
  it('give the word triples, stems and folds of the slice', () => {
    const triples = (s: string) => {
      const words = (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1aInt);
      return words
        .slice(2)
        .map((w, i) => (Math.imul(Math.imul(words[i]!, 0x01000193) ^ words[i + 1]!, 0x01000193) ^ w) | 0);
    };
    fc.assert(
      fc.property(text, (s) => {
        const full = `Q ${s} Z`;
        const [start, end] = [2, 2 + s.length];
        expect(tripleHashes(full, start, end)).toEqual(triples(s));
        expect(foldHash(full, start, end)).toBe(hash(foldForDuplicates(s)));
        // Stem keys are equal exactly when the stems are.
        const stems = contentStems(s);
        const keys = contentStemKeys(full, start, end);
        expect(keys.length).toBe(stems.length);
        for (let i = 0; i < stems.length; i++) {
          for (let j = 0; j < stems.length; j++) expect(keys[i] === keys[j]).toBe(stems[i] === stems[j]);
        }
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });
});
