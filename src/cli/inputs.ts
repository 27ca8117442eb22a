import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CliError } from './errors';

/** One text to compare, with where it came from. */
export interface SourceFile {
  /** What the user typed (a file path, or `-`). */
  readonly path: string;
  /** Source id: the file name without `.txt`, or `stdin`. */
  readonly id: string;
  readonly text: string;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
};

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  return error instanceof Error ? error.message : String(error);
}

/** Reads standard input to the end as UTF-8. */
export function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EAGAIN' || code === 'EOF') return '';
    throw new CliError(`cannot read standard input: ${reasonOf(error)}`);
  }
}

/** Reads one file as UTF-8 text, with a one-line error naming the path. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reasonOf(error)}`);
  }
}

function idOf(path: string): string {
  return basename(path).replace(/\.txt$/i, '') || basename(path);
}

/**
 * Expands the operands: files as they are, directories to their `*.txt`
 * files sorted by name, `-` to standard input (once). Ids that collide get
 * `-2`, `-3`, ... in order.
 */
export function readSources(operands: readonly string[], onRead?: (done: number, total: number) => void): SourceFile[] {
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
      throw new CliError(`cannot read ${operand}: ${reasonOf(error)}`);
    }
    if (!isDir) {
      paths.push(operand);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(operand).filter((n) => /\.txt$/i.test(n));
    } catch (error) {
      throw new CliError(`cannot read ${operand}: ${reasonOf(error)}`);
    }
    const files = names.sort().filter((n) => statSync(join(operand, n)).isFile());
    if (files.length === 0) throw new CliError(`no *.txt files in directory ${operand}`);
    paths.push(...files.map((n) => join(operand, n)));
  }
  if (paths.filter((p) => p === '-').length > 1) throw new CliError('standard input (-) can be given only once', 2);
  const used = new Map<string, number>();
  return paths.map((path, i) => {
    const text = path === '-' ? readStdin() : readText(path);
    onRead?.(i + 1, paths.length);
    const base = path === '-' ? 'stdin' : idOf(path);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { path, id: n === 1 ? base : `${base}-${n}`, text };
  });
}
