import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type AlignOptions,
  type Article,
  alignSources,
  isCopydeskError,
  normalizeArticle,
  type RelationThresholds,
  toHTML,
  toJSON,
  toMarkdown,
} from '../index';
import { CliError } from './errors';
import {
  displayName,
  expandOperands,
  readSources,
  readStdin,
  readText,
  reasonOf,
  type SkippedInput,
  unusable,
  unusableError,
} from './inputs';
import { createProgress } from './progress';
import { EXIT, HELP } from './usage';

/** Control characters a terminal would act on (all but tab, line feed and carriage return). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function dropControls(text: string): string {
  return text.replace(CONTROL, '');
}

/** Where the CLI writes; injectable for tests of the module itself. */
export interface CliIO {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  outlet: { type: 'string', multiple: true },
  threshold: { type: 'string', multiple: true },
  'min-relation': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-provenance': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0]!.replace(/\.$/, '') : String(error);
    throw new CliError(`${message} (see copydesk --help)`, 2);
  }
}

function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'copydesk' && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

const THRESHOLD_NAMES: Record<string, keyof RelationThresholds> = {
  'near-verbatim': 'nearVerbatim',
  nearVerbatim: 'nearVerbatim',
  paraphrase: 'paraphrase',
  related: 'related',
};

function alignOptions(values: Values): AlignOptions {
  const thresholds: { -readonly [K in keyof RelationThresholds]?: number } = {};
  for (const spec of values.threshold ?? []) {
    const match = /^([A-Za-z-]+)=(.+)$/.exec(spec);
    const name = match ? THRESHOLD_NAMES[match[1]!] : undefined;
    const value = match ? Number(match[2]) : Number.NaN;
    if (!name || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new CliError(
        `--threshold expects near-verbatim=V, paraphrase=V or related=V with V in [0, 1], got ${JSON.stringify(spec)}`,
        2,
      );
    }
    thresholds[name] = value;
  }
  const minRelation = values['min-relation'];
  if (minRelation !== undefined && !['near-verbatim', 'paraphrase', 'related'].includes(minRelation)) {
    throw new CliError(
      `--min-relation expects near-verbatim, paraphrase or related, got ${JSON.stringify(minRelation)}`,
      2,
    );
  }
  return {
    ...(Object.keys(thresholds).length ? { thresholds } : {}),
    ...(minRelation ? { minRelation: minRelation as AlignOptions['minRelation'] & string } : {}),
    ...(values['no-provenance'] ? { provenance: false } : {}),
  };
}

function formatOf(values: Values, allowed: readonly string[], fallback: string): string {
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

function emit(text: string, values: Values, io: CliIO): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (values.out) {
    try {
      writeFileSync(values.out, body);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new CliError(`cannot write ${values.out}: ${code === 'ENOENT' ? 'no such directory' : reasonOf(error)}`);
    }
  } else {
    // A write error (a full disk, a closed pipe) comes as an 'error' event on the stream: see index.ts.
    io.stdout.write(body);
  }
}

/** Whether two paths name the same file: same device and inode, or the same real path where inodes are unknown. */
function sameFile(a: string, b: string): boolean {
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
function refuseToOverwriteInput(values: Values, paths: readonly string[]): void {
  const out = values.out;
  if (!out) return;
  const input = paths.find((p) => p !== '-' && sameFile(p, out));
  if (input !== undefined) {
    throw new CliError(`--out ${out} is the input ${input}: refusing to overwrite it (choose another file)`, 2);
  }
}

/** One `copydesk: warning:` line on standard error. */
function warn(io: CliIO, message: string): void {
  io.stderr.write(`copydesk: warning: ${message}\n`);
}

/** Diagnostics of `normalizeArticle` that mean the text was degraded, said on standard error. */
const DEGRADED = new Set(['control-characters', 'no-body', 'not-article']);

function warnDegraded(io: CliIO, path: string, article: Article): void {
  for (const d of article.diagnostics) if (DEGRADED.has(d.code)) warn(io, `${displayName(path)}: ${d.message}`);
}

/** Most skipped inputs named in the one-line failure; the rest are counted. */
const MAX_NAMED = 10;

function tooFew(usable: number, total: number, skipped: readonly SkippedInput[]): CliError {
  const named = skipped.slice(0, MAX_NAMED).map((s) => `${displayName(s.path)}: ${s.reason}`);
  if (skipped.length > MAX_NAMED) named.push(`and ${skipped.length - MAX_NAMED} more`);
  const count = usable === 0 ? `none of the ${total} inputs is usable` : `only ${usable} of ${total} inputs is usable`;
  return new CliError(`nothing to compare: ${count} (skipped ${named.join('; ')})`);
}

function dataError(error: unknown, where: string): never {
  if (isCopydeskError(error)) {
    const usage = error.code === 'ERR_INVALID_OPTION';
    throw new CliError(`${where}${error.message}`, usage ? 2 : 1);
  }
  throw error;
}

function compare(operands: readonly string[], values: Values, io: CliIO): void {
  if (operands.length === 0)
    throw new CliError('compare needs at least one file, directory or - (see copydesk --help)', 2);
  const format = formatOf(values, ['json', 'md', 'html'], 'md');
  const options = alignOptions(values);
  const outlets = new Map<string, string>();
  for (const spec of values.outlet ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0 || eq === spec.length - 1)
      throw new CliError(`--outlet expects NAME=FILE, got ${JSON.stringify(spec)}`, 2);
    outlets.set(spec.slice(eq + 1), spec.slice(0, eq));
  }
  const paths = expandOperands(operands);
  refuseToOverwriteInput(values, paths);
  const progress = createProgress(io.stderr, !values.quiet);
  const { sources, skipped, total } = readSources(paths, (done, count) => progress.update('reading  ', done, count));
  progress.done();
  for (const file of outlets.keys()) {
    if (!paths.some((p) => p === file || (p !== '-' && resolve(p) === resolve(file)))) {
      throw new CliError(`--outlet names ${file}, which is not one of the inputs`, 2);
    }
  }
  // Exit codes for partly bad inputs: a single input must be usable; of several, at least two must be.
  if (total === 1 && skipped.length === 1) throw unusableError(skipped[0]!.path, skipped[0]!.reason);
  if (total > 1 && sources.length < 2) throw tooFew(sources.length, total, skipped);
  for (const s of skipped) warn(io, `skipped ${displayName(s.path)}: ${s.reason}`);
  const articles: Article[] = sources.map((s, i) => {
    const outlet =
      outlets.get(s.path) ?? [...outlets].find(([file]) => s.path !== '-' && resolve(file) === resolve(s.path))?.[1];
    try {
      const article = normalizeArticle({ id: s.id, text: s.text, ...(outlet ? { outlet } : {}) });
      progress.update('normalize', i + 1, sources.length);
      return article;
    } catch (error) {
      progress.done();
      return dataError(error, `${displayName(s.path)}: `);
    }
  });
  progress.done();
  sources.forEach((s, i) => {
    warnDegraded(io, s.path, articles[i]!);
  });
  progress.update('aligning ', 0, 1);
  let comparison: ReturnType<typeof alignSources>;
  try {
    comparison = alignSources(articles, options);
  } catch (error) {
    progress.done();
    dataError(error, '');
  }
  progress.done();
  const text = format === 'json' ? toJSON(comparison) : format === 'html' ? toHTML(comparison) : toMarkdown(comparison);
  emit(text, values, io);
}

