/**
 * Hostile inputs (issue 10, acceptance 2): the public calls on inputs built to
 * hit super-linear paths, at three sizes up to the 5 MiB input limit, each
 * (family, call, size) in a fresh process with a hard timeout; the growth
 * exponent of each call is checked against the acceptance (at most 1.2, and
 * the largest case under 10 s). Also the heap growth of the caches over 200
 * calls with unique long words.
 *
 * Environment:
 * - `COPYDESK_BENCH_QUICK=1`: sizes 10 times smaller (for trying the harness);
 * - `COPYDESK_BENCH_TIMEOUT_S`: the per-call timeout in seconds (default 60);
 * - `COPYDESK_BENCH_HOSTILE`: comma-separated family names to run (default all:
 *   dotted, repetitive, sentence, names, sources, cache).
 *
 * @packageDocumentation
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AUTO_PROVENANCE_LIMIT } from '../../src/align/align-sources';
import { DEFAULT_MAX_LENGTH } from '../../src/normalize/normalize-article';
import { markdownTable, textTable } from '../eval/lib/table';
import { median } from './lib/timing';
import type { Bench, BenchRow } from './types';

const CHILD = fileURLToPath(new URL('./lib/hostile-child.ts', import.meta.url));
const QUICK = process.env['COPYDESK_BENCH_QUICK'] === '1';
const SCALE = QUICK ? 10 : 1;
const TIMEOUT_S = Number(process.env['COPYDESK_BENCH_TIMEOUT_S'] ?? '') || 60;
/** A whole case (all repetitions, or the 200 cache calls) is killed after this long even if each call finishes. */
const CASE_CAP_S = 10 * TIMEOUT_S;
/** The largest text: 98% of the 5 MiB limit (about 4.9 MiB), so that `text + ' end'` is still accepted. */
const LARGEST = Math.floor(0.98 * DEFAULT_MAX_LENGTH);
const CHAR_SIZES = [LARGEST / 4, LARGEST / 2, LARGEST].map((n) => Math.floor(n / SCALE));
const SOURCE_SIZES = [250, 500, 1_000].map((n) => n / SCALE);
/** Planned repetitions per size (smallest first); a case stops repeating once its timed runs pass {@link BUDGET_MS}. */
const REPS = [7, 7, 7];
const BUDGET_MS = 30_000;
const CACHE_WORD = 200_000 / SCALE;
const CACHE_CALLS = 200;
const MAX_EXPONENT = 1.2;
const MAX_LARGEST_MS = 10_000;
/** Heap growth per call (after GC, over the last 100 calls) under which the caches count as bounded. */
const MAX_CACHE_MB_PER_CALL = 0.05;

interface Family {
  readonly id: string;
  readonly title: string;
  readonly calls: readonly string[];
  readonly sizes: readonly number[];
  readonly unit: 'chars' | 'sources' | 'word';
}

const FAMILIES: readonly Family[] = [
  {
    id: 'dotted',
    title: "1. dotted run 'a.a.a.…'",
    calls: ['compareSentences', 'diffSentences', 'alignSources'],
    sizes: CHAR_SIZES,
    unit: 'chars',
  },
  {
    id: 'repetitive',
    title: "2. repetitive 'U.S. U.S. …', provenance on",
    calls: ['alignSources'],
    sizes: CHAR_SIZES,
    unit: 'chars',
  },
  {
    id: 'sentence',
    title: '3. one huge sentence',
    calls: ['compareSentences', 'alignSources'],
    sizes: CHAR_SIZES,
    unit: 'chars',
  },
  { id: 'names', title: '4. names and numbers differ', calls: ['diffSentences'], sizes: CHAR_SIZES, unit: 'chars' },
  {
    id: 'sources',
    title: '5. many sources',
    calls: ['alignSources', 'toMarkdown', 'toHTML', 'toJSON'],
    sizes: SOURCE_SIZES,
    unit: 'sources',
  },
  {
    id: 'cache',
    title: '6. unique long words (cache growth)',
    calls: ['compareSentences', 'diffSentences'],
    sizes: [CACHE_WORD],
    unit: 'word',
  },
];

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
}

