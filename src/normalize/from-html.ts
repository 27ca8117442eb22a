/**
 * `normalizeArticle({ html })`: an HTML page read as an article. The page's
 * article blocks (headline, dek, byline, date, body, subheadings, captions,
 * credits) are joined into one text that the text steps read as they read a
 * scraped text, and every span they find is mapped back to the HTML; the rest
 * of the page (markup, navigation, asides, footers) is reported as removed
 * with an `html:*` reason, so the layout still tiles the whole input.
 *
 * @packageDocumentation
 */
import { type Mappable, mapSpan } from '../core/mapping';
import { parseTime } from '../core/time';
import type {
  Article,
  ArticleInput,
  Byline,
  Diagnostic,
  LayoutSpan,
  RemovalReason,
  RemovedSpan,
  Span,
  TextSpan,
} from '../core/types';
import { sourceIdFor } from '../core/util/hash';
import { extractHtml } from '../html/extract-html';
import { htmlLayout, htmlText } from '../html/html-text';
import { JSON_LD_BODY_RULE } from '../html/json-ld-body';
import { opensWithSiteSeparator } from '../html/metadata';
import { DATE_IN_TEXT } from '../html/select';
import type { HtmlBlock, HtmlBlockLabel, HtmlExtraction, HtmlMetadataEntry, HtmlText } from '../html/types';
import { type AgencyIndex, findAgencies } from './agencies';
import { matchCreditChain } from './rules/captions';
import { matchDateline, matchPhotoCredit } from './rules/metadata';
import { readLines } from './steps/01-read-lines';
import { buildArticle, inferAgency } from './steps/16-article';
import { type Draft, type Line, toSpan } from './steps/draft';

/**
 * The blocks read as the article's text: the body and everything a text
 * scrape of the story holds around it, so that the title, dek, byline,
 * dateline and wire-credit rules of the text steps run on them.
 */
const ARTICLE_LABELS: readonly HtmlBlockLabel[] = [
  'title',
  'dek',
  'byline',
  'date',
  'body',
  'heading',
  'caption',
  'photo-credit',
];

/**
 * When no block of the page reads as article text (a fragment such as
 * `<p>Hi there. Bye.</p>`, a page of short lines), the blocks outside any
 * structural furniture are read too and the text steps judge them.
 */
const FALLBACK_LABELS: readonly HtmlBlockLabel[] = [...ARTICLE_LABELS, 'boilerplate'];

/** Every label: with `removeBoilerplate: false` the whole page's text is read. */
const ALL_LABELS: readonly HtmlBlockLabel[] = [
  ...ARTICLE_LABELS,
  'navigation',
  'related',
  'share',
  'comments',
  'footer',
  'header',
  'aside',
  'form',
  'ad',
  'boilerplate',
];

