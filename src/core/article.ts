/**
 * Public types of an article and its pieces. Every offset is a 0-based UTF-16 index into the
 * original input, half-open `[start, end)`, as in vfile/unist positions:
 * `original.slice(start, end)` is the raw text of the span. For an article read
 * from HTML, `original` is the HTML and a span's `text` is the decoded text the
 * range of markup holds.
 *
 * @packageDocumentation
 */

/** A half-open `[start, end)` range of UTF-16 offsets into an original text. */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset one past the last character. */
  readonly end: number;
}

/**
 * A span together with the text it covers: `original.slice(start, end)` for
 * plain text; for HTML, the decoded text of that range (tags left out,
 * character references decoded, white space collapsed as a browser shows it).
 */
export interface TextSpan extends Span {
  /**
   * The text of the span: exactly as in the original for plain text, decoded
   * for HTML (for a metadata value read from a tag's attribute, a JSON-LD
   * script or the `<title>`, the value as read; the span is the markup that
   * holds it).
   */
  readonly text: string;
}

/**
 * One article as a user hands it to copydesk: its plain `text` or its HTML
 * page as `html` (exactly one of the two), with optional metadata.
 */
export interface ArticleInput {
  /** Plain text of the article, as scraped. Give this or `html`, not both. */
  readonly text?: string;
  /**
   * The HTML page the article was scraped from, as a string (decode the bytes
   * first). Give this or `text`, not both. The article is read from the page
   * (`extractHtml`), and every offset of the result points into this string.
   */
  readonly html?: string;
  /**
   * Stable identifier of the source. When omitted, copydesk derives one from
   * a hash of the text or the HTML (`src-` and 8 hex digits), so the same
   * input always gets the same id whatever its position in a list.
   */
  readonly id?: string;
  /**
   * Name of the outlet that published the article (for example `"Reuters"`).
   * For `html` without it, the page's publisher or site name (JSON-LD
   * `publisher`, `og:site_name`) is used.
   */
  readonly outlet?: string;
  /**
   * URL the article was scraped from; its path is used as wire evidence. For
   * `html` without it, the page's canonical URL is used.
   */
  readonly url?: string;
  /**
   * Publication time as a `Date` or a string: ISO 8601 (`2024-03-19T10:00:00Z`,
   * `2024-03-19`; a time without a zone is UTC, on any machine), RFC 2822 as
   * feeds write it (`Tue, 19 Mar 2024 10:00:00 GMT`) or with an English month
   * name (`March 19, 2024`); any other string is `ERR_INVALID_INPUT`. For
   * `html` without it, the page's publication date (JSON-LD `datePublished`,
   * `article:published_time`, ...) is used: the most trusted one that reads
   * as a date in these forms.
   */
  readonly publishedAt?: string | Date;
}

/** Severity of a {@link Diagnostic}. */
export type DiagnosticSeverity = 'info' | 'warning' | 'error';

/**
 * A problem found in the data (not in how copydesk was called). Diagnostics
 * are results, not exceptions: the output is still usable, and the diagnostic
 * says how far to trust it.
 */
export interface Diagnostic {
  /** Stable machine-readable code, for example `no-body` or `mostly-removed`. */
  readonly code: string;
  /** How serious the problem is. */
  readonly severity: DiagnosticSeverity;
  /** What was found and what it means for the result. */
  readonly message: string;
  /** Where in the original text the problem is, when it has a place. */
  readonly span?: Span;
  /** In a comparison, the id of the source the problem is in, when it is in one. */
  readonly source?: string;
}

/**
 * Why a span of the input is not part of the article body.
 *
 * - `boilerplate:*`: page furniture, by kind.
 * - `metadata:*`: recognized article metadata (`metadata:date` is a line that
 *   is only a publication or update date).
 * - `caption` / `photo-credit` / `credit` / `url`: recognized non-body text.
 * - `duplicate`: a repeat of text already kept (a caption printed twice).
 * - `control`: binary junk or control characters that cannot be text.
 * - `not-article`: the would-be body of a page that is not an article (a
 *   social-media or crawl notice, a sign-in or shop widget, a video stub, a
 *   teaser list): nothing of it is authored prose. The article then has a
 *   `not-article` diagnostic saying why (rule `doc:not-article`).
 * - `html:*` (HTML input only): markup that shows no text (`html:script`,
 *   `html:style`, `html:comment`, `html:hidden`, `html:embed`,
 *   `html:noscript`, `html:template`, `html:title` for the `<title>`
 *   element, `html:doctype`, `html:instruction`) and text blocks of the page
 *   outside the article, by the element around them (`html:nav`,
 *   `html:aside`, `html:figure`, `html:footer`, `html:header`, `html:form`)
 *   or, without one, `html:boilerplate`.
 */
