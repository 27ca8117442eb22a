/**
 * Behaviour snapshot: a regression net for refactors that must not change
 * what copydesk computes. It runs the seeds comparison and the comparisons
 * the evaluation (`scripts/eval/*.task.ts`) makes, writes each result to a
 * file, and records the sha256 of every file in `manifest.json`. Two
 * snapshots (before and after a change) are compared with `--compare`.
 *
 * ```sh
 * npx tsx scripts/snapshot.ts [--root <dir>] --out <outdir> [--data <dataDir>] [--only <substring>]
 * npx tsx scripts/snapshot.ts --compare <dirA> <dirB>
 * ```
 *
 * - `--root`: a checkout (or `git archive` export, with `node_modules` linked
 *   in) whose `src/index.ts` is loaded with a dynamic import; default this
 *   repository. Only that public entry is used, never another file of `src/`,
 *   so the snapshot works whatever the internal layout. Seeds, the eval's
 *   labels and its data readers always come from this repository, so two
 *   roots see the same inputs.
 * - `--data`: the development data; default `$COPYDESK_DATA`, else
 *   `../shared/data` beside the repository (the eval's own resolution,
 *   `resolveDataDir` in scripts/eval/lib/env.ts). Without it only the seed
 *   items are written.
 * - `--only`: write only the groups whose name contains the substring
 *   (debugging; a partial snapshot compares as "missing" items).
 * - `--compare`: counts of identical / different / missing items, and for the
 *   first 10 differing items the JSON path and both values of the first
 *   difference. Exit code 1 when anything differs or is missing.
 *
 * Items (the name is the path in the output folder, `.json` added unless the
 * name ends in `.md`, `.html` or `.jsonl`): `seeds` (toJSON of alignSources on
 * the five seeds, as examples/align-seeds.ts builds it), `seeds.md`
 * (toMarkdown), `seeds.html` (toHTML); then, per eval task, one file per
 * document-level call (alignSources, traceProvenance, findReuse on documents,
 * normalizeArticle) and one JSON-lines file per sentence-pair dataset
 * (diffSentences, compareSentences, splitSentences, findReuse on sentence
 * pairs). Comparisons are written with the library's `toJSON`; everything
 * else with `JSON.stringify` (see {@link plainJson}). A call that throws is
 * recorded as `{ "$threw": { name, code, message } }`.
 *
 * What the eval computes through internals that the public entry does not
 * export is not snapshotted: `documentRelatedness` / `extractDocumentFeatures`
 * (relatedness), `tokenize` (numbers: it only selects which pairs to diff, so
 * every pair it could select is diffed here), `classifyShare`
 * (derivation-dev, a function of `shareChars`, which is snapshotted) and the
 * fitting internals behind the MRPC cross-validation (scripts/fit). Nothing
 * in the eval calls `alignSourcesAsync`.
 *
 * Determinism: no result of the public API carries a timing, a date of the
 * run or anything random, so nothing is stripped. One caveat: the token diff
 * of `diffSentences` (also used for the typed changes inside `alignSources`)
 * is bounded by `timeoutMs` (default 1000 ms) as well as by `maxEditLength`;
 * a diff cut by the time bound says `truncated: true` with a `diff-bounded`
 * diagnostic and could differ between runs. Every item containing
 * `diff-bounded` is listed in `snapshot-info.json` and printed, so such a
 * difference can be told from a behaviour change.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// Data readers shared with the eval. None of them imports anything from src/ (keep it so: the snapshot must
// load copydesk only through <root>/src/index.ts). Readers that do import src types are copied below instead.
import { generateStory as generateStoryWith } from './bench/lib/story';
import { mrpcRewordings } from './eval/derivation-dev.task';
import { readStsUnrelatedNews, toArticle as toPlainArticle } from './eval/derived.task';
import { htmlToText } from './eval/html-to-text';
import { parseWa } from './eval/ists.task';
import {
  createRng,
  deriveCopy,
  derivedPair,
  type Grade,
  type PlainArticle,
  type Rng,
  renderArticle,
  revise,
} from './eval/lib/derive';
import { isDirectory, repoRoot, resolveDataDir } from './eval/lib/env';
import { readTextFile } from './eval/lib/read-text';
import { readPairs as readNumberRows } from './eval/numbers.task';
import { loadMrpc, loadSts, mrpcPath, stsPath } from './fit/data';

// ---------------------------------------------------------------------------------------------------------------
// The library, seen through its public entry only.

interface ArticleInputLike {
  readonly id?: string;
  readonly text: string;
  readonly url?: string;
  readonly publishedAt?: string;
}

/** The part of copydesk's public API the snapshot calls, typed loosely: results are serialized, not read. */
interface Copydesk {
  alignSources(sources: readonly { id: string; text: string }[], options?: { provenance?: boolean }): unknown;
  toJSON(comparison: unknown): string;
  toMarkdown(comparison: unknown): string;
  toHTML(comparison: unknown): string;
  normalizeArticle(input: string | ArticleInputLike): unknown;
  traceProvenance(articles: readonly unknown[]): unknown;
  findReuse(source: string, target: string): readonly unknown[];
  diffSentences(a: string, b: string): unknown;
  compareSentences(a: string, b: string): unknown;
  splitSentences(text: string): readonly { readonly text: string }[];
}

const API: readonly (keyof Copydesk)[] = [
  'alignSources',
  'toJSON',
  'toMarkdown',
  'toHTML',
  'normalizeArticle',
  'traceProvenance',
  'findReuse',
  'diffSentences',
  'compareSentences',
  'splitSentences',
];

