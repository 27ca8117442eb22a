/**
 * Scores shared by the boilerplate-removal evaluations.
 *
 * @packageDocumentation
 */
import type { Article } from '../../../src/core/types';

/** Precision, recall and F1 of one page or of a whole set. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Lowercased word tokens: maximal runs of letters and digits (Unicode
 * classes `L` and `N`); punctuation and whitespace separate tokens.
 *
 * @param text - Any text.
 * @returns The tokens in order.
 * @example
 * ```ts
 * wordTokens("Kim's 1st visit, in 2015."); //=> ['kim', 's', '1st', 'visit', 'in', '2015']
 * ```
 */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Size of the multiset intersection of two token lists (how many tokens of
 * `a` can be paired with an equal token of `b`, each used once).
 *
 * @param a - Tokens.
 * @param b - Tokens.
 * @returns The overlap count.
 * @example
 * ```ts
 * bagOverlap(['a', 'a', 'b'], ['a', 'b', 'b', 'c']); //=> 2
 * ```
 */
export function bagOverlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  return overlap;
}

/**
 * Precision, recall and F1 from counts. An empty prediction has precision 0
 * unless the gold is empty too.
 *
 * @param overlap - Correct items.
 * @param predicted - Items the system returned.
 * @param gold - Items expected.
 * @returns The three scores in `[0, 1]`.
 * @example
 * ```ts
 * prf(3, 4, 6); //=> { precision: 0.75, recall: 0.5, f1: 0.6 }
 * ```
 */
export function prf(overlap: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : overlap / predicted;
  const recall = gold === 0 ? 1 : overlap / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * The text copydesk keeps of an article: the title, the dek (standfirst) and
 * the body paragraphs, in that order, one per line.
 *
 * @param article - A normalized article.
 * @returns The kept text.
 */
export function keptText(article: Article): string {
  const parts: string[] = [];
  if (article.metadata.title !== undefined) parts.push(article.metadata.title.text);
  if (article.metadata.dek !== undefined) parts.push(article.metadata.dek.text);
  for (const p of article.paragraphs) parts.push(p.text);
  return parts.join('\n');
}

/**
 * Formats a score in `[0, 1]` with three decimals.
 *
 * @param value - The score.
 * @returns For example `0.958`.
 */
export function fixed3(value: number): string {
  return value.toFixed(3);
}
