// A page to set real lines in: the title and two body paragraphs of seed 001, read from the seed itself.
import { readFileSync } from 'node:fs';
import { normalizeArticle } from '../../src/index';

const seedBody = readFileSync(new URL('../../seeds/001_2c2638c4483bae25.txt', import.meta.url), 'utf8');

/** The seed's title. */
export const title = 'Kim Jong Un visit to Moscow confirmed, says Russian official';
/** The seed's first body line, dateline included. */
export const lede = seedBody.split('\n').find((l) => l.startsWith('MOSCOW, March 19'))!;
/** The seed's next body line. */
export const next = seedBody.split('\n').find((l) => l.startsWith('On March 13, the Russian foreign ministry'))!;
/** The lede as the normalizer keeps it (the dateline is metadata). */
export const ledeBody = lede.slice(lede.indexOf('Speculation'));
/** The title, the lede, `lines`, then the next paragraph, one paragraph each. */
export const page = (...lines: string[]) => [title, lede, ...lines, next].join('\n\n');

/** The reason and rule the normalizer reports for `line` in `text`, or `undefined` when it kept the line. */
export function removalIn(text: string, line: string): [string, string | undefined] | undefined {
  const r = normalizeArticle(text).removed.find((x) => x.text === line);
  return r === undefined ? undefined : [r.reason, r.rule];
}

/** The reason and rule the normalizer reports for `line` set in {@link page}, or `undefined` when it kept it. */
export const removalInPage = (line: string) => removalIn(page(line), line);

/** The body paragraphs of {@link page} with `line` in it. */
export const keptInPage = (line: string) => normalizeArticle(page(line)).paragraphs.map((p) => p.text);
