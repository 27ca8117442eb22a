/**
 * Public types of a comparison: groups, links, pairs, sources.
 *
 * @packageDocumentation
 */
import type { Article, Diagnostic, Span, TextSpan } from './article';
import type { TypedChange } from './changes';
import type { Provenance } from './provenance';

/**
 * How two sentences relate, from most to least similar (see
 * `RELATION_THRESHOLDS` for the scores that separate them).
 *
 * - `identical`: the same token norms (same after normalization).
 * - `near-verbatim`: the same sentence lightly edited, or a clause reused verbatim.
 * - `paraphrase`: the same fact in other words.
 * - `related`: shares names or details, but does not say the same thing.
 * - `unrelated`: nothing meaningful in common.
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
   *
   * Computed when first read (for every link of the group at once), then
   * kept: an enumerable property like the others, so `JSON.stringify`,
   * `structuredClone` and spreading see it, but an alignment whose changes
   * nobody reads does not pay for typing them.
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

/**
 * A direct quote across sources: the mentions of one statement. Quotes in the
 * sentences of one alignment group are matched by their words, one mention
 * per source, so a sentence that holds several statements gives a record for
 * each.
 */
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
  /**
   * The repeat. An exact repeat (`score` 1) is left out of groups and unique
   * sentences; a near repeat (`score` below 1: an edited copy of the
   * sentence) stays where the alignment puts it, in a group or unique.
   */
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
