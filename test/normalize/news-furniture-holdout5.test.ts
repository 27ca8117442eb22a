import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';
import { keptInPage as kept, ledeBody, next, page, removalInPage as removal } from './seed-page';

// Rules generalized after holdout 5 was studied (issue 12): real lines from the Multi-News development sample
// (/work/shared/data/multi-news-dev/clusters.jsonl, cited as cluster idx / doc / paragraph; labels in
// scripts/eval/data/multi-news-dev-labels-holdout5.jsonl and the other pool files), none from holdout 3. Long
// paragraphs are cut to their first sentences (the articles belong to their publishers). Each is set between real
// body paragraphs of seed 001, as on a page.

describe('disclosures and notices (line:legal)', () => {
  it.each([
    // cluster 61 doc 0 #8 and #9 (labelled furniture): an investment site's disclosures.
    'Disclosure: The author has no positions in any stocks mentioned, and no plans to initiate any positions within the next 72 hours.',
    'The author wrote this article themselves, and it expresses their own opinions. The author is not receiving compensation for it (other than from Seeking Alpha).',
    // cluster 91 doc 0 #15 (labelled furniture), its second sentence: a transcript notice.
    'This text may not be in its final form and may be updated or revised in the future.',
  ])('removes %j', (line) => {
    expect(removal(line)).toEqual(['boilerplate:legal', 'line:legal']);
    expect(kept(line)).toEqual([ledeBody, next]);
  });

  it('keeps a sentence of the story that reports a disclosure', () => {
    // Seed-style prose, not from the data.
    const line = 'The company said in a disclosure to regulators on Monday that it had no plans to sell the unit.';
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe("an author's beat and contacts (line:author-beat)", () => {
  it('removes the beat line with its contact sentences as a byline', () => {
    // cluster 124 doc 2 #18 (labelled byline).
    const line =
      'Lisa P. White covers Concord and Pleasant Hill. Contact her at 925-943-8011. Follow her at Twitter.com/lisa_p_white.';
    expect(removal(line)).toEqual(['metadata:byline', 'line:author-beat']);
  });

  it('keeps a sentence saying what someone covers, without contact details', () => {
    // Seed-style prose, not from the data: the beat alone could be the story's.
    const line = 'Ivanov covers the Kremlin for the state news agency.';
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe('a correction that says what an earlier version said (line:correction-note)', () => {
  it.each([
    // cluster 73 doc 2 #38 (labelled furniture), its first sentence.
    'Correction: An earlier version of this story said that an email from Yusupov was sent to HQ employees.',
  ])('removes %j', (line) => {
    expect(removal(line)).toEqual(['boilerplate:feedback', 'line:correction-note']);
  });
});

describe('captions by their shape', () => {
  it.each([
    // cluster 241 doc 1 #0 (labelled caption), its first sentence: a picture's buy button before the caption.
    [
      'Buy Photo Genesee County health official Jim Henry was among those calling for the Flint system to be tested as a Legionella source.',
      'line:caption-media-label',
    ],
    // cluster 238 doc 1 #7 (labelled caption), cut: a gallery's controls.
    [
      "1 of 26 Full Screen Autoplay Close Skip Ad × A look back at Wisconsin Gov. Scott Walker's political career View Photos",
      'line:caption-figure',
    ],
    // cluster 110 doc 2 #4 (labelled caption): a wire picture's `General view of`.
    [
      'General view of the Emergency entrance to the Hotel Dieu Hospital in Paris April 22, 2015.',
      'line:caption-photo-lead',
    ],
    // cluster 209 doc 3 #1 (labelled caption): a person placed in brackets.
    [
      'Ahmad Seth Zaharie, 26, with his sister Aishah Zaharie (left), 27, and mother Faizah Khanum Mustafa Khan.',
      'line:caption-credit',
    ],
    // cluster 33 doc 0 #9 (labelled caption): a labelled illustration credit.
    ['Illustration: Nobu Tamura (Wikimedia Commons)', 'line:caption-credit'],
    // cluster 163 doc 1 #28 (labelled caption).
    [
      "This shot, released by Allen's company, Vulcan, shows the Japanese royal family's chrysanthemum emblem on the bow.",
      'line:caption-photo-lead',
    ],
    // cluster 222 doc 1 #6 (labelled caption), its first sentence.
    ['Image from the Sprayable Energy campaign.', 'line:caption-photo-lead'],
  ])('removes %j as a caption (%s)', (line, rule) => {
    expect(removal(line)).toEqual(['caption', rule]);
  });

  it.each([
    // cluster 112 doc 0 (labelled body): a party in brackets, not a place in a picture.
    'Tim Pawlenty aide Sarah Huckabee Sanders says Texas Gov. Rick Perry (R), a veteran of multiple statewide campaigns, is the favourite.',
    // Seed-style prose, not from the data: a general view, not a picture's.
    'The general view of the ministry was that the visit would go ahead.',
  ])('keeps the body line %j', (line) => {
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe("a wiki page's back matter and pointers elsewhere", () => {
  it.each([
    // cluster 158 doc 0 #6 and #7 (labelled furniture).
    ['References [ edit ]', 'line:wiki-back-matter'],
    ['Media related to Kiruna Church at Wikimedia Commons', 'line:wiki-back-matter'],
  ])('removes %j (%s)', (line, rule) => {
    expect(removal(line)).toEqual(['boilerplate:navigation', rule]);
  });

  it('keeps a section heading of the page: only back-matter headings go', () => {
    // cluster 158 doc 0 (labelled body).
    const line = 'History [ edit ]';
    expect(normalizeArticle(page(line)).removed.find((r) => r.text === line)?.rule).not.toBe('line:wiki-back-matter');
  });

  it('removes a pointer to another site for more', () => {
    // cluster 93 doc 0 #11 (labelled furniture).
    const line = "Visit Harvard Medical School's Healthy Sleep website for more about sleep, learning and memory.";
    expect(removal(line)).toEqual(['boilerplate:promo', 'line:site-pointer']);
  });
});

describe('a personal page (not-article)', () => {
  // cluster 63 doc 2 (labelled not-article): a video description, its own prose all first-person, outweighed by what
  // it says to the viewer. Lines cut and a few left out (the channel's links and postal address).
  const description = [
    '“DIY: How To Make Eyeliner Out of Colored Pencils!”GET THIS VIDEO TO 100,000 likes! MY SNAPCHAT IS RCLBEAUTY101! FOLLOW ME! :)',
    "CRAYOLA was not involved in the making of this video, they didn't tell me to use colored pencils as eyeliner, and they didn't give me permission to, so this was all my idea. If you try this, be careful and use it at your own risk.",
    'I DARE YOU TO STALK ME:',
    'Want to send me something?',
    'I decided to do a, DIY, but not a normal DIY, a DIY Eyeliner out of a colored pencil, its very cheap to buy and colorful and bright to make, I hope you guys enjoy this video and let me know if you want more DIYs like this one!',
  ].join('\n\n');

  it('flags it, and says why', () => {
    const article = normalizeArticle(description);
    const d = article.diagnostics.find((x) => x.code === 'not-article');
    expect(d?.message).toMatch(/Personal page/);
    expect(article.sentences).toEqual([]);
  });

  it('keeps a first-person review cut from a page: it speaks as I to you, but names no platform and asks for no click', () => {
    // PAN-13 text-alignment subset, source document 01372 (development data): eight sentences of a music review and a reader's
    // comment under it, as the corpus benchmark cuts them; flagged before the verdict asked for a platform, a call to act and several lines.
    const review =
      "sputtering dark genius of Young. The main criticism I can level at the band is that they seemed like they fired on alll eight cylinders for long. There was always some sort of mitigating circumstances, bad production, legal problems, drug problems, Neil's flighty relationship with the other members to explain why they never sounded as good as they were supposed to. heard how great they were to be so many times I now seriously doubt they were ever good at all. So don't hate yourself if you don't exactly self-immolate after hearing the Springfield's underwhelming output.neversupposedthat Album Name: N/A-Live Concert Attendee(1967)* Any Short Comments?: You are \"on target\" about the Springfield* I was fortunate to have attended a '67 era Concert with The B.S. (Opening) for Jimi Hendrix at the Curtis Hixson Hall in Tampa, Florida, B.S. was on a stage set up on the right side of the of the concert hall, and they played 7";
    expect(normalizeArticle(review).diagnostics.some((x) => x.code === 'not-article')).toBe(false);
  });

  it('keeps a first-person column that reports: a reporting signal makes it an article', () => {
    // Seed-style prose, not from the data.
    const column = [
      'I went to Moscow last week to see the preparations for the parade, and officials told me it would be the largest yet.',
      'You may wonder why it matters to you. I think it does, because the Kremlin said on Tuesday that the visit would go ahead.',
    ].join('\n\n');
    expect(normalizeArticle(column).diagnostics.some((x) => x.code === 'not-article')).toBe(false);
  });
});

describe('sentences of the story that only look like appeals or footers', () => {
  it.each([
    // cluster 49 doc 0 (labelled body): reported speech with `contributions` and `we`.
    'Belanger said the objective of the bill is to "pay tribute to all the women who have worked and fought to build and shape the Canada that we know today ... to at long last honour their sacrifices and contributions."',
    // cluster 112 doc 0 (labelled body): `supporting` and `Our` in a name.
    'Meanwhile, hedge fund manager John Paulson and hotel executive J.W. Marriott gave $1 million and $500,000, respectively, to a super PAC supporting Mitt Romney for president. It was previously reported that the group, Restore Our Future PAC, raised more than $12 million so far this year.',
    // cluster 56 doc 2 #14 (labelled body): `powered by` and a word in lower case.
    'Ultimately, Kanan would like to see a scaled-up version of the catalytic cell powered by electricity from the sun, wind or other renewable resource.',
  ])('keeps %j', (line) => {
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });

  it.each([
    // trafilatura-eval (development data) pages: an appeal to the reader and a site footer stay removed.
    ['Make your contribution now and help Gothamist thrive in 2023. Donate today', 'line:donation'],
    ['powered by eve community', 'line:site-footer'],
  ])('still removes %j (%s)', (line, rule) => {
    expect(normalizeArticle(page(line)).removed.find((r) => r.text === line)?.rule).toBe(rule);
  });
});

describe('a page of quotations (not-article)', () => {
  // cluster 198 doc 1 (labelled not-article): a book's blurbs, each a quotation and who said it; first sentences.
  const blurbs = [
    '“Kirsten Gillibrand has written a handbook for the next generation of women to redefine their role in our world.”',
    '“There are moments of immensely appealing self-disclosure that seldom appear in other books of this genre. . . . This isn’t your mother’s political memoir.”',
    '“Reading Kirsten Gillibrand’s book makes me so proud—as a woman, as an American, and as her friend.”',
    '“Since joining the Senate in 2009, Kirsten Gillibrand has been a fearless advocate for women.”',
    '“In her poignant new memoir, Off the Sidelines, Senator Kirsten Gillibrand gives a voice to our nation’s unsung heroes—and shares how any one of us can help.”',
    '“Candid and inspiring.”—Dr. Oz The Good Life',
  ].join('\n\n');

  it('flags it, and says why', () => {
    const article = normalizeArticle(blurbs);
    expect(article.diagnostics.find((x) => x.code === 'not-article')?.message).toMatch(/Quotations/);
  });

  it('keeps one statement quoted at length: a list of quotations is the shape, not one quotation', () => {
    // cluster 37 doc 0 (labelled body): eight sentences of a team's statement, quoted in one paragraph, as the corpus
    // benchmark cuts them from the article; flagged before the verdict asked for several quoted paragraphs.
    const statement =
      '“As a veteran owned team, the national anthem holds an exceptionally special meaning for this organization,” the team’s statement continued. “Our owner Bill Lynch has lost personal friends during overseas conflicts and has other close friends who have also lost loved ones. Playing the national anthem prior to sports events became standard during World War II and was a way to express the team’s and fan’s patriotism and show support for the U.S. Military. The tradition of honoring our military and our patriotism before our games is very important to us. We strongly feel that there are better ways to begin a conversation about a cause than tarnishing a tradition that is so important to so many.”';
    expect(normalizeArticle(statement).diagnostics.some((x) => x.code === 'not-article')).toBe(false);
  });

  it('keeps an article made of quotations when it reports who said them', () => {
    const reported = blurbs
      .split('\n\n')
      .map((b, i) => (i === 0 ? `Critics praised the book on Tuesday. ${b}` : b))
      .join('\n\n');
    expect(normalizeArticle(reported).diagnostics.some((x) => x.code === 'not-article')).toBe(false);
  });
});

describe('links, leads and offers around the story', () => {
  it.each([
    // cluster 40 doc 1 #47-#50 (labelled furniture): a production's profiles, one a line.
    ['Star Trek: Axanar website', 'boilerplate:share', 'line:social-link'],
    ['Star Trek: Axanar Facebook page', 'boilerplate:share', 'line:social-link'],
    ['Star Trek: Axanar You Tube Channel', 'boilerplate:share', 'line:social-link'],
    // cluster 40 doc 1 #46 (labelled furniture): the promise of updates before them.
    [
      'Please make sure you check back for regular updates, which will also be posted to our Facebook page and website:',
      'boilerplate:promo',
      'line:pointer',
    ],
    // cluster 159 doc 2 #6 and #11 (labelled furniture): leads of resource lists.
    ['Rocky Mountain Spotted Fever Fact Sheets and Information:', 'boilerplate:navigation', 'line:resources-lead'],
    ['External Rocky Mountain Spotted Fever Resources:', 'boilerplate:navigation', 'line:resources-lead'],
    // cluster 125 doc 0 #14 (labelled furniture).
    ['Read the blog Finding a voice for the brain injured', 'boilerplate:navigation', 'line:read-pointer'],
    // cluster 7 doc 1 #80 (labelled furniture).
    ["Visit the Magic Yeti Children's Libraries section to learn more.", 'boilerplate:promo', 'line:site-pointer'],
    // cluster 212 doc 0 #52 (labelled credit): an excerpt's credit and copyright.
    [
      'Proof of Heaven by Eben Alexander, M.D. To be published by Simon & Schuster, Inc.. Copyright (c) 2012 by Eben Alexander III, M.D.',
      'boilerplate:legal',
      'line:excerpt-copyright',
    ],
    // cluster 92 doc 0 #34 and #35 (labelled furniture): a paywall's pass offers.
    ['7-Day Access and Monthly', 'boilerplate:paywall', 'line:paywall-prompt'],
    [
      'Subscriptions also available No tracking or personal data collection',
      'boilerplate:paywall',
      'line:paywall-prompt',
    ],
  ])('removes %j (%s, %s)', (line, reason, rule) => {
    expect(removal(line)).toEqual([reason, rule]);
  });

  it.each([
    // Seed-style prose, not from the data: a platform named in a sentence, a heading with a colon and few words.
    'The ministry posted the statement on its website',
    'General Information:',
    'Read the statement the ministry released on Tuesday in full.',
  ])('keeps %j', (line) => {
    expect(normalizeArticle(page(line)).removed.find((r) => r.text === line)?.rule).toBeUndefined();
  });
});
