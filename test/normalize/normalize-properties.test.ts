import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, normalizeArticle, splitSentences } from '../../src/index';
import { cleanText } from '../../src/normalize/clean-text';

// Lines that look like scraped news pages, mixed with arbitrary unicode, so
// the generators reach the metadata and furniture rules, not only plain noise.
const newsLine = fc.constantFrom(
  'Advertisement',
  'By Elizabeth Shim',
  'KCNA/Reuters',
  '(Reporting by Jack Kim; Editing by Michael Perry)',
  'MOSCOW, March 19 (UPI) -- Kim will visit.',
  'Sign up for our free weekly newsletter',
  'You\u2019ve read 3 of 3 free articles.',
  'Dear readers,',
  'Read more',
  '\u201cWe maintain friendly relations,\u201d Putin said.',
  'Dr. Leonid Petrov said U.S. exports grew 32 percent, or $10.2 million.',
  'https://example.com/world/2015/kim-visit',
  '|',
  '',
  '\u00a0\u200b\u00ad\r',
);
const pageText = fc
  .array(
    fc.oneof(newsLine, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 })),
    {
      maxLength: 25,
    },
  )
  .chain((parts) => fc.constantFrom('\n', '\n\n', '\r\n').map((sep) => parts.join(sep)));

function checkInvariants(text: string, article: Article): void {
  // The layout tiles the input: contiguous, ordered, from 0 to the end.
  let pos = 0;
  for (const piece of article.layout) {
    expect(piece.start).toBe(pos);
    expect(piece.end).toBeGreaterThan(piece.start);
    pos = piece.end;
  }
  expect(pos).toBe(text.length);
  // Removed spans and body paragraphs are exactly the non-separator layout pieces.
  const nonSeparator = article.layout.filter((l) => l.role !== 'separator').map((l) => [l.start, l.end]);
  const covered = [...article.paragraphs, ...article.removed]
    .map((s) => [s.start, s.end])
    .sort((a, b) => a[0]! - b[0]!);
  expect(covered).toEqual(nonSeparator);
  // Offsets are in bounds, ordered, and point at the raw text.
  let last = 0;
  for (const s of article.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    last = s.end;
  }
  for (const r of article.removed) expect(text.slice(r.start, r.end)).toBe(r.text);
  for (const p of article.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
}

describe('normalizeArticle properties', () => {
  it('never throws below the size limit, tiles the input and keeps offsets in bounds', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        checkInvariants(text, normalizeArticle(text));
      }),
      { numRuns: 300 },
    );
  });

  it('handles arbitrary unicode strings, including lone surrogates and controls', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkInvariants(text, normalizeArticle(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never cuts a sentence inside a \u2026 read as ... (sentences overlapped in the source; found by fuzzing)', () => {
    for (const text of ['He left\u2026 \u2026 Then he came back.', 'He left\u2026 . Then he came back.']) {
      const article = normalizeArticle(text);
      checkInvariants(text, article);
      expect(article.sentences.map((s) => s.text)).toEqual([
        text.slice(0, text.indexOf(' Then')),
        'Then he came back.',
      ]);
    }
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        expect(normalizeArticle(text)).toEqual(normalizeArticle(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('cleanText offset map', () => {
  it('maps every cleaned position back monotonically and within the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { text: clean, map } = cleanText(text);
        let previousStart = 0;
        let previousEnd = 0;
        for (let p = 0; p <= clean.length; p++) {
          const start = map.mapStart(p);
          const end = map.mapEnd(p);
          // Both maps never go backwards and stay within the original.
          expect(start).toBeGreaterThanOrEqual(previousStart);
          expect(end).toBeGreaterThanOrEqual(previousEnd);
          expect(start).toBeLessThanOrEqual(text.length);
          expect(end).toBeLessThanOrEqual(text.length);
          // A non-empty cleaned span [q, p) maps to a non-empty original span.
          if (p > 0) expect(end).toBeGreaterThan(map.mapStart(p - 1));
          previousStart = start;
          previousEnd = end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips unchanged text through the map', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), (text) => {
        const { map } = cleanText(text);
        for (let p = 0; p <= text.length; p += 7) expect(map.mapStart(map.toNormalized(p))).toBe(p);
      }),
    );
  });
});

describe('splitSentences properties', () => {
  it('returns trimmed, ordered, in-bounds spans for any string', () => {
    fc.assert(
      fc.property(fc.oneof(pageText, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
