import { describe, expect, it } from 'vitest';

// The public surface must never change by accident: adding or removing an
// export is a decision that updates this list and adds a changeset.
const DOCUMENTED_EXPORTS = [
  'alignSources',
  'compareSentences',
  'RELATION_THRESHOLDS',
  'CopydeskError',
  'DEFAULT_AGENCIES',
  'DEFAULT_MAX_LENGTH',
  'isCopydeskError',
  'normalizeArticle',
  'splitSentences',
];

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('../src/index');
    expect(Object.keys(api).sort()).toEqual([...DOCUMENTED_EXPORTS].sort());
  });
});
