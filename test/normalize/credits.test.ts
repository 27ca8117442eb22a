import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { DEFAULT_AGENCIES, normalizeArticle } from '../../src/index';

// Credit lines are real, one line each, from the Multi-News dev sample
// (/work/shared/data/multi-news-dev, issue 12): `[cluster idx, document]`
// says where. The title and body around them are invented.
const TITLE = 'Council approves new budget for city parks';
const BODY = [
  'The city council approved a new budget for public parks on Tuesday after a long debate that ran late into the evening, officials said.',
  'The plan sets aside money for new playgrounds, longer opening hours and repairs to paths that residents have asked for over several years.',
  'A final vote on the remaining items is expected next month, when the council meets again to discuss the wider spending plan.',
];

/** The line as the last paragraph of a short story. */
const signedOff = (line: string) => normalizeArticle([TITLE, ...BODY, line].join('\n\n'));
/** The line under the title, where bylines, captions and photo credits sit. */
const underTitle = (line: string) => normalizeArticle([TITLE, line, ...BODY].join('\n\n'));

const bodyTexts = (article: Article) => article.paragraphs.map((p) => p.text);

describe('credit lines (issue 12)', () => {
  it.each([
    ['120/2', '— With assistance by Konrad Krasuski, Daryna Krasnolutska, and Alisa Odenheimer', 'Bloomberg'],
    ['160/0', 'To contact the reporter on this story: Brian Faler in Washington at bfaler@bloomberg.net', 'Bloomberg'],
    ['160/0', 'To contact the editor responsible for this story: Mark Silva at msilva34@bloomberg.net', 'Bloomberg'],
    ['147/1', "ABC News' Gerard McNiff and the Associated Press contributed to this report.", 'AP'],
    ['42/1', 'jh/asz (SID, dpa)', 'dpa'],
    ['43/1', 'Contributing: The Associated Press', 'AP'],
    [
      '234/2',
      'Contributing: Ben Mutzabaugh, USA TODAY; Michael Winter, USA TODAY; the Associated Press; The Des Moines Register',
      'AP',
    ],
    [
      '149/0',
      'Associated Press writers Ted Bridis and Jack Gillum in Washington, Frank Jordan, Geir Moulson and Robert H. Reid in Berlin, Juergen Baetz in Brussels, Ciaran Giles, Jorge Sainz and Alan Clendenning in Madrid and Sarah DiLorenzo in Paris contributed to this report.',
      'AP',
    ],
    ['167/0', 'AP writer Ken Thomas contributed.', 'AP'],
    [
      '230/0',
      'Associated Press reporter Paul J. Weber and Chris Sherman contributed to this story from McAllen, Texas.',
      'AP',
    ],
    ['76/1', 'Copyright © 2012 AFP. All rights reserved. More »', 'AFP'],
    ['72/1', '(Reporting by David Lawder; Editing by Tom Heneghan)', 'Reuters'],
  ])('[%s] %s credits %s', (_origin, line, agency) => {
    const article = signedOff(line);
    expect(article.metadata.credits.map((c) => [c.text, c.agency])).toEqual([[line, agency]]);
    expect(article.removed.find((r) => r.text === line)?.reason).toBe('credit');
    expect(article.metadata.agency).toBe(agency);
    expect(bodyTexts(article)).toEqual(BODY);
  });

  it('[160/0] reads the reporter and the editor of Bloomberg contact lines', () => {
    const article = normalizeArticle(
      [
        TITLE,
        ...BODY,
        'To contact the reporter on this story: Brian Faler in Washington at bfaler@bloomberg.net',
        'To contact the editor responsible for this story: Mark Silva at msilva34@bloomberg.net',
      ].join('\n\n'),
    );
    expect(article.metadata.credits.map((c) => [c.reporters, c.editors])).toEqual([
      [['Brian Faler'], []],
      [[], ['Mark Silva']],
    ]);
  });

  it('[120/2] reads the reporters of a Bloomberg assistance line', () => {
    const article = signedOff('— With assistance by Konrad Krasuski, Daryna Krasnolutska, and Alisa Odenheimer');
    expect(article.metadata.credits[0]?.reporters).toEqual([
      'Konrad Krasuski',
      'Daryna Krasnolutska',
      'Alisa Odenheimer',
    ]);
  });

  it('[208/4] keeps the AP sign-off sentence with its contributed credit', () => {
    const line =
      'Ben Finley reported from Norfolk, Virginia. AP technology writer Barbara Ortutay in New York and AP reporter Brian Slodysko in Washington contributed to this report.';
    const article = signedOff(line);
    expect(article.metadata.credits.map((c) => [c.text, c.agency])).toEqual([[line, 'AP']]);
    expect(bodyTexts(article)).toEqual(BODY);
  });

  it('[182/0] reads an agency name with the publication time as a byline', () => {
    const article = underTitle('Associated Press Tue Feb 19, 2013 7:44 PM');
    expect(article.metadata.bylines.map((b) => [b.text, b.agency, b.names])).toEqual([
      ['Associated Press Tue Feb 19, 2013 7:44 PM', 'AP', []],
    ]);
    expect(article.metadata.agency).toBe('AP');
  });

  it('[142/1] credits Business Wire for a press release dateline', () => {
    const lede =
      'SAN FRANCISCO--(BUSINESS WIRE)--The following statement is being issued by Lieff Cabraser Heimann & Bernstein, LLP:';
    const article = normalizeArticle([TITLE, lede, ...BODY].join('\n\n'));
    expect(article.metadata.dateline?.agency).toBe('Business Wire');
    expect(article.metadata.agency).toBe('Business Wire');
  });
});

