import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';
import { cleanText } from '../../src/normalize/clean-text';

// Text scraped with the wrong decoding (Windows-1252 bytes read as Latin-1):
// the curly quotes, apostrophes, dashes and ellipses of the page become C1
// code points. Issue 12; the two documents of the Multi-News dev clusters
// that hold them have U+0092 for an apostrophe and U+0097 for a dash.
const MISDECODED =
  'The mayor\u0092s office said the budget was \u0093balanced\u0094 \u0096 for now\u0085 ' +
  'It costs \u008050 million \u0097 a record.';

describe('cleanText on Windows-1252 characters in the C1 range', () => {
  it('decodes them as the characters they stand for, then cleans those', () => {
    const cleaned = cleanText(MISDECODED);
    expect(cleaned.text).toBe(
      'The mayor\'s office said the budget was "balanced" - for now... It costs \u20ac50 million - a record.',
    );
    expect(cleaned.repaired).toBe(7);
    expect(cleaned.dropped).toBe(0);
  });

  it('keeps offsets back to the original exact', () => {
    const cleaned = cleanText(MISDECODED);
    const at = cleaned.text.indexOf('for now...');
    const start = cleaned.map.mapStart(at);
    const end = cleaned.map.mapEnd(at + 'for now...'.length);
    expect(MISDECODED.slice(start, end)).toBe('for now\u0085');
    const euro = cleaned.text.indexOf('\u20ac50');
    expect(MISDECODED.slice(cleaned.map.mapStart(euro), cleaned.map.mapEnd(euro + 3))).toBe('\u008050');
  });

  it('drops the five bytes Windows-1252 leaves undefined', () => {
    const cleaned = cleanText('a\u0081b\u008dc\u008fd\u0090e\u009df \u0092');
    expect(cleaned.text).toBe("abcdef '");
    expect(cleaned.dropped).toBe(5);
    expect(cleaned.repaired).toBe(1);
  });

  it('drops them as junk in a text that looks binary, where NEL stays a line break', () => {
    const cleaned = cleanText('\u0000\u0001\u0007ab\u0092c\u0093\u0085d');
    expect(cleaned.text).toBe('abc\nd');
    expect(cleaned.repaired).toBe(0);
    expect(cleaned.dropped).toBe(5);
  });

  it('maps every position back into the original, never backwards', () => {
    const c1 = fc.integer({ min: 0x80, max: 0x9f }).map((c) => String.fromCharCode(c));
    const text = fc.array(fc.oneof(c1, fc.constantFrom('a', ' ', 'B.', '\n', '\u2019', '\u0000')), { maxLength: 40 });
    fc.assert(
      fc.property(text, (parts) => {
        const original = parts.join('');
        const { text: out, map } = cleanText(original);
        let previous = 0;
        for (let pos = 0; pos <= out.length; pos++) {
          const start = map.mapStart(pos);
          const end = map.mapEnd(pos);
          if (start < previous || start > original.length || end > original.length) return false;
          previous = start;
        }
        return true;
      }),
    );
  });
});

describe('normalizeArticle on Windows-1252 characters in the C1 range', () => {
  it('reports them as encoding-repaired, not as control characters', () => {
    const article = normalizeArticle(MISDECODED);
    const codes = article.diagnostics.map((d) => d.code);
    expect(codes).toContain('encoding-repaired');
    expect(codes).not.toContain('control-characters');
    expect(article.sentences.map((s) => s.normalized)).toEqual([
      'The mayor\'s office said the budget was "balanced" - for now...',
      'It costs \u20ac50 million - a record.',
    ]);
    // Sentence offsets point into the original, C1 code points included.
    const first = article.sentences[0]!;
    expect(MISDECODED.slice(first.start, first.end)).toBe(
      'The mayor\u0092s office said the budget was \u0093balanced\u0094 \u0096 for now\u0085',
    );
  });
});
