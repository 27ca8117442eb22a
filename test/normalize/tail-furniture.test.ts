import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';
import {
  keptInPage as kept,
  lede,
  ledeBody,
  next,
  page,
  removalInPage as removal,
  removalIn,
  title,
} from './seed-page';

// Furniture that closes a page's story: author boxes, comment threads, teaser cards of other stories, relative
// time stamps. Real lines from the trafilatura evaluation pages (/work/shared/data/trafilatura-eval/html, cited by
// file name; each is a line that page shows around its story, as `htmlToText` reads it; where trafilatura's
// annotators list it among the page's `without` snippets, the comment says so), set between real body paragraphs
// of seed 001, as on a page.

describe("an author box's link to the author's posts (line:author-archive)", () => {
  it.each([
    // californiaglobe.com.amazon.html and thepostpartumparty.com.nursery.html: a WordPress author box.
    'Latest posts by Evan Symon (see all)',
    'Latest posts by Amy Motroni (see all)',
    // haitiantimes.com-family.html: under the author's bio.
    'More by J.O. Haselhoef',
    // lemire.me.json.html: the author box's bio and its link on one line, under the story (not annotated either way).
    'A computer science professor at the University of Quebec (TELUQ). View all posts by Daniel Lemire',
    // reporternewspapers.net-brookhaven.html.
    'Logan C. Ritchie writes features and covers Brookhaven for Rough Draft Atlanta. More by Logan C. Ritchie',
    // sprechblase.wordpress.com.zapfsaeulen.html (its `without` snippets include "Life is not digital").
    'Life is not digital. Life is a burning bush. Zeige alle Beiträge von Cem Basman',
  ])('removes %j', (line) => {
    expect(removal(line)).toEqual(['boilerplate:navigation', 'line:author-archive']);
    expect(kept(line)).toEqual([ledeBody, next]);
  });

  it.each([
    // Seed-style prose, not from the data: `more by` and `more from` inside a sentence of the story.
    'The ministry said it would say more by Friday, when the talks in Moscow are due to end.',
    // A section's link list is another rule's (`line:navigation`): `More from X` is not an author link here.
    'There is more from Moscow in the coming days, the ministry said.',
  ])('keeps %j', (line) => {
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe('comment threads (line:comments)', () => {
  it.each([
    // californiaglobe.com.amazon.html, lemire.me.json.html, fifplay.com.settings.html: the thread's heading.
    '20 thoughts on “Amazon Liable for Defective Third-Party Products Rules CA Appellate Court”',
    '5 thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”',
    'One thought on “FIFA 21 Game Settings”',
    // stluciatimes.com-dea.html: the comment form's prompts (inside its `without` snippets).
    'Please enter your comment!',
    'Please enter your name here',
    'Please enter your email address here',
  ])('removes %j', (line) => {
    expect(removal(line)).toEqual(['boilerplate:feedback', 'line:comments']);
  });

  it('keeps a sentence of the story about comments', () => {
    // Seed-style prose, not from the data.
    const line = 'Two thoughts on the visit were voiced by officials in Seoul, who asked not to be named.';
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe("an author's role with a tip line (line:author-role)", () => {
  it('removes the tagline with its contact channels as a byline', () => {
    // gothamist.com-plagues.html: the last paragraph under the story.
    const line =
      'David is a reporter covering housing for Gothamist and WNYC. Got a tip? Email dbrand@nypublicradio.org or Signal 908-310-3960.';
    expect(removal(line)).toEqual(['metadata:byline', 'line:author-role']);
  });

  it('keeps a role sentence followed by more of the story', () => {
    // Seed-style prose, not from the data.
    const line = 'Ivanov is a reporter for the state news agency. He said the visit had been planned for months.';
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe('bylines with their dates', () => {
  it('reads a dated byline above the story as its byline', () => {
    // stackoverflow.com.rust.html: the story's own byline, under its headline.
    const byline = 'by Jake Goulding on January 20, 2020';
    const article = normalizeArticle([title, byline, lede, next].join('\n\n'));
    expect(article.metadata.bylines.map((b) => b.names)).toEqual([['Jake Goulding']]);
    expect(removalIn([title, byline, lede, next].join('\n\n'), byline)).toEqual(['metadata:byline', 'line:byline']);
  });

  it.each([
    // stackoverflow.com.rust.html: teaser cards of other posts under the story (headline, byline, summary).
    'by Ben Popper on September 17, 2019',
    // pcgamer.com.skyrim.html: the card's name and date run together by its markup.
    'By Joshua WolensMarch 13, 2024',
  ])('removes %j below the story as a teaser card, not as the story’s byline', (line) => {
    expect(removal(line)).toEqual(['boilerplate:navigation', 'line:teaser-byline']);
    expect(normalizeArticle(page(line)).metadata.bylines).toEqual([]);
  });
});

describe('relative time stamps (line:relative-time)', () => {
  it.each([
    // abc13.com-Copperfield.html and blog.python.org.html: a stamp alone on its line.
    '5 minutes ago',
    '1 week ago',
  ])('removes %j', (line) => {
    expect(removal(line)).toEqual(['metadata:date', 'line:relative-time']);
  });

  it('keeps a sentence that ends with a relative time', () => {
    // Seed-style prose, not from the data.
    const line = 'The Kremlin confirmed the visit only a few minutes ago.';
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe('counters and page numbers alone on their line (line:counter, line:pagination)', () => {
  it.each([
    // 0a3108e507c54157a95fe7a1338f5e9c.html (investmentwatchblog.com) and dailymail.co.uk.food.html.
    ['37 views', 'line:counter'],
    ['845 shares', 'line:counter'],
    // luxuriousmagazine.com.polo.html: the pager under the story.
    ['Pages: 1 2 3 4', 'line:pagination'],
  ])('removes %j (%s)', (line, rule) => {
    expect(removal(line)?.[1]).toBe(rule);
    expect(kept(line)).toEqual([ledeBody, next]);
  });

  it.each([
    // acpjournals.org.3075.html: a citation's page range, and a bibliography's page count (cleaneval-dev 30).
    'Page: 445-452',
    'Pages: 410',
  ])('keeps %j', (line) => {
    expect(removal(line)?.[1]).not.toBe('line:pagination');
  });
});

describe("a site's notices and a date's bare label", () => {
  it.each([
    // nowgrenada.com-pm.html (its `without` snippets include this line's first words).
    'NOW Grenada is not responsible for the opinions, statements or media content presented by contributors. In case of abuse, click here to report.',
    // thepostpartumparty.com.nursery.html (a `without` snippet).
    'The Postpartum Party does not offer medical advice, services, or treatments to its clients. If you are concerned about a medical issue related to yourself or your child we urge you to contact your doctor or pediatrician immediately.',
  ])('removes %j as a legal notice', (line) => {
    expect(removal(line)).toEqual(['boilerplate:legal', 'line:legal']);
  });

  it.each([
    // Seed-style prose, not from the data: the same words reported, or about another kind of content.
    'The chatbot does not offer medical advice, the company said in a statement on Monday.',
    'Under the new law, platforms are not responsible for the content their users post.',
  ])('keeps %j', (line) => {
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });

  it("removes a date's label alone, and keeps one with its value (a catalogue's entry)", () => {
    // thestkittsnevisobserver.com-bvi.html (a `without` snippet); cleaneval-dev 48, a film's entry in a listing.
    expect(removal('Release Date:')).toEqual(['boilerplate:navigation', 'line:post-meta']);
    expect(removal('Release Date: January 6, 2004')?.[1]).not.toBe('line:post-meta');
  });
});
