/**
 * Which of copydesk's removal rules took which text, for the details of the
 * boilerplate evaluations.
 *
 * @packageDocumentation
 */
import type { Article } from '../../../src/core/types';

/**
 * The removal that covers an offset of the article's original text.
 *
 * @param article - A normalized article.
 * @param offset - Offset into `article.original`.
 * @returns `reason rule` of the removed span covering `offset`, or `undefined` when it is kept.
 * @example
 * ```ts
 * removalAt(article, 0); //=> 'metadata:title header:title'
 * ```
 */
export function removalAt(article: Article, offset: number): string | undefined {
  const span = article.removed.find((r) => r.start <= offset && offset < r.end);
  return span === undefined ? undefined : `${span.reason} ${span.rule}`;
}

/**
 * Groups the removed text of an article by `reason rule`.
 *
 * @param article - A normalized article.
 * @returns Removed text per `reason rule` key, pieces joined by a line break.
 */
export function removedByRule(article: Article): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of article.removed) {
    const key = `${r.reason} ${r.rule}`;
    const before = out.get(key);
    out.set(key, before === undefined ? r.text : `${before}\n${r.text}`);
  }
  return out;
}
