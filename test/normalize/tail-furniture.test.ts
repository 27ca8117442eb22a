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
    // dailymail.co.uk.food.html: the story's byline, under its bullet points, in title case with the outlet.
    ['By Glen Owen And Brendan Carlin For The Mail On Sunday', ['Glen Owen', 'Brendan Carlin']],
    // dailymail.co.uk.food.html: the byline of another story set inside this one.
    ['By Tom Pyman for MailOnline', ['Tom Pyman']],
  ])('reads %j as a byline, the outlet it writes for left out of the names', (byline, names) => {
    const text = [title, byline, lede, next].join('\n\n');
    expect(removalIn(text, byline)).toEqual(['metadata:byline', 'line:byline']);
    expect(normalizeArticle(text).metadata.bylines.map((b) => b.names)).toEqual([names]);
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

  it('removes a reading-time label', () => {
    // docs.docker.com.install.html (trafilatura-eval): it had been read as the page's dek.
    expect(removal('Estimated reading time: 6 minutes')).toEqual(['boilerplate:navigation', 'line:post-meta']);
  });

  it("removes a date's label alone, and keeps one with its value (a catalogue's entry)", () => {
    // thestkittsnevisobserver.com-bvi.html (a `without` snippet); cleaneval-dev 48, a film's entry in a listing.
    expect(removal('Release Date:')).toEqual(['boilerplate:navigation', 'line:post-meta']);
    expect(removal('Release Date: January 6, 2004')?.[1]).not.toBe('line:post-meta');
  });
});

