import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';
import { detectNotArticle, NOT_ARTICLE_TUNING } from '../../src/normalize/not-article';

// Short notices and snippets from the Multi-News development sample
// (/work/shared/data/multi-news-dev, cluster idx / doc index), and hand-written articles.

/** Cluster 21 doc 6 (and 37/1, 140/0, 183/1, 208/2): a social-media embed notice. */
const TWEET_NOTICE =
  'You can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history. Learn more';
/** Cluster 66 doc 0 (and 10/1, 36/2, 43/0, 55/1 ...): a web-archive crawl notice. */
const CRAWL_NOTICE =
  'Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.';
/** Cluster 168 doc 0: a video stub. */
const VIDEO_STUB = [
  'Rating is available when the video has been rented.',
  'This feature is not available right now. Please try again later.',
];
/** Cluster 214 doc 1: a JavaScript notice (both lines are browser furniture already). */
const JAVASCRIPT_NOTICE = 'JavaScript is disabled \n \n You need to enable JavaScript to use SoundCloud';
/** Cluster 77 doc 1: a one-line description of a collection, no sentence of its own. */
const COLLECTION_LINE =
  'Articles, lectures, videos, and other informational resources regarding the history of the Church.';
/** Cluster 63 doc 3, first words of two of its paragraphs: a teaser widget prints each headline twice. */
const TEASERS = [
  "Day of Silent Social Media: Think you can turn it off? Day of Silent Social Media: Think you can turn it off? Two Minneapolis high school students say it's time to disconnect.",
  'Charges: 2 Minnesota ISIS recruits used student loans to finance travel Charges: 2 Minnesota ISIS recruits used student loans to finance travel Two of the 7 young men from Minnesota were charged.',
];
/** Cluster 66 doc 1, its first two sentences: a real brief (labelled an article). */
const BRIEF =
  'A couple born on the same day at the same Massachusetts hospital have exchanged vows more than two decades later.\n\nThe Taunton Gazette reports that Jessica Gomes and Aaron Bairos got married Sept. 9.';

// Hand-written.
const WIRE_BRIEF =
  'DAYTON, Ohio (AP) — Police arrested a man after a shooting outside a bar early Sunday.\n\nNo one was killed, officials said.';
const SHORT_STORY =
  'The city council approved a new budget for the public library.\n\nThe plan adds weekend hours at three branches and hires two librarians.';
const TECH_STORY = [
  'Twitter suspended the account of a prominent activist on Tuesday, the company said.',
  'The activist had posted videos of the protest to her 40,000 followers before the account was locked.',
];
const APPEAL = [
  "Let's help the Parkers rebuild their home after the fire.",
  'The family lost everything they owned when the blaze swept through their street last month.',
  'The insurance company has still not paid for the damage, and the children are staying with relatives.',
  'Please share this page with your friends and neighbours.',
  'Thank you for anything you can give.',
];

