/**
 * Boilerplate removal on CleanEval (development set): how much of the page
 * text copydesk keeps is the cleaned text the annotators kept.
 *
 * @packageDocumentation
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { htmlToText } from './html-to-text';
import { readTextFile } from './lib/read-text';
import { removedByRule } from './lib/removal';
import { bagOverlap, fixed3, keptText, type Prf, prf, wordTokens } from './lib/scores';
import { markdownTable } from './lib/table';
import type { EvalTask, MetricRow } from './types';

interface PageScore {
  readonly page: string;
  readonly gold: number;
  readonly copydesk: Counts;
  readonly baseline: Counts;
  readonly error?: string;
}

interface Counts {
  readonly overlap: number;
  readonly predicted: number;
}

/** The gold text with its `URL:` line and `<p>`, `<h>`, `<l>` markers removed. */
function goldText(raw: string): string {
  return raw.replace(/^URL:[^\n]*\n/, '').replace(/<[phl]>/gi, ' ');
}

function counts(predicted: readonly string[], gold: readonly string[]): Counts {
  return { overlap: bagOverlap(predicted, gold), predicted: predicted.length };
}

function micro(pages: readonly PageScore[], pick: (p: PageScore) => Counts): Prf {
  let overlap = 0;
  let predicted = 0;
  let gold = 0;
  for (const p of pages) {
    const c = pick(p);
    overlap += c.overlap;
    predicted += c.predicted;
    gold += p.gold;
  }
  return prf(overlap, predicted, gold);
}

function macro(pages: readonly PageScore[], pick: (p: PageScore) => Counts): Prf {
  const scores = pages.map((p) => prf(pick(p).overlap, pick(p).predicted, p.gold));
  const mean = (f: (s: Prf) => number): number => scores.reduce((sum, s) => sum + f(s), 0) / scores.length;
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}

function pageNumber(file: string): number {
  return Number.parseInt(file, 10);
}

