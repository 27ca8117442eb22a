import { describe, expect, it } from 'vitest';
import { Mapping, mapSpan, mapTextSpan, Pieces, Shift } from '../../src/core/mapping';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { seedFiles } from '../fixtures/seeds';

describe('core/mapping', () => {
  it('Shift moves a span relative to a sentence into its original text', () => {
    const article = normalizeArticle(seedFiles[0]!);
    const sentence = article.sentences[2]!;
    const at = sentence.text.indexOf(' ') + 1;
    const word = sentence.text.slice(at, sentence.text.indexOf(' ', at));
    const span = mapTextSpan(new Shift(sentence.start), { text: word, start: at, end: at + word.length });
    expect(article.original.slice(span.start, span.end)).toBe(word);
  });

  it('Pieces maps the paragraphs of a seed, joined by blank lines, back to the original', () => {
    const article = normalizeArticle(seedFiles[1]!);
    const from: number[] = [];
    let joined = '';
    for (const p of article.paragraphs) {
      if (joined.length > 0) joined += '\n\n';
      from.push(joined.length);
      joined += p.text;
    }
    const map = new Pieces(
      from,
      article.paragraphs.map((p) => p.start),
      article.paragraphs.map((p) => p.end - p.start),
    );
    article.paragraphs.forEach((p, k) => {
      const span = mapSpan(map, { start: from[k]!, end: from[k]! + p.text.length });
      expect(span).toEqual({ start: p.start, end: p.end });
    });
    // A span that ends at a paragraph's end does not spill into the separator or the next paragraph.
    const second = article.paragraphs[1]!;
    expect(map.mapEnd(from[1]! + second.text.length)).toBe(second.end);
    expect(map.mapStart(from[1]!)).toBe(second.start);
  });

  it('Mapping composes maps in order', () => {
    const map = new Mapping([new Shift(10)]).compose(new Pieces([0, 100], [1000, 5000], [100, 50]));
    expect(mapSpan(map, { start: 0, end: 5 })).toEqual({ start: 1010, end: 1015 });
    expect(mapSpan(map, { start: 95, end: 100 })).toEqual({ start: 5005, end: 5010 });
    expect(new Pieces([], [], []).mapStart(3)).toBe(0);
  });
});