async function loadCopydesk(root: string): Promise<Copydesk> {
  const entry = join(root, 'src', 'index.ts');
  if (!existsSync(entry)) throw new Error(`no ${entry}`);
  const mod = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  const missing = API.filter((name) => typeof mod[name] !== 'function');
  if (missing.length > 0) throw new Error(`${entry} does not export ${missing.join(', ')}`);
  return mod as unknown as Copydesk;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing items.

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** File name of an item: the name itself for `.md`, `.html` and `.jsonl` items, else the name plus `.json`. */
const fileOf = (name: string): string => (/\.(md|html|jsonl)$/.test(name) ? name : `${name}.json`);

/**
 * `JSON.stringify` of a result, with the few values JSON cannot hold made
 * visible instead of silently changed: non-finite numbers (which JSON writes
 * as `null`), Maps and Sets (written as `{}`) and bigints (which throw). A
 * result without such values gives exactly the bytes of `JSON.stringify`.
 */
function plainJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) return { $number: String(v) };
      if (typeof v === 'bigint') return { $bigint: String(v) };
      if (v instanceof Map) return { $map: [...v.entries()] };
      if (v instanceof Set) return { $set: [...v] };
      return v;
    },
    indent,
  );
}

/** What a call that threw is recorded as. */
function threw(error: unknown): { $threw: { name: string; code?: unknown; message: string } } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { $threw: { name: error.name, ...(code === undefined ? {} : { code }), message: error.message } };
  }
  return { $threw: { name: typeof error, message: String(error) } };
}

/** Runs `f`; a throw becomes a {@link threw} record. */
function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    return threw(error);
  }
}

class Snapshot {
  readonly hashes = new Map<string, string>();
  /** Items whose text contains `diff-bounded` (a diff cut by its bound, possibly the time bound). */
  readonly bounded: string[] = [];
  bytes = 0;

  constructor(
    readonly out: string,
    readonly lib: Copydesk,
  ) {}

  /** Writes one item. */
  write(name: string, text: string): void {
    if (this.hashes.has(name)) throw new Error(`two items named ${name}`);
    const file = join(this.out, fileOf(name));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    this.hashes.set(name, sha256(text));
    this.bytes += Buffer.byteLength(text);
    if (text.includes('diff-bounded')) this.bounded.push(name);
  }

  /** An item holding any result, as indented JSON. */
  json(name: string, f: () => unknown): void {
    this.write(name, `${plainJson(attempt(f), 2)}\n`);
  }

  /** An item holding a comparison, serialized with the library's own `toJSON`. */
  comparison(name: string, f: () => unknown): void {
    let text: string;
    try {
      text = this.lib.toJSON(f());
    } catch (error) {
      text = plainJson(threw(error), 2);
    }
    this.write(name, `${text}\n`);
  }

  /** A JSON-lines item: one `{ key, ...input, out }` line per call, in order. */
  lines(name: string, calls: Iterable<{ key: string; input?: Record<string, unknown>; call: () => unknown }>): number {
    const out: string[] = [];
    for (const { key, input, call } of calls) out.push(plainJson({ key, ...input, out: attempt(call) }));
    this.write(name, out.length === 0 ? '' : `${out.join('\n')}\n`);
    return out.length;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Readers copied from the eval (their files import types from src/, which this script must not).

/** scripts/eval/lib/multi-news.ts `readJsonl`. */
function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

const evalDataDir = join(repoRoot, 'scripts', 'eval', 'data');
/** scripts/eval/lib/multi-news.ts `EXTRA_LABELS_PATH` and `HOLDOUT_LABELS_PATH`. */
const EXTRA_LABELS_PATH = join(evalDataDir, 'multi-news-dev-labels-extra.jsonl');
const HOLDOUT_LABELS_PATH = join(evalDataDir, 'multi-news-dev-labels-holdout.jsonl');

interface Cluster {
  readonly idx: number;
  readonly documents: readonly string[];
}

interface LabelledDoc {
  readonly idx: number;
  readonly doc: number;
}

/** derived.task.ts `toArticle`, splitting sentences with the library under test. */
function toArticle(lib: Copydesk, text: string, rng: Rng): PlainArticle | undefined {
  return toPlainArticle(text, rng, (t) => lib.splitSentences(t) as readonly { readonly text: string }[]);
}

/** derivation-dev.task.ts `readTsv`. */
function readTsv(file: string): string[][] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, '').split('\t'));
}

/** The first four seed texts (seeds 000–003, one story), as derived and derivation-dev read them. */
function firstFourSeeds(): string[] {
  const seedDir = join(repoRoot, 'seeds');
  return existsSync(seedDir)
    ? readdirSync(seedDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .slice(0, 4)
        .map((f) => readFileSync(join(seedDir, f), 'utf8'))
    : [];
}

/** scripts/bench/lib/story.ts `generateStory` (schema task), reading sentences with the library under test. */
function generateStory(lib: Copydesk, sources: number, sentencesPerSource: number, dataDir: string): string[] {
  const read = (text: string): string[] =>
    (lib.normalizeArticle(text) as { sentences: readonly { normalized: string }[] }).sentences.map((s) => s.normalized);
  return generateStoryWith({ sources, sentencesPerSource, dataDir, read }).texts;
}

// ---------------------------------------------------------------------------------------------------------------
// The groups of items.

interface Context {
  readonly lib: Copydesk;
  readonly snap: Snapshot;
  readonly data: string;
  readonly log: (message: string) => void;
}

interface Group {
  readonly name: string;
  /** Needs the data folder (every group but the seeds). */
  readonly needsData: boolean;
  /** Writes the group's items; returns why it was skipped, if it was. */
  run(ctx: Context): string | undefined;
}

const pad = (n: number, width = 4): string => String(n).padStart(width, '0');
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-|-$/g, '');

