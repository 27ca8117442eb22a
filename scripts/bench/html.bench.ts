/**
 * HTML pages in: `normalizeArticle({ html })` (the whole path: parse,
 * extraction, the text steps, every span mapped back to the HTML) on the
 * development pages, beside Mozilla Readability 0.6 on linkedom (parse and
 * extract, as `scripts/eval/html.task.ts` runs it), interleaved in one
 * process on the same pages. The target: at least 10 times
 * Readability's speed.
 *
 * @packageDocumentation
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readTextFile } from '../eval/lib/read-text';
import { currentRoot, loadCopydesk } from './lib/baseline';
import { type Timed, timeInterleaved } from './lib/timing';
import type { Bench, BenchRow } from './types';

/** How many times faster than Readability on linkedom `normalizeArticle({ html })` must be (issue 16). */
const TARGET_RATIO = 10;

interface PageSet {
  readonly name: string;
  readonly pages: readonly string[];
}

/** The development pages: trafilatura's English evaluation pages and the CleanEval development inputs. */
function readPages(dataDir: string): PageSet[] {
  const sets: PageSet[] = [];
  const trafDir = join(dataDir, 'trafilatura-eval');
  const listPath = join(trafDir, 'evaldata_english_subset.json');
  if (existsSync(listPath)) {
    const entries = Object.values(JSON.parse(readFileSync(listPath, 'utf8')) as Record<string, { file: string }>)
      .map((e) => e.file)
      .filter((f) => existsSync(join(trafDir, 'html', f)))
      .sort();
    sets.push({ name: 'trafilatura English', pages: entries.map((f) => readTextFile(join(trafDir, 'html', f))) });
  }
  const cleanDir = join(dataDir, 'cleaneval', 'cleaneval-dev', 'input');
  if (existsSync(cleanDir)) {
    const files = readdirSync(cleanDir)
      .filter((f) => f.endsWith('.html'))
      .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
    sets.push({ name: 'CleanEval dev', pages: files.map((f) => readTextFile(join(cleanDir, f))) });
  }
  return sets;
}

/** Readability's article HTML, or undefined (linkedom gives some old pages a null body). */
function readability(html: string): number {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return article?.content?.length ?? 0;
  } catch {
    return 0;
  }
}

/** The HTML benchmark. */
export const bench: Bench = {
  name: 'html',
  async run(ctx) {
    const sets = readPages(ctx.dataDir);
    const title = 'HTML pages in: normalizeArticle({ html }) against Readability on linkedom';
    if (sets.length === 0) {
      return {
        title,
        description: `Skipped: no development pages under ${ctx.dataDir} (trafilatura-eval, cleaneval/cleaneval-dev).`,
        rows: [],
      };
    }
    const { normalizeArticle } = await loadCopydesk(currentRoot);
    const rows: BenchRow[] = [];
    for (const set of sets) {
      const { pages } = set;
      const chars = pages.reduce((s, p) => s + p.length, 0);
      ctx.log(`${set.name}: ${pages.length} pages, mean ${Math.round(chars / pages.length)} characters`);
      const all = (f: (html: string) => number) => (): number => {
        let n = 0;
        for (const p of pages) n += f(p);
        return n;
      };
      const work: Timed[] = [
        { name: 'normalizeArticle({ html })', run: all((html) => normalizeArticle({ html }).sentences.length) },
        { name: 'Readability on linkedom (parseHTML + parse)', run: all(readability) },
      ];
      const runs = 5;
      const timings = timeInterleaved(work, {
        warmup: 1,
        runs,
        order: 'alternate',
        onRound: (round) => ctx.log(`${set.name}: round ${round + 1}/${runs + 1}${round === 0 ? ' (warm-up)' : ''}`),
      });
      const perPage = (name: string, cpu: boolean): number => {
        const t = timings.find((x) => x.name === name)!;
        return (cpu ? t.cpuMedianMs : t.medianMs) / pages.length;
      };
      const ours = 'normalizeArticle({ html })';
      const theirs = 'Readability on linkedom (parseHTML + parse)';
      for (const t of timings) {
        rows.push({
          measure: `${set.name} (${pages.length} pages): ms/page, median CPU / wall`,
          system: t.name,
          value: `${perPage(t.name, true).toFixed(2)} / ${perPage(t.name, false).toFixed(2)}`,
          ...(t.name === ours
            ? {
                ratio: `${(perPage(theirs, true) / perPage(ours, true)).toFixed(1)}x faster than Readability (CPU)`,
                reference: `target: at least ${TARGET_RATIO}x Readability on linkedom`,
              }
            : {}),
        });
      }
    }
    return {
      title,
      description: [
        '`normalizeArticle({ html })` of this tree (parse with htmlparser2, block extraction, the text steps on the',
        "article's blocks, every span mapped back to the HTML) against Mozilla Readability 0.6 on linkedom (`parseHTML`",
        'and `parse()`, which returns the article HTML only: no sentences, no offsets), on the development pages, one',
        'warm-up round and five timed rounds alternating the two in one process; ms/page is the median round divided',
        'by the number of pages.',
      ].join('\n'),
      rows,
    };
  },
};
