/**
 * Many unrelated real articles at once, for the "mixed articles" family of
 * the alignment benchmark: documents of the Multi-News development sample
 * (`multi-news-dev/clusters.jsonl`, 250 clusters of 2–9 scraped articles
 * about one story each, 690 documents), taken whole cluster by whole cluster
 * in file order until there are N; when the sample has fewer than N, it is
 * taken again from the start, the ids of the k-th pass suffixed `~k`, and
 * each later copy is a re-publication, not an identical text: paragraph
 * `k - 2` (modulo the paragraph count) is left out, as an outlet cutting a
 * syndicated story would (documents of one or two paragraphs are kept whole).
 * Without the data folder, the seed articles are repeated the same way.
 *
 * Reads the JSONL itself (nothing from `src/`): `scripts/eval/lib/multi-news.ts`
 * imports library types.
 *
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDirectory, repoRoot } from '../../eval/lib/env';

/** One input of `alignSources`: text only. */
export interface MixedInput {
  readonly id: string;
  readonly text: string;
}

/** The articles and how they were drawn. */
export interface MixedArticles {
  readonly inputs: readonly MixedInput[];
  /** `data` from Multi-News, `seeds` from the repository's seeds (no data folder). */
  readonly source: 'data' | 'seeds';
  /** Distinct documents available before any repetition. */
  readonly distinct: number;
  /** How many of the inputs are second or later copies of a document. */
  readonly repeated: number;
  /** Total UTF-16 length of the texts. */
  readonly chars: number;
}

interface Cluster {
  readonly idx: number;
  readonly documents: readonly string[];
}

/** The distinct documents in a fixed order, with a base id each. */
function distinctDocuments(dataDir: string): { docs: MixedInput[]; source: MixedArticles['source'] } {
  const path = join(dataDir, 'multi-news-dev', 'clusters.jsonl');
  if (isDirectory(join(dataDir, 'multi-news-dev'))) {
    const docs: MixedInput[] = [];
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const line of lines) {
      if (line.trim() === '') continue;
      const cluster = JSON.parse(line) as Cluster;
      cluster.documents.forEach((text, j) => {
        if (text.trim() !== '') docs.push({ id: `mn${cluster.idx}-${j}`, text });
      });
    }
    if (docs.length > 0) return { docs, source: 'data' };
  }
  const seeds = join(repoRoot, 'seeds');
  const docs = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: `seed-${f.replace(/\.txt$/, '')}`, text: readFileSync(join(seeds, f), 'utf8') }));
  if (docs.length === 0) throw new Error('mixed articles: no Multi-News data and no seeds');
  return { docs, source: 'seeds' };
}

/** The k-th copy of a text (k >= 2): one paragraph left out (see the module description). */
function republished(text: string, pass: number): string {
  const paragraphs = text.split(/\n[ \t]*\n/);
  if (paragraphs.length <= 2) return text;
  const drop = (pass - 2) % paragraphs.length;
  return paragraphs.filter((_, k) => k !== drop).join('\n\n');
}

/**
 * Draws `n` articles (see the module description).
 *
 * @param n - How many articles.
 * @param dataDir - The development data folder (may not exist).
 * @returns Exactly `n` inputs with unique ids.
 */
export function mixedArticles(n: number, dataDir: string): MixedArticles {
  const { docs, source } = distinctDocuments(dataDir);
  const inputs: MixedInput[] = [];
  for (let i = 0; i < n; i++) {
    const doc = docs[i % docs.length]!;
    const pass = Math.floor(i / docs.length) + 1;
    inputs.push(pass === 1 ? doc : { id: `${doc.id}~${pass}`, text: republished(doc.text, pass) });
  }
  return {
    inputs,
    source,
    distinct: docs.length,
    repeated: Math.max(0, n - docs.length),
    chars: inputs.reduce((sum, d) => sum + d.text.length, 0),
  };
}
