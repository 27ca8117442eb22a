// Offset checks shared by the HTML input tests: what a reader sees of a piece of HTML, and every offset property of
// an article read from a page.
import { expect } from 'vitest';
import { visible, words } from '../../scripts/eval/lib/html-visible';
import type { Article } from '../../src/core/types';

export { visible, words };

/** Checks every offset property of an article read from `html`. */
export function checkOffsets(article: Article, html: string): void {
  expect(article.original).toBe(html);
  for (const span of [...article.paragraphs, ...article.sentences]) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(html.length);
    expect(words(visible(html.slice(span.start, span.end)))).toEqual(words(span.text));
  }
  // The layout tiles the whole HTML, and its removed pieces are the removed spans.
  let pos = 0;
  for (const piece of article.layout) {
    expect(piece.start).toBe(pos);
    expect(piece.end).toBeGreaterThan(piece.start);
    if (piece.role === 'removed') expect(piece.reason).toBeDefined();
    pos = piece.end;
  }
  expect(pos).toBe(html.length);
  const removedPieces = article.layout.filter((p) => p.role === 'removed');
  expect(removedPieces.map((p) => [p.start, p.end, p.reason])).toEqual(
    article.removed.map((r) => [r.start, r.end, r.reason]),
  );
  expect(article.layout.filter((p) => p.role === 'body').map((p) => [p.start, p.end])).toEqual(
    article.paragraphs.map((p) => [p.start, p.end]),
  );
}
