/**
 * The text of chosen blocks as one plain text with one map back to the HTML,
 * and the layout of the whole page (blocks, removed markup, markup between),
 * so that a plain-text pipeline can run on an HTML page and report HTML
 * offsets.
 *
 * @packageDocumentation
 */

import { SourceTextMap } from './text-map';
import type { HtmlBlockLabel, HtmlExtraction, HtmlLayoutSpan, HtmlText } from './types';

/** Separator between blocks in {@link htmlText}. */
const SEPARATOR = '\n\n';

const BODY_LABELS: readonly HtmlBlockLabel[] = ['body'];

/**
 * Joins the text of the blocks with the given labels (by default the body)
 * with blank lines, and composes one map from the joined text back to the
 * HTML: a position inside a block maps into that block's source, a position
 * in a separator to the markup between the two blocks.
 *
 * @param extraction - The result of {@link extractHtml}.
 * @param labels - Labels of the blocks to join, in reading order of the page.
 * @returns The text, its map, and which blocks it holds where.
 *
 * @example
 * ```ts
 * const page = extractHtml('<article><p>First, a paragraph of the story here.</p><p>Second &amp; last paragraph of it, too.</p></article>');
 * const { text, map } = htmlText(page);
 * text; //=> 'First, a paragraph of the story here.\n\nSecond & last paragraph of it, too.'
 * page.html.slice(map.mapStart(text.indexOf('&')), map.mapEnd(text.indexOf('&') + 1)); //=> '&amp;'
 * ```
 */
export function htmlText(extraction: HtmlExtraction, labels: readonly HtmlBlockLabel[] = BODY_LABELS): HtmlText {
  const wanted = new Set(labels);
  const map = new SourceTextMap();
  const parts: string[] = [];
  const indices: number[] = [];
  const offsets: number[] = [];
  let length = 0;
  let htmlPos = 0;
  extraction.blocks.forEach((block, index) => {
    if (!wanted.has(block.label) || block.text === '') return;
    const blockMap = block.map;
    if (!(blockMap instanceof SourceTextMap)) return;
    if (parts.length > 0) {
      map.add(htmlPos, blockMap.textStart, length, length + SEPARATOR.length);
      parts.push(SEPARATOR);
      length += SEPARATOR.length;
    } else {
      map.add(0, blockMap.textStart, 0, 0);
    }
    blockMap.appendTo(map, length, blockMap.textStart);
    indices.push(index);
    offsets.push(length);
    parts.push(block.text);
    length += block.text.length;
    htmlPos = blockMap.textEnd;
  });
  map.textStart = parts.length === 0 ? 0 : (extraction.blocks[indices[0]!]!.map as SourceTextMap).textStart;
  map.textEnd = htmlPos;
  return { text: parts.join(''), map, blocks: indices, offsets };
}

/**
 * Cuts the whole HTML into contiguous pieces: each block's range (role
 * `block`), each removed span outside the blocks (role `removed`, with its
 * reason), and the markup and white space between them (role `markup`).
 * Removed markup inside a block's range (a comment inside a paragraph) is
 * part of the block's piece. The pieces tile `[0, html.length)`.
 *
 * @param extraction - The result of {@link extractHtml}.
 * @returns The pieces in order.
 */
export function htmlLayout(extraction: HtmlExtraction): HtmlLayoutSpan[] {
  const out: HtmlLayoutSpan[] = [];
  const { blocks, removed } = extraction;
  const total = extraction.html.length;
  let pos = 0;
  let r = 0;
  const gap = (until: number): void => {
    while (pos < until) {
      while (r < removed.length && removed[r]!.end <= pos) r++;
      const next = removed[r];
      if (next === undefined || next.start >= until) {
        out.push({ start: pos, end: until, role: 'markup' });
        pos = until;
        return;
      }
      if (next.start > pos) out.push({ start: pos, end: next.start, role: 'markup' });
      const end = Math.min(next.end, until);
      out.push({ start: Math.max(pos, next.start), end, role: 'removed', reason: next.reason });
      pos = end;
    }
  };
  // In source order (a block read from a JSON-LD script comes last in reading order, first in the page).
  const order = blocks.map((_, index) => index);
  if (blocks.some((b, k) => k > 0 && b.start < blocks[k - 1]!.start))
    order.sort((a, b) => blocks[a]!.start - blocks[b]!.start || a - b);
  for (const index of order) {
    const block = blocks[index]!;
    const start = Math.max(block.start, pos);
    gap(start);
    if (block.end > pos) {
      out.push({ start: pos, end: block.end, role: 'block', block: index });
      pos = block.end;
    }
  }
  gap(total);
  return out;
}
