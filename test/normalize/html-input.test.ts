import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSources, isCopydeskError, normalizeArticle } from '../../src/index';
import { checkOffsets, visible, words } from './html-offsets';

/** A news page written for these tests in the shape of a wire story on an outlet's site. */
const WIRE_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Heavy rain closes roads in Oslo | The Daily Courier</title>
<meta property="og:site_name" content="The Daily Courier">
<link rel="canonical" href="https://courier.example/world/oslo-rain-closes-roads">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Heavy rain closes roads in Oslo","author":[{"@type":"Person","name":"Ann Lee"}],"datePublished":"2024-03-19T10:00:00Z","publisher":{"@type":"Organization","name":"The Daily Courier"}}</script>
<style>.story p { margin: 0 }</style>
</head><body>
<header class="site-header"><a href="/">The Daily Courier</a><nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article class="story">
<h1>Heavy rain closes roads in Oslo</h1>
<p class="byline">By Ann Lee</p>
<p>OSLO, March 19 (Reuters) - Heavy rain closed roads across Oslo on Tuesday, and the city&#8217;s two rivers rose above their banks, officials said.</p>
<figure><img src="/img/oslo.jpg" alt=""><figcaption>Cars drive through a flooded street in central Oslo on Tuesday.</figcaption></figure>
<p>Trains between Oslo &amp; Bergen were stopped for the day. The <a href="/topics/rail">rail operator</a> said repairs would take <em>at least</em> a week.</p>
<!-- ad slot -->
<p>&#8220;We have not seen water like this since 1995,&#8221; the mayor told reporters at city hall.</p>
<p>(Reporting by Ann Lee; Editing by Bob Ray)</p>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Storm hits Bergen as winds reach record speeds</a></li><li><a href="/b">Norway braces for a wet spring, forecasters say</a></li></ul></aside>
</main>
<footer><p>&copy; 2024 The Daily Courier. All rights reserved.</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
<script>window.dataLayer = [];</script>
</body></html>`;

/** The same story as a scraped plain text. */
const WIRE_TEXT = [
  'Heavy rain closes roads in Oslo',
  'By Ann Lee',
  'OSLO, March 19 (Reuters) - Heavy rain closed roads across Oslo on Tuesday, and the city\u2019s two rivers rose above their banks, officials said.',
  'Trains between Oslo & Bergen were stopped for the day. The rail operator said repairs would take at least a week.',
  '\u201cWe have not seen water like this since 1995,\u201d the mayor told reporters at city hall.',
  '(Reporting by Ann Lee; Editing by Bob Ray)',
].join('\n\n');

describe('normalizeArticle({ html })', () => {
  const article = normalizeArticle({ html: WIRE_PAGE });

  it('keeps the story as paragraphs and sentences whose ranges hold their words in the HTML', () => {
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Heavy rain closed roads across Oslo on Tuesday, and the city\u2019s two rivers rose above their banks, officials said.',
      'Trains between Oslo & Bergen were stopped for the day. The rail operator said repairs would take at least a week.',
      '\u201cWe have not seen water like this since 1995,\u201d the mayor told reporters at city hall.',
    ]);
    expect(article.sentences).toHaveLength(4);
    checkOffsets(article, WIRE_PAGE);
  });

  it('maps decoded references back to the references in the source (&amp;, &#8217;)', () => {
    const amp = article.sentences.find((s) => s.text.includes('&'))!;
    expect(WIRE_PAGE.slice(amp.start, amp.end)).toBe('Trains between Oslo &amp; Bergen were stopped for the day.');
    const apostrophe = article.sentences[0]!;
    expect(WIRE_PAGE.slice(apostrophe.start, apostrophe.end)).toContain('city&#8217;s');
    expect(apostrophe.normalized).toContain("city's");
    const quote = article.paragraphs[2]!;
    expect(WIRE_PAGE.slice(quote.start, quote.end).startsWith('&#8220;We have')).toBe(true);
  });

  it('reads the dateline and the wire credit as it does in the same story as text', () => {
    const text = normalizeArticle(WIRE_TEXT);
    expect(article.metadata.dateline).toMatchObject({ place: 'OSLO', date: 'March 19', agency: 'Reuters' });
    expect(article.metadata.dateline?.text).toBe(text.metadata.dateline?.text);
    expect(WIRE_PAGE.slice(article.metadata.dateline!.start, article.metadata.dateline!.end)).toBe(
      'OSLO, March 19 (Reuters) -',
    );
    expect(article.metadata.credits.map((c) => [c.text, c.agency, c.reporters, c.editors])).toEqual(
      text.metadata.credits.map((c) => [c.text, c.agency, c.reporters, c.editors]),
    );
    expect(article.metadata.agency).toBe('Reuters');
    expect(article.metadata.bylines.map((b) => b.names)).toEqual([['Ann Lee']]);
    expect(article.sentences.map((s) => s.normalized)).toEqual(text.sentences.map((s) => s.normalized));
  });

  it('removes a <figcaption> as a caption and lists it in the metadata', () => {
    const caption = article.removed.find((r) => r.reason === 'caption');
    expect(caption).toMatchObject({
      text: 'Cars drive through a flooded street in central Oslo on Tuesday.',
      rule: 'struct:figcaption',
    });
    expect(WIRE_PAGE.slice(caption!.start, caption!.end)).toBe(caption!.text);
    expect(article.metadata.captions.map((c) => c.text)).toEqual([caption!.text]);
  });

  it('removes markup and the page around the story with html:* reasons', () => {
    const reasons = new Set(article.removed.map((r) => r.reason));
    for (const reason of ['html:doctype', 'html:title', 'html:script', 'html:style', 'html:nav', 'html:aside']) {
      expect(reasons).toContain(reason);
    }
    expect(article.removed.some((r) => r.reason.startsWith('html:') && /Privacy|All rights/.test(r.text))).toBe(true);
    expect(article.removed.find((r) => r.text.startsWith('Storm hits Bergen'))?.reason).toBe('html:aside');
  });

  it('lists markup after a paragraph’s last character as removed, as it does markup before its first (found in an audit)', () => {
    // 22 development pages (trafilatura-eval bettycrocker.com.pineapple: hidden spans; sprechwaisen.com.sw082: a
    // cookie button in a form) put scripts, comments, hidden elements or forms inside a story block after its
    // text; they were folded into a separator piece and missing from `removed`.
    const lede = WIRE_TEXT.split('\n\n')[2]!;
    for (const tail of ['<script>var tracking = 1;</script>', '<!-- ad slot -->', '<span hidden>Save $2</span>']) {
      const html = `<article><h1>Heavy rain closes roads in Oslo</h1><p>${lede} ${tail}</p><p>${WIRE_TEXT.split('\n\n')[3]}</p></article>`;
      const page = normalizeArticle({ html });
      const at = html.indexOf(tail);
      const span = page.removed.find((r) => r.start === at);
      expect(span && [html.slice(span.start, span.end), span.reason.startsWith('html:')]).toEqual([tail, true]);
      const piece = page.layout.find((l) => l.start <= at && at < l.end);
      expect(piece?.role).toBe('removed');
      expect(page.paragraphs[0]?.text).toBe(lede.slice(lede.indexOf('Heavy')));
    }
  });

  it('takes the title, author, date, outlet and URL from the page when the input gives none', () => {
    expect(article.metadata.title?.text).toBe('Heavy rain closes roads in Oslo');
    // The visible headline is the same as JSON-LD's: its span is the <h1>'s text.
    expect(WIRE_PAGE.slice(article.metadata.title!.start - 4, article.metadata.title!.start)).toBe('<h1>');
    expect(article.outlet).toBe('The Daily Courier');
    expect(article.url).toBe('https://courier.example/world/oslo-rain-closes-roads');
    expect(article.publishedAt).toBe('2024-03-19T10:00:00.000Z');
    const given = normalizeArticle({
      html: WIRE_PAGE,
      outlet: 'Courier',
      url: 'https://x.example/a',
      publishedAt: '2024-03-20',
      id: 'p1',
    });
    expect([given.id, given.outlet, given.url, given.publishedAt]).toEqual([
      'p1',
      'Courier',
      'https://x.example/a',
      '2024-03-20T00:00:00.000Z',
    ]);
    expect(article.id).toMatch(/^src-[0-9a-f]{8}$/);
  });

  it('prefers the JSON-LD headline to a different visible one, with its span inside the script', () => {
    const html = WIRE_PAGE.replace('<h1>Heavy rain closes roads in Oslo</h1>', '<h1>Oslo under water</h1>');
    const a = normalizeArticle({ html });
    expect(a.metadata.title?.text).toBe('Heavy rain closes roads in Oslo');
    expect(html.slice(a.metadata.title!.start, a.metadata.title!.end)).toBe('Heavy rain closes roads in Oslo');
    expect(a.metadata.title!.start).toBeGreaterThan(html.indexOf('application/ld+json'));
    expect(a.removed.find((r) => r.text === 'Oslo under water')?.reason).toBe('metadata:title');
    const noH1 = normalizeArticle({ html: WIRE_PAGE.replace('<h1>Heavy rain closes roads in Oslo</h1>', '') });
    expect(noH1.metadata.title?.text).toBe('Heavy rain closes roads in Oslo');
    expect(noH1.paragraphs).toHaveLength(3);
  });

  it('takes bylines from JSON-LD authors when the page prints none, crediting a wire agency named as author', () => {
    const html = WIRE_PAGE.replace('<p class="byline">By Ann Lee</p>', '')
      .replace('"name":"Ann Lee"', '"name":"Associated Press"')
      .replace('OSLO, March 19 (Reuters) - ', '')
      .replace('<p>(Reporting by Ann Lee; Editing by Bob Ray)</p>', '');
    const a = normalizeArticle({ html });
    expect(a.metadata.bylines.map((b) => [b.text, b.agency])).toEqual([['Associated Press', 'AP']]);
    expect(html.slice(a.metadata.bylines[0]!.start, a.metadata.bylines[0]!.end)).toBe('Associated Press');
    expect(a.metadata.agency).toBe('AP');
  });

  it('reads a page without <html>, <head> or <body>, and an empty page', () => {
    const html = '<p>Hi there. Bye.</p>';
    const a = normalizeArticle({ html });
    expect(a.sentences.map((s) => s.text)).toEqual(['Hi there.', 'Bye.']);
    checkOffsets(a, html);
    const empty = normalizeArticle({ html: '' });
    expect(empty.paragraphs).toEqual([]);
    expect(empty.layout).toEqual([]);
    expect(empty.diagnostics.map((d) => d.code)).toContain('empty-input');
    const nav = normalizeArticle({ html: '<nav><a href="/">Home</a></nav>' });
    expect(nav.diagnostics.map((d) => d.code)).toContain('no-body');
    checkOffsets(nav, '<nav><a href="/">Home</a></nav>');
  });

  it('a control character opening a block after one not read keeps that block removed as itself (found by fuzzing)', () => {
    const body = 'Kim Jong-un will visit Moscow in May, the Kremlin said on Wednesday, in his first trip abroad.';
    for (const junk of ['\u0001', '\ufffd']) {
      const html = `<article><p>${body}</p><nav><a href="/a">Home</a> <a href="/b">World</a></nav><p>${junk}${body}</p></article>`;
      const a = normalizeArticle({ html });
      checkOffsets(a, html);
      // The navigation is reported with its own reason and text, not swallowed by the control character's span.
      const nav = html.indexOf('<nav>');
      expect(a.removed.find((r) => r.reason === 'html:nav')).toMatchObject({ start: nav, text: 'Home World' });
      // The control span covers the character alone, and every removed span's range shows its text.
      expect(a.removed.filter((r) => r.reason === 'control').map((r) => html.slice(r.start, r.end))).toEqual([junk]);
      for (const r of a.removed) {
        if (!r.reason.startsWith('html:')) expect(words(visible(html.slice(r.start, r.end)))).toEqual(words(r.text));
      }
    }
  });

  it('removes the headline repeated in a share dialog after the story as a duplicate, keeping the first as the title', () => {
    // The shape of the share and e-mail dialogs of two trafilatura development pages (vancouversun.com,
    // `<div class="modal"><header class="modal-header"><h2 class="modal-title">` + the headline; phys.org, an
    // `<h5 class="modal-title">` in an e-mail dialog): both came out as the story's last paragraph.
    const dialog =
      '<div id="modal-share" class="modal"><div class="modal-wrap"><header class="modal-header"><span class="share">Share this story</span>' +
      '<h2 class="modal-title">Heavy rain closes roads in Oslo</h2></header></div></div>';
    const html = WIRE_PAGE.replace('<footer>', `${dialog}<footer>`);
    const page = normalizeArticle({ html });
    expect(page.metadata.title?.text).toBe('Heavy rain closes roads in Oslo');
    expect(page.paragraphs.map((p) => p.text)).toEqual(article.paragraphs.map((p) => p.text));
    const repeat = page.removed.find((r) => r.start >= html.indexOf(dialog) && r.text.includes('Heavy rain'));
    expect([repeat?.reason, repeat?.rule]).toEqual(['duplicate', 'heading:headline-repeat']);
    checkOffsets(page, html);
  });

  it('removes a section of teaser cards opened by a related label after the story, summaries included', () => {
    // The shape of stackoverflow.com.rust.html (trafilatura development pages): inside the story's container, a
    // block opened by an `<h2>Related Articles</h2>` holds cards of a linked headline, a byline and date, and a
    // summary that reads as prose; the summaries and headlines came out as the story's last paragraphs.
    const card = (headline: string, byline: string, summary: string) =>
      `<article class="card"><h3><a href="/x">${headline}</a></h3><div class="meta">${byline}</div><p>${summary}</p><a class="button" href="/x">Continue reading</a></article>`;
    const section =
      '<div class="more-posts"><div class="heading"><h2>Related Articles</h2></div>' +
      card(
        'Storm hits Bergen as winds reach record speeds',
        'by Kari Nordmann on March 18, 2024',
        'Winds reached record speeds on the west coast on Monday, and the airport in Bergen was closed for the day.',
      ) +
      card(
        'Norway braces for a wet spring',
        'by Ola Hansen on March 12, 2024',
        'Forecasters expect more rain than usual in April and May, and farmers are worried about their first crops.',
      ) +
      '</div>';
    const html = WIRE_PAGE.replace('</article>', `${section}</article>`);
    const page = normalizeArticle({ html });
    expect(page.paragraphs.map((p) => p.text)).toEqual(article.paragraphs.map((p) => p.text));
    const summary = page.removed.find((r) => r.text.startsWith('Winds reached record speeds'));
    expect(summary?.rule).toBe('text:related-section');
    checkOffsets(page, html);
  });

  it('removes a factbox set into the story: another story in a box beside it', () => {
    // trafilatura-eval dailymail.co.uk.food.html: inside the article body (`itemprop="articleBody"`), a box of
    // another MailOnline story (class `art-ins mol-factbox floatRHS news`); its paragraphs are `without` snippets
    // of the page. The story's paragraphs and the box are the page's own, cut short.
    const para = (text: string) => `<p class="mol-para-with-font">${text}</p>`;
    const story = [
      'A powerful alliance of chefs, celebrities and charities today urges Boris Johnson to block sub-standard foods from flooding into the UK under post-Brexit trade deals.',
      "In a heartfelt open letter, stars including Jamie Oliver and fitness guru Joe Wicks call on the Prime Minister not to 'trade away our children's futures' in the negotiations.",
      'The move comes as International Trade Secretary Liz Truss faces growing Parliamentary pressure to bolster protections against poor quality foreign food – and save British farms from being put out of business by cheap imports.',
      'In a crunch Commons debate expected within the next fortnight, MPs will vote on new plans to give watchdogs on the Trade and Agriculture Commission the power to enforce high food standards.',
    ];
    const box =
      '<div class="art-ins mol-factbox floatRHS news" data-version="2"> <h3 class="mol-factbox-title">Prince Charles: One million young people need \'urgent help\' amid Covid crisis</h3><div class="ins cleared mol-factbox-body">' +
      para('By Tom Pyman for MailOnline') +
      para(
        "As many as a million young people need 'urgent help' to ensure their futures are protected from the impact of coronavirus, the Prince of Wales has warned.",
      ) +
      para(
        "Writing in the Daily Telegraph, Charles said there has 'never been a time as uniquely challenging as the present' and said youngsters would need more support as a result over the coming years.",
      ) +
      '</div></div>';
    const html = `<html><body><h1>Chefs and stars urge Boris Johnson to protect food standards</h1><div itemprop="articleBody">${para(story[0]!)}${para(story[1]!)}${box}${para(story[2]!)}${para(story[3]!)}</div></body></html>`;
    const article = normalizeArticle({ html });
    expect(article.paragraphs.map((p) => p.text)).toEqual(story);
    const removed = article.removed.find((r) => r.text.startsWith('As many as a million'));
    expect([removed?.reason, removed?.rule]).toEqual(['html:boilerplate', 'class:factbox']);
    checkOffsets(article, html);
  });

  it('removes an author box under the story, but not a story inside a wrapper whose class names the author', () => {
    // The shapes of two trafilatura development pages: stackoverflow.com.rust.html (`<div class="m-author"><div
    // class="m-author__description">Jake is the co-founder of ...`, kept as the story's last paragraph) and
    // geeks3d.com.hacklab.html (a WordPress `<body class="single-author has-header-info">` around the whole page).
    const bio =
      '<div class="m-author"><div class="m-author__description">Ann Lee is the co-founder of a weather newsletter. She also wrote a book about storms on the coast of Norway.</div></div>';
    const html = WIRE_PAGE.replace('</article>', `${bio}</article>`);
    const page = normalizeArticle({ html });
    expect(page.paragraphs.map((p) => p.text)).toEqual(article.paragraphs.map((p) => p.text));
    expect(page.removed.find((r) => r.text.startsWith('Ann Lee is the co-founder'))?.rule).toBe('class:author-box');
    checkOffsets(page, html);
    const wrapped = normalizeArticle({
      html: WIRE_PAGE.replace('<body>', '<body class="single-author has-header-info">'),
    });
    expect(wrapped.paragraphs.map((p) => p.text)).toEqual(article.paragraphs.map((p) => p.text));
  });

  it('removes a line holding a date in a block the page marks as a date, leaving a dateline to the text steps', () => {
    // trafilatura-eval bahamaslocal.com-atlantis.html: the post's date stamp and category under the story, in the
    // page's own markup (a <p> of the post text whose words are a date, read as a date block by `text:date`), kept
    // as a paragraph before. The story's lines are the page's.
    const story = [
      'Rights and Kindness (Baark) with their work, as they continue to focus on spaying and neutering of animals to help with animal overpopulation and suffering.',
      'On hand to present the supplies is Atlantis Veterinarian Dr. Amanda Pinder who expressed excitement to be able to donate these much-needed supplies to assist Baark in their work.',
    ];
    const stamp =
      '<p>\n\t\tNews date : 04/21/2022\n\t\t&nbsp;&nbsp;&nbsp;Category : <a href="https://www.bahamaslocal.com/newscategory/10/Press_Releases.html" title="Press Releases">Press Releases</a>\t\t</p>';
    const page = (dateline: string) =>
      `<html><body><div class="newspost_text"><h1>ATLANTIS PARADISE ISLAND AND DOLPHIN CAY DONATES MEDICAL SUPPLIES TO BAARK</h1>${dateline}${story.map((p) => `<p>${p}</p>`).join('')}${stamp}</div></body></html>`;
    const html = page('');
    const article = normalizeArticle({ html });
    expect(article.paragraphs.map((p) => p.text)).toEqual(story);
    const removed = article.removed.find((r) => r.text.startsWith('News date : 04/21/2022'));
    expect([removed?.reason, removed?.rule]).toEqual(['metadata:date', 'text:date']);
    checkOffsets(article, html);
    // A block the page marks as a dateline with a date and an agency (seed 001's `MOSCOW, March 19 (UPI) --`) is
    // left to the text steps, which read it as the dateline; one without a date (latimes.com.bloomberg's
    // `WASHINGTON — `, class `dateline`) is not a date stamp either.
    const moscow = normalizeArticle({ html: page('<p class="dateline">MOSCOW, March 19 (UPI) --</p>') });
    expect([moscow.metadata.dateline?.place, moscow.metadata.dateline?.agency]).toEqual(['MOSCOW', 'UPI']);
    expect(moscow.removed.some((r) => r.reason === 'metadata:date' && r.text.includes('MOSCOW'))).toBe(false);
    const washington = normalizeArticle({ html: page('<p class="dateline">WASHINGTON — </p>') });
    expect(washington.removed.some((r) => r.reason === 'metadata:date' && r.text.includes('WASHINGTON'))).toBe(false);
  });

  it('with removeBoilerplate false keeps the page text the structure calls furniture', () => {
    const a = normalizeArticle({ html: WIRE_PAGE }, { removeBoilerplate: false });
    expect(a.paragraphs.some((p) => p.text.startsWith('Storm hits Bergen'))).toBe(true);
    checkOffsets(a, WIRE_PAGE);
  });

  it('holds for generated pages: nested inline tags, references, comments, scripts, furniture around the story', () => {
    const word = fc.constantFrom(
      'rain',
      'Oslo',
      'officials',
      'said',
      'the',
      'river',
      'rose',
      '&amp;',
      'city&#8217;s',
      '&#8220;quoted&#8221;',
      '<b>bold</b>',
      '<a href="/x">linked words</a>',
      '<em><i>deep</i></em>',
      '<!-- note -->',
      '&nbsp;',
      '2024',
    );
    const sentence = fc
      .array(word, { minLength: 6, maxLength: 18 })
      .map((ws) => `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => `<p>${ss.join(' ')}</p>`);
    const page = fc
      .tuple(
        fc.array(paragraph, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', '<script>var a = "<p>not text</p>";</script>', '<style>p{}</style>'),
      )
      .map(
        ([ps, nav, figure, extra]) =>
          `${nav ? '<nav><a href="/">Home</a> <a href="/b">World</a></nav>' : ''}<article><h1>A headline here</h1>${extra}${ps.join('\n')}${
            figure ? '<figure><figcaption>A picture of the river.</figcaption></figure>' : ''
          }</article><footer>Contact us</footer>`,
      );
    fc.assert(
      fc.property(page, (html) => {
        checkOffsets(normalizeArticle({ html }), html);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the documented example', () => {
  it('normalizeArticle({ html })', () => {
    const html =
      '<nav><a href="/">Home</a></nav><article><h1>Kim visits Moscow</h1><p>Kim will visit &amp; talk. He said so.</p></article>';
    const page = normalizeArticle({ html });
    expect(page.metadata.title?.text).toBe('Kim visits Moscow');
    expect(page.sentences.map((s) => html.slice(s.start, s.end))).toEqual([
      'Kim will visit &amp; talk.',
      'He said so.',
    ]);
    expect(page.sentences[0]?.text).toBe('Kim will visit & talk.');
    expect(page.removed[0]?.reason).toBe('html:nav');
  });
});

describe('normalizeArticle input checks for html', () => {
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (error) {
      return isCopydeskError(error) ? error.code : 'other';
    }
    return undefined;
  };
  const loose = (value: unknown) => value as Parameters<typeof normalizeArticle>[0];

  it('takes exactly one of text and html', () => {
    expect(code(() => normalizeArticle(loose({ text: 'a', html: '<p>a</p>' })))).toBe('ERR_INVALID_INPUT');
    expect(code(() => normalizeArticle(loose({ id: 'x' })))).toBe('ERR_INVALID_INPUT');
    expect(code(() => normalizeArticle(loose({ html: 42 })))).toBe('ERR_INVALID_INPUT');
    expect(code(() => normalizeArticle(loose({ text: 'a', html: null })))).toBe('ERR_INVALID_INPUT');
    expect(code(() => normalizeArticle({ html: '<p>Fine.</p>' }))).toBeUndefined();
    expect(() => normalizeArticle(loose({ text: 'a', html: '<p>a</p>' }))).toThrow(/exactly one/);
    expect(() => normalizeArticle(loose({ html: new Uint8Array(2) }))).toThrow(/TextDecoder/);
  });

  it('applies maxLength to the HTML', () => {
    expect(code(() => normalizeArticle({ html: '<p>Too long for the limit.</p>' }, { maxLength: 10 }))).toBe(
      'ERR_INPUT_TOO_LARGE',
    );
  });
});

describe('alignSources with html inputs', () => {
  it('compares pages end to end, every member span in its page', () => {
    const other = WIRE_PAGE.replace('The Daily Courier', 'Morning Post')
      .replace(
        '<p>&#8220;We have not seen water like this since 1995,&#8221; the mayor told reporters at city hall.</p>',
        '',
      )
      .replace('Trains between Oslo &amp; Bergen', 'Trains between <b>Oslo</b> &amp; Bergen');
    const comparison = alignSources([
      { html: WIRE_PAGE, id: 'courier' },
      { html: other, id: 'post' },
    ]);
    const originals = new Map(comparison.articles.map((a) => [a.id, a.original]));
    expect(originals.get('courier')).toBe(WIRE_PAGE);
    expect(originals.get('post')).toBe(other);
    const shared = comparison.groups.filter((g) => new Set(g.members.map((m) => m.source)).size === 2);
    expect(shared.length).toBeGreaterThanOrEqual(2);
    for (const group of comparison.groups) {
      for (const member of group.members) {
        const html = originals.get(member.source)!;
        expect(words(visible(html.slice(member.start, member.end)))).toEqual(words(member.text));
      }
    }
    const trains = shared.find((g) => g.members.some((m) => m.text.startsWith('Trains')))!;
    const post = trains.members.find((m) => m.source === 'post')!;
    expect(other.slice(post.start, post.end)).toBe('Trains between <b>Oslo</b> &amp; Bergen were stopped for the day.');
  });

  it('places spans inside sentences (changes, shared words, quotes) through the markup, not by counting from the sentence start', () => {
    // The other outlet changed the numbers after an inline tag and an entity, and kept the mayor's quote.
    const other = WIRE_PAGE.replace('The Daily Courier', 'Morning Post')
      .replace(
        'Trains between Oslo &amp; Bergen were stopped for the day.',
        'Trains between <b>Oslo</b> &amp; Bergen were stopped for two days.',
      )
      .replace('since 1995,&#8221; the mayor', 'since 1985,&#8221; the mayor');
    const comparison = alignSources([
      { html: WIRE_PAGE, id: 'courier' },
      { html: other, id: 'post' },
    ]);
    const originals = new Map(comparison.articles.map((a) => [a.id, a.original]));
    const seen = { changes: 0, quotes: 0 };
    for (const group of comparison.groups) {
      for (const link of group.links) {
        const a = group.members[link.a]!;
        const b = group.members[link.b]!;
        for (const change of link.changes) {
          for (const [side, member] of [
            [change.a, a],
            [change.b, b],
          ] as const) {
            if (!side) continue;
            seen.changes++;
            expect(words(visible(originals.get(member.source)!.slice(side.start, side.end)))).toEqual(words(side.text));
          }
        }
      }
    }
    for (const quote of comparison.quotes) {
      for (const mention of quote.mentions) {
        seen.quotes++;
        expect(words(visible(originals.get(mention.source)!.slice(mention.start, mention.end)))).toEqual(
          words(mention.text),
        );
      }
    }
    // The changed numbers are found, and each points at its own words in its page.
    expect(seen.changes).toBeGreaterThanOrEqual(2);
    expect(seen.quotes).toBeGreaterThanOrEqual(2);
    // The changed facts are found, and each side's text is its own page's words (checked above).
    const changed = comparison.groups.flatMap((g) => g.links.flatMap((l) => l.changes));
    expect(changed.some((c) => c.b?.text.includes('two'))).toBe(true);
    expect(changed.some((c) => c.a?.text.includes('1995') && c.b?.text.includes('1985'))).toBe(true);
  });
});