describe('Reuters credits: places after names, and the form without parentheses', () => {
  it('[191/2] keeps a reporter whose place holds a comma, without the place', () => {
    const article = signedOff(
      '(Additional reporting by Barbara Liston in Orlando, Florida; Editing by Scott Malone and Bernard Orr)',
    );
    expect(article.metadata.credits.map((c) => [c.agency, c.reporters, c.editors])).toEqual([
      ['Reuters', ['Barbara Liston'], ['Scott Malone', 'Bernard Orr']],
    ]);
  });

  it('[209/0] lists every additional reporter and the writers, each without the place', () => {
    const article = signedOff(
      '(Additional reporting by Suilee Wee in Beijing, Niluksi Koswanage in Kuala Lumpur, Stanley White in Tokyo and Amy Sawitta Lefevre in Bangkok; Writing by Lincoln Feast and Alex Richardson; Editing by Dean Yates)',
    );
    expect(article.metadata.credits[0]?.reporters).toEqual([
      'Suilee Wee',
      'Niluksi Koswanage',
      'Stanley White',
      'Amy Sawitta Lefevre',
      'Lincoln Feast',
      'Alex Richardson',
    ]);
    expect(article.metadata.credits[0]?.editors).toEqual(['Dean Yates']);
  });

  it('reads the credit as reuters.com prints it, without parentheses, as Reuters', () => {
    // trafilatura-eval html/reuters.com.parasite.html, the line under the story (trafilatura's annotators count it
    // as text of the page; copydesk reads it as the credit it is, as it does the parenthesized form).
    const line =
      'Additional reporting by Steve Gorman; Editing by Marguerita Choy, Nick Zieminski and Simon Cameron-Moore';
    const article = signedOff(line);
    expect(bodyTexts(article)).toEqual(BODY);
    expect(article.metadata.credits.map((c) => [c.agency, c.reporters, c.editors])).toEqual([
      ['Reuters', ['Steve Gorman'], ['Marguerita Choy', 'Nick Zieminski', 'Simon Cameron-Moore']],
    ]);
    expect(article.metadata.agency).toBe('Reuters');
  });

  it('leaves a single `Reporting by` line to the contributors pattern, without naming an agency', () => {
    // Invented: one part only is not Reuters house style.
    const article = signedOff('Reporting by Jane Doe.');
    expect(article.metadata.credits.map((c) => c.agency)).toEqual([undefined]);
  });
});

describe('credits closing a body paragraph (issue 12)', () => {
  const body =
    'The council will publish the full budget on its website next week, a spokeswoman said. Residents can comment on it until the end of the month, and the parks department will hold two public meetings in the spring to explain the changes to the opening hours.';

  it.each([
    ['127/0', '(Editing by Tom Heneghan)', 'Reuters'],
    ['72/1', '(Reporting by David Lawder; Editing by Tom Heneghan)', 'Reuters'],
    ['42/1', 'jh/asz (SID, dpa)', 'dpa'],
    ['120/2', '— With assistance by Konrad Krasuski, Daryna Krasnolutska, and Alisa Odenheimer', 'Bloomberg'],
    ['167/0', 'AP writer Ken Thomas contributed.', 'AP'],
    ['219/4', 'Associated Press writer Eric Tucker contributed to this report.', 'AP'],
  ])('[%s] cuts %s off the paragraph, offsets exact', (_origin, credit, agency) => {
    const last = `${body} ${credit}`;
    const text = [TITLE, ...BODY, last].join('\n\n');
    const article = normalizeArticle(text);
    expect(bodyTexts(article)).toEqual([...BODY, body]);
    const start = text.indexOf(credit);
    expect(article.metadata.credits).toEqual([
      expect.objectContaining({ text: credit, start, end: start + credit.length, agency }),
    ]);
    expect(article.removed).toContainEqual(
      expect.objectContaining({ text: credit, start, end: start + credit.length, reason: 'credit' }),
    );
    const paragraph = article.paragraphs.at(-1)!;
    expect(text.slice(paragraph.start, paragraph.end)).toBe(body);
    expect(article.sentences.at(-1)?.text).toBe(body.slice(body.indexOf('Residents')));
    // The layout still tiles the input.
    let pos = 0;
    for (const span of article.layout) {
      expect(span.start).toBe(pos);
      pos = span.end;
    }
    expect(pos).toBe(text.length);
  });

  it('leaves prose that ends with a name in parentheses or cites an agency', () => {
    const lines = [
      'The rules were written by the Environmental Protection Agency (EPA)',
      'The vote was first reported by Reuters on Monday, and the Associated Press confirmed it later.',
    ];
    for (const line of lines) {
      const article = signedOff(line);
      expect(article.metadata.credits).toEqual([]);
      expect(article.metadata.photoCredits).toEqual([]);
      expect(article.metadata.agency).toBeUndefined();
    }
  });
});