/** Index of the last offset at or before `pos` (0 when none). */
function lastAtOrBefore(offsets: readonly number[], pos: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Locks a line's role before the steps run. */
function lock(line: Line, reason: RemovalReason, rule: string): void {
  line.role = { kind: 'removed', reason, rule };
  line.locked = true;
}

/**
 * Lines whose role the page's structure decides before the text steps run:
 * captions (`<figcaption>`, caption classes) and photo credits are removed as
 * such whatever their wording, a line holding a date in a block the page
 * marks as a date is its date stamp, and the headline element is the title.
 */
function presetLines(draft: Draft, page: HtmlExtraction, joined: HtmlText): void {
  let titleBlock = -1;
  let titleStart = 0;
  let titleEnd = 0;
  const fromJsonLd = page.diagnostics.some((d) => d.code === 'html-json-ld-body');
  for (const line of draft.content) {
    const k = lastAtOrBefore(joined.offsets, draft.map.mapStart(line.cStart));
    const index = joined.blocks[k];
    const block = index === undefined ? undefined : page.blocks[index];
    if (block === undefined) continue;
    if (fromJsonLd && block.rule !== JSON_LD_BODY_RULE) draft.notBody.add(line);
    if (block.label === 'caption') {
      lock(line, 'caption', block.rule);
      draft.captionBlocks.add(line.block);
    } else if (block.label === 'photo-credit') {
      lock(line, 'photo-credit', block.rule);
      draft.captionBlocks.add(line.block);
      const sources = matchPhotoCredit(line.text, draft.agencies) ?? matchCreditChain(line.text) ?? [line.text];
      draft.metadata.photoCredits.push({ ...toSpan(draft, line.cStart, line.cEnd), sources });
    } else if (
      block.label === 'date' &&
      holdsDate(line.text) &&
      matchDateline(line.text, draft.agencies) === undefined
    ) {
      lock(line, 'metadata:date', block.rule);
    } else if (block.label === 'title' && (titleBlock < 0 || titleBlock === k)) {
      if (titleBlock < 0) titleStart = line.cStart;
      titleBlock = k;
      titleEnd = line.cEnd;
      lock(line, 'metadata:title', block.rule);
    } else if (block.label === 'title' && repeatsHeadline(block, page.blocks[joined.blocks[titleBlock]!])) {
      // The headline again, further down: the title of a share or e-mail dialog, a link to the story itself.
      lock(line, 'duplicate', 'heading:headline-repeat');
    }
  }
  if (titleBlock >= 0) draft.metadata.title = toSpan(draft, titleStart, titleEnd);
}

/** A time of day: `20:37`, `8:41`. */
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b/;

/**
 * Whether a line of a block the page labels as a date holds one (a date block can hold a headline beside it). A
 * dateline (`WASHINGTON, Jan. 5 (Reuters) -`) is left to the text steps, which read its place and agency.
 */
function holdsDate(text: string): boolean {
  return DATE_IN_TEXT.test(text) || TIME_OF_DAY.test(text);
}

/** Whether a later headline-like block says exactly what the page's headline block says (same words). */
function repeatsHeadline(block: HtmlBlock, headline: HtmlBlock | undefined): boolean {
  return headline !== undefined && fold(block.text) === fold(headline.text);
}

/** Words of a text, lower-cased, joined by one space: to tell whether two headlines are the same. */
function fold(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Whether `value` is `title` with a suffix after a separator (`... - La Stampa`, `... | DW | 19.01.2020`): the
 * page's visible headline with the site's name or a date a metadata value adds.
 */
function withSuffix(value: string, title: string): boolean {
  const t = fold(title);
  const v = fold(value);
  // A visible title cut short (`Undermining road…`) is no headline of its own.
  if (t === '' || !v.startsWith(`${t} `) || /(?:\u2026|\.\.\.)\s*$/.test(title)) return false;
  // The separator right after the title's last letter or digit in the value.
  const words = t.split(' ').length;
  const m = new RegExp(`^(?:[^\\p{L}\\p{N}]*[\\p{L}\\p{N}]+){${words}}`, 'u').exec(value);
  return m !== null && opensWithSiteSeparator(value.slice(m[0].length));
}

/** A metadata value of the page as a span of the HTML (inside a JSON-LD script, or the tag). */
function entrySpan(entry: HtmlMetadataEntry): TextSpan {
  return { text: entry.value, start: entry.span.start, end: entry.span.end };
}

/** A date of the page's metadata as the input's `publishedAt`, when it reads as one. */
function validDate(entry: HtmlMetadataEntry | undefined): string | undefined {
  if (entry === undefined) return undefined;
  const time = parseTime(entry.value);
  return time === undefined ? undefined : new Date(time).toISOString();
}

/** A span of the joined text mapped to the HTML; its text (decoded) kept. */
function mapped<T extends Span>(map: Mappable, span: T): T {
  const start = map.mapStart(span.start);
  return { ...span, start, end: Math.max(start, map.mapEnd(span.end)) };
}

/**
 * The parts of a span of the joined text that lie inside the blocks, one per block. A span that runs over the
 * blank line between two blocks (a `control` gap of step 13 that starts at the end of one block and ends in the
 * next) would map over all the HTML between them, blocks not fed to the text steps included, and hide those
 * blocks' removed spans; cut at the blocks it maps block by block. Parts that are only white space are dropped.
 */
function withinBlocks(page: HtmlExtraction, joined: HtmlText, span: Span): Span[] {
  const { offsets, blocks } = joined;
  if (offsets.length === 0) return [span];
  const parts: Span[] = [];
  for (let k = lastAtOrBefore(offsets, span.start); k < offsets.length && offsets[k]! < span.end; k++) {
    const from = offsets[k]!;
    const to = from + page.blocks[blocks[k]!]!.text.length;
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (end > start && joined.text.slice(start, end).trim() !== '') parts.push({ start, end });
  }
  return parts.length === 1 && parts[0]!.start === span.start && parts[0]!.end === span.end ? [span] : parts;
}

/**
 * The text steps' layout and removed spans with every removed span cut at the blocks it spans ({@link withinBlocks}),
 * still one removed layout piece per removed span, in order.
 */
function cutAtBlocks(
  page: HtmlExtraction,
  joined: HtmlText,
  layout: readonly LayoutSpan[],
  removed: readonly RemovedSpan[],
): { layout: LayoutSpan[]; removed: RemovedSpan[] } {
  const outLayout: LayoutSpan[] = [];
  const outRemoved: RemovedSpan[] = [];
  let r = 0;
  for (const piece of layout) {
    const span = piece.role === 'removed' ? removed[r++] : undefined;
    if (span === undefined) {
      outLayout.push(piece);
      continue;
    }
    const parts = withinBlocks(page, joined, span);
    if (parts.length === 1 && parts[0] === span) {
      outLayout.push(piece);
      outRemoved.push(span);
      continue;
    }
    for (const part of parts) {
      outLayout.push({ ...piece, start: part.start, end: part.end });
      outRemoved.push({ ...span, text: joined.text.slice(part.start, part.end), start: part.start, end: part.end });
    }
  }
  return { layout: outLayout, removed: outRemoved };
}

/** One piece of the final layout before the gaps are filled. */
interface Claim {
  readonly start: number;
  readonly end: number;
  readonly role: 'body' | 'removed';
  readonly removed?: RemovedSpan;
}

/**
 * The layout and removed spans of the whole page: the text steps' body and
 * removed pieces mapped into the article's blocks, the other blocks and the
 * markup that shows no text removed with their `html:*` reasons, and the
 * tags and white space between them as separators.
 */
function pageLayout(
  page: HtmlExtraction,
  fed: ReadonlySet<number>,
  textLayout: readonly LayoutSpan[],
  textRemoved: readonly RemovedSpan[],
): { layout: LayoutSpan[]; removed: RemovedSpan[] } {
  const claims: Claim[] = [];
  // The text steps' removed layout pieces and removed spans correspond one to one, in order (step 13 pushes both).
  let r = 0;
  for (const piece of textLayout) {
    if (piece.role === 'body') claims.push({ start: piece.start, end: piece.end, role: 'body' });
    else if (piece.role === 'removed') {
      const removed = textRemoved[r++];
      if (removed !== undefined) claims.push({ start: piece.start, end: piece.end, role: 'removed', removed });
    }
  }
  const html = page.html;
  const markup = (start: number, end: number, reason: RemovedSpan['reason']): void => {
    claims.push({
      start,
      end,
      role: 'removed',
      removed: { text: '', start, end, reason, rule: `markup:${reason.slice(5)}` },
    });
  };
  // Markup that shows no text inside an article block (a script or comment after a paragraph's last character),
  // where no text piece covers it; markup inside a text piece stays in it.
  let m = 0;
  for (const piece of htmlLayout(page)) {
    if (piece.role === 'removed' && piece.reason !== undefined) {
      markup(piece.start, piece.end, piece.reason);
    } else if (piece.role === 'block' && piece.block !== undefined && fed.has(piece.block)) {
      while (m < page.removed.length && page.removed[m]!.end <= piece.start) m++;
      for (; m < page.removed.length && page.removed[m]!.start < piece.end; m++) {
        const span = page.removed[m]!;
        if (span.start >= piece.start && span.end <= piece.end) markup(span.start, span.end, span.reason);
      }
    } else if (piece.role === 'block' && piece.block !== undefined && !fed.has(piece.block)) {
      const block = page.blocks[piece.block]!;
      if (block.text === '' && piece.end - piece.start === 0) continue;
      claims.push({
        start: piece.start,
        end: piece.end,
        role: 'removed',
        removed: {
          text: block.text,
          start: piece.start,
          end: piece.end,
          reason: block.reason ?? 'html:boilerplate',
          rule: block.rule,
        },
      });
    }
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  const layout: LayoutSpan[] = [];
  const removed: RemovedSpan[] = [];
  let pos = 0;
  const separator = (until: number): void => {
    if (until <= pos) return;
    const last = layout[layout.length - 1];
    if (last !== undefined && last.role === 'separator') layout[layout.length - 1] = { ...last, end: until };
    else layout.push({ start: pos, end: until, role: 'separator' });
    pos = until;
  };
  for (const claim of claims) {
    if (claim.end <= pos) continue;
    separator(claim.start);
    const start = Math.max(pos, claim.start);
    if (claim.role === 'body') {
      layout.push({ start, end: claim.end, role: 'body' });
    } else {
      const span = claim.removed!;
      layout.push({ start, end: claim.end, role: 'removed', reason: span.reason });
      removed.push(start === span.start ? span : { ...span, start });
    }
    pos = claim.end;
  }
  separator(html.length);
  return { layout, removed };
}

/**
 * Normalizes an HTML page: see `normalizeArticle`. `runSteps` runs steps 2
 * to 15 of the text pipeline on the draft.
 *
 * @internal
 */
export function normalizeHtml(
  input: ArticleInput,
  html: string,
  agencies: AgencyIndex,
  removeBoilerplate: boolean,
  runSteps: (draft: Draft) => void,
): Article {
  // 1. The page as labelled blocks mapped to the HTML, its removed markup and its metadata (the length is checked).
  const page = extractHtml(html, { maxLength: Math.max(1, html.length) });
  // 2. The article's blocks as one text (blank lines between blocks) with one map back to the HTML.
  const labels = !removeBoilerplate
    ? ALL_LABELS
    : page.blocks.some((b) => b.label === 'body')
      ? ARTICLE_LABELS
      : FALLBACK_LABELS;
  const joined = htmlText(page, labels);
  // 3. The text steps on it: step 1 reads the lines, the page's structure decides captions and the headline
  //    element, steps 2 to 15 the rest (furniture, byline, dateline, credits, body).
  const draft = readLines(joined.text, agencies, removeBoilerplate);
  presetLines(draft, page, joined);
  runSteps(draft);
  // 4. The Article of the joined text, with the page's metadata where the input gives none.
  const meta = page.metadata;
  const url = input.url ?? meta.url?.value;
  const outlet = input.outlet ?? meta.publisher?.value;
  const publishedAt = input.publishedAt ?? validDate(meta.datePublished);
  const text = buildArticle(draft, {
    text: joined.text,
    id: input.id ?? sourceIdFor(html),
    ...(outlet !== undefined ? { outlet } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
  });
  // 5. Every span mapped back to the HTML.
  return toHtmlArticle(text, page, joined, agencies);
}

/** The Article of the joined text with every span in the HTML, the page's layout, and its metadata added. */
function toHtmlArticle(text: Article, page: HtmlExtraction, joined: HtmlText, agencies: AgencyIndex): Article {
  const map = joined.map;
  const m = <T extends Span>(span: T): T => mapped(map, span);
  const mOpt = <T extends Span>(span: T | undefined): T | undefined => (span === undefined ? undefined : m(span));
  const cut = cutAtBlocks(page, joined, text.layout, text.removed);
  const textRemoved = cut.removed.map((s) =>
    s.duplicateOf === undefined ? m(s) : { ...m(s), duplicateOf: mapSpan(map, s.duplicateOf) },
  );
  const textLayout = cut.layout.map(m);
  const { layout, removed } = pageLayout(page, new Set(joined.blocks), textLayout, textRemoved);

  const meta = page.metadata;
  const md = text.metadata;
  let title = mOpt(md.title);
  const headline = meta.headline;
  if (
    headline !== undefined &&
    (title === undefined ||
      (headline.source !== 'title' &&
        fold(title.text) !== fold(headline.value) &&
        !withSuffix(headline.value, title.text)))
  ) {
    title = entrySpan(headline);
  }
  let bylines: Byline[] = md.bylines.map(m);
  if (bylines.length === 0 && meta.authors.length > 0) {
    bylines = meta.authors.map((a) => {
      const value = a.value.trim();
      const agency = agencies.byName.get(value);
      if (agency) return { ...entrySpan(a), names: [value], agency: agency.name };
      // `By Ivan Penn`, `Ann Lee and Bo Kim`, `Jack Kim, Reuters`: no `By`, names split at `and`, an agency after a
      // comma (not a photo agency); a comma or `&` inside a value is kept (`Grant Tinsley, PhD`, `Jobs & Hire`).
      let rest = value.replace(/^by[:\s]+/i, '');
      const hit = findAgencies(rest, agencies).find(
        (h) => h.start > 0 && h.agency.photoOnly !== true && /[,|]\s*$/.test(rest.slice(0, h.start)),
      );
      if (hit) rest = rest.slice(0, hit.start).replace(/[,|\s]+$/, '');
      const names = rest.split(/\s+and\s+/i).filter((n) => n !== '');
      return {
        ...entrySpan(a),
        names: names.length > 0 ? names : [value],
        ...(hit ? { agency: hit.agency.name } : {}),
      };
    });
  }
  const dateline = mOpt(md.dateline);
  const credits = md.credits.map(m);
  const agency = inferAgency(dateline, credits, bylines, agencies);
  const diagnostics: Diagnostic[] = [
    ...page.diagnostics,
    ...text.diagnostics.map((d) => {
      if (d.code === 'empty-input' && page.blocks.some((b) => b.text !== '')) {
        return {
          code: 'no-body',
          severity: 'warning' as const,
          message: 'No body text was found: no block of the page reads as article text. See `removed`.',
        };
      }
      return d.span === undefined ? d : { ...d, span: mapSpan(map, d.span) };
    }),
  ];
  const dek = mOpt(md.dek);
  return {
    ...text,
    original: page.html,
    metadata: {
      ...(title ? { title } : {}),
      ...(dek ? { dek } : {}),
      bylines,
      ...(dateline ? { dateline } : {}),
      captions: md.captions.map(m),
      photoCredits: md.photoCredits.map(m),
      credits,
      urls: md.urls.map(m),
      ...(agency ? { agency } : {}),
    },
    paragraphs: text.paragraphs.map(m),
    sentences: text.sentences.map(m),
    duplicates: text.duplicates.map((d) => ({ ...d, first: m(d.first), second: m(d.second) })),
    removed,
    layout,
    diagnostics,
  };
}