describe("a site's disclosure of what pays it (line:affiliate)", () => {
  it.each([
    // publishedreporter.com-Hottest.html (among its `without` snippets): an 87-word disclosure paragraph.
    'This site participates in the Amazon Associate program and earns revenue from qualifying purchases (links to books or products). Other advertisers include direct sales and third party ad networks such as Google, OutBrain and NewsMax which may display ads from a variety of advertisers. Clicking anything on this site including individual links, images, events, banners (even ads that appear to be content) could result in payment to, or a commission being earned by The Published Reporter. Please see our Terms of Service (earnings disclosure / ownership section).',
    // royalroad.com.melas.html (among its `without` snippets).
    'Royal Road® is a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for sites to earn advertising fees by advertising and linking to amazon.com.',
    // thepointsguy.com.alaska.html (among its `without` snippets).
    'This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products. Terms apply to the offers listed on this page. For an explanation of our Advertising Policy, visit this page.',
    // thebalance.com.coinbase.html (among its `without` snippets).
    'We recommend the best products through an independent review process, and advertisers do not influence our picks. We may receive compensation if you visit partners we recommend. Read our advertiser disclosure for more info.',
    // flawlessfood.co.uk.olive.html (among its `without` snippets).
    'We occasionally get sponsored by products, we only work with brands that we love and regularly use, the opinions are always our own.',
    // villagevoice.com-Party.html (among its `without` snippets).
    'NOTE: The advertising disclaimer below does not apply to this article, nor any originating from the Village Voice editorial department, which does not accept paid links.',
  ])('removes %j', (line) => {
    expect(removal(line)).toEqual(['boilerplate:ad', 'line:affiliate']);
    expect(kept(line)).toEqual([ledeBody, next]);
  });

  it.each([
    // multi-news-dev cluster 85, document 0, a body paragraph: a measure sponsored by a foundation is news.
    'The measure is sponsored by the foundation, which has been pushing for years to protect adult-film performers from HIV and other sexually transmitted diseases.',
    // Seed-style prose, not from the data: a disclosure reported as speech.
    'The company said advertisers do not influence its reviews, a claim the regulator disputed on Monday.',
  ])('keeps %j', (line) => {
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe("the author's bio under the story, found by the byline's name (line:byline-bio)", () => {
  /** The seed page with a byline under its title and `tail` after its last paragraph. */
  const bylined = (byline: string, ...tail: string[]) => [title, byline, lede, next, ...tail].join('\n\n');
  const paragraphs = (text: string) => normalizeArticle(text).paragraphs.map((p) => p.text);

  it.each([
    // newrepublic.com.neoliberalism.html: the byline's whole name (among its `without` snippets).
    [
      'By Ganesh Sitaraman',
      'Ganesh Sitaraman is a professor at Vanderbilt Law School and the author of The Great Democracy: How to Fix Our Politics, Unrig the Economy, and Unite America.',
    ],
    // thenervousbreakdown.com.loneliest.html: the whole name in capitals (among its `without` snippets), cut short.
    [
      'By Tim Anderson',
      'TIM ANDERSON has done many amazing things in his short life. Well, two amazing things. Ok, one thing that he did twice.',
    ],
    // multi-news-dev cluster 220, document 0 (labelled byline): an op-ed's author by courtesy title and surname.
    ['By Mitt Romney', 'Mr. Romney is the Republican Party candidate for president.'],
  ])('under %j removes %j', (byline, bio) => {
    const text = bylined(byline, bio);
    expect(removalIn(text, bio)).toEqual(['metadata:byline', 'line:byline-bio']);
    expect(paragraphs(text)).toEqual([ledeBody, next]);
  });

  it('keeps the same bio when the byline names someone else', () => {
    const bio =
      'Ganesh Sitaraman is a professor at Vanderbilt Law School and the author of The Great Democracy: How to Fix Our Politics, Unrig the Economy, and Unite America.';
    expect(paragraphs(bylined('By Jane Doe', bio))).toEqual([ledeBody, next, bio]);
  });

  it("keeps a surname alone that opens a paragraph of the story, not its last lines (another person's name)", () => {
    // Seed-style prose, not from the data: the story's subject shares the reporter's surname.
    const subject = 'Lavrov is the longest-serving foreign minister in Russia, and he has met Kim twice since 2018.';
    const closing = 'The ministry gave no date for the visit, which had been expected since January.';
    expect(paragraphs(bylined('By Anna Lavrov', subject, closing, closing.replace('January', 'last year')))).toContain(
      subject,
    );
  });
});

describe('a list of other stories, each a section label then a headline (line:labelled-teaser)', () => {
  // latimes.com.bloomberg.html: the list under the story, a label (`Politics`, three times: `block:repeated-label`)
  // then a headline; the first headline is among the page's `without` snippets.
  const first = 'Bernie Sanders takes wide lead in California primary, new poll finds';
  const second = 'Four rivals nearly tied for a distant second in biggest Super Tuesday primary';

  it('removes a headline with a label on one side and furniture on the other', () => {
    const text = [title, lede, next, 'Politics', first, 'Politics', second, 'Politics'].join('\n\n');
    expect(normalizeArticle(text).paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
    expect(removalIn(text, first)).toEqual(['boilerplate:navigation', 'line:labelled-teaser']);
    expect(removalIn(text, second)).toEqual(['boilerplate:navigation', 'line:labelled-teaser']);
  });

  it("keeps a subheading of the story: prose follows it, even after one of the list's labels", () => {
    // Seed-style prose, not from the data.
    const subheading = 'Why the talks in Moscow matter now';
    const text = [title, lede, 'Politics', subheading, next, 'Politics', first, 'Politics'].join('\n\n');
    expect(normalizeArticle(text).paragraphs.map((p) => p.text)).toEqual([ledeBody, subheading, next]);
  });
});

describe('a site promising mail (line:newsletter)', () => {
  it.each([
    // schneems.com.rubocop.html (among its `without` snippets).
    'Join the hundreds of developers who get new code, writing, and interesting programming links delivered to their inboxes every week.',
    // toptal.com.python.html (among its `without` snippets).
    'World-class articles, delivered weekly.',
    // statisticsglobe.com.ggplot2.html (among its `without` snippets).
    'Get regular updates on the latest tutorials, offers & news at Statistics Globe.',
    // foxyfolksy.com.buttercream.html (among its `without` snippets).
    'Send me email every new post.',
  ])('removes %j', (line) => {
    expect(removal(line)).toEqual(['boilerplate:newsletter', 'line:newsletter']);
    expect(kept(line)).toEqual([ledeBody, next]);
  });

  it.each([
    // Seed-style prose, not from the data: deliveries in a story, and a promise reported as speech.
    'The town newspaper was delivered weekly to about 3,000 homes until the mill closed in 2009.',
    'The ministry said briefings would be delivered to their inboxes every week until the visit.',
  ])('keeps %j', (line) => {
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe("an author's bio paragraph under the story, byline or not (line:bio-paragraph)", () => {
  it.each([
    // wired.com.burn.html (among its `without` snippets), with the box's `Read more` link.
    'Will Knight is a senior writer for WIRED, covering artificial intelligence. He was previously a senior editor at MIT Technology Review, where he wrote about fundamental advances in AI and China’s AI boom. Before that, he was an editor and writer at New Scientist. He studied anthropology and journalism in... Read more',
    // thebalance.com.coinbase.html (among its `without` snippets).
    'Jacob Wade is a personal finance expert who has covered credit cards, investing, insurance, and tax issues for more than a decade. He is a former IRS enrolled agent and has prepared scores of individual and small business tax returns. In addition to his work for The Balance, Jacob has written professionally for LendingTree, CompareCards, Investing Answers, and other widely-followed personal finance sites.',
    // toptal.com.python.html (among its `without` snippets): a first name only.
    'Martin has worked as a professional Python developer since 2007, although his career in IT began in 2001. He is a full-stack engineer, having administered operating systems and networks for so many years. His recent interests are web-development and Python (namely with Django).',
  ])('removes %j after the last paragraph', (bio) => {
    const text = [title, lede, next, bio].join('\n\n');
    expect(removalIn(text, bio)).toEqual(['metadata:byline', 'line:bio-paragraph']);
    expect(normalizeArticle(text).paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });

  it("keeps the same shape inside the story, before a line that reports what was said (the story's profile of someone)", () => {
    // Seed-style prose, not from the data.
    const profile =
      'Anna Petrova is an analyst at the Carnegie Moscow Center. She has followed the talks since they began in 2018.';
    const quoted = 'The visit would take place in the spring, Petrova said, citing two officials in the ministry.';
    const text = [title, lede, profile, quoted, next].join('\n\n');
    expect(normalizeArticle(text).paragraphs.map((p) => p.text)).toEqual([ledeBody, profile, quoted, next]);
  });
});

describe("a page's notices around its story: comment policy, profile box, browser, notifications", () => {
  it.each([
    // jamaicaobserver.com-attacks.html (among its `without` snippets): a comment policy of 33 words.
    [
      'Please understand that comments are moderated and it is not always possible to publish all that have been submitted. We will, however, try to publish comments that are representative of all received.',
      'boilerplate:feedback',
      'line:comments',
    ],
    // verfassungsblog.de.expertinnen.html (among its `without` snippets): an item of a numbered comment policy, 41 words.
    [
      '4. Comments under pseudonym are allowed but a valid email address is obligatory. In case of doubt comments will be published after an email to the stated address has been answered. The use of more than one pseudonym is not allowed.',
      'boilerplate:feedback',
      'line:comments',
    ],
    // independent.co.uk.penalty.html and standard.co.uk.caribbean.html (among their `without` snippets).
    ['Share your thoughts and debate the big issues', 'boilerplate:feedback', 'line:comments'],
    ['Be part of the conversation', 'boilerplate:feedback', 'line:comments'],
    // emacspeak.blogspot.com.meta.html and mdavis.xyz.supermarket.html (among their `without` snippets).
    ['View my complete profile', 'boilerplate:navigation', 'line:author-archive'],
    ['find more by Matthew Davis', 'boilerplate:navigation', 'line:author-archive'],
    // nature.com.telescope.html (among its `without` snippets): 55 words.
    [
      'Thank you for visiting nature.com. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date browser (or turn off compatibility mode in Internet Explorer). In the meantime, to ensure continued support, we are displaying the site without styles and JavaScript.',
      'boilerplate:browser',
      'line:browser-notice',
    ],
    // popsugar.co.uk.halloween.html (among its `without` snippets).
    ['POPSUGAR Would Like To Send You Push Notifications.', 'boilerplate:browser', 'line:browser-notice'],
  ])('removes %j', (line, reason, rule) => {
    expect(removal(line)).toEqual([reason, rule]);
    expect(kept(line)).toEqual([ledeBody, next]);
  });

  it.each([
    // Seed-style prose, not from the data: the same words in a story.
    'The ministry said it would share its thoughts on the visit with the press once the talks had ended.',
    'Officials said readers of the state newspaper would see more by the end of the week, when the talks end.',
  ])('keeps %j', (line) => {
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});

describe('a cookie consent banner (line:cookie-notice)', () => {
  // theverge.com.ios13.html: the banner above the story (62 words), and its button's note. Before this rule the
  // banner was read as the story's first paragraph, the story after the share bar as trailing furniture, and the
  // page, left with 31 words, as not an article.
  const banner =
    'We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized content and targeted ads, analyze site traffic, and understand where our audience is coming from. To find out more or to opt-out, please read our Cookie Policy. In addition, please read our Privacy Policy, which has also been updated and became effective May 23rd, 2018.';
  const button = 'By choosing I Accept, you consent to our use of cookies and other tracking technologies.';

  it.each([banner, button])('removes %j', (line) => {
    expect(removal(line)).toEqual(['boilerplate:legal', 'line:cookie-notice']);
    expect(kept(line)).toEqual([ledeBody, next]);
  });

  it('reads the story after a banner at the top of the page', () => {
    const text = [banner, button, title, lede, next].join('\n\n');
    const article = normalizeArticle(text);
    expect(article.metadata.title?.text).toBe(title);
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });

  it('keeps a story about cookies', () => {
    // Seed-style prose, not from the data.
    const line = 'Google said it would stop supporting third-party cookies in its Chrome browser by the end of 2024.';
    expect(kept(line)).toEqual([ledeBody, line, next]);
  });
});
