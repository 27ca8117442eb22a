/**
 * Scale of `alignSources`, on the current tree and on a baseline commit
 * (`lib/baseline.ts`), each run in a fresh process, the two trees
 * alternating: (1) 2, 10, 50 and 200 outlets' versions of one story, with the
 * growth exponent fitted in the total number of sentences; (2) 200, 1,000 and
 * 2,000 mixed real articles (Multi-News) at once, with the growth exponent
 * fitted in the number of articles.
 *
 * @packageDocumentation
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../eval/lib/env';
import { markdownTable } from '../eval/lib/table';
import type { AlignChildResult } from './lib/align-child';
import { currentRoot, resolveBaseline, tsxNodeArgs } from './lib/baseline';
import { mixedArticles } from './lib/mixed-articles';
import { generateStory } from './lib/story';
import { median } from './lib/timing';
import type { Bench, BenchRow } from './types';

const CHILD = fileURLToPath(new URL('./lib/align-child.ts', import.meta.url));
const OUTLET_SIZES = [2, 10, 50, 200];
const PER_SOURCE = 40;
const MIXED_SIZES = [200, 1000, 2000];
/** Mixed sizes also measured on the baseline tree. */
const MIXED_BASELINE_SIZES = new Set([200, 1000]);
const RUNS = 3;

type Tree = 'current' | 'baseline';

interface Summary {
  readonly runs: readonly AlignChildResult[];
  /** Medians, each taken on its own. */
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Peak RSS growth over the high-water mark just before the call, in MB. */
  readonly peakMb: number;
  readonly sentences: number;
  readonly groups: number;
}

function runChild(root: string, inputsPath: string, mode: 'copydesk' | 'dice'): AlignChildResult {
  const run = spawnSync(process.execPath, [...tsxNodeArgs(), CHILD, root, inputsPath, mode], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 900_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(
      `align child failed (${root}, ${inputsPath}, ${mode}): ${run.status ?? run.signal}: ${run.stderr.slice(-2000)}`,
    );
  }
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as AlignChildResult;
}

function summarize(runs: readonly AlignChildResult[]): Summary {
  return {
    runs,
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    peakMb: median(runs.map((r) => Math.max(0, r.maxRssKb - r.rssBeforeKb) / 1024)),
    sentences: runs[0]!.sentences,
    groups: runs[0]!.groups,
  };
}

/**
 * Runs the alignment `RUNS` times per tree, alternating the trees (current, baseline, current, baseline, ...),
 * each run in a fresh process.
 */
function alternate(
  trees: ReadonlyArray<readonly [Tree, string]>,
  inputsPath: string,
  label: string,
  log: (message: string) => void,
): Map<Tree, Summary> {
  const results = new Map<Tree, AlignChildResult[]>(trees.map(([tree]) => [tree, []]));
  for (let r = 0; r < RUNS; r++) {
    for (const [tree, root] of trees) {
      const result = runChild(root, inputsPath, 'copydesk');
      results.get(tree)!.push(result);
      log(
        `${label}, ${tree} run ${r + 1}/${RUNS}: CPU ${ms(result.cpuMs)}, wall ${ms(result.wallMs)}, ` +
          `+${((result.maxRssKb - result.rssBeforeKb) / 1024).toFixed(0)} MB`,
      );
    }
  }
  return new Map([...results].map(([tree, runs]) => [tree, summarize(runs)]));
}

