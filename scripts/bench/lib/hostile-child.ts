/**
 * Runs one case of the hostile-input benchmark (`scripts/bench/hostile.bench.ts`)
 * in a fresh process and prints one JSON object per line as it goes, so that
 * the parent can kill it when a call hangs and still keep what was measured.
 *
 * Usage: `node [tsx loader] --expose-gc hostile-child.ts <family> <call> <size> <reps> <budgetMs> <dataDir>`
 * (for family `cache`, `<size>` is the word length and `<reps>` the number of calls).
 *
 * Lines printed (`type`):
 * - `setup`: a step of the setup finished (keeps the parent's timer alive);
 * - `ready`: inputs built and code warmed up; `maxRssKb` is the RSS high-water mark before the first timed call;
 * - `begin`: a timed call starts;
 * - `run`: a timed call finished (`wallMs`, `cpuMs` = user + system CPU of the process, `maxRssKb` so far);
 * - `error`: the timed call threw (`message`, `wallMs`); no more calls are made;
 * - `heap`: family `cache` only, heap used after a forced GC (`heapMb`) after call `i`;
 * - `done`: finished (`maxRssKb`).
 *
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison } from '../../../src/core/types';
import { createRng } from '../../eval/lib/derive';
import { repoRoot } from '../../eval/lib/env';
import { currentRoot, loadCopydesk } from './baseline';
import { generateStory } from './story';

// The library as it is published: built from the current tree (see lib/baseline.ts).
const { alignSources, diffSentences, toHTML, toJSON, toMarkdown, compareSentences } = await loadCopydesk(currentRoot);

const emit = (event: Record<string, unknown>): void => {
  // Writes to a pipe are synchronous on Linux: `begin` reaches the parent before a long call starts.
  process.stdout.write(`${JSON.stringify(event)}\n`);
};

const maxRssKb = (): number => process.resourceUsage().maxRSS;
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = (): number => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Keeps results reachable so that no call can be optimized away. */
let sink: unknown;

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}

/** Times one call; returns false when it threw. */
function timed(call: string, fn: () => unknown): boolean {
  emit({ type: 'begin', call });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    sink = fn();
  } catch (error) {
    emit({ type: 'error', call, message: describe(error), wallMs: performance.now() - t0 });
    return false;
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  emit({ type: 'run', call, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: maxRssKb() });
  return true;
}

/** Distinct lower-case words of the seed articles, sorted (about a thousand real English words). */
function seedWords(): string[] {
  const dir = join(repoRoot, 'seeds');
  const words = new Set<string>();
  for (const f of readdirSync(dir).sort()) {
    for (const w of readFileSync(join(dir, f), 'utf8')
      .toLowerCase()
      .match(/[a-z]{2,}/g) ?? [])
      words.add(w);
  }
  return [...words].sort();
}

/** Words drawn with a seeded PRNG, joined by single spaces, as long as possible without exceeding `n` characters. */
function wordRun(n: number, seed: number): string {
  const words = seedWords();
  const rng = createRng(seed);
  const out: string[] = [];
  let length = -1;
  for (;;) {
    const w = rng.pick(words);
    if (length + 1 + w.length > n) break;
    out.push(w);
    length += 1 + w.length;
  }
  return out.join(' ');
}

const SURNAMES = (
  'Smith Jones Brown Taylor Wilson Davies Evans Thomas Johnson Roberts Walker Wright Robinson Thompson White ' +
  'Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Turner Hill Scott Cooper Morris Ward Moore ' +
  'King Watson Baker Harrison Morgan Patel Young Allen'
).split(' ');

/** Two texts of about `n` characters, `Smith paid 1,234 dollars to Jones ` repeated with names and numbers varied; in three repeats out of four the second text changes one of the three. */
function namesPair(n: number): [string, string] {
  const rng = createRng(4);
  const a: string[] = [];
  const b: string[] = [];
  let length = 0;
  while (length < n) {
    const payer = rng.pick(SURNAMES);
    const payee = rng.pick(SURNAMES);
    const amount = rng.int(1, 999_999);
    const x = `${payer} paid ${amount.toLocaleString('en')} dollars to ${payee}`;
    const change = rng.int(0, 3);
    const y =
      change === 0
        ? `${rng.pick(SURNAMES)} paid ${amount.toLocaleString('en')} dollars to ${payee}`
        : change === 1
          ? `${payer} paid ${rng.int(1, 999_999).toLocaleString('en')} dollars to ${payee}`
          : change === 2
            ? `${payer} paid ${amount.toLocaleString('en')} dollars to ${rng.pick(SURNAMES)}`
            : x;
    a.push(x);
    b.push(y);
    length += x.length + 1;
  }
  return [a.join(' '), b.join(' ')];
}