/** Multi-News clusters, checked to have distinct `idx` (item names use it). */
function readClusters(data: string): Cluster[] | undefined {
  const path = join(data, 'multi-news-dev', 'clusters.jsonl');
  if (!existsSync(path)) return undefined;
  const clusters = readJsonl<Cluster>(path);
  if (new Set(clusters.map((c) => c.idx)).size !== clusters.length) throw new Error(`${path}: repeated idx`);
  return clusters;
}

/** `traceProvenance` on two texts normalized as ids `a` and `b` (derived and derivation-dev `trace`/`tracePair`). */
function tracePair(lib: Copydesk, source: string, target: string, publishedAt?: { source?: string; target?: string }) {
  const article = (id: string, text: string, at?: string) =>
    lib.normalizeArticle({ id, text, ...(at ? { publishedAt: at } : {}) });
  return {
    inputs: { source: sha256(source), target: sha256(target) },
    provenance: attempt(() =>
      lib.traceProvenance([article('a', source, publishedAt?.source), article('b', target, publishedAt?.target)]),
    ),
  };
}

const GROUPS: readonly Group[] = [
  {
    // examples/align-seeds.ts (npm run demo): ids are the first three characters of the file name, default options.
    name: 'seeds',
    needsData: false,
    run({ lib, snap }) {
      const dir = join(repoRoot, 'seeds');
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      let comparison: unknown;
      try {
        comparison = lib.alignSources(
          files.map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(dir, f), 'utf8') })),
        );
      } catch (error) {
        const text = `${plainJson(threw(error), 2)}\n`;
        for (const name of ['seeds', 'seeds.md', 'seeds.html']) snap.write(name, text);
        return undefined;
      }
      snap.comparison('seeds', () => comparison);
      const render = (f: () => string): string => {
        try {
          return f();
        } catch (error) {
          return plainJson(threw(error), 2);
        }
      };
      snap.write('seeds.md', `${render(() => lib.toMarkdown(comparison))}\n`);
      snap.write('seeds.html', `${render(() => lib.toHTML(comparison))}\n`);
      return undefined;
    },
  },
  {
    // realnews.task.ts: normalizeArticle(text) on every labelled document (shipped labels, extra and held-out
    // labels), then alignSources with default options (provenance traced) on every cluster, ids d0, d1, ...
    name: 'realnews',
    needsData: true,
    run({ lib, snap, data, log }) {
      const clusters = readClusters(data);
      const labelsPath = join(data, 'multi-news-dev', 'labels.jsonl');
      if (clusters === undefined || !existsSync(labelsPath)) return 'no multi-news-dev clusters.jsonl / labels.jsonl';
      const labelled = [
        ...readJsonl<LabelledDoc>(labelsPath),
        ...(existsSync(EXTRA_LABELS_PATH) ? readJsonl<LabelledDoc>(EXTRA_LABELS_PATH) : []),
        ...(existsSync(HOLDOUT_LABELS_PATH) ? readJsonl<LabelledDoc>(HOLDOUT_LABELS_PATH) : []),
      ];
      const byIdx = new Map(clusters.map((c) => [c.idx, c]));
      const done = new Set<string>();
      for (const doc of labelled) {
        const name = `realnews/normalize/c${pad(doc.idx)}-d${doc.doc}`;
        if (done.has(name)) continue;
        done.add(name);
        const text = byIdx.get(doc.idx)?.documents[doc.doc];
        if (text === undefined) throw new Error(`labels name cluster ${doc.idx} doc ${doc.doc}, absent`);
        snap.json(name, () => lib.normalizeArticle(text));
      }
      for (const cluster of clusters) {
        snap.comparison(`realnews/align/c${pad(cluster.idx)}`, () =>
          lib.alignSources(cluster.documents.map((text, k) => ({ id: `d${k}`, text }))),
        );
      }
      log(`${done.size} labelled documents normalized, ${clusters.length} clusters aligned`);
      return undefined;
    },
  },
  {
    // relatedness.task.ts: alignSources with { provenance: false } on every cluster, ids d0, d1, ...
    name: 'relatedness',
    needsData: true,
    run({ lib, snap, data, log }) {
      const clusters = readClusters(data);
      if (clusters === undefined) return 'no multi-news-dev/clusters.jsonl';
      for (const cluster of clusters) {
        snap.comparison(`relatedness/align/c${pad(cluster.idx)}`, () =>
          lib.alignSources(
            cluster.documents.map((text, k) => ({ id: `d${k}`, text })),
            { provenance: false },
          ),
        );
      }
      log(`${clusters.length} clusters aligned without provenance`);
      return undefined;
    },
  },
  {
    // cleaneval.task.ts: normalizeArticle(visible text) of every page with a gold file.
    name: 'cleaneval',
    needsData: true,
    run({ lib, snap, data, log }) {
      const dir = join(data, 'cleaneval', 'cleaneval-dev');
      if (!existsSync(join(dir, 'input')) || !existsSync(join(dir, 'GoldStandard'))) return `no ${dir}`;
      const pageNumber = (file: string): number => Number.parseInt(file, 10);
      const files = readdirSync(join(dir, 'input'))
        .filter((f) => f.endsWith('.html') && existsSync(join(dir, 'GoldStandard', f.replace(/\.html$/, '.txt'))))
        .sort((a, b) => pageNumber(a) - pageNumber(b) || a.localeCompare(b));
      for (const file of files) {
        const visible = htmlToText(readTextFile(join(dir, 'input', file)));
        snap.json(`cleaneval/normalize/${slug(file.replace(/\.html$/, ''))}`, () => lib.normalizeArticle(visible));
      }
      log(`${files.length} pages normalized`);
      return undefined;
    },
  },
  {
    // trafilatura.task.ts: normalizeArticle({ text: visible text, url }) of every English page.
    name: 'trafilatura',
    needsData: true,
    run({ lib, snap, data, log }) {
      const dir = join(data, 'trafilatura-eval');
      const listPath = join(dir, 'evaldata_english_subset.json');
      if (!existsSync(listPath)) return `no ${listPath}`;
      const entries = Object.entries(JSON.parse(readFileSync(listPath, 'utf8')) as Record<string, { file: string }>)
        .filter(([, e]) => existsSync(join(dir, 'html', e.file)))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const used = new Set<string>();
      for (const [url, entry] of entries) {
        const base = `trafilatura/normalize/${slug(entry.file.replace(/\.html?$/, ''))}`;
        let name = base;
        for (let k = 2; used.has(name); k++) name = `${base}-${k}`;
        used.add(name);
        const visible = htmlToText(readTextFile(join(dir, 'html', entry.file)));
        snap.json(name, () => lib.normalizeArticle({ text: visible, url }));
      }
      log(`${entries.length} pages normalized`);
      return undefined;
    },
  },
  {
    // derived.task.ts: the same generator calls in the same order (seed 20150128), every traceProvenance.
    name: 'derived',
    needsData: true,
    run({ lib, snap, data, log }) {
      const srcDir = join(data, 'pan13-text-alignment-subset', 'src');
      if (!existsSync(srcDir)) return `no ${srcDir}`;
      const rng = createRng(20150128);
      const bases: PlainArticle[] = [];
      for (const f of readdirSync(srcDir).sort()) {
        if (bases.length >= 120) break;
        const article = toArticle(lib, readFileSync(join(srcDir, f), 'utf8'), rng);
        if (article) bases.push(article);
      }
      const n = bases.length;
      let traces = 0;
      const put = (
        name: string,
        about: Record<string, unknown>,
        source: string,
        target: string,
        at?: { source?: string; target?: string },
      ) => {
        snap.json(`derived/${name}`, () => ({ ...about, ...tracePair(lib, source, target, at) }));
        traces++;
      };
      let index = 0;
      for (let i = 0; i < n; i++) {
        const wire = bases[i]!;
        const local = bases[(i + 37) % n]!;
        for (const kind of ['wholly', 'partially'] as const) {
          const pair = derivedPair(wire, local, kind, index++, rng);
          put(`pair-${pad(i)}-${kind}`, { expected: pair.expected, regime: pair.regime }, pair.source, pair.target, {
            ...(pair.sourcePublishedAt ? { source: pair.sourcePublishedAt } : {}),
            ...(pair.targetPublishedAt ? { target: pair.targetPublishedAt } : {}),
          });
        }
        const other = deriveCopy(bases[(i + 1) % n]!, bases[(i + 53) % n]!, 'wholly', rng);
        put(`unrelated-${pad(i)}`, { expected: 'non-derived' }, renderArticle(wire), renderArticle(other.article));
        if (i % 2 === 0) {
          const credit = '(Reporting by Jack Kim; Editing by Robert Birsel)';
          const c1 = deriveCopy(wire, bases[(i + 11) % n]!, 'wholly', rng);
          const c2 = deriveCopy(wire, bases[(i + 23) % n]!, 'wholly', rng);
          put(
            `common-source-${pad(i)}`,
            { expected: 'common-source' },
            renderArticle(c1.article, { credit }),
            renderArticle(c2.article, { credit }),
          );
        }
      }
      const grades: Grade[] = ['verbatim', 'light', 'heavy'];
      for (let i = 0; i < Math.min(60, n); i++) {
        const base = bases[i]!;
        const donor = bases[(i + 71) % n]!.paragraphs.flat().join(' ').split(' ');
        for (const g of grades)
          put(`graded-${pad(i)}-${g}`, { grade: g }, renderArticle(base), renderArticle(revise(base, donor, g, rng)));
      }
      const seedTexts = firstFourSeeds();
      const independent: Array<[string, string]> = [];
      for (let i = 0; i < seedTexts.length; i++) {
        for (let j = 0; j < seedTexts.length; j++) if (i !== j) independent.push([seedTexts[i]!, seedTexts[j]!]);
      }
      const negatives = readStsUnrelatedNews(data);
      for (let k = 0; k + 8 <= negatives.length && independent.length < 72; k += 8) {
        const group = negatives.slice(k, k + 8);
        const doc = (side: 0 | 1) =>
          renderArticle({ title: `Story ${k / 8 + 1}`, paragraphs: group.map((p) => [p[side]]) });
        independent.push([doc(0), doc(1)]);
      }
      for (const [k, [a, b]] of independent.entries()) put(`independent-${pad(k)}`, { expected: 'non-derived' }, a, b);
      log(`${n} base articles, ${traces} traced pairs`);
      return undefined;
    },
  },
  {
    // derivation-dev.task.ts: the same generator calls in the same order (seed 20260113), every traceProvenance,
    // findReuse on every MRPC train positive, and traceProvenance on every multi-news-dev cluster.
    name: 'derivation-dev',
    needsData: true,
    run({ lib, snap, data, log }) {
      const srcDir = join(data, 'pan13-text-alignment-subset', 'src');
      if (!existsSync(srcDir)) return `no ${srcDir}`;
      const rng = createRng(20260113);
      const bases: PlainArticle[] = [];
      for (const f of readdirSync(srcDir).sort()) {
        if (bases.length >= 80) break;
        const article = toArticle(lib, readFileSync(join(srcDir, f), 'utf8'), rng);
        if (article) bases.push(article);
      }
      let row = 0;
      const add = (kind: string, source: string, target: string) => {
        snap.json(`derivation-dev/pair-${pad(row++)}-${slug(kind)}`, () => ({
          kind,
          ...tracePair(lib, source, target),
        }));
      };
      for (let i = 0; i < Math.min(60, bases.length); i++) {
        const base = bases[(i + 20) % bases.length]!;
        const donor = bases[(i + 51) % bases.length]!.paragraphs.flat().join(' ').split(' ');
        for (const g of ['verbatim', 'light', 'heavy'] as const)
          add(g, renderArticle(base), renderArticle(revise(base, donor, g, rng)));
      }
      const { positives, documents } = mrpcRewordings(data);
      for (const [source, target] of documents) add('heavy (MRPC)', source, target);
      // The eval keeps the positives on which findReuse finds no passage; every call is one line here.
      const noRun: boolean[] = [];
      snap.lines(
        'derivation-dev/mrpc-positives-findReuse.jsonl',
        positives.map((c, i) => ({
          key: `${c[1]}/${c[2]}`,
          call: () => {
            const found = lib.findReuse(c[3]!, c[4]!);
            noRun[i] = found.length === 0;
            return found;
          },
        })),
      );
      const reworded = positives.filter((_, i) => noRun[i] === true);
      for (let k = 0; k + 8 <= reworded.length && k / 8 < 60; k += 8) {
        const group = reworded.slice(k, k + 8);
        const doc = (side: 3 | 4) =>
          renderArticle({
            title: `Report ${k / 8 + 1}`,
            paragraphs: [0, 2, 4, 6].map((j) => [group[j]![side]!, group[j + 1]![side]!]),
          });
        add('heavy (MRPC, no 8-word run)', doc(3), doc(4));
      }
      const seeds = firstFourSeeds();
      for (let i = 0; i < seeds.length; i++) {
        for (let j = 0; j < seeds.length; j++) if (i !== j) add('independent same-topic', seeds[i]!, seeds[j]!);
      }
      const sts = readTsv(join(data, 'sts-benchmark', 'sts-train.csv')).filter(
        (c) => c[0] === 'main-news' && c.length >= 7 && Number(c[4]) <= 2,
      );
      for (let k = 8 * 9; k + 8 <= sts.length && k / 8 < 9 + 60; k += 8) {
        const group = sts.slice(k, k + 8);
        const doc = (side: 5 | 6) =>
          renderArticle({ title: `Story ${k / 8 + 1}`, paragraphs: group.map((c) => [c[side]!]) });
        add('independent same-topic', doc(5), doc(6));
      }
      let clusters = 0;
      for (const c of readClusters(data) ?? []) {
        if (c.documents.length < 2) continue;
        clusters++;
        snap.json(`derivation-dev/multi-news/c${pad(c.idx)}`, () => {
          const articles = c.documents.map((text, i) =>
            lib.normalizeArticle({ id: `d${i}`, text: text.replace(/ \n \n /g, '\n\n') }),
          );
          return { articles, provenance: attempt(() => lib.traceProvenance(articles)) };
        });
      }
      log(
        `${row} development pairs, ${positives.length} MRPC positives through findReuse, ${clusters} clusters traced`,
      );
      return undefined;
    },
  },
  {
    // pan13.task.ts: findReuse(source, suspicious) with default options on every pair whose texts exist.
    name: 'pan13',
    needsData: true,
    run({ lib, snap, data, log }) {
      const dir = join(data, 'pan13-text-alignment-subset');
      const goldDir = join(dir, '02-no-obfuscation');
      if (!existsSync(goldDir)) return `no ${goldDir}`;
      const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
      let pairs = 0;
      for (const file of readdirSync(goldDir)
        .filter((f) => f.endsWith('.xml'))
        .sort()) {
        const xml = readFileSync(join(goldDir, file), 'utf8');
        const suspName = attr(xml, 'reference');
        const first = (xml.match(/<feature[^>]*\/>/g) ?? [])[0];
        const srcName = first ? attr(first, 'source_reference') : undefined;
        if (!suspName || !srcName) continue;
        const suspPath = join(dir, 'susp', suspName);
        const srcPath = join(dir, 'src', srcName);
        if (!existsSync(suspPath) || !existsSync(srcPath)) continue;
        const susp = readFileSync(suspPath, 'utf8');
        const src = readFileSync(srcPath, 'utf8');
        snap.json(`pan13/findReuse/${slug(file.replace(/\.xml$/, ''))}`, () => lib.findReuse(src, susp));
        pairs++;
      }
      log(`${pairs} pairs`);
      return undefined;
    },
  },
  {
    // schema.task.ts: alignSources on the seeds (ids = file names), on generated stories of 2, 10 and 50 outlets,
    // and on 60 derived pairs of PAN-13 texts (seed 20150128); toJSON of each.
    name: 'schema',
    needsData: true,
    run({ lib, snap, data, log }) {
      const dir = join(repoRoot, 'seeds');
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      snap.comparison('schema/seeds', () =>
        lib.alignSources(files.map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }))),
      );
      for (const n of [2, 10, 50]) {
        snap.comparison(`schema/story-${n}`, () =>
          lib.alignSources(generateStory(lib, n, 40, data).map((text, i) => ({ id: `outlet-${i + 1}`, text }))),
        );
      }
      const panDir = join(data, 'pan13-text-alignment-subset', 'src');
      let pairs = 0;
      if (existsSync(panDir)) {
        const rng = createRng(20150128);
        const bases = readdirSync(panDir)
          .sort()
          .map((f) => toArticle(lib, readFileSync(join(panDir, f), 'utf8'), rng))
          .filter((a) => a !== undefined)
          .slice(0, 61);
        for (let i = 0; i + 1 < bases.length; i++) {
          const pair = derivedPair(bases[i]!, bases[i + 1]!, i % 2 ? 'wholly' : 'partially', i, rng);
          snap.comparison(`schema/pan-derived-${pad(i)}`, () =>
            lib.alignSources([
              { id: 'source', text: pair.source },
              { id: 'copy', text: pair.target },
            ]),
          );
          pairs++;
        }
      }
      log(`seeds, 3 stories, ${pairs} derived pairs aligned`);
      return undefined;
    },
  },
  {
    // ists.task.ts: diffSentences(a, b), default options, on every gold chunk alignment (NOALI left out).
    name: 'ists',
    needsData: true,
    run({ lib, snap, data, log }) {
      const file = join(data, 'semeval2016-ists-headlines', 'train', 'STSint.input.headlines.wa');
      if (!existsSync(file)) return `no ${file}`;
      const pairs = parseWa(readFileSync(file, 'utf8'));
      const n = snap.lines(
        'ists/diffSentences.jsonl',
        pairs.map((p, i) => ({
          key: `${i}:s${p.sentence}:${p.type}`,
          input: { a: p.a, b: p.b },
          call: () => lib.diffSentences(p.a, p.b),
        })),
      );
      log(`${n} chunk pairs diffed`);
      return undefined;
    },
  },
  {
    // numbers.task.ts: diffSentences(a, b) on STS main-news pairs (train and dev, no 2012test). The task diffs the
    // pairs whose numbers it selects with the internal tokenizer; every pair it could select is diffed here.
    name: 'numbers',
    needsData: true,
    run({ lib, snap, data, log }) {
      const dir = join(data, 'sts-benchmark');
      if (!existsSync(join(dir, 'sts-train.csv'))) return `no ${dir}/sts-train.csv`;
      const pairs = [
        ...readNumberRows(join(dir, 'sts-train.csv'), 'train'),
        ...(existsSync(join(dir, 'sts-dev.csv')) ? readNumberRows(join(dir, 'sts-dev.csv'), 'dev') : []),
      ];
      const n = snap.lines(
        'numbers/diffSentences.jsonl',
        pairs.map((p, i) => ({
          key: `${i}:${p.file}`,
          input: { a: p.a, b: p.b },
          call: () => lib.diffSentences(p.a, p.b),
        })),
      );
      log(`${n} STS main-news pairs diffed`);
      return undefined;
    },
  },
  {
    // mrpc.task.ts: compareSentences(a, b) on every MRPC train pair (the "shipped model" figures).
    name: 'mrpc',
    needsData: true,
    run({ lib, snap, data, log }) {
      const file = mrpcPath(data);
      if (!existsSync(file)) return `no ${file}`;
      const pairs = loadMrpc(file);
      const n = snap.lines(
        'mrpc/compareSentences.jsonl',
        pairs.map((p, i) => ({
          key: `${i}:${p.label}`,
          input: { a: p.a, b: p.b },
          call: () => lib.compareSentences(p.a, p.b),
        })),
      );
      log(`${n} MRPC train pairs compared`);
      return undefined;
    },
  },
  {
    // sts.task.ts: compareSentences(a, b) on the STS Benchmark dev pairs of genre main-news.
    name: 'sts',
    needsData: true,
    run({ lib, snap, data, log }) {
      const file = stsPath(data, 'dev');
      if (!existsSync(file)) return `no ${file}`;
      const pairs = loadSts(file).filter((p) => p.genre === 'main-news');
      const n = snap.lines(
        'sts/compareSentences.jsonl',
        pairs.map((p, i) => ({
          key: `${i}:${p.source}:${p.year}`,
          input: { a: p.a, b: p.b },
          call: () => lib.compareSentences(p.a, p.b),
        })),
      );
      log(`${n} STS dev main-news pairs compared`);
      return undefined;
    },
  },
  {
    // golden-rules.task.ts: splitSentences on every rule text (README texts with their \n and \" decoded).
    name: 'golden-rules',
    needsData: true,
    run({ lib, snap, data, log }) {
      const dir = join(data, 'golden-rules-sbd');
      const sets = [
        { file: 'golden_rules_en.jsonl', decode: (t: string) => t },
        {
          file: 'golden_rules_en_pragmatic_segmenter_readme.jsonl',
          decode: (t: string) => t.replace(/\\n/g, '\n').replace(/\\"/g, '"'),
        },
      ];
      if (!existsSync(join(dir, sets[0]!.file))) return `no ${dir}`;
      let n = 0;
      for (const set of sets) {
        const path = join(dir, set.file);
        if (!existsSync(path)) continue;
        const rules = readJsonl<{ id: number; text: string }>(path);
        n += snap.lines(
          `golden-rules/${set.file.replace(/\.jsonl$/, '')}-splitSentences.jsonl`,
          rules.map((r) => ({ key: String(r.id), call: () => lib.splitSentences(set.decode(r.text)) })),
        );
      }
      log(`${n} rule texts split`);
      return undefined;
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Making a snapshot.

async function makeSnapshot(root: string, out: string, data: string, only: string | undefined): Promise<void> {
  const started = performance.now();
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new Error(`${out} is not a folder`);
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes('manifest.json')) {
      throw new Error(`${out} is not empty and holds no snapshot: refusing to replace it`);
    }
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  const lib = await loadCopydesk(root);
  const snap = new Snapshot(out, lib);
  const hasData = isDirectory(data);
  console.log(`copydesk from ${join(root, 'src', 'index.ts')}`);
  console.log(hasData ? `data: ${data}` : `data: none at ${data}: seeds only (seeds, seeds.md, seeds.html)`);
  const skipped: Record<string, string> = {};
  const groupSeconds: Record<string, number> = {};
  for (const group of GROUPS) {
    if (only !== undefined && !group.name.includes(only)) continue;
    if (group.needsData && !hasData) {
      skipped[group.name] = 'no data folder';
      continue;
    }
    const t0 = performance.now();
    const before = snap.hashes.size;
    const why = group.run({ lib, snap, data, log: (m) => console.log(`  [${group.name}] ${m}`) });
    groupSeconds[group.name] = Number(seconds(t0));
    if (why !== undefined) {
      skipped[group.name] = why;
      console.log(`${group.name}: skipped (${why})`);
    } else {
      console.log(`${group.name}: ${snap.hashes.size - before} items, ${seconds(t0)} s`);
    }
  }
  const names = [...snap.hashes.keys()].sort();
  const manifest: Record<string, string> = {};
  for (const name of names) manifest[name] = snap.hashes.get(name)!;
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Not an item and not hashed: facts about the run (it holds timings, which vary).
  const info = {
    root: resolve(root),
    data: hasData ? data : null,
    only: only ?? null,
    node: process.version,
    items: names.length,
    bytes: snap.bytes,
    seconds: Number(seconds(started)),
    groupSeconds,
    skipped,
    diffBounded: snap.bounded,
  };
  writeFileSync(join(out, 'snapshot-info.json'), `${JSON.stringify(info, null, 2)}\n`);
  if (snap.bounded.length > 0) {
    console.log(
      `${snap.bounded.length} item(s) hold a diff cut by its bound (diff-bounded; possibly the time bound, so possibly ` +
        `not reproducible): ${snap.bounded.slice(0, 10).join(', ')}${snap.bounded.length > 10 ? ', ...' : ''}`,
    );
  }
  console.log(
    `${names.length} items (${(snap.bytes / 1e6).toFixed(1)} MB) in ${out}, manifest.json written, ${seconds(started)} s`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing two snapshots.

interface Difference {
  readonly path: string;
  readonly a: unknown;
  readonly b: unknown;
}

const ABSENT = '(absent)';

function pathKey(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The first difference between two JSON values, depth first, in document order. */
function firstDifference(x: unknown, y: unknown, path: string): Difference | undefined {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(x) !== kind(y)) return { path, a: x, b: y };
  if (Array.isArray(x) && Array.isArray(y)) {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = firstDifference(x[i], y[i], `${path}[${i}]`);
      if (d) return d;
    }
    if (x.length !== y.length) {
      const i = Math.min(x.length, y.length);
      return { path: `${path}[${i}] (length ${x.length} vs ${y.length})`, a: x[i] ?? ABSENT, b: y[i] ?? ABSENT };
    }
    return undefined;
  }
  if (kind(x) === 'object') {
    const a = x as Record<string, unknown>;
    const b = y as Record<string, unknown>;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    for (const k of ka) {
      if (!Object.hasOwn(b, k)) return { path: pathKey(path, k), a: a[k], b: ABSENT };
      const d = firstDifference(a[k], b[k], pathKey(path, k));
      if (d) return d;
    }
    for (const k of kb) if (!Object.hasOwn(a, k)) return { path: pathKey(path, k), a: ABSENT, b: b[k] };
    if (ka.join('\u0000') !== kb.join('\u0000')) return { path: `${path} (key order)`, a: ka, b: kb };
    return undefined;
  }
  return Object.is(x, y) ? undefined : { path, a: x, b: y };
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function clip(value: unknown, max = 240): string {
  const text = typeof value === 'string' && value === ABSENT ? value : (JSON.stringify(value) ?? String(value));
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}

/** Where two different texts of one item first differ. */
function describe(name: string, textA: string, textB: string): Difference {
  if (!name.endsWith('.jsonl')) {
    const a = tryParse(textA);
    const b = tryParse(textB);
    if (a.ok && b.ok) {
      return (
        firstDifference(a.value, b.value, '$') ?? {
          path: '$ (same JSON value, different bytes: whitespace)',
          a: '',
          b: '',
        }
      );
    }
  }
  const la = textA.split('\n');
  const lb = textB.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] === lb[i]) continue;
    if (name.endsWith('.jsonl') && la[i] !== undefined && lb[i] !== undefined) {
      const a = tryParse(la[i]!);
      const b = tryParse(lb[i]!);
      if (a.ok && b.ok) {
        const d = firstDifference(a.value, b.value, '$');
        if (d) return { ...d, path: `line ${i + 1} ${d.path}` };
      }
    }
    return { path: `line ${i + 1}`, a: la[i] ?? ABSENT, b: lb[i] ?? ABSENT };
  }
  return { path: '(no line differs)', a: '', b: '' };
}

function readManifest(dir: string): Record<string, string> {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`no ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
}

/** The text with every `key` property removed from the JSON (or JSON lines) it holds; the text itself when not JSON. */
function withoutKey(text: string, key: string): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (k !== key) out[k] = strip(v);
      return out;
    }
    return value;
  };
  const whole = tryParse(text);
  if (whole.ok) return JSON.stringify(strip(whole.value));
  const lines = text.split('\n');
  const parsed = lines.map((line) => (line.trim() === '' ? { ok: true as const, value: null } : tryParse(line)));
  if (parsed.every((p) => p.ok)) return parsed.map((p) => JSON.stringify(p.ok ? strip(p.value) : null)).join('\n');
  return text;
}

function compareSnapshots(dirA: string, dirB: string, ignoreKey?: string): number {
  const a = readManifest(dirA);
  const b = readManifest(dirB);
  for (const [label, dir] of [
    ['A', dirA],
    ['B', dirB],
  ] as const) {
    const infoPath = join(dir, 'snapshot-info.json');
    const info = existsSync(infoPath)
      ? (JSON.parse(readFileSync(infoPath, 'utf8')) as { root?: string; data?: string | null; seconds?: number })
      : undefined;
    console.log(
      info === undefined
        ? `${label}: ${dir} (no snapshot-info.json)`
        : `${label}: ${dir} (root ${info.root ?? '?'}, data ${info.data ?? 'none'}, ${info.seconds ?? '?'} s)`,
    );
  }
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  let identical = 0;
  const different: string[] = [];
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  for (const name of names) {
    if (!(name in b)) onlyA.push(name);
    else if (!(name in a)) onlyB.push(name);
    else if (a[name] === b[name]) identical++;
    else different.push(name);
  }
  if (ignoreKey !== undefined) {
    // Items that differ only by the ignored key (a property a changeset adds) count apart.
    const still: string[] = [];
    let equalWithout = 0;
    for (const name of different) {
      const textA = readFileSync(join(dirA, fileOf(name)), 'utf8');
      const textB = readFileSync(join(dirB, fileOf(name)), 'utf8');
      if (withoutKey(textA, ignoreKey) === withoutKey(textB, ignoreKey)) equalWithout++;
      else still.push(name);
    }
    console.log(`${equalWithout} items differ only by \`${ignoreKey}\` properties (ignored)`);
    different.length = 0;
    different.push(...still);
  }
  console.log(
    `${names.length} items: ${identical} identical, ${different.length} different, ` +
      `${onlyA.length} missing from B, ${onlyB.length} missing from A`,
  );
  const list = (label: string, xs: readonly string[]) => {
    if (xs.length > 0)
      console.log(`${label}: ${xs.slice(0, 20).join(', ')}${xs.length > 20 ? `, ... (${xs.length})` : ''}`);
  };
  list('missing from B', onlyA);
  list('missing from A', onlyB);
  if (different.length > 0) {
    const groups = new Map<string, number>();
    for (const name of different) {
      const g = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : name;
      groups.set(g, (groups.get(g) ?? 0) + 1);
    }
    console.log(`different, by group: ${[...groups].map(([g, n]) => `${g} ${n}`).join(', ')}`);
  }
  for (const name of different.slice(0, 10)) {
    const d = describe(
      name,
      readFileSync(join(dirA, fileOf(name)), 'utf8'),
      readFileSync(join(dirB, fileOf(name)), 'utf8'),
    );
    console.log(`\n${name}\n  at ${d.path}\n  A: ${clip(d.a)}\n  B: ${clip(d.b)}`);
  }
  return different.length + onlyA.length + onlyB.length === 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Command line.

