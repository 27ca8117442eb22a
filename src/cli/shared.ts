// What the commands share: options, output, warnings and error mapping.
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Article, isCopydeskError } from '../index';
import { CliError } from './errors';
import { displayName, printable, reasonOf } from './inputs';

/** Control characters a terminal would act on (all but tab, line feed and carriage return). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The text without the control characters a terminal would act on. */
export function dropControls(text: string): string {
  return text.replace(CONTROL, '');
}

/** Where the CLI writes; injectable for tests of the module itself. */
export interface CliIO {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

/** Every option of every command; each command refuses those that are not its own (see {@link refuseOptions}). */
const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  outlet: { type: 'string', multiple: true },
  threshold: { type: 'string', multiple: true },
  'min-relation': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-provenance': { type: 'boolean' },
  html: { type: 'boolean' },
  db: { type: 'string' },
  window: { type: 'string' },
  bucket: { type: 'string' },
  'min-articles': { type: 'string' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export type Values = ReturnType<typeof parse>['values'];

/** Parses the arguments; an unknown option or a missing value is a usage error. */
export function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message is several sentences over several lines: the first sentence only, on one line.
    const message = error instanceof Error ? error.message.split(/\.(?:\s|$)/)[0]! : String(error);
    throw new CliError(`${message} (see copydesk --help)`, 2);
  }
}

/** The output format: `--format`, else from `--out`'s extension, else `fallback`; checked against `allowed`. */
export function formatOf(values: Values, allowed: readonly string[], fallback: string): string {
  let format = values.format;
  if (format === undefined && values.out) {
    const ext = extname(values.out).slice(1).toLowerCase();
    format = { htm: 'html', html: 'html', json: 'json', md: 'md', markdown: 'md', txt: 'text' }[ext];
    if (format !== undefined && !allowed.includes(format)) format = undefined;
  }
  format ??= fallback;
  if (!allowed.includes(format)) {
    throw new CliError(`--format expects ${allowed.join(', ')}, got ${JSON.stringify(format)}`, 2);
  }
  return format;
}

/**
 * Writes a file atomically: to a temporary file beside it first (flushed to
 * disk), then renamed over it, so a crash, a full disk or a size limit never
 * leaves half a file nor destroys the one that was there. Each writer has a
 * temporary file of its own. An existing file keeps its permissions; a
 * symbolic link keeps pointing at the file it named, which is replaced. A
 * path that is not a regular file (`/dev/stdout`, a named pipe) is written
 * in place.
 */
export function writeAtomically(path: string, data: string | Uint8Array): void {
  let target = path;
  let mode: number | undefined;
  try {
    target = realpathSync(path);
    const stats = statSync(target);
    if (!stats.isFile()) {
      writeInPlace(path, data);
      return;
    }
    mode = stats.mode & 0o7777;
  } catch (error) {
    if (error instanceof CliError) throw error;
    // A new file.
  }
  const tmp = `${target}.${process.pid}-${Math.floor(Math.random() * 0x1_0000_0000).toString(16)}.tmp`;
  try {
    const fd = openSync(tmp, 'wx');
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Never made, or already gone.
    }
    throw writeError(path, error);
  }
}

function writeInPlace(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw writeError(path, error);
  }
}

function writeError(path: string, error: unknown): CliError {
  const code = (error as { code?: string }).code;
  return new CliError(`cannot write ${printable(path)}: ${code === 'ENOENT' ? 'no such directory' : reasonOf(error)}`);
}

/** Writes a report to `--out` (atomically) or standard output. */
export function emit(text: string, values: Values, io: CliIO): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (values.out) {
    writeAtomically(values.out, body);
  } else {
    // A write error (a full disk, a closed pipe) comes as an 'error' event on the stream: see index.ts.
    io.stdout.write(body);
  }
}

