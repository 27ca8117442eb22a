import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/html/index';
import { decodeJsonString } from '../../src/html/json-ld-body';
import { normalizeArticle } from '../../src/index';
import { checkOffsets } from '../normalize/html-offsets';

// A South China Morning Post opinion page (trafilatura-eval development page scmp.com.playbook.html, copied byte for
// byte into test/fixtures/html): the page renders the column with script. Its visible text is a photo caption, two
// "Opinion" labels and the author's bio; the 702 words of the column are only in its NewsArticle JSON-LD
// `articleBody`.
const page = readFileSync(new URL('../fixtures/html/scmp.com.playbook.html', import.meta.url), 'utf8');
const bodyKey = page.indexOf('"articleBody":"');
const bodyStart = bodyKey + '"articleBody":"'.length;
const scriptStart = page.lastIndexOf('<script', bodyKey);
const scriptEnd = page.indexOf('</script>', bodyKey) + '</script>'.length;
/** The string's closing quote (the column has no escaped quote). */
const bodyEnd = page.indexOf('"', bodyStart);

describe('an article only the page’s JSON-LD holds (articleBody)', () => {
  const article = normalizeArticle({ html: page });

  it('reads the column from the JSON-LD articleBody and says so', () => {
    expect(bodyKey).toBeGreaterThan(0);
    const text = article.paragraphs.map((p) => p.text).join('\n');
    // The column's opening and the three passages trafilatura's annotators keep (its `with` snippets).
    expect(text.startsWith('Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat.')).toBe(true);
    for (const snippet of [
      'almost insulting to Hongkongers',
      'a sign she was working hard for the',
      'using political shrewdness',
    ]) {
      expect(text).toContain(snippet);
    }
    // The visible stub is not read as the story: the author's bio (a `without` snippet) and the caption.
    expect(text).not.toContain('Alice Wu fell down the rabbit hole');
    expect(text).not.toContain('speaks during a televised policy debate');
    expect(article.sentences.length).toBeGreaterThan(30);
    expect(article.diagnostics.map((d) => d.code)).toContain('html-json-ld-body');
    // The page's headline (its <h1>, cut short by the page) and byline are still read from the page.
    expect(article.metadata.title?.text).toBe(
      'Taiwanese President Tsai Ing-wen’s political playbook should be essential reading for Hong Kong leader...',
    );
    expect(article.metadata.bylines.map((b) => b.text)).toEqual(['Alice Wu']);
  });

  it('maps every sentence into the JSON string inside the <script>, which stays removed around it', () => {
    for (const s of article.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(bodyStart);
      expect(s.end).toBeLessThan(scriptEnd);
      expect(page.slice(s.start, s.end)).toBe(s.text);
    }
    checkOffsets(article, page);
    const script = article.removed.filter(
      (r) => r.reason === 'html:script' && r.start >= scriptStart && r.end <= scriptEnd,
    );
    expect(script.map((r) => [r.start, r.end])).toEqual([
      [scriptStart, bodyStart],
      [bodyEnd, scriptEnd],
    ]);
  });

  it('labels the visible stub as superseded in the extraction', () => {
    const x = extractHtml(page);
    const body = x.blocks.filter((b) => b.label === 'body');
    expect(body.map((b) => b.rule)).toEqual(['json-ld:article-body']);
    expect(x.blocks.filter((b) => b.rule === 'json-ld:superseded').map((b) => b.text)).toContain('Opinion');
  });
});

describe('a JSON-LD articleBody beside a page that shows its story', () => {
  it('is not read: the page’s own blocks are the article, with no diagnostic', () => {
    // The ACLU blog page (trafilatura-eval development page aclu.org-grades.html, in test/fixtures/html): its story
    // is on the page (679 words in its body blocks) and again in its JSON-LD articleBody (686 words).
    const aclu = readFileSync(new URL('../fixtures/html/aclu.org-grades.html', import.meta.url), 'utf8');
    expect(aclu).toContain('"articleBody"');
    const x = extractHtml(aclu);
    expect(x.blocks.filter((b) => b.label === 'body').length).toBeGreaterThan(5);
    expect(x.blocks.some((b) => b.rule.startsWith('json-ld:'))).toBe(false);
    const article = normalizeArticle({ html: aclu });
    expect(article.diagnostics.map((d) => d.code)).not.toContain('html-json-ld-body');
    const scripts = x.removed.filter((r) => r.reason === 'html:script');
    for (const p of article.paragraphs) expect(scripts.some((r) => r.start <= p.start && p.end <= r.end)).toBe(false);
  });
});

