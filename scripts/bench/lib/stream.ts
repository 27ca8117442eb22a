/**
 * A deterministic, seeded stream of news articles with known copies, for the
 * corpus index benchmark (issue 15), built from the real text in
 * `../shared/data`.
 *
 * **Text.** The sources are the documents of `multi-news-dev/clusters.jsonl`
 * (scraped news, several outlets per story) and the source documents of
 * `pan13-text-alignment-subset/src`. Pages that `normalizeArticle` flags
 * `not-article` (social and crawl notices) and documents of fewer than 60
 * words are left out. The body sentences `normalizeArticle` finds are cut
 * into *runs* of {@link RUN_SENTENCES} consecutive sentences of one document,
 * so text stays locally coherent. The development data holds about a
 * thousand documents, far fewer than the distinct stories of a stream of
 * tens of thousands of articles, so each new article (a wire story or a
 * local story) is stitched from 2 or 3 runs of different documents, taken in
 * a seeded shuffled order that is used up before any run is taken again
 * (a new pass, a new shuffle). Two unrelated articles therefore share at most
 * a run now and then (a pass is reused every few days at 50,000 articles), as
 * unrelated real articles sharing a quoted passage would; the figure is
 * reported as `run passes`.
 *
 * **Stories.** A wire story has a fan-out `f` (its number of copies) drawn
 * from a Zipf law `P(f) ∝ f^-2` on `1..fmax` (`fmax` = 3,000 from 60,000
 * articles, less for smaller streams), so most wire stories have 1 copy,
 * some 2–10, 11–100, 101–1,000 and a few more than 1,000 (two between
 * 1,001 and 2,000 are forced when the stream has 20,000 articles or more).
 * Wire stories are published at seeded times over all {@link STREAM_DAYS}
 * days, so that the daily volume is steady once copies have caught up (day
 * 2 on); each copy after a delay drawn log-uniformly between 2 minutes and
 * 48 hours, so the copies of the last wire stories run up to two days past
 * the last day. Copies are, in turn:
 * - `verbatim` (35%): the wire text;
 * - `trimmed` (20%): a leading 40–90% of its paragraphs (at least two);
 * - `light` (30%): a new first line (`<Outlet> staff and wire reports`), then
 *   a word replaced by another word of the text or dropped every 15–25 words;
 * - `partial` (15%): 2–3 consecutive paragraphs of the wire (at most about
 *   half of it) pasted after the first paragraph of a local story.
 * Each article has an outlet (one of 400) and 40% of the outlets append a
 * footer line of their own, one of {@link BOILERPLATE} (shared boilerplate,
 * the same line in thousands of articles). For a quarter of the wire stories
 * whose first run comes from a Multi-News document, another document of the
 * same cluster is published within 12 hours, whole, as an independent story
 * on the same topic. Local stories (no copies) fill the rest. The ground
 * truth of every copy (its wire story, its kind, the wire's fan-out) is part
 * of the plan.
 *
 * The plan holds indices only; texts are built one article at a time by
 * {@link articleText}, so that the texts do not sit in the heap the benchmark
 * measures.
 *
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDirectory } from '../../eval/lib/env';
import { mulberry32 } from './story';

/** Days of the stream. */
export const STREAM_DAYS = 14;
/** Share of a run's 8-word shingles already in an earlier run at which the run is left out of the pool. */
const DUPLICATE_SHARE = 0.2;
/** Sentences per run. */
export const RUN_SENTENCES = 8;
/** Start of the stream. */
export const STREAM_START = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;

