// The HTML report's page-source sections, on real pages (test/fixtures/html): every sentence of a page marked at its
// exact range, every link to a mark, nothing for plain text.
import { createHash } from 'node:crypto';
import { type Article, alignSources, type Comparison, normalizeArticle } from 'copydesk';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PAGE_SOURCE_CSS, PAGE_SOURCE_JS } from '../../src/report/html-assets';
import { readFromHtml } from '../../src/report/page-source';
import { toHTML } from '../../src/report/to-html';
import { htmlPages, mixedComparison } from './html-pages';
import { seedComparison, seedFiles } from './seeds';

type Doc = ReturnType<typeof parseHTML>['document'];

const dom = (page: string): Doc => parseHTML(page).document;

/** The words of a text, white space collapsed. */
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The text a browser shows for a piece of HTML source: tags out (as a space), character references decoded. */
function shownText(source: string): string {
  const stripped = source.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ');
  return dom(`<p>${stripped}</p>`).querySelector('p')!.textContent ?? '';
}

/** Element ids the report's links point to (`#id`), with how often. */
function linkTargets(doc: Doc, scope = 'body'): string[] {
  return [...doc.querySelectorAll(`${scope} a.src-link`)].map((a) => {
    const href = a.getAttribute('href') ?? '';
    expect(href.startsWith('#')).toBe(true);
    return href.slice(1);
  });
}

const htmlArticles = (comparison: Comparison): [number, Article][] =>
  comparison.articles.flatMap((a, i) => (readFromHtml(a) ? [[i, a] as [number, Article]] : []));

