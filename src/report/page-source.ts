/**
 * The HTML report's page-source sections: for each source read from an HTML
 * page, the page's HTML as text, each kept sentence's exact range marked with
 * an id, and the links to those ids that the rest of the report puts beside
 * the sentences.
 */
import type { Article } from '../core/types';
import { html, preformatted, type SafeHtml } from './escape';
import { counted } from './shared';

/** One sentence's range in a page, with the id of the element that marks it. */
interface MarkedRange {
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly anchor: string;
}

/** What the report needs of the page sources of a comparison (see {@link pageSources}). */
export interface PageSources {
  /** Whether any source has a page-source section (the report then adds its style and script). */
  readonly any: boolean;
  /**
   * The link to the marked range of sentence `sentence` of the article at
   * `index` in `comparison.articles`, or nothing when that article has no
   * page-source section or the sentence has no mark.
   */
  link(index: number, sentence: string): SafeHtml | '';
  /** The same by source id (the first article of that id). */
  linkFor(source: string, sentence: string): SafeHtml | '';
  /** The section of every page source, after a line feed; nothing when there is none. */
  render(): SafeHtml | '';
}

/** Sentence ids that can be part of an element id and a URL fragment as they are (`s12`). */
const SAFE_ID = /^[A-Za-z0-9_.:-]+$/;

/**
 * Whether `article` was read from an HTML page. An `Article` does not say
 * which input it came from, but its spans do, by the documented contract of
 * the two inputs: for plain text a span's `text` is its raw range, separators
 * are white space only and no removal reason starts with `html:`. So the
 * article is HTML when a removed span has an `html:*` reason (markup that
 * shows no text), a separator holds a tag, or a sentence's text is not its raw
 * range (decoded references, tags inside). An HTML input without any markup
 * reads like plain text, and its page source would show nothing more: it gets
 * no section.
 */
export function readFromHtml(article: Article): boolean {
  const original = article.original;
  const removed: readonly { readonly reason?: unknown }[] = Array.isArray(article.removed) ? article.removed : [];
  if (removed.some((r) => typeof r.reason === 'string' && r.reason.startsWith('html:'))) return true;
  for (const piece of article.layout) {
    if (piece.role === 'separator' && original.slice(piece.start, piece.end).includes('<')) return true;
  }
  return article.sentences.some((s) => typeof s.text === 'string' && s.text !== original.slice(s.start, s.end));
}

/**
 * The ranges to mark in one page: every sentence whose range is whole
 * offsets inside the page and not empty, in page order, each with a unique
 * element id. A range that overlaps the one before it (sentences never do;
 * a hand-made comparison might) or would repeat an id is skipped, so the
 * marks never nest or cross and every id is one element.
 */
function markedRanges(article: Article, index: number): MarkedRange[] {
  const length = article.original.length;
  const valid = article.sentences.filter(
    (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length,
  );
  let sorted = true;
  for (let i = 1; i < valid.length && sorted; i++) sorted = valid[i - 1]!.start <= valid[i]!.start;
  if (!sorted) valid.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: MarkedRange[] = [];
  const anchors = new Set<string>();
  let at = 0;
  for (const s of valid) {
    if (s.start < at) continue;
    const anchor = `src-${index}-${SAFE_ID.test(s.id) ? s.id : `at${s.start}`}`;
    if (anchors.has(anchor)) continue;
    anchors.add(anchor);
    out.push({ start: s.start, end: s.end, sentence: s.id, anchor });
    at = s.end;
  }
  return out;
}

/**
 * One page's section: the HTML as text in a `<pre>` inside a closed
 * `<details>`, each range in a `<mark>` with its id. One pass over the
 * sorted ranges: the page is sliced once, in order.
 */
function renderPage(article: Article, ranges: readonly MarkedRange[], label: string): SafeHtml {
  const original = article.original;
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push(preformatted(original.slice(at, r.start)));
    parts.push(
      html`<mark class="src-sent" id="${r.anchor}" title="${r.sentence}">${preformatted(original.slice(r.start, r.end))}</mark>`,
    );
    at = r.end;
  }
  if (at < original.length) parts.push(preformatted(original.slice(at)));
  // The line feed after <pre> is dropped by the HTML parser, so a page that starts with one keeps it.
  return html`<details class="page-source"><summary>${label}: ${counted(original.length, 'character')} of HTML, ${counted(ranges.length, 'sentence')} marked</summary><pre>
${parts}</pre></details>`;
}

/**
 * The page sources of a comparison's articles: the sections and the links to
 * them, for the articles read from HTML (see {@link readFromHtml}); none when
 * `enabled` is false.
 *
 * @param articles - `comparison.articles`.
 * @param enabled - `HtmlReportOptions.pageSource`.
 * @param label - How the report names a source.
 * @returns The sections and links.
 */
export function pageSources(
  articles: readonly Article[],
  enabled: boolean,
  label: (id: string) => string,
): PageSources {
  const ranges = new Map<number, readonly MarkedRange[]>();
  const anchors = new Map<number, Map<string, string>>();
  const indexOf = new Map<string, number>();
  if (enabled) {
    articles.forEach((article, index) => {
      if (!indexOf.has(article.id)) indexOf.set(article.id, index);
      if (!readFromHtml(article)) return;
      const marked = markedRanges(article, index);
      ranges.set(index, marked);
      anchors.set(index, new Map(marked.map((r) => [r.sentence, r.anchor] as const)));
    });
  }
  const link = (index: number, sentence: string): SafeHtml | '' => {
    const anchor = anchors.get(index)?.get(sentence);
    return anchor === undefined
      ? ''
      : html`<a class="src-link" href="#${anchor}" title="${sentence} in the page source">&lt;/&gt;</a>`;
  };
  return {
    any: ranges.size > 0,
    link,
    linkFor: (source, sentence) => {
      const index = indexOf.get(source);
      return index === undefined ? '' : link(index, sentence);
    },
    render: () => {
      if (ranges.size === 0) return '';
      const sections = [...ranges].map(([index, marked]) => {
        const article = articles[index]!;
        return renderPage(article, marked, label(article.id));
      });
      return html`
<section class="panel page-sources"><h2>Page source</h2><p class="note">The HTML of each source read from a page. The sentences copydesk kept are marked; the <span class="src-link">&lt;/&gt;</span> link beside a sentence in the report opens its page here and highlights its exact range.</p>
${sections}</section>`;
    },
  };
}