/** Footer lines appended by some outlets (shared boilerplate). */
export const BOILERPLATE: readonly string[] = [
  'Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Sign up for our morning newsletter to get the top stories delivered to your inbox every weekday.',
  'Follow us on Twitter and Facebook for the latest news, sports and weather updates from around the region.',
  'This story has been corrected to show the right spelling of a name in the fourth paragraph.',
  'Have a news tip? Email our newsroom or call the tip line; you can remain anonymous if you wish.',
  'Reporting by staff correspondents; editing by the national desk. Our standards: the Trust Principles.',
  'Comments on this article are closed. Read our community guidelines before posting on other stories.',
  'Associated Press writers in Washington and New York contributed to this report.',
  'Subscribe today for unlimited access to local news, e-edition and exclusive subscriber content.',
  'The views expressed in this article are those of the author and do not necessarily reflect those of the publisher.',
  'Get breaking news alerts on your phone by downloading our free app from the App Store or Google Play.',
  'All content on this site is protected by copyright and may not be reproduced without written permission.',
];

/** A run: consecutive sentences of one source document. */
export interface Run {
  readonly sentences: readonly string[];
  /** Source document index. */
  readonly doc: number;
}

/** A source document. */
export interface SourceDoc {
  readonly name: string;
  /** Multi-News cluster index, or -1 for PAN-13. */
  readonly cluster: number;
  readonly runs: readonly number[];
}

/** The runs and documents the stream is built from. */
export interface Pool {
  readonly runs: readonly Run[];
  readonly docs: readonly SourceDoc[];
  /**
   * Documents and runs read and left out, by reason: documents flagged
   * `not-article` or under 60 words; runs of which a fifth or more of the
   * 8-word shingles are in an earlier run (Multi-News clusters hold syndicated copies, and two wire
   * stories built from the same text would make a copy of one a copy of the
   * other: ground truth that cannot be right) or that `normalizeArticle`
   * flags `not-article` on their own (a trimmed copy of such a run is not
   * indexed, rightly).
   */
  readonly dropped: {
    readonly notArticle: number;
    readonly short: number;
    readonly duplicateRuns: number;
    readonly notArticleRuns: number;
  };
  readonly sentences: number;
}

/** The part of copydesk the pool needs. */
export type Normalize = (input: { id: string; text: string }) => {
  readonly original: string;
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  readonly diagnostics: readonly { readonly code: string }[];
};

/**
 * Reads the development data into runs.
 *
 * @returns The pool, or `undefined` when ../shared/data holds neither source.
 */
