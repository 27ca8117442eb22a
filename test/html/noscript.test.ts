import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/html/index';
import { normalizeArticle } from '../../src/index';
import { checkOffsets } from '../normalize/html-offsets';

// A Blogger post (trafilatura-eval development page security.googleblog.com.protection.html, copied byte for byte
// into test/fixtures/html): its body is a `<script type='text/template'>` that JavaScript renders, and a `<noscript>`
// copy for readers without JavaScript. Outside both, the page is a sidebar, an archive and a footer.
const page = readFileSync(new URL('../fixtures/html/security.googleblog.com.protection.html', import.meta.url), 'utf8');
const noscriptStart = page.indexOf('<noscript>\n<span class="byline-author">');
const noscriptEnd = page.indexOf('</noscript>', noscriptStart) + '</noscript>'.length;

describe('an article that only a reader without JavaScript sees (<noscript>)', () => {
  const article = normalizeArticle({ html: page });

  it('reads the post from the <noscript> markup and says so', () => {
    expect(noscriptStart).toBeGreaterThan(0);
    const texts = article.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe(
      'Over the past few years we’ve seen threats on the web becoming increasingly sophisticated. Phishing sites rotate domains very quickly to avoid being blocked, and malware campaigns are directly targeting at-risk users. We’ve realized that to combat these most effectively, security cannot be one-size-fits-all anymore: That’s why today we are announcing Enhanced Safe Browsing protection in Chrome, a new option for users who require or want a more advanced level of security while browsing the web.',
    );
    expect(texts.some((t) => t.startsWith('Chrome’s billions of users are incredibly diverse'))).toBe(true);
    expect(article.diagnostics.map((d) => d.code)).toContain('html-noscript-text');
  });

  it('maps every kept paragraph into the <noscript> element of the source', () => {
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(10);
    for (const p of article.paragraphs) {
      expect(p.start).toBeGreaterThanOrEqual(noscriptStart);
      expect(p.end).toBeLessThanOrEqual(noscriptEnd);
    }
  });

  it('keeps its offsets: each paragraph and sentence is the words of its HTML, and the layout tiles the page', () => {
    checkOffsets(article, page);
    // The post's <noscript> is read, not removed; the template script beside it still is.
    expect(article.removed.some((r) => r.reason === 'html:noscript' && r.start === noscriptStart)).toBe(false);
    expect(
      article.removed.some((r) => r.reason === 'html:script' && r.end <= noscriptStart && r.end > noscriptStart - 5000),
    ).toBe(true);
  });

  it('is an article: a long post about a browser is not a platform notice', () => {
    // 345 words of authored prose, 12% of its content words interface words (browser, account, download...): the
    // platform-page rule reads so dense a vocabulary as a notice's only on a page with little prose.
    expect(article.diagnostics.map((d) => d.code)).not.toContain('not-article');
    expect(article.sentences.length).toBeGreaterThan(20);
  });
});

describe('a <noscript> beside an article found elsewhere', () => {
  it('stays removed markup (html:noscript), with no diagnostic', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Buses | Daily</title></head><body><article>' +
      '<p>The city council voted on Tuesday to expand the bus network, officials said after the meeting.</p>' +
      '<p>Residents had asked for more routes for years, and the new lines will open in the spring.</p>' +
      '<noscript><p>This site works best with JavaScript turned on. Please enable JavaScript in your browser settings to see the interactive route map, the timetables and the comments below this story.</p></noscript>' +
      '</article></body></html>';
    const x = extractHtml(html);
    expect(x.blocks.some((b) => b.text.includes('enable JavaScript'))).toBe(false);
    expect(x.removed.filter((r) => r.reason === 'html:noscript')).toHaveLength(1);
    expect(x.diagnostics.map((d) => d.code)).not.toContain('html-noscript-text');
  });
});
