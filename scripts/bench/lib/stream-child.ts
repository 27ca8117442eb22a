// Runs the generated stream (lib/stream.ts) through `createCorpusIndex` in a fresh process started with
// --expose-gc, and prints its figures as JSON on the last line of stdout.
// Usage: node --expose-gc <tsx loader> stream-child.ts <root> <dataDir> <articles> <queries>
import Redis from 'ioredis';
import type { CorpusResult } from '../../../src/index';
import { loadCopydesk, loadCopydeskRedis } from './baseline';
import {
  articleId,
  articleText,
  buildPool,
  COPY_KINDS,
  type CopyKind,
  dayOf,
  FANOUT_BUCKETS,
  type FanoutBucket,
  fanoutBucket,
  type Item,
  isoTime,
  type Pool,
  planStream,
  rng,
  seqOf,
} from './stream';

/** Found / total. */
export interface Tally {
  found: number;
  total: number;
}

/** Memory at the start of one simulated day (after a full GC). */
export interface DayMemory {
  readonly day: number;
  readonly articlesAdded: number;
  readonly held: number;
  readonly copyGroups: number;
  readonly heapUsedMb: number;
  readonly rssMb: number;
  readonly indexMb: number;
}

/** What the child prints. */
export interface StreamChildResult {
  readonly articles: number;
  readonly composition: Record<string, number>;
  readonly copyKinds: Record<string, number>;
  readonly wiresByBucket: Record<string, number>;
  readonly copiesByBucket: Record<string, number>;
  readonly pool: {
    docs: number;
    runs: number;
    sentences: number;
    notArticle: number;
    short: number;
    duplicateRuns: number;
    notArticleRuns: number;
  };
  readonly passes: number;
  readonly fmax: number;
  readonly maxFanout: number;
  /** CPU (user + system, GC threads included) and wall time of all `add` calls, texts built outside the timing. */
  readonly addCpuMs: number;
  readonly addWallMs: number;
  readonly match: {
    queries: number;
    p50: number;
    p99: number;
    mean: number;
    normP50: number;
    normP99: number;
    /** The same measure on as many other fresh queries, timed right after the first ones. */
    laterP50: number;
    laterP99: number;
  };
  readonly days: readonly DayMemory[];
  readonly end: { heapUsedMb: number; rssMb: number; indexMb: number; held: number; copyGroups: number };
  readonly base: { heapUsedMb: number; rssMb: number };
  /** recall[kind][bucket], and joined[kind][bucket] (the copy joined the wire's group). */
  readonly recall: Record<string, Record<string, Tally>>;
  readonly joined: Record<string, Record<string, Tally>>;
  /** `copy` matches given to copies whose group is the copy's wire family, over all `copy` matches given to copies. */
  readonly copyPrecision: Tally;
  readonly joinPrecision: Tally;
  readonly otherCopyMatches: Tally;
  readonly independentCopyOverlap: Tally;
  /** Non-copy articles (wire, independent, local) that joined a group or got a `copy` match. */
  readonly falseCopies: Record<string, Tally>;
  /** Independent same-topic stories put in their wire's story. */
  readonly independentSameStory: Tally;
}

const [root, dataDir, sizeArg, queryArg, redisUrl] = process.argv.slice(2);
if (root === undefined || dataDir === undefined)
  throw new Error('usage: stream-child.ts <root> <dataDir> <n> <q> [redisUrl]');
const n = Number(sizeArg ?? 50_000);
const queries = Number(queryArg ?? 2000);
const gc = (globalThis as { gc?: () => void }).gc;
const collect = (): void => {
  if (gc) {
    gc();
    gc();
  }
};
const mb = (bytes: number): number => bytes / 2 ** 20;
/** Heap used plus ArrayBuffers: the index's typed arrays live outside the JS heap. */
const heap = (m: NodeJS.MemoryUsage): number => m.heapUsed + m.arrayBuffers;
const log = (message: string): void => console.error(`  [corpus child] ${message}`);

