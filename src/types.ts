/**
 * Shared public types. Every offset is a 0-based UTF-16 index into the
 * original input, half-open `[start, end)`, as in vfile/unist positions:
 * `original.slice(start, end)` is the raw text of the span.
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

/** A span together with the raw text it covers (`original.slice(start, end)`). */
export interface TextSpan extends Span {
  /** The raw text of the span, exactly as it appears in the original. */
  readonly text: string;
}

/** One article as a user hands it to copydesk. */
export interface ArticleInput {
  /** Plain text of the article, as scraped. */
  readonly text: string;
  /**
   * Stable identifier of the source. When omitted, copydesk derives one from
   * a hash of the text (`src-` and 8 hex digits), so the same input always
   * gets the same id whatever its position in a list.
   */
  readonly id?: string;
  /** Name of the outlet that published the article (for example `"Reuters"`). */
  readonly outlet?: string;
  /** URL the article was scraped from; its path is used as wire evidence. */
  readonly url?: string;
  /** Publication time as an ISO 8601 string or a `Date`. */
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
  | 'not-article';

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
  /** The first occurrence. */
  readonly first: TextSpan;
  /** The repeat. */
  readonly second: TextSpan;
  /** Whether the two are the same character for character. */
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
  /** Publication time as ISO 8601, when given. */
  readonly publishedAt?: string;
  /** The input text, unchanged. Every offset points into it. */
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

import type { TypedChange } from './diff/types';
import type { Provenance } from './provenance/types';

/**
 * How two sentences relate, from most to least similar (see
 * `compareSentences` for the thresholds).
 */
export type Relation = 'identical' | 'near-verbatim' | 'paraphrase' | 'related' | 'unrelated';

/** Points at one sentence of one source, with its offsets into that source's original text. */
export interface SentenceRef extends TextSpan {
  /** Id of the source. */
  readonly source: string;
  /** Id of the sentence within its article (`s3`). */
  readonly sentence: string;
}

/** One sentence in an {@link AlignmentGroup}. */
export interface GroupMember extends SentenceRef {
  /** Index of the sentence in its article's body, from 0. */
  readonly index: number;
  /** Relative position in its article's body, 0 (first sentence) to 1 (last). */
  readonly position: number;
  /**
   * `true` when the sentence is out of the story's common order: within its
   * source, its group is off the longest run of groups that follows the
   * consensus order (each group's median relative position across sources).
   */
  readonly moved: boolean;
  /**
   * `true` when the group holds more than one sentence of this member's
   * source: a sentence split in two, or two merged into one elsewhere.
   */
  readonly split: boolean;
}

/** A scored link between two members of a group. */
export interface GroupLink {
  /** Index of the first member in {@link AlignmentGroup.members}. */
  readonly a: number;
  /** Index of the second member. */
  readonly b: number;
  /** Similarity in [0, 1]. */
  readonly score: number;
  /**
   * The relation of the two sentences in this alignment. It is the relation
   * of `score`, except that a pair sharing only names and attribution is at
   * most `related`, and a contextual paraphrase (see `contextual`) is
   * `paraphrase`.
   */
  readonly relation: Relation;
  /**
   * `true` when the pair was aligned as a paraphrase from context: its score
   * alone is in the related range (at least 0.5), but the two sentences are
   * each other's best match across their sources and share at least three
   * predicate words (content words that are not names or attribution).
   */
  readonly contextual: boolean;
  /** Spans of the first member covered by runs it shares with the second (offsets into its original). */
  readonly coveredA: readonly Span[];
  /** Spans of the second member covered by the same runs. */
  readonly coveredB: readonly Span[];
  /**
   * What changed from the first member to the second, typed (number, date,
   * name, quote, attribution, hedging, negation, insertion, omission,
   * rewording, and the trivial kinds), each with a severity. `a` spans point
   * into the first member's original article, `b` spans into the second's.
   */
  readonly changes: readonly TypedChange[];
}

/** Groups one source lacks although most sources that share anything with it carry them. */
export interface Omission {
  /** Id of the source. */
  readonly source: string;
  /** Ids of the groups it omits. */
  readonly groups: readonly string[];
}

/** One source's version of a direct quote. */
export interface QuoteMention extends TextSpan {
  /** Id of the source. */
  readonly source: string;
  /** Id of the sentence holding the quote. `text`, `start` and `end` are the quoted words in the original. */
  readonly sentence: string;
  /** Who is quoted, as the text names them, when it does. */
  readonly speaker?: string;
}

/** A direct quote across sources: the mentions of one statement. */
export interface QuoteRecord {
  /** Stable id (`q1`, `q2`, ...). */
  readonly id: string;
  /** The alignment group whose sentences hold the quote, when the quote is shared. */
  readonly group?: string;
  /** Each source's version. */
  readonly mentions: readonly QuoteMention[];
  /** The sources quote different words (after folding case and punctuation). */
  readonly wordingDiffers: boolean;
  /** The sources name different speakers. */
  readonly speakerDiffers: boolean;
}

/** Sentences across sources that say the same thing. */
export interface AlignmentGroup {
  /** Stable id (`g1`, `g2`, ... in order of first appearance). */
  readonly id: string;
  /** The strongest relation among the group's links. */
  readonly relation: Relation;
  /** `one-to-one` when each source has one member, else `one-to-many` (splits or merges). */
  readonly shape: 'one-to-one' | 'one-to-many';
  /** Ids of the sources present, in the comparison's canonical order. */
  readonly sources: readonly string[];
  /** The sentences, in canonical source order then reading order. */
  readonly members: readonly GroupMember[];
  /**
   * Scored links that hold the group together. Each member is linked to at
   * least one other. Groups of up to 12 members keep every scored link
   * between their members; larger groups (hundreds of outlets carrying one
   * wire sentence) keep the links that joined them, and identical copies are
   * linked to their first copy.
   */
  readonly links: readonly GroupLink[];
}

/** What one source contributes, in brief. */
export interface SourceSummary {
  /** Stable id. */
  readonly id: string;
  /** Outlet name, when given. */
  readonly outlet?: string;
  /** Headline, when found. */
  readonly title?: string;
  /** Wire agency the text credits, when it credits one. */
  readonly agency?: string;
  /** Number of body sentences. */
  readonly sentences: number;
  /** Words kept as body. */
  readonly wordsKept: number;
  /** Words removed (metadata and furniture). */
  readonly wordsRemoved: number;
}

/** Sentences that only one source has. */
export interface UniqueSentences {
  /** Id of the source. */
  readonly source: string;
  /** Its sentences that no other source has, in reading order. */
  readonly sentences: readonly SentenceRef[];
}

/** How much two sources share. */
export interface SourcePair {
  /** Id of the first source (canonical order). */
  readonly a: string;
  /** Id of the second source. */
  readonly b: string;
  /** Number of groups holding sentences of both. */
  readonly sharedGroups: number;
  /** Share of `a`'s sentences that are in a group with `b`. */
  readonly coverageA: number;
  /** Share of `b`'s sentences that are in a group with `a`. */
  readonly coverageB: number;
}

/** A sentence that repeats another of the same source; counted once. */
export interface SentenceDuplicate {
  /** The first occurrence. */
  readonly first: SentenceRef;
  /** The repeat, left out of groups and unique sentences. */
  readonly second: SentenceRef;
  /** Similarity of the two. */
  readonly score: number;
}

/** The settings that shaped a {@link Comparison}. */
export interface ComparisonSettings {
  /** Lowest score of each relation. */
  readonly thresholds: {
    /** Lowest score of `near-verbatim`. */
    readonly nearVerbatim: number;
    /** Lowest score of `paraphrase`. */
    readonly paraphrase: number;
    /** Lowest score of `related`. */
    readonly related: number;
  };
  /** The weakest relation that aligns two sentences. */
  readonly minRelation: Relation;
  /** Whether a user-supplied similarity replaced the built-in one. */
  readonly customSimilarity: boolean;
}

/** The alignment of several articles about one story: a plain, serializable object. */
export interface Comparison {
  /** Marks the object as a comparison. */
  readonly kind: 'comparison';
  /** Version of this object's shape. */
  readonly schemaVersion: 1;
  /** The sources in the order they were given. */
  readonly sources: readonly SourceSummary[];
  /** The normalized articles, in the same order as `sources`. */
  readonly articles: readonly Article[];
  /** Groups of sentences that say the same thing across sources. */
  readonly groups: readonly AlignmentGroup[];
  /** For each source, the sentences no other source has. */
  readonly unique: readonly UniqueSentences[];
  /**
   * For each pair of sources that shares at least one group, what they share,
   * in canonical order of `a` then `b`. A pair that is not listed shares
   * nothing: the list stays as long as the sharing, not the square of the
   * number of sources. Above 20,000 sharing pairs (one story told by more
   * than 200 outlets), each source's 20 strongest peers are listed and a
   * `pairs-bounded` diagnostic says so; other pairs can be derived from
   * `groups`.
   */
  readonly pairs: readonly SourcePair[];
  /** Per source, the groups it omits that most related sources carry. */
  readonly omissions: readonly Omission[];
  /** Every direct quote, matched across sources, flagged where wording or speaker differs. */
  readonly quotes: readonly QuoteRecord[];
  /** Sentences repeated inside one source, counted once. */
  readonly duplicates: readonly SentenceDuplicate[];
  /**
   * Where the text came from: wire evidence, reuse per ordered pair of
   * sources, METER classes, direction, citations and the provenance graph
   * (see `traceProvenance`). Present when computed: by default for up to 50
   * sources; call `traceProvenance(comparison)` for more.
   */
  readonly provenance?: Provenance;
  /** Problems in the data: sources that share nothing, empty sources, a single source. */
  readonly diagnostics: readonly Diagnostic[];
  /** The settings used. */
  readonly settings: ComparisonSettings;
}
