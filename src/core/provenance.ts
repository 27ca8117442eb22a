/**
 * Public types of the provenance stage: passage-level reuse, wire evidence,
 * citations, METER classes, direction and the provenance graph.
 *
 * @packageDocumentation
 */
import type { AgencyDefinition, Diagnostic, Span, TextSpan } from './article';

/** One passage of `target` copied from `source`, as {@link findReuse} reports it. */
export interface ReusePassage {
  /** Where the passage is in the source text (offsets into the source string). */
  readonly source: Span;
  /** Where the copy is in the target text (offsets into the target string). */
  readonly target: Span;
  /** Word tokens of the target passage that are part of an exact common run. */
  readonly matchedTokens: number;
  /** Word tokens of the target passage, matched or not (gaps are edits inside the copy). */
  readonly targetTokens: number;
  /** Density of the copy, `matchedTokens / max(targetTokens, sourceTokens)`, in (0, 1]. */
  readonly score: number;
  /**
   * Present (`true`) when the source repeats this text so often that not
   * every place of it in the source was compared (see `maxOccurrences`; a
   * target word is compared with at most 8 places). The target span is
   * complete; the source span is one of the places, the first found.
   */
  readonly capped?: true;
}

/** Options of {@link findReuse}. */
export interface ReuseOptions {
  /**
   * Length of the word shingles (n-grams of token norms) used as seeds.
   *
   * @defaultValue 5
   */
  readonly shingle?: number;
  /**
   * Fewest matched word tokens a passage needs to be reported. Shorter common
   * runs are stock phrases (`North Korean leader Kim Jong Un`), not reuse.
   *
   * @defaultValue 8
   */
  readonly minTokens?: number;
  /**
   * Largest gap, in word tokens on either side, between two common runs that
   * are merged into one passage (an edit inside copied text).
   *
   * @defaultValue 12
   */
  readonly maxGap?: number;
  /**
   * Most source positions considered for one shingle. A shingle repeated
   * more often than this inside the one source text (a refrain, a table) is
   * seeded from its first occurrences only; shingles are never dropped for
   * being common across documents.
   *
   * @defaultValue 64
   */
  readonly maxOccurrences?: number;
}

/** What kind of text a piece of {@link WireEvidence} is. */
export type WireEvidenceKind = 'credit-line' | 'dateline' | 'byline' | 'photo-credit' | 'url';

/** One piece of evidence that a text comes from (or is) a wire agency's. */
export interface WireEvidence {
  /** What the evidence is. */
  readonly kind: WireEvidenceKind;
  /** Canonical agency name, when the evidence names one (a `/Latest-News-Wires/` URL does not). */
  readonly agency?: string;
  /** The text of the evidence. For a URL given as input rather than found in the text, `start` and `end` are absent. */
  readonly text: string;
  /** Offsets into the article's original text, when the evidence is in it. */
  readonly span?: Span;
  /** How strongly the evidence alone supports the attribution, in [0, 1]. */
  readonly confidence: number;
  /** Why it counts, in words. */
  readonly reason: string;
}

/** A URL pattern that marks wire copy, as data users can extend. */
export interface WireUrlPattern {
  /** Tested against the whole URL. */
  readonly pattern: RegExp;
  /** The agency the pattern names, when it names one. */
  readonly agency?: string;
  /** `wire-section`: an outlet's section of syndicated copy; `agency-site`: the agency's own site. */
  readonly meaning: 'wire-section' | 'agency-site';
  /** Confidence the match gives, in [0, 1]. */
  readonly confidence: number;
}

/** Whether a text is the agency's own story or another outlet's copy of it. */
export type WireRole = 'own' | 'syndicated' | 'unknown';

/** The agency a source is attributed to, with its evidence. */
export interface WireAttribution {
  /** Canonical agency name. */
  readonly agency: string;
  /** Combined confidence of the evidence naming this agency, `1 - Π(1 - c)`, in [0, 1]. */
  readonly confidence: number;
  /** `own` when the text is the agency's own story, `syndicated` when an outlet carries it. */
  readonly role: WireRole;
  /** The evidence naming this agency (and URL evidence that names none), strongest first. */
  readonly evidence: readonly WireEvidence[];
}

/** An outlet or agency that a text attributes information to (citation, not copying). */
export interface Citation {
  /** Canonical name (`Yonhap`, `Asahi Shimbun`) or the name as written for an unknown outlet. */
  readonly name: string;
  /** `wire` or `outlet` for known organizations, `unknown` for a name found by its shape (`the Korea Herald newspaper`). */
  readonly kind: 'wire' | 'outlet' | 'unknown';
  /** The mention, with offsets into the article's original text. */
  readonly span: TextSpan;
  /** The reporting cue that makes it a citation (`said`, `according to`, `reported`, `quoted`). */
  readonly cue: string;
  /** The body sentence holding the citation. */
  readonly sentence: CitingSentence;
}