function usage(): never {
  console.error(
    'usage: npx tsx scripts/snapshot.ts [--root <dir>] --out <outdir> [--data <dataDir>] [--only <substring>]\n' +
      '       npx tsx scripts/snapshot.ts --compare <dirA> <dirB> [--ignore-key <key>]',
  );
  process.exit(2);
}

async function main(argv: readonly string[]): Promise<number> {
  const compareAt = argv.indexOf('--compare');
  if (compareAt !== -1) {
    const [dirA, dirB] = [argv[compareAt + 1], argv[compareAt + 2]];
    const ignoreAt = argv.indexOf('--ignore-key');
    const ignoreKey = ignoreAt === -1 ? undefined : argv[ignoreAt + 1];
    if (
      dirA === undefined ||
      dirB === undefined ||
      argv.length !== (ignoreAt === -1 ? 3 : 5) ||
      (ignoreAt !== -1 && ignoreKey === undefined)
    )
      usage();
    return compareSnapshots(resolve(dirA), resolve(dirB), ignoreKey);
  }
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!['--root', '--out', '--data', '--only'].includes(flag) || value === undefined) usage();
    options[flag.slice(2)] = value;
  }
  if (options['out'] === undefined) usage();
  const root = resolve(options['root'] ?? repoRoot);
  const data = options['data'] !== undefined ? resolve(options['data']) : resolveDataDir();
  await makeSnapshot(root, resolve(options['out']), data, options['only']);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