/** Whether two paths name the same file: same device and inode, or the same real path where inodes are unknown. */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    if (sa.ino !== 0 && sb.ino !== 0) return sa.dev === sb.dev && sa.ino === sb.ino;
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false; // one of them does not exist (yet): nothing to overwrite
  }
}

/**
 * Refuses an `--out` that is one of the inputs, whatever the spelling (a
 * relative path, a symbolic or hard link): writing the report would destroy
 * the article. Any other existing file is overwritten, as documented.
 */
export function refuseToOverwriteInput(values: Values, paths: readonly string[]): void {
  const out = values.out;
  if (!out) return;
  const input = paths.find((p) => p !== '-' && sameFile(p, out));
  if (input !== undefined) {
    throw new CliError(`--out ${out} is the input ${input}: refusing to overwrite it (choose another file)`, 2);
  }
}

/** One `copydesk: warning:` line on standard error. */
export function warn(io: CliIO, message: string): void {
  io.stderr.write(`copydesk: warning: ${printable(message)}\n`);
}

/**
 * Diagnostics of `normalizeArticle` that mean the text was degraded, said on
 * standard error. `empty-input` comes only from an HTML page with no visible
 * text (an empty text is refused before it is normalized).
 */
export const DEGRADED = new Set(['control-characters', 'empty-input', 'no-body', 'not-article']);

export function warnDegraded(io: CliIO, path: string, article: Article): void {
  for (const d of article.diagnostics) if (DEGRADED.has(d.code)) warn(io, `${displayName(path)}: ${d.message}`);
}

/** Turns a `CopydeskError` into a one-line `CliError` (exit 2 for a bad option, 1 otherwise), prefixed by `where`. */
export function dataError(error: unknown, where: string): never {
  if (isCopydeskError(error)) {
    const usage = error.code === 'ERR_INVALID_OPTION';
    throw new CliError(`${where}${error.message}`, usage ? 2 : 1);
  }
  throw error;
}

/**
 * Refuses (exit 2) `--html` when standard input is not among the inputs:
 * it says how to read standard input, and files are read as HTML by their
 * extension, so it would change nothing.
 */
export function checkStdinHtml(values: Values, paths: readonly string[]): void {
  if (values.html && !paths.includes('-'))
    throw new CliError(
      '--html reads standard input (-) as HTML, and - is not among the inputs (files are read as HTML by their .html or .htm extension)',
      2,
    );
}

/** The `--outlet NAME=FILE` options, as a map from FILE to NAME. */
export function outletsOf(values: Values): Map<string, string> {
  const outlets = new Map<string, string>();
  for (const spec of values.outlet ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0 || eq === spec.length - 1)
      throw new CliError(`--outlet expects NAME=FILE, got ${JSON.stringify(spec)}`, 2);
    outlets.set(spec.slice(eq + 1), spec.slice(0, eq));
  }
  return outlets;
}

/** Refuses an `--outlet` naming a file that is not one of the inputs (exit 2). */
export function checkOutlets(outlets: ReadonlyMap<string, string>, paths: readonly string[]): void {
  for (const file of outlets.keys()) {
    if (!paths.some((p) => p === file || (p !== '-' && resolve(p) === resolve(file)))) {
      throw new CliError(`--outlet names ${file}, which is not one of the inputs`, 2);
    }
  }
}

/** The outlet name `--outlet` gives the input read from `path`, whatever the spelling of the path. */
export function outletOf(outlets: ReadonlyMap<string, string>, path: string): string | undefined {
  return outlets.get(path) ?? [...outlets].find(([file]) => path !== '-' && resolve(file) === resolve(path))?.[1];
}

/**
 * Refuses, with exit 2, any of the named options that was given: options
 * another command takes but `command` does not.
 */
export function refuseOptions(values: Values, command: string, names: readonly (keyof Values)[]): void {
  for (const name of names) {
    if (values[name] !== undefined) throw new CliError(`${command} does not take --${name} (see copydesk --help)`, 2);
  }
}
