import { closeSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_MAX_LENGTH } from '../index';
import { CliError } from './errors';

/** One input to compare, with where it came from. */
export interface SourceFile {
  /** What the user typed (a file path, or `-`). */
  readonly path: string;
  /** Source id: the file name without `.txt`, `.html` or `.htm`, or `stdin`. */
  readonly id: string;
  /** What the input holds: plain text, or an HTML page when {@link html}. */
  readonly contents: string;
  /** Whether {@link contents} is an HTML page (see {@link isHtml}). */
  readonly html: boolean;
}

/** An input left out of the comparison, and why. */
export interface SkippedInput {
  /** What the user typed (a file path, or `-`). */
  readonly path: string;
  /** Why, in a few words: `empty`, `binary or not UTF-8 (...)`. */
  readonly reason: string;
}

/** What {@link readSources} found: the texts to compare and the inputs left out, each in input order. */
export interface ReadResult {
  readonly sources: SourceFile[];
  readonly skipped: SkippedInput[];
  /** Number of inputs, usable or not. */
  readonly total: number;
}

/**
 * An input is binary (or text in another encoding) when more than this share
 * of its first {@link BINARY_SAMPLE} characters are NUL, control or invalid
 * UTF-8 characters. Reasoned on measurements: executables, shared
 * libraries, fonts, PNG and gzip files score 54% to 95%, UTF-16 text 50%, the
 * seed articles 0%, and even a dense French sentence in Latin-1 (every accent
 * invalid as UTF-8) 18.5%. Below the threshold a text is compared, and the
 * characters `normalizeArticle` drops are reported as a warning.
 */
const BINARY_SHARE = 0.3;
/** Characters looked at to decide whether an input is binary (8 KiB, as git does). */
const BINARY_SAMPLE = 8192;
/** What `normalizeArticle` drops as junk: C0 controls but tab, LF and CR; DEL; C1 but NEL; U+FFFD. */
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffd]/g;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  ELOOP: 'too many levels of symbolic links',
  ENOSPC: 'no space left on device',
  EPIPE: 'broken pipe (the reader closed it)',
  EROFS: 'read-only file system',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
};

/** A short reason for a file-system error, without its stack or syscall. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

/**
 * The reason a path cannot be read: a broken symbolic link is named as
 * such (with its target), anything else by its error code.
 */
function unreadable(path: string, error: unknown): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) {
        return new CliError(
          `cannot read ${printable(path)}: broken symbolic link (${printable(readlinkSync(path))} does not exist)`,
        );
      }
    } catch {
      // Not there at all: the plain reason below.
    }
  }
  return new CliError(`cannot read ${printable(path)}: ${reasonOf(error)}`);
}

/**
 * A path or a message as the CLI prints it: control characters (a line
 * break, a terminal escape in a file name found in a directory) written as
 * `\n`, `\u001b`, so that a message stays one line and prints nothing but
 * text. Idempotent.
 */
export function printable(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** How an input is named in messages. */
export function displayName(path: string): string {
  return path === '-' ? 'standard input' : printable(path);
}

/**
 * Most bytes read from one input: a text of {@link DEFAULT_MAX_LENGTH}
 * characters takes at most three bytes a character in UTF-8, so anything
 * longer is refused while it is read (`/dev/zero`, `yes |`) instead of
 * filling memory.
 */
export const MAX_INPUT_BYTES = 3 * DEFAULT_MAX_LENGTH;

/** Bytes read at a time (a chunk kept for a short file is no larger than this). */
const CHUNK = 1 << 16;

/** Waits `ms` milliseconds, blocking (the CLI reads its inputs synchronously). */
export function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Reads a file descriptor to its end as UTF-8, at most {@link MAX_INPUT_BYTES}
 * bytes: a non-blocking pipe with no data yet is waited for (`EAGAIN` is not
 * the end), an endless input is refused.
 */
function readAll(fd: number, name: string): string {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, CHUNK, null);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'EAGAIN') {
        pause(10);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) {
      throw new CliError(
        `${name} is larger than ${MAX_INPUT_BYTES / (1024 * 1024)} MB; copydesk reads texts of at most ${DEFAULT_MAX_LENGTH.toLocaleString('en')} characters (split it)`,
      );
    }
    chunks.push(n === CHUNK ? chunk : chunk.subarray(0, n));
  }
  const text = Buffer.concat(chunks, total).toString('utf8');
  if (text.length > DEFAULT_MAX_LENGTH) {
    throw new CliError(
      `${name} is ${text.length.toLocaleString('en')} characters, above copydesk's limit of ${DEFAULT_MAX_LENGTH.toLocaleString('en')} (split it)`,
    );
  }
  return text;
}

