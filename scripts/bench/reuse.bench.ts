/**
 * Time of `findReuse` (1) on two 10,000-word documents (a source and a
 * derived copy with half its text replaced), beside jsdiff's `diffWords` and
 * a naive sentence-by-sentence `string-similarity` pass on the same pair; and
 * (2) on two 100,000-word documents built the same way, beside `findReuse` of
 * the baseline commit (`lib/baseline.ts`) and `sim_text` (Debian package
 * similarity-tester) when it is installed.
 *
 * @packageDocumentation
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffWords } from 'diff';
import stringSimilarity from 'string-similarity';
import { createRng } from '../eval/lib/derive';
import { repoRoot } from '../eval/lib/env';
import { type Copydesk, currentRoot, loadCopydesk, resolveBaseline } from './lib/baseline';
import { median, type Timing, timeInterleaved } from './lib/timing';
import { compareTrees } from './lib/trees';
import type { Bench, BenchRow } from './types';

const WORDS = 10_000;
const LARGE_WORDS = 100_000;
/** Processes per tree, warm-up runs and timed runs per process, for the 100,000-word pair. */
const LARGE_PROCESSES = 3;
const LARGE_WARMUP = 5;
const LARGE_RUNS = 15;
/** sim_text runs (on the pair, and on two tiny files) after each current/baseline pair of processes. */
const SIM_RUNS_PER_PAIR = 5;

interface SimRuns {
  readonly wallMs: number[];
  readonly cpuMs: number[];
  result: number;
}
/** sim_text's minimum run, in words: findReuse's default `minTokens`. */
const SIM_MIN_RUN = 8;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** Sentences of the PAN-13 source documents (or the seeds without data), in a fixed order, at least `words` words. */
function sentencePool(
  dataDir: string,
  splitSentences: Copydesk['splitSentences'],
  words: number,
): { sentences: string[]; words: number; from: string } {
  const dir = join(dataDir, 'pan13-text-alignment-subset', 'src');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((f) => join(dir, f))
    : readdirSync(join(repoRoot, 'seeds'))
        .sort()
        .map((f) => join(repoRoot, 'seeds', f));
  const sentences: string[] = [];
  let n = 0;
  for (const f of files) {
    for (const s of splitSentences(readFileSync(f, 'utf8').replace(/\s+/g, ' '))) {
      sentences.push(s.text);
      n += s.text.split(' ').length;
    }
    if (sentences.length > 3000 && n >= words) break;
  }
  return { sentences, words: n, from: existsSync(dir) ? 'PAN-13 source documents' : 'the seeds (no development data)' };
}

function take(sentences: readonly string[], from: number, words: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (let i = from; n < words; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(s);
    n += s.split(' ').length;
  }
  return out;
}

/**
 * A source of `words` words from the pool at `sourceFrom`, and a target of the same length alternating runs of
 * 1–6 source sentences with runs of unrelated sentences taken from `otherFrom` (seeded PRNG).
 */
function buildPair(
  pool: readonly string[],
  words: number,
  sourceFrom: number,
  otherFrom: (sourceSentences: number) => number,
): { sourceSentences: string[]; source: string; target: string } {
  const rng = createRng(7);
  const sourceSentences = take(pool, sourceFrom, words);
  const other = take(pool, otherFrom(sourceSentences.length), words);
  const targetSentences: string[] = [];
  let i = 0;
  let j = 0;
  let copy = true;
  while (i < sourceSentences.length) {
    const k = rng.int(1, 6);
    if (copy) targetSentences.push(...sourceSentences.slice(i, i + k));
    else targetSentences.push(...other.slice(j, j + k));
    i += k;
    j += k;
    copy = !copy;
  }
  return { sourceSentences, source: sourceSentences.join(' '), target: targetSentences.join(' ') };
}

