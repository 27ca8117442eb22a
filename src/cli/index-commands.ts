// `copydesk index add | match | stories | stats`: the corpus index of the library, kept in one snapshot file.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  type CorpusIndex,
  type CorpusIndexOptions,
  type CorpusInput,
  type CorpusResult,
  type CorpusStory,
  createCorpusIndex,
  type Diagnostic,
  isCopydeskError,
  restoreCorpusIndex,
} from '../index';
import { CliError } from './errors';
import {
  contentsInput,
  displayName,
  expandOperands,
  idOf,
  isHtml,
  pause,
  printable,
  readInput,
  reasonOf,
  unusable,
  unusableError,
} from './inputs';
import { createProgress } from './progress';
import {
  type CliIO,
  checkOutlets,
  checkStdinHtml,
  DEGRADED,
  dataError,
  dropControls,
  formatOf,
  outletOf,
  outletsOf,
  refuseOptions,
  sameFile,
  type Values,
  warn,
  writeAtomically,
} from './shared';

/** Options some command takes; each `index` subcommand refuses those not in its own list. */
const OTHER_OPTIONS = [
  'out',
  'outlet',
  'threshold',
  'min-relation',
  'no-provenance',
  'html',
  'window',
  'bucket',
  'min-articles',
  'limit',
] as const satisfies readonly (keyof Values)[];

type Option = (typeof OTHER_OPTIONS)[number];

/** Refuses (exit 2) the options of other commands that `index <sub>` does not take. */
function onlyOptions(values: Values, sub: string, own: readonly Option[]): void {
  refuseOptions(
    values,
    `index ${sub}`,
    OTHER_OPTIONS.filter((o) => !own.includes(o)),
  );
}

/** The `--db FILE` option, required by every `index` subcommand. */
function dbOf(values: Values, sub: string): string {
  const db = values.db;
  if (db === undefined || db === '') throw new CliError(`index ${sub} needs --db FILE (see copydesk --help)`, 2);
  return db;
}

/** A positive whole number given as `--name`, or undefined when the option is absent. */
function positiveInteger(values: Values, name: 'window' | 'min-articles' | 'limit'): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1)
    throw new CliError(`--${name} expects a positive whole number, got ${JSON.stringify(raw)}`, 2);
  return n;
}

/** `--window N` and `--bucket day|hour`, for a new index. */
function windowOptions(values: Values): CorpusIndexOptions {
  const window = positiveInteger(values, 'window');
  const bucket = values.bucket;
  if (bucket !== undefined && bucket !== 'day' && bucket !== 'hour')
    throw new CliError(`--bucket expects day or hour, got ${JSON.stringify(bucket)}`, 2);
  return { ...(window !== undefined ? { window } : {}), ...(bucket !== undefined ? { bucket } : {}) };
}

/** Whether a file exists (anything but "no such file" is left for the read to report). */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code !== 'ENOENT';
  }
}

/** Reads the index kept in `db`; a file that is not a snapshot is a data error naming it (exit 1). */
async function loadIndex(db: string): Promise<CorpusIndex> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(db);
  } catch (error) {
    throw new CliError(`cannot read ${db}: ${reasonOf(error)}`);
  }
  try {
    return await restoreCorpusIndex(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    if (isCopydeskError(error)) {
      const reason = error.message.replace(/^not a copydesk corpus snapshot: /, '');
      throw new CliError(`${db} is not a copydesk index (${reason})`);
    }
    throw error;
  }
}

/** Refuses, before any work, a `--db` that cannot be written: its directory is missing or not a directory. */
function checkWritable(db: string): void {
  let isDir = false;
  try {
    isDir = statSync(dirname(resolve(db))).isDirectory();
  } catch {
    // Missing: said below.
  }
  if (!isDir) throw new CliError(`cannot write ${db}: no such directory`);
}

/** Diagnostics of a result said on standard error: a degraded text, an article outside the window. */
const WARNED = new Set([...DEGRADED, 'outside-window']);

function warnDiagnostics(io: CliIO, path: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) if (WARNED.has(d.code)) warn(io, dropControls(`${displayName(path)}: ${d.message}`));
}

const percent = (share: number) => `${Math.round(100 * share)}%`;

/**
 * One readable line for a result:
 * `id: copy of X (98%) | shares text with Y (40%), Z (12%) | same story as W | new group; story S`.
 */
export function resultLine(result: CorpusResult): string {
  const parts: string[] = [];
  const of = (relation: string) => result.matches.filter((m) => m.relation === relation);
  const copies = of('copy');
  const shares = of('shares-text');
  const same = of('same-story');
  if (copies.length) parts.push(`copy of ${copies.map((m) => `${m.article} (${percent(m.share)})`).join(', ')}`);
  if (shares.length)
    parts.push(`shares text with ${shares.map((m) => `${m.article} (${percent(m.share)})`).join(', ')}`);
  if (same.length) parts.push(`same story as ${same.map((m) => m.article).join(', ')}`);
  if (!result.joined) parts.push('new group');
  else if (!copies.some((m) => m.copyGroup === result.copyGroup)) parts.push(`group ${result.copyGroup}`);
  return dropControls(`${result.id}: ${parts.join(' | ')}; story ${result.story}`);
}

