import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';
import { ledeBody, next, page } from './seed-page';

// Short lines without punctuation are a menu's items next to other furniture, and a list's items inside the story
// (step 9, `line:fragment`). Real lines, set between real body paragraphs of seed 001: a list from multi-news-dev
// cluster 154 doc 1 (a reference page on carcinogens, whose list items its labels call body), and a menu from the
// trafilatura evaluation page mercurynews.com.2023.01.16.letters-1119.html (among that page's `without` snippets).

const removedRules = (text: string) => normalizeArticle(text).removed.map((r) => [r.text, r.rule]);
const kept = (text: string) => normalizeArticle(text).paragraphs.map((p) => p.text);

describe('a list of phrases inside the story', () => {
  it('keeps short items that a longer item of the same list opens', () => {
    // Cluster 154 doc 1, paragraphs 78 to 82: a long item, three short ones, a longer one.
    const items = [
      'Asbestos (all forms) and mineral substances (such as talc or vermiculite) that contain asbestos',
      'Auramine production',
      'Azathioprine',
      'Benzene',
      'Benzidine and dyes metabolized to benzidine',
    ];
    expect(kept(page(...items))).toEqual([ledeBody, ...items, next]);
  });

  it('keeps short items between longer items of a sorted list', () => {
    // Cluster 154 doc 1, paragraphs 70 to 74: the IARC list of known carcinogens, in alphabetical order.
    const items = [
      'Acid mists, strong inorganic',
      'Aflatoxins',
      'Alcoholic beverages',
      'Aluminum production',
      '4-Aminobiphenyl',
    ];
    expect(kept(page(...items))).toEqual([ledeBody, ...items, next]);
  });

  it("still removes a menu's items in title case after a longer item", () => {
    // mercurynews.com.2023.01.16.letters-1119.html: the Opinion menu ("Election Endorsements" is one of the page's
    // `without` snippets).
    const menu = ['Letters to the Editor', 'Commentary', 'Cartoons', 'Election Endorsements', 'Sports'];
    const removed = removedRules(page(...menu));
    for (const item of menu.slice(1)) expect(removed).toContainEqual([item, 'line:fragment']);
  });

  it('still removes a run of short lines next to other furniture', () => {
    // Seed-style lines, not from the data: a share bar's removed line before the run, so no list continues there.
    const removed = removedRules(page('Share this article', 'Workplace exposures', 'Household exposures', 'Pollution'));
    expect(removed).toContainEqual(['Pollution', 'line:fragment']);
    expect(removed).toContainEqual(['Workplace exposures', 'line:fragment']);
  });
});
