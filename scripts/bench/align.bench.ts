/**
 * Scale of `alignSources`: 2, 10, 50 and 200 outlets' versions of one story,
 * each size in a fresh process (time and peak memory), with the growth
 * exponent fitted in the total number of sentences.
 *
 * @packageDocumentation
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { markdownTable } from '../eval/lib/table';
import type { Bench, BenchRow } from './types';

interface ChildResult {
  readonly ms: number;
  readonly sentences: number;
  readonly groups: number;
  readonly rssBeforeKb: number;
  readonly maxRssKb: number;
}

const CHILD = fileURLToPath(new URL('./lib/align-child.ts', import.meta.url));
const SIZES = [2, 10, 50, 200];
const PER_SOURCE = 40;
const RUNS = 3;

function runChild(sources: number, dataDir: string, mode: string): ChildResult {
  const run = spawnSync('npx', ['tsx', CHILD, String(sources), String(PER_SOURCE), dataDir, mode], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`align child failed (${sources} sources, ${mode}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ChildResult;
}

function medianOf(results: ChildResult[]): ChildResult {
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Least-squares slope of log(time) on log(sentences). */
function growthExponent(points: Array<[number, number]>): number {
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

/** The alignment scale benchmark. */
export const bench: Bench = {
  name: 'align',
  async run(ctx) {
    const rows: BenchRow[] = [];
    const table: string[][] = [];
    const points: Array<[number, number]> = [];
    const peer = new Map<number, number>();
    for (const sources of SIZES) {
      const results: ChildResult[] = [];
      for (let r = 0; r < RUNS; r++) results.push(runChild(sources, ctx.dataDir, 'copydesk'));
      const m = medianOf(results);
      const baseline = runChild(sources, ctx.dataDir, 'baseline');
      const peakMb = Math.max(0, m.maxRssKb - baseline.maxRssKb) / 1024;
      points.push([m.sentences, m.ms]);
      if (sources <= 10) peer.set(sources, medianOf([runChild(sources, ctx.dataDir, 'dice')]).ms);
      const dice = peer.get(sources);
      ctx.log(`${sources} sources: ${m.sentences} sentences, ${m.ms.toFixed(0)} ms, +${peakMb.toFixed(0)} MB peak RSS`);
      table.push([
        String(sources),
        String(m.sentences),
        String(m.groups),
        m.ms.toFixed(0),
        peakMb.toFixed(0),
        dice === undefined ? 'not run (quadratic)' : `${dice.toFixed(0)} ms (${(dice / m.ms).toFixed(1)}x slower)`,
      ]);
      rows.push({
        measure: `alignSources, ${sources} sources (ms, median of ${RUNS})`,
        system: 'copydesk',
        value: `${m.ms.toFixed(0)} ms, ${m.sentences} sentences`,
        ...(dice !== undefined ? { ratio: `${(dice / m.ms).toFixed(1)}x faster than all-pairs Dice` } : {}),
        ...(sources === 200 ? { reference: 'target: under 5 s for 200 sources of 40 sentences' } : {}),
      });
    }
    const exponent = growthExponent(points);
    rows.push({
      measure: 'growth exponent in total sentences',
      system: 'copydesk',
      value: exponent.toFixed(2),
      reference: 'target: below 1.3 (1 = linear)',
    });
    return {
      title: 'Alignment at scale',
      description: [
        `\`alignSources\` on ${SIZES.join(', ')} outlets' versions of one story, ${PER_SOURCE} sentences each, built by`,
        '`scripts/bench/lib/story.ts` from real text: the wire story is the body of seeds 000–003; each outlet keeps',
        'the first 60–100% of it, carries each sentence verbatim (55%), lightly edited (30%) or heavily rewritten',
        '(15%), swaps adjacent sentences with probability 0.1, and fills up with local sentences from unrelated real',
        'text (PAN-13 source texts when ../shared/data is present, else seed 004). Each size runs in a fresh process',
        `(median of ${RUNS}; time includes normalizing the articles, after a warm-up on two outlets). Peak memory is`,
        'the peak RSS of the process minus that of the same process generating the inputs without aligning them.',
        'The peer is the naive approach in the same process: every sentence against every sentence of every other',
        "outlet with `string-similarity`'s Dice (run at 2 and 10 outlets only; it is quadratic). The growth exponent",
        'is the least-squares slope of log(time) on log(total sentences).',
      ].join('\n'),
      rows,
      details: markdownTable(
        ['outlets', 'sentences', 'groups', 'time (ms)', 'peak memory (MB)', 'all-pairs Dice peer'],
        table,
      ),
    };
  },
};
