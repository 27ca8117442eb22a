/**
 * The text the reports print of a source. A plain-text source is printed as
 * its own ranges, `original.slice(start, end)`, as it always was. A source
 * read from an HTML page (`normalizeArticle({ html })`) has every offset in
 * the page's HTML, so a range of `original` is markup: the reports print the
 * decoded `text` of its spans instead (tags left out, references decoded),
 * and move change spans, which are offsets into the HTML, onto that text.
 *
 * @packageDocumentation
 */
import { spanMap } from '../core/mapping';
import type { Article, Span, TextSpan } from '../core/types';
import { readFromHtml } from './page-source';

/** What the reports need of one source to print its text. */
export interface SourceText {
  /** The source's `original`: the text, or the HTML of the page. */
  readonly original: string;
  /** Whether the source was read from HTML (see `readFromHtml`): its spans are then printed as their decoded `text`. */
  readonly decoded: boolean;
}

/**
 * A span's text as a report prints it, and the coordinate of its first
 * character in the positions its marks use: a plain-text span is the
 * original's range and keeps the original's offsets (`offset` is the span's
 * start), a decoded span is its `text` with offsets from 0.
 */
export interface ShownText {
  /** The characters to print. */
  readonly text: string;
  /** The position of `text[0]`; position `p` is `text[p - offset]`. */
  readonly offset: number;
}

/**
 * The {@link SourceText} of each article of a comparison, by id (of two
 * articles with one id, which `alignSources` does not make, the last).
 *
 * @param articles - `comparison.articles`.
 * @returns Each source's original and whether its text is printed decoded.
 */
export function sourceTexts(articles: readonly Article[]): Map<string, SourceText> {
  return new Map(articles.map((a) => [a.id, { original: a.original, decoded: readFromHtml(a) }] as const));
}

/**
 * The text of `span` as the reports print it: the original's range for a
 * plain-text source (an unknown source reads as an empty original, so its
 * ranges print nothing), the decoded `text` for a source read from HTML.
 *
 * @param source - The span's source, from {@link sourceTexts}.
 * @param span - A sentence, group member or removed span of that source.
 * @returns The characters to print and the coordinate of the first.
 */
export function shownText(source: SourceText | undefined, span: TextSpan): ShownText {
  if (source?.decoded) return { text: typeof span.text === 'string' ? span.text : '', offset: 0 };
  return { text: (source?.original ?? '').slice(span.start, span.end), offset: span.start };
}

/**
 * Where a span of `within` (absolute offsets of the original, such as a typed
 * change's side) lies in the text the reports print for `within` (see
 * {@link shownText}): the same offsets for plain text, when the original
 * holds `span.text` there; for a source read from HTML, the positions of
 * `within.text` that the sentence's own map (`spanMap`, text to HTML)
 * sends to `span.start` and `span.end`, when the text between them is
 * `span.text`. Anything else is not placed: no mark is better than a mark on
 * the wrong words.
 *
 * @param source - The source of `within`; when unknown, the span is placed on its offsets unchecked.
 * @param within - The sentence (or group member) the span belongs to.
 * @param span - The span to place, with its text (decoded, for HTML).
 * @returns The span in {@link ShownText} coordinates, or `undefined`.
 */
export function placeInShown(source: SourceText | undefined, within: TextSpan, span: TextSpan): Span | undefined {
  const { start, end, text } = span;
  if (start < within.start || end > within.end) return undefined;
  if (source === undefined) return { start, end };
  if (!source.decoded) return source.original.slice(start, end) === text ? { start, end } : undefined;
  return decodedSpan(source.original, within, span);
}

/**
 * The positions `[i, j)` of `within.text` whose map into the HTML is exactly
 * `[span.start, span.end)` and which hold `span.text`. Several positions can
 * map to one offset (a space that stands for a tag, the two halves of an
 * astral character): every candidate pair is tried, the first that holds the
 * text wins. Linear in the sentence's length, plus the candidates (a handful).
 */
function decodedSpan(original: string, within: TextSpan, span: TextSpan): Span | undefined {
  const text = within.text;
  if (typeof text !== 'string') return undefined;
  const map = spanMap(original, within);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let p = 0; p <= text.length; p++) {
    if (map.mapStart(p) === span.start) starts.push(p);
    if (map.mapEnd(p) === span.end) ends.push(p);
  }
  for (const i of starts) {
    for (const j of ends) {
      if (j > i && text.slice(i, j) === span.text) return { start: i, end: j };
    }
  }
  return undefined;
}
