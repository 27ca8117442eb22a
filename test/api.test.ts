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
];

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('../src/index');
    expect(Object.keys(api).sort()).toEqual([...DOCUMENTED_EXPORTS].sort());
  });
});
