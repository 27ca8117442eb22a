import { describe, expect, it } from 'vitest';
import { mapSpan, spanMap } from '../../src/core/mapping';

/** A span of `original` whose text is what a reader sees of it. */
function span(original: string, raw: string, text: string) {
  const start = original.indexOf(raw);
  return { text, start, end: start + raw.length };
}

describe('spanMap', () => {
  it('is a shift when the original holds the text as it is', () => {
    const original = 'Kim will visit Moscow in May.';
    const map = spanMap(original, span(original, 'will visit', 'will visit'));
    const m = mapSpan(map, { start: 5, end: 10 }); // 'visit' in 'will visit'
    expect(m).toEqual({ start: 9, end: 14 });
    expect(original.slice(m.start, m.end)).toBe('visit');
  });

  it('walks through tags, references and collapsed white space in HTML', () => {
    const original =
      '<p>Trains between <b>Oslo</b> &amp; Bergen\n   stopped &#8220;for&#8221; a&nbsp;week &#128514; ok.</p>';
    const raw = 'Trains between <b>Oslo</b> &amp; Bergen\n   stopped &#8220;for&#8221; a&nbsp;week &#128514; ok.';
    const text = 'Trains between Oslo & Bergen stopped \u201cfor\u201d a\u00a0week \u{1f602} ok.';
    const s = span(original, raw, text);
    const map = spanMap(original, s);
    const at = (word: string) => {
      const i = text.indexOf(word);
      const m = mapSpan(map, { start: i, end: i + word.length });
      return original.slice(m.start, m.end);
    };
    expect(at('Oslo')).toBe('Oslo');
    expect(at('&')).toBe('&amp;');
    expect(at('Bergen stopped')).toBe('Bergen\n   stopped');
    expect(at('\u201cfor\u201d')).toBe('&#8220;for&#8221;');
    expect(at('Oslo & Bergen')).toBe('Oslo</b> &amp; Bergen');
    expect(at('\u{1f602}')).toBe('&#128514;');
    expect(at('ok.')).toBe('ok.');
  });
});