describe('photo credits (issue 12)', () => {
  it('[81/1] reads `By Name/Getty Images.` as a photo credit, not a byline', () => {
    const article = underTitle('By Slaven Vlasic/Getty Images.');
    expect(article.metadata.bylines).toEqual([]);
    expect(article.metadata.photoCredits.map((p) => [p.text, p.sources])).toEqual([
      ['By Slaven Vlasic/Getty Images.', ['Slaven Vlasic', 'Getty Images']],
    ]);
    expect(article.metadata.agency).toBeUndefined();
  });

  it('[27/0] reads `Image copyright PA` as a photo credit', () => {
    const article = underTitle('Image copyright PA');
    expect(article.metadata.photoCredits.map((p) => [p.text, p.sources])).toEqual([['Image copyright PA', ['PA']]]);
    expect(article.metadata.credits).toEqual([]);
    expect(article.metadata.agency).toBeUndefined();
  });

  it.each([
    [
      '26/2',
      'Image copyright AFP/Getty Image caption Anti-globalisation protests, such as this one in the Philippines, have broken out across the world.',
      [['Image copyright AFP/Getty', ['AFP', 'Getty']]],
    ],
    [
      '249/0',
      'President Barack Obama speaks in the James Brady Press Briefing Room of the White House in Washington on March 17, 2014. (Photo: Susan Walsh, AP)',
      [['(Photo: Susan Walsh, AP)', ['Susan Walsh', 'AP']]],
    ],
    [
      '146/1',
      'Senate Majority Leader Mitch McConnell, R-Ky., smiles as he meets with reporters as work continues on a plan to keep the government as a funding deadline approaches, at the Capitol in Washington, Tuesday, Feb. 6, 2018. (AP Photo/J. Scott Applewhite) (Associated Press)',
      [
        ['(AP Photo/J. Scott Applewhite)', ['AP Photo', 'J. Scott Applewhite']],
        ['(Associated Press)', ['Associated Press']],
      ],
    ],
    [
      '120/2',
      'Andrzej Duda on Feb. 6. Photographer: Janek Skarzynski/AFP via Getty Images',
      [['Photographer: Janek Skarzynski/AFP via Getty Images', ['Janek Skarzynski', 'AFP', 'Getty Images']]],
    ],
    [
      '108/0',
      'Bernie Sanders (2nd row down, center) liked what he heard. REUTERS/Jonathan Ernst',
      [['REUTERS/Jonathan Ernst', ['REUTERS', 'Jonathan Ernst']]],
    ],
  ])('[%s] finds the credit inside the caption %j', (_origin, caption, expected) => {
    const text = [TITLE, caption, ...BODY].join('\n\n');
    const article = normalizeArticle(text);
    expect(article.metadata.photoCredits.map((p) => [p.text, p.sources])).toEqual(expected);
    for (const p of article.metadata.photoCredits) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(article.metadata.credits).toEqual([]);
    expect(article.metadata.agency).toBeUndefined();
  });
});

describe('a list of agencies the caller changes (an audit find)', () => {
  it('is read again when it changed since a call: an agency pushed onto it is found', () => {
    // Seed 001's dateline credits UPI; a list without UPI finds no agency, the same list with UPI pushed onto it does.
    const text = readFileSync(new URL('../../seeds/001_2c2638c4483bae25.txt', import.meta.url), 'utf8');
    const agencies = DEFAULT_AGENCIES.filter((a) => a.name !== 'UPI');
    expect(normalizeArticle(text, { agencies }).metadata.agency).toBeUndefined();
    agencies.push(DEFAULT_AGENCIES.find((a) => a.name === 'UPI')!);
    expect(normalizeArticle(text, { agencies }).metadata.agency).toBe('UPI');
  });
});
