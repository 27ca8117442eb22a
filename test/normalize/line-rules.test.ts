import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';
import fixture from '../fixtures/web-furniture/lines.json';

const seedBody = readFileSync(new URL('../../seeds/001_2c2638c4483bae25.txt', import.meta.url), 'utf8');
// Real body paragraphs from seed 001 to put the furniture lines between, as on a page.
const before = 'Kim Jong Un visit to Moscow confirmed, says Russian official';
const lede = seedBody.split('\n').find((l) => l.startsWith('MOSCOW, March 19'))!;
const next = seedBody.split('\n').find((l) => l.startsWith('On March 13, the Russian foreign ministry'))!;

describe('line rules on real web furniture (trafilatura evaluation pages)', () => {
  it.each(fixture.furniture)('removes %j as %s', (line, reason) => {
    const text = [before, lede, line, next].join('\n\n');
    const article = normalizeArticle(text);
    const removed = article.removed.find((r) => r.text === line);
    expect(removed?.reason).toBe(reason);
    // The body around it is kept.
    expect(article.paragraphs.map((p) => p.text)).toEqual([lede.slice(lede.indexOf('Speculation')), next]);
  });

  it('keeps body lines that mention dates, comments or copyright in prose', () => {
    const body = [
      'The Kremlin has extended invitations to 68 countries to its Victory Day celebrations, to be held on May 9.',
      'On March 13, the Russian foreign ministry said North Korean Foreign Minister Ri Su Yong and his Russian counterpart, Sergei Lavrov, held a meeting.',
      'Russia marks the victory anniversary every year on May 9.',
    ];
    const article = normalizeArticle([before, ...body].join('\n\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(body);
  });
});
