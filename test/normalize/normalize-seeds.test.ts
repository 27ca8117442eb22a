import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Article, normalizeArticle } from '../../src/index';
import gold from '../fixtures/seeds-normalize.json';

interface GoldArticle {
  title: number | null;
  dek: number | null;
  byline: number | null;
  bylineName?: string;
  captions: number[];
  duplicates?: number[][];
  photoCredit?: { line: number; text: string };
  body: number[];
  credit: { line: number; text: string; reporters: string[]; editors: string[] } | null;
  dateline: { line: number; text: string; place: string; date: string } | null;
  agency: string | null;
  url?: string;
  boilerplate: number[];
}

const seeds = gold.articles as Record<string, GoldArticle>;

/** 1-based line number of each offset's line. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** For every non-empty line: 'body' or the removal reason covering it. */
function lineRoles(article: Article): Map<number, string> {
  const roles = new Map<number, string>();
  for (const p of article.paragraphs) {
    for (let l = lineOf(article.original, p.start); l <= lineOf(article.original, p.end - 1); l++) roles.set(l, 'body');
  }
  for (const r of article.removed) {
    const l = lineOf(article.original, r.start);
    if (!roles.has(l)) roles.set(l, r.reason);
  }
  return roles;
}

const lines = (roles: Map<number, string>, test: (role: string) => boolean) =>
  [...roles]
    .filter(([, role]) => test(role))
    .map(([line]) => line)
    .sort((a, b) => a - b);

describe.each(Object.entries(seeds))('seed %s', (file, expected) => {
  const text = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
  const article = normalizeArticle({ text, id: file });
  const roles = lineRoles(article);

  it('keeps exactly the body lines (line precision and recall 1.0)', () => {
    expect(lines(roles, (r) => r === 'body')).toEqual(expected.body);
  });

  it('removes every boilerplate line as furniture', () => {
    const furniture = lines(roles, (r) => r.startsWith('boilerplate:') || r === 'url');
    expect(furniture).toEqual(expected.boilerplate);
  });

  it('finds title, dek and byline', () => {
    const at = (span: { start: number } | undefined) => (span ? lineOf(text, span.start) : null);
    expect(at(article.metadata.title)).toBe(expected.title);
    expect(at(article.metadata.dek)).toBe(expected.dek);
    expect(at(article.metadata.bylines[0])).toBe(expected.byline);
    if (expected.bylineName) expect(article.metadata.bylines[0]?.names).toEqual([expected.bylineName]);
  });

  it('finds the captions and photo credits', () => {
    expect(lines(roles, (r) => r === 'caption' || r === 'photo-credit' || r === 'duplicate')).toEqual(
      expected.captions,
    );
    if (expected.photoCredit) {
      const credit = article.metadata.photoCredits[0];
      expect(credit?.text).toBe(expected.photoCredit.text);
      expect(lineOf(text, credit!.start)).toBe(expected.photoCredit.line);
    } else {
      expect(article.metadata.photoCredits).toEqual([]);
    }
  });

  it('reports duplicated captions', () => {
    const pairs = article.duplicates
      .filter((d) => d.kind === 'caption' || d.kind === 'paragraph')
      .map((d) => [lineOf(text, d.first.start), lineOf(text, d.second.start)]);
    expect(pairs).toEqual(expected.duplicates ?? []);
  });

  it('finds the wire credit line, dateline and agency', () => {
    const credit = article.metadata.credits[0];
    if (expected.credit) {
      expect(credit?.text).toBe(expected.credit.text);
      expect(lineOf(text, credit!.start)).toBe(expected.credit.line);
      expect(credit?.reporters).toEqual(expected.credit.reporters);
      expect(credit?.editors).toEqual(expected.credit.editors);
    } else {
      expect(credit).toBeUndefined();
    }
    const dateline = article.metadata.dateline;
    if (expected.dateline) {
      expect(dateline?.text).toBe(expected.dateline.text);
      expect(dateline?.place).toBe(expected.dateline.place);
      expect(dateline?.date).toBe(expected.dateline.date);
      expect(lineOf(text, dateline!.start)).toBe(expected.dateline.line);
    } else {
      expect(dateline).toBeUndefined();
    }
    expect(article.metadata.agency ?? null).toBe(expected.agency);
  });

  if (expected.url) {
    it('finds the article URL in the text', () => {
      expect(article.url).toBe(expected.url);
    });
  }

  it('keeps offsets into the original for every paragraph and sentence', () => {
    for (const piece of [...article.paragraphs, ...article.sentences, ...article.removed]) {
      expect(text.slice(piece.start, piece.end)).toBe(piece.text);
    }
  });
});
