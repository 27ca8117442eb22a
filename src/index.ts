/**
 * copydesk: compare how news outlets tell the same story.
 *
 * @packageDocumentation
 */

export type { AlignOptions } from './align/align-sources';
export { AUTO_PROVENANCE_LIMIT, alignSources } from './align/align-sources';
export type { AbortSignalLike, AsyncAlignOptions, EmbeddingFunction } from './align/align-sources-async';
export { alignSourcesAsync } from './align/align-sources-async';
export type {
  ChangeSeverity,
  ChangeType,
  DiffOp,
  DiffOpKind,
  DiffOptions,
  Quote,
  SentenceDiff,
  TypedChange,
} from './core/changes';
export type { CopydeskErrorCode } from './core/errors';
export { CopydeskError, isCopydeskError } from './core/errors';
export type {
  Citation,
  CitationOptions,
  CitingSentence,
  DerivationClass,
  Direction,
  PairReuse,
  Provenance,
  ProvenanceEdge,
  ProvenanceGraph,
  ProvenanceNode,
  ReuseOptions,
  ReusePassage,
  SentenceLink,
  SourceProvenance,
  TraceOptions,
  WireAttribution,
  WireEvidence,
  WireEvidenceKind,
  WireRole,
  WireUrlPattern,
} from './core/provenance';
export type {
  AlignmentGroup,
  Article,
  ArticleInput,
  ArticleMetadata,
  Byline,
  Comparison,
  ComparisonSettings,
  Dateline,
  Diagnostic,
  DiagnosticSeverity,
  DuplicateReport,
  GroupLink,
  GroupMember,
  LayoutRole,
  LayoutSpan,
  Omission,
  Paragraph,
  PhotoCredit,
  QuoteMention,
  QuoteRecord,
  Relation,
  RemovalReason,
  RemovedSpan,
  Sentence,
  SentenceDuplicate,
  SentenceRef,
  SourcePair,
  SourceSummary,
  Span,
  TextSpan,
  UniqueSentences,
  WireCredit,
} from './core/types';
export { createCorpusIndex, restoreCorpusIndex } from './corpus/corpus-index';
export type {
  CorpusIndex,
  CorpusIndexOptions,
  CorpusInput,
  CorpusMatch,
  CorpusRelation,
  CorpusResult,
  CorpusSentencePair,
  CorpusSentenceRef,
  CorpusSettings,
  CorpusStats,
  CorpusStore,
  CorpusStoriesOptions,
  CorpusStory,
} from './corpus/types';
export { diffSentences } from './diff/diff-sentences';
export { extractQuotes } from './diff/quotes';
export type { AgencyDefinition } from './normalize/agencies';
export { DEFAULT_AGENCIES } from './normalize/agencies';
export type { NormalizeOptions } from './normalize/normalize-article';
export { DEFAULT_MAX_LENGTH, normalizeArticle } from './normalize/normalize-article';
export { DERIVATION_THRESHOLDS } from './provenance/classes';
export { findCitations } from './provenance/find-citations';
export { findReuse } from './provenance/find-reuse';
export { DIRECTION_WEIGHTS, traceProvenance } from './provenance/trace-provenance';
export type { WireEvidenceOptions } from './provenance/wire-evidence';
export { DEFAULT_WIRE_URL_PATTERNS, findWireEvidence } from './provenance/wire-evidence';
export type { PairVerdict, ProvenanceStatement } from './report/statements';
export { provenanceStatements } from './report/statements';
export type { HtmlReportOptions } from './report/to-html';
export { toHTML } from './report/to-html';
export type { JsonReportOptions } from './report/to-json';
export { toJSON } from './report/to-json';
export type { MarkdownReportOptions } from './report/to-markdown';
export { toMarkdown } from './report/to-markdown';
export { splitSentences } from './segment/split-sentences';
export type { Token, TokenKind } from './segment/tokenize';
export { compareSentences, RELATION_THRESHOLDS } from './similarity/compare-sentences';
export type {
  CompareOptions,
  MismatchedTerms,
  RelationThresholds,
  SentenceEvidence,
  SentenceFeatures,
  SentenceMatch,
  SentenceSimilarity,
} from './similarity/types';
