import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { traceProvenance } from '../../src/provenance/trace-provenance';
import { findWireEvidence } from '../../src/provenance/wire-evidence';

// Credit lines are real, one line each, from the Multi-News dev sample
// (/work/shared/data/multi-news-dev, issue 12): `[cluster idx, document]`
// says where. The title and body around them are invented.
const TITLE = 'Storm closes schools across the region';
const BODY = [
  'Schools across the region closed on Thursday as a storm brought heavy snow and strong winds, officials said.',
  'Road crews worked through the night to clear the main highways, and the power company said thousands of homes had lost electricity.',
  'Forecasters expect the snow to ease by the weekend, although temperatures will stay well below freezing.',
];
const OTHER = normalizeArticle({
  id: 'other',
  text: 'Library opens new wing\n\nThe town library opened a new wing for children on Saturday, with a reading room and a small theatre.',
});

/** A short story with `lines` under its title (`at: 'top'`) or after its body. */
function story(lines: readonly string[], at: 'top' | 'end' = 'end'): Article {
  const parts = at === 'top' ? [TITLE, ...lines, ...BODY] : [TITLE, ...BODY, ...lines];
  return normalizeArticle({ id: 'story', text: parts.join('\n\n') });
}

/** The attribution `traceProvenance` presents for the story. */
const attributionOf = (article: Article) =>
  traceProvenance([article, OTHER]).sources.find((s) => s.source === article.id)?.attribution;

describe('an agency named only in a photo credit is photo evidence (issue 12)', () => {
  it.each([
    ['209/1', 'Image copyright Reuters Image caption A slideshow tribute to victims in Beijing', 'Reuters'],
    ['27/0', 'Image copyright PA', 'PA'],
    ['26/2', 'Image copyright Getty Images', 'Getty Images'],
    ['81/1', 'By Slaven Vlasic/Getty Images.', 'Getty Images'],
    [
      '249/0',
      'President Barack Obama speaks in the James Brady Press Briefing Room of the White House in Washington on March 17, 2014. (Photo: Susan Walsh, AP)',
      'AP',
    ],
    ['120/2', 'Andrzej Duda on Feb. 6. Photographer: Janek Skarzynski/AFP via Getty Images', 'AFP'],
  ])('[%s] %j: %s as a photo, no attribution', (_origin, line, agency) => {
    const article = story([line], 'top');
    const evidence = findWireEvidence(article);
    expect(evidence.filter((e) => e.agency === agency).map((e) => e.kind)).toEqual(['photo-credit']);
    for (const e of evidence) {
      expect(e.kind).toBe('photo-credit');
      expect(article.original.slice(e.span!.start, e.span!.end)).toBe(e.text);
    }
    expect(attributionOf(article)).toBeUndefined();
  });

  it('[27/0] a BBC staff byline and an `Image copyright PA` credit attribute nothing', () => {
    const article = story(['By Dominic Casciani, BBC Home Affairs correspondent', 'Image copyright PA'], 'top');
    expect(article.metadata.bylines[0]?.agency).toBe('BBC');
    expect(article.metadata.agency).toBeUndefined();
    expect(attributionOf(article)).toBeUndefined();
  });

  it('keeps the photo as evidence beside the credit that attributes the text', () => {
    const article = story(['(Reporting by David Lawder; Editing by Tom Heneghan)']);
    const withPhoto = normalizeArticle({
      id: 'story',
      text: [TITLE, 'Image copyright AFP', ...BODY, '(Reporting by David Lawder; Editing by Tom Heneghan)'].join(
        '\n\n',
      ),
    });
    expect(attributionOf(article)?.agency).toBe('Reuters');
    const attribution = attributionOf(withPhoto);
    expect(attribution?.agency).toBe('Reuters');
    expect(findWireEvidence(withPhoto).map((e) => [e.kind, e.agency])).toContainEqual(['photo-credit', 'AFP']);
  });
});

