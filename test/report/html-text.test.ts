// The text the reports print for sources read from HTML (real pages, test/fixtures/html): decoded text everywhere
// (columns, removed text, story view, Markdown), never the page's markup or references, and change marks on exactly
// the words that differ.
import { type Article, alignSources, type Comparison, normalizeArticle } from 'copydesk';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/escape';
import { changesByMember, linkChanges } from '../../src/report/extras';
import { readFromHtml } from '../../src/report/page-source';
import { placeInShown, shownText, sourceTexts } from '../../src/report/readable';
import { toHTML } from '../../src/report/to-html';
import { toMarkdown } from '../../src/report/to-markdown';
import { editedPages, htmlPages, mixedComparison } from './html-pages';
import { seedFiles } from './seeds';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & {};

const dom = (page: string): Doc => parseHTML(page).document;
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Markup of a page printed as text: a tag, a comment, a doctype. */
const TAG_TEXT = /<\/?[A-Za-z][^<>]*>|<!--|<!doctype/i;
/** A character reference left undecoded (`&#8217;`, `&hellip;`, `&amp;`). */
const ENTITY_TEXT = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** The text of `el` without the descendants matching `drop`. */
function textWithout(el: El, drop: string): string {
  const copy = el.cloneNode(true) as El;
  for (const d of copy.querySelectorAll(drop)) d.remove();
  return copy.textContent ?? '';
}

/** The pieces of sentence `id` in column `column` (one for a decoded sentence), their text without the group id. */
function sentenceText(doc: Doc, column: number, id: string): string {
  const pieces = [...doc.querySelectorAll(`section.column [data-key="c${column}-${id}"]`)];
  expect(pieces.length, `c${column}-${id}`).toBeGreaterThan(0);
  return pieces.map((p) => textWithout(p, '.gid')).join('');
}

/** The report's HTML without the page-source sections (the only place the pages' HTML may appear, as text). */
function withoutPageSource(page: string): string {
  return page.replace(/\n<section class="panel page-sources">[\s\S]*?<\/section>/, '');
}

const htmlColumns = (comparison: Comparison): [number, Article][] =>
  comparison.articles.flatMap((a, i) => (readFromHtml(a) ? [[i, a] as [number, Article]] : []));