/** A word of `n` lower-case letters from a seeded PRNG (distinct for distinct seeds). */
function uniqueWord(n: number, seed: number): string {
  const rng = createRng(seed);
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = 97 + Math.floor(rng.next() * 26);
  return bytes.toString('latin1');
}

type Thunk = () => unknown;

/** The timed call of a case at a size, after any untimed setup it needs. */
function prepare(family: string, call: string, size: number, dataDir: string): Thunk {
  switch (family) {
    case 'dotted': {
      const t = 'a.'.repeat(Math.floor(size / 2));
      if (call === 'compareSentences') return () => compareSentences(t, 'x');
      if (call === 'diffSentences') {
        const u = t.slice(2) + 'b.';
        return () => diffSentences(t, u);
      }
      if (call === 'alignSources') {
        const inputs = [
          { id: 'a', text: t },
          { id: 'b', text: t + ' x' },
        ];
        return () => alignSources(inputs);
      }
      break;
    }
    case 'repetitive': {
      const t = 'U.S. '.repeat(Math.floor(size / 5));
      const inputs = [
        { id: 'a', text: t },
        { id: 'b', text: t + ' end' },
      ];
      if (call === 'alignSources') return () => alignSources(inputs);
      break;
    }
    case 'sentence': {
      const a = wordRun(size, 1);
      const b = wordRun(size, 2);
      if (call === 'compareSentences') return () => compareSentences(a, b);
      if (call === 'alignSources') {
        const inputs = [
          { id: 'a', text: a },
          { id: 'b', text: b },
        ];
        return () => alignSources(inputs);
      }
      break;
    }
    case 'names': {
      const [a, b] = namesPair(size);
      if (call === 'diffSentences') return () => diffSentences(a, b);
      break;
    }
    case 'sources': {
      const { texts } = generateStory({ sources: size, sentencesPerSource: 5, dataDir });
      const inputs = texts.map((text, i) => ({ id: `outlet-${String(i + 1).padStart(4, '0')}`, text }));
      if (call === 'alignSources') return () => alignSources(inputs);
      // The renderers time the rendering only: the alignment is done once, untimed, here.
      emit({ type: 'setup', step: 'aligning' });
      let comparison: Comparison;
      try {
        comparison = alignSources(inputs);
      } catch (error) {
        emit({ type: 'error', call, message: `setup alignSources threw ${describe(error)}`, wallMs: 0 });
        emit({ type: 'done', maxRssKb: maxRssKb() });
        process.exit(0);
      }
      emit({ type: 'setup', step: 'aligned' });
      if (call === 'toMarkdown') return () => toMarkdown(comparison);
      if (call === 'toHTML') return () => toHTML(comparison);
      if (call === 'toJSON') return () => toJSON(comparison);
      break;
    }
  }
  throw new Error(`hostile-child: unknown case ${family} / ${call}`);
}

/** A small input of the same family, to compile the code paths before timing. */
const WARMUP_SIZE: Record<string, number> = {
  dotted: 2_000,
  repetitive: 2_000,
  sentence: 2_000,
  names: 2_000,
  sources: 5,
};

function runCache(call: string, size: number, calls: number): void {
  const fn = call === 'compareSentences' ? compareSentences : call === 'diffSentences' ? diffSentences : undefined;
  if (fn === undefined) throw new Error(`hostile-child: unknown cache call ${call}`);
  try {
    const w = uniqueWord(1_000, 999_999);
    sink = fn(`${w} a b c`, `${w} a b d`);
  } catch {
    // Warm-up failures show up again in the timed calls.
  }
  emit({ type: 'ready', maxRssKb: maxRssKb(), heapMb: heapMb() });
  for (let i = 1; i <= calls; i++) {
    const w = uniqueWord(size, i);
    const a = `${w} a b c`;
    const b = `${w} a b d`;
    if (!timed(call, () => fn(a, b))) break;
    emit({ type: 'heap', call, i, heapMb: heapMb() });
  }
}

function main(): void {
  const [family = '', call = '', sizeArg = '', repsArg = '', budgetArg = '', dataDir = ''] = process.argv.slice(2);
  const size = Number(sizeArg);
  const reps = Number(repsArg);
  const budgetMs = Number(budgetArg);
  emit({ type: 'setup', step: 'started', gc: gc !== undefined });
  if (family === 'cache') {
    runCache(call, size, reps);
  } else {
    try {
      sink = prepare(family, call, WARMUP_SIZE[family] ?? 2_000, dataDir)();
    } catch {
      // Warm-up failures show up again in the timed calls.
    }
    const run = prepare(family, call, size, dataDir);
    heapMb();
    emit({ type: 'ready', maxRssKb: maxRssKb() });
    let spent = 0;
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      if (!timed(call, run)) break;
      const last = performance.now() - t0;
      spent += last;
      if (spent + last > budgetMs) break;
    }
  }
  emit({ type: 'done', maxRssKb: maxRssKb(), kept: typeof sink });
}

main();
