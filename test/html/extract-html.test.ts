import { describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/core/errors';
import { extractHtml, htmlLayout, htmlText } from '../../src/html/index';
import { MAX_OPEN_ELEMENTS } from '../../src/html/lean-parser';
import type { HtmlBlockLabel, HtmlExtraction } from '../../src/html/types';

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, officials said after the meeting.',
  'Residents had asked for more routes for years, and the new lines will open in the spring.',
  'The plan costs about 12 million dollars, which the council will borrow over ten years.',
  'Critics said the money would be better spent on repairing roads, but the vote passed easily.',
];

function labelOf(x: HtmlExtraction, needle: string): HtmlBlockLabel | undefined {
  return x.blocks.find((b) => b.text.includes(needle))?.label;
}

function article(inner: string): string {
  return `<!DOCTYPE html><html><head><title>Buses | Daily</title></head><body>${inner}</body></html>`;
}

describe('extractHtml: blocks', () => {
  it('cuts blocks where a browser breaks lines and never glues words', () => {
    const x = extractHtml(
      '<h3>Foo</h3><p>Bar</p><table><tr><td>one</td><td>two</td></tr></table><ul><li>a</li><li>b</li></ul>',
    );
    expect(x.blocks.map((b) => b.text)).toEqual(['Foo', 'Bar', 'one', 'two', 'a', 'b']);
    expect(x.blocks.map((b) => b.tag)).toEqual(['h3', 'p', 'td', 'td', 'li', 'li']);
  });

  it('keeps inline tags inside a block, collapses white space, decodes references', () => {
    const html = '<p>  Kim&#8217;s   <b>visit</b>,\n  <a href="/x">AT&amp;T</a> &amp co&nbsp;Ltd</p>';
    const [block] = extractHtml(html).blocks;
    expect(block?.text).toBe('Kim\u2019s visit, AT&T & co\u00a0Ltd');
    expect(block?.linkChars).toBe(4);
    expect(html.slice(block!.start, block!.end)).toBe(html);
    const at = block!.text.indexOf('\u2019');
    expect(html.slice(block!.map.mapStart(at), block!.map.mapEnd(at + 1))).toBe('&#8217;');
  });

  it('reads a <br> as a line break and two as the end of a block', () => {
    const x = extractHtml('<div>one<br>two<br> <br>three</div>');
    expect(x.blocks.map((b) => b.text)).toEqual(['one\ntwo', 'three']);
  });

  it('reads pages without <html>, <head> or <body>, and malformed markup', () => {
    const x = extractHtml(
      `<title>T</title><meta name="author" content="Ann Lee"><p>${PROSE[0]}<p>${PROSE[1]}</div></span>`,
    );
    expect(x.blocks.map((b) => b.text)).toEqual([PROSE[0], PROSE[1]]);
    expect(x.metadata.title?.value).toBe('T');
    expect(x.metadata.authors.map((a) => a.value)).toEqual(['Ann Lee']);
  });

  it('decodes character references in JSON-LD strings, and their span covers them as written', () => {
    // trafilatura-eval observer.com-LVMH: its JSON-LD headline as written there (a script's text is not decoded).
    const raw = 'Bernard Arnault&#8217;s LVMH Gives the Louvre a $16M Boost to Acquire a Chardin Masterpiece';
    const html = `<title>T</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"${raw}"}</script><p>${PROSE[0]}</p>`;
    const m = extractHtml(html).metadata;
    expect(m.headline?.value).toBe(
      'Bernard Arnault\u2019s LVMH Gives the Louvre a $16M Boost to Acquire a Chardin Masterpiece',
    );
    expect(html.slice(m.headline!.span.start, m.headline!.span.end)).toBe(raw);
  });

  it('reads the headline without the site name written after it', () => {
    // trafilatura-eval harpers.org.justice: its title tags as written there.
    const x = extractHtml(
      `<title>A Letter on Justice and Open Debate | Harper&#039;s Magazine</title>
<meta property="og:title" content="A Letter on Justice and Open Debate | Harper&#039;s Magazine" />
<meta property="og:site_name" content="Harper&#039;s Magazine" /><p>${PROSE[0]}</p>`,
    );
    expect(x.metadata.headline?.value).toBe('A Letter on Justice and Open Debate');
    // The page's <title> stays as written; a separator before words that are not the site's name stays too.
    expect(x.metadata.title?.value).toBe("A Letter on Justice and Open Debate | Harper's Magazine");
    const other = extractHtml(
      `<meta property="og:title" content="Update | Deceased Clarendon crash victims identified" /><meta property="og:site_name" content="Jamaica Gleaner" /><p>${PROSE[0]}</p>`,
    );
    expect(other.metadata.headline?.value).toBe('Update | Deceased Clarendon crash victims identified');
  });

  it('reads no author from an address or from `No Author`', () => {
    // The author tags of trafilatura-eval japantimes.co.jp.surgical and foxyfolksy.com.buttercream, as written there.
    const x = extractHtml(
      `<title>T</title><meta name="author" content="No Author" />
<meta property="article:author" content="https://www.japantimes.co.jp/author/no-author/" />
<meta property="article:author" content ="https://www.facebook.com/foxyfolksy/" />
<meta name="author" content="Ann Lee"><p>${PROSE[0]}<p>${PROSE[1]}`,
    );
    expect(x.metadata.authors.map((a) => a.value)).toEqual(['Ann Lee']);
  });

  it('reports scripts, styles, comments and hidden elements as removed markup, and the layout tiles the page', () => {
    const html = article(
      `<script>var a = "<p>x</p>";</script><style>p{}</style><!-- note --><div hidden>secret</div><p>${PROSE[0]}</p>`,
    );
    const x = extractHtml(html);
    expect(x.removed.map((r) => r.reason)).toEqual([
      'html:doctype',
      'html:title',
      'html:script',
      'html:style',
      'html:comment',
      'html:hidden',
    ]);
    expect(x.blocks.map((b) => b.text)).toEqual([PROSE[0]]);
    const layout = htmlLayout(x);
    expect(layout[0]?.start).toBe(0);
    expect(layout.at(-1)?.end).toBe(html.length);
    for (let k = 1; k < layout.length; k++) expect(layout[k]!.start).toBe(layout[k - 1]!.end);
  });

  it('keeps a script or comment before a block’s first character out of the block, as a removed span of its own', () => {
    // The shape of a Blogger post body (trafilatura-eval security.googleblog.com): the text's element opens, then a
    // script, then the text. The block used to start at the element's start tag, folding the script into its range.
    const html = `<div class="post-content"><script type="text/template"><p>${PROSE[0]}</p></script><!-- body -->${PROSE[1]}</div>`;
    const x = extractHtml(html);
    expect(x.blocks.map((b) => b.text)).toEqual([PROSE[1]]);
    const block = x.blocks[0]!;
    const comment = html.indexOf('<!-- body -->');
    expect(block.start).toBe(comment + '<!-- body -->'.length);
    expect(htmlLayout(x).map((p) => [p.role, p.reason, html.slice(p.start, p.end).slice(0, 12)])).toEqual([
      ['markup', undefined, '<div class="'],
      ['removed', 'html:script', '<script type'],
      ['removed', 'html:comment', '<!-- body --'],
      ['block', undefined, PROSE[1]!.slice(0, 12)],
    ]);
  });

  it('throws typed errors for a non-string page and unknown options', () => {
    expect(() => extractHtml(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_INPUT' }));
    try {
      extractHtml('<p>x</p>', { maxLenght: 3 } as never);
      expect.unreachable();
    } catch (error) {
      expect(isCopydeskError(error) && error.code).toBe('ERR_INVALID_OPTION');
    }
    expect(() => extractHtml('<p>abcdef</p>', { maxLength: 4 })).toThrow(
      expect.objectContaining({ code: 'ERR_INPUT_TOO_LARGE' }),
    );
  });
});

describe('extractHtml: labels', () => {
  const page = article(`
    <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <main>
      <article>
        <h1>Council expands the bus network</h1>
        <p class="byline">By Ann Lee</p>
        <time datetime="2024-03-05T10:00:00Z">March 5, 2024</time>
        <div class="article-body">
          <p>${PROSE[0]}</p>
          <figure><img src="bus.jpg" alt=""><figcaption>A new bus at the depot on Monday.</figcaption>
            <span class="credit">Photo: Jo Park/Daily</span></figure>
          <p>${PROSE[1]}</p>
          <h2>What it costs</h2>
          <p>${PROSE[2]}</p>
          <p>It passed 7 to 2.</p>
          <ul><li>Route 12 to the airport</li><li>Route 40 along the river</li></ul>
          <p>${PROSE[3]}</p>
        </div>
        <div class="share-tools"><a href="#">Share on Facebook</a></div>
      </article>
      <aside class="related"><h3>Related stories</h3>
        <ul><li><a href="/a">Road repairs delayed again as budget talks stall</a></li>
        <li><a href="/b">Train fares to rise by five percent next year</a></li></ul></aside>
    </main>
    <footer><p>Copyright 2024 Daily News. All rights reserved.</p></footer>`);
  const x = extractHtml(page);

  it('labels the story, its title, subheadings, short paragraphs and lists', () => {
    for (const p of PROSE) expect(labelOf(x, p)).toBe('body');
    expect(labelOf(x, 'Council expands')).toBe('title');
    expect(labelOf(x, 'What it costs')).toBe('heading');
    expect(labelOf(x, 'It passed 7 to 2.')).toBe('body');
    expect(labelOf(x, 'Route 12')).toBe('body');
  });

  it('labels captions, credits, bylines and dates', () => {
    expect(labelOf(x, 'A new bus at the depot')).toBe('caption');
    expect(labelOf(x, 'Photo: Jo Park')).toBe('photo-credit');
    expect(labelOf(x, 'By Ann Lee')).toBe('byline');
    expect(labelOf(x, 'March 5, 2024')).toBe('date');
    expect(x.blocks.find((b) => b.label === 'caption')?.reason).toBe('html:figure');
  });

  it('labels navigation, related links, share tools and the footer', () => {
    expect(labelOf(x, 'Home')).toBe('navigation');
    expect(x.blocks.find((b) => b.text === 'Home News Sport')?.reason).toBe('html:nav');
    expect(labelOf(x, 'Road repairs delayed')).toBe('aside');
    expect(labelOf(x, 'Share on Facebook')).toBe('share');
    expect(labelOf(x, 'Copyright 2024')).toBe('footer');
  });

  it('labels a related list without a structural element by its class', () => {
    const y = extractHtml(
      article(
        `<div class="content"><p>${PROSE[0]}</p><p>${PROSE[1]}</p></div><div class="related-articles"><p><a href="/a">${PROSE[2]}</a></p></div>`,
      ),
    );
    expect(labelOf(y, PROSE[0]!)).toBe('body');
    expect(labelOf(y, PROSE[2]!)).toBe('related');
  });

  it('joins an article split across sibling containers and keeps the lead in its own element', () => {
    const y = extractHtml(
      article(`
        <div id="wrap">
          <div class="lead"><p>${PROSE[0]}</p></div>
          <div class="part1"><p>${PROSE[1]}</p><p>${PROSE[2]}</p></div>
          <div class="ad-slot"><a href="/ad">Buy a new car today</a></div>
          <div class="part2"><p>${PROSE[3]}</p><p>Officials will meet again next week to decide on the timetable, she said.</p></div>
        </div>
        <div class="sidebar"><p><a href="/x">Most read</a></p></div>`),
    );
    for (const p of PROSE) expect(labelOf(y, p)).toBe('body');
    expect(labelOf(y, 'Officials will meet again')).toBe('body');
    expect(labelOf(y, 'Buy a new car')).toBe('ad');
    expect(labelOf(y, 'Most read')).not.toBe('body');
  });

  it('labels short furniture lines inside the story by their text: ads, captions, credits, bylines, dates', () => {
    const y = extractHtml(
      article(`<div class="story"><p>By Ann Lee and Bo Kim, Reuters</p><p>Updated 5 March 2024</p><p>${PROSE[0]}</p>
        <p>Advertisement</p><p>Image caption Buses at the depot</p><p>Image copyright Getty Images</p>
        <p>${PROSE[1]}</p><p>${PROSE[2]}</p></div>`),
    );
    expect(labelOf(y, 'By Ann Lee')).toBe('byline');
    expect(labelOf(y, 'Updated 5 March')).toBe('date');
    expect(labelOf(y, 'Advertisement')).toBe('ad');
    expect(labelOf(y, 'Image caption')).toBe('caption');
    expect(labelOf(y, 'Image copyright')).toBe('photo-credit');
    for (const p of PROSE.slice(0, 3)) expect(labelOf(y, p)).toBe('body');
  });

  it('reads a class on the whole page or around the story as a wrapper, not furniture', () => {
    const y = extractHtml(
      `<form id="aspnetForm"><div class="page-header-wrap"><div class="content"><p>${PROSE[0]}</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p></div></div></form>`,
    );
    for (const p of PROSE.slice(0, 3)) expect(labelOf(y, p)).toBe('body');
  });

  it('prefers the itemprop=articleBody container over a longer comment thread', () => {
    const comment = (n: number): string =>
      `<div class="comment"><p>Comment ${n}: I think the council is wrong about this, and the buses are always late anyway, honestly.</p></div>`;
    const y = extractHtml(
      article(
        `<div itemprop="articleBody"><p>${PROSE[0]}</p><p>${PROSE[1]}</p></div><section id="comments">${[1, 2, 3, 4, 5].map(comment).join('')}</section>`,
      ),
    );
    expect(labelOf(y, PROSE[0]!)).toBe('body');
    expect(labelOf(y, 'Comment 3')).toBe('comments');
  });
});

describe('extractHtml: metadata', () => {
  it('reads JSON-LD inside @graph and arrays, OpenGraph, meta, time and canonical, with spans', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Daily' },
        {
          '@type': ['NewsArticle'],
          headline: 'Council expands the bus network',
          author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Kim' }],
          datePublished: '2024-03-05T10:00:00Z',
          dateModified: '2024-03-06T08:00:00Z',
          publisher: { '@type': 'Organization', name: 'Daily News' },
        },
      ],
    });
    const html = `<html><head><title>Buses | Daily</title>
      <meta property="og:title" content="Buses: council votes">
      <meta property="og:site_name" content="Daily">
      <meta property="article:published_time" content="2024-03-05">
      <link rel="canonical" href="https://daily.example/buses">
      <script type="application/ld+json">${ld}</script>
      <script type="application/ld+json">[{"@type":"ReportageNewsArticle","headline":"Second"}]</script>
      <script type="application/ld+json">{not json</script>
      </head><body><time datetime="2024-03-05">5 March</time><p>${PROSE[0]}</p></body></html>`;
    const m = extractHtml(html).metadata;
    expect(m.headline?.value).toBe('Council expands the bus network');
    expect(m.headline?.source).toBe('json-ld');
    expect(html.slice(m.headline!.span.start, m.headline!.span.end)).toBe('Council expands the bus network');
    expect(m.authors.map((a) => a.value)).toEqual(['Ann Lee', 'Bo Kim']);
    expect(m.datePublished?.value).toBe('2024-03-05T10:00:00Z');
    expect(m.dateModified?.value).toBe('2024-03-06T08:00:00Z');
    expect(m.publisher?.value).toBe('Daily News');
    expect(m.url?.value).toBe('https://daily.example/buses');
    expect(html.slice(m.url!.span.start, m.url!.span.end)).toMatch(/^<link rel="canonical"/);
    expect(m.title?.value).toBe('Buses | Daily');
    expect(m.entries.some((e) => e.key === 'headline' && e.value === 'Second')).toBe(true);
    expect(m.entries.some((e) => e.source === 'time' && e.value === '2024-03-05')).toBe(true);
    expect(extractHtml(html).diagnostics.map((d) => d.code)).toContain('html-invalid-json-ld');
  });
});

