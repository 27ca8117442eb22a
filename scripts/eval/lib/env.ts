/**
 * Where the scripts find the repository and the development data, and what
 * they record about the run (date, Node version, commit).
 *
 * @packageDocumentation
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (three levels above this file). */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Resolves the development data folder: `$COPYDESK_DATA` when set, otherwise
 * `../shared/data` relative to the repository root.
 *
 * @returns The absolute path (which may not exist).
 * @example
 * ```ts
 * resolveDataDir(); //=> '/work/shared/data'
 * ```
 */
export function resolveDataDir(): string {
  const fromEnv = process.env['COPYDESK_DATA'];
  return fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : resolve(repoRoot, '..', 'shared', 'data');
}

/**
 * Tells whether a path is an existing directory.
 *
 * @param path - Absolute path.
 * @returns `true` when it exists and is a directory.
 */
export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * The short hash of the checked-out commit, with `+dirty` when the working
 * tree has changes; `undefined` outside a git checkout.
 *
 * @returns For example `35350c7+dirty`.
 */
export function gitCommit(): string | undefined {
  try {
    const git = (args: string[]): string =>
      execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const hash = git(['rev-parse', '--short', 'HEAD']);
    const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
    return hash + (dirty ? '+dirty' : '');
  } catch {
    return undefined;
  }
}

/** What a generated report says about the run that produced it. */
export interface RunInfo {
  /** ISO date (`YYYY-MM-DD`). */
  readonly date: string;
  /** `process.version`. */
  readonly node: string;
  /** See {@link gitCommit}. */
  readonly commit?: string;
}

/**
 * Collects the {@link RunInfo} of the current process.
 *
 * @returns Date, Node version and commit.
 */
export function runInfo(): RunInfo {
  const commit = gitCommit();
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    ...(commit === undefined ? {} : { commit }),
  };
}
