// Times one call of copydesk, loaded from a given tree, in a process of its own, and prints the runs as JSON.
// Usage: node <tsx loader> tree-child.ts <normalize|reuse|html|readability> <root> <inputs.json> <warmup> <runs>
//   <root>: the tree to load copydesk from (`<root>/src/index.ts`: the current checkout or an extracted baseline);
//   <inputs.json>: normalize: `string[]` (every text is normalized once per run);
//                  reuse: `{ source, target }` (one `findReuse(source, target)` per run);
//                  html: `string[]` of pages (`normalizeArticle({ html })` of every page once per run);
//                  readability: `string[]` of pages (Mozilla Readability on linkedom, `parseHTML` and `parse()`,
//                  of every page once per run; `<root>` is not used).
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { loadCopydesk } from './baseline';
import { timeInterleaved } from './timing';

/** Length of the article HTML Readability extracts (0 when it finds none or fails: linkedom gives some old pages a null body). */
function readabilityLength(html: string): number {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return article?.content?.length ?? 0;
  } catch {
    return 0;
  }
}

/** What the child prints (last line of stdout). */
export interface TreeChildResult {
  /** Wall time of each timed run, in milliseconds. */
  readonly wallMs: readonly number[];
  /** CPU time (user + system of the process, `process.cpuUsage()`) of each timed run, in milliseconds. */
  readonly cpuMs: readonly number[];
  /** Sentences found (normalize) or passages found (reuse) by the last run. */
  readonly result: number;
}

const TASKS = ['normalize', 'reuse', 'html', 'readability'];
const [task, root, inputsPath, warmup = '1', runs = '5'] = process.argv.slice(2);
if (task === undefined || !TASKS.includes(task) || root === undefined || inputsPath === undefined) {
  throw new Error('usage: tree-child.ts <normalize|reuse|html|readability> <root> <inputs.json> <warmup> <runs>');
}
const inputs: unknown = JSON.parse(readFileSync(inputsPath, 'utf8'));
/** One call per text, summed over the texts of a run. */
const overAll = (texts: readonly string[], call: (text: string) => number) => (): number => {
  let n = 0;
  for (const text of texts) n += call(text);
  return n;
};
let run: () => number;
if (task === 'readability') {
  run = overAll(inputs as string[], readabilityLength);
} else if (task === 'html' || task === 'normalize') {
  const { normalizeArticle } = await loadCopydesk(root);
  run = overAll(inputs as string[], (text) =>
    task === 'html' ? normalizeArticle({ html: text }).sentences.length : normalizeArticle(text).sentences.length,
  );
} else {
  const { findReuse } = await loadCopydesk(root);
  const { source, target } = inputs as { source: string; target: string };
  run = () => findReuse(source, target).length;
}
const [timing] = timeInterleaved([{ name: task, run }], { warmup: Number(warmup), runs: Number(runs) });
const result: TreeChildResult = { wallMs: timing!.runsMs, cpuMs: timing!.cpuRunsMs, result: timing!.result };
console.log(JSON.stringify(result));
