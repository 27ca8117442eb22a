/**
 * Current tree against baseline tree in alternating processes: each process
 * loads one tree (`lib/tree-child.ts`), warms up, and times several runs of
 * the same work on the same inputs; processes alternate current, baseline,
 * current, baseline, ... so that drift in machine load affects both alike.
 *
 * Loading both trees into one process is not used for these comparisons:
 * there the two copies of the library share one heap, and each one's garbage
 * is collected during the other's runs (when this was written, the current
 * `findReuse` on the 100,000-word pair took 28–35 ms of CPU alone in a
 * process and 39–61 ms with the baseline's copy timed in the same process).
 *
 * @packageDocumentation
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../eval/lib/env';
import { currentRoot, resolveBaseline, tsxNodeArgs } from './baseline';
import { median } from './timing';
import type { TreeChildResult } from './tree-child';

const CHILD = fileURLToPath(new URL('./tree-child.ts', import.meta.url));

/** Which tree. */
export type TreeName = 'current' | 'baseline';

/** Options of {@link compareTrees}. */
export interface CompareTreesOptions {
  readonly task: 'normalize' | 'reuse';
  /** JSON file with the inputs (see `tree-child.ts`). */
  readonly inputsPath: string;
  /** Processes per tree. */
  readonly processes: number;
  /** Untimed runs at the start of each process. */
  readonly warmup: number;
  /** Timed runs per process. */
  readonly runs: number;
  readonly log: (message: string) => void;
  /** Called after each current/baseline pair of processes (to time a peer in the same stretch of time). */
  readonly afterPair?: (pair: number) => void;
}

/** The timings of one tree. */
export interface TreeTiming {
  readonly tree: TreeName;
  /** Every process's result, in order. */
  readonly processes: readonly TreeChildResult[];
  /** Median over the processes of each process's median wall time, in milliseconds. */
  readonly wallMs: number;
  /** Median over the processes of each process's median CPU time, in milliseconds. */
  readonly cpuMs: number;
  readonly result: number;
}

/**
 * Runs one child process (`tree-child.ts`) and returns its timings.
 *
 * @param task - The child's task.
 * @param root - The tree to load copydesk from.
 * @param options - Inputs file, warm-up and timed runs.
 */
export function runChild(
  task: string,
  root: string,
  options: Pick<CompareTreesOptions, 'inputsPath' | 'warmup' | 'runs'>,
): TreeChildResult {
  const run = spawnSync(
    process.execPath,
    [...tsxNodeArgs(), CHILD, task, root, options.inputsPath, String(options.warmup), String(options.runs)],
    { cwd: repoRoot, encoding: 'utf8', timeout: 900_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    throw new Error(`tree child failed (${task}, ${root}): ${run.status ?? run.signal}: ${run.stderr.slice(-2000)}`);
  }
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as TreeChildResult;
}

/**
 * Times the task on the current tree and, when there is one, the baseline tree, in alternating processes.
 *
 * @returns The current tree's timing, then the baseline's (absent without a baseline).
 */
export function compareTrees(options: CompareTreesOptions): { current: TreeTiming; baseline?: TreeTiming } {
  const baseline = resolveBaseline(options.log);
  const trees: Array<[TreeName, string]> = [['current', currentRoot]];
  if (baseline.root !== undefined) trees.push(['baseline', baseline.root]);
  const results = new Map<TreeName, TreeChildResult[]>(trees.map(([tree]) => [tree, []]));
  for (let p = 0; p < options.processes; p++) {
    for (const [tree, root] of trees) {
      const result = runChild(options.task, root, options);
      results.get(tree)!.push(result);
      options.log(
        `${options.task}, ${tree} process ${p + 1}/${options.processes}: median CPU ${median(result.cpuMs).toFixed(1)} ms, ` +
          `wall ${median(result.wallMs).toFixed(1)} ms`,
      );
    }
    options.afterPair?.(p);
  }
  const timing = (tree: TreeName): TreeTiming | undefined => {
    const processes = results.get(tree);
    if (processes === undefined) return undefined;
    return {
      tree,
      processes,
      wallMs: median(processes.map((r) => median(r.wallMs))),
      cpuMs: median(processes.map((r) => median(r.cpuMs))),
      result: processes[processes.length - 1]!.result,
    };
  };
  const base = timing('baseline');
  return { current: timing('current')!, ...(base === undefined ? {} : { baseline: base }) };
}