describe('page source of HTML sources (two real pages and two plain texts)', () => {
  const comparison = mixedComparison();
  const page = toHTML(comparison);
  const doc = dom(page);

  it('tells the HTML pages from the plain texts', () => {
    expect(comparison.articles.map((a) => [a.id, readFromHtml(a)])).toEqual([
      ['aclu', true],
      ['boingboing', true],
      ['copy', false],
      ['quoting', false],
    ]);
    // The fixtures really are pages with sentences that cross markup (else the marks would prove little).
    const boingboing = comparison.articles[1]!;
    expect(boingboing.sentences.length).toBeGreaterThan(20);
    expect(boingboing.sentences.some((s) => boingboing.original.slice(s.start, s.end).includes('<'))).toBe(true);
    expect(boingboing.original).toContain('\r\n');
  });

  it('has one closed section per HTML page, holding the whole page as text', () => {
    const sections = [...doc.querySelectorAll('details.page-source')];
    expect(sections).toHaveLength(2);
    sections.forEach((section, k) => {
      expect(section.hasAttribute('open')).toBe(false);
      const article = comparison.articles[k]!;
      expect(section.querySelector('summary')!.textContent).toContain(`(${article.id})`);
      // The parser keeps the line feed written after <pre> (a browser drops it: see the browser test).
      const text = section.querySelector('pre')!.textContent ?? '';
      expect(text).toBe(`\n${article.original}`);
    });
  });

  it('marks every sentence of every page once, and the mark holds exactly original.slice(start, end)', () => {
    const marks = [...doc.querySelectorAll('mark.src-sent')];
    let count = 0;
    for (const [index, article] of htmlArticles(comparison)) {
      for (const s of article.sentences) {
        const found = marks.filter((m) => m.getAttribute('id') === `src-${index}-${s.id}`);
        expect(found, `${article.id} ${s.id}`).toHaveLength(1);
        const mark = found[0]!;
        expect(mark.closest('pre')).not.toBeNull();
        expect(mark.textContent).toBe(article.original.slice(s.start, s.end));
        // And the range is the sentence: its words are the words the markup of the range shows.
        expect(words(shownText(mark.textContent ?? '')), `${article.id} ${s.id}`).toEqual(words(s.text));
        count++;
      }
    }
    expect(marks).toHaveLength(count);
    expect(count).toBe(comparison.articles[0]!.sentences.length + comparison.articles[1]!.sentences.length);
  });

  it('writes the page as text: inside the <pre> the only elements are the marks, with nothing inside them', () => {
    for (const pre of doc.querySelectorAll('details.page-source pre')) {
      expect([...pre.querySelectorAll('*')].every((el) => el.tagName === 'MARK' && el.children.length === 0)).toBe(
        true,
      );
    }
    // The pages' own scripts are in the report as text only: the report's two scripts are its own.
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    const source = page.slice(page.indexOf('<details class="page-source">'), page.lastIndexOf('</details>'));
    expect(source).not.toMatch(/<(?!\/?(?:mark|details|summary|pre)\b)/);
  });

  it('links each sentence of a page in its column to its mark, and nothing of the plain texts', () => {
    const columns = [...doc.querySelectorAll('main.columns section.column')];
    expect(columns).toHaveLength(4);
    for (const [index, article] of htmlArticles(comparison)) {
      const targets = linkTargets(doc, `main.columns section.column:nth-of-type(${index + 1})`);
      expect(targets.sort()).toEqual(article.sentences.map((s) => `src-${index}-${s.id}`).sort());
    }
    expect(columns[2]!.querySelectorAll('a.src-link')).toHaveLength(0);
    expect(columns[3]!.querySelectorAll('a.src-link')).toHaveLength(0);
    expect(page).not.toMatch(/src-[23]-/);
  });

  it('puts the link outside the clickable sentence, after its last piece', () => {
    for (const a of doc.querySelectorAll('main.columns a.src-link')) {
      expect(a.closest('.sent')).toBeNull();
      expect(a.previousElementSibling?.classList.contains('sent')).toBe(true);
    }
  });

  it('links the page sentence of a quote whose wording differs', () => {
    const quote = comparison.quotes.find((q) => q.wordingDiffers && q.mentions.some((m) => m.source === 'boingboing'));
    expect(quote).toBeDefined();
    const mention = quote!.mentions.find((m) => m.source === 'boingboing')!;
    const cells = [...doc.querySelectorAll('section.panel td')].filter((td) =>
      (td.textContent ?? '').startsWith(`Boing Boing (boingboing) ${mention.sentence}`),
    );
    expect(cells).toHaveLength(1);
    expect(cells[0]!.querySelector('a.src-link')!.getAttribute('href')).toBe(`#src-1-${mention.sentence}`);
  });

  it('points every link at a mark that exists', () => {
    const ids = new Set([...doc.querySelectorAll('mark.src-sent')].map((m) => m.getAttribute('id')));
    const targets = linkTargets(doc);
    expect(targets.length).toBeGreaterThan(50);
    for (const id of targets) expect(ids.has(id), id).toBe(true);
  });

  it('adds its style and script, both allowed by the Content-Security-Policy by hash', () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const csp: string = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content') ?? '';
    const styles = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '');
    const scripts = [...doc.querySelectorAll('script')].map((s) => s.textContent ?? '');
    expect(styles).toHaveLength(2);
    expect(scripts).toHaveLength(2);
    expect(styles[1]).toBe(PAGE_SOURCE_CSS);
    expect(scripts[1]).toBe(PAGE_SOURCE_JS);
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d: string) => d.trim().split(/\s+/))
        .find(([n]) => n === name)
        ?.slice(1);
    expect(directive('style-src')).toEqual(styles.map(hash));
    expect(directive('script-src')).toEqual(scripts.map(hash));
  });

  it('is off with pageSource: false', () => {
    const off = toHTML(comparison, { pageSource: false });
    expect(off).not.toContain('page-source');
    expect(off).not.toContain('src-link');
    expect(off).not.toContain('src-sent');
    expect(off.match(/<script/g)).toHaveLength(1);
    expect(off.match(/<style/g)).toHaveLength(1);
    // Only the sections, the links and their assets go: the rest of the report is the same.
    expect(off.length).toBeLessThan(page.length - comparison.articles[0]!.original.length);
    const strip = (p: string) =>
      p
        .replace(/<a class="src-link"[^>]*>&lt;\/&gt;<\/a>/g, '')
        .replace(/\n<section class="panel page-sources">[\s\S]*?<\/section>/, '')
        .replace(/(?<=<\/style>)<style>[^<]*<\/style>/, '')
        .replace(/(?<=<\/script>)<script>[^<]*<\/script>/, '')
        .replace(/content="default-src[^"]*"/, '');
    expect(strip(page)).toBe(strip(off));
  });
});

