/**
 * The benchmark corpus: at least 5 MB of news-like text, built the same way
 * on every run (sorted file lists, no randomness).
 *
 * @packageDocumentation
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText } from '../eval/html-to-text';
import { isDirectory, repoRoot } from '../eval/lib/env';
import { readTextFile } from '../eval/lib/read-text';

/** One part of the corpus (a data folder). */
export interface CorpusPart {
  readonly name: string;
  readonly articles: number;
  readonly bytes: number;
}

/** The texts the benchmarks run on. */
export interface Corpus {
  /** One text per article (page or document), in a fixed order. */
  readonly articles: readonly string[];
  /** Total UTF-8 size of {@link Corpus.articles}. */
  readonly bytes: number;
  /** `data` when built from ../shared/data, `seeds` when from the repository's seeds. */
  readonly source: 'data' | 'seeds';
  /** Where the distinct texts came from, before repetition. */
  readonly parts: readonly CorpusPart[];
  /** How many texts were taken a second (or further) time to reach the minimum size. */
  readonly repeated: number;
  /** A Markdown paragraph describing the corpus. */
  readonly description: string;
}

/** Options of {@link buildCorpus}. */
export interface CorpusOptions {
  /**
   * Minimum size in UTF-8 bytes; the distinct texts are repeated, in order, until it is reached.
   *
   * @defaultValue `5_000_000`
   */
  readonly minBytes?: number;
}

const utf8 = new TextEncoder();

function byteLength(text: string): number {
  return utf8.encode(text).length;
}

function sortedFiles(dir: string, suffix: string): string[] {
  if (!isDirectory(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort();
}

function part(name: string, texts: readonly string[]): CorpusPart {
  return { name, articles: texts.length, bytes: texts.reduce((sum, t) => sum + byteLength(t), 0) };
}

/**
 * Builds the benchmark corpus. With the development data present it uses real
 * article text: the 171 English trafilatura evaluation pages and the 58
 * CleanEval development pages (both converted with `htmlToText`, so with
 * their page furniture), and the PAN-13 source documents. Without it, it
 * repeats the five seed articles.
 *
 * @param dataDir - The development data folder (may not exist).
 * @param options - See {@link CorpusOptions}.
 * @returns The corpus, at least `minBytes` long.
 */
export function buildCorpus(dataDir: string, options: CorpusOptions = {}): Corpus {
  const minBytes = options.minBytes ?? 5_000_000;
  const parts: CorpusPart[] = [];
  const distinct: string[] = [];
  const add = (name: string, texts: string[]): void => {
    const kept = texts.filter((t) => t.trim() !== '');
    if (kept.length === 0) return;
    parts.push(part(name, kept));
    distinct.push(...kept);
  };

  let source: Corpus['source'] = 'seeds';
  if (isDirectory(dataDir)) {
    const traf = join(dataDir, 'trafilatura-eval', 'html');
    add(
      'trafilatura-eval/html (English pages, htmlToText)',
      sortedFiles(traf, '.html').map((f) => htmlToText(readTextFile(join(traf, f)))),
    );
    const clean = join(dataDir, 'cleaneval', 'cleaneval-dev', 'input');
    add(
      'cleaneval/cleaneval-dev/input (htmlToText)',
      sortedFiles(clean, '.html').map((f) => htmlToText(readTextFile(join(clean, f)))),
    );
    const pan = join(dataDir, 'pan13-text-alignment-subset', 'src');
    add(
      'pan13-text-alignment-subset/src (source documents)',
      sortedFiles(pan, '.txt').map((f) => readTextFile(join(pan, f))),
    );
    if (distinct.length > 0) source = 'data';
  }
  if (distinct.length === 0) {
    const seeds = join(repoRoot, 'seeds');
    add(
      'seeds/ (the five seed articles)',
      sortedFiles(seeds, '.txt').map((f) => readTextFile(join(seeds, f))),
    );
  }
  if (distinct.length === 0) throw new Error('bench corpus: no text found (no data, no seeds)');

  const distinctBytes = parts.reduce((sum, p) => sum + p.bytes, 0);
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const text = distinct[articles.length % distinct.length]!;
    articles.push(text);
    bytes += byteLength(text);
  }
  const repeated = articles.length - distinct.length;
  const mb = (b: number): string => (b / 1e6).toFixed(2);
  const description =
    (source === 'data'
      ? `Real page and article text from the development data (${distinct.length} distinct texts, ${mb(distinctBytes)} MB): ` +
        parts.map((p) => `${p.name}: ${p.articles} texts, ${mb(p.bytes)} MB`).join('; ') +
        '. The HTML pages keep their navigation, share buttons and other page furniture, as scraped text does.'
      : `No development data found, so the five seed articles in \`seeds/\` (${mb(distinctBytes)} MB) were used.`) +
    (repeated > 0
      ? ` To reach ${mb(minBytes)} MB the texts are cycled through in order (${repeated} texts taken again),`
      : ' Each text is used once,') +
    ` for ${articles.length} texts and ${mb(bytes)} MB (UTF-8; 1 MB = 10^6 bytes).`;
  return { articles, bytes, source, parts, repeated, description };
}
