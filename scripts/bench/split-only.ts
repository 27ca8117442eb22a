/**
 * Quick throughput check of `splitSentences` against npm `sbd` and Node's
 * `Intl.Segmenter`, in one process, on about 5 MB of text built by repeating
 * the seed articles and the Golden Rules texts (both in the repository, so it
 * needs no development data). Run with `npx tsx scripts/bench/split-only.ts`
 * (optional argument: size in MB).
 *
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sbd from 'sbd';
import { splitSentences } from '../../src/segment/split-sentences';
import { repoRoot } from '../eval/lib/env';
import { type Timed, timeInterleaved } from './lib/timing';

const targetBytes = Math.round(Number(process.argv[2] ?? '5') * 1e6);
const utf8 = new TextEncoder();

function distinctTexts(): string[] {
  const seedsDir = join(repoRoot, 'seeds');
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const rulesDir = join(repoRoot, 'test', 'fixtures', 'golden-rules');
  const rules = readdirSync(rulesDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(rulesDir, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
  // The rules are one-liners: join them into one paragraph-separated text.
  return [...seeds, rules.join('\n\n')];
}

const distinct = distinctTexts();
const texts: string[] = [];
let bytes = 0;
while (bytes < targetBytes) {
  const text = distinct[texts.length % distinct.length]!;
  texts.push(text);
  bytes += utf8.encode(text).length;
}
const mb = bytes / 1e6;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const work: Timed[] = [
  {
    name: 'copydesk splitSentences',
    run: () => texts.reduce((sum, t) => sum + splitSentences(t).length, 0),
  },
  {
    name: 'sbd.sentences (newline_boundaries: false)',
    run: () => texts.reduce((sum, t) => sum + sbd.sentences(t, { newline_boundaries: false }).length, 0),
  },
  {
    name: "Intl.Segmenter('en', sentence)",
    run: () =>
      texts.reduce((sum, t) => {
        let n = 0;
        for (const _ of segmenter.segment(t)) n++;
        return sum + n;
      }, 0),
  },
];

console.log(`${texts.length} texts, ${mb.toFixed(2)} MB (UTF-8), ${distinct.length} distinct texts cycled`);
const timings = timeInterleaved(work, { warmup: 1, runs: 5 });
const ours = timings[0]!;
for (const t of timings) {
  const rate = mb / (t.medianMs / 1000);
  const ratio = t === ours ? '' : `  (copydesk is ${(t.medianMs / ours.medianMs).toFixed(2)}x faster)`;
  console.log(
    `${t.name.padEnd(44)} ${rate.toFixed(1).padStart(7)} MB/s  median ${t.medianMs.toFixed(0)} ms  ${t.result} segments${ratio}`,
  );
}