export function buildPool(dataDir: string, normalize: Normalize): Pool | undefined {
  const raw: { name: string; cluster: number; text: string }[] = [];
  const mn = join(dataDir, 'multi-news-dev', 'clusters.jsonl');
  if (isDirectory(join(dataDir, 'multi-news-dev'))) {
    for (const line of readFileSync(mn, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const c = JSON.parse(line) as { idx: number; documents: string[] };
      c.documents.forEach((text, j) => {
        raw.push({ name: `mn${c.idx}-${j}`, cluster: c.idx, text });
      });
    }
  }
  const pan = join(dataDir, 'pan13-text-alignment-subset', 'src');
  if (isDirectory(pan)) {
    for (const f of readdirSync(pan)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      raw.push({ name: `pan-${f}`, cluster: -1, text: readFileSync(join(pan, f), 'utf8') });
    }
  }
  if (raw.length === 0) return undefined;
  const runs: Run[] = [];
  const docs: SourceDoc[] = [];
  let notArticle = 0;
  let short = 0;
  let duplicateRuns = 0;
  let notArticleRuns = 0;
  let sentenceCount = 0;
  /** 8-word shingles of the runs kept so far (lower-cased words). */
  const seen = new Set<string>();
  const shinglesOf = (chunk: readonly string[]): string[] => {
    const words = chunk.join(' ').toLowerCase().split(/\W+/).filter(Boolean);
    const out: string[] = [];
    for (let i = 0; i + 8 <= words.length; i++) out.push(words.slice(i, i + 8).join(' '));
    return out;
  };
  for (const r of raw) {
    if (r.text.trim() === '') continue;
    const a = normalize({ id: r.name, text: r.text });
    if (a.diagnostics.some((d) => d.code === 'not-article')) {
      notArticle++;
      continue;
    }
    const sentences = a.sentences
      .map((s) => a.original.slice(s.start, s.end).replace(/\s+/g, ' ').trim())
      .filter((s) => {
        const words = s.split(' ').length;
        return words >= 4 && words <= 80;
      });
    const words = sentences.reduce((n, s) => n + s.split(' ').length, 0);
    if (words < 60 || sentences.length < 4) {
      short++;
      continue;
    }
    const doc = docs.length;
    const chunks: string[][] = [];
    for (let i = 0; i < sentences.length; i += RUN_SENTENCES) {
      let chunk = sentences.slice(i, i + RUN_SENTENCES);
      // A short tail joins the previous run.
      if (chunk.length < RUN_SENTENCES / 2 && chunks.length > 0) {
        chunks[chunks.length - 1] = [...chunks[chunks.length - 1]!, ...chunk];
        continue;
      }
      if (chunk.length < 3) chunk = sentences.slice(Math.max(0, i - 3), i + RUN_SENTENCES);
      chunks.push(chunk);
    }
    const own: number[] = [];
    for (const chunk of chunks) {
      const shingles = shinglesOf(chunk);
      const repeated = shingles.filter((shingle) => seen.has(shingle)).length;
      if (repeated >= DUPLICATE_SHARE * shingles.length) {
        duplicateRuns++;
        continue;
      }
      const alone = normalize({ id: `${r.name}-run${own.length}`, text: chunk.join(' ') });
      if (alone.diagnostics.some((d) => d.code === 'not-article')) {
        notArticleRuns++;
        continue;
      }
      for (const shingle of shingles) seen.add(shingle);
      own.push(runs.length);
      runs.push({ doc, sentences: chunk });
    }
    if (own.length === 0) continue;
    sentenceCount += own.reduce((n, run) => n + runs[run]!.sentences.length, 0);
    docs.push({ name: r.name, cluster: r.cluster, runs: own });
  }
  return { runs, docs, dropped: { notArticle, short, duplicateRuns, notArticleRuns }, sentences: sentenceCount };
}

/** A seeded generator (mulberry32, shared with the story generator). */
export const rng = mulberry32;

export type CopyKind = 'verbatim' | 'trimmed' | 'light' | 'partial';
export const COPY_KINDS: readonly CopyKind[] = ['verbatim', 'trimmed', 'light', 'partial'];
export type ItemKind = 'wire' | 'copy' | 'independent' | 'local';

/** One planned article. */
export interface Item {
  readonly kind: ItemKind;
  readonly time: number;
  /** Run indices of the article's own text (wire, local, independent, the host of a partial copy). */
  readonly runs: readonly number[];
  /** For copies and independents: the wire story's index in {@link Plan.wires}. */
  readonly wire: number;
  readonly copyKind?: CopyKind;
  /** Seed of the copy's edits. */
  readonly seed: number;
  readonly outlet: number;
}

/** A wire story of the plan. */
export interface Wire {
  readonly runs: readonly number[];
  readonly fanout: number;
}

/** The whole stream, sorted by publication time; the ground truth is in the items. */
export interface Plan {
  readonly items: readonly Item[];
  readonly wires: readonly Wire[];
  /** How many times the run order was reshuffled and reused (1 = every run used at most once for new text). */
  readonly passes: number;
  readonly fmax: number;
}

/** Fan-out buckets of the report. */
export const FANOUT_BUCKETS = ['1', '2-10', '11-100', '101-1,000', '>1,000'] as const;
export type FanoutBucket = (typeof FANOUT_BUCKETS)[number];

/** The bucket of a fan-out. */
export function fanoutBucket(f: number): FanoutBucket {
  if (f <= 1) return '1';
  if (f <= 10) return '2-10';
  if (f <= 100) return '11-100';
  if (f <= 1000) return '101-1,000';
  return '>1,000';
}

/** Share of the stream's articles that are copies (the rest: wire stories, independents, local stories). */
const COPY_SHARE_OF_STREAM = 0.75;

/**
 * Plans a stream of `n` articles (see the module description).
 *
 * @param n - Articles in the stream.
 * @param pool - From {@link buildPool}.
 * @param seed - Seed of every draw.
 */
export function planStream(n: number, pool: Pool, seed = 15): Plan {
  const random = rng(seed);
  const fmax = Math.max(20, Math.min(3000, Math.floor(n / 20)));
  // Zipf(2) on 1..fmax by inverse CDF.
  const cdf: number[] = [];
  let total = 0;
  for (let f = 1; f <= fmax; f++) {
    total += 1 / (f * f);
    cdf.push(total);
  }
  const zipf = (): number => {
    const u = random() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  // Run order: shuffled passes, each run used once per pass.
  let order: number[] = [];
  let at = 0;
  let passes = 0;
  const nextRun = (exclude: ReadonlySet<number>): number => {
    for (;;) {
      if (at >= order.length) {
        order = pool.runs.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        at = 0;
        passes++;
      }
      const r = order[at++]!;
      // Passes after the first are variants of the run with text of their own (see runText).
      if (!exclude.has(pool.runs[r]!.doc)) return r + (passes - 1) * pool.runs.length;
    }
  };
  const newText = (): number[] => {
    const k = random() < 0.5 ? 2 : 3;
    const docs = new Set<number>();
    const runs: number[] = [];
    for (let i = 0; i < k; i++) {
      const r = nextRun(docs);
      docs.add(runOf(pool, r).doc);
      runs.push(r);
    }
    return runs;
  };
  const outlet = (): number => Math.floor(random() * 400);
  const span = STREAM_DAYS * DAY;

  // Fan-outs: forced big ones first, then Zipf draws until the copy budget is spent.
  const budget = Math.floor(n * COPY_SHARE_OF_STREAM);
  const fanouts: number[] = [];
  if (n >= 20_000) fanouts.push(1001 + Math.floor(random() * 1000), 1001 + Math.floor(random() * 400));
  let copies = fanouts.reduce((a, b) => a + b, 0);
  while (copies < budget) {
    const f = Math.min(zipf(), budget - copies);
    fanouts.push(f);
    copies += f;
  }
  const items: Item[] = [];
  const wires: Wire[] = [];
  const kinds: CopyKind[] = [];
  for (const f of fanouts) {
    const w = wires.length;
    const runs = newText();
    wires.push({ runs, fanout: f });
    const time = STREAM_START + Math.floor(random() * span);
    items.push({ kind: 'wire', time, runs, wire: w, seed: 0, outlet: outlet() });
    for (let c = 0; c < f; c++) {
      const u = random();
      const copyKind: CopyKind = u < 0.35 ? 'verbatim' : u < 0.55 ? 'trimmed' : u < 0.85 ? 'light' : 'partial';
      kinds.push(copyKind);
      // Delay: log-uniform between 2 minutes and 48 hours.
      const delay = Math.floor(Math.exp(Math.log(120_000) + random() * Math.log((48 * 3_600_000) / 120_000)));
      items.push({
        kind: 'copy',
        time: time + delay,
        runs: copyKind === 'partial' ? newText() : [],
        wire: w,
        copyKind,
        seed: Math.floor(random() * 2 ** 31),
        outlet: outlet(),
      });
    }
    const doc = pool.docs[runOf(pool, runs[0]!).doc]!;
    if (doc.cluster >= 0 && random() < 0.25 && items.length < n) {
      const siblings = pool.docs.filter((d) => d.cluster === doc.cluster && d !== doc);
      if (siblings.length > 0) {
        const sibling = siblings[Math.floor(random() * siblings.length)]!;
        items.push({
          kind: 'independent',
          time: time + Math.floor(random() * 12 * 3_600_000),
          runs: sibling.runs.slice(0, 3),
          wire: w,
          seed: 0,
          outlet: outlet(),
        });
      }
    }
  }
  while (items.length < n) {
    items.push({
      kind: 'local',
      time: STREAM_START + Math.floor(random() * STREAM_DAYS * DAY),
      runs: newText(),
      wire: -1,
      seed: 0,
      outlet: outlet(),
    });
  }
  items.length = Math.min(items.length, n);
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.time - b.item.time || a.i - b.i);
  return { items: sorted.map((s) => s.item), wires, passes, fmax };
}

/** The run behind a run reference (references past the pool's size are later passes' variants). */
export function runOf(pool: Pool, r: number): Run {
  return pool.runs[r % pool.runs.length]!;
}

/**
 * The sentences of a run reference. A run taken again in a later pass is a
 * variant: every other word of three letters or more carries a suffix of the pass number, so every
 * 5-word run of it is new text. Without this, a wire story stitched from runs
 * already used would be (rightly) found to copy the earlier stories holding
 * them, and the ground truth would be wrong.
 */
function runText(pool: Pool, r: number): string[] {
  const variant = Math.floor(r / pool.runs.length);
  const sentences = runOf(pool, r).sentences;
  if (variant === 0) return [...sentences];
  const suffix = `x${variant.toString(36)}`;
  let n = 0;
  return sentences.map((s) => s.replace(/[A-Za-z]{3,}/g, (w) => (++n % 2 === 0 ? `${w}${suffix}` : w)));
}

function paragraphsOf(pool: Pool, runs: readonly number[]): string[] {
  const out: string[] = [];
  for (const r of runs) {
    const s = runText(pool, r);
    for (let i = 0; i < s.length; i += 3) out.push(s.slice(i, i + 3).join(' '));
  }
  return out;
}

function outletName(outlet: number): string {
  return `The County Ledger ${outlet}`;
}

/**
 * The text of one planned article.
 *
 * @param plan - The plan.
 * @param item - One of its items.
 * @param pool - The pool it was planned on.
 */
export function articleText(plan: Plan, item: Item, pool: Pool): string {
  let paragraphs: string[];
  if (item.kind !== 'copy') paragraphs = paragraphsOf(pool, item.runs);
  else {
    const random = rng(item.seed);
    const wire = paragraphsOf(pool, plan.wires[item.wire]!.runs);
    switch (item.copyKind) {
      case 'trimmed': {
        const keep = Math.max(2, Math.ceil(wire.length * (0.4 + 0.5 * random())));
        paragraphs = wire.slice(0, keep);
        break;
      }
      case 'light': {
        const words = wire.map((p) => p.split(' '));
        const all = words.flat();
        let gap = 15 + Math.floor(random() * 11);
        for (const p of words) {
          for (let i = 0; i < p.length; i++) {
            if (--gap > 0) continue;
            gap = 15 + Math.floor(random() * 11);
            if (random() < 0.5) p[i] = all[Math.floor(random() * all.length)]!;
            else p.splice(i--, 1);
          }
        }
        paragraphs = [`${outletName(item.outlet)} staff and wire reports`, ...words.map((p) => p.join(' '))];
        break;
      }
      case 'partial': {
        const host = paragraphsOf(pool, item.runs);
        const take = Math.min(2 + Math.floor(random() * 2), Math.max(1, Math.floor(wire.length / 2)));
        const from = Math.floor(random() * (wire.length - take + 1));
        paragraphs = [host[0]!, ...wire.slice(from, from + take), ...host.slice(1)];
        break;
      }
      default:
        paragraphs = wire;
    }
  }
  // 40% of the outlets append their footer line.
  if (item.outlet % 5 < 2) paragraphs = [...paragraphs, BOILERPLATE[item.outlet % BOILERPLATE.length]!];
  return paragraphs.join('\n\n');
}

/** The sequence number of an article id made by {@link articleId}. */
export function seqOf(id: string): number {
  return Number.parseInt(id.slice(1), 10);
}

/** The id of the `seq`-th article. */
export function articleId(seq: number, item: Item): string {
  return `a${seq}-${item.kind}${item.copyKind === undefined ? '' : `-${item.copyKind}`}`;
}

/** Publication time as ISO 8601. */
export function isoTime(time: number): string {
  return new Date(time).toISOString();
}

/** The day of the stream (0-based) of a time. */
export function dayOf(time: number): number {
  return Math.floor((time - STREAM_START) / DAY);
}
