import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/core/errors';
import { extractQuotes } from '../../src/diff/quotes';

const seedDir = join(import.meta.dirname, '..', '..', 'seeds');
const seed = (prefix: string): string =>
  readFileSync(join(seedDir, readdirSync(seedDir).find((f) => f.startsWith(prefix))!), 'utf8');
const paragraph = (text: string, start: string): string => {
  const i = text.indexOf(start);
  expect(i).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n', i);
  return text.slice(i, end < 0 ? text.length : end);
};
/** A pair of test/fixtures/diff/news-pairs.json (MRPC train pairs). */
const newsPair = (id: string): { a: string; b: string } => {
  const news = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'diff', 'news-pairs.json'), 'utf8'),
  ) as { pairs: { id: string; a: string; b: string }[] };
  const found = news.pairs.find((p) => p.id === id);
  expect(found).toBeDefined();
  return found!;
};
const brief = (text: string) =>
  extractQuotes(text).map((q) => ({ content: q.content.text, speaker: q.speaker?.text, cue: q.cue?.text }));

describe('extractQuotes on the seeds', () => {
  it('speaker after the quote: an agency quoting an office (seed 002)', () => {
    const p = paragraph(seed('002_'), '"About 20 state leaders');
    expect(brief(p)).toEqual([
      {
        content: 'About 20 state leaders have confirmed their attendance, and the North Korean leader is among them',
        speaker: "South Korea's Yonhap news agency",
        cue: 'quoted',
      },
    ]);
  });

  it('verb before the speaker: said Cheong Seong-chang of ... (seed 002)', () => {
    const p = paragraph(seed('002_'), '"There is no rule');
    expect(brief(p)[0]).toMatchObject({
      speaker: "Cheong Seong-chang of South Korea's Sejong Institute",
      cue: 'said',
    });
  });

  it('speaker before the quote: X told journalists: "..." (seed 003)', () => {
    const p = paragraph(seed('003_'), 'Russian presidential aide Yuri Ushakov');
    const quotes = extractQuotes(p);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker?.text).toBe('Russian presidential aide Yuri Ushakov');
    expect(quotes[0]!.cue?.text).toBe('told');
    expect(p.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
    expect(quotes[0]!.text.startsWith('"There are first signals')).toBe(true);
    expect(quotes[0]!.closed).toBe(true);
  });

  it('Putin said after the quote (seed 003)', () => {
    const p = paragraph(seed('003_'), '"We maintain friendly relations');
    expect(brief(p)[0]).toMatchObject({ speaker: 'Putin', cue: 'said' });
  });

  it('the source said: a described speaker (seed 003)', () => {
    const p = paragraph(seed('003_'), '"If Kim visits Russia');
    expect(brief(p)[0]).toMatchObject({ speaker: 'the source', cue: 'said' });
  });

  it('a quote that ends its sentence is not attributed by the next sentence (seed 002)', () => {
    const p = paragraph(seed('002_'), '"As far as China is concerned');
    const quotes = extractQuotes(p);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBeUndefined();
  });

  it('curly quotes and an apostrophe inside the quote', () => {
    const p = paragraph(seed('003_'), '"We maintain friendly relations').replace(/^"/, '“').replace(',"', ',”');
    const [q] = extractQuotes(p);
    expect(q?.content.text).toBe(
      "We maintain friendly relations with one of our neighbors, the Democratic People's Republic of Korea",
    );
    expect(q?.speaker?.text).toBe('Putin');
  });

  it('MRPC 2904023: a text that starts inside a quote, closed by its first mark', () => {
    const pairs = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'diff', 'real-pairs.json'), 'utf8'),
    ) as { pairs: { id: string; a: string }[] };
    const a = pairs.pairs.find((p) => p.id === 'mrpc-2904023-2904060')!.a;
    const [q, ...rest] = extractQuotes(a);
    expect(rest).toEqual([]);
    expect(q?.start).toBe(0);
    expect(q?.content.text).toBe(
      'This is a process and there will be other opportunities for people to participate in the rebuilding of Iraq.',
    );
    expect(q?.cue?.text).toBe('told');
    expect(q?.speaker).toBeUndefined();
  });

  it('MRPC 2221864: a title abbreviation before the speaker, after the quote and before it', () => {
    const pair = newsPair('mrpc-2221864-2221924');
    expect(brief(pair.a)).toEqual([
      {
        content: 'It still remains to be seen whether the revenue recovery will be short-lived or long-lived',
        speaker: 'Mr. Sprayregen',
        cue: 'said',
      },
    ]);
    expect(brief(pair.b)[0]).toMatchObject({ speaker: 'James Sprayregen', cue: 'said' });
  });

  it('MRPC 2396334: the same speaker named before the quote and, with a title, after it', () => {
    const pair = newsPair('mrpc-2396334-2396148');
    expect(brief(pair.a)[0]).toMatchObject({ speaker: 'Sean Harrigan of Calpers', cue: 'said' });
    expect(brief(pair.b)[0]).toMatchObject({ speaker: 'Mr. Harrigan', cue: 'said' });
  });

  it('MRPC 54403: reported speech with a trailing quote; a bare pronoun gives a cue but no speaker', () => {
    const pair = newsPair('mrpc-54403-54456');
    expect(brief(pair.a)).toHaveLength(1);
    expect(brief(pair.a)[0]).toMatchObject({ speaker: 'Bennett', cue: 'told' });
    expect(brief(pair.b)).toHaveLength(1);
    expect(brief(pair.b)[0]).toMatchObject({ speaker: undefined, cue: 'said' });
  });

  it('MRPC 2748287: a title abbreviation in the speaker', () => {
    const pair = newsPair('mrpc-2748287-2748550');
    expect(brief(pair.a)[0]).toMatchObject({ speaker: 'McConnell', cue: 'said' });
    expect(brief(pair.b)[0]).toMatchObject({ speaker: 'Sen. Mitch McConnell', cue: 'said' });
  });

  it('no quotes, apostrophes only', () => {
    expect(extractQuotes("The trip would be Kim's first foreign visit since taking power.")).toEqual([]);
    expect(extractQuotes('')).toEqual([]);
  });

  it('rejects non-strings', () => {
    try {
      extractQuotes(undefined as unknown as string);
      expect.unreachable();
    } catch (error) {
      expect(isCopydeskError(error) && error.code).toBe('ERR_INVALID_INPUT');
    }
  });
});
