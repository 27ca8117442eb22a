/**
 * The two source trees the benchmarks compare: the current one (the working
 * tree, `<repoRoot>/src/index.ts`) and a baseline commit extracted into a
 * temporary folder (`<tmp>/copydesk-baseline-<sha>/src/index.ts`). Both are
 * built the same way, as the package is (esbuild, ES modules, whitespace and
 * syntax minified, dependencies imported from `node_modules`: the settings of
 * `tsup.config.ts`), and loaded only through their public entry. What users
 * run is the built package: code loaded from source through tsx carries
 * esbuild's `keepNames` wrappers, which name every function each time it is
 * created and made a short `normalizeArticle` call 2.4 times as slow.
 *
 * The baseline commit is `$COPYDESK_BENCH_BASELINE` when set, otherwise
 * {@link DEFAULT_BASELINE}; `COPYDESK_BENCH_BASELINE=none` disables it. When
 * git or the commit is not available (a clone without history), the
 * benchmarks measure the current tree only and say why.
 *
 * @packageDocumentation
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { repoRoot } from '../../eval/lib/env';

/** The last commit before the redesign the benchmarks compare against. */
export const DEFAULT_BASELINE = '2078dad';

/** The public API of copydesk, as the current tree declares it (both trees are called through this shape). */
export type Copydesk = typeof import('../../../src/index');

/** A baseline tree ready to load, or the reason there is none. */
export type Baseline =
  | {
      readonly root: string;
      /** Full commit hash. */
      readonly sha: string;
      /** Short hash, for reports. */
      readonly short: string;
      /** What was asked for (`$COPYDESK_BENCH_BASELINE` or the default). */
      readonly ref: string;
    }
  | { readonly root?: undefined; readonly reason: string };

/** Root of the current tree (the working tree of this repository). */
export const currentRoot: string = repoRoot;

const MARKER = '.copydesk-baseline-complete';

let cached: Baseline | undefined;

function git(args: readonly string[]): Buffer {
  return execFileSync('git', ['-C', repoRoot, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
  });
}

/**
 * Makes `dir` once: `fill` writes into a staging folder beside it, which gets a link to this checkout's
 * `node_modules` and a marker, then is renamed to `dir`, so that an interrupted run is never taken for a complete
 * one; a folder another process completed meanwhile is used as it is.
 */
function materialize(dir: string, fill: (staging: string) => void): string {
  if (existsSync(join(dir, MARKER))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const staging = mkdtempSync(`${dir}.partial-`);
  try {
    chmodSync(staging, 0o755);
    fill(staging);
    const modules = join(repoRoot, 'node_modules');
    if (existsSync(modules)) symlinkSync(modules, join(staging, 'node_modules'), 'dir');
    writeFileSync(join(staging, MARKER), `${dir}\n`);
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!existsSync(join(dir, MARKER))) throw error;
      rmSync(staging, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/** The source of commit `sha` (`git archive <sha> src`) in `<tmp>/copydesk-baseline-<sha>`. */
function extract(sha: string): string {
  return materialize(join(tmpdir(), `copydesk-baseline-${sha}`), (staging) => {
    const archive = git(['archive', '--format=tar', sha, 'src']);
    execFileSync('tar', ['-x', '-C', staging], { input: archive, stdio: ['pipe', 'ignore', 'pipe'] });
  });
}

/**
 * Resolves and extracts the baseline tree (once per process).
 *
 * @param log - Where to say why there is no baseline.
 * @returns The baseline root and commit, or the reason there is none.
 */
export function resolveBaseline(log: (message: string) => void = console.error): Baseline {
  if (cached !== undefined) return cached;
  const fromEnv = process.env['COPYDESK_BENCH_BASELINE']?.trim();
  const ref = fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_BASELINE;
  if (ref.toLowerCase() === 'none') {
    cached = { reason: 'disabled by COPYDESK_BENCH_BASELINE=none' };
  } else {
    try {
      const sha = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
        .toString('utf8')
        .trim();
      if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`git rev-parse gave ${JSON.stringify(sha)}`);
      const root = extract(sha);
      cached = { root, sha, short: sha.slice(0, 7), ref };
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim();
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      cached = {
        reason: `baseline commit ${ref} is not available (${stderr !== undefined && stderr !== '' ? stderr : message}); a clone without history benches the current tree only`,
      };
    }
  }
  if (cached.root === undefined) log(`baseline: not measured: ${cached.reason}`);
  return cached;
}

/**
 * Extracts the source of the baseline commit (`git archive <sha> src`) into
 * `<tmp>/copydesk-baseline-<sha>` (skipped when already there), with a
 * symlink to this checkout's `node_modules`; {@link buildTree} builds it.
 *
 * @returns The folder, whose `src/index.ts` is the baseline's public entry; `undefined` (the reason is logged)
 *   when git or the commit is unavailable or `COPYDESK_BENCH_BASELINE=none`.
 */
export function baselineRoot(): string | undefined {
  return resolveBaseline().root;
}

/** A hash of every file under `<root>/src`, names and contents: the key of a tree's build. */
function sourceHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`${path.slice(root.length)}\0`).update(readFileSync(path));
    }
  };
  walk(join(root, 'src'));
  return hash.digest('hex').slice(0, 16);
}

/** The entries of the package a tree has (`redis/index` from the corpus issue on). */
const ENTRIES = ['index', 'redis/index'];

/**
 * Builds a tree as the package is built, into `<tmp>/copydesk-build-<hash of its src>` (reused while the sources
 * are the same): `index.mjs` (and `redis/index.mjs` when the tree has it), sharing chunks, with `node_modules`
 * linked beside them so that their dependencies resolve as the package's do.
 *
 * @param root - {@link currentRoot} or a {@link baselineRoot}.
 * @returns The folder.
 */
export function buildTree(root: string): string {
  return materialize(join(tmpdir(), `copydesk-build-${sourceHash(root)}`), (staging) => {
    const entries = ENTRIES.filter((e) => existsSync(join(root, 'src', `${e}.ts`)));
    buildSync({
      entryPoints: Object.fromEntries(entries.map((e) => [e, join(root, 'src', `${e}.ts`)])),
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      packages: 'external',
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: 'silent',
    });
  });
}

/**
 * Loads copydesk from a tree's public entry, built as the package is (see {@link buildTree}).
 *
 * @param root - {@link currentRoot} or a {@link baselineRoot}.
 * @returns The module.
 */
export async function loadCopydesk(root: string): Promise<Copydesk> {
  return (await import(pathToFileURL(join(buildTree(root), 'index.mjs')).href)) as Copydesk;
}

/**
 * Loads `copydesk/redis` from a tree, built with its main entry (so that the two share their modules).
 *
 * @param root - A tree that has `src/redis/index.ts`.
 * @returns The module.
 */
export async function loadCopydeskRedis(root: string): Promise<typeof import('../../../src/redis/index')> {
  return (await import(
    pathToFileURL(join(buildTree(root), 'redis', 'index.mjs')).href
  )) as typeof import('../../../src/redis/index');
}

/** Arguments that start a Node process running TypeScript through tsx, the way this process was started. */
export function tsxNodeArgs(): string[] {
  const args = process.execArgv.filter((a) => !a.startsWith('--inspect'));
  return args.some((a) => a.includes('tsx')) ? args : ['--import', 'tsx'];
}
