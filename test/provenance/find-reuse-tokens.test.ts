/**
 * The word scanner of findReuse (src/provenance/reuse-tokens.ts) reads the
 * same tokens as `tokenize`: same boundaries, same norms, for every word and
 * number token. It copies the scanner of src/segment/tokenize.ts, so these
 * tests are what keeps the two in step when the tokenizer changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_BYTES } from '../../src/core/util/bounded-cache';
import { findReuse, findReuseInTokens, tokenIdCacheBytes } from '../../src/provenance/find-reuse';
import { referenceWordTokens, type WordTokens, wordTokens } from '../../src/provenance/reuse-tokens';
import { tokenize } from '../../src/segment/tokenize';
import { seedFiles } from '../fixtures/seeds';

/** Each token as `start-end:norm`. */
function listed(tokens: WordTokens): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push(`${tokens.starts[i]}-${tokens.ends[i]}:${tokens.norms[tokens.words[i]!]}`);
  }
  return out;
}

/** The word and number tokens of `tokenize`, listed the same way. */
function fromTokenize(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => `${t.start}-${t.end}:${t.norm}`);
}

function expectSameTokens(text: string): void {
  const scanned = wordTokens(text);
  expect(listed(scanned)).toEqual(fromTokenize(text));
  // One id per norm: ids are equal exactly when norms are.
  expect(new Set(scanned.norms).size).toBe(scanned.norms.length);
  for (let id = 0; id < scanned.norms.length; id++) {
    expect(scanned.idOf(scanned.norms[id]!, scanned.hashes[id]!)).toBe(id);
  }
}

// Tokens whose reading depends on what surrounds them, or that leave the fast ASCII paths.
const TRICKY = [
  'twenty-five',
  'Twenty-five',
  'twenty-zero-five',
  'XX-five',
  'twenty--five',
  'twenty‐five',
  'twenty -five',
  'ninety-nine',
  'twenty-II',
  'II',
  'XIV',
  'ii',
  'Ｔwenty-five',
  'U.S.',
  'U.S.A',
  'U.S.Army',
  'e.g.',
  'é.g.',
  'a.b.c.d',
  'A.1',
  '1.5x',
  '10sx',
  '1st',
  '70th',
  '1990s',
  '2011,',
  '2011.',
  '1,000,000',
  '10.200.000',
  '3,5',
  '3D',
  '１２',
  '٣',
  "don't",
  "rock'n'roll",
  'Kim’s',
  "Kim'",
  "'tis",
  'naïve',
  'nai\u0308ve',
  '\u0301accent',
  'Jong-un',
  'Jong-Un',
  'a-',
  '-b',
  '--',
  '...',
  '…',
  '—',
  '😀',
  '𝐀𝐁𝐂',
  '𝐀.𝐁.',
  '\u{1F600}\u0301',
  'colour',
  'neighbourhood',
  'realise',
  'realize',
  'travelled',
  'centre',
  'grey',
  'constructor',
  '__proto__',
  'toString',
  'Straße',
  'İstanbul',
  'ǅemal',
  '$10',
  '10%',
  '#tag',
  '@user',
  'x'.repeat(70),
  'ab'.repeat(40),
];

describe('wordTokens (the reuse scanner)', () => {
  it('reads every seed as tokenize does', () => {
    for (const seed of seedFiles) expectSameTokens(seed.text);
  });

  it('reads tokens that depend on their neighbours, or leave the fast paths, as tokenize does', () => {
    for (const t of TRICKY) {
      expectSameTokens(t);
      expectSameTokens(` ${t} `);
      expectSameTokens(`a${t}b`);
      expectSameTokens(`Twenty-${t}`);
      expectSameTokens(`${t}-five ${t}.`);
    }
    expectSameTokens(TRICKY.join(' '));
    expectSameTokens(TRICKY.join(''));
    expectSameTokens(TRICKY.join('-'));
  });

  it('reads hostile repetitions as tokenize does', () => {
    expectSameTokens('U.S. '.repeat(2000));
    expectSameTokens('U.S.'.repeat(2000));
    expectSameTokens('twenty-'.repeat(500));
    expectSameTokens('-'.repeat(1000));
    // A raw token longer than the word table holds (one dotted run of 20,000 characters): tokenize reads the text.
    expectSameTokens(`before ${'a.'.repeat(10_000)} after`);
    expectSameTokens('');
    expectSameTokens('   \n\t ');
  });

  it('reads random text made of tricky pieces as tokenize does', () => {
    const piece = fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.constantFrom(
        ' ',
        ' ',
        '\n',
        '-',
        '.',
        ',',
        "'",
        '’',
        '\u0301',
        '\u00a0',
        '\u2028',
        '\u00ad',
        '\u200b',
        '\u200d',
      ),
      fc.constantFrom('the', 'The', 'five', 'twenty', 'a', 'I', 'V', 'X', '7', '0'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expectSameTokens(pieces.join(''));
      }),
      { seed: 20260420, numRuns: 400 },
    );
  });

  it('reads random Unicode as tokenize does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expectSameTokens(text);
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('falls back to tokenize itself, with the same result (referenceWordTokens)', () => {
    for (const seed of seedFiles.slice(0, 2)) {
      expect(listed(referenceWordTokens(seed.text))).toEqual(fromTokenize(seed.text));
    }
  });
});

describe('findReuse across a cleared lexicon', () => {
  it('finds the same passages when the word table is cleared between source and target', () => {
    const passage =
      'North Korean leader Kim Jong-un has confirmed he will attend celebrations in Russia in May, the Kremlin said';
    // About 5 MB of table for the source's unique words: the table is cleared after the source is read.
    const unique = Array.from({ length: 12_000 }, (_, k) => `w${k}${'q'.repeat(150)}`).join(' ');
    const source = `${unique} ${passage} ${unique.slice(0, 5000)}`;
    const target = `Yesterday: ${passage}. More later.`;
    const found = findReuse(source, target);
    expect(tokenIdCacheBytes()).toBeLessThanOrEqual(DEFAULT_CACHE_BYTES);
    expect(found).toHaveLength(1);
    expect(target.slice(found[0]!.target.start, found[0]!.target.end)).toBe(passage);
    const reference = findReuseInTokens(referenceWordTokens(source), referenceWordTokens(target), {
      shingle: 5,
      minTokens: 8,
      maxGap: 12,
      maxOccurrences: 64,
    });
    expect(found).toEqual(reference.passages);
  });
});
