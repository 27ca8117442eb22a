import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AlignOptions,
  type Article,
  alignSources,
  normalizeArticle,
  type RelationThresholds,
  toHTML,
  toJSON,
  toMarkdown,
} from '../index';
import { CliError } from './errors';
import { indexCommand } from './index-commands';
import {
  contentsInput,
  displayName,
  expandOperands,
  isHtml,
  printable,
  readInput,
  readSources,
  type SkippedInput,
  unusable,
  unusableError,
} from './inputs';
import { createProgress } from './progress';
import {
  type CliIO,
  checkOutlets,
  checkStdinHtml,
  dataError,
  dropControls,
  emit,
  formatOf,
  outletOf,
  outletsOf,
  parse,
  refuseOptions,
  refuseToOverwriteInput,
  type Values,
  warn,
  warnDegraded,
} from './shared';
import { EXIT, HELP } from './usage';

export type { CliIO } from './shared';

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

/** Most skipped inputs named in the one-line failure; the rest are counted. */
const MAX_NAMED = 10;

function tooFew(usable: number, total: number, skipped: readonly SkippedInput[]): CliError {
  const named = skipped.slice(0, MAX_NAMED).map((s) => `${displayName(s.path)}: ${s.reason}`);
  if (skipped.length > MAX_NAMED) named.push(`and ${skipped.length - MAX_NAMED} more`);
  const count = usable === 0 ? `none of the ${total} inputs is usable` : `only ${usable} of ${total} inputs is usable`;
  return new CliError(`nothing to compare: ${count} (skipped ${named.join('; ')})`);
}

function compare(operands: readonly string[], values: Values, io: CliIO): void {
  if (operands.length === 0)
    throw new CliError('compare needs at least one file, directory or - (see copydesk --help)', 2);
  const format = formatOf(values, ['json', 'md', 'html'], 'md');
  const options = alignOptions(values);
  const outlets = outletsOf(values);
  const paths = expandOperands(operands);
  checkStdinHtml(values, paths);
  refuseToOverwriteInput(values, paths);
  const progress = createProgress(io.stderr, !values.quiet);
  const { sources, skipped, total } = readSources(paths, values.html === true, (done, count) =>
    progress.update('reading  ', done, count),
  );
  progress.done();
  checkOutlets(outlets, paths);
  // Exit codes for partly bad inputs: a single input must be usable; of several, at least two must be.
  if (total === 1 && skipped.length === 1) throw unusableError(skipped[0]!.path, skipped[0]!.reason);
  if (total > 1 && sources.length < 2) throw tooFew(sources.length, total, skipped);
  for (const s of skipped) warn(io, `skipped ${displayName(s.path)}: ${s.reason}`);
  const articles: Article[] = sources.map((s, i) => {
    const outlet = outletOf(outlets, s.path);
    try {
      const article = normalizeArticle({
        id: s.id,
        ...contentsInput(s.contents, s.html),
        ...(outlet ? { outlet } : {}),
      });
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
    // Markup removed from a page (html:doctype, html:script, ...) can have no text: no trailing space then.
    lines.push(`  [${r.reason}]${r.text === '' ? '' : ` ${text.length > 100 ? `${text.slice(0, 99)}…` : text}`}`);
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
  checkStdinHtml(values, [path]);
  refuseToOverwriteInput(values, [path]);
  const contents = readInput(path);
  const reason = unusable(contents);
  if (reason !== undefined) throw unusableError(path, reason);
  const id = path === '-' ? 'stdin' : path.replace(/^.*[\\/]/, '').replace(/\.(?:txt|html?)$/i, '') || 'source';
  let article: Article;
  try {
    article = normalizeArticle({ id, ...contentsInput(contents, isHtml(path, values.html === true)) });
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

/** Options of the `index` commands, which `compare` and `normalize` do not take. */
const INDEX_OPTIONS = ['db', 'window', 'bucket', 'min-articles', 'limit'] as const;

/**
 * Runs the CLI on the given arguments (without `node` and the script) and
 * resolves to the exit code. Errors become one line on standard error; the
 * promise never rejects. (Async because the corpus index behind `copydesk
 * index` is; `compare` and `normalize` run synchronously inside it.)
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
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
    if (command === 'compare') {
      refuseOptions(values, 'compare', INDEX_OPTIONS);
      compare(operands, values, io);
    } else if (command === 'normalize') {
      refuseOptions(values, 'normalize', INDEX_OPTIONS);
      normalize(operands, values, io);
    } else if (command === 'index') await indexCommand(operands, values, io);
    else if (command === undefined)
      throw new CliError('missing command: compare, normalize or index (see copydesk --help)', 2);
    else
      throw new CliError(
        `unknown command ${JSON.stringify(command)}: expected compare, normalize or index (see copydesk --help)`,
        2,
      );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`copydesk: ${printable(error.message)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`copydesk: internal error: ${message.split('\n')[0]}\n`);
    return EXIT.failure;
  }
}
