import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The public surface must never change by accident: adding or removing an
// export is a decision that updates this list and adds a changeset.
const DOCUMENTED_EXPORTS = [
  'AUTO_PROVENANCE_LIMIT',
  'DEFAULT_WIRE_URL_PATTERNS',
  'DERIVATION_THRESHOLDS',
  'DIRECTION_WEIGHTS',
  'findCitations',
  'findReuse',
  'findWireEvidence',
  'traceProvenance',
  'alignSources',
  'alignSourcesAsync',
  'compareSentences',
  'RELATION_THRESHOLDS',
  'CopydeskError',
  'DEFAULT_AGENCIES',
  'DEFAULT_MAX_LENGTH',
  'diffSentences',
  'extractQuotes',
  'isCopydeskError',
  'normalizeArticle',
  'splitSentences',
  'toHTML',
  'toJSON',
  'toMarkdown',
  'provenanceStatements',
  'createCorpusIndex',
  'restoreCorpusIndex',
];

// The exported types, by the same rule. Removed in the redesign (see its changeset): SentenceRelation (use
// Relation), SimilarityFunction and AsyncSentenceSimilarity (use SentenceSimilarity), PreparedSentence.
const DOCUMENTED_TYPES = [
  'CorpusIndex',
  'CorpusIndexOptions',
  'CorpusInput',
  'CorpusMatch',
  'CorpusRelation',
  'CorpusResult',
  'CorpusSentencePair',
  'CorpusSentenceRef',
  'CorpusSettings',
  'CorpusStats',
  'CorpusStoriesOptions',
  'CorpusStore',
  'CorpusStory',
  'AbortSignalLike',
  'AgencyDefinition',
  'AlignOptions',
  'AlignmentGroup',
  'Article',
  'ArticleInput',
  'ArticleMetadata',
  'AsyncAlignOptions',
  'Byline',
  'ChangeSeverity',
  'ChangeType',
  'Citation',
  'CitationOptions',
  'CitingSentence',
  'CompareOptions',
  'Comparison',
  'ComparisonSettings',
  'CopydeskErrorCode',
  'Dateline',
  'DerivationClass',
  'Diagnostic',
  'DiagnosticSeverity',
  'DiffOp',
  'DiffOpKind',
  'DiffOptions',
  'Direction',
  'DuplicateReport',
  'EmbeddingFunction',
  'GroupLink',
  'GroupMember',
  'HtmlReportOptions',
  'JsonReportOptions',
  'LayoutRole',
  'LayoutSpan',
  'MarkdownReportOptions',
  'MismatchedTerms',
  'NormalizeOptions',
  'Omission',
  'PairVerdict',
  'PairReuse',
  'Paragraph',
  'PhotoCredit',
  'Provenance',
  'ProvenanceEdge',
  'ProvenanceGraph',
  'ProvenanceNode',
  'ProvenanceStatement',
  'Quote',
  'QuoteMention',
  'QuoteRecord',
  'Relation',
  'RelationThresholds',
  'RemovalReason',
  'RemovedSpan',
  'ReuseOptions',
  'ReusePassage',
  'Sentence',
  'SentenceDiff',
  'SentenceDuplicate',
  'SentenceEvidence',
  'SentenceFeatures',
  'SentenceLink',
  'SentenceMatch',
  'SentenceRef',
  'SentenceSimilarity',
  'SourcePair',
  'SourceProvenance',
  'SourceSummary',
  'Span',
  'TextSpan',
  'Token',
  'TokenKind',
  'TraceOptions',
  'TypedChange',
  'UniqueSentences',
  'WireAttribution',
  'WireCredit',
  'WireEvidence',
  'WireEvidenceKind',
  'WireEvidenceOptions',
  'WireRole',
  'WireUrlPattern',
];

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('../src/index');
    expect(Object.keys(api).sort()).toEqual([...DOCUMENTED_EXPORTS].sort());
  });

  it('exports exactly the documented types', () => {
    const entry = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
    const types = [...entry.matchAll(/export type \{([^}]*)\}/g)].flatMap((m) =>
      m[1]!
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    );
    expect(types.sort()).toEqual([...DOCUMENTED_TYPES].sort());
  });

  it('freezes every default table it exports', async () => {
    const api = await import('../src/index');
    for (const table of [
      api.DEFAULT_AGENCIES,
      api.DEFAULT_WIRE_URL_PATTERNS,
      api.DERIVATION_THRESHOLDS,
      api.DIRECTION_WEIGHTS,
      api.RELATION_THRESHOLDS,
    ]) {
      expect(Object.isFrozen(table)).toBe(true);
      if (Array.isArray(table)) for (const row of table) expect(Object.isFrozen(row)).toBe(true);
    }
    expect(() => (api.DEFAULT_AGENCIES as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(Object.isFrozen(api.DEFAULT_AGENCIES[0]!.aliases)).toBe(true);
  });
});
