/**
 * Time of `findReuse` on two 10,000-word documents (a source and a derived
 * copy with half its text replaced), beside jsdiff's `diffWords` and a naive
 * sentence-by-sentence `string-similarity` pass on the same pair.
 *
 * @packageDocumentation
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffWords } from 'diff';
import stringSimilarity from 'string-similarity';
import { findReuse } from '../../src/provenance/find-reuse';
import { splitSentences } from '../../src/segment/split-sentences';
import { createRng } from '../eval/lib/derive';
import { repoRoot } from '../eval/lib/env';
import { timeInterleaved } from './lib/timing';
import type { Bench, BenchRow } from './types';

const WORDS = 10_000;

/** Sentences of the PAN-13 source documents (or the seeds without data), in a fixed order. */
function sentencePool(dataDir: string): { sentences: string[]; from: string } {
  const dir = join(dataDir, 'pan13-text-alignment-subset', 'src');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((f) => join(dir, f))
    : readdirSync(join(repoRoot, 'seeds'))
        .sort()
        .map((f) => join(repoRoot, 'seeds', f));
  const sentences: string[] = [];
  for (const f of files) {
    for (const s of splitSentences(readFileSync(f, 'utf8').replace(/\s+/g, ' '))) sentences.push(s.text);
    if (sentences.length > 3000) break;
  }
  return { sentences, from: existsSync(dir) ? 'PAN-13 source documents' : 'the seeds (no development data)' };
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

/** The reuse benchmark. */
export const bench: Bench = {
  name: 'reuse',
  async run(ctx) {
    const { sentences, from } = sentencePool(ctx.dataDir);
    const rng = createRng(7);
    const sourceSentences = take(sentences, 0, WORDS);
    const other = take(sentences, 1500, WORDS);
    // Target: the source with every other run of 1–6 sentences replaced by unrelated text.
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
    const source = sourceSentences.join(' ');
    const target = targetSentences.join(' ');
    const count = (t: string) => t.split(/\s+/).length;
    ctx.log(`source ${count(source)} words, target ${count(target)} words`);
    const targetSplit = splitSentences(target).map((s) => s.text);
    const sourceSplit = splitSentences(source).map((s) => s.text);
    const timings: Array<{ name: string; medianMs: number; runsMs: readonly number[]; result: number }> =
      timeInterleaved(
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
        { warmup: 1, runs: 5, onRound: (r) => ctx.log(`round ${r + 1}/6`) },
      );
    // jsdiff's word diff takes tens of seconds on this pair: timed once, outside the interleaved rounds.
    const t0 = performance.now();
    const jsdiffCommon = diffWords(source, target).filter((c) => !c.added && !c.removed).length;
    timings.push({
      name: 'jsdiff diffWords (1 run)',
      medianMs: performance.now() - t0,
      runsMs: [],
      result: jsdiffCommon,
    });
    // findReuse alone, more runs, for a steadier median on a shared machine.
    const [alone] = timeInterleaved([{ name: 'findReuse', run: () => findReuse(source, target).length }], {
      warmup: 3,
      runs: 21,
    });
    const ours = timings[0]!.medianMs;
    const rows: BenchRow[] = timings.map((t) => ({
      measure: `time, two ${WORDS.toLocaleString('en')}-word documents (ms, median)`,
      system: t.name,
      value: t.medianMs.toFixed(1),
      ...(t.name === 'findReuse'
        ? {
            ratio: timings
              .filter((p) => p.name !== 'findReuse')
              .map((p) => `${(p.medianMs / ours).toFixed(1)}x faster than ${p.name}`)
              .join('; '),
            reference: 'target: under 50 ms',
          }
        : {}),
    }));
    rows.push({
      measure: 'time alone, 21 runs after 3 warm-ups (ms, median)',
      system: 'findReuse',
      value: alone!.medianMs.toFixed(1),
      reference: 'target: under 50 ms',
    });
    rows.push({ measure: 'findReuse under 50 ms', system: 'findReuse', value: alone!.medianMs < 50 ? 'yes' : 'no' });
    return {
      title: 'Passage-level reuse between two 10,000-word documents',
      description:
        `Source: about ${WORDS.toLocaleString('en')} words of ${from} (sentences in file order). Target: the same ` +
        'length, alternating runs of 1–6 source sentences with runs of unrelated sentences (seeded PRNG), so half ' +
        'of it is copied. Peers on the same pair in the same process: jsdiff `diffWords` (a full word diff) and a ' +
        'naive pass that compares each target sentence with every source sentence using `string-similarity`. ' +
        'Results per system (passages found / common parts / sentences rated >= 0.8): ' +
        timings.map((t) => `${t.name}: ${t.result}`).join(', ') +
        '.',
      rows,
    };
  },
};
