/**
 * Speed of `diffSentences` on 10,000 aligned sentence pairs, beside jsdiff's
 * `diffWords` on the same pairs, and its time on two unrelated 100 KB texts.
 *
 * @packageDocumentation
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffWords } from 'diff';
import { pathologicalPair } from '../../test/fixtures/pathological-pair';
import { repoRoot } from '../eval/lib/env';
import { currentRoot, loadCopydesk } from './lib/baseline';
import { timeInterleaved } from './lib/timing';
import type { Bench, BenchRow } from './types';

const PAIRS = 10_000;

// The library as it is published: built from the current tree (see lib/baseline.ts).
const { diffSentences, splitSentences } = await loadCopydesk(currentRoot);

interface PairSet {
  readonly pairs: readonly (readonly [string, string])[];
  readonly description: string;
}

/** STS Benchmark news pairs and MRPC train pairs; without data, consecutive seed sentences. */
function buildPairs(dataDir: string): PairSet {
  const distinct: [string, string][] = [];
  const sts = join(dataDir, 'sts-benchmark', 'sts-train.csv');
  const mrpc = join(dataDir, 'mrpc', 'msr_paraphrase_train.txt');
  let description: string;
  if (existsSync(sts) && existsSync(mrpc)) {
    for (const line of readFileSync(sts, 'utf8').split('\n')) {
      const c = line.split('\t');
      if (c.length >= 7 && c[0] === 'main-news') distinct.push([c[5]!, c[6]!]);
    }
    for (const line of readFileSync(mrpc, 'utf8').split('\n').slice(1)) {
      const c = line.split('\t');
      if (c.length >= 5) distinct.push([c[3]!, c[4]!]);
    }
    description =
      `${distinct.length} distinct pairs: STS Benchmark train rows of genre main-news and MRPC train pairs, ` +
      `taken in file order and repeated in order up to ${PAIRS}`;
  } else {
    const sentences = seedSentences();
    for (let i = 0; i + 1 < sentences.length; i++) distinct.push([sentences[i]!, sentences[i + 1]!]);
    description = `no development data: ${distinct.length} pairs of consecutive seed sentences, repeated up to ${PAIRS}`;
  }
  const pairs: (readonly [string, string])[] = [];
  for (let i = 0; pairs.length < PAIRS; i++) pairs.push(distinct[i % distinct.length]!);
  return { pairs, description };
}

function seedSentences(): string[] {
  const dir = join(repoRoot, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => splitSentences(readFileSync(join(dir, f), 'utf8')).map((s) => s.text));
}

/** The diff benchmark. */
export const bench: Bench = {
  name: 'diff',
  async run(ctx) {
    const { pairs, description } = buildPairs(ctx.dataDir);
    ctx.log(description);
    const timings = timeInterleaved(
      [
        {
          name: 'diffSentences',
          run: () => {
            let n = 0;
            for (const [a, b] of pairs) n += diffSentences(a, b).changes.length;
            return n;
          },
        },
        {
          name: 'jsdiff diffWords',
          run: () => {
            let n = 0;
            for (const [a, b] of pairs) n += diffWords(a, b).length;
            return n;
          },
        },
      ],
      { warmup: 1, runs: 5, onRound: (r) => ctx.log(`round ${r + 1}/6`) },
    );
    const ours = timings[0]!;
    const peer = timings[1]!;
    const [pa, pb] = pathologicalPair();
    const patho = timeInterleaved(
      [
        {
          name: 'diffSentences',
          run: () => {
            const d = diffSentences(pa, pb);
            return d.truncated ? 1 : 0;
          },
        },
        {
          name: 'jsdiff diffWords (maxEditLength 500)',
          run: () => (diffWords(pa, pb, { maxEditLength: 500 }) ? 0 : 1),
        },
      ],
      { warmup: 1, runs: 5 },
    );
    const rows: BenchRow[] = [
      {
        measure: `${PAIRS} pairs diffed and typed (ms, median)`,
        system: 'diffSentences',
        value: ours.medianMs.toFixed(0),
        ratio: `${(ours.medianMs / peer.medianMs).toFixed(2)}x diffWords time`,
        reference: 'target < 1000 ms',
      },
      {
        measure: `${PAIRS} pairs diffed (ms, median)`,
        system: 'jsdiff diffWords',
        value: peer.medianMs.toFixed(0),
      },
      {
        measure: 'under 1 s for 10,000 pairs',
        system: 'diffSentences',
        value: ours.medianMs < 1000 ? 'yes' : 'no',
      },
      {
        measure: 'two unrelated 100 KB texts (ms, median)',
        system: 'diffSentences',
        value: patho[0]!.medianMs.toFixed(0),
        ratio: `${(patho[0]!.medianMs / patho[1]!.medianMs).toFixed(2)}x diffWords time`,
        reference: patho[0]!.result === 1 ? 'bounded: truncated = true' : 'not bounded',
      },
      {
        measure: 'two unrelated 100 KB texts (ms, median)',
        system: 'jsdiff diffWords (maxEditLength 500)',
        value: patho[1]!.medianMs.toFixed(0),
      },
    ];
    return {
      title: 'Sentence diff and change typing',
      description: [
        `Pairs: ${description}. Each run diffs and types every pair once with \`diffSentences(a, b)\` (default`,
        'options: tokenize both, find number, date and name expressions and quotes, trim the common prefix and',
        "suffix, Myers' diff on token norms (copydesk's port of jsdiff `diffArrays`, same path) bounded by",
        '`maxEditLength` 500 and `timeoutMs` 1000, then typing); the peer is jsdiff `diffWords(a, b)` on the same',
        'pairs, which only diffs. Nothing but per-word folding and character classes is cached between calls.',
        'Runs are interleaved, one warm-up, median of five. The pathological',
        'case is two ~100 KB texts of seed words in two different deterministic pseudo-random orders; jsdiff',
        '`diffWords` gets the same edit-length bound.',
      ].join('\n'),
      rows,
      details: [
        `- diffSentences runs (ms): ${ours.runsMs.map((m) => m.toFixed(0)).join(', ')}; changes per run: ${ours.result}`,
        `- diffWords runs (ms): ${peer.runsMs.map((m) => m.toFixed(0)).join(', ')}`,
        `- 100 KB pair, diffSentences runs (ms): ${patho[0]!.runsMs.map((m) => m.toFixed(0)).join(', ')}`,
      ].join('\n'),
    };
  },
};