/** Least-squares slope of log(y) on log(x). */
function growthExponent(points: ReadonlyArray<readonly [number, number]>): number {
  const xs = points.map(([n]) => Math.log(n));
  const ys = points.map(([, t]) => Math.log(t));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

function ms(value: number): string {
  return value < 10_000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(1)} s`;
}

function runList(s: Summary | undefined, key: 'cpuMs' | 'wallMs'): string {
  return s === undefined ? '' : s.runs.map((r) => r[key].toFixed(0)).join(', ');
}

function met(ok: boolean): string {
  return ok ? 'met' : 'not met';
}

/** The alignment scale benchmark. */
export const bench: Bench = {
  name: 'align',
  async run(ctx) {
    const baseline = resolveBaseline(ctx.log);
    const trees: Array<readonly [Tree, string]> = [['current', currentRoot]];
    if (baseline.root !== undefined) trees.push(['baseline', baseline.root]);
    const baselineName = baseline.root === undefined ? 'baseline' : `baseline ${baseline.short}`;
    const noBaseline = baseline.root === undefined ? `not measured: ${baseline.reason}` : '';
    const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-align-'));
    const rows: BenchRow[] = [];
    const outletTable: string[][] = [];
    const mixedTable: string[][] = [];
    const runTable: string[][] = [];
    let mixedSource = 'the Multi-News development sample';
    let mixedDistinct = 0;
    const mixedRepeated: string[] = [];
    try {
      // (1) Outlets' versions of one story.
      const points: Array<[number, number]> = [];
      const wallPoints: Array<[number, number]> = [];
      for (const sources of OUTLET_SIZES) {
        const { texts } = generateStory({ sources, sentencesPerSource: PER_SOURCE, dataDir: ctx.dataDir });
        const inputs = texts.map((text, i) => ({ id: `outlet-${String(i + 1).padStart(3, '0')}`, text }));
        const inputsPath = join(work, `outlets-${sources}.json`);
        writeFileSync(inputsPath, JSON.stringify(inputs));
        const summaries = alternate(trees, inputsPath, `${sources} outlets`, ctx.log);
        const cur = summaries.get('current')!;
        const base = summaries.get('baseline');
        const dice = sources <= 10 ? runChild(currentRoot, inputsPath, 'dice') : undefined;
        points.push([cur.sentences, cur.cpuMs]);
        wallPoints.push([cur.sentences, cur.wallMs]);
        ctx.log(
          `${sources} outlets: ${cur.sentences} sentences, current CPU ${ms(cur.cpuMs)}` +
            (base === undefined ? '' : `, baseline CPU ${ms(base.cpuMs)}`) +
            `, +${cur.peakMb.toFixed(0)} MB peak RSS`,
        );
        outletTable.push([
          String(sources),
          String(cur.sentences),
          String(cur.groups),
          cur.cpuMs.toFixed(0),
          cur.wallMs.toFixed(0),
          base === undefined ? '–' : base.cpuMs.toFixed(0),
          base === undefined ? '–' : base.wallMs.toFixed(0),
          base === undefined ? '–' : `${(base.cpuMs / cur.cpuMs).toFixed(2)}x`,
          cur.peakMb.toFixed(0),
          base === undefined ? '–' : base.peakMb.toFixed(0),
          dice === undefined
            ? 'not run (quadratic)'
            : `CPU ${dice.cpuMs.toFixed(0)} ms (${(dice.cpuMs / cur.cpuMs).toFixed(1)}x current)`,
        ]);
        runTable.push([
          `${sources} outlets`,
          runList(cur, 'cpuMs'),
          runList(base, 'cpuMs'),
          runList(cur, 'wallMs'),
          runList(base, 'wallMs'),
        ]);
        rows.push({
          measure: `alignSources, ${sources} sources (median of ${RUNS})`,
          system: 'copydesk (current)',
          value: `CPU ${ms(cur.cpuMs)}, wall ${ms(cur.wallMs)}, ${cur.sentences} sentences`,
          ...(dice !== undefined
            ? { ratio: `all-pairs Dice/current: ${(dice.cpuMs / cur.cpuMs).toFixed(2)}x CPU` }
            : base !== undefined
              ? { ratio: `baseline/current: ${(base.cpuMs / cur.cpuMs).toFixed(2)}x CPU` }
              : {}),
          ...(sources === 200 ? { reference: 'target: under 5 s for 200 sources of 40 sentences' } : {}),
        });
        if (sources === 200) {
          rows.push({
            measure: `alignSources, 200 sources: current vs baseline (CPU, median of ${RUNS} each)`,
            system: `current vs ${baselineName}`,
            value:
              base === undefined
                ? noBaseline
                : `CPU ${ms(cur.cpuMs)} vs ${ms(base.cpuMs)} (wall ${ms(cur.wallMs)} vs ${ms(base.wallMs)})`,
            ...(base === undefined
              ? {}
              : {
                  ratio: `baseline/current: ${(base.cpuMs / cur.cpuMs).toFixed(2)}x CPU, ${(base.wallMs / cur.wallMs).toFixed(2)}x wall`,
                }),
            reference: `target: >= 2.5x (CPU)${base === undefined ? '' : `: ${met(base.cpuMs / cur.cpuMs >= 2.5)}`}`,
          });
        }
      }
      rows.push({
        measure: 'growth exponent in total sentences, 2 to 200 outlets (CPU time)',
        system: 'copydesk (current)',
        value: `${growthExponent(points).toFixed(2)} (wall ${growthExponent(wallPoints).toFixed(2)})`,
        reference: 'target: below 1.3 (1 = linear)',
      });

      // (2) Many unrelated real articles at once.
      const mixedPoints: Array<[number, number]> = [];
      const mixedWallPoints: Array<[number, number]> = [];
      const mixed = new Map<number, Map<Tree, Summary>>();
      for (const n of MIXED_SIZES) {
        const drawn = mixedArticles(n, ctx.dataDir);
        mixedSource =
          drawn.source === 'data'
            ? `the ${drawn.distinct} documents of \`multi-news-dev/clusters.jsonl\``
            : `**no development data found: the ${drawn.distinct} seed articles repeated** (not comparable with runs on the data)`;
        mixedDistinct = drawn.distinct;
        if (drawn.repeated > 0)
          mixedRepeated.push(`${n.toLocaleString('en')} hold ${drawn.repeated.toLocaleString('en')}`);
        const inputsPath = join(work, `mixed-${n}.json`);
        writeFileSync(inputsPath, JSON.stringify(drawn.inputs));
        const summaries = alternate(
          MIXED_BASELINE_SIZES.has(n) ? trees : trees.slice(0, 1),
          inputsPath,
          `${n} mixed articles`,
          ctx.log,
        );
        mixed.set(n, summaries);
        const cur = summaries.get('current')!;
        const base = summaries.get('baseline');
        mixedPoints.push([n, cur.cpuMs]);
        mixedWallPoints.push([n, cur.wallMs]);
        mixedTable.push([
          String(n),
          String(drawn.repeated),
          (drawn.chars / 1e6).toFixed(2),
          String(cur.sentences),
          String(cur.groups),
          cur.cpuMs.toFixed(0),
          cur.wallMs.toFixed(0),
          cur.peakMb.toFixed(0),
          base === undefined ? '–' : base.cpuMs.toFixed(0),
          base === undefined ? '–' : base.wallMs.toFixed(0),
          base === undefined ? '–' : base.peakMb.toFixed(0),
          base === undefined ? '–' : `${(base.cpuMs / cur.cpuMs).toFixed(2)}x`,
        ]);
        runTable.push([
          `${n} mixed articles`,
          runList(cur, 'cpuMs'),
          runList(base, 'cpuMs'),
          runList(cur, 'wallMs'),
          runList(base, 'wallMs'),
        ]);
        rows.push({
          measure: `alignSources, ${n.toLocaleString('en')} mixed articles (median of ${RUNS})`,
          system: 'copydesk (current)',
          value: `CPU ${ms(cur.cpuMs)}, wall ${ms(cur.wallMs)}, +${cur.peakMb.toFixed(0)} MB peak RSS, ${cur.sentences} sentences`,
          ...(base === undefined ? {} : { ratio: `baseline/current: ${(base.cpuMs / cur.cpuMs).toFixed(2)}x CPU` }),
        });
        if (base !== undefined) {
          rows.push({
            measure: `alignSources, ${n.toLocaleString('en')} mixed articles (median of ${RUNS})`,
            system: baselineName,
            value: `CPU ${ms(base.cpuMs)}, wall ${ms(base.wallMs)}, +${base.peakMb.toFixed(0)} MB peak RSS, ${base.sentences} sentences`,
          });
        }
      }
      const cur1000 = mixed.get(1000)!.get('current')!;
      const base1000 = mixed.get(1000)!.get('baseline');
      rows.push({
        measure: `alignSources, 1,000 mixed articles: current vs baseline (CPU, median of ${RUNS} each)`,
        system: `current vs ${baselineName}`,
        value:
          base1000 === undefined
            ? noBaseline
            : `CPU ${ms(cur1000.cpuMs)} vs ${ms(base1000.cpuMs)} (wall ${ms(cur1000.wallMs)} vs ${ms(base1000.wallMs)})`,
        ...(base1000 === undefined
          ? {}
          : {
              ratio: `baseline/current: ${(base1000.cpuMs / cur1000.cpuMs).toFixed(2)}x CPU, ${(base1000.wallMs / cur1000.wallMs).toFixed(2)}x wall`,
            }),
        reference: `target: >= 4x (CPU)${base1000 === undefined ? '' : `: ${met(base1000.cpuMs / cur1000.cpuMs >= 4)}`}`,
      });
      rows.push({
        measure: 'peak RSS growth, 1,000 mixed articles (median)',
        system: 'copydesk (current)',
        value: `${cur1000.peakMb.toFixed(0)} MB`,
        ...(base1000 === undefined ? {} : { ratio: `baseline: ${base1000.peakMb.toFixed(0)} MB` }),
        reference: `target: < 250 MB: ${met(cur1000.peakMb < 250)}`,
      });
      const exponent = growthExponent(mixedPoints);
      rows.push({
        measure: 'growth exponent, 200 to 2,000 mixed articles (CPU time)',
        system: 'copydesk (current)',
        value: `${exponent.toFixed(2)} (wall ${growthExponent(mixedWallPoints).toFixed(2)})`,
        reference: `target: <= 1.05 (1 = linear): ${met(exponent <= 1.05)}`,
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }

    const baselineText =
      baseline.root === undefined
        ? `The baseline tree was ${noBaseline}, so only the current tree was measured.`
        : `Two source trees are measured in the same run: the **current** tree (\`src/index.ts\` of the working ` +
          `tree) and the **baseline**, commit \`${baseline.short}\` (\`${baseline.sha}\`, from ` +
          `\`COPYDESK_BENCH_BASELINE\` or the default \`2078dad\`, the last commit before the redesign), ` +
          `extracted with \`git archive ${baseline.short} src\` into a temporary folder. Each tree is ` +
          "built the same way as the package (esbuild with the settings of `tsup.config.ts`: ES modules, whitespace and syntax minified, dependencies from `node_modules`; `scripts/bench/lib/baseline.ts`), and called only through its public entry (what users run: loaded from source through tsx, code carries esbuild's `keepNames` wrappers).";
    return {
      title: 'Alignment at scale',
      description: [
        baselineText,
        '',
        'Every (tree, size, run) is a fresh Node process (`scripts/bench/lib/align-child.ts <root> <inputs>`),',
        `${RUNS} runs per tree and size, the trees alternating (current, baseline, current, baseline, ...), so that`,
        'drift in machine load affects both alike. Both trees read the same inputs, built once per size by this',
        'process and written to a JSON file. Each process reads the inputs, warms up with `alignSources` on the',
        'first two articles, then times one `alignSources(inputs)` call with default options (which includes',
        'normalizing the articles): wall time, and CPU time (user + system of the process from',
        "`process.cpuUsage()`, which includes the garbage collector's threads). The figures are the medians of the",
        `${RUNS} runs, each taken on its own. The machine is shared (2 cores), so CPU time is the figure to judge:`,
        'ratios and targets use it, "baseline/current" being how many times longer the baseline takes. Peak',
        "memory is the growth of the process's RSS high-water mark (`process.resourceUsage().maxRSS`) during the",
        'call, over the mark just before it (inputs read, warm-up done).',
        '',
        `*Outlets:* ${OUTLET_SIZES.join(', ')} outlets' versions of one story, ${PER_SOURCE} sentences each, built by`,
        '`scripts/bench/lib/story.ts` from real text: the wire story is the body of seeds 000–003; each outlet keeps',
        'the first 60–100% of it, carries each sentence verbatim (55%), lightly edited (30%) or heavily rewritten',
        '(15%), swaps adjacent sentences with probability 0.1, and fills up with local sentences from unrelated real',
        'text (PAN-13 source texts when ../shared/data is present, else seed 004). The peer is the naive approach,',
        'run once in its own process on the current tree: every sentence against every sentence of every other',
        "outlet with `string-similarity`'s Dice after `normalizeArticle` (at 2 and 10 outlets only; it is",
        'quadratic). The growth exponent is the least-squares slope of log(CPU time) on log(total sentences).',
        '',
        `*Mixed articles:* ${MIXED_SIZES.map((n) => n.toLocaleString('en')).join(', ')} real scraped articles`,
        `aligned at once, drawn from ${mixedSource}: whole clusters in file order (2–9 articles about one`,
        'story each, with their page furniture), text only, each with a unique id (`mn<cluster>-<document>`),',
        `until there are N; there are ${mixedDistinct} distinct documents, so above that they are taken again from`,
        'the start, the k-th copy of a document with the id suffixed `~k`' +
          (mixedRepeated.length === 0
            ? '.'
            : ` (repeated texts: ${mixedRepeated.join(', ')}). Each copy is a re-publication that leaves out one ` +
              'paragraph (paragraph k − 2 of its k-th copy), as an outlet cutting a syndicated story would; its other ' +
              'sentences are verbatim, and `alignSources` analyses sentences with the same tokens once, so a copy ' +
              'costs less than a new article would: the larger sizes, and with them the growth exponent, understate ' +
              'what as many distinct articles would cost.') +
          ' The baseline runs at ' +
          [...MIXED_BASELINE_SIZES].map((n) => n.toLocaleString('en')).join(' and ') +
          ' articles. The growth exponent is the least-squares slope of log(CPU time) on log(articles) over',
        `${MIXED_SIZES.map((n) => n.toLocaleString('en')).join(', ')} articles (current tree).`,
      ].join('\n'),
      rows,
      details: [
        '### Outlets',
        '',
        markdownTable(
          [
            'outlets',
            'sentences',
            'groups',
            'current CPU (ms)',
            'current wall (ms)',
            'baseline CPU (ms)',
            'baseline wall (ms)',
            'baseline/current (CPU)',
            'current peak (MB)',
            'baseline peak (MB)',
            'all-pairs Dice peer',
          ],
          outletTable,
        ),
        '',
        '### Mixed articles',
        '',
        markdownTable(
          [
            'articles',
            'repeated texts',
            'million chars',
            'sentences',
            'groups',
            'current CPU (ms)',
            'current wall (ms)',
            'current peak (MB)',
            'baseline CPU (ms)',
            'baseline wall (ms)',
            'baseline peak (MB)',
            'baseline/current (CPU)',
          ],
          mixedTable,
        ),
        '',
        '### Every run (ms, in run order)',
        '',
        markdownTable(['input', 'current CPU', 'baseline CPU', 'current wall', 'baseline wall'], runTable),
      ].join('\n'),
    };
  },
};