describe('page source in the story view (more than six sources)', () => {
  const pages = htmlPages();
  const comparison = alignSources([
    normalizeArticle({ id: 'aclu', html: pages.aclu }),
    normalizeArticle({ id: 'boingboing', html: pages.boingboing }),
    ...seedFiles,
  ]);
  const doc = dom(toHTML(comparison));

  it('links the page sentences only one source has, and the page sentences of each wording', () => {
    expect(doc.querySelector('main.story')).not.toBeNull();
    const unique = linkTargets(doc, '.unique-list');
    const expected = comparison.unique
      .filter((u) => u.source === 'aclu' || u.source === 'boingboing')
      .flatMap((u) => u.sentences.map((s) => `src-${u.source === 'aclu' ? 0 : 1}-${s.sentence}`));
    expect(expected.length).toBeGreaterThan(20);
    expect(unique.sort()).toEqual(expected.sort());
    const ids = new Set([...doc.querySelectorAll('mark.src-sent')].map((m) => m.getAttribute('id')));
    for (const id of linkTargets(doc)) expect(ids.has(id), id).toBe(true);
    expect(doc.querySelectorAll('details.page-source')).toHaveLength(2);
  });
});

describe('plain-text comparisons', () => {
  it('render without any page-source section, link, style or script, whatever the option', () => {
    const comparison = seedComparison();
    const page = toHTML(comparison);
    expect(comparison.articles.some(readFromHtml)).toBe(false);
    expect(page).not.toContain('page-source');
    expect(page).not.toContain('src-link');
    expect(page).not.toContain(PAGE_SOURCE_CSS);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(toHTML(comparison, { pageSource: true })).toBe(page);
    expect(toHTML(comparison, { pageSource: false })).toBe(page);
  });
});

describe('ranges a hand-made comparison may hold', () => {
  const comparison = mixedComparison();
  const article = comparison.articles[1]!;
  const [s1, s2, s3, s4, s5, ...rest] = article.sentences;

  it('skips overlapping, empty, fractional and out-of-range ranges; the others stay exact', () => {
    const broken: Article = {
      ...article,
      sentences: [
        s1!,
        { ...s2!, start: s1!.end - 3 }, // overlaps s1
        { ...s3!, end: article.original.length + 10 }, // past the end
        { ...s4!, start: s4!.start + 0.5 }, // not a whole offset
        { ...s5!, end: s5!.start }, // empty
        ...rest.reverse(), // out of order: sorted
      ],
    };
    const doc = dom(
      toHTML({ ...comparison, articles: [comparison.articles[0]!, broken, ...comparison.articles.slice(2)] }),
    );
    const marks = [...doc.querySelectorAll('mark.src-sent')].filter((m) => m.getAttribute('id')!.startsWith('src-1-'));
    expect(marks.map((m) => m.getAttribute('id')).sort()).toEqual([s1!, ...rest].map((s) => `src-1-${s.id}`).sort());
    for (const s of [s1!, ...rest]) {
      expect(doc.getElementById(`src-1-${s.id}`)!.textContent).toBe(article.original.slice(s.start, s.end));
    }
    // The page is still whole, and no link points at a skipped sentence.
    expect(doc.querySelectorAll('details.page-source pre')[1]!.textContent).toBe(`\n${article.original}`);
    const ids = new Set(marks.map((m) => m.getAttribute('id')));
    for (const id of linkTargets(doc).filter((t) => t.startsWith('src-1-'))) expect(ids.has(id), id).toBe(true);
    for (const s of [s2!, s3!, s4!, s5!]) expect(linkTargets(doc)).not.toContain(`src-1-${s.id}`);
  });

  it('keeps a carriage return and a leading line feed as characters of the page', () => {
    const html =
      '\n<html><body><article><p>First line of the story,\r\nwritten on two lines &amp; more.</p>\r\n<p>A second paragraph follows here.</p></article></body></html>';
    const article = normalizeArticle({ id: 'crlf', html });
    expect(readFromHtml(article)).toBe(true);
    const page = toHTML(alignSources([article]));
    const pre = page.slice(page.indexOf('<pre>'), page.indexOf('</pre>'));
    expect(pre).not.toContain('\r');
    expect(pre).toContain('&#13;');
    expect(pre.startsWith('<pre>\n\n')).toBe(true);
    const doc = dom(page);
    expect(doc.querySelector('pre')!.textContent).toBe(`\n${html}`);
    for (const s of article.sentences) {
      expect(doc.getElementById(`src-0-${s.id}`)!.textContent).toBe(html.slice(s.start, s.end));
    }
  });
});