describe('htmlText', () => {
  it('joins body blocks with blank lines and maps every piece back to the HTML', () => {
    const html = article(
      `<nav><a href="/">Home</a></nav><div class="story"><p>${PROSE[0]}</p>\n<p>Second &amp; ${PROSE[1]}</p></div>`,
    );
    const x = extractHtml(html);
    const t = htmlText(x);
    expect(t.text).toBe(`${PROSE[0]}\n\nSecond & ${PROSE[1]}`);
    const amp = t.text.indexOf('&');
    expect(html.slice(t.map.mapStart(amp), t.map.mapEnd(amp + 1))).toBe('&amp;');
    const second = t.text.indexOf('Second');
    expect(html.slice(t.map.mapStart(second), t.map.mapEnd(second + 6))).toBe('Second');
    expect(t.offsets).toEqual([0, PROSE[0]!.length + 2]);
    expect(t.blocks.map((i) => x.blocks[i]!.label)).toEqual(['body', 'body']);
  });
});

describe('extractHtml: hostile nesting', () => {
  it('never nests deeper than a browser would: 3,000 unclosed <span><p> keep every sentence, with at most 512 ancestors', () => {
    // Found by fuzzing: 20,000 of these (2.4 MB) took over two minutes, every step walking the open elements.
    // Beyond MAX_OPEN_ELEMENTS the newest open element closes before a new one opens, as Blink's parser does.
    const depth = 3_000;
    const html = article(
      PROSE.map((s, k) => `<span><p>${s} (${k})`)
        .join('')
        .repeat(depth / PROSE.length),
    );
    const x = extractHtml(html);
    const deepest = Math.max(...x.blocks.map((b) => b.ancestors.length));
    expect(deepest).toBeLessThanOrEqual(MAX_OPEN_ELEMENTS);
    expect(deepest).toBeGreaterThan(MAX_OPEN_ELEMENTS / 2);
    // Every sentence is still read, in order, each in a block of its own.
    const sentences = x.blocks.map((b) => b.text).filter((t) => PROSE.some((s) => t.startsWith(s)));
    expect(sentences).toHaveLength(depth);
    expect(sentences.slice(0, 4)).toEqual(PROSE.map((s, k) => `${s} (${k})`));
  });
});