/** The CleanEval evaluation. */
export const task: EvalTask = {
  name: 'cleaneval',
  async run(ctx) {
    const dir = join(ctx.dataDir, 'cleaneval', 'cleaneval-dev');
    const title = 'Boilerplate removal: CleanEval development set';
    if (!existsSync(join(dir, 'input')) || !existsSync(join(dir, 'GoldStandard'))) {
      return { title, skipped: `no ${dir}/input and GoldStandard`, description: '', rows: [] };
    }
    const files = readdirSync(join(dir, 'input'))
      .filter((f) => f.endsWith('.html') && existsSync(join(dir, 'GoldStandard', f.replace(/\.html$/, '.txt'))))
      .sort((a, b) => pageNumber(a) - pageNumber(b) || a.localeCompare(b));
    const pages: PageScore[] = [];
    const byRule = new Map<string, { removed: number; gold: number; pages: number }>();
    let mostlyRemoved = 0;
    for (const file of files) {
      const visible = htmlToText(readTextFile(join(dir, 'input', file)));
      const gold = wordTokens(goldText(readTextFile(join(dir, 'GoldStandard', file.replace(/\.html$/, '.txt')))));
      const all = wordTokens(visible);
      let kept: string[] = [];
      let error: string | undefined;
      try {
        const article = normalizeArticle(visible);
        kept = wordTokens(keptText(article));
        if (article.diagnostics.some((d) => d.code === 'mostly-removed')) mostlyRemoved++;
        for (const [rule, text] of removedByRule(article)) {
          // The title and dek are part of the kept text.
          if (rule.startsWith('metadata:title') || rule.startsWith('metadata:dek')) continue;
          const tokens = wordTokens(text);
          const entry = byRule.get(rule) ?? { removed: 0, gold: 0, pages: 0 };
          byRule.set(rule, {
            removed: entry.removed + tokens.length,
            gold: entry.gold + bagOverlap(tokens, gold),
            pages: entry.pages + 1,
          });
        }
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      pages.push({
        page: file.replace(/\.html$/, ''),
        gold: gold.length,
        copydesk: counts(kept, gold),
        baseline: counts(all, gold),
        ...(error === undefined ? {} : { error }),
      });
    }
    ctx.log(`${pages.length} pages scored`);

    const rows: MetricRow[] = [];
    const systems = [
      { name: 'copydesk', pick: (p: PageScore) => p.copydesk },
      { name: 'keep everything', pick: (p: PageScore) => p.baseline },
    ];
    for (const average of [
      { label: 'micro', f: micro },
      { label: 'macro', f: macro },
    ]) {
      for (const system of systems) {
        const s = average.f(pages, system.pick);
        rows.push({
          metric: `word P / R / F1 (${average.label})`,
          system: system.name,
          value: `${fixed3(s.precision)} / ${fixed3(s.recall)} / ${fixed3(s.f1)}`,
        });
      }
    }
    const errors = pages.filter((p) => p.error !== undefined);
    rows.push({
      metric: 'pages where normalizeArticle threw',
      system: 'copydesk',
      value: `${errors.length}/${pages.length}`,
    });
    rows.push({
      metric: 'pages with a `mostly-removed` diagnostic',
      system: 'copydesk',
      value: `${mostlyRemoved}/${pages.length}`,
    });

    const pageF1 = (p: PageScore, c: Counts): Prf => prf(c.overlap, c.predicted, p.gold);
    const worst = [...pages].sort((a, b) => pageF1(a, a.copydesk).f1 - pageF1(b, b.copydesk).f1).slice(0, 12);
    const details = [
      '### Worst pages (copydesk F1)',
      '',
      markdownTable(
        ['page', 'gold tokens', 'kept tokens', 'P', 'R', 'F1', 'keep-everything P / F1'],
        worst.map((p) => {
          const s = pageF1(p, p.copydesk);
          const b = pageF1(p, p.baseline);
          return [
            p.page,
            String(p.gold),
            String(p.copydesk.predicted),
            fixed3(s.precision),
            fixed3(s.recall),
            fixed3(s.f1),
            `${fixed3(b.precision)} / ${fixed3(b.f1)}`,
          ];
        }),
      ),
      '',
      '### Removed text by rule',
      '',
      'Word tokens each removal rule took, summed over pages, and how many of them are gold tokens (bag overlap of',
      "the rule's removed tokens with the page's gold tokens, per page; an upper bound on the recall the rule costs).",
      '',
      markdownTable(
        ['reason rule', 'pages', 'tokens removed', 'of which gold'],
        [...byRule]
          .sort(([ka, a], [kb, b]) => b.gold - a.gold || (ka < kb ? -1 : 1))
          .slice(0, 15)
          .map(([rule, e]) => [rule, String(e.pages), String(e.removed), String(e.gold)]),
      ),
      '',
      ...(errors.length === 0
        ? []
        : ['### Pages where normalizeArticle threw', '', ...errors.map((p) => `- ${p.page}: ${p.error}`)]),
    ];
    return {
      title,
      description: [
        `The ${pages.length} pages of \`cleaneval/cleaneval-dev\` (CleanEval 2007 development set; mostly not news).`,
        'Each page is decoded (UTF-8, else Windows-1252), turned into visible text by `scripts/eval/html-to-text.ts`',
        '(scripts, styles and `<head>` other than `<title>` dropped, block elements as paragraph breaks), then given',
        'to `normalizeArticle` as plain text. copydesk keeps the metadata title, the dek and the body paragraphs;',
        '"keep everything" is all the visible text. Both are scored against the GoldStandard text (first `URL:` line',
        'and the `<p>`, `<h>`, `<l>` markers removed) with a CleanEval-style bag-of-words measure: lowercased word',
        'tokens (runs of letters and digits), overlap = multiset intersection, precision = overlap / kept tokens,',
        'recall = overlap / gold tokens. Micro sums the counts over pages; macro averages the per-page scores.',
        "(CleanEval's official scorer aligned tokens with an edit distance; a bag of words ignores order.) No published",
        'figure uses this exact setup, so the keep-everything baseline is the comparison. Most CleanEval pages are not',
        'news articles (product pages, forums, lists), which copydesk is not built for.',
      ].join('\n'),
      rows,
      details: details.join('\n'),
    };
  },
};