interface CaseResult {
  readonly runs: Run[];
  readonly heapMb: number[];
  /** Set when the case did not complete: `did not finish in 60 s`, `threw …`, `crashed …`, `not run …`. */
  status?: string;
  /** RSS high-water mark before the first timed call (KiB). */
  readyRssKb?: number;
  /** RSS high-water mark of the process (KiB); a lower bound when the process was killed. */
  peakRssKb?: number;
  readyHeapMb?: number;
}

type ChildEvent = {
  readonly type: string;
  readonly call?: string;
  readonly step?: string;
  readonly wallMs?: number;
  readonly cpuMs?: number;
  readonly maxRssKb?: number;
  readonly heapMb?: number;
  readonly message?: string;
};

/** Runs one case in a fresh process; kills it when no call finishes within the timeout. */
function runCase(family: string, call: string, size: number, reps: number, dataDir: string): Promise<CaseResult> {
  const result: CaseResult = { runs: [], heapMb: [] };
  const child = spawn(
    process.execPath,
    [...process.execArgv, '--expose-gc', CHILD, family, call, String(size), String(reps), String(BUDGET_MS), dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  let done = false;
  let killedFor: string | undefined;
  let inSetup = true;
  let setupStep = 'building the input';
  const kill = (why: string): void => {
    if (killedFor === undefined) {
      killedFor = why;
      child.kill('SIGKILL');
    }
  };
  let idle = setTimeout(() => kill('idle'), TIMEOUT_S * 1000);
  const cap = setTimeout(() => kill('cap'), CASE_CAP_S * 1000);
  const onEvent = (e: ChildEvent): void => {
    clearTimeout(idle);
    idle = setTimeout(() => kill('idle'), TIMEOUT_S * 1000);
    if (e.maxRssKb !== undefined) result.peakRssKb = Math.max(result.peakRssKb ?? 0, e.maxRssKb);
    if (e.type === 'setup' && e.step !== undefined) setupStep = e.step === 'aligning' ? 'aligning (setup)' : e.step;
    else if (e.type === 'ready') {
      inSetup = false;
      result.readyRssKb = e.maxRssKb;
      if (e.heapMb !== undefined) result.readyHeapMb = e.heapMb;
    } else if (e.type === 'run') result.runs.push({ wallMs: e.wallMs ?? 0, cpuMs: e.cpuMs ?? 0 });
    else if (e.type === 'error') result.status = `threw ${e.message ?? ''} after ${seconds(e.wallMs ?? 0)}`;
    else if (e.type === 'heap' && e.heapMb !== undefined) result.heapMb.push(e.heapMb);
    else if (e.type === 'done') done = true;
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    let nl = stdout.indexOf('\n');
    while (nl >= 0) {
      const line = stdout.slice(0, nl).trim();
      stdout = stdout.slice(nl + 1);
      if (line.startsWith('{')) onEvent(JSON.parse(line) as ChildEvent);
      nl = stdout.indexOf('\n');
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(idle);
      clearTimeout(cap);
      if (killedFor === 'idle') {
        result.status = `did not finish in ${TIMEOUT_S} s${inSetup ? ` (${setupStep})` : ''}`;
      } else if (killedFor === 'cap') {
        result.status = `stopped: case over ${CASE_CAP_S} s after ${result.runs.length} calls`;
      } else if (!done && result.status === undefined) {
        const last = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ').slice(0, 300);
        result.status = `crashed (exit ${code ?? signal}): ${last}`;
      }
      resolve(result);
    });
  });
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function sizeLabel(family: Family, size: number): string {
  if (family.unit === 'sources') return `${size} sources`;
  if (family.unit === 'word') return `${(size / 1000).toFixed(0)} KB words`;
  return `${(size / 2 ** 20).toFixed(2)} MiB`;
}

function mb(kb: number | undefined): string {
  return kb === undefined ? '' : (kb / 1024).toFixed(0);
}

/** Least-squares slope of y on x. */
function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
  const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return num / den;
}

