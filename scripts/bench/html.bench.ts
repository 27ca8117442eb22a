/**
 * HTML pages in: `normalizeArticle({ html })` (the whole path: parse,
 * extraction, the text steps, every span mapped back to the HTML) on the
 * development pages, beside Mozilla Readability 0.6 on linkedom (parse and
 * extract, as `scripts/eval/html.task.ts` runs it), in alternating
 * processes on the same pages. The target: at least 10 times
 * Readability's speed.
 *
 * @packageDocumentation
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTextFile } from '../eval/lib/read-text';
import { currentRoot } from './lib/baseline';
import { median } from './lib/timing';
import type { TreeChildResult } from './lib/tree-child';
import { runChild } from './lib/trees';
import type { Bench, BenchRow } from './types';

/** How many times faster than Readability on linkedom `normalizeArticle({ html })` must be (issue 16). */
const TARGET_RATIO = 10;

/** Processes of each system, and timed runs per process (after one warm-up run). */
const PROCESSES = 3;
const RUNS = 3;

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
    const rows: BenchRow[] = [];
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-bench-html-'));
    try {
      for (const set of sets) {
        const { pages } = set;
        const chars = pages.reduce((s, p) => s + p.length, 0);
        ctx.log(`${set.name}: ${pages.length} pages, mean ${Math.round(chars / pages.length)} characters`);
        const inputsPath = join(folder, 'pages.json');
        writeFileSync(inputsPath, JSON.stringify(pages));
        const ours: TreeChildResult[] = [];
        const theirs: TreeChildResult[] = [];
        for (let p = 0; p < PROCESSES; p++) {
          ours.push(runChild('html', currentRoot, { inputsPath, warmup: 1, runs: RUNS }));
          theirs.push(runChild('readability', currentRoot, { inputsPath, warmup: 1, runs: RUNS }));
          ctx.log(
            `${set.name}: process pair ${p + 1}/${PROCESSES}: normalizeArticle({ html }) ${(median(ours[p]!.cpuMs) / pages.length).toFixed(2)} ms/page, ` +
              `Readability ${(median(theirs[p]!.cpuMs) / pages.length).toFixed(2)} ms/page (CPU)`,
          );
        }
        const perPage = (results: readonly TreeChildResult[], cpu: boolean): number =>
          median(results.map((r) => median(cpu ? r.cpuMs : r.wallMs))) / pages.length;
        const ratio = perPage(theirs, true) / perPage(ours, true);
        rows.push({
          measure: `${set.name} (${pages.length} pages): ms/page, median CPU / wall`,
          system: 'normalizeArticle({ html })',
          value: `${perPage(ours, true).toFixed(2)} / ${perPage(ours, false).toFixed(2)}`,
          ratio: `${ratio.toFixed(1)}x faster than Readability (CPU)`,
          reference: `target: at least ${TARGET_RATIO}x Readability on linkedom: ${ratio >= TARGET_RATIO ? 'met' : 'not met'}`,
        });
        rows.push({
          measure: `${set.name} (${pages.length} pages): ms/page, median CPU / wall`,
          system: 'Readability on linkedom (parseHTML + parse)',
          value: `${perPage(theirs, true).toFixed(2)} / ${perPage(theirs, false).toFixed(2)}`,
        });
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return {
      title,
      description: [
        '`normalizeArticle({ html })` of this tree (parse with htmlparser2, block extraction, the text steps on the',
        "article's blocks, every span mapped back to the HTML) against Mozilla Readability 0.6 on linkedom (`parseHTML`",
        'and `parse()`, which returns the article HTML only: no sentences, no offsets), on the development pages.',
        `The two run in alternating processes (${PROCESSES} of each: copydesk, Readability, copydesk, ...), each with one`,
        `warm-up run and ${RUNS} timed runs over every page; ms/page is the median over the processes of each process's`,
        "median run, divided by the number of pages. Separate processes keep each library's garbage out of the",
        "other's timings: in one process, Readability's linkedom trees were being collected during copydesk's runs",
        '(copydesk took 5.6 ms/page beside Readability and 4.8 alone).',
      ].join('\n'),
      rows,
    };
  },
};