function summary(article: Article): string {
  const m = article.metadata;
  const lines = [`id: ${article.id}`];
  if (m.title) lines.push(`title: ${m.title.text}`);
  if (m.dek) lines.push(`dek: ${m.dek.text}`);
  for (const b of m.bylines) lines.push(`byline: ${b.text}`);
  if (m.dateline) lines.push(`dateline: ${m.dateline.text}`);
  if (m.agency) lines.push(`wire agency: ${m.agency}`);
  for (const c of m.credits) lines.push(`credit: ${c.text}`);
  lines.push('', `body: ${article.paragraphs.length} paragraphs, ${article.sentences.length} sentences`);
  for (const s of article.sentences) lines.push(`  ${s.id.padEnd(4)} ${s.text.replace(/\s+/g, ' ')}`);
  lines.push('', `removed: ${article.removed.length} spans`);
  for (const r of article.removed) {
    const text = r.text.replace(/\s+/g, ' ');
    lines.push(`  [${r.reason}] ${text.length > 100 ? `${text.slice(0, 99)}…` : text}`);
  }
  if (article.diagnostics.length) {
    lines.push('', 'diagnostics:');
    for (const d of article.diagnostics) lines.push(`  ${d.severity} ${d.code}: ${d.message}`);
  }
  return lines.join('\n');
}

function normalize(operands: readonly string[], values: Values, io: CliIO): void {
  if (operands.length !== 1) throw new CliError('normalize takes exactly one file or - (see copydesk --help)', 2);
  const format = formatOf(values, ['json', 'text'], 'json');
  const path = operands[0]!;
  refuseToOverwriteInput(values, [path]);
  const text = path === '-' ? readStdin() : readText(path);
  const reason = unusable(text);
  if (reason !== undefined) throw unusableError(path, reason);
  const id = path === '-' ? 'stdin' : path.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '') || 'source';
  let article: Article;
  try {
    article = normalizeArticle({ id, text });
  } catch (error) {
    dataError(error, `${displayName(path)}: `);
  }
  warnDegraded(io, path, article);
  // JSON escapes control characters (DEL and C1 too, as toJSON does); the readable summary drops them, as the reports do.
  const json = () =>
    JSON.stringify(article, null, 2).replace(
      /[\u007f-\u009f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  emit(format === 'json' ? json() : dropControls(summary(article)), values, io);
}

/**
 * Runs the CLI on the given arguments (without `node` and the script) and
 * returns the exit code. Errors become one line on standard error.
 */
export function main(argv: readonly string[], io: CliIO): number {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    if (values.version) {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    const [command, ...operands] = positionals;
    if (command === 'compare') compare(operands, values, io);
    else if (command === 'normalize') normalize(operands, values, io);
    else if (command === undefined)
      throw new CliError('missing command: compare or normalize (see copydesk --help)', 2);
    else
      throw new CliError(
        `unknown command ${JSON.stringify(command)}: expected compare or normalize (see copydesk --help)`,
        2,
      );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`copydesk: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`copydesk: internal error: ${message.split('\n')[0]}\n`);
    return EXIT.failure;
  }
}
