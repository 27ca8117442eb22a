// Times one call of copydesk, loaded from a given tree, in a process of its own, and prints the runs as JSON.
// Usage: node <tsx loader> tree-child.ts <normalize|reuse> <root> <inputs.json> <warmup> <runs>
//   <root>: the tree to load copydesk from (`<root>/src/index.ts`: the current checkout or an extracted baseline);
//   <inputs.json>: normalize: `string[]` (every text is normalized once per run);
//                  reuse: `{ source, target }` (one `findReuse(source, target)` per run).
import { readFileSync } from 'node:fs';
import { loadCopydesk } from './baseline';
import { timeInterleaved } from './timing';

/** What the child prints (last line of stdout). */
export interface TreeChildResult {
  /** Wall time of each timed run, in milliseconds. */
  readonly wallMs: readonly number[];
  /** CPU time (user + system of the process, `process.cpuUsage()`) of each timed run, in milliseconds. */
  readonly cpuMs: readonly number[];
  /** Sentences found (normalize) or passages found (reuse) by the last run. */
  readonly result: number;
}

const [task, root, inputsPath, warmup = '1', runs = '5'] = process.argv.slice(2);
if ((task !== 'normalize' && task !== 'reuse') || root === undefined || inputsPath === undefined) {
  throw new Error('usage: tree-child.ts <normalize|reuse> <root> <inputs.json> <warmup> <runs>');
}
const { findReuse, normalizeArticle } = await loadCopydesk(root);
const inputs: unknown = JSON.parse(readFileSync(inputsPath, 'utf8'));
let run: () => number;
if (task === 'normalize') {
  const texts = inputs as string[];
  run = () => {
    let n = 0;
    for (const text of texts) n += normalizeArticle(text).sentences.length;
    return n;
  };
} else {
  const { source, target } = inputs as { source: string; target: string };
  run = () => findReuse(source, target).length;
}
const [timing] = timeInterleaved([{ name: task, run }], { warmup: Number(warmup), runs: Number(runs) });
const result: TreeChildResult = { wallMs: timing!.runsMs, cpuMs: timing!.cpuRunsMs, result: timing!.result };
console.log(JSON.stringify(result));
