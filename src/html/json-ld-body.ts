/**
 * The article read from the page's JSON-LD `articleBody` when the page shows
 * almost none of it: a page that renders its story with script (scmp.com's
 * opinion pages show a caption, two labels and the author's bio; the 700
 * words of the column are only in the `NewsArticle` JSON-LD). The JSON
 * string is decoded in place (escapes, character references, white space),
 * with a map from every character of the text to the JSON source, so the
 * article's spans point at the text inside the `<script>` element.
 *
 * @packageDocumentation
 */
import { decodeHTML } from 'entities';
import type { Diagnostic } from '../core/article';
import { CHARACTER_REFERENCE } from '../core/mapping';
import { MAX_VALUE } from './metadata';
import { SourceTextMap } from './text-map';
import { JSON_LD_BODY } from './tuning';
import type { HtmlBlock, HtmlExtraction, HtmlRemovedSpan } from './types';

/** The rule of the block read from the JSON-LD `articleBody`. @internal */
export const JSON_LD_BODY_RULE = 'json-ld:article-body';

/** A character reference, read where it stands (sticky). */
const ENTITY = new RegExp(CHARACTER_REFERENCE, 'y');

/** A JSON string's content decoded, with the map from its characters to the HTML. */
export interface DecodedJsonString {
  readonly text: string;
  readonly map: SourceTextMap;
  /** HTML offset just past the last character the text keeps (trailing white space dropped). */
  readonly end: number;
}

/**
 * Decodes the content of a JSON string literal, `html[start, end)` (between
 * its quotes): escapes, then character references as an attribute value
 * would be decoded, white space collapsed (a run holding a line break becomes
 * a blank line, a paragraph break; any other run one space; none at the
 * ends). `undefined` when the content is not valid JSON string content.
 *
 * @internal
 */
export function decodeJsonString(html: string, start: number, end: number): DecodedJsonString | undefined {
  const map = new SourceTextMap();
  map.textStart = start;
  const parts: string[] = [];
  let length = 0;
  let textEnd = start;
  // The white space run being read: where it starts in the HTML (-1: none) and whether it breaks a line.
  let spaceFrom = -1;
  let spaceBreaks = false;
  let i = start;
  while (i < end) {
    const c = html.charCodeAt(i);
    let unit: string;
    let raw = 1;
    if (c === 0x5c) {
      const e = html[i + 1];
      raw = 2;
      if (e === 'n' || e === 'r') unit = '\n';
      else if (e === 't' || e === 'b' || e === 'f') unit = ' ';
      else if (e === '"' || e === '\\' || e === '/') unit = e;
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(html.slice(i + 2, i + 6))) {
        unit = String.fromCharCode(Number.parseInt(html.slice(i + 2, i + 6), 16));
        raw = 6;
      } else return undefined;
    } else if (c < 0x20 || c === 0x22) {
      return undefined;
    } else if (c === 0x26) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (m !== null && m.index + m[0].length <= end) {
        unit = decodeHTML(m[0]);
        raw = m[0].length;
      } else unit = '&';
    } else unit = html[i]!;
    const space = unit === ' ' || unit === '\n' || unit === '\t' || unit === '\r' || unit === '\f';
    if (space) {
      if (spaceFrom < 0) spaceFrom = i;
      if (unit === '\n') spaceBreaks = true;
      i += raw;
      continue;
    }
    if (length === 0) {
      // The first character kept: the text starts here, everything before it is left out.
      map.textStart = i;
      if (i > 0) map.add(0, i, 0, 0);
    } else if (spaceFrom >= 0) {
      const sep = spaceBreaks ? '\n\n' : ' ';
      // One plain space stands for itself; any other run is an edit.
      if (!(sep === ' ' && i - spaceFrom === 1 && html[spaceFrom] === ' '))
        map.add(spaceFrom, i, length, length + sep.length);
      parts.push(sep);
      length += sep.length;
    }
    spaceFrom = -1;
    spaceBreaks = false;
    if (raw !== 1 || unit !== html[i]) map.add(i, i + raw, length, length + unit.length);
    parts.push(unit);
    length += unit.length;
    i += raw;
    textEnd = i;
  }
  map.textEnd = textEnd;
  return { text: parts.join(''), map, end: textEnd };
}

/** Words (runs of letters and digits) of a text. */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Where the JSON string that starts at `open` (its opening quote) ends: the index of its closing quote, or -1. */
function closingQuote(html: string, open: number, limit: number): number {
  for (let i = open + 1; i < limit; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i;
  }
  return -1;
}

/** A decoded `articleBody` string with its number of words. */
type ArticleBody = DecodedJsonString & { readonly start: number; readonly words: number };

