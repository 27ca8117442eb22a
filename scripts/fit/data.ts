/**
 * Loaders for the development data used to fit and evaluate sentence
 * similarity (MRPC train, STS Benchmark train/dev, seeds). Node-only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** ../shared/data relative to the repository root. */
export const DATA_DIR = resolve(ROOT, '../shared/data');

/** One labelled sentence pair. */
export interface Pair {
  readonly a: string;
  readonly b: string;
  /** MRPC: 0 or 1; STS: gold similarity 0..5. */
  readonly label: number;
  /** STS genre (`main-news`, ...) or `mrpc`. */
  readonly genre: string;
  /** STS year column (`2012train`, `2014`, ...) or `mrpc`. */
  readonly year: string;
  /** STS source file (`MSRpar`, `headlines`, ...) or `mrpc`. */
  readonly source: string;
}

/** Path of the MRPC train file under a data directory. */
export function mrpcPath(dataDir: string): string {
  return join(dataDir, 'mrpc', 'msr_paraphrase_train.txt');
}

/** Path of an STS Benchmark split under a data directory. */
export function stsPath(dataDir: string, split: 'train' | 'dev'): string {
  return join(dataDir, 'sts-benchmark', `sts-${split}.csv`);
}

/** Reads MRPC train: TSV label, id1, id2, s1, s2; strips a BOM and skips a `Quality` header if present. */
export function loadMrpc(path: string): Pair[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const pairs: Pair[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    if (cols.length < 5 || !/^[01]$/.test(cols[0]!)) continue; // header or malformed
    pairs.push({ a: cols[3]!, b: cols[4]!, label: Number(cols[0]), genre: 'mrpc', source: 'mrpc', year: 'mrpc' });
  }
  return pairs;
}

/** Reads an STS Benchmark split: TSV genre, file, year, id, score, s1, s2 [, extra columns]. */
export function loadSts(path: string): Pair[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const pairs: Pair[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    if (cols.length < 7) continue;
    const score = Number(cols[4]);
    if (!Number.isFinite(score)) continue;
    pairs.push({ a: cols[5]!, b: cols[6]!, label: score, genre: cols[0]!, source: cols[1]!, year: cols[2]! });
  }
  return pairs;
}

/**
 * STS train rows usable for fitting: rows whose year is `2012test` are left
 * out: they are the test pairs of the STS 2012 shared task (MSRpar's drawn
 * from MRPC, which shares sentences with the MRPC test split), test-split
 * data that development does not fit to.
 */
export function loadStsForFitting(path: string): Pair[] {
  return loadSts(path).filter((p) => !p.year.includes('test'));
}

/** Lines of the seed articles (roughly sentences: each non-empty line). */
export function loadSeedLines(): string[] {
  const dir = join(ROOT, 'seeds');
  if (!existsSync(dir)) return [];
  const lines: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue;
    for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
      const t = line.trim();
      if (t.length > 0) lines.push(...t.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z"“])/));
    }
  }
  return lines;
}
