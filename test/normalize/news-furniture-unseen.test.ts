import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';
import { lede, ledeBody, next, page, title } from './seed-page';

// Real single lines from documents of the Multi-News development sample that no label file holds (issue 12;
// /work/shared/data/multi-news-dev/clusters.jsonl, cited as cluster idx / doc / paragraph, paragraphs split at
// " \n \n "): furniture the rules missed on pages nobody had labelled. Short lines only: the articles belong to
// their publishers. Each is set between real body paragraphs of seed 001, as on a page.

type Case = readonly [line: string, reason: string, rule: string];

const captions: Case[] = [
  // cluster 9 doc 0 #15: a picture source after a pipe closing the caption.
  [
    'Sen. Lindsay Graham listens as Sen. Sheldon Whitehouse holds up a copy of "The Kremlin Playbook" at a hearing of the Senate Judicary Committee\'s Subcommittee on Crime and Terrorism on Capitol Hill on May 8. | Getty',
    'caption',
    'line:caption-credit',
  ],
  // cluster 9 doc 4 #0: the same credit, with the teaser of another story glued after it.
  [
    '"There is no cover story or obvious response to soft-pedal what Trump meant," said one law professor. | AP Photo Trump\'s alleged plea to Comey stirs obstruction talk Many lawyers say impeachment is only viable penalty for a president\'s actions in office.',
    'caption',
    'line:caption-credit',
  ],
  // cluster 195 doc 1 #4: a gallery's caption controls left in the caption's text.
  ['Vintage furs at Furs by Graf.— Louie Juarez + Read Caption Share Photo', 'caption', 'line:caption-credit'],
  // cluster 223 doc 1 #5 and #36: a picture library alone under the picture.
  ['iStock', 'caption', 'line:caption-credit-alone'],
  // cluster 21 doc 4 #21.
  ['Photofest', 'caption', 'line:caption-credit-alone'],
];

const furniture: Case[] = [
  // cluster 80 doc 0 #19: an update note with a date and a time in its label.
  ['Update, November 11, 12:03 PT: adds Apple statement.', 'boilerplate:feedback', 'line:update-note'],
  // cluster 170 doc 0 #5: an update stamp and what it corrected.
  ['Updated at 9:23 a.m. to correct the name of the driver.', 'boilerplate:feedback', 'line:update-note'],
  // cluster 217 doc 2 #10.
  [
    'Update: The post has been updated to include comments from the airlines.',
    'boilerplate:feedback',
    'line:update-note',
  ],
  // cluster 205 doc 5 #39 and #40: two notes closing one post.
  [
    'Update: Some wording in this piece has been changed to better reflect the confluence of events that led to Moonlight’s Best Picture win.',
    'boilerplate:feedback',
    'line:update-note',
  ],
  ['Update 2: We’ve added a later statement from PricewaterhouseCoopers.', 'boilerplate:feedback', 'line:update-note'],
  // cluster 166 doc 0 #5: the day heading of a live story (a weekday and a date without the year).
  ['Sunday, November 6', 'metadata:date', 'line:date'],
  // cluster 137 doc 0 #5: a pointer at the player above.
  ['Watch Colbert’s trip to Russia’s Evening Urgant in the Late Show clip above.', 'boilerplate:promo', 'line:pointer'],
  // cluster 153 doc 1 #49: a pointer at the player below.
  ['You can watch the full police press conference below:', 'boilerplate:promo', 'line:pointer'],
  // cluster 152 doc 1 #15: a follow prompt in capitals.
  [
    'LIKE US ON FACEBOOK: Our Lone Star Politics page brings Capitol news to your Facebook feed',
    'boilerplate:share',
    'line:follow',
  ],
  // cluster 36 doc 1 #6: a call for comments and e-mail to the author.
  [
    'Want to add to this story? Let us know in comments or send an email to the author at ereeve at theatlantic dot com. You can share ideas for stories on the Open Wire.',
    'boilerplate:feedback',
    'line:comment-prompt',
  ],
  // cluster 5 doc 0 #3: a link labelled `Full List:`.
  ["Full List: Hollywood's Highest-Paid TV Actresses", 'boilerplate:navigation', 'line:labelled-link'],
  // cluster 164 doc 4 #1: a teaser's headline and summary closed by a bare `More`.
  [
    'Missing swimmer found alive, rescued off Ipswich coast A man who went missing after swimming off an Ipswich beach Tuesday evening with his son-in-law has been rescued. More',
    'boilerplate:navigation',
    'line:read-more-suffix',
  ],
];