/** Every check of the columns of HTML sources, on one comparison. */
function checkColumns(name: string, comparison: Comparison): void {
  describe(`columns of HTML sources: ${name}`, () => {
    const page = toHTML(comparison, { showRemoved: true });
    const doc = dom(page);
    const columns = [...doc.querySelectorAll('main.columns section.column')];
    // Each column as the report wrote it (a parser would write its text back with other escapes).
    const written = page
      .split('<section class="column"')
      .slice(1)
      .map((c) => c.slice(0, c.indexOf('</section>')));
    const pages = htmlColumns(comparison);

    it('has real pages whose sentences cross markup and references', () => {
      expect(pages.length).toBeGreaterThanOrEqual(2);
      const raw = pages.flatMap(([, a]) => a.sentences.map((s) => a.original.slice(s.start, s.end)));
      expect(raw.some((r) => r.includes('<'))).toBe(true);
      expect(raw.some((r) => r.includes('&#8217;'))).toBe(true);
    });

    it('prints no markup and no undecoded reference of a page outside its page-source section', () => {
      for (const [index] of pages) {
        const column = columns[index]!;
        // With removed text shown and hidden alike: the text of the whole column, header to last block.
        const text = column.textContent ?? '';
        expect(text, `column ${index}`).not.toMatch(TAG_TEXT);
        expect(text, `column ${index}`).not.toMatch(ENTITY_TEXT);
        // And escaped, in the page: markup or a reference of the page would be `&lt;p` or `&amp;#8217;`.
        expect(written[index]).not.toMatch(/&lt;\/?[a-z!]/i);
        expect(written[index]).not.toMatch(/&amp;(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i);
      }
      const rest = withoutPageSource(page);
      expect(rest).not.toContain('&amp;#8217;');
      expect(rest).not.toContain('&amp;amp;');
      expect(rest).not.toContain('&amp;hellip;');
      expect(rest).not.toMatch(/&lt;(?:a|p|span|div|script|\/a|\/p|\/span|\/div|!--)\b/);
    });

    it("prints each sentence's decoded text, escaped, once in its column", () => {
      let plain = 0;
      for (const [index, article] of pages) {
        const column = columns[index]!;
        for (const s of article.sentences) {
          expect(sentenceText(doc, index, s.id), `${article.id} ${s.id}`).toBe(s.text);
          // A sentence without change marks is its text, escaped, in one element.
          const piece = column.querySelector(`[data-key="c${index}-${s.id}"]`)!;
          if (piece.querySelector('mark') === null) {
            expect(written[index]).toContain(`>${escapeHtml(s.text)}<`);
            plain++;
          }
        }
      }
      expect(plain).toBeGreaterThan(20);
    });

    it('reads, with removed text hidden, as the sentences in order: nothing between them but spaces and breaks', () => {
      for (const [index, article] of pages) {
        const blocks = [...columns[index]!.querySelectorAll('.text > p:not(.removed)')];
        const shown = blocks.map((p) => textWithout(p, '.removed, .gid, .src-link')).join(' ');
        expect(words(shown), article.id).toEqual(words(article.sentences.map((s) => s.text).join(' ')));
        // One block per paragraph of the body.
        expect(blocks).toHaveLength(article.paragraphs.length);
      }
    });

    it('shows removed text as its decoded text with its reason, and markup without text as one line of counts', () => {
      for (const [index, article] of pages) {
        const spans = [...columns[index]!.querySelectorAll('span.removed')];
        const withText = article.removed.filter((r) => r.text.trim() !== '');
        const markup = article.removed.filter((r) => r.text.trim() === '');
        expect(withText.length).toBeGreaterThan(5);
        expect(markup.length).toBeGreaterThan(20);
        const shown = spans.filter((s) => s.getAttribute('data-reason') !== 'markup');
        expect(shown.map((s) => s.getAttribute('data-reason'))).toEqual(withText.map((r) => r.reason));
        shown.forEach((span, k) => {
          expect(span.querySelector('.reason')!.textContent).toBe(withText[k]!.reason);
          expect(textWithout(span, '.reason')).toBe(withText[k]!.text);
        });
        const line = spans.filter((s) => s.getAttribute('data-reason') === 'markup');
        expect(line).toHaveLength(1);
        expect(line[0]!.textContent).toContain(`${markup.length} elements with no text, not shown: `);
        const counts = new Map<string, number>();
        for (const r of markup) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
        for (const [reason, n] of counts) expect(line[0]!.textContent).toContain(n > 1 ? `${reason} ×${n}` : reason);
      }
    });

    it('leaves the plain-text columns as they were: their sentences are their original ranges', () => {
      comparison.articles.forEach((article, index) => {
        if (readFromHtml(article)) return;
        for (const s of article.sentences) {
          expect(sentenceText(doc, index, s.id)).toBe(article.original.slice(s.start, s.end));
        }
      });
    });
  });
}

checkColumns('four real pages, two of them edited copies', alignSources(editedPages()));
checkColumns('two real pages and two plain texts', mixedComparison());

/** The change marks of a page: each `<mark class="chg">` with the text of its sentence before it. */
function marksIn(doc: Doc, column: number, sentence: string): { text: string; before: string }[] {
  const piece = doc.querySelector(`main.columns [data-key="c${column}-${sentence}"]`);
  if (piece === null) return [];
  return [...piece.querySelectorAll('mark.chg')].map((mark) => {
    let before = '';
    for (const node of piece.childNodes) {
      if (node === mark) break;
      before += node.textContent ?? '';
    }
    return { text: mark.textContent ?? '', before };
  });
}

describe('change marks on decoded text (a real page and a copy with one number changed)', () => {
  const comparison = alignSources(editedPages());
  const doc = dom(toHTML(comparison));
  const byId = new Map(comparison.articles.map((a, i) => [a.id, [i, a] as const]));
  const sentenceWith = (id: string, words: string) => byId.get(id)![1].sentences.find((s) => s.text.includes(words))!;

  it('marks the date whose number changed, at its place in the decoded sentence', () => {
    for (const [id, date] of [
      ['bb', 'April 13, 2019'],
      ['bb-edited', 'April 15, 2019'],
    ] as const) {
      const [column, article] = byId.get(id)!;
      const s = sentenceWith(id, date);
      // The HTML of the sentence has a reference before the date: HTML offsets are not the text's.
      expect(article.original.slice(s.start, s.end)).toContain('they&#8217;ve');
      expect(s.text).toContain('they’ve');
      expect(marksIn(doc, column, s.id)).toEqual([{ text: date, before: s.text.slice(0, s.text.indexOf(date)) }]);
    }
  });

  it('marks a changed word inside a link of the page', () => {
    for (const [id, word] of [
      ['aclu', 'landmark'],
      ['aclu-edited', 'historic'],
    ] as const) {
      const [column, article] = byId.get(id)!;
      const s = sentenceWith(id, `${word} settlement`);
      expect(article.original.slice(s.start, s.end)).toContain(`>${word} settlement</a>`);
      expect(marksIn(doc, column, s.id)).toEqual([{ text: word, before: 'Today, we filed a ' }]);
    }
  });

  it('marks nothing else: every other sentence is the same in both copies', () => {
    const marked = [...doc.querySelectorAll('main.columns mark.chg')].map((m) => m.textContent);
    expect(marked.sort()).toEqual(['April 13, 2019', 'April 15, 2019', 'historic', 'landmark']);
  });

  it('marks the same words in the Markdown report, in decoded text', () => {
    const lines = toMarkdown(comparison).split('\n');
    const line = (id: string, sentence: string) =>
      lines.find((l) => l.startsWith(`- **Boing Boing (${id})** ${sentence}:`));
    const s = sentenceWith('bb-edited', 'April 15, 2019');
    const edited = line('bb-edited', s.id)!;
    expect(edited).toContain(
      'now they’ve included both Patti Smith and Stewart Copeland to play along: On **April 15, 2019**, Patti',
    );
    expect(line('bb', sentenceWith('bb', 'April 13').id)).toContain('On **April 13, 2019**, Patti');
    expect(lines).toContain('  - substantive date against Boing Boing (bb-edited): April 13, 2019 → April 15, 2019');
    const aclu = lines.find((l) =>
      l.startsWith(`- **American Civil Liberties Union (aclu-edited)** ${sentenceWith('aclu-edited', 'historic').id}:`),
    )!;
    expect(aclu).toContain('Today, we filed a **historic** settlement with the federal district court');
    for (const l of lines) {
      // Markdown writes `&` as `&amp;` and `<` as `\<`: a reference of the page would be `&amp;#8217;`, a tag `\<a`.
      expect(l).not.toMatch(/&amp;(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i);
      expect(l).not.toMatch(/\\<\/?[a-z]/i);
    }
  });
});

describe('change marks in the story view (the edited pages and the five seeds: nine sources)', () => {
  const comparison = alignSources([...editedPages(), ...seedFiles]);
  const page = toHTML(comparison);
  const doc = dom(page);

  it('shows each wording of an HTML source as decoded text, changed words marked', () => {
    expect(doc.querySelector('main.story')).not.toBeNull();
    const texts = sourceTexts(comparison.articles);
    let checked = 0;
    for (const group of comparison.groups) {
      const section = doc.getElementById(group.id)!;
      const shown = [...section.querySelectorAll('.wordings .sent')].map((el) => el.textContent ?? '');
      for (const m of group.members) {
        if (!texts.get(m.source)!.decoded) continue;
        expect(shown, `${group.id} ${m.source}`).toContain(m.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const story = doc.querySelector('main.story')!;
    expect(story.textContent).not.toMatch(TAG_TEXT);
    expect(story.textContent).not.toMatch(ENTITY_TEXT);
    const marks = [...story.querySelectorAll('mark.chg')].map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(['April 13, 2019', 'April 15, 2019', 'landmark', 'historic']));
  });
});

describe('placing change spans on decoded text', () => {
  const comparisons = {
    edited: alignSources(editedPages()),
    mixed: mixedComparison(),
    story: alignSources([...editedPages(), ...seedFiles]),
  };

  it('places every change side of an HTML sentence on real pages: none falls back to no mark', () => {
    for (const [name, comparison] of Object.entries(comparisons)) {
      const texts = sourceTexts(comparison.articles);
      let sides = 0;
      let placed = 0;
      for (const group of comparison.groups) {
        const byMember = changesByMember(group, texts);
        for (const link of group.links) {
          for (const change of linkChanges(link)) {
            for (const [side, index] of [
              [change.a, link.a],
              [change.b, link.b],
            ] as const) {
              const member = group.members[index]!;
              if (side === null || side.end <= side.start || !texts.get(member.source)!.decoded) continue;
              sides++;
              const found = (byMember.get(index) ?? []).filter((c) => c.type === change.type);
              const shown = shownText(texts.get(member.source), member);
              if (found.some((c) => shown.text.slice(c.start, c.end) === side.text)) placed++;
            }
          }
        }
      }
      // mixed: the quoting edit of a Boing Boing sentence (its text-only copy of the ACLU page is identical: no change).
      expect(sides, name).toBeGreaterThanOrEqual(name === 'mixed' ? 1 : 4);
      expect(placed, name).toBe(sides);
    }
  });

  it('maps HTML offsets to the decoded text through tags and references, and refuses what does not map exactly', () => {
    const html = '<article><p>They&#8217;ve <b>now</b> paid &amp; left on April 13, 2019, at last.</p></article>';
    const article = normalizeArticle({ id: 'p', html });
    const s = article.sentences[0]!;
    expect(s.text).toBe('They’ve now paid & left on April 13, 2019, at last.');
    const source = { original: html, decoded: true };
    const at = (text: string) => ({ text, start: html.indexOf(text), end: html.indexOf(text) + text.length });
    const span = (start: number, end: number) => ({ start, end });
    expect(placeInShown(source, s, at('now'))).toEqual(span(8, 11));
    expect(placeInShown(source, s, at('13'))).toEqual(span(33, 35));
    expect(placeInShown(source, s, { text: '&', ...span(html.indexOf('&amp;'), html.indexOf('&amp;') + 5) })).toEqual(
      span(17, 18),
    );
    // The span's own text decides: a span of the HTML whose text is not the decoded text there is not placed.
    expect(placeInShown(source, s, { ...at('13'), text: '14' })).toBeUndefined();
    // Half a reference, a span off by one, a span outside the sentence: not placed.
    const ref = html.indexOf('&#8217;');
    expect(placeInShown(source, s, { text: '’', start: ref + 2, end: ref + 7 })).toBeUndefined();
    expect(placeInShown(source, s, { ...at('13'), start: at('13').start - 1 })).toBeUndefined();
    expect(placeInShown(source, s, { text: 'article', start: 1, end: 8 })).toBeUndefined();
    // Plain text: the same offsets, when the original holds the text there.
    const plain = { original: 'On April 13, 2019.', decoded: false };
    const within = { text: plain.original, start: 0, end: plain.original.length };
    expect(placeInShown(plain, within, { text: '13', start: 9, end: 11 })).toEqual(span(9, 11));
    expect(placeInShown(plain, within, { text: '14', start: 9, end: 11 })).toBeUndefined();
  });

  it('draws no mark, and still the decoded sentence, when a change span does not map', () => {
    const comparison = alignSources(editedPages());
    const groups = comparison.groups.map((g) => ({
      ...g,
      links: g.links.map((l) => ({
        ...l,
        changes: (l.changes ?? []).map((c) => ({
          ...c,
          a: c.a && { ...c.a, start: c.a.start + 1 },
          b: c.b && { ...c.b, end: c.b.end - 1 },
        })),
      })),
    }));
    const doc = dom(toHTML({ ...comparison, groups }));
    expect(doc.querySelectorAll('mark.chg')).toHaveLength(0);
    for (const s of comparison.articles[1]!.sentences) expect(sentenceText(doc, 1, s.id)).toBe(s.text);
  });
});

describe('the quotes table and the unique sentences of HTML sources', () => {
  it('print decoded text', () => {
    const pages = htmlPages();
    const comparison = mixedComparison();
    const doc = dom(toHTML(comparison));
    const cells = [...doc.querySelectorAll('section.panel td')].map((td) => td.textContent ?? '');
    expect(cells.some((c) => c.includes('get off my lawn'))).toBe(true);
    for (const c of cells) {
      expect(c).not.toMatch(TAG_TEXT);
      expect(c).not.toMatch(ENTITY_TEXT);
    }
    expect(pages.boingboing).toContain('&#8217;');
  });
});
