/**
 * Public types of the HTML front end: the text blocks of a page, the markup
 * left out of them, and the metadata read from the page's head. Every offset
 * is a 0-based UTF-16 index into the HTML string, half-open `[start, end)`.
 *
 * @packageDocumentation
 */
import type { Diagnostic, RemovalReason, Span } from '../core/article';
import type { Mappable } from '../core/mapping';

/**
 * What a text block is on the page, as a reader would tell:
 *
 * - `body`: the article's running text (paragraphs, list items and table
 *   cells inside the article).
 * - `heading`: a subheading inside the article (`<h2>` to `<h6>`).
 * - `title`: the headline (the `<h1>`, or the heading that repeats the
 *   page's headline metadata).
 * - `dek`: the standfirst under the headline.
 * - `byline`, `date`: who wrote it and when.
 * - `caption`, `photo-credit`: the text of a picture and its credit.
 * - `navigation`, `related`, `share`, `comments`, `footer`, `header`,
 *   `aside`, `form`, `ad`: page furniture, by kind.
 * - `boilerplate`: text outside the article that no more precise label fits.
 */
export type HtmlBlockLabel =
  | 'body'
  | 'heading'
  | 'title'
  | 'dek'
  | 'byline'
  | 'date'
  | 'caption'
  | 'photo-credit'
  | 'navigation'
  | 'related'
  | 'share'
  | 'comments'
  | 'footer'
  | 'header'
  | 'aside'
  | 'form'
  | 'ad'
  | 'boilerplate';

/**
 * Why a span of the HTML is not article text.
 *
 * Markup that never shows as text (`html:script`, `html:style`,
 * `html:comment`, `html:hidden`, `html:embed` for `<svg>`, `<iframe>`,
 * `<video>` and friends, `html:noscript`, `html:template`, `html:title` for
 * the `<title>` element, read as metadata, `html:doctype` and
 * `html:instruction`) is listed in {@link HtmlExtraction.removed}. Text
 * blocks that are not body carry the reason a plain-text pipeline would
 * remove them under in {@link HtmlBlock.reason}: the structural element
 * around them (`html:nav`, `html:aside`, `html:figure`, `html:footer`,
 * `html:header`, `html:form`) or, without one, `html:boilerplate`.
 */
export type HtmlRemovalReason = Extract<RemovalReason, `html:${string}`>;

/** A span of markup that yields no text, with the reason. */
export interface HtmlRemovedSpan extends Span {
  /** Why the span holds no article text. */
  readonly reason: HtmlRemovalReason;
  /** The element's tag name (`script`, `div` for a hidden `<div>`), or `#comment`, `#doctype`. */
  readonly tag: string;
}

/** One element above a block: its tag and its class and id words, lower-cased. */
export interface HtmlAncestor {
  /** Lower-case tag name, for example `div`. */
  readonly tag: string;
  /**
   * The element's `class` and `id` split into words at non-letters and at
   * lower-to-upper case changes, lower-cased (`articleBody story-text` gives
   * `article`, `body`, `story`, `text`), followed by the whole class names
   * and id, lower-cased. Its `itemprop` and `role` are added as `itemprop:x`
   * and `role:x`.
   */
  readonly tokens: readonly string[];
}

/** A block of text as a reader sees it: a paragraph, a heading, a list item, a table cell, a caption. */
export interface HtmlBlock extends Span {
  /**
   * The decoded text: entities decoded, white space collapsed as a browser
   * does (a `<br>` is a line break, `<pre>` keeps its white space).
   * `start`/`end` is the range of the HTML source that holds it, from the
   * block's opening tag (when the block is its element's first content) to
   * its closing tag (when the element ends the block).
   */
  readonly text: string;
  /** Maps offsets of {@link HtmlBlock.text} to offsets of the HTML (`mapStart` for a span's start, `mapEnd` for its end). */
  readonly map: Mappable;
  /** Tag of the innermost block-level element holding the text (`p`, `li`, `h2`, `td`, `div`, ...). */
  readonly tag: string;
  /** The elements above the block, outermost first (`html`, `body`, ..., the block's own element). */
  readonly ancestors: readonly HtmlAncestor[];
  /** How many characters of `text` are inside links (`<a href>`). */
  readonly linkChars: number;
  /** What the block is. */
  readonly label: HtmlBlockLabel;
  /** The rule that gave the label, for example `struct:figcaption` or `select:content`. */
  readonly rule: string;
  /** For a block that is not `body`: the reason a text pipeline removes it under. */
  readonly reason?: HtmlRemovalReason;
}