/** Reads standard input to the end as UTF-8 (see {@link readAll}). */
export function readStdin(): string {
  try {
    return readAll(0, 'standard input');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read standard input: ${reasonOf(error)}`);
  }
}

/** Reads one file as UTF-8 text (see {@link readAll}), with a one-line error naming the path. */
export function readText(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    return readAll(fd, printable(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadable(path, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Why an input (a text or an HTML page) cannot be compared: `empty` (nothing
 * but whitespace), or binary (see {@link BINARY_SHARE}); `undefined` when it
 * is text.
 */
export function unusable(text: string): string | undefined {
  if (text.trim() === '') return 'empty';
  const sample = text.slice(0, BINARY_SAMPLE);
  const junk = sample.match(JUNK)?.length ?? 0;
  if (junk > BINARY_SHARE * sample.length) {
    return `binary or not UTF-8 (${Math.round((100 * junk) / sample.length)}% NUL, control or invalid characters)`;
  }
  return undefined;
}

/** The one-line error for a single input that cannot be used. */
export function unusableError(path: string, reason: string): CliError {
  return new CliError(
    reason === 'empty'
      ? `${displayName(path)} is empty`
      : `${displayName(path)} is ${reason}; copydesk reads UTF-8 text`,
  );
}

/** The extensions of the files copydesk reads, which a directory expands to and ids leave out. */
const EXTENSION = /\.(?:txt|html?)$/i;
/** The extensions of the files read as HTML pages. */
const HTML_EXTENSION = /\.html?$/i;

/**
 * Whether the input read from `path` is an HTML page: a `.html` or `.htm`
 * file, or standard input when `stdinHtml` (`--html`). Anything else is
 * plain text.
 */
export function isHtml(path: string, stdinHtml: boolean): boolean {
  return path === '-' ? stdinHtml : HTML_EXTENSION.test(path);
}

/** The input the library takes for `contents`: `{ html }` for an HTML page, `{ text }` otherwise. */
export function contentsInput(contents: string, html: boolean): { text: string } | { html: string } {
  return html ? { html: contents } : { text: contents };
}

/** The id of the article read from `path`: its file name without `.txt`, `.html` or `.htm`. */
export function idOf(path: string): string {
  return basename(path).replace(EXTENSION, '') || basename(path);
}

/**
 * Expands the operands to the paths to read: files as they are, directories
 * to their `*.txt`, `*.html` and `*.htm` files sorted by name (entries that are not files, such as
 * subdirectories, are left out), `-` to standard input (once).
 *
 * @throws CliError naming the path when an operand or a directory entry cannot be read (a broken symbolic link among them).
 */
export function expandOperands(operands: readonly string[]): string[] {
  const paths: string[] = [];
  for (const operand of operands) {
    if (operand === '-') {
      paths.push('-');
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(operand).isDirectory();
    } catch (error) {
      throw unreadable(operand, error);
    }
    if (!isDir) {
      paths.push(operand);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(operand).filter((n) => EXTENSION.test(n));
    } catch (error) {
      throw unreadable(operand, error);
    }
    let files = 0;
    for (const name of names.sort()) {
      const path = join(operand, name);
      let isFile: boolean;
      try {
        isFile = statSync(path).isFile();
      } catch (error) {
        throw unreadable(path, error);
      }
      if (isFile) {
        paths.push(path);
        files++;
      }
    }
    if (files === 0) throw new CliError(`no *.txt, *.html or *.htm files in directory ${operand}`);
  }
  if (paths.filter((p) => p === '-').length > 1) throw new CliError('standard input (-) can be given only once', 2);
  return paths;
}

/** Reads one input, a file or `-` (standard input), as UTF-8. */
export function readInput(path: string): string {
  return path === '-' ? readStdin() : readText(path);
}

/**
 * Reads the inputs; empty and binary ones are set aside with their reason.
 * `.html` and `.htm` files are HTML pages, and so is standard input when
 * `stdinHtml` (`--html`). Ids come from the file names of the usable inputs;
 * ids that collide get `-2`, `-3`, ... in order.
 */
export function readSources(
  paths: readonly string[],
  stdinHtml: boolean,
  onRead?: (done: number, total: number) => void,
): ReadResult {
  const used = new Map<string, number>();
  const sources: SourceFile[] = [];
  const skipped: SkippedInput[] = [];
  paths.forEach((path, i) => {
    const contents = readInput(path);
    onRead?.(i + 1, paths.length);
    const reason = unusable(contents);
    if (reason !== undefined) {
      skipped.push({ path, reason });
      return;
    }
    const base = path === '-' ? 'stdin' : idOf(path);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    sources.push({ path, id: n === 1 ? base : `${base}-${n}`, contents, html: isHtml(path, stdinHtml) });
  });
  return { sources, skipped, total: paths.length };
}