describe('decodeJsonString', () => {
  it('decodes escapes, references and white space, each character mapped to the JSON it comes from', () => {
    const raw = '  He said \\"no\\" \\u2014 twice.\\n\\nTom &amp; Jerry\\u2019s show\\/film. ';
    const html = `<script>{"articleBody":"${raw}"}</script>`;
    const start = html.indexOf(raw);
    const decoded = decodeJsonString(html, start, start + raw.length);
    expect(decoded?.text).toBe('He said "no" — twice.\n\nTom & Jerry’s show/film.');
    const { text, map } = decoded!;
    // Each character of the text starts where its source starts: itself, or its escape or reference.
    const at = (needle: string): number => text.indexOf(needle);
    expect(html.slice(map.mapStart(0), map.mapEnd(2))).toBe('He');
    expect(html.slice(map.mapStart(at('"no"')), map.mapEnd(at('"no"') + 4))).toBe('\\"no\\"');
    expect(html.slice(map.mapStart(at('—')), map.mapEnd(at('—') + 1))).toBe('\\u2014');
    expect(html.slice(map.mapStart(at('Tom')), map.mapEnd(at('Jerry’s') + 7))).toBe('Tom &amp; Jerry\\u2019s');
    expect(html.slice(map.mapStart(at('show')), map.mapEnd(text.length))).toBe('show\\/film.');
    expect(decoded!.end).toBe(start + raw.length - 1);
  });

  it('refuses what is not a JSON string’s content', () => {
    for (const raw of ['a "quote" inside', 'a bad \\x escape', 'a raw\nline break']) {
      const html = `"${raw}"`;
      expect(decodeJsonString(html, 1, html.length - 1)).toBeUndefined();
    }
  });
});