/** `sim_text -v`, or undefined when it is not installed. */
function simTextVersion(): string | undefined {
  const run = spawnSync('sim_text', ['-v'], { encoding: 'utf8' });
  if (run.error !== undefined || run.status !== 0) return undefined;
  return run.stdout.trim() || 'unknown build';
}

/** Seconds of a `times` line field such as `0m1.234s`. */
function timesSeconds(field: string): number {
  const m = /^(\d+)m([\d.]+)s$/.exec(field);
  if (m === null) throw new Error(`unexpected \`times\` output: ${field}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Runs `sim_text` on two files through bash, which reports the child's user and system time (`times`).
 *
 * @returns The number of runs sim_text reported and its CPU time in milliseconds.
 */
function runSimText(a: string, b: string, out: string): { runs: number; cpuMs: number } {
  const run = spawnSync(
    'bash',
    ['-c', 'sim_text -s -n -T -r "$1" "$2" "$3" > "$4" || exit 1; times', 'bash', String(SIM_MIN_RUN), a, b, out],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`sim_text failed: ${run.status ?? run.signal}: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  const [user, system] = (lines[lines.length - 1] ?? '').trim().split(/\s+/);
  const cpuMs = (timesSeconds(user ?? '') + timesSeconds(system ?? '')) * 1000;
  // With -n, every run is one line `a.txt: line i-j | b.txt: line k-l [words]`.
  const runs = readFileSync(out, 'utf8')
    .split('\n')
    .filter((l) => /\[\d+\]\s*$/.test(l)).length;
  return { runs, cpuMs };
}

function ms(value: number): string {
  return value.toFixed(value < 100 ? 1 : 0);
}

/** The reuse benchmark. */
export const bench: Bench = {
  name: 'reuse',
  async run(ctx) {
    // Both trees are loaded the same way: built as the package is (lib/baseline.ts), only through the public entry.
    const { findReuse, splitSentences } = await loadCopydesk(currentRoot);
    const pool = sentencePool(ctx.dataDir, splitSentences, 2.2 * LARGE_WORDS);
    const { sentences, from } = pool;

    // (1) Two 10,000-word documents.
    const { source, target } = buildPair(sentences, WORDS, 0, () => 1500);
    ctx.log(`source ${wordCount(source)} words, target ${wordCount(target)} words`);
    const targetSplit = splitSentences(target).map((s) => s.text);
    const sourceSplit = splitSentences(source).map((s) => s.text);
    const timings: Array<Pick<Timing, 'name' | 'medianMs' | 'cpuMedianMs' | 'result'>> = timeInterleaved(
      [
        { name: 'findReuse', run: () => findReuse(source, target).length },
        {
          name: 'string-similarity, sentence by sentence',
          run: () => {
            let n = 0;
            for (const t of targetSplit) {
              if (stringSimilarity.findBestMatch(t, sourceSplit).bestMatch.rating >= 0.8) n++;
            }
            return n;
          },
        },
      ],
      { warmup: 1, runs: 5, onRound: (r) => ctx.log(`10k words: round ${r + 1}/6`) },
    );
    // jsdiff's word diff takes tens of seconds on this pair: timed once, outside the interleaved rounds.
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const jsdiffCommon = diffWords(source, target).filter((c) => !c.added && !c.removed).length;
    const jsdiffMs = performance.now() - t0;
    const jsdiffCpu = process.cpuUsage(cpu0);
    timings.push({
      name: 'jsdiff diffWords (1 run)',
      medianMs: jsdiffMs,
      cpuMedianMs: (jsdiffCpu.user + jsdiffCpu.system) / 1000,
      result: jsdiffCommon,
    });
    // findReuse alone, more runs, for a steadier median on a shared machine.
    const [alone] = timeInterleaved([{ name: 'findReuse', run: () => findReuse(source, target).length }], {
      warmup: 3,
      runs: 21,
    });
    const ours = timings[0]!;
    const rows: BenchRow[] = timings.map((t) => ({
      measure: `time, two ${WORDS.toLocaleString('en')}-word documents (ms, median CPU / median wall)`,
      system: t.name,
      value: `${ms(t.cpuMedianMs)} / ${ms(t.medianMs)}`,
      ...(t.name === 'findReuse'
        ? {
            ratio: timings
              .filter((p) => p.name !== 'findReuse')
              .map((p) => `${(p.cpuMedianMs / ours.cpuMedianMs).toFixed(1)}x faster than ${p.name} (CPU)`)
              .join('; '),
            reference: 'target: under 50 ms',
          }
        : {}),
    }));
    rows.push({
      measure: 'time alone, 21 runs after 3 warm-ups (ms, median CPU / median wall)',
      system: 'findReuse',
      value: `${ms(alone!.cpuMedianMs)} / ${ms(alone!.medianMs)}`,
      reference: 'target: under 50 ms',
    });
    rows.push({
      measure: 'findReuse under 50 ms (CPU time)',
      system: 'findReuse',
      value: alone!.cpuMedianMs < 50 ? 'yes' : 'no',
    });

    // (2) Two 100,000-word documents: current and baseline findReuse in alternating processes, and sim_text.
    // The unrelated text starts right after the source, so the two never share sentences when the pool is large
    // enough (the seeds are not: they are then repeated, and the description says so).
    const large = buildPair(sentences, LARGE_WORDS, 0, (n) => n);
    const largeSourceWords = wordCount(large.source);
    const largeTargetWords = wordCount(large.target);
    const poolRepeats = pool.words < 2 * LARGE_WORDS;
    ctx.log(`large pair: source ${largeSourceWords} words, target ${largeTargetWords} words`);
    const baseline = resolveBaseline(ctx.log);
    const baselineName =
      baseline.root === undefined ? 'findReuse (baseline)' : `findReuse (baseline ${baseline.short})`;
    const simVersion = simTextVersion();
    if (simVersion === undefined) ctx.log('sim_text is not installed: that peer is skipped');
    const simBig: SimRuns = { wallMs: [], cpuMs: [], result: 0 };
    const simTiny: SimRuns = { wallMs: [], cpuMs: [], result: 0 };
    const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-reuse-'));
    let trees: ReturnType<typeof compareTrees>;
    try {
      const files = {
        pair: join(work, 'pair.json'),
        source: join(work, 'source.txt'),
        target: join(work, 'target.txt'),
        tinyA: join(work, 'tiny-a.txt'),
        tinyB: join(work, 'tiny-b.txt'),
        out: join(work, 'sim.out'),
      };
      writeFileSync(files.pair, JSON.stringify({ source: large.source, target: large.target }));
      writeFileSync(files.source, `${large.source}\n`);
      writeFileSync(files.target, `${large.target}\n`);
      writeFileSync(files.tinyA, 'one two three\n');
      writeFileSync(files.tinyB, 'four five six\n');
      const simRun = (a: string, b: string, into?: SimRuns): void => {
        const t0 = performance.now();
        const r = runSimText(a, b, files.out);
        const wall = performance.now() - t0;
        if (into === undefined) return;
        into.wallMs.push(wall);
        into.cpuMs.push(r.cpuMs);
        into.result = r.runs;
      };
      if (simVersion !== undefined) {
        simRun(files.source, files.target);
        simRun(files.tinyA, files.tinyB);
      }
      trees = compareTrees({
        task: 'reuse',
        inputsPath: files.pair,
        processes: LARGE_PROCESSES,
        warmup: LARGE_WARMUP,
        runs: LARGE_RUNS,
        log: ctx.log,
        afterPair: () => {
          if (simVersion === undefined) return;
          for (let i = 0; i < SIM_RUNS_PER_PAIR; i++) {
            simRun(files.source, files.target, simBig);
            simRun(files.tinyA, files.tinyB, simTiny);
          }
        },
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    const cur = trees.current;
    const base = trees.baseline;
    const sim = simVersion === undefined ? undefined : { cpuMs: median(simBig.cpuMs), wallMs: median(simBig.wallMs) };
    const tiny =
      simVersion === undefined ? undefined : { cpuMs: median(simTiny.cpuMs), wallMs: median(simTiny.wallMs) };
    const simOwnCpu = sim === undefined || tiny === undefined ? undefined : sim.cpuMs - tiny.cpuMs;
    const simOwnWall = sim === undefined || tiny === undefined ? undefined : sim.wallMs - tiny.wallMs;
    const largeMeasure = `time, two ${LARGE_WORDS.toLocaleString('en')}-word documents (ms, median CPU / median wall)`;
    rows.push({
      measure: largeMeasure,
      system: 'findReuse (current)',
      value: `${ms(cur.cpuMs)} / ${ms(cur.wallMs)}`,
      ratio: [
        base === undefined ? undefined : `baseline/current: ${(base.cpuMs / cur.cpuMs).toFixed(2)}x CPU`,
        sim === undefined ? undefined : `sim_text/findReuse: ${(sim.cpuMs / cur.cpuMs).toFixed(2)}x CPU`,
      ]
        .filter((x) => x !== undefined)
        .join('; '),
    });
    rows.push({
      measure: largeMeasure,
      system: baselineName,
      value:
        base === undefined
          ? `not measured: ${baseline.root === undefined ? baseline.reason : 'no timing'}`
          : `${ms(base.cpuMs)} / ${ms(base.wallMs)}`,
    });
    if (sim !== undefined && tiny !== undefined && simOwnCpu !== undefined && simOwnWall !== undefined) {
      rows.push({
        measure: largeMeasure,
        system: 'sim_text (process start included)',
        value: `${ms(sim.cpuMs)} / ${ms(sim.wallMs)}`,
      });
      rows.push({
        measure: largeMeasure,
        system: 'sim_text on two 3-word files (process start)',
        value: `${ms(tiny.cpuMs)} / ${ms(tiny.wallMs)}`,
      });
      rows.push({
        measure: largeMeasure,
        system: "sim_text's own time (the two above subtracted)",
        value: `${ms(simOwnCpu)} / ${ms(simOwnWall)}`,
        ratio: `sim_text/findReuse: ${(simOwnCpu / cur.cpuMs).toFixed(2)}x CPU`,
      });
    } else {
      rows.push({
        measure: largeMeasure,
        system: 'sim_text',
        value: 'not installed (`apt-get install similarity-tester`): peer skipped',
      });
    }
    rows.push({
      measure: `findReuse at least as fast as sim_text, two ${LARGE_WORDS.toLocaleString('en')}-word documents (CPU)`,
      system: 'findReuse (current)',
      value:
        sim === undefined || simOwnCpu === undefined
          ? 'not judged: sim_text is not installed'
          : `${cur.cpuMs <= sim.cpuMs ? 'yes' : 'no'} (findReuse ${ms(cur.cpuMs)} ms, sim_text ${ms(sim.cpuMs)} ms ` +
            `with its process start; against its own ${ms(simOwnCpu)} ms: ${cur.cpuMs <= simOwnCpu ? 'yes' : 'no'})`,
      reference: 'target: findReuse CPU time <= sim_text CPU time (process start included)',
    });

    const baselineText =
      baseline.root === undefined
        ? `The baseline tree was not measured (${baseline.reason}).`
        : `\`${baselineName}\` is \`findReuse\` of commit \`${baseline.short}\` (\`${baseline.sha}\`, from ` +
          '`COPYDESK_BENCH_BASELINE` or the default `2078dad`, the last commit before the redesign), extracted with ' +
          `\`git archive ${baseline.short} src\` into a temporary folder.`;
    const simText =
      simVersion === undefined
        ? '`sim_text` (Debian package similarity-tester) is not installed on this machine, so that peer was ' +
          'skipped and the target comparing with it is not judged (`apt-get install similarity-tester` to include it).'
        : `\`sim_text\` (Debian package similarity-tester, ${simVersion}) runs as a child process of this process on ` +
          'the same two texts written to files in a temporary folder (one line each), as `sim_text -s -n -T -r ' +
          `${SIM_MIN_RUN} source.txt target.txt > out\` (no comparison of a file with itself, runs summarized, ` +
          `minimum run ${SIM_MIN_RUN} words, findReuse's default \`minTokens\`; this build's default is 24), ` +
          "started through `bash -c '...; times'`: its CPU time is the child's user + system time that bash's " +
          '`times` reports, its wall time that of the whole `spawnSync`, so both include starting the process. ' +
          `After one untimed run, it runs ${SIM_RUNS_PER_PAIR} times after each current/baseline pair of processes ` +
          `(${SIM_RUNS_PER_PAIR * LARGE_PROCESSES} runs), each run followed by the same command on two 3-word files, ` +
          "which measures the start-up (sim_text's and bash's); sim_text's own time is the median on the pair minus " +
          'the median on the tiny files. Its figures are the medians of its runs.';
    return {
      title: 'Passage-level reuse between two documents (10,000 and 100,000 words)',
      description: [
        `Source: about ${WORDS.toLocaleString('en')} words of ${from} (sentences in file order). Target: the same ` +
          'length, alternating runs of 1–6 source sentences with runs of unrelated sentences (seeded PRNG), so half ' +
          'of it is copied. Peers on the same pair in the same process: jsdiff `diffWords` (a full word diff, timed ' +
          'once) and a naive pass that compares each target sentence with every source sentence using ' +
          '`string-similarity`. One warm-up round, then 5 interleaved rounds; then `findReuse` alone, 3 warm-ups and ' +
          '21 runs. Results per system (passages found / common parts / sentences rated >= 0.8): ' +
          timings.map((t) => `${t.name}: ${t.result}`).join(', ') +
          '.',
        '',
        `The 100,000-word pair is built the same way: a source of ${largeSourceWords.toLocaleString('en')} words ` +
          `and a target of ${largeTargetWords.toLocaleString('en')} words, the unrelated sentences taken after the ` +
          'source in the pool' +
          (poolRepeats
            ? ` (**the pool, ${pool.words.toLocaleString('en')} words of ${from}, is too small: its sentences repeat, ` +
              'so these figures are not comparable with runs on the data**)'
            : ` (no sentence repeats: the pool holds ${pool.words.toLocaleString('en')} words)`) +
          `. \`findReuse(source, target)\` with default options. ${baselineText} ${simText}`,
        '',
        `\`findReuse\` runs on each tree in processes of its own (\`scripts/bench/lib/tree-child.ts\`), ` +
          `${LARGE_PROCESSES} per tree, alternating current, baseline, current, baseline, ...; each process loads ` +
          'one tree, built as the package is (`scripts/bench/lib/baseline.ts`), only through its public entry, reads the pair from a JSON ' +
          `file written by this process (the same file for both trees), runs \`findReuse\` ${LARGE_WARMUP} times ` +
          `untimed, then ${LARGE_RUNS} timed runs, recording wall time and CPU time (user + system of the process ` +
          "from `process.cpuUsage()`, GC threads included). A tree's figure is the median over its processes of " +
          "each process's median. (The two trees are not timed in one process: they would share one heap, and each " +
          "one's garbage would be collected during the other's runs.) The machine is shared (2 cores), so CPU time " +
          'is the figure to judge: ratios and targets use it. Results (passages found / sim_text runs reported): ' +
          `current ${cur.result}` +
          (base === undefined ? '' : `, baseline ${base.result}`) +
          (simVersion === undefined ? '' : `, sim_text ${simBig.result}`) +
          '.',
      ].join('\n'),
      rows,
    };
  },
};