describe('credits attribute the text (issue 12)', () => {
  it.each([
    ['120/2', '— With assistance by Konrad Krasuski, Daryna Krasnolutska, and Alisa Odenheimer', 'Bloomberg'],
    ['160/0', 'To contact the reporter on this story: Brian Faler in Washington at bfaler@bloomberg.net', 'Bloomberg'],
    ['43/1', 'Contributing: The Associated Press', 'AP'],
    ['127/0', '(Editing by Tom Heneghan)', 'Reuters'],
    ['76/1', 'Copyright © 2012 AFP. All rights reserved. More »', 'AFP'],
  ])('[%s] %j: %s', (_origin, line, agency) => {
    const attribution = attributionOf(story([line]));
    expect(attribution?.agency).toBe(agency);
    expect(attribution?.evidence[0]).toMatchObject({ kind: 'credit-line', text: line, confidence: 0.95 });
  });

  it('[182/0] an agency byline with the publication time', () => {
    const attribution = attributionOf(story(['Associated Press Tue Feb 19, 2013 7:44 PM'], 'top'));
    expect(attribution?.agency).toBe('AP');
    expect(attribution?.evidence[0]?.kind).toBe('byline');
  });

  it('[142/1] a press release dateline crediting Business Wire', () => {
    const lede =
      'SAN FRANCISCO--(BUSINESS WIRE)--The following statement is being issued by Lieff Cabraser Heimann & Bernstein, LLP:';
    const article = normalizeArticle({ id: 'story', text: [TITLE, lede, ...BODY].join('\n\n') });
    expect(attributionOf(article)?.agency).toBe('Business Wire');
  });
});

describe('every agency of a multi-agency credit is recorded (issue 12)', () => {
  it('[147/1] ABC News and AP: the text is credited to the wire agency', () => {
    const line = "ABC News' Gerard McNiff and the Associated Press contributed to this report.";
    const article = story([line]);
    const start = article.original.indexOf(line);
    const credits = findWireEvidence(article).filter((e) => e.kind === 'credit-line');
    expect(credits.map((e) => e.agency).sort()).toEqual(['ABC News', 'AP']);
    for (const e of credits) expect(e.span).toEqual({ start, end: start + line.length });
    expect(attributionOf(article)?.agency).toBe('AP');
  });

  it('[42/1] `(SID, dpa)` records SID and dpa, and credits the agency copydesk knows', () => {
    const article = story(['jh/asz (SID, dpa)']);
    const credits = findWireEvidence(article).filter((e) => e.kind === 'credit-line');
    expect(credits.map((e) => e.agency).sort()).toEqual(['SID', 'dpa']);
    expect(article.metadata.agency).toBe('dpa');
    expect(attributionOf(article)?.agency).toBe('dpa');
  });

  it('[234/2] a Contributing: list of outlets and AP credits AP', () => {
    const line =
      'Contributing: Ben Mutzabaugh, USA TODAY; Michael Winter, USA TODAY; the Associated Press; The Des Moines Register';
    expect(attributionOf(story([line]))?.agency).toBe('AP');
  });
});

describe('a credit closing a body paragraph (issue 12)', () => {
  it('[72/1] attributes the text with the exact span of the credit', () => {
    const credit = '(Reporting by David Lawder; Editing by Tom Heneghan)';
    const last = `Forecasters expect more snow next week, the weather service said. ${credit}`;
    const text = [TITLE, ...BODY, last].join('\n\n');
    const article = normalizeArticle({ id: 'story', text });
    const attribution = attributionOf(article);
    expect(attribution?.agency).toBe('Reuters');
    const start = text.indexOf(credit);
    expect(attribution?.evidence[0]).toMatchObject({
      kind: 'credit-line',
      text: credit,
      span: { start, end: start + credit.length },
    });
    expect(article.paragraphs.at(-1)?.text).toBe('Forecasters expect more snow next week, the weather service said.');
  });
});