/** Least-squares slope of log(time) on log(size). */
function growthExponent(points: ReadonlyArray<readonly [number, number]>): number {
  return slope(points.map(([n, t]) => [Math.log(n), Math.log(Math.max(t, 0.01))] as const));
}

const DESCRIPTION = `
Each family is an input built to hit a super-linear path in the library (issue 10). Text families run at three sizes,
${CHAR_SIZES.map((n) => (n / 2 ** 20).toFixed(2)).join(', ')} MiB (the last about 98% of the 5 MiB input limit,
\`DEFAULT_MAX_LENGTH\`); the source-count family at ${SOURCE_SIZES.map((n) => n.toLocaleString('en')).join(', ')} sources.${
  QUICK ? ' **Quick run** (`COPYDESK_BENCH_QUICK=1`): all sizes are 10 times smaller than in the real benchmark.' : ''
}

- (1) *Dotted run*: \`t = 'a.'.repeat(n / 2)\`, one token of dotted letters; \`compareSentences(t, 'x')\`,
\`diffSentences(t, t.slice(2) + 'b.')\` and \`alignSources\` of \`t\` and \`t + ' x'\`.
- (2) *Repetitive text, provenance on (the default for two sources)*: \`t = 'U.S. '.repeat(n / 5)\`; \`alignSources\` of
\`t\` and \`t + ' end'\`.
- (3) *One huge sentence*: two different texts of n characters with no sentence break, lower-case words drawn with a
seeded PRNG (mulberry32) from the distinct words of \`seeds/*.txt\`; \`compareSentences(a, b)\` and \`alignSources\`.
- (4) *Names and numbers differ*: \`Smith paid 1,234 dollars to Jones\` repeated to n characters with surnames and
amounts drawn per repeat; the second text changes the payer, the amount or the payee in three repeats out of four;
\`diffSentences(a, b)\`.
- (5) *Many sources*: ${SOURCE_SIZES.map((n) => n.toLocaleString('en')).join(', ')} outlets' versions of one story of 5 sentences each
(\`scripts/bench/lib/story.ts\`: seed sentences verbatim, edited or rewritten, plus local sentences);
\`alignSources\` (provenance is skipped above ${AUTO_PROVENANCE_LIMIT} sources by default), and \`toMarkdown\`, \`toHTML\`, \`toJSON\` of
its result, each timed on its own (the alignment is then done once, untimed, before them).
- (6) *Unique long words*: ${CACHE_CALLS} calls of \`compareSentences(w + ' a b c', w + ' a b d')\` (and, in another
process, of \`diffSentences\`) with a new ${(CACHE_WORD / 1000).toFixed(0)} KB word \`w\` of random letters each time;
after each call the heap used is read after a forced GC (\`node --expose-gc\`), and the growth is the least-squares
slope of heap used on the call number over the last 100 calls.

Every (family, call, size) runs in a fresh Node process (\`scripts/bench/lib/hostile-child.ts\`), after an untimed
warm-up of the same call on a 2,000-character input (5 sources). Times are the median over up to ${REPS.join(
  '/',
)} repetitions for the three sizes (fewer once a case's repetitions pass ${BUDGET_MS / 1000} s): wall-clock time and
CPU time (user + system of the process from \`process.cpuUsage()\`, which includes the garbage collector's threads).
The machine may be shared, so CPU time is the steadier figure. Peak memory is the process's peak RSS,
\`process.resourceUsage().maxRSS\`, and its growth over the RSS high-water mark just before the first timed call
(inputs built, code warmed up); for the renderers, that mark includes the alignment. A call that has not returned
after ${TIMEOUT_S} s has its process killed and is reported as "did not finish in ${TIMEOUT_S} s"; larger sizes of
that call are then not run. The growth exponent of a call is the least-squares slope of log(median CPU time) on
log(size) over the three sizes (the slope for wall time is shown beside it); a call passes the acceptance when all
three sizes finish, the exponent is at most ${MAX_EXPONENT} and the largest size takes under
${MAX_LARGEST_MS / 1000} s of CPU time. CPU time is used for the mark because on a shared machine wall time also
measures the other work (the timeout, though, is on wall time). The cache family passes when the heap
grows by at most ${MAX_CACHE_MB_PER_CALL} MB per call over the last 100 calls. Run this benchmark alone with
\`npm run bench -- hostile\` (the report is then not written); \`COPYDESK_BENCH_QUICK=1\` makes every size 10 times
smaller, \`COPYDESK_BENCH_TIMEOUT_S\` sets the timeout and \`COPYDESK_BENCH_HOSTILE=dotted,names\` picks families.
`;