// Lines that look like the furniture above in part and must stay.
const body: ReadonlyArray<readonly [line: string, why: string]> = [
  // cluster 80 doc 0 #10: a user's complaint quoted in the story opens with `Updated to`.
  [
    '"Updated to 5.0.1 last night and my battery life seems even worse than before! My phone dropped by 4% overnight in flight mode!"',
    'a quoted sentence, no edit of the piece',
  ],
  // cluster 153 doc 2 #0 (labelled body in the tuning pool): an update that reports.
  [
    'UPDATE: Authorities positively identified the two bodies found as Abigail "Abby" Williams,13, and Liberty "Libby" German,14.',
    'the update is news, not a note on the piece',
  ],
];

describe('news furniture the rules missed on unlabelled pages (Multi-News dev, issue 12)', () => {
  it.each(captions)('reports %j as a caption (%s, %s)', (line, reason, rule) => {
    const article = normalizeArticle(page(line));
    const removed = article.removed.find((r) => r.text === line);
    expect([removed?.reason, removed?.rule]).toEqual([reason, rule]);
    expect(article.metadata.captions.map((c) => c.text)).toContain(line);
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });

  it.each(furniture)('removes %j (%s, %s)', (line, reason, rule) => {
    const article = normalizeArticle(page(line));
    const removed = article.removed.find((r) => r.text === line);
    expect([removed?.reason, removed?.rule]).toEqual([reason, rule]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });

  it.each(body)('keeps %j (%s)', (line) => {
    const article = normalizeArticle(page(line));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, line, next]);
  });

  it("reads `With` and the contributors' full names as a credit", () => {
    // cluster 17 doc 2 #42: the New York Daily News's contributors line.
    const line = 'With Edgar Sandoval, John Annese, Rocco Parascandola, Ryan Sit, Todd Maisel';
    const article = normalizeArticle(page(line));
    const removed = article.removed.find((r) => r.text === line);
    expect([removed?.reason, removed?.rule]).toEqual(['credit', 'line:wire-credit']);
    expect(article.metadata.credits.map((c) => c.reporters)).toEqual([
      ['Edgar Sandoval', 'John Annese', 'Rocco Parascandola', 'Ryan Sit', 'Todd Maisel'],
    ]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });
});

describe('headline runs closing the page (Multi-News dev, issue 12)', () => {
  /** The title, the lede and the next paragraph of seed 001, then `lines` closing the page. */
  const closing = (...lines: string[]) => [title, lede, next, ...lines].join('\n\n');

  it('removes headlines after the last prose, past a removed link line', () => {
    // cluster 112 doc 0 #32-#35: `Read more on ...`, then three headlines of the site's other stories.
    const list = [
      'President Obama’s 50th birthday: A time for reflection . . . and fundraising',
      'White House, congressional leaders reach debt-limit deal',
      'Winners and losers: the debt deal',
    ];
    const article = normalizeArticle(closing('Read more on PostPolitics.com', ...list));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
    expect(list.map((l) => article.removed.find((r) => r.text === l)?.rule)).toEqual([
      'block:headline-run',
      'block:headline-run',
      'block:headline-run',
    ]);
  });

  it('removes the headlines under a lead the line rules already took', () => {
    // cluster 20 doc 0 #9-#13: `See more:` and four headlines.
    const list = [
      'RIP Storm Thorgerson: 10 Of His Best Album Covers',
      '10 Great British Bands Get Shredded',
      'Make Your Minds Up, Led Zeppelin!',
      'Five Great British Nerdy Pop Stars',
    ];
    const article = normalizeArticle(closing('See more:', ...list));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
    expect(list.every((l) => article.removed.some((r) => r.text === l))).toBe(true);
  });

  it('keeps a fact box that closes the story with sentences in its items', () => {
    // cluster 135 doc 0 #12-#15: actresses who played Thatcher, each with a review quoted.
    const box = [
      "Lesley Manville, Channel 4 drama, 'The Queen', (2009)",
      '"A brilliant performance. She was so good I found myself loathing and detesting the woman all over again." Mirror',
      "Anna Massey, 'Pinochet in Suburbia', (2006)",
      '"She certainly looks the part, but her vowels stretch into the realm of caricature." Observer',
    ];
    const article = normalizeArticle(closing(...box));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next, ...box]);
  });
});
