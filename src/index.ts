/**
 * copydesk: compare how news outlets tell the same story.
 *
 * @packageDocumentation
 */

export type { CopydeskErrorCode } from './errors';
export { CopydeskError, isCopydeskError } from './errors';
export { splitSentences } from './segment/split-sentences';
export type { AgencyDefinition } from './text/agencies';
export { DEFAULT_AGENCIES } from './text/agencies';
export type { NormalizeOptions } from './text/normalize-article';
export { DEFAULT_MAX_LENGTH, normalizeArticle } from './text/normalize-article';
export type {
  Article,
  ArticleInput,
  ArticleMetadata,
  Byline,
  Dateline,
  Diagnostic,
  DiagnosticSeverity,
  DuplicateReport,
  LayoutRole,
  LayoutSpan,
  Paragraph,
  PhotoCredit,
  RemovalReason,
  RemovedSpan,
  Sentence,
  Span,
  TextSpan,
  WireCredit,
} from './types';
