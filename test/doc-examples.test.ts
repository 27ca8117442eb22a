import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSources, compareSentences, isCopydeskError, normalizeArticle } from '../src/index';

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

  it('the README example on the UPI seed gives the offsets it shows', () => {
    const file = readdirSync(new URL('../seeds/', import.meta.url)).find((f) => f.startsWith('001'))!;
    const article = normalizeArticle({
      id: 'upi',
      text: readFileSync(new URL(`../seeds/${file}`, import.meta.url), 'utf8'),
    });
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const shown =
      /article\.sentences\[0\]; \/\/=> \{ id: 's1', text: 'Speculation that \.\.\.', start: (\d+), end: (\d+)/.exec(
        readme,
      );
    expect(shown).not.toBeNull();
    expect(article.sentences[0]).toMatchObject({
      id: 's1',
      start: Number(shown![1]),
      end: Number(shown![2]),
      paragraph: 0,
    });
    expect(article.sentences[0]!.text.startsWith('Speculation that')).toBe(true);
    expect(article.metadata.dateline).toMatchObject({
      text: 'MOSCOW, March 19 (UPI) --',
      place: 'MOSCOW',
      agency: 'UPI',
    });
  });

  it('the compareSentences error names only exported functions', () => {
    try {
      compareSentences(1 as unknown as string, 'x');
      expect.unreachable();
    } catch (error) {
      expect(isCopydeskError(error) && error.code).toBe('ERR_INVALID_INPUT');
      expect((error as Error).message).not.toMatch(/comparePrepared|prepareSentence/);
    }
  });
});
