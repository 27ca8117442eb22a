// Opens the HTML report in a real browser: Debian's chromium driven by playwright-core.
// Skips (with a message) when /usr/bin/chromium is absent, except in CI (CI=true), where it fails.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/bench/lib/story';
import type { Provenance } from '../../src/core/provenance';
import type { Comparison } from '../../src/core/types';
import { alignSources } from '../../src/index';
import { toHTML } from '../../src/report/to-html';
import { editedPages, mixedComparison } from '../report/html-pages';
import { hostileComparison, seedComparison } from '../report/seeds';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCI = process.env['CI'] === 'true';
// The README's screenshot is rewritten only by `npm run screenshots`; `npm test` writes it to a temporary folder,
// so running the tests leaves the tracked tree unchanged.
const screenshot =
  process.env['COPYDESK_SCREENSHOTS'] === '1'
    ? fileURLToPath(new URL('../../docs/report-screenshot.png', import.meta.url))
    : join(mkdtempSync(join(tmpdir(), 'copydesk-screenshot-')), 'report-screenshot.png');
/** Where a screenshot named `name` goes: beside the README's under `npm run screenshots`, else a temporary folder. */
const shotPath = (name: string) => join(dirname(screenshot), name);

if (!available && !inCI) {
  console.warn(
    `test/browser: skipped, ${CHROMIUM} not found (install it with: apt-get update && apt-get install -y chromium).`,
  );
}

describe.runIf(!available && inCI)('browser test in CI', () => {
  it('needs chromium', () => {
    expect.fail(`${CHROMIUM} is missing in CI: .ci/run must install chromium before npm test.`);
  });
});

