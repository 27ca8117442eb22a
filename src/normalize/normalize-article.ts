/**
 * `normalizeArticle`: one scraped article in, an {@link Article} out. The work
 * is done by the numbered steps in `steps/`, called in order below; each reads
 * the draft the earlier ones left and adds its own decisions.
 *
 * @packageDocumentation
 */
import type { Article, ArticleInput } from '../core/types';
import { DEFAULT_AGENCIES, indexAgencies } from './agencies';
import { normalizeHtml } from './from-html';
import type { NormalizeOptions } from './options';
import { readLines } from './steps/01-read-lines';
import { markLineFurniture } from './steps/02-line-furniture';
import { markBlockFurniture } from './steps/03-block-furniture';
import { findTitle } from './steps/04-title';
import { markMetadataLines } from './steps/05-metadata-lines';
import { findHeaderAndLede } from './steps/06-header';
import { markPullQuotes } from './steps/07-pull-quotes';
import { trimTrailingZone } from './steps/08-tail';
import { markFragments } from './steps/09-fragments';
import { markDuplicates } from './steps/10-duplicates';
import { collectInlinePhotoCredits } from './steps/11-inline-photo-credits';
import { checkNotArticle } from './steps/12-not-article';
import { assembleBody } from './steps/13-assemble';
import { collectUrls } from './steps/14-urls';
import { diagnose } from './steps/15-diagnostics';
import { buildArticle } from './steps/16-article';
import type { Draft } from './steps/draft';
import { validateInput } from './validate-input';

export { DEFAULT_MAX_LENGTH, type NormalizeOptions } from './options';

/**
 * Normalizes one scraped article: separates the body from metadata (title,
 * dek, byline, dateline, captions, photo and wire credits, URLs) and from page
 * furniture (ads, newsletter, donation, subscription and paywall prompts,
 * browser notices, navigation, share bars, outlet promotion), then splits the
 * body into paragraphs and sentences.
 *
 * Nothing is lost silently: every removed span is reported with a reason and
 * the rule that removed it, and `layout` tiles the whole input. Every
 * paragraph, sentence and metadata field keeps `[start, end)` offsets into the
 * original text, which is returned unchanged as `original`.
 *
 * An HTML page (`{ html }`) gives the same `Article`, with `original` the
 * HTML and every offset a range of the HTML source; a span's `text` is the
 * decoded text that range holds. A metadata value the page gives in markup
 * rather than in its text (a `<meta>` tag's attribute, a JSON-LD script, the
 * `<title>`) spans the tag, the script or the `<title>` element's text that
 * holds it, and its `text` is the value as read (a title without the site's
 * name it ends with). The page's article blocks are read by the same steps
 * as a text; markup and page furniture outside the article are removed with
 * `html:*` reasons.
 *
 * @param input - The article text, or an {@link ArticleInput} with metadata and
 *   either `text` or `html`.
 * @param options - See {@link NormalizeOptions}.
 * @returns The normalized {@link Article}. Problems in the data (no body found,
 *   almost everything removed, binary junk, non-Latin script) are reported in
 *   `diagnostics`, never thrown.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when the input is not a
 *   string or an object with exactly one of a string `text` and a string
 *   `html`, or `id`, `outlet` or `url` is given but not a string (`id` also
 *   not blank); `ERR_INVALID_OPTION` for an unknown, mistyped or out-of-range
 *   option or a malformed agency definition; `ERR_INPUT_TOO_LARGE` when the
 *   text or the HTML is longer than `maxLength`.
 *
 * @example
 * ```ts
 * const article = normalizeArticle('Advertisement\n\nKim visits Moscow\n\nMOSCOW, March 19 (UPI) -- Kim will visit. He said so.');
 * article.metadata.title?.text; //=> 'Kim visits Moscow'
 * article.metadata.dateline?.agency; //=> 'UPI'
 * article.sentences.map((s) => s.text); //=> ['Kim will visit.', 'He said so.']
 * article.removed[0]?.reason; //=> 'boilerplate:ad'
 *
 * const html = '<nav><a href="/">Home</a></nav><article><h1>Kim visits Moscow</h1><p>Kim will visit &amp; talk. He said so.</p></article>';
 * const page = normalizeArticle({ html });
 * page.metadata.title?.text; //=> 'Kim visits Moscow'
 * page.sentences.map((s) => html.slice(s.start, s.end)); //=> ['Kim will visit &amp; talk.', 'He said so.']
 * page.sentences[0]?.text; //=> 'Kim will visit & talk.'
 * page.removed[0]?.reason; //=> 'html:nav'
 * ```
 *
 * @remarks
 * The rules are general: they look at a line's shape (length, punctuation,
 * capitals), its position (header zone before the lede, trailing zone after a
 * credit line or a run of furniture) and its vocabulary (second-person calls
 * to act, `newsletter`, `subscribe`, `donate`), never at the text of known
 * articles. Text is cleaned piece by piece (NFKC, quotes, dashes, spaces) with
 * every edit recorded in an offset map, so offsets always point into the
 * original.
 */
export function normalizeArticle(input: string | ArticleInput, options?: NormalizeOptions): Article {
  const { input: article } = validateInput(input, options);
  const agencies = indexAgencies(options?.agencies ?? DEFAULT_AGENCIES);
  const removeBoilerplate = options?.removeBoilerplate ?? true;
  // An HTML page: its article blocks are read as text by the steps below, every span mapped back to the HTML.
  if (article.html !== undefined) return normalizeHtml(article, article.html, agencies, removeBoilerplate, runSteps);
  // 1. Clean the text (every edit in an offset map) and cut it into lines with their measures.
  const draft = readLines(article.text ?? '', agencies, removeBoilerplate);
  runSteps(draft);
  // 16. The public Article: metadata in order, credited agency, URL and date.
  return buildArticle(draft, article);
}

/** Steps 2 to 15 on a draft that step 1 read. */
function runSteps(draft: Draft): void {
  // 2. Furniture recognizable from one line: bare URLs, date stamps, the line rules.
  markLineFurniture(draft);
  // 3. Furniture recognizable from a run of lines: link lists, repeated labels, headline runs.
  markBlockFurniture(draft);
  // 4. The title: the first short unpunctuated line before prose.
  findTitle(draft);
  // 5. Metadata lines anywhere: bylines, credits, photo credits, captions, media widgets.
  markMetadataLines(draft);
  // 6. The header zone (deks, highlights, present-tense captions) and the lede.
  findHeaderAndLede(draft);
  // 7. Pull quotes that repeat a paragraph of the story.
  markPullQuotes(draft);
  // 8. The trailing zone: furniture after a credit or a run of furniture that nothing continues.
  trimTrailingZone(draft);
  // 9. Fragments that are widgets rather than subheadings.
  markFragments(draft);
  // 10. Lines repeated verbatim, pull quotes and a dek the body repeats.
  markDuplicates(draft);
  // 11. Photo credits inside captions and body lines.
  collectInlinePhotoCredits(draft);
  // 12. Pages that are not articles: their would-be body is removed.
  checkNotArticle(draft);
  // 13. Layout, paragraphs, sentences and removed spans, with the dateline and closing credits cut off.
  assembleBody(draft);
  // 14. URLs anywhere in the text.
  collectUrls(draft);
  // 15. Diagnostics on the data.
  diagnose(draft);
}