export type RemovalReason =
  | 'boilerplate:ad'
  | 'boilerplate:newsletter'
  | 'boilerplate:donation'
  | 'boilerplate:subscription'
  | 'boilerplate:paywall'
  | 'boilerplate:browser'
  | 'boilerplate:navigation'
  | 'boilerplate:share'
  | 'boilerplate:promo'
  | 'boilerplate:feedback'
  | 'boilerplate:legal'
  | 'metadata:title'
  | 'metadata:dek'
  | 'metadata:byline'
  | 'metadata:dateline'
  | 'metadata:date'
  | 'caption'
  | 'photo-credit'
  | 'credit'
  | 'url'
  | 'duplicate'
  | 'control'
  | 'not-article'
  | 'html:script'
  | 'html:style'
  | 'html:comment'
  | 'html:hidden'
  | 'html:embed'
  | 'html:noscript'
  | 'html:template'
  | 'html:title'
  | 'html:doctype'
  | 'html:instruction'
  | 'html:nav'
  | 'html:aside'
  | 'html:figure'
  | 'html:footer'
  | 'html:header'
  | 'html:form'
  | 'html:boilerplate';

/** A span of the input that is not body text, with the reason and the rule that removed it. */
export interface RemovedSpan extends TextSpan {
  /** Why the span was removed. */
  readonly reason: RemovalReason;
  /** Identifier of the rule that fired, for example `line:advertisement`. */
  readonly rule: string;
  /** For `duplicate`: the span this one repeats. */
  readonly duplicateOf?: Span;
}

/**
 * The role of one piece of the input in the article's layout. Layout spans
 * tile the whole input: `body` and `separator` (whitespace between blocks)
 * plus one role per removal reason.
 */
export type LayoutRole = 'body' | 'separator' | 'removed';

/** One piece of the input: body, separator whitespace, or a removed span. */
export interface LayoutSpan extends Span {
  /** What the piece is. */
  readonly role: LayoutRole;
  /** For `removed`: why. */
  readonly reason?: RemovalReason;
}

/** A sentence of the article body. */
export interface Sentence extends TextSpan {
  /** Identifier unique within the article: `s1`, `s2`, ... in reading order. */
  readonly id: string;
  /** Index of the paragraph in {@link Article.paragraphs}. */
  readonly paragraph: number;
  /**
   * Comparison-ready form of the sentence: unicode NFKC per piece, straight
   * quotes, plain spaces, no soft hyphens or zero-width characters, `-` for
   * dashes, `...` for ellipses. Offsets always refer to {@link TextSpan.text}.
   */
  readonly normalized: string;
}

/** A paragraph of the article body. */
export interface Paragraph extends TextSpan {
  /** Comparison-ready form of the paragraph (see {@link Sentence.normalized}). */
  readonly normalized: string;
  /** Ids of the paragraph's sentences, in order. */
  readonly sentences: readonly string[];
}

/** A dateline at the start of the body: `MOSCOW, March 19 (UPI) --`. */
export interface Dateline extends TextSpan {
  /** Place name as written, for example `MOSCOW`. */
  readonly place: string;
  /** Date as written, for example `March 19`, when present. */
  readonly date?: string;
  /** Agency named in the dateline, for example `UPI`, when present. */
  readonly agency?: string;
}

/** A wire credit line: `(Reporting by ...; Editing by ...)`, `(AP) —`, `— Reuters`. */
export interface WireCredit extends TextSpan {
  /** Agency the credit names, when it names one. */
  readonly agency?: string;
  /** Reporter names from `Reporting by`. */
  readonly reporters: readonly string[];
  /** Editor names from `Editing by`. */
  readonly editors: readonly string[];
}

/** A byline: `By Elizabeth Shim`. */
export interface Byline extends TextSpan {
  /** The names in the byline. */
  readonly names: readonly string[];
  /** Agency named in the byline (`By Jack Kim, Reuters`), when present. */
  readonly agency?: string;
}