/** Where a metadata value came from. */
export type HtmlMetadataSource = 'json-ld' | 'opengraph' | 'meta' | 'time' | 'link' | 'title' | 'microdata';

/** One metadata value found on the page. */
export interface HtmlMetadataEntry {
  /**
   * What it is: `headline`, `author`, `datePublished`, `dateModified`,
   * `publisher`, `siteName`, `description`, `url`, `canonical`, `title`,
   * `section`, `articleBody`.
   */
  readonly key: string;
  /** The decoded value. */
  readonly value: string;
  /** Where it came from. */
  readonly source: HtmlMetadataSource;
  /**
   * The HTML that holds the value: the value itself inside a JSON-LD
   * script when it can be found there, otherwise the tag (`<meta ...>`,
   * `<time ...>`) or the element.
   */
  readonly span: Span;
}

/** The page's metadata: the best value of each kind, and every value found. */
export interface HtmlMetadata {
  /** The headline: JSON-LD `headline`, else `og:title`, else the `<title>`; without the site's name when the value ends with a separator and one of the page's site or publisher names (`A Letter on Justice and Open Debate | Harper's Magazine`). */
  readonly headline?: HtmlMetadataEntry;
  /** The `<title>` element. */
  readonly title?: HtmlMetadataEntry;
  /** Authors: JSON-LD `author` names, else `<meta name=author>` and `article:author`. */
  readonly authors: readonly HtmlMetadataEntry[];
  /** Publication date: JSON-LD `datePublished`, `article:published_time`, `<meta name=date ...>`, else the first `<time datetime>`. */
  readonly datePublished?: HtmlMetadataEntry;
  /** Update date: JSON-LD `dateModified` or `article:modified_time`. */
  readonly dateModified?: HtmlMetadataEntry;
  /** Publisher: JSON-LD `publisher` name, else `og:site_name`. */
  readonly publisher?: HtmlMetadataEntry;
  /** Description: `og:description` or `<meta name=description>`. */
  readonly description?: HtmlMetadataEntry;
  /** Canonical URL: `<link rel=canonical>`, else the most trusted `url` (JSON-LD, microdata, `og:url`, ...); absolute addresses only. */
  readonly url?: HtmlMetadataEntry;
  /** Every value found, in source order. */
  readonly entries: readonly HtmlMetadataEntry[];
}

/** What {@link extractHtml} returns. */
export interface HtmlExtraction {
  /** The HTML, unchanged. Every offset points into it. */
  readonly html: string;
  /** Every text block of the page in reading order, each with its label. */
  readonly blocks: readonly HtmlBlock[];
  /** Markup that yields no text, in source order, never overlapping one another. */
  readonly removed: readonly HtmlRemovedSpan[];
  /** Metadata from JSON-LD, OpenGraph, `<meta>`, `<time>`, `<link rel=canonical>` and `<title>`. */
  readonly metadata: HtmlMetadata;
  /** Problems in the page (invalid JSON-LD, no article text found). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of {@link extractHtml}. */
export interface ExtractHtmlOptions {
  /**
   * Largest HTML accepted, in UTF-16 code units; longer input throws
   * `ERR_INPUT_TOO_LARGE`.
   *
   * @defaultValue 20_000_000
   */
  readonly maxLength?: number;
}

/** One piece of the page in {@link htmlLayout}: a block, removed markup, or markup between blocks. */
export interface HtmlLayoutSpan extends Span {
  /** `block` (see `block`), `removed` (see `reason`), or `markup`: tags and white space between blocks. */
  readonly role: 'block' | 'removed' | 'markup';
  /** For `block`: its index in {@link HtmlExtraction.blocks}. */
  readonly block?: number;
  /** For `removed`: why. */
  readonly reason?: HtmlRemovalReason;
}

/** Text of chosen blocks joined with blank lines, with one map back to the HTML. */
export interface HtmlText {
  /** The blocks' texts joined with `\n\n`. */
  readonly text: string;
  /** Maps offsets of `text` to offsets of the HTML. */
  readonly map: Mappable;
  /** Indices in {@link HtmlExtraction.blocks} of the blocks joined, in order. */
  readonly blocks: readonly number[];
  /** Where each block starts in `text`, parallel to `blocks`. */
  readonly offsets: readonly number[];
}