describe('detectNotArticle', () => {
  it('flags platform notices that only address the reader or describe an interface', () => {
    const tweet = detectNotArticle([TWEET_NOTICE]);
    expect(tweet.notArticle).toBe(true);
    expect(tweet.reason).toMatch(/^No authored prose/);
    expect(tweet.signals.authoredWords).toBe(0);
    expect(tweet.signals.addressedWords).toBeGreaterThan(30);

    const video = detectNotArticle(VIDEO_STUB);
    expect(video.notArticle).toBe(true);
    expect(video.signals.interfaceDensity).toBeGreaterThan(NOT_ARTICLE_TUNING.maxInterfaceDensity);
  });

  it('flags a crawl notice by its platform vocabulary, though it is third-person prose', () => {
    const v = detectNotArticle([CRAWL_NOTICE]);
    expect(v.notArticle).toBe(true);
    expect(v.reason).toMatch(/^Platform page/);
    expect(v.signals.reportingSignals).toBe(0);
    expect(v.signals.authoredWords).toBeGreaterThanOrEqual(NOT_ARTICLE_TUNING.minAuthoredWords);
  });

  it('flags a line that is not a sentence of reporting', () => {
    expect(detectNotArticle([COLLECTION_LINE]).notArticle).toBe(true);
  });

  it('flags a teaser list: headlines printed twice at the start of most paragraphs', () => {
    const v = detectNotArticle(TEASERS);
    expect(v.notArticle).toBe(true);
    expect(v.reason).toMatch(/^Teaser list/);
    expect(v.signals.teaserParagraphs).toBe(2);
  });

  it('flags an appeal whose sentences ask the reader to act', () => {
    const v = detectNotArticle(APPEAL);
    expect(v.notArticle).toBe(true);
    expect(v.reason).toMatch(/^Appeal to the reader/);
    expect(v.signals.callsToAction).toBe(3);
  });

  it('keeps short articles: a brief wire story, a two-sentence local story, a story about a platform', () => {
    for (const text of [WIRE_BRIEF, SHORT_STORY, BRIEF]) {
      const v = detectNotArticle(text.split('\n\n'));
      expect(v.notArticle, text).toBe(false);
      expect(v.reason).toBe('');
    }
    // Interface words in news about a platform do not make it a platform page when the page reports.
    const tech = detectNotArticle(TECH_STORY);
    expect(tech.notArticle).toBe(false);
    expect(tech.signals.reportingSignals).toBeGreaterThan(0);
  });

  it('reads voice outside quotation marks only: a quoted "you" or "I" is reporting', () => {
    const v = detectNotArticle([
      '"You can not let them win," the mayor told reporters after the vote, "and I will not."',
      'The council rejected the proposal by seven votes to two.',
    ]);
    expect(v.notArticle).toBe(false);
    expect(v.signals.addressedWords).toBe(0);
  });

  it('gives short plain prose the benefit of the doubt', () => {
    expect(detectNotArticle(['The cat sat on the mat.']).notArticle).toBe(false);
  });

  it('does not judge prose in another language', () => {
    const v = detectNotArticle([
      'Der Stadtrat hat am Abend einen neuen Haushalt für die Bibliothek beschlossen.',
      'Drei Filialen sollen künftig auch am Wochenende öffnen.',
    ]);
    expect(v.notArticle).toBe(false);
    expect(v.signals.englishShare).toBeLessThan(NOT_ARTICLE_TUNING.minEnglishShare);
  });

  it('treats a dateline, byline or credit as a reporting signal', () => {
    const lines = ['Rescue teams reached the village late in the evening.'];
    expect(detectNotArticle(lines).notArticle).toBe(false);
    expect(detectNotArticle(lines, { dateline: true }).signals.reportingSignals).toBe(1);
  });

  it('says there is no text when no line survives', () => {
    const v = detectNotArticle(['', '  ']);
    expect(v.notArticle).toBe(true);
    expect(v.reason).toMatch(/^No text/);
  });
});

