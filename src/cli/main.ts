import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type AlignOptions, alignSources } from '../align/align-sources';
import { isCopydeskError } from '../errors';
import { toHTML } from '../report/to-html';
import { toJSON } from '../report/to-json';
import { toMarkdown } from '../report/to-markdown';
import type { RelationThresholds } from '../similarity/types';
import { normalizeArticle } from '../text/normalize-article';
import type { Article } from '../types';
import { CliError } from './errors';
import { readSources, readStdin, readText } from './inputs';
import { createProgress } from './progress';
import { EXIT, HELP } from './usage';

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
      const reason =
        code === 'ENOENT'
          ? 'no such directory'
          : code === 'EACCES'
            ? 'permission denied'
            : code === 'EISDIR'
              ? 'is a directory'
              : String(code ?? error);
      throw new CliError(`cannot write ${values.out}: ${reason}`);
    }
  } else {
    io.stdout.write(body);
  }
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
  const progress = createProgress(io.stderr, !values.quiet);
  const sources = readSources(operands, (done, total) => progress.update('reading  ', done, total));
  for (const file of outlets.keys()) {
    if (!sources.some((s) => s.path === file || (s.path !== '-' && resolve(s.path) === resolve(file)))) {
      progress.done();
      throw new CliError(`--outlet names ${file}, which is not one of the inputs`, 2);
    }
  }
  if (sources.every((s) => s.text.trim() === '')) {
    progress.done();
    throw new CliError(
      sources.length === 1 && sources[0]!.path === '-'
        ? 'standard input is empty'
        : 'nothing to compare: every input is empty',
    );
  }
  const articles: Article[] = sources.map((s, i) => {
    const outlet =
      outlets.get(s.path) ?? [...outlets].find(([file]) => s.path !== '-' && resolve(file) === resolve(s.path))?.[1];
    try {
      const article = normalizeArticle({ id: s.id, text: s.text, ...(outlet ? { outlet } : {}) });
      progress.update('normalize', i + 1, sources.length);
      return article;
    } catch (error) {
      progress.done();
      return dataError(error, `${s.path === '-' ? 'standard input' : s.path}: `);
    }
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
  const text = path === '-' ? readStdin() : readText(path);
  if (text.trim() === '') throw new CliError(path === '-' ? 'standard input is empty' : `${path} is empty`);
  const id = path === '-' ? 'stdin' : path.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '') || 'source';
  let article: Article;
  try {
    article = normalizeArticle({ id, text });
  } catch (error) {
    dataError(error, `${path === '-' ? 'standard input' : path}: `);
  }
  emit(format === 'json' ? JSON.stringify(article, null, 2) : summary(article), values, io);
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