const { createCorpusIndex, normalizeArticle } = await loadCopydesk(root);
const pool = buildPool(dataDir, (input) => normalizeArticle(input));
if (pool === undefined) throw new Error('no development data');
const plan = planStream(n, pool);
log(
  `pool: ${pool.docs.length} documents, ${pool.runs.length} runs; plan: ${plan.items.length} articles, ${plan.wires.length} wire stories, ${plan.passes} run passes`,
);

// Ground truth, by sequence number: the wire family of each article (-1 for none).
const family = new Int32Array(plan.items.length).fill(-1);
plan.items.forEach((item, seq) => {
  if (item.kind === 'wire' || item.kind === 'copy') family[seq] = item.wire;
});
/**
 * Whether the article at `seq` holds one of wire story `wire`'s runs verbatim (same run, same pass): an
 * independent story that is the whole document a later wire story took a run from, or another wire story
 * built with that run. A copy of the wire story holds that article's text too, so a match with its group is
 * right: the text was first published there.
 */
const holdsWireRun = (seq: number, wire: number): boolean => {
  const item = plan.items[seq]!;
  if (item.kind !== 'wire' && item.kind !== 'independent' && item.kind !== 'local') return false;
  const wireRuns = plan.wires[wire]!.runs;
  return item.runs.some((r) => wireRuns.includes(r));
};
/** Whether a match or join with the group first published at `seq` is right for an article of wire family `fam`. */
const rightGroup = (seq: number, fam: number): boolean => fam >= 0 && (family[seq] === fam || holdsWireRun(seq, fam));
const wireGroup: (string | undefined)[] = [];
const wireStory: (string | undefined)[] = [];

const tallies = (): Record<string, Record<string, Tally>> =>
  Object.fromEntries(
    COPY_KINDS.map((k) => [k, Object.fromEntries(FANOUT_BUCKETS.map((b) => [b, { found: 0, total: 0 }]))]),
  );
const recall = tallies();
const joined = tallies();
const copyPrecision: Tally = { found: 0, total: 0 };
const joinPrecision: Tally = { found: 0, total: 0 };
const falseCopies: Record<string, Tally> = {
  wire: { found: 0, total: 0 },
  independent: { found: 0, total: 0 },
  local: { found: 0, total: 0 },
};
const independentSameStory: Tally = { found: 0, total: 0 };
/** `copy` matches given to articles that copy nothing (wire stories, independents, local stories). */
const otherCopyMatches: Tally = { found: 0, total: 0 };
/** `copy` matches of an independent story with its wire story's group, and how many share half their 8-word shingles. */
const independentCopyOverlap: Tally = { found: 0, total: 0 };

/** Share of `a`'s 8-word shingles found in `b`. */
function shingleShare(a: string, b: string): number {
  const shingles = (text: string): Set<string> => {
    const w = text.toLowerCase().split(/\W+/).filter(Boolean);
    const out = new Set<string>();
    for (let i = 0; i + 8 <= w.length; i++) out.add(w.slice(i, i + 8).join(' '));
    return out;
  };
  const x = shingles(a);
  const y = shingles(b);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return x.size > 0 ? shared / x.size : 0;
}

// With a Redis URL, the same stream goes into the Redis store (copydesk/redis) instead of memory.
const redisClient = redisUrl ? new Redis(redisUrl) : undefined;
const store = redisClient
  ? (await loadCopydeskRedis(root)).redisStore({ client: redisClient, prefix: `bench-${process.pid}` })
  : undefined;
