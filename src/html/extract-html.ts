/**
 * `extractHtml`: an HTML page in, its text blocks with labels and maps back
 * to the source, the markup that yields no text, and the page's metadata.
 *
 * @packageDocumentation
 */
import type { Diagnostic } from '../core/article';
import { CopydeskError } from '../core/errors';
import { expectKeys, expectNumberInRange, expectObject } from '../core/validate';
import { withJsonLdBody } from './json-ld-body';
import { readMetadata } from './metadata';
import { parsePage } from './parse';
import { labelBlocks } from './select';
import { LIMITS, NOSCRIPT_ARTICLE_WORDS } from './tuning';
import type { ExtractHtmlOptions, HtmlAncestor, HtmlBlock, HtmlExtraction, HtmlRemovedSpan } from './types';

const OPTION_KEYS: readonly string[] = ['maxLength'];

/** Whether a removed `<noscript>` holds text in paragraphs: markup a reader without JavaScript sees as the article. */
function holdsNoscriptText(html: string, removed: readonly HtmlRemovedSpan[]): boolean {
  for (const r of removed) {
    if (r.reason !== 'html:noscript') continue;
    const inner = html.slice(r.start, r.end);
    if (!/<p[\s>]/i.test(inner)) continue;
    const words = inner.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+/gu);
    if (words !== null && words.length >= NOSCRIPT_ARTICLE_WORDS) return true;
  }
  return false;
}

/**
 * Reads an HTML page as a reader sees it: text blocks (paragraphs, headings,
 * list items, table cells, captions), each labelled (`body`, `title`,
 * `caption`, `navigation`, `related`, ...) and mapped back to the HTML
 * source, the markup that yields no text (scripts, styles, comments, hidden
 * elements) and the page's metadata (JSON-LD, OpenGraph, `<meta>`,
 * `<time>`, `<link rel=canonical>`, `<title>`).
 *
 * @param html - A whole page or a fragment, possibly malformed.
 * @param options - See {@link ExtractHtmlOptions}.
 * @returns The blocks, removed markup, metadata and diagnostics.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when `html` is not a string,
 *   `ERR_INVALID_OPTION` for an unknown or out-of-range option,
 *   `ERR_INPUT_TOO_LARGE` when `html` is longer than `maxLength`.
 *
 * @remarks
 * The page is parsed in one streaming pass of htmlparser2 (no DOM tree), so
 * time and memory grow linearly with the page. Blocks are cut where a browser
 * breaks lines: block-level elements, table cells, list items, and two `<br>`
 * in a row; white space collapses as in a browser, so `<h3>Foo</h3><p>Bar`
 * gives two blocks and never `FooBar`. Character references are decoded
 * (`&amp;`, `&#8217;`, `&nbsp;`, and named references without `;` where
 * browsers accept them) and every decoded character maps back to the
 * reference in the source. How the article is told from furniture is
 * described in docs/HTML.md.
 *
 * @example
 * ```ts
 * const page = extractHtml('<nav><a href="/">Home</a></nav><article><p>Rain fell on Monday, officials said.</p></article>');
 * page.blocks.map((b) => [b.label, b.text]);
 * //=> [['navigation', 'Home'], ['body', 'Rain fell on Monday, officials said.']]
 * ```
 */
export function extractHtml(html: string, options: ExtractHtmlOptions = {}): HtmlExtraction {
  if (typeof html !== 'string') {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      `extractHtml expects the page as a string of HTML, got ${html === null ? 'null' : typeof html}. Decode the bytes first (for example with TextDecoder).`,
    );
  }
  const checked = expectObject(options, 'The options of extractHtml', 'ERR_INVALID_OPTION');
  expectKeys(checked, OPTION_KEYS, 'extractHtml', '');
  const maxLength =
    options.maxLength === undefined
      ? LIMITS.maxLength
      : expectNumberInRange(
          options.maxLength,
          'Option `maxLength` of extractHtml',
          1,
          Number.MAX_SAFE_INTEGER,
          'ERR_INVALID_OPTION',
        );
  if (html.length > maxLength) {
    throw new CopydeskError(
      'ERR_INPUT_TOO_LARGE',
      `extractHtml was given ${html.length} characters of HTML, above the limit of ${maxLength}; raise \`maxLength\` to accept it.`,
    );
  }
  let diagnostics: Diagnostic[] = [];
  let page = parsePage(html);
  let metadata = readMetadata(page, diagnostics);
  let decisions = labelBlocks(page, metadata);
  if (!decisions.some((d) => d.label === 'body') && holdsNoscriptText(html, page.removed)) {
    // A page that renders its article with JavaScript may carry it for readers without JavaScript in `<noscript>`
    // (Blogger's post bodies): read that markup as such a reader would, when nothing else reads as the article.
    const again: Diagnostic[] = [];
    const retried = parsePage(html, { readNoscript: true });
    const retriedMetadata = readMetadata(retried, again);
    const retriedDecisions = labelBlocks(retried, retriedMetadata);
    if (retriedDecisions.some((d) => d.label === 'body')) {
      again.push({
        code: 'html-noscript-text',
        severity: 'info',
        message:
          'No block outside `<noscript>` reads as article text; the article was read from the `<noscript>` markup, which a browser shows when JavaScript is off.',
      });
      page = retried;
      metadata = retriedMetadata;
      decisions = retriedDecisions;
      diagnostics = again;
    }
  }
  // Plain, shared ancestor objects (the parse pass splits class names lazily).
  const plain = new Map<HtmlAncestor, HtmlAncestor>();
  const toPlain = (a: HtmlAncestor): HtmlAncestor => {
    let p = plain.get(a);
    if (p === undefined) {
      p = { tag: a.tag, tokens: a.tokens };
      plain.set(a, p);
    }
    return p;
  };
  const blocks: HtmlBlock[] = page.blocks.map((b, i) => {
    const d = decisions[i]!;
    return {
      text: b.text,
      start: b.start,
      end: b.end,
      map: b.map,
      tag: b.element.tag,
      ancestors: b.stack.map((e) => toPlain(e.summary)),
      linkChars: b.linkChars,
      label: d.label,
      rule: d.rule,
      ...(d.reason === undefined ? {} : { reason: d.reason }),
    };
  });
  if (!blocks.some((b) => b.label === 'body')) {
    diagnostics.push({
      code: 'html-no-article-text',
      severity: 'warning',
      message:
        blocks.length === 0
          ? 'The page has no visible text.'
          : 'No block of the page reads as article text (prose with few links); every block is labelled as furniture.',
    });
  }
  // A page that shows almost none of the story its JSON-LD carries: the story read from there.
  return withJsonLdBody({ html, blocks, removed: page.removed, metadata, diagnostics });
}
