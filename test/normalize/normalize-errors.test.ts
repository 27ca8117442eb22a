import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CopydeskError, DEFAULT_MAX_LENGTH, isCopydeskError, normalizeArticle } from '../../src/index';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isCopydeskError(error) ? error.code : 'not-a-copydesk-error';
  }
  return undefined;
}

describe('normalizeArticle programmer errors', () => {
  it('rejects non-string text with ERR_INVALID_INPUT', () => {
    expect(codeOf(() => normalizeArticle(42 as unknown as string))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => normalizeArticle({ text: null } as unknown as string))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => normalizeArticle({ text: 'x', id: '' }))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => normalizeArticle({ text: 'x', publishedAt: 'not a date' }))).toBe('ERR_INVALID_INPUT');
  });

  it('rejects bad options with ERR_INVALID_OPTION', () => {
    expect(codeOf(() => normalizeArticle('x', { maxLength: -1 }))).toBe('ERR_INVALID_OPTION');
    expect(codeOf(() => normalizeArticle('x', { removeBoilerplate: 'yes' as unknown as boolean }))).toBe(
      'ERR_INVALID_OPTION',
    );
  });

  it('throws ERR_INPUT_TOO_LARGE above the limit instead of truncating', () => {
    const text = seed('001_2c2638c4483bae25.txt');
    expect(codeOf(() => normalizeArticle(text, { maxLength: 1000 }))).toBe('ERR_INPUT_TOO_LARGE');
    expect(DEFAULT_MAX_LENGTH).toBe(5 * 1024 * 1024);
    const error = (() => {
      try {
        normalizeArticle(text, { maxLength: 10 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as Error).message).toMatch(/maxLength/);
  });
});

describe('normalizeArticle data problems are diagnostics', () => {
  it('reports empty input without throwing', () => {
    const article = normalizeArticle('  \n\n ');
    expect(article.sentences).toEqual([]);
    expect(article.diagnostics.map((d) => d.code)).toEqual(['empty-input']);
  });

  it('reports an input that is only page furniture', () => {
    const article = normalizeArticle('Advertisement\n\nSign up for our free weekly newsletter\n\nRead more');
    expect(article.paragraphs).toEqual([]);
    expect(article.diagnostics.map((d) => d.code)).toContain('no-body');
    expect(article.removed.map((r) => r.reason)).toEqual([
      'boilerplate:ad',
      'boilerplate:newsletter',
      'boilerplate:navigation',
    ]);
  });

  it('drops binary junk from the comparison text and says so', () => {
    const body = seed('000_ee71417b7566bb94.txt').split('\n')[6]!;
    const article = normalizeArticle(`\u0000\u0001\u0002${body}\u0007`);
    expect(article.sentences[0]?.normalized.startsWith('Russia has invited')).toBe(true);
    expect(article.diagnostics.map((d) => d.code)).toContain('control-characters');
  });

  it('warns when most letters are not Latin', () => {
    const article = normalizeArticle('Москва пригласила Ким Чен Ына на парад Победы. Об этом сообщает газета Асахи.');
    expect(article.diagnostics.map((d) => d.code)).toContain('non-latin-script');
    expect(article.sentences).toHaveLength(2);
  });

  it('keeps comparison text separate from the original', () => {
    // Seed 002 has no-break spaces inside its dek and curly quotes in its lede.
    const text = seed('002_7110f737bd6dd67c.txt');
    const article = normalizeArticle(text);
    const quote = article.sentences.find((s) => s.text.includes('About 20 state leaders'))!;
    expect(quote.normalized.startsWith('"About 20 state leaders')).toBe(true);
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(article.metadata.dek?.text).toContain('\u00a0');
  });

  it('derives a stable id from the text when none is given', () => {
    const text = seed('003_13d9174b7bd8a9b8.txt');
    expect(normalizeArticle(text).id).toBe(normalizeArticle(text).id);
    expect(normalizeArticle(text).id).toMatch(/^src-[0-9a-f]{8}$/);
    expect(normalizeArticle({ text, id: 'cp' }).id).toBe('cp');
  });
});