/** The hostile-input benchmark. */
export const bench: Bench = {
  name: 'hostile',
  async run(ctx) {
    const only = (process.env['COPYDESK_BENCH_HOSTILE'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const families = only.length === 0 ? FAMILIES : FAMILIES.filter((f) => only.includes(f.id));
    const rows: BenchRow[] = [];
    const table: string[][] = [];
    const cacheTable: string[][] = [];
    ctx.log(
      `${QUICK ? 'QUICK run (sizes / 10), ' : ''}timeout ${TIMEOUT_S} s per call, families: ${families.map((f) => f.id).join(', ')}`,
    );
    for (const family of families) {
      for (const call of family.calls) {
        if (family.unit === 'word') {
          const size = family.sizes[0]!;
          const r = await runCase(family.id, call, size, CACHE_CALLS, ctx.dataDir);
          const heap = r.heapMb;
          const tail = heap.slice(-100).map((h, i) => [heap.length - Math.min(100, heap.length) + i + 1, h] as const);
          const perCall = tail.length >= 2 ? slope(tail) : Number.NaN;
          const ok = r.status === undefined && heap.length === CACHE_CALLS && perCall <= MAX_CACHE_MB_PER_CALL;
          const at = (i: number): string => (heap[i - 1] === undefined ? '' : heap[i - 1]!.toFixed(1));
          const line = [
            call,
            sizeLabel(family, size),
            String(r.runs.length),
            r.runs.length === 0 ? '' : median(r.runs.map((x) => x.wallMs)).toFixed(1),
            r.runs.length === 0 ? '' : median(r.runs.map((x) => x.cpuMs)).toFixed(1),
            r.readyHeapMb === undefined ? '' : r.readyHeapMb.toFixed(1),
            at(1),
            at(100),
            at(CACHE_CALLS),
            Number.isNaN(perCall) ? '' : perCall.toFixed(3),
            mb(r.peakRssKb),
            r.status ?? 'ok',
          ];
          cacheTable.push(line);
          ctx.log(`${family.id} ${call}: ${line.join(' | ')}`);
          rows.push({
            measure: `${family.title}: ${call}, ${CACHE_CALLS} calls with ${sizeLabel(family, size)}`,
            system: 'copydesk',
            value: Number.isNaN(perCall)
              ? (r.status ?? 'no figure')
              : `${perCall >= 0 ? '+' : ''}${perCall.toFixed(3)} MB heap per call over the last 100 calls (heap after GC ${at(1)} → ${at(CACHE_CALLS) || at(heap.length)} MB)` +
                (r.status === undefined ? '' : `; ${r.status}`),
            reference: `bounded (≤ ${MAX_CACHE_MB_PER_CALL} MB per call): ${ok ? 'pass' : 'FAIL'}`,
          });
          continue;
        }
        const points: Array<readonly [number, number]> = [];
        const cpuPoints: Array<readonly [number, number]> = [];
        const cpuMedians: string[] = [];
        const wallMedians: string[] = [];
        let blocked: string | undefined;
        let failure: string | undefined;
        for (const [k, size] of family.sizes.entries()) {
          const label = sizeLabel(family, size);
          if (blocked !== undefined) {
            table.push([family.title, call, label, '', '', '', '', '', `not run: ${blocked}`]);
            cpuMedians.push('not run');
            wallMedians.push('not run');
            continue;
          }
          const r = await runCase(family.id, call, size, REPS[k] ?? 1, ctx.dataDir);
          const wall = r.runs.length === 0 ? undefined : median(r.runs.map((x) => x.wallMs));
          const cpu = r.runs.length === 0 ? undefined : median(r.runs.map((x) => x.cpuMs));
          const growth =
            r.peakRssKb !== undefined && r.readyRssKb !== undefined ? r.peakRssKb - r.readyRssKb : undefined;
          const killed = r.status?.startsWith('did not finish') || r.status?.startsWith('crashed');
          const line = [
            family.title,
            call,
            label,
            String(r.runs.length),
            wall === undefined ? '' : wall.toFixed(1),
            cpu === undefined ? '' : cpu.toFixed(1),
            `${killed ? '≥ ' : ''}${mb(r.peakRssKb)}`,
            growth === undefined ? '' : `${killed ? '≥ ' : ''}${mb(growth)}`,
            r.status ?? 'ok',
          ];
          table.push(line);
          ctx.log(`${family.id} ${call} ${label}: ${line.slice(3).join(' | ')}`);
          if (r.status === undefined && wall !== undefined && cpu !== undefined) {
            points.push([size, wall]);
            cpuPoints.push([size, cpu]);
            cpuMedians.push(seconds(cpu));
            wallMedians.push(seconds(wall));
          } else {
            failure ??= `${label}: ${r.status ?? 'no run'}`;
            const timedOut = r.status?.startsWith('did not finish') === true;
            cpuMedians.push(timedOut ? 'did not finish' : 'failed');
            wallMedians.push(timedOut ? `> ${TIMEOUT_S} s` : 'failed');
            if (killed) blocked = `${label} did not finish`;
          }
        }
        const complete = points.length === family.sizes.length;
        // The mark uses CPU time: on a shared machine wall time also measures the other work.
        const exponent = complete ? growthExponent(cpuPoints) : undefined;
        const wallExponent = complete ? growthExponent(points) : undefined;
        const largestMs = complete ? cpuPoints[cpuPoints.length - 1]![1] : undefined;
        const pass =
          exponent !== undefined && largestMs !== undefined && exponent <= MAX_EXPONENT && largestMs < MAX_LARGEST_MS;
        const sizes = family.sizes.map((s) => sizeLabel(family, s)).join(' / ');
        rows.push({
          measure: `${family.title}: ${call}`,
          system: 'copydesk',
          value:
            `${sizes}: CPU ${cpuMedians.join(' / ')} (wall ${wallMedians.join(' / ')}); ` +
            (exponent === undefined
              ? `exponent n/a (${failure ?? 'incomplete'})`
              : `exponent ${exponent.toFixed(2)} (wall ${wallExponent!.toFixed(2)})`),
          reference: `exponent ≤ ${MAX_EXPONENT}, largest < ${MAX_LARGEST_MS / 1000} s: ${pass ? 'pass' : 'FAIL'}`,
        });
      }
    }
    const header = [
      'family',
      'call',
      'size',
      'runs',
      'wall (ms, median)',
      'CPU (ms, median)',
      'peak RSS (MB)',
      'RSS growth (MB)',
      'status',
    ];
    const cacheHeader = [
      'call',
      'word',
      'calls',
      'wall per call (ms, median)',
      'CPU per call (ms, median)',
      'heap before (MB)',
      'heap after call 1 (MB)',
      'after 100',
      `after ${CACHE_CALLS}`,
      'MB per call, last 100',
      'peak RSS (MB)',
      'status',
    ];
    if (table.length > 0) ctx.log(`\n${textTable(header, table)}`);
    if (cacheTable.length > 0) ctx.log(`\n${textTable(cacheHeader, cacheTable)}`);
    const details: string[] = [];
    if (table.length > 0) details.push(markdownTable(header, table));
    if (cacheTable.length > 0) details.push(markdownTable(cacheHeader, cacheTable));
    return {
      title: `Hostile inputs up to the 5 MiB limit${QUICK ? ' (quick run: sizes / 10)' : ''}`,
      description: DESCRIPTION.trim().replace(/(?<!\n)\n(?!\n|- )/g, ' '),
      rows,
      details: details.join('\n\n'),
    };
  },
};