describe.runIf(available)('HTML report in chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-browser-'));
  let context: BrowserContext;
  const errors: string[] = [];
  const dialogs: string[] = [];

  async function open(html: string, name: string): Promise<Page> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // A Content-Security-Policy violation is logged to the console: the page's own script and style must never cause one.
    page.on('console', (m) => {
      if (m.type() === 'error' && !name.startsWith('injected')) errors.push(`${name}: ${m.text()}`);
    });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(join(dir, 'profile'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1500, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Any request that leaves file:// would mean the report is not self-contained.
    await context.route(/^(?!file:)/, (route) => {
      errors.push(`network request: ${route.request().url()}`);
      return route.abort();
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('clicking a sentence highlights its counterparts in the other columns', async () => {
    const comparison = seedComparison();
    const page = await open(toHTML(comparison), 'seeds.html');
    // The group with the most sources; click its first member.
    const group = [...comparison.groups].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    const first = group.members[0]!;
    const column = comparison.articles.findIndex((a) => a.id === first.source);
    const expected = group.members
      .filter((m) => m.source !== first.source || m.sentence !== first.sentence)
      .map((m) => `c${comparison.articles.findIndex((a) => a.id === m.source)}-${m.sentence}`)
      .sort();

    await page.locator(`[data-key="c${column}-${first.sentence}"][tabindex]`).click();
    const selected = await page
      .locator('.sent.is-selected')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    const linked = await page
      .locator('.sent.is-linked')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-key')))]);
    expect(new Set(selected)).toEqual(new Set([`c${column}-${first.sentence}`]));
    expect(linked.sort()).toEqual(expected);
    // Counterparts are in other columns and visibly marked (an outline drawn by box-shadow).
    const shadow = await page.evaluate<string>("getComputedStyle(document.querySelector('.sent.is-linked')).boxShadow");
    expect(shadow).not.toBe('none');
    await expect.poll(() => page.locator('#status').textContent()).toContain(`Group ${group.id}`);
    // The status line counts the counterparts in the other columns only (not the clicked sentence's own column).
    const statusOf = (member: { source: string }) => {
      const others = group.members.filter((m) => m.source !== member.source);
      const columns = new Set(others.map((m) => m.source)).size;
      return `${others.length} counterpart sentence${others.length === 1 ? '' : 's'} in ${columns} other column${columns === 1 ? '' : 's'}`;
    };
    expect(await page.locator('#status').textContent()).toContain(statusOf(first));
    await page.screenshot({ path: screenshot });
    // A sentence split in its own source (two members in one column): the other half is outlined, not counted.
    const split = group.members.find((m) => group.members.some((o) => o !== m && o.source === m.source));
    if (split !== undefined) {
      const at = comparison.articles.findIndex((a) => a.id === split.source);
      await page.locator(`[data-key="c${at}-${split.sentence}"][tabindex]`).click();
      await expect.poll(() => page.locator('#status').textContent()).toContain(statusOf(split));
      await page.locator(`[data-key="c${at}-${split.sentence}"][tabindex]`).click();
    }
    await page.locator(`[data-key="c${column}-${first.sentence}"][tabindex]`).click();

    // Clicking again clears; Escape clears too.
    await page.locator(`[data-key="c${column}-${first.sentence}"][tabindex]`).click();
    expect(await page.locator('.sent.is-linked').count()).toBe(0);
    await page.close();
  });

  it('works from the keyboard: Tab to a sentence, Enter or Space selects, focus is visible', async () => {
    const comparison = seedComparison();
    const page = await open(toHTML(comparison), 'keyboard.html');
    await page.locator('#show-removed').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<string | null>("document.activeElement.getAttribute('data-key')");
    expect(focused).toMatch(/^c\d+-s\d+$/);
    const outline = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.locator('.sent.is-linked').count()).toBeGreaterThan(0);
    expect(await page.evaluate<string | null>("document.activeElement.getAttribute('aria-pressed')")).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.locator('.sent.is-linked').count()).toBe(0);
    await page.keyboard.press(' ');
    expect(await page.locator('.sent.is-linked').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('the checkbox shows and hides removed text with its reason', async () => {
    const page = await open(toHTML(seedComparison()), 'removed.html');
    const removed = page.locator('span.removed[data-reason="boilerplate:donation"]').first();
    expect(await removed.isVisible()).toBe(false);
    await page.locator('#show-removed').check();
    expect(await removed.isVisible()).toBe(true);
    expect(await removed.locator('.reason').textContent()).toBe('boilerplate:donation');
    await page.locator('#show-removed').uncheck();
    expect(await removed.isVisible()).toBe(false);
    await page.close();
  });

  it('runs no script from hostile input (XSS)', async () => {
    const comparison = hostileComparison();
    const page = await open(toHTML(comparison), 'hostile.html');
    // Interact with everything: hover and click every sentence, show removed text.
    await page.locator('#show-removed').check();
    for (const el of await page.locator('.sent').all()) {
      await el.hover();
      await el.click();
    }
    expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The provenance graph is the only SVG, and its labels are text.
    expect(await page.locator('img, iframe, object, svg:not(.graph), svg.graph *[onload]').count()).toBe(0);
    expect(await page.locator('svg.graph').count()).toBe(1);
    expect(await page.locator('script').count()).toBe(1);
    // The markup is on the page as text.
    expect(await page.locator('body').textContent()).toContain('<script>window.__pwned = "script"</script>');
    // The javascript: URL is text, not a link.
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await page.close();
  });

  it('runs its own script under its Content-Security-Policy, and nothing injected past the escaping', async () => {
    // As if a bug let markup through: an inline script, an event handler, a javascript: link and a stylesheet.
    const injected = [
      '<script>window.__pwned = "inline script"</script>',
      '<button id="handler" onclick="window.__pwned = \'handler\'">x</button>',
      '<a id="js-link" href="javascript:void(window.__pwned=\'link\')">y</a>',
      '<style>body { background: rgb(1, 2, 3) !important; }</style>',
      '<p id="styled" style="color: rgb(4, 5, 6)">z</p>',
    ].join('\n');
    const report = toHTML(seedComparison());
    const page = await open(report.replace('</main>', `</main>\n${injected}`), 'injected.html');
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
    await page.locator('#handler').click();
    expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
    await page.locator('#js-link').click();
    expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
    expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).not.toBe('rgb(1, 2, 3)');
    expect(await page.evaluate<string>("getComputedStyle(document.getElementById('styled')).color")).not.toBe(
      'rgb(4, 5, 6)',
    );
    // The page's own stylesheet applies and its own script still works.
    expect(
      await page.evaluate<string>("getComputedStyle(document.querySelector('header.top')).borderBottomStyle"),
    ).toBe('solid');
    await page.locator('.sent[data-group][tabindex]').first().click();
    expect(await page.locator('.sent.is-selected').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#status').textContent()).toContain('Group ');
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.close();
  });

  it('on a 420 px screen the columns stack and nothing scrolls inside the scrolling page', async () => {
    const page = await open(toHTML(seedComparison()), 'narrow.html');
    await page.setViewportSize({ width: 420, height: 800 });
    const inner = await page.evaluate<Array<{ x: number; y: number }>>(
      `[...document.querySelectorAll('main.columns, .column .text')].map((e) => ({ x: e.scrollWidth - e.clientWidth, y: e.scrollHeight - e.clientHeight }))`,
    );
    const pageOverflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    const lefts = await page.evaluate<number[]>(
      `[...document.querySelectorAll('.column')].map((c) => Math.round(c.getBoundingClientRect().left))`,
    );
    await page.close();
    expect(inner.length).toBeGreaterThan(1);
    for (const o of inner) expect(o).toEqual({ x: 0, y: 0 });
    expect(pageOverflow).toBeLessThanOrEqual(0);
    // Stacked: every column starts at the same left edge.
    expect(new Set(lefts).size).toBe(1);
  });

  // Many sources: the provenance graph wraps its nodes into rows, so at a 1,400 px window every label stays
  // readable (at least 11 px tall) and inside the drawing (nothing clipped).
  async function checkGraph(comparison: Comparison, provenance: Provenance | undefined, name: string): Promise<number> {
    const page = await open(toHTML(comparison, provenance ? { provenance } : {}), name);
    await page.setViewportSize({ width: 1400, height: 900 });
    const boxes = await page.evaluate<
      Array<{ height: number; inside: boolean }>
    >(`[...document.querySelectorAll('svg.graph text')].map((t) => {
      const box = t.getBoundingClientRect();
      const svg = t.ownerSVGElement.getBoundingClientRect();
      return { height: box.height, inside: box.left >= svg.left - 0.5 && box.right <= svg.right + 0.5 && box.top >= svg.top - 0.5 && box.bottom <= svg.bottom + 0.5 };
    })`);
    const paths = await page.evaluate<
      Array<{ inside: boolean }>
    >(`[...document.querySelectorAll('svg.graph path[class^="edge-"]')].map((p) => {
      const box = p.getBoundingClientRect();
      const svg = p.ownerSVGElement.getBoundingClientRect();
      return { inside: box.top >= svg.top - 1 && box.bottom <= svg.bottom + 1 && box.left >= svg.left - 1 && box.right <= svg.right + 1 };
    })`);
    // Above six sources: the story view (one row per group) and the matrix of shared text, one row per source.
    const groups = await page.locator('.story-group').count();
    const matrixRows = await page.locator('table.matrix tbody tr').count();
    const columns = await page.locator('main.columns').count();
    await page.screenshot({ path: shotPath(`report-${name.replace('.html', '.png')}`), fullPage: false });
    await page.close();
    expect(columns).toBe(0);
    expect(groups).toBe(comparison.groups.length);
    expect(matrixRows).toBe(comparison.sources.length);
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.height).toBeGreaterThanOrEqual(11);
      expect(b.inside).toBe(true);
    }
    for (const p of paths) expect(p.inside).toBe(true);
    return boxes.length;
  }

  it('draws a legible provenance graph for 30 sources (a generated story, provenance traced)', async () => {
    const { texts } = generateStory({ sources: 30, sentencesPerSource: 10, dataDir: join(dir, 'no-data') });
    const comparison = alignSources(
      texts.map((text, i) => ({ id: `outlet-${String(i + 1).padStart(2, '0')}`, text })),
      { provenance: true },
    );
    expect(await checkGraph(comparison, undefined, 'graph-30.html')).toBeGreaterThanOrEqual(30);
  }, 120_000);

  it('draws a legible provenance graph for 100 sources (every one carrying a wire copy, some taking from others)', async () => {
    const { texts } = generateStory({ sources: 100, sentencesPerSource: 6, dataDir: join(dir, 'no-data') });
    const comparison = alignSources(texts.map((text, i) => ({ id: `outlet-${String(i + 1).padStart(3, '0')}`, text })));
    const ids = comparison.sources.map((s) => s.id);
    // A provenance of the shape a wire story gives: every outlet carries Reuters' copy; every tenth takes from the next.
    const provenance: Provenance = {
      kind: 'provenance',
      sources: ids.map((id) => ({ source: id, evidence: [], citations: [] })),
      reuse: [],
      directions: [],
      graph: {
        nodes: [
          ...ids.map((id) => ({ id: `src:${id}`, kind: 'source' as const, label: id })),
          { id: 'agency:Reuters', kind: 'agency', label: 'Reuters', agencyKind: 'wire' },
        ],
        edges: [
          ...ids.map((id) => ({
            from: `src:${id}`,
            to: 'agency:Reuters',
            kind: 'derived-from' as const,
            confidence: 0.9,
            reasons: ['credit line'],
          })),
          ...ids
            .filter((_, k) => k % 10 === 0 && k + 1 < ids.length)
            .map((id, k) => ({
              from: `src:${ids[k * 10 + 1]!}`,
              to: `src:${id}`,
              kind: 'derived-from' as const,
              share: 0.8,
              class: 'wholly-derived' as const,
              confidence: 0.7,
              reasons: [],
            })),
        ],
      },
      diagnostics: [],
    };
    expect(await checkGraph(comparison, provenance, 'graph-100.html')).toBeGreaterThanOrEqual(100);
  }, 120_000);

  it('the page-source link of a sentence opens the closed page and highlights the exact range', async () => {
    const comparison = mixedComparison();
    const page = await open(toHTML(comparison), 'page-source.html');
    const article = comparison.articles[1]!;
    const opened = (p: Page) =>
      p.locator('details.page-source').evaluateAll((ds) => ds.map((d) => d.hasAttribute('open')));
    // In the browser, as parsed (CR LF kept through &#13;, the line feed after <pre> dropped): the whole page, and
    // each mark exactly the sentence's range.
    const pres = await page.locator('details.page-source pre').evaluateAll((ps) => ps.map((p) => p.textContent));
    expect(pres).toEqual([comparison.articles[0]!.original, article.original]);
    const marks = new Map(
      await page.locator('mark.src-sent').evaluateAll((ms) => ms.map((m) => [m.getAttribute('id'), m.textContent])),
    );
    for (const [i, a] of comparison.articles.slice(0, 2).entries()) {
      for (const s of a.sentences) expect(marks.get(`src-${i}-${s.id}`)).toBe(a.original.slice(s.start, s.end));
    }
    expect(marks.size).toBe(comparison.articles[0]!.sentences.length + article.sentences.length);

    // The page's own script opens the section on the click, before the browser follows the link (Chromium would
    // open it by itself on following: here following is cancelled, so only the script can have opened it).
    await page.evaluate("document.addEventListener('click', (e) => e.preventDefault(), { capture: true, once: true })");
    await page.locator('main.columns a.src-link[href="#src-0-s2"]').click();
    expect(await page.evaluate<string>('location.hash')).toBe('');
    expect(await opened(page)).toEqual([true, false]);
    await page.evaluate("document.querySelector('details.page-source').open = false");

    const sentence = article.sentences.find((s) => article.original.slice(s.start, s.end).includes('<'))!;
    const id = `src-1-${sentence.id}`;
    expect(await opened(page)).toEqual([false, false]);
    await page.locator(`main.columns a.src-link[href="#${id}"]`).click();
    await expect.poll(() => page.evaluate<string>('location.hash')).toBe(`#${id}`);
    expect(await opened(page)).toEqual([false, true]);
    expect(await page.evaluate<string | undefined>("document.querySelector(':target')?.id")).toBe(id);
    const state = await page.evaluate<{ background: string; other: string; visible: boolean }>(`(() => {
      const mark = document.getElementById(${JSON.stringify(id)});
      const box = mark.getBoundingClientRect();
      return {
        background: getComputedStyle(mark).backgroundColor,
        other: getComputedStyle(document.querySelector('mark.src-sent:not(:target)')).backgroundColor,
        visible: box.height > 0 && box.top < window.innerHeight && box.bottom > 0,
      };
    })()`);
    expect(state.background).not.toBe(state.other);
    expect(state.visible).toBe(true);
    // Clicking the link did not select the sentence's group (the link is outside the clickable sentence).
    expect(await page.locator('.sent.is-selected').count()).toBe(0);
    await page.close();

    // Opened with the fragment in its address, the section holding the target is open.
    const direct = await context.newPage();
    direct.on('pageerror', (e) => errors.push(e.message));
    await direct.goto(`${pathToFileURL(join(dir, 'page-source.html')).href}#src-0-s3`);
    await expect.poll(() => opened(direct)).toEqual([true, false]);
    expect(await direct.evaluate<string | undefined>("document.querySelector(':target')?.id")).toBe('src-0-s3');
    await direct.close();
  });

  it('shows the columns of HTML pages as readable text: sentences decoded, no markup, removed text decoded', async () => {
    const comparison = alignSources(editedPages());
    const page = await open(toHTML(comparison), 'html-columns.html');
    // What a reader sees: innerText leaves out what the page's CSS hides (removed text, until the box is checked).
    const seen = () => page.locator('main.columns section.column .text').allInnerTexts();
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    // Removed text hidden, and the group ids and page-source links beside the sentences taken out: each column reads
    // as its sentences, with nothing of the page's markup or references between them.
    await page.evaluate(
      "document.querySelectorAll('main.columns .gid, main.columns .src-link').forEach((e) => e.remove())",
    );
    const hidden = await seen();
    comparison.articles.forEach((article, i) => {
      const text = hidden[i]!;
      expect(text).not.toMatch(/<\/?[a-z!]/i);
      expect(text).not.toMatch(/&(?:#\d+|[a-z]+);/i);
      expect(words(text), article.id).toEqual(words(article.sentences.map((s) => s.text).join(' ')));
    });
    expect(hidden[1]).toContain(
      'now they’ve included both Patti Smith and Stewart Copeland to play along: On April 15, 2019',
    );
    // The changed date is marked, and only it, in the edited copy's sentence.
    expect(await page.locator('main.columns section.column').nth(1).locator('mark.chg').allInnerTexts()).toEqual([
      'April 15, 2019',
    ]);
    // Removed text shown: decoded, with its reason; the page's markup without text as one line of counts.
    await page.locator('#show-removed').check();
    const shown = await seen();
    expect(shown[0]).toContain('Follow Us');
    expect(shown[0]).toMatch(/markup\s*92 elements with no text, not shown: html:doctype, html:title, html:script ×41/);
    for (const text of shown) {
      expect(text).not.toMatch(/<\/?[a-z!]/i);
      expect(text).not.toMatch(/&(?:#\d+|[a-z]+);/i);
    }
    await page.close();
  });

  it('made no network request and threw no error', () => {
    expect(errors).toEqual([]);
  });
});