/** The body sentence that holds a citation. */
export interface CitingSentence extends TextSpan {
  /** Id of the sentence in its article (`s3`). */
  readonly id: string;
}

/** Options of {@link findCitations}. */
export interface CitationOptions {
  /**
   * Agencies and outlets recognized by name.
   *
   * @defaultValue `DEFAULT_AGENCIES`
   */
  readonly agencies?: readonly AgencyDefinition[];
}

/**
 * METER reuse class of an ordered pair (Clough et al., ACL 2002): how much of
 * the target comes from the source.
 */
export type DerivationClass = 'wholly-derived' | 'partially-derived' | 'non-derived';

/**
 * How much of the target's body comes from the source, for one ordered pair.
 * `traceProvenance` always sets every field; `verbatimShare`,
 * `rewrittenShare`, `derivedShare`, `reasons`, `sharedQuotes` and
 * `sentenceLinks` are optional only so that values built by hand before they
 * existed stay valid.
 */
export interface PairReuse {
  /** Id of the source (the text copied from). */
  readonly source: string;
  /** Id of the target (the text that may have copied). */
  readonly target: string;
  /** Share of the target's body characters (non-space) inside passages taken from the source, in [0, 1]. */
  readonly shareChars: number;
  /** Share of the target's body sentences at least half covered by such passages, in [0, 1]. */
  readonly shareSentences: number;
  /** Ids of the target sentences counted as derived. */
  readonly derivedSentences: readonly string[];
  /**
   * Share of the target's body characters (non-space) inside passages taken
   * from the source, leaving out shared quotes (see `sharedQuotes`), in [0, 1].
   * `shareChars` counts every passage, quotes included.
   */
  readonly verbatimShare?: number;
  /**
   * Share of the target's body added by rewritten sentences: sentences linked
   * to a source sentence at paraphrase level or above, in the source's order
   * (see `sentenceLinks`), each weighed by its link's score, beyond what the
   * verbatim passages already cover. In [0, 1]; 0 when fewer than two
   * sentences are linked.
   */
  readonly rewrittenShare?: number;
  /**
   * The share the METER class is decided on: `verbatimShare + rewrittenShare`,
   * in [0, 1].
   */
  readonly derivedShare?: number;
  /** The METER class (see {@link DERIVATION_THRESHOLDS} and `reasons`). */
  readonly class: DerivationClass;
  /**
   * Why the class, in words, with the evidence that decided it: the verbatim
   * share and its passages (how many, the longest in words), the rewritten
   * share and how many sentences were reworded in the source's order, the
   * threshold the share reached or missed, and the shared quotes left out;
   * or the rule that made the pair non-derived (only quoted speech in
   * common, one stock phrase). The evidence itself is in `passages`,
   * `sharedQuotes` and `sentenceLinks`.
   */
  readonly reasons?: readonly string[];
  /** The copied passages, with offsets into each article's `original` (shared quotes included). */
  readonly passages: readonly ReusePassage[];
  /**
   * Passages that lie inside quotation marks in both texts: the same
   * statement quoted by both, which is not derivation. Also in `passages`.
   */
  readonly sharedQuotes?: readonly ReusePassage[];
  /**
   * Target sentences that rewrite source sentences, in the source's order:
   * the evidence behind `rewrittenShare` (links of sentences that are
   * verbatim copies are listed too).
   */
  readonly sentenceLinks?: readonly SentenceLink[];
}

/** A target sentence that says what a source sentence says, for {@link PairReuse}. */
export interface SentenceLink {
  /** Id of the source sentence (`s3`). */
  readonly source: string;
  /** Id of the target sentence. */
  readonly target: string;
  /** Similarity of the two sentences (see `compareSentences`), in [0, 1]. */
  readonly score: number;
  /** Relation of the two sentences: `identical`, `near-verbatim` or `paraphrase`. */
  readonly relation: string;
  /** Whether the link counts toward `rewrittenShare` (both sentences mostly quoted speech: not). */
  readonly counted: boolean;
}