describe('a JSON-LD articleBody read as the article, for generated strings', () => {
  it('maps every paragraph and sentence onto JSON source that decodes to its text', () => {
    // The seed story's paragraphs (seeds/001, UPI) with generated pieces between them: escapes, references, quotes,
    // slashes, emoji and line breaks, written into the JSON-LD as JSON.stringify writes them, or with every
    // non-ASCII character and `/` escaped as `\uXXXX` and `\/` (as PHP's json_encode writes them).
    const story = readFileSync(new URL('../../seeds/001_2c2638c4483bae25.txt', import.meta.url), 'utf8')
      .split(/\n\s*\n/)
      .filter((p) => p.length > 150);
    const piece = fc.constantFrom(
      ' ',
      '\n',
      '\n\n',
      '"quoted"',
      'Tom &amp; Jerry',
      'it&#8217;s',
      'and/or',
      '\\',
      '—',
      '’',
      '😀',
      'Mr. Kim said.',
      'tab\there',
    );
    const escapeAll = (json: string) =>
      json
        .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/\//g, '\\/');
    fc.assert(
      fc.property(
        fc.array(fc.array(piece, { maxLength: 4 }), { minLength: story.length, maxLength: story.length }),
        fc.boolean(),
        (extras, escaped) => {
          const body = story.map((p, i) => `${p} ${extras[i]!.join('')}`).join('\n\n');
          const literal = JSON.stringify(body);
          const json = escaped ? escapeAll(literal) : literal;
          const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Kim to visit Moscow","articleBody":${json}}</script></head><body><h1>Kim to visit Moscow</h1><p>Opinion</p></body></html>`;
          const article = normalizeArticle({ html });
          expect(article.diagnostics.map((d) => d.code)).toContain('html-json-ld-body');
          expect(article.sentences.length).toBeGreaterThan(3);
          const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
          for (const span of [...article.paragraphs, ...article.sentences]) {
            const source = html.slice(span.start, span.end);
            expect(collapse(decodeHTML(JSON.parse(`"${source}"`) as string))).toBe(collapse(span.text));
          }
          let pos = 0;
          for (const piece of article.layout) {
            expect(piece.start).toBe(pos);
            pos = piece.end;
          }
          expect(pos).toBe(html.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a JSON-LD that holds several stories', () => {
  it('is not read as the article: the page does not say which story it is', () => {
    // Two NewsArticle items, each with the body of a seed story (seeds 001 and 002, UPI and Reuters), on a page that
    // shows a label and a line of its own (a list page, a live blog's posts).
    const body = (file: string) =>
      readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8')
        .split(/\n\s*\n/)
        .filter((p) => p.length > 150)
        .join('\n\n');
    const items = [
      { '@type': 'NewsArticle', headline: 'Kim to visit Moscow', articleBody: body('001_2c2638c4483bae25.txt') },
      { '@type': 'NewsArticle', headline: 'Kim invited to Russia', articleBody: body('002_7110f737bd6dd67c.txt') },
    ];
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(items)}</script></head><body><h1>Latest news</h1><p>Opinion</p><p>Read the stories of the day from our correspondents in Seoul and Moscow.</p></body></html>`;
    const x = extractHtml(html);
    expect(x.metadata.entries.filter((e) => e.key === 'articleBody')).toHaveLength(2);
    const article = normalizeArticle({ html });
    expect(article.diagnostics.map((d) => d.code)).not.toContain('html-json-ld-body');
    expect(x.blocks.some((b) => b.rule.startsWith('json-ld:'))).toBe(false);
  });
});

describe('the visible stub beside a JSON-LD body (found by fuzzing)', () => {
  /** The body paragraphs of seed 001 (UPI), as a NewsArticle JSON-LD script. */
  const seedBody = readFileSync(new URL('../../seeds/001_2c2638c4483bae25.txt', import.meta.url), 'utf8')
    .split(/\n\s*\n/)
    .filter((p) => p.length > 150)
    .join('\n\n');
  const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Kim to visit Moscow', articleBody: seedBody })}</script>`;

  it('is never body: a line the steps do not read as metadata is removed, and paragraphs stay in page order', () => {
    // The byline box of cbsnews.com (trafilatura-eval development page cbsnews.com.carolina.html, its markup), after
    // the script: the text steps do not read it as a byline, and it had been kept as the first paragraph, before the
    // JSON-LD body that stands earlier in the page.
    const html = `<html><head>${jsonLd}</head><body><div class="byline">\n  <span class="source">CBS News</span>\n  <span class="time">February 24, 2020, 7:57 AM</span></div><h1>Kim to visit Moscow</h1></body></html>`;
    const article = normalizeArticle({ html });
    expect(article.diagnostics.map((d) => d.code)).toContain('html-json-ld-body');
    expect(
      article.paragraphs.every((p) => p.start > html.indexOf('"articleBody"') && p.end < html.indexOf('</script>')),
    ).toBe(true);
    const starts = article.sentences.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Each span's source is JSON string content that decodes to its text; the layout tiles the page.
    const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();
    for (const span of [...article.paragraphs, ...article.sentences]) {
      expect(collapse(JSON.parse(`"${html.slice(span.start, span.end)}"`) as string)).toBe(collapse(span.text));
    }
    let pos = 0;
    for (const piece of article.layout) {
      expect(piece.start).toBe(pos);
      expect(piece.end).toBeGreaterThan(pos);
      pos = piece.end;
    }
    expect(pos).toBe(html.length);
    const stub = article.removed.find((r) => r.text.includes('February 24, 2020'));
    expect(stub).toMatchObject({ reason: 'html:boilerplate', rule: 'json-ld:superseded' });
  });

  it('is read from the page’s blocks when the script stands inside a block’s text', () => {
    // The script among the inline text of one block: the body would lie inside that block's range.
    const html = `<html><body><div>Opinion ${jsonLd} Read more</div><h1>Kim to visit Moscow</h1></body></html>`;
    const article = normalizeArticle({ html });
    expect(article.diagnostics.map((d) => d.code)).not.toContain('html-json-ld-body');
    checkOffsets(article, html);
    for (const piece of article.layout) expect(piece.end).toBeGreaterThan(piece.start);
  });
});
