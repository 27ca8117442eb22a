/**
 * The HTML front end: `extractHtml` reads a page into labelled text blocks
 * mapped back to the HTML, `htmlText` joins chosen blocks into one text with
 * one map, `htmlLayout` tiles the page.
 *
 * @packageDocumentation
 */
export { extractHtml } from './extract-html';
export { htmlLayout, htmlText } from './html-text';
export type {
  ExtractHtmlOptions,
  HtmlAncestor,
  HtmlBlock,
  HtmlBlockLabel,
  HtmlExtraction,
  HtmlLayoutSpan,
  HtmlMetadata,
  HtmlMetadataEntry,
  HtmlMetadataSource,
  HtmlRemovalReason,
  HtmlRemovedSpan,
  HtmlText,
} from './types';