describe('normalizeArticle on pages that are not articles', () => {
  it('removes the would-be body with reason not-article and says why', () => {
    const text = `Tweet with a location\n\n${TWEET_NOTICE}`;
    const article = normalizeArticle(text);
    expect(article.sentences).toEqual([]);
    expect(article.paragraphs).toEqual([]);
    const diagnostic = article.diagnostics.find((d) => d.code === 'not-article');
    expect(diagnostic?.severity).toBe('warning');
    expect(diagnostic?.message).toMatch(/not an article\. No authored prose/);
    expect(diagnostic?.span?.end).toBe(text.length);
    // The would-be body is reported, not lost: its spans carry the reason and the rule.
    const flagged = article.removed.filter((r) => r.reason === 'not-article');
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((r) => r.rule === 'doc:not-article')).toBe(true);
    expect(flagged.map((r) => r.text).join(' ')).toContain('You always have the option');
    // No second warning that only repeats it.
    expect(article.diagnostics.map((d) => d.code)).not.toContain('no-body');
  });

  it('keeps the layout a tiling of the input', () => {
    const text = `${VIDEO_STUB.join('\n\n')}\n\n`;
    const article = normalizeArticle(text);
    expect(article.diagnostics.map((d) => d.code)).toContain('not-article');
    let at = 0;
    for (const span of article.layout) {
      expect(span.start).toBe(at);
      at = span.end;
    }
    expect(at).toBe(text.length);
    expect(article.layout.filter((s) => s.role === 'removed' && s.reason === 'not-article')).toHaveLength(2);
  });

  it('flags a page where nothing survives the furniture rules, beside no-body', () => {
    const codes = normalizeArticle(JAVASCRIPT_NOTICE).diagnostics.map((d) => d.code);
    expect(codes).toContain('not-article');
    expect(codes).toContain('no-body');
  });

  it('keeps real short articles', () => {
    for (const text of [WIRE_BRIEF, SHORT_STORY, BRIEF, TECH_STORY.join('\n\n')]) {
      const article = normalizeArticle(text);
      expect(
        article.diagnostics.map((d) => d.code),
        text,
      ).not.toContain('not-article');
      expect(article.sentences.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('does not judge when furniture removal is off', () => {
    const article = normalizeArticle(TWEET_NOTICE, { removeBoilerplate: false });
    expect(article.diagnostics.map((d) => d.code)).not.toContain('not-article');
    expect(article.sentences.length).toBeGreaterThan(0);
  });

  it('keeps a first-person opinion column and a how-to piece that speaks to the reader (both written for this test)', () => {
    const column = [
      'I have lived in this city for thirty years, and I have never seen the river this low.',
      'We used to swim off the old pier every summer. My children learned to fish there, and I taught them the names of the birds.',
      'I think the council has failed us. We deserve a plan that treats the water as something we share, not something we spend.',
    ].join('\n\n');
    const howTo = [
      'Once you have decided on the kind of garden you want, you can start planning the beds along the south wall.',
      'If you have clay soil, you should dig in compost in the autumn so that the worms can work it through the winter.',
      'You will want to leave a path wide enough for a wheelbarrow, and you may find that raised beds save your back.',
    ].join('\n\n');
    for (const text of [column, howTo]) {
      const article = normalizeArticle(text);
      expect(article.diagnostics.map((d) => d.code)).not.toContain('not-article');
      expect(article.sentences.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('does not flag empty input', () => {
    expect(normalizeArticle('  \n ').diagnostics.map((d) => d.code)).toEqual(['empty-input']);
  });
});

/**
 * Cluster 92 doc 2: a video description page. Its only prose is a paragraph
 * of a Salon article pasted in quotation marks; the rest is the video's title,
 * a one-line summary and playlist links. Before quoted prose was set apart, its
 * quote and the Salon article were reported as a derived pair.
 */
const VIDEO_DESCRIPTION = [
  'Published on Dec 29, 2016',
  '"In his online persona, Peinovich routinely cracked jokes about killing Jewish people and forcibly deporting Muslims and people of African descent. The weekly program had roughly 100,000 regular listeners, many of whom regularly sent in financial donations by PayPal or bought merchandise from the site" --',
  'http://www.salon.com/2017/01/16/cat-f...',
  '----------------------',
  'Cernovich vs "Baked Alaska" Part 6: The Same Person Calling Me Kikeovich is Married to a Jew',
  '(formerly The Gulag)',
  'Mike Cernovich Live on Periscope 12-29-2016. Part 6 of the Cernovich vs. Baked Alaska saga.',
  '- Alt-Right Fight Night Playlist: https://www.youtube.com/playlist?list...',
  '- Reuters Article on the drama: http://news.trust.org/item/2016122920...',
].join('\n\n');

describe('quoted prose', () => {
  it("is not the page's own on a page that does not report: a video description quoting an article is flagged", () => {
    const page = normalizeArticle(VIDEO_DESCRIPTION);
    const diagnostic = page.diagnostics.find((d) => d.code === 'not-article');
    expect(diagnostic?.message).toMatch(/No authored prose: 17 words/);
    expect(page.sentences).toEqual([]);
  });

  it('counts on a page that reports: a brief built around a quotation stays an article (written for this test)', () => {
    const brief = normalizeArticle(
      '"We will rebuild the bridge before the winter, and the ferry will run until then," the mayor said on Tuesday.\n\n"The money is there. The engineers are ready."',
    );
    expect(brief.diagnostics.map((d) => d.code)).not.toContain('not-article');
    expect(brief.sentences.length).toBe(3);
  });

  it('sets whole quoted sentences apart from authored words in the signals', () => {
    const quotedOnly = detectNotArticle([
      '"The committee will meet again next month to review every contract signed since the spring."',
    ]);
    const plain = detectNotArticle([
      'The committee will meet again next month to review every contract signed since the spring.',
    ]);
    expect(quotedOnly.signals.authoredWords).toBe(0);
    expect(plain.signals.authoredWords).toBe(15);
  });
});
