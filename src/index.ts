/**
 * copydesk: compare how news outlets tell the same story.
 *
 * @packageDocumentation
 */

export type { AlignOptions, SentenceSimilarity } from './align/align-sources';
export { alignSources } from './align/align-sources';
export type { CopydeskErrorCode } from './errors';
export { CopydeskError, isCopydeskError } from './errors';
export { splitSentences } from './segment/split-sentences';
export type { Token, TokenKind } from './segment/tokenize';
export { compareSentences, RELATION_THRESHOLDS } from './similarity/compare-sentences';
export type {
  CompareOptions,
  PreparedSentence,
  RelationThresholds,
  SentenceEvidence,
  SentenceFeatures,
  SentenceMatch,
  SentenceRelation,
  SimilarityFunction,
} from './similarity/types';
export type { AgencyDefinition } from './text/agencies';
export { DEFAULT_AGENCIES } from './text/agencies';
export type { NormalizeOptions } from './text/normalize-article';
export { DEFAULT_MAX_LENGTH, normalizeArticle } from './text/normalize-article';
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
  Paragraph,
  PhotoCredit,
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
} from './types';
