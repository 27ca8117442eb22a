import { describe, expect, it } from 'vitest';
import { alignSources, compareSentences, normalizeArticle } from '../src/index';

// The `@example` blocks of the public TSDoc, checked: the docs must say what the code does.
describe('documented examples', () => {
  it('normalizeArticle', () => {
    const article = normalizeArticle(
      'Advertisement\n\nKim visits Moscow\n\nMOSCOW, March 19 (UPI) -- Kim will visit. He said so.',
    );
    expect(article.metadata.title?.text).toBe('Kim visits Moscow');
    expect(article.metadata.dateline?.agency).toBe('UPI');
    expect(article.sentences.map((s) => s.text)).toEqual(['Kim will visit.', 'He said so.']);
    expect(article.removed[0]?.reason).toBe('boilerplate:ad');
  });

  it('alignSources', () => {
    const comparison = alignSources([
      { id: 'wire', text: 'Kim Jong-un will visit Moscow in May, the Kremlin said on Wednesday.' },
      { id: 'paper', text: 'Kim Jong Un will visit Moscow in May, the Kremlin said Wednesday.' },
    ]);
    expect(comparison.groups[0]?.relation).toBe('near-verbatim');
    expect(comparison.pairs[0]?.coverageA).toBe(1);
  });

  it('compareSentences', () => {
    expect(
      compareSentences(
        'North Korean leader Kim Jong-un has confirmed he will attend.',
        'North Korean leader Kim Jong Un has confirmed he will attend.',
      ).relation,
    ).toBe('identical');
    expect(
      compareSentences(
        'About 20 state leaders have confirmed their attendance.',
        'The Kremlin has extended invitations to 68 countries.',
      ).relation,
    ).toBe('unrelated');
  });
});
