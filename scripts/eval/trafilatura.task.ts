/**
 * Boilerplate removal on trafilatura's evaluation pages (English subset):
 * snippets that must be kept and snippets that must be dropped.
 *
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/core/types';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { htmlToText } from './html-to-text';
import { readTextFile } from './lib/read-text';
import { removalAt } from './lib/removal';
import { fixed3, keptText, prf } from './lib/scores';
import { forMatch } from './lib/snippets';
import { markdownTable, percent } from './lib/table';
import type { EvalTask, MetricRow } from './types';

interface Entry {
  readonly file: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
}

interface Tally {
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
}

interface PageResult {
  readonly url: string;
  readonly file: string;
  readonly missed: readonly string[];
  readonly leaked: readonly string[];
  /** For each missed snippet: the removal rule that took it, or why none is named. */
  readonly missedBy: readonly string[];
  readonly error?: string;
}

function tally(text: string, entry: Entry, into: Tally): { missed: string[]; leaked: string[] } {
  const haystack = forMatch(text);
  const missed: string[] = [];
  const leaked: string[] = [];
  for (const snippet of entry.with) {
    into.withTotal++;
    if (haystack.includes(forMatch(snippet))) into.withFound++;
    else missed.push(snippet);
  }
  for (const snippet of entry.without) {
    into.withoutTotal++;
    if (haystack.includes(forMatch(snippet))) leaked.push(snippet);
    else into.withoutAbsent++;
  }
  return { missed, leaked };
}

function emptyTally(): Tally {
  return { withFound: 0, withTotal: 0, withoutAbsent: 0, withoutTotal: 0 };
}

function clip(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** The trafilatura evaluation. */
export const task: EvalTask = {
  name: 'trafilatura',
  async run(ctx) {
    const dir = join(ctx.dataDir, 'trafilatura-eval');
    const title = 'Boilerplate removal: trafilatura evaluation pages (English)';
    const listPath = join(dir, 'evaldata_english_subset.json');
    if (!existsSync(listPath)) return { title, skipped: `no ${listPath}`, description: '', rows: [] };

    // evaldata_english_subset.json has the same shape as evaldata.json:
    // { url: { file, with[], without[], ... } }, restricted to the 171 pages in html/.
    const entries = Object.entries(JSON.parse(readFileSync(listPath, 'utf8')) as Record<string, Entry>)
      .filter(([, e]) => existsSync(join(dir, 'html', e.file)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const ours = emptyTally();
    const all = emptyTally();
    const results: PageResult[] = [];
    for (const [url, entry] of entries) {
      const visible = htmlToText(readTextFile(join(dir, 'html', entry.file)));
      tally(visible, entry, all);
      let kept = '';
      let error: string | undefined;
      let article: Article | undefined;
      try {
        article = normalizeArticle({ text: visible, url });
        kept = keptText(article);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const { missed, leaked } = tally(kept, entry, ours);
      const missedBy = missed.map((snippet) => {
        // Locate the snippet's start in the visible text (raw, first 20 characters).
        const at = visible.indexOf(snippet.trim().slice(0, 20));
        if (at === -1) return forMatch(visible).includes(forMatch(snippet)) ? '(not located)' : '(not in visible text)';
        return (article === undefined ? undefined : removalAt(article, at)) ?? '(kept, split across blocks)';
      });
      results.push({ url, file: entry.file, missed, leaked, missedBy, ...(error === undefined ? {} : { error }) });
    }
    ctx.log(`${results.length} pages, ${ours.withTotal} keep snippets, ${ours.withoutTotal} drop snippets`);

    const rows: MetricRow[] = [];
    const systems = [
      { name: 'copydesk', t: ours },
      { name: 'keep everything', t: all },
    ];
    for (const { name, t } of systems) {
      rows.push({ metric: '`with` snippets kept', system: name, value: percent(t.withFound, t.withTotal) });
    }
    for (const { name, t } of systems) {
      rows.push({
        metric: '`without` snippets dropped',
        system: name,
        value: percent(t.withoutAbsent, t.withoutTotal),
      });
    }
    for (const { name, t } of systems) {
      const tp = t.withFound;
      const fp = t.withoutTotal - t.withoutAbsent;
      const s = prf(tp, tp + fp, t.withTotal);
      rows.push({
        metric: 'snippet P / R / F1',
        system: name,
        value: `${fixed3(s.precision)} / ${fixed3(s.recall)} / ${fixed3(s.f1)}`,
        ...(name === 'copydesk'
          ? { reference: 'trafilatura 2.0 F1 0.958, Readability.js 0.947 (ScrapingHub benchmark, other measure)' }
          : {}),
      });
    }
    const errors = results.filter((r) => r.error !== undefined);
    rows.push({
      metric: 'pages where normalizeArticle threw',
      system: 'copydesk',
      value: `${errors.length}/${results.length}`,
    });

    const worst = [...results]
      .filter((r) => r.missed.length + r.leaked.length > 0)
      .sort(
        (a, b) => b.missed.length + b.leaked.length - (a.missed.length + a.leaked.length) || (a.url < b.url ? -1 : 1),
      )
      .slice(0, 15);
    const missedByRule = new Map<string, number>();
    for (const r of results) for (const rule of r.missedBy) missedByRule.set(rule, (missedByRule.get(rule) ?? 0) + 1);
    const details = [
      '### Missed `with` snippets by the rule that removed them',
      '',
      markdownTable(
        ['reason rule', 'snippets'],
        [...missedByRule].sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1)).map(([rule, n]) => [rule, String(n)]),
      ),
      '',
      `### Worst pages (missed \`with\` + kept \`without\` snippets; ${worst.length} of ${results.filter((r) => r.missed.length + r.leaked.length > 0).length} pages with any error)`,
      '',
      markdownTable(
        ['page', 'missed', 'kept but should be dropped'],
        worst.map((r) => [
          r.file,
          r.missed.map((s) => `"${clip(s)}"`).join('; '),
          r.leaked.map((s) => `"${clip(s)}"`).join('; '),
        ]),
      ),
      '',
      ...(errors.length === 0
        ? []
        : ['### Pages where normalizeArticle threw', '', ...errors.map((r) => `- ${r.file}: ${r.error}`)]),
    ];
    return {
      title,
      description: [
        `The ${results.length} English pages of trafilatura's evaluation set (\`trafilatura-eval/html\`, listed in`,
        '`evaldata_english_subset.json`, which has the shape of `evaldata.json`: `{ url: { file, with[], without[] } }`).',
        'Each page is turned into visible text by `scripts/eval/html-to-text.ts` and given to `normalizeArticle`',
        '(`{ text, url }`); copydesk keeps the metadata title, the dek and the body paragraphs. A `with` snippet counts',
        'as kept when it occurs in the kept text; a `without` snippet counts as dropped when it does not. Both sides',
        'are compared after NFKC, straightening curly quotes, removing soft hyphens and zero-width characters and',
        "collapsing whitespace (paragraphs joined by a space); matching is case-sensitive, as in trafilatura's own",
        'evaluation. Snippet precision = kept `with` / (kept `with` + kept `without`), recall = kept `with` / all `with`.',
        '"Keep everything" is all the visible text: it keeps every `with` snippet the HTML-to-text pass can produce',
        'and almost every `without` one. The reference figures come from another benchmark and measure (ScrapingHub,',
        'HTML extractors that see the DOM, not plain text) and are context only.',
      ].join('\n'),
      rows,
      details: details.join('\n'),
    };
  },
};