/** The `articleBody` strings of one JSON-LD script, decoded, longest first. */
function articleBodiesIn(html: string, script: HtmlRemovedSpan): ArticleBody[] {
  const found: ArticleBody[] = [];
  const key = /"articleBody"\s*:\s*"/g;
  const source = html.slice(script.start, script.end);
  for (let m = key.exec(source); m !== null; m = key.exec(source)) {
    const open = script.start + m.index + m[0].length - 1;
    const close = closingQuote(html, open, script.end);
    if (close < 0) continue;
    const decoded = decodeJsonString(html, open + 1, close);
    if (decoded !== undefined) found.push({ ...decoded, start: open + 1, words: wordCount(decoded.text) });
  }
  return found.sort((a, b) => b.words - a.words || a.start - b.start);
}

/** Markup in a decoded text (`<p>`, `</div>`): an `articleBody` written as HTML is not read as text. */
const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/**
 * The extraction with its article read from the JSON-LD `articleBody`, when
 * the page's JSON-LD holds one article body of at least
 * {@link JSON_LD_BODY}.minWords words (not several: a list page, a live
 * blog's posts) of which the blocks labelled `body` show less than
 * {@link JSON_LD_BODY}.maxVisibleShare: the `articleBody`
 * string becomes the one `body` block (rule `json-ld:article-body`, its range
 * inside the `<script>`, which stays removed around it); the blocks that were
 * `body` or `heading` become `boilerplate` (rule `json-ld:superseded`); a
 * diagnostic `html-json-ld-body` says so. Otherwise the extraction as it is.
 *
 * @internal
 */
export function withJsonLdBody(extraction: HtmlExtraction): HtmlExtraction {
  const { html, blocks, removed, metadata } = extraction;
  const entries = metadata.entries.filter((e) => e.key === 'articleBody' && e.source === 'json-ld');
  if (entries.length === 0) return extraction;
  let visible = 0;
  for (const b of blocks) if (b.label === 'body') visible += wordCount(b.text);
  // The metadata values say first whether an articleBody could qualify (a value cut at its length limit may hold
  // more), and whether only one does: a page whose JSON-LD holds several stories (a list page, a live blog's posts)
  // does not say which one the page is.
  let most = 0;
  const long = new Set<string>();
  for (const e of entries) {
    const words = e.value.length >= MAX_VALUE ? Number.POSITIVE_INFINITY : wordCount(e.value);
    most = Math.max(most, words);
    if (words >= JSON_LD_BODY.minWords) long.add(e.value);
  }
  if (long.size !== 1 || visible >= most * JSON_LD_BODY.maxVisibleShare) return extraction;
  // The scripts the entries come from, each read once.
  const scripts = new Set<HtmlRemovedSpan>();
  for (const e of entries) {
    const script = removed.find((r) => r.tag === 'script' && r.start <= e.span.start && e.span.end <= r.end);
    if (script !== undefined) scripts.add(script);
  }
  // The longest articleBody written as text (not as HTML) of any of those scripts.
  let best: { body: ArticleBody; script: HtmlRemovedSpan } | undefined;
  for (const script of scripts) {
    const body = articleBodiesIn(html, script).find((b) => !MARKUP.test(b.text));
    if (body !== undefined && (best === undefined || body.words > best.body.words)) best = { body, script };
  }
  if (
    best === undefined ||
    best.body.words < JSON_LD_BODY.minWords ||
    visible >= best.body.words * JSON_LD_BODY.maxVisibleShare
  ) {
    return extraction;
  }
  const { body, script } = best;
  const words = body.words;
  const textStart = body.map.textStart;
  // A script inside a block's text (among the inline text of one block, or in an element left open) would put the
  // body inside that block's range: the layout could not tile the page. JSON-LD stands in the head or between blocks;
  // a page that writes it inside its text is read from its blocks, as a page without the articleBody would be.
  if (blocks.some((b) => b.start < script.end && script.start < b.end)) return extraction;
  const block: HtmlBlock = {
    text: body.text,
    start: textStart,
    end: body.end,
    map: body.map,
    tag: 'script',
    ancestors: [],
    linkChars: 0,
    label: 'body',
    rule: JSON_LD_BODY_RULE,
  };
  const superseded: HtmlBlock[] = blocks.map((b) =>
    b.label === 'body' || b.label === 'heading'
      ? { ...b, label: 'boilerplate', rule: 'json-ld:superseded', reason: 'html:boilerplate' }
      : b,
  );
  // The script stays removed around the text read from it.
  const split: HtmlRemovedSpan[] = [];
  for (const r of removed) {
    if (r !== script) split.push(r);
    else {
      if (textStart > r.start) split.push({ ...r, end: textStart });
      if (r.end > body.end) split.push({ ...r, start: body.end });
    }
  }
  const diagnostic: Diagnostic = {
    code: 'html-json-ld-body',
    severity: 'info',
    message: `The blocks of the page that read as article text hold ${visible} words and its JSON-LD articleBody ${words}: the article was read from the JSON-LD (a page that renders its story with script).`,
    span: { start: textStart, end: body.end },
  };
  return {
    html,
    // Last in reading order, whatever its place in the page: the page's title, dek and byline are read first.
    blocks: [...superseded, block],
    removed: split,
    metadata,
    diagnostics: [...extraction.diagnostics.filter((d) => d.code !== 'html-no-article-text'), diagnostic],
  };
}
