/**
 * The corpus index on real clusters (issue 15, acceptance 3): the Multi-News
 * development clusters shuffled into one stream, every document added to one
 * `createCorpusIndex`; pairs sharing text must be matched, unrelated pairs
 * must not, and the articles of one cluster should land in one story.
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCorpusIndex } from '../../src/corpus/corpus-index';
import { SAME_STORY_COSINE } from '../../src/corpus/tuning';
import { readJsonl } from './lib/multi-news';
import { markdownTable, percent } from './lib/table';
import type { EvalTask, MetricRow } from './types';

interface Cluster {
  readonly idx: number;
  readonly documents: readonly string[];
}

interface Doc {
  readonly id: string;
  readonly cluster: number;
  readonly text: string;
}

const ratio = (hit: number, n: number) => `${percent(hit, n)} (${hit}/${n})`;

/** Lower-cased `\w+` 8-word shingles of a raw text (the share). */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/\w+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 8 <= words.length; i++) out.add(words.slice(i, i + 8).join(' '));
  return out;
}

/** A deterministic shuffle (linear congruential generator; seed 42 for the main stream). */
function shuffle<T>(items: T[], from = 42): T[] {
  let seed = from;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Other stream orders the story figures are measured on (the main stream is seed 42). */
const OTHER_SEEDS = [1, 2, 3, 4, 5, 6, 7];

/**
 * Story pairwise precision and recall of one stream order: every document added to a fresh index in that order.
 * Pairs with a page flagged `not-article` are left out, as in the main stream.
 */
async function storyFigures(docs: readonly Doc[]): Promise<{ precision: number; recall: number }> {
  const index = createCorpusIndex();
  const story = new Map<string, string>();
  const articles: Doc[] = [];
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (const [i, d] of docs.entries()) {
    const r = await index.add({ id: d.id, text: d.text, publishedAt: new Date(start + i * 60_000).toISOString() });
    story.set(d.id, r.story);
    if (!r.diagnostics.some((x) => x.code === 'not-article')) articles.push(d);
  }
  let same = 0;
  let predicted = 0;
  let both = 0;
  for (let a = 0; a < articles.length; a++) {
    for (let b = a + 1; b < articles.length; b++) {
      const together = story.get(articles[a]!.id) === story.get(articles[b]!.id);
      if (together) predicted++;
      if (articles[a]!.cluster === articles[b]!.cluster) {
        same++;
        if (together) both++;
      }
    }
  }
  return { precision: predicted > 0 ? both / predicted : 1, recall: same > 0 ? both / same : 1 };
}

/** `mean (min–max)` of some figures, three decimals. */
function spread(values: readonly number[]): string {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return `${mean.toFixed(3)} (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)})`;
}

/** The corpus evaluation. */
export const task: EvalTask = {
  name: 'corpus',
  async run(ctx) {
    const title = 'Corpus index: real clusters in one stream (Multi-News dev)';
    const dir = join(ctx.dataDir, 'multi-news-dev');
    const clustersPath = join(dir, 'clusters.jsonl');
    if (!existsSync(clustersPath)) return { title, skipped: `no data at ${dir}`, description: '', rows: [] };
    const docs: Doc[] = [];
    for (const cluster of readJsonl<Cluster>(clustersPath)) {
      cluster.documents.forEach((text, k) => {
        if (text.trim())
          docs.push({ id: `${cluster.idx}/${k}`, cluster: cluster.idx, text: text.replaceAll(' \n \n ', '\n\n') });
      });
    }
    const inFileOrder = [...docs];
    shuffle(docs);
    const index = createCorpusIndex();
    const related = new Map<string, string>();
    const groupOf = new Map<string, string>();
    const story = new Map<string, string>();
    const notArticle = new Set<string>();
    const latencies: number[] = [];
    const cpu0 = process.cpuUsage();
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (const [i, d] of docs.entries()) {
      const t = performance.now();
      // One minute apart: the whole stream sits in one day of the window, the hardest case for stories.
      const r = await index.add({ id: d.id, text: d.text, publishedAt: new Date(start + i * 60_000).toISOString() });
      latencies.push(performance.now() - t);
      story.set(d.id, r.story);
      groupOf.set(d.id, r.copyGroup);
      if (r.diagnostics.some((x) => x.code === 'not-article')) notArticle.add(d.id);
      for (const m of r.matches) related.set([d.id, m.article].sort().join('|'), m.relation);
      if (r.joined) related.set([d.id, r.copyGroup].sort().join('|'), 'copy');
    }
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    ctx.log(`corpus: ${docs.length} documents in ${cpuMs.toFixed(0)} ms CPU`);
    const textOf = new Map(docs.map((d) => [d.id, shingles(d.text)]));
    const pairKey = (a: string, b: string) => [a, b].sort().join('|');
    let high = 0;
    let highMatched = 0;
    let highArticles = 0;
    let highArticlesMatched = 0;
    let unrelated = 0;
    let unrelatedText = 0;
    let unrelatedAny = 0;
    let samePairs = 0;
    let predicted = 0;
    let both = 0;
    const missed: string[] = [];
    for (let a = 0; a < docs.length; a++) {
      for (let b = a + 1; b < docs.length; b++) {
        const x = docs[a]!;
        const y = docs[b]!;
        const rel = related.get(pairKey(x.id, y.id));
        const textMatched = rel === 'copy' || rel === 'shares-text' || groupOf.get(x.id) === groupOf.get(y.id);
        const articles = !notArticle.has(x.id) && !notArticle.has(y.id);
        if (x.cluster === y.cluster) {
          const sx = textOf.get(x.id)!;
          const sy = textOf.get(y.id)!;
          const [small, large] = sx.size <= sy.size ? [sx, sy] : [sy, sx];
          if (small.size > 0) {
            let n = 0;
            for (const s of small) if (large.has(s)) n++;
            if (n / small.size >= 0.5) {
              high++;
              if (textMatched) highMatched++;
              if (articles) {
                highArticles++;
                if (textMatched) highArticlesMatched++;
                else missed.push(`${x.id} / ${y.id}`);
              }
            }
          }
          if (articles) {
            samePairs++;
            if (story.get(x.id) === story.get(y.id)) both++;
          }
        } else {
          unrelated++;
          if (rel === 'copy' || rel === 'shares-text') unrelatedText++;
          if (rel !== undefined) unrelatedAny++;
        }
        if (articles && story.get(x.id) === story.get(y.id)) predicted++;
      }
    }
    latencies.sort((p, q) => p - q);
    const q = (f: number) => latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))]!;
    // The same stream in other orders: a story is decided when its article comes, so the order moves both figures.
    const orders = [{ precision: both / predicted, recall: both / samePairs }];
    for (const seed of OTHER_SEEDS) {
      orders.push(await storyFigures(shuffle([...inFileOrder], seed)));
    }
    const meeting = orders.filter((o) => o.precision >= 0.95 && o.recall >= 0.7).length;
    const rows: MetricRow[] = [
      {
        metric:
          'pairs sharing ≥ half the shorter text’s 8-word shingles, both articles: matched as copy or shares-text',
        system: 'createCorpusIndex',
        value: ratio(highArticlesMatched, highArticles),
        reference: 'target: every pair',
      },
      {
        metric: 'same, including pairs of non-article pages (crawl and social notices, never indexed)',
        system: 'createCorpusIndex',
        value: ratio(highMatched, high),
        reference: 'non-articles are not matched by design (issues 12, 13)',
      },
      {
        metric: 'unrelated pairs (different clusters) matched as copy or shares-text',
        system: 'createCorpusIndex',
        value: `${((100 * unrelatedText) / unrelated).toFixed(3)}% (${unrelatedText}/${unrelated})`,
        reference: 'target: < 1%',
      },
      {
        metric: 'unrelated pairs matched in any relation (same-story included)',
        system: 'createCorpusIndex',
        value: `${((100 * unrelatedAny) / unrelated).toFixed(3)}% (${unrelatedAny}/${unrelated})`,
      },
      {
        metric: `stories: pairwise precision (article pairs put in one story that are one cluster), cosine ≥ ${SAME_STORY_COSINE}`,
        system: 'createCorpusIndex',
        value: predicted > 0 ? `${(both / predicted).toFixed(3)} (${both}/${predicted})` : 'n/a',
        reference: 'target: ≥ 0.95',
      },
      {
        metric: 'stories: pairwise recall (article pairs of one cluster put in one story)',
        system: 'createCorpusIndex',
        value: `${(both / samePairs).toFixed(3)} (${both}/${samePairs})`,
        reference: 'target: ≥ 0.7',
      },
      {
        metric: `stories over ${orders.length} stream orders (seed 42 and ${OTHER_SEEDS.length} more): pairwise precision / recall, mean (min–max)`,
        system: 'createCorpusIndex',
        value: `${spread(orders.map((o) => o.precision))} / ${spread(orders.map((o) => o.recall))}`,
        reference: `both targets met in ${meeting} of ${orders.length} orders`,
      },
      {
        metric: 'add(), end to end with normalization: articles per CPU second; latency p50 / p99 (wall)',
        system: 'createCorpusIndex',
        value: `${((1000 * docs.length) / cpuMs).toFixed(0)} /s; ${q(0.5).toFixed(2)} / ${q(0.99).toFixed(2)} ms`,
        reference: 'real documents here are long (mean 4 KB, up to 100 KB); the stream bench measures the targets',
      },
    ];
    return {
      title,
      description: [
        `Data: \`multi-news-dev\`, ${docs.length} documents of 250 clusters (each cluster one story), shuffled (seed 42) into one stream one minute apart, so every document is in the window of every other: the hardest case for story grouping. Each document is added to one \`createCorpusIndex()\` (defaults). A pair is matched when one's \`add\` lists the other (or its copy group) as \`copy\` or \`shares-text\`, or the two share a copy group. Shingle share as in the real-news task: share of the shorter text's distinct lower-cased \`\\w+\` 8-word shingles found in the other (whole raw text). Non-articles are the documents copydesk flags \`not-article\`: they are never fingerprinted, so two identical crawl notices are not a copy (the real-news and provenance issues ask for exactly that).`,
        `Stories are judged on pairs of articles (pairs with a non-article page are left out of both figures: such a page is never indexed, so it has no story to share): precision = pairs put in one story that belong to one cluster, recall = pairs of one cluster put in one story. The story of an article with no shared text is the story whose centroid (summed rare names, numbers, dates and words of its groups, each weighted by its rarity, by 1 + ln of the sentences it occurs in and double in the title and first three sentences) has a cosine of at least ${SAME_STORY_COSINE} with it, the article's own features each weighted down by how many copy groups in the window hold them (a name every story has says less than one only this story has); stories are never merged afterwards, so no chain of loose resemblances joins two stories. Because each article's story is decided when it comes, the order of the stream moves both figures: the same documents are also added in ${OTHER_SEEDS.length} other shuffled orders (the same generator, seeds ${OTHER_SEEDS.join(', ')}, each into a fresh index), and the row over all orders gives their mean and range.`,
      ].join('\n\n'),
      rows,
      details:
        missed.length > 0
          ? markdownTable(
              ['missed article pair'],
              missed.slice(0, 20).map((m) => [m]),
            )
          : undefined,
    };
  },
};
