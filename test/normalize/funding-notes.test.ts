import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';
import { keptInPage, ledeBody, next, removalInPage } from './seed-page';

// Funding notes, newsroom contact lines and calls to readers (issue 12). Real lines, each with its origin:
// multi-news-dev (/work/shared/data/multi-news-dev/clusters.jsonl, cluster idx / doc) and trafilatura-eval
// (html/citylimits.org-Nycha.html, the foot of a City Limits story). Each is set between real body paragraphs of
// seed 001, as on a page; guards are seed-style prose.

describe('funding notes (line:funding-note)', () => {
  it.each([
    // multi-news-dev cluster 233 doc 0 (labelled not-article): the last line of a publisher's promotion page.
    'This booklet was made possible in part through the financial support of Brightspace by D2L.',
    // trafilatura-eval citylimits.org-Nycha.html: after the story, before the reporter's contact line.
    'This project was produced with support from the American Press Institute’s Civic Discourse and Community Voices Fund.',
  ])('removes %j as a credit', (line) => {
    expect(removalInPage(line)).toEqual(['credit', 'line:funding-note']);
    expect(keptInPage(line)).toEqual([ledeBody, next]);
  });

  it.each([
    // What a grant paid for in the story is the story.
    'The study was funded by a grant from the National Institutes of Health and published on Tuesday.',
    // A project is often the story's subject: funded by a grant, it stays (only "made possible" or "produced" with support is a note).
    'This project was funded by a $2 million state grant, the city council said in a statement on Tuesday.',
    'This project was funded by a $2 million state grant and is due to open in the spring.',
  ])('keeps %j', (line) => {
    expect(removalInPage(line)).toBeUndefined();
    expect(keptInPage(line)).toEqual([ledeBody, line, next]);
  });
});

describe('a promotion page without a story of its own (not-article)', () => {
  // multi-news-dev cluster 233 doc 0 (labelled not-article), whole: a compilation offered for download, a webinar to
  // sign up for and its sponsor. Before the funding note was read as one, its sponsor line counted as authored prose
  // and the page passed for a short article.
  const text = [
    "“The Rise of Competency-Based Education” is Inside Higher Ed's new compilation of articles.",
    'This print-on-demand booklet is free and you may download a copy here.',
    "On Tuesday, Feb. 23, at 2 p.m. Eastern, Inside Higher Ed's editors will discuss the themes of the booklet and take your questions about them in a free webinar. Please sign up here.",
    'This booklet was made possible in part through the financial support of Brightspace by D2L.',
  ].join('\n\n');

  it('is flagged not-article, with nothing left to compare', () => {
    const article = normalizeArticle(text);
    expect(article.diagnostics.map((d) => d.code)).toContain('not-article');
    expect(article.sentences).toEqual([]);
  });
});

describe("a newsroom's contact line and call to readers", () => {
  it('removes "To reach the reporter ..., contact <e-mail>" (line:contact)', () => {
    // trafilatura-eval citylimits.org-Nycha.html: the story's last line.
    const line =
      'To reach the reporter behind this story, contact Tatyana@citylimits.org. To reach the editor, contact Emma@citylimits.org';
    expect(removalInPage(line)).toEqual(['boilerplate:share', 'line:contact']);
  });

  it('removes "We want to hear from you!" with a call for questions (line:reader-call)', () => {
    // trafilatura-eval citylimits.org-Nycha.html: before the funding note.
    const line =
      'Are you a Nostrand tenant preparing to vote this month? We want to hear from you! Submit your questions, concerns and feedback here or by emailing NYCHA@citylimits.org';
    expect(removalInPage(line)).toEqual(['boilerplate:feedback', 'line:reader-call']);
  });

  it.each([
    // Said inside a quotation, it is what someone said.
    '“We want to hear from you,” the mayor told residents at a packed town hall meeting on Tuesday evening.',
    // Reaching someone is reporting when nobody is told to write.
    'To reach the summit, the climbers spent four nights on the ridge, officials said on Monday.',
  ])('keeps %j', (line) => {
    expect(keptInPage(line)).toEqual([ledeBody, line, next]);
  });
});