/** One JSON line for a result, with the input it came from (`-` for standard input). */
function resultJSON(path: string, result: CorpusResult): string {
  // DEL and C1 controls escaped too, as `normalize` and `toJSON` do.
  return JSON.stringify({ file: path, ...result }).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The article read from `path` (an HTML page when {@link isHtml}), or why it cannot be used. */
function readArticle(
  path: string,
  outlet: string | undefined,
  stdinHtml: boolean,
): { input: CorpusInput; reason?: undefined } | { reason: string } {
  const contents = readInput(path);
  const reason = unusable(contents);
  if (reason !== undefined) return { reason };
  let publishedAt: Date;
  try {
    publishedAt = path === '-' ? new Date() : statSync(path).mtime;
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reasonOf(error)}`);
  }
  const id = path === '-' ? 'stdin' : idOf(path);
  return {
    input: { id, ...contentsInput(contents, isHtml(path, stdinHtml)), publishedAt, ...(outlet ? { outlet } : {}) },
  };
}

/** How old a lock file without a process id must be to be taken for one a killed command left. */
const FRESH_LOCK_MS = 5000;

/** How long `index add` waits for another command that holds the lock of its `--db`. */
const LOCK_WAIT_MS = 10 * 60 * 1000;

/** Whether process `pid` runs (on this machine). */
function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Runs `run` holding `<db>.lock`, a file created exclusively that names this
 * process: two `index add` on one file at once would each add to the copy
 * they read, and the second write would drop the first one's articles. A
 * command that finds the lock waits (up to {@link LOCK_WAIT_MS}) while the
 * process named in it runs, and takes over the lock of one that has ended.
 */
async function withLock(db: string, io: CliIO, run: () => Promise<void>): Promise<void> {
  const lock = `${db}.lock`;
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeFileSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') {
        throw new CliError(`cannot write ${printable(lock)}: ${reasonOf(error)}`);
      }
    }
    let holder = Number.NaN;
    let age = 0;
    try {
      holder = Number(readFileSync(lock, 'utf8').trim());
      age = Date.now() - statSync(lock).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    // A lock without a process id yet is being written by the command that made it an instant ago.
    if (!Number.isInteger(holder) && age < FRESH_LOCK_MS) {
      pause(10);
      continue;
    }
    if (!running(holder)) {
      // Left by a command that ended without releasing it (killed): taken over.
      try {
        unlinkSync(lock);
      } catch {
        // Another command took it over first.
      }
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      throw new CliError(
        `${printable(db)} is being updated by another copydesk command (process ${holder}) for more than ${LOCK_WAIT_MS / 60_000} minutes; try again later`,
      );
    }
    if (!told) {
      warn(io, `waiting for another copydesk command (process ${holder}) that is updating ${printable(db)}`);
      told = true;
    }
    pause(100);
  }
  try {
    await run();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // Already gone.
    }
  }
}

async function add(operands: readonly string[], values: Values, io: CliIO): Promise<void> {
  onlyOptions(values, 'add', ['outlet', 'html', 'window', 'bucket']);
  const db = dbOf(values, 'add');
  if (operands.length === 0)
    throw new CliError('index add needs at least one file, directory or - (see copydesk --help)', 2);
  const format = formatOf(values, ['json', 'text'], 'text');
  const options = windowOptions(values);
  const outlets = outletsOf(values);
  const paths = expandOperands(operands);
  checkStdinHtml(values, paths);
  checkOutlets(outlets, paths);
  const input = paths.find((p) => p !== '-' && sameFile(p, db));
  if (input !== undefined)
    throw new CliError(`--db ${db} is the input ${input}: refusing to overwrite it (choose another file)`, 2);
  checkWritable(db);
  await withLock(db, io, () => addLocked(db, paths, outlets, format, options, values, io));
}

/** `index add` once it holds the lock of `db`: reads the index, adds the inputs, writes it back. */
async function addLocked(
  db: string,
  paths: readonly string[],
  outlets: ReturnType<typeof outletsOf>,
  format: string,
  options: ReturnType<typeof windowOptions>,
  values: Values,
  io: CliIO,
): Promise<void> {
  let index: CorpusIndex;
  const existed = exists(db);
  if (existed) {
    index = await loadIndex(db);
    if (Object.keys(options).length > 0)
      warn(io, `--window and --bucket are ignored: ${db} keeps the window it was created with`);
  } else {
    try {
      index = createCorpusIndex(options);
    } catch (error) {
      dataError(error, '');
    }
  }
  const progress = createProgress(io.stderr, !values.quiet);
  // On a terminal the result lines and the bar share the screen: the bar is cleared before each line.
  const clear = () => {
    if (io.stdout.isTTY) progress.done();
  };
  let added = 0;
  let unusableInputs = 0;
  try {
    for (const [i, path] of paths.entries()) {
      const read = readArticle(path, outletOf(outlets, path), values.html === true);
      if (read.reason !== undefined) {
        progress.done();
        // A single input that cannot be used is the failure itself, as in `compare`.
        if (paths.length === 1) throw unusableError(path, read.reason);
        warn(io, `skipped ${displayName(path)}: ${read.reason}`);
        unusableInputs++;
        continue;
      }
      let result: CorpusResult;
      try {
        result = await index.add(read.input);
      } catch (error) {
        progress.done();
        if (isCopydeskError(error) && error.code === 'ERR_DUPLICATE_ID') {
          warn(
            io,
            dropControls(`skipped ${displayName(path)}: ${db} already holds an article with id "${read.input.id}"`),
          );
          continue;
        }
        dataError(error, `${displayName(path)}: `);
      }
      added++;
      clear();
      warnDiagnostics(io, path, result.diagnostics);
      io.stdout.write(`${format === 'json' ? resultJSON(path, result) : resultLine(result)}\n`);
      progress.update('indexing ', i + 1, paths.length);
    }
  } catch (error) {
    progress.done();
    // The snapshot is written only at the end: a failure part way leaves the file as it was.
    if (error instanceof CliError)
      throw new CliError(`${error.message} (${db} ${existed ? 'not changed' : 'not created'})`, error.exitCode);
    throw error;
  }
  progress.done();
  if (added === 0 && unusableInputs === paths.length)
    throw new CliError(
      `nothing to add: none of the ${paths.length} inputs is usable (${db} ${existed ? 'not changed' : 'not created'})`,
    );
  if (added > 0) writeAtomically(db, await index.snapshot());
}

async function match(operands: readonly string[], values: Values, io: CliIO): Promise<void> {
  onlyOptions(values, 'match', ['outlet', 'html']);
  const db = dbOf(values, 'match');
  if (operands.length !== 1) throw new CliError('index match takes exactly one file or - (see copydesk --help)', 2);
  const format = formatOf(values, ['json', 'text'], 'text');
  const path = operands[0]!;
  const outlets = outletsOf(values);
  checkStdinHtml(values, [path]);
  checkOutlets(outlets, [path]);
  const index = await loadIndex(db);
  const read = readArticle(path, outletOf(outlets, path), values.html === true);
  if (read.reason !== undefined) throw unusableError(path, read.reason);
  let result: CorpusResult;
  try {
    result = await index.match(read.input);
  } catch (error) {
    dataError(error, `${displayName(path)}: `);
  }
  warnDiagnostics(io, path, result.diagnostics);
  io.stdout.write(`${format === 'json' ? resultJSON(path, result) : resultLine(result)}\n`);
}

/** A Markdown table cell: one line, no control characters, table and emphasis characters escaped. */
function cell(text: string): string {
  return dropControls(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\|*_`[\]<>]/g, (c) => `\\${c}`);
}