/** Who copied whom between two sources. */
export interface Direction {
  /** Ids of the two sources, in canonical (input) order. */
  readonly a: string;
  /** Second source. */
  readonly b: string;
  /**
   * `a-to-b`: `b` derives from `a`; `b-to-a`: `a` derives from `b`;
   * `common-source`: both carry the same wire text and neither copied the
   * other; `unrelated`: neither derives from the other; `unknown`: shared
   * text but no way to tell.
   */
  readonly verdict: 'a-to-b' | 'b-to-a' | 'common-source' | 'unrelated' | 'unknown';
  /** For `common-source`: the agency both carry, when known. */
  readonly commonSource?: string;
  /** Confidence in the verdict, in [0, 1]. */
  readonly confidence: number;
  /**
   * The evidence that decided the verdict, in words, strongest first:
   * - `unrelated`: the class reason of each way (`a → b: ...`);
   * - `common-source`: the third text both take from, how much of each comes
   *   from it and why it is the origin (it holds more of each than each holds
   *   of it, or it is an agency's own story, with that evidence quoted), or
   *   the agency both credit, with each one's credit line, dateline or byline;
   * - `a-to-b` / `b-to-a`: each piece of evidence that voted, with what it
   *   read: both publication times; an agency's own story against a copy,
   *   with the dateline or credit of each; which text lacks the other's tail;
   *   how much of each body comes from the other (verbatim and rewritten) and
   *   how many sentences each has that the other lacks;
   * - `unknown`: the shares, and why no evidence decides.
   */
  readonly reasons: readonly string[];
}

/** What one source is, for provenance. */
export interface SourceProvenance {
  /** Id of the source. */
  readonly source: string;
  /** All wire evidence found, strongest first. */
  readonly evidence: readonly WireEvidence[];
  /** The agency the text is attributed to, when the evidence names one (photo credits alone do not). */
  readonly attribution?: WireAttribution;
  /** Outlets and agencies the body cites. */
  readonly citations: readonly Citation[];
}

/** A node of the {@link ProvenanceGraph}. */
export interface ProvenanceNode {
  /** `src:<id>` for sources, `agency:<name>` for agencies and outlets that are not sources. */
  readonly id: string;
  /** What the node is. */
  readonly kind: 'source' | 'agency';
  /** Source id or agency name. */
  readonly label: string;
  /** For agencies: `wire`, `outlet` or `unknown`. */
  readonly agencyKind?: 'wire' | 'outlet' | 'unknown';
  /** For sources: the agency the text is attributed to, when any. */
  readonly agency?: string;
  /** For sources attributed to an agency: whether the text is the agency's own story or a copy. */
  readonly role?: WireRole;
}

/** An edge of the {@link ProvenanceGraph}: `from` derives from or cites `to`. */
export interface ProvenanceEdge {
  /** Node id of the deriving or citing side. */
  readonly from: string;
  /** Node id of the origin or the cited side. */
  readonly to: string;
  /** `derived-from`: text taken from `to`; `cites`: information attributed to `to`. */
  readonly kind: 'derived-from' | 'cites';
  /** For `derived-from` between sources: share of `from`'s body taken from `to`, verbatim and rewritten (`derivedShare`). */
  readonly share?: number;
  /** For `derived-from` between sources: the METER class. */
  readonly class?: DerivationClass;
  /** Confidence of the edge, in [0, 1]. */
  readonly confidence: number;
  /** Evidence in words (for `cites`: the cue sentences' ids). */
  readonly reasons: readonly string[];
}

/** Sources and agencies with `derived-from` and `cites` edges. */
export interface ProvenanceGraph {
  /** Sources first (input order), then agencies by name. */
  readonly nodes: readonly ProvenanceNode[];
  /** Edges in a stable order. */
  readonly edges: readonly ProvenanceEdge[];
}

/** The provenance of the sources of a comparison. */
export interface Provenance {
  /** Marks the object as provenance. */
  readonly kind: 'provenance';
  /** One entry per source, in the comparison's order. */
  readonly sources: readonly SourceProvenance[];
  /** Reuse for every ordered pair of sources (`n·(n-1)` entries, source-major in input order). */
  readonly reuse: readonly PairReuse[];
  /** One verdict per unordered pair, in input order. */
  readonly directions: readonly Direction[];
  /** The graph of sources, agencies and edges. */
  readonly graph: ProvenanceGraph;
  /** Problems in the data. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of {@link traceProvenance}. */
export interface TraceOptions {
  /**
   * Agencies and outlets recognized in credits, URLs and citations.
   *
   * @defaultValue `DEFAULT_AGENCIES`
   */
  readonly agencies?: readonly AgencyDefinition[];
  /**
   * URL patterns that mark wire copy.
   *
   * @defaultValue {@link DEFAULT_WIRE_URL_PATTERNS}
   */
  readonly urlPatterns?: readonly WireUrlPattern[];
  /**
   * Options of the passage finder.
   *
   * @defaultValue `{}` (the {@link ReuseOptions} defaults)
   */
  readonly reuse?: ReuseOptions;
}