/** A photo credit such as `KCNA/Reuters` or `Photo courtesy of Yonhap/KCNA`. */
export interface PhotoCredit extends TextSpan {
  /** Agencies or photographers named, split on `/`. */
  readonly sources: readonly string[];
}

/** Metadata recognized in the article text. Every field keeps its offsets. */
export interface ArticleMetadata {
  /** The headline. */
  readonly title?: TextSpan;
  /** The standfirst (subtitle) under the headline. */
  readonly dek?: TextSpan;
  /** Bylines. */
  readonly bylines: readonly Byline[];
  /** The dateline that opens the body. */
  readonly dateline?: Dateline;
  /** Photo captions. */
  readonly captions: readonly TextSpan[];
  /** Photo credits. */
  readonly photoCredits: readonly PhotoCredit[];
  /** Wire credit lines. */
  readonly credits: readonly WireCredit[];
  /** URLs found in the text. */
  readonly urls: readonly TextSpan[];
  /**
   * The wire agency the text itself credits (dateline, credit line, agency
   * byline), when it credits one. Only wire agencies count: an outlet's own
   * dateline (`(CNN) --`) and an agency named only in a photo credit
   * (`Image copyright AP`, `(AP Photo/Name)`) are not the text's agency; the
   * photo credits are in `photoCredits`.
   */
  readonly agency?: string;
}

/**
 * Text repeated inside one article. `paragraph` and `caption` repeats are
 * removed once (reason `duplicate`); a `dek-repeated` report links the dek to
 * the body paragraph that restates it, and both keep their roles.
 */
export interface DuplicateReport {
  /** What was repeated. */
  readonly kind: 'paragraph' | 'caption' | 'dek-repeated';
  /**
   * The occurrence kept: for a repeated paragraph or caption, the earlier
   * one; for a pull quote (`paragraph`, `exact` false), the story paragraph
   * it quotes, which the pull quote may stand before; for `dek-repeated`,
   * the dek.
   */
  readonly first: TextSpan;
  /**
   * The repeat: the span removed as `duplicate` (a later copy, or the pull
   * quote wherever it stands), or for `dek-repeated` the body paragraph that
   * restates the dek.
   */
  readonly second: TextSpan;
  /** Whether the two are the same character for character, as the input writes them. */
  readonly exact: boolean;
}

/** A normalized article: metadata, body paragraphs and sentences, removed spans. */
export interface Article {
  /** Marks the object as a normalized article. */
  readonly kind: 'article';
  /** Stable identifier of the source. */
  readonly id: string;
  /** Outlet name, when given. */
  readonly outlet?: string;
  /** URL, when given or found in the text. */
  readonly url?: string;
  /** Publication time as ISO 8601 in UTC (`2024-03-19T10:00:00.000Z`), when given or read from the page. */
  readonly publishedAt?: string;
  /** The input text, or the input HTML for `html` input, unchanged. Every offset points into it. */
  readonly original: string;
  /** Recognized metadata. */
  readonly metadata: ArticleMetadata;
  /** Body paragraphs in reading order. */
  readonly paragraphs: readonly Paragraph[];
  /** Body sentences in reading order. */
  readonly sentences: readonly Sentence[];
  /** Repeated text inside the article: a caption printed twice, a dek that the body repeats. */
  readonly duplicates: readonly DuplicateReport[];
  /** Everything that is not body, each with its reason. */
  readonly removed: readonly RemovedSpan[];
  /** The whole input as contiguous pieces: body, separators and removed spans. */
  readonly layout: readonly LayoutSpan[];
  /** Problems in the data. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A news agency or outlet that copydesk recognizes in credit lines, datelines,
 * photo credits and citations.
 */
export interface AgencyDefinition {
  /** Canonical name, as reported in results (for example `Reuters`). */
  readonly name: string;
  /** Other spellings, matched as whole words, case-sensitively (for example `Associated Press`). */
  readonly aliases: readonly string[];
  /** `wire` for news agencies that syndicate copy, `outlet` for other news organizations. */
  readonly kind: 'wire' | 'outlet';
  /**
   * `true` for agencies that distribute pictures only (Getty Images, EPA):
   * their name is photo evidence wherever it appears, never the agency of the
   * text.
   *
   * @defaultValue false
   */
  readonly photoOnly?: boolean;
}