const index = createCorpusIndex({ window: 7, ...(store ? { store } : {}) });
// Warm-up on a throwaway index, so that the first timed adds are not the JIT's.
{
  const warm = createCorpusIndex({ window: 7 });
  for (let i = 0; i < 200; i++) {
    const item = plan.items[i]!;
    await warm.add({ id: `warm${i}`, text: articleText(plan, item, pool), publishedAt: isoTime(item.time) });
  }
}
collect();
const base = process.memoryUsage();
const days: DayMemory[] = [];
let day = -1;
let addCpuMs = 0;
let addWallMs = 0;
const BATCH = 100;
const started = performance.now();
for (let from = 0; from < plan.items.length; from += BATCH) {
  const batch: { seq: number; item: Item; input: { id: string; text: string; publishedAt: string; outlet: string } }[] =
    [];
  for (let seq = from; seq < Math.min(plan.items.length, from + BATCH); seq++) {
    const item = plan.items[seq]!;
    const d = dayOf(item.time);
    if (d > day) {
      // Day boundary: measure memory (outside the timing), then start the batch afresh.
      if (batch.length > 0) break;
      day = d;
      collect();
      const stats = await index.stats();
      const m = process.memoryUsage();
      days.push({
        day: d,
        articlesAdded: seq,
        held: stats.articles,
        copyGroups: stats.copyGroups,
        heapUsedMb: mb(heap(m) - heap(base)),
        rssMb: mb(m.rss - base.rss),
        indexMb: mb(stats.bytes),
      });
      log(
        `day ${d}: ${seq} added, ${stats.articles} held, heap +${mb(heap(m) - heap(base)).toFixed(0)} MB, ` +
          `${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    batch.push({
      seq,
      item,
      input: {
        id: articleId(seq, item),
        text: articleText(plan, item, pool),
        publishedAt: isoTime(item.time),
        outlet: `outlet-${item.outlet}`,
      },
    });
  }
  const results: CorpusResult[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const b of batch) results.push(await index.add(b.input));
  addWallMs += performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  addCpuMs += (cpu.user + cpu.system) / 1000;
  // Score outside the timing.
  batch.forEach(({ seq, item }, k) => {
    const result = results[k]!;
    if (item.kind === 'wire') {
      wireGroup[item.wire] = result.copyGroup;
      wireStory[item.wire] = result.story;
    }
    const fam = family[seq]!;
    for (const m of result.matches) {
      if (m.relation !== 'copy') continue;
      const right = rightGroup(seqOf(m.copyGroup), fam);
      const t = item.kind === 'copy' ? copyPrecision : otherCopyMatches;
      t.total++;
      if (right) t.found++;
      // An independent story matched as a copy of its own wire story: does it really hold that text?
      if (item.kind === 'independent' && family[seqOf(m.copyGroup)] === item.wire) {
        const wireText = articleText(plan, { ...item, kind: 'wire', runs: plan.wires[item.wire]!.runs }, pool);
        independentCopyOverlap.total++;
        if (shingleShare(batch[k]!.input.text, wireText) >= 0.5) independentCopyOverlap.found++;
      }
    }
    if (result.joined) {
      joinPrecision.total++;
      if (rightGroup(seqOf(result.copyGroup), fam)) joinPrecision.found++;
    }
    if (item.kind === 'copy') {
      const group = wireGroup[item.wire];
      const bucket: FanoutBucket = fanoutBucket(plan.wires[item.wire]!.fanout);
      const kind = item.copyKind as CopyKind;
      const isJoined = group !== undefined && result.copyGroup === group;
      const found =
        isJoined ||
        result.matches.some(
          (m) => m.relation !== 'same-story' && (m.copyGroup === group || rightGroup(seqOf(m.copyGroup), item.wire)),
        );
      recall[kind]![bucket]!.total++;
      if (found) recall[kind]![bucket]!.found++;
      joined[kind]![bucket]!.total++;
      if (isJoined) joined[kind]![bucket]!.found++;
    } else {
      const t = falseCopies[item.kind]!;
      t.total++;
      if (result.joined || result.matches.some((m) => m.relation === 'copy')) t.found++;
      if (item.kind === 'independent') {
        independentSameStory.total++;
        if (result.story === wireStory[item.wire]) independentSameStory.found++;
      }
    }
  });
  // A batch cut short at a day boundary: continue from where it stopped.
  from -= BATCH - batch.length;
}
collect();
const endStats = await index.stats();
const endMem = process.memoryUsage();
log(`stream done: CPU ${(addCpuMs / 1000).toFixed(1)} s for ${plan.items.length} adds`);

// Match latency with the window full: half copies of held wire stories, half new local stories.
const newest = plan.items[plan.items.length - 1]!.time;
const heldWires = plan.items.filter((it) => it.kind === 'wire' && it.time > newest - 5 * 86_400_000);
const RUN_STEP = 97;
/** `count` match inputs, half fresh copies of held wire stories, half new local stories, drawn with `seed`. */
function matchQueries(
  count: number,
  seed: number,
  prefix: string,
  from: Pool,
): { id: string; text: string; publishedAt: string }[] {
  const random = rng(seed);
  const inputs: { id: string; text: string; publishedAt: string }[] = [];
  for (let q = 0; q < count; q++) {
    let item: Item;
    if (q % 2 === 0 && heldWires.length > 0) {
      const wire = heldWires[Math.floor(random() * heldWires.length)]!;
      item = {
        kind: 'copy',
        time: newest,
        runs: [],
        wire: wire.wire,
        copyKind: q % 4 === 0 ? 'verbatim' : 'light',
        seed: q,
        outlet: q % 400,
      };
    } else {
      // A new local story: two runs of different documents.
      const a = Math.floor(random() * from.runs.length);
      let b = Math.floor(random() * from.runs.length);
      if (from.runs[b]!.doc === from.runs[a]!.doc) b = (b + RUN_STEP) % from.runs.length;
      item = { kind: 'local', time: newest, runs: [a, b], wire: -1, seed: 0, outlet: q % 400 };
    }
    inputs.push({ id: `${prefix}${q}`, text: articleText(plan, item, from), publishedAt: isoTime(newest) });
  }
  return inputs;
}
/** Wall time of one `match` call per input, in order. */
async function timeMatches(inputs: readonly { id: string; text: string; publishedAt: string }[]): Promise<number[]> {
  const times: number[] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    await index.match(input);
    times.push(performance.now() - t0);
  }
  return times;
}
const matchInputs = matchQueries(queries, 99, 'query', pool);
for (const input of matchInputs.slice(0, 50)) await index.match(input);
const latencies = await timeMatches(matchInputs);
// The same number of other fresh queries right after those: a service that has been answering for a while.
const laterLatencies = await timeMatches(matchQueries(queries, 199, 'later', pool));
const normLatencies: number[] = [];
for (const input of matchInputs) {
  const t0 = performance.now();
  normalizeArticle(input);
  normLatencies.push(performance.now() - t0);
}
const pct = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const count = <T extends string>(keys: T[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
};
const result: StreamChildResult = {
  articles: plan.items.length,
  composition: count(plan.items.map((it) => it.kind)),
  copyKinds: count(plan.items.filter((it) => it.copyKind !== undefined).map((it) => it.copyKind!)),
  wiresByBucket: count(plan.wires.map((w) => fanoutBucket(w.fanout))),
  copiesByBucket: count(
    plan.items.filter((it) => it.kind === 'copy').map((it) => fanoutBucket(plan.wires[it.wire]!.fanout)),
  ),
  pool: {
    docs: pool.docs.length,
    runs: pool.runs.length,
    sentences: pool.sentences,
    notArticle: pool.dropped.notArticle,
    short: pool.dropped.short,
    duplicateRuns: pool.dropped.duplicateRuns,
    notArticleRuns: pool.dropped.notArticleRuns,
  },
  passes: plan.passes,
  fmax: plan.fmax,
  maxFanout: plan.wires.reduce((m, w) => Math.max(m, w.fanout), 0),
  addCpuMs,
  addWallMs,
  match: {
    queries: latencies.length,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
    normP50: pct(normLatencies, 50),
    normP99: pct(normLatencies, 99),
    laterP50: pct(laterLatencies, 50),
    laterP99: pct(laterLatencies, 99),
  },
  days,
  end: {
    heapUsedMb: mb(heap(endMem) - heap(base)),
    rssMb: mb(endMem.rss - base.rss),
    indexMb: mb(endStats.bytes),
    held: endStats.articles,
    copyGroups: endStats.copyGroups,
  },
  base: { heapUsedMb: mb(heap(base)), rssMb: mb(base.rss) },
  recall,
  joined,
  copyPrecision,
  joinPrecision,
  otherCopyMatches,
  independentCopyOverlap,
  falseCopies,
  independentSameStory,
};
console.log(JSON.stringify(result));
if (redisClient) {
  const info = String(await redisClient.info('memory'));
  console.error(`  [corpus child] redis used_memory ${/used_memory:(\d+)/.exec(info)?.[1] ?? '?'} bytes`);
  redisClient.disconnect();
}
