// Runs one alignment in a fresh process and prints its wall time, CPU time and peak memory as JSON.
// Usage: node <tsx loader> align-child.ts <root> <inputs.json> [copydesk|dice]
//   <root>: the tree to load copydesk from (`<root>/src/index.ts`: the current checkout or an extracted baseline);
//   <inputs.json>: the articles, `[{ id, text }, ...]`, written by align.bench.ts (the same file for both trees).
import { readFileSync } from 'node:fs';
import stringSimilarity from 'string-similarity';
import { loadCopydesk } from './baseline';

/** What the child prints (last line of stdout). */
export interface AlignChildResult {
  readonly wallMs: number;
  /** User + system CPU time of the process during the call (`process.cpuUsage()`, GC threads included). */
  readonly cpuMs: number;
  readonly articles: number;
  readonly sentences: number;
  /** Alignment groups (copydesk) or sentence pairs rated >= 0.5 (dice). */
  readonly groups: number;
  /** RSS high-water mark just before the timed call (inputs read, code warmed up), in KB. */
  readonly rssBeforeKb: number;
  /** RSS high-water mark after the call, in KB. */
  readonly maxRssKb: number;
}

const [root, inputsPath, mode = 'copydesk'] = process.argv.slice(2);
if (root === undefined || inputsPath === undefined || (mode !== 'copydesk' && mode !== 'dice')) {
  throw new Error('usage: align-child.ts <root> <inputs.json> [copydesk|dice]');
}
const { alignSources, normalizeArticle } = await loadCopydesk(root);
const inputs = JSON.parse(readFileSync(inputsPath, 'utf8')) as Array<{ id: string; text: string }>;

// Warm up the code paths on a small input so the timing is of the work, not of the JIT.
if (mode === 'copydesk') alignSources(inputs.slice(0, 2));
else for (const input of inputs.slice(0, 2)) normalizeArticle(input);

const rssBeforeKb = process.resourceUsage().maxRSS;
let sentences = 0;
let groups = 0;
const cpu0 = process.cpuUsage();
const started = performance.now();
if (mode === 'copydesk') {
  const comparison = alignSources(inputs);
  sentences = comparison.articles.reduce((n, a) => n + a.sentences.length, 0);
  groups = comparison.groups.length;
} else {
  // The naive peer: normalize the same way, then compare every sentence with
  // every sentence of every other source with string-similarity's Dice.
  const articles = inputs.map((input) => normalizeArticle(input));
  for (let a = 0; a < articles.length; a++) {
    for (let b = a + 1; b < articles.length; b++) {
      for (const x of articles[a]!.sentences) {
        for (const y of articles[b]!.sentences) {
          if (stringSimilarity.compareTwoStrings(x.normalized, y.normalized) >= 0.5) groups++;
        }
      }
    }
  }
  sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
}
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpu0);
const result: AlignChildResult = {
  wallMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  articles: inputs.length,
  sentences,
  groups,
  rssBeforeKb,
  maxRssKb: process.resourceUsage().maxRSS,
};
console.log(JSON.stringify(result));