/** The stories as a Markdown table, largest first. */
export function storiesMarkdown(stories: readonly CorpusStory[]): string {
  const lines = [
    '| story | title | articles | copy groups | first | last |',
    '| --- | --- | ---: | ---: | --- | --- |',
  ];
  for (const s of stories) {
    lines.push(`| ${cell(s.id)} | ${cell(s.title ?? '')} | ${s.articles} | ${s.copyGroups} | ${s.first} | ${s.last} |`);
  }
  return `${lines.join('\n')}\n`;
}

async function stories(operands: readonly string[], values: Values, io: CliIO): Promise<void> {
  onlyOptions(values, 'stories', ['min-articles', 'limit']);
  const db = dbOf(values, 'stories');
  if (operands.length > 0) throw new CliError('index stories takes no files, only --db FILE (see copydesk --help)', 2);
  const format = formatOf(values, ['json', 'md'], 'md');
  const minArticles = positiveInteger(values, 'min-articles');
  const limit = positiveInteger(values, 'limit');
  const index = await loadIndex(db);
  const list = await index.stories({
    ...(minArticles !== undefined ? { minArticles } : {}),
    ...(limit !== undefined ? { limit } : {}),
  });
  io.stdout.write(format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : storiesMarkdown(list));
}

async function stats(operands: readonly string[], values: Values, io: CliIO): Promise<void> {
  onlyOptions(values, 'stats', []);
  const db = dbOf(values, 'stats');
  if (operands.length > 0) throw new CliError('index stats takes no files, only --db FILE (see copydesk --help)', 2);
  formatOf(values, ['json'], 'json');
  const index = await loadIndex(db);
  io.stdout.write(`${JSON.stringify(await index.stats(), null, 2)}\n`);
}

const SUBCOMMANDS = { add, match, stories, stats } as const;

/** `copydesk index <add | match | stories | stats> ...`. */
export async function indexCommand(operands: readonly string[], values: Values, io: CliIO): Promise<void> {
  const [sub, ...rest] = operands;
  if (sub === undefined)
    throw new CliError('index needs a subcommand: add, match, stories or stats (see copydesk --help)', 2);
  if (!Object.hasOwn(SUBCOMMANDS, sub))
    throw new CliError(
      `unknown index subcommand ${JSON.stringify(sub)}: expected add, match, stories or stats (see copydesk --help)`,
      2,
    );
  await SUBCOMMANDS[sub as keyof typeof SUBCOMMANDS](rest, values, io);
}
