// Runs the built `copydesk` binary as a user would. When dist/cli.js is missing or older than the
// sources (npm test runs the unit tests before the build), the CLI is bundled to a temporary
// directory first, with the same esbuild the build uses, so the test never runs stale code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('seeds', f));
const work = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
let cli = join(root, 'dist/cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

beforeAll(async () => {
  if (existsSync(cli) && statSync(cli).mtimeMs >= newestSource(join(root, 'src'))) return;
  const outdir = join(work, 'dist');
  mkdirSync(outdir);
  await build({
    entryPoints: [join(root, 'src/cli/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(outdir, 'cli.js'),
    logLevel: 'silent',
  });
  // The binary looks for package.json upwards for --version, as it does from dist/.
  writeFileSync(join(work, 'package.json'), readFileSync(join(root, 'package.json')));
  cli = join(outdir, 'cli.js');
}, 60_000);

function run(args: readonly string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('copydesk compare', () => {
  it('compares files and writes Markdown by default', () => {
    const { code, stdout, stderr } = run(['compare', ...seeds]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('# copydesk comparison\n')).toBe(true);
    expect(stdout).toContain('| 001\\_2c2638c4483bae25 | Kim Jong Un visit to Moscow confirmed');
  });

  it('expands a directory to its *.txt files, sorted, ids from file names', () => {
    const dir = join(work, 'stories');
    mkdirSync(dir);
    writeFileSync(join(dir, 'b-second.txt'), readFileSync(join(root, seeds[1]!)));
    writeFileSync(join(dir, 'a-first.txt'), readFileSync(join(root, seeds[3]!)));
    writeFileSync(join(dir, 'notes.md'), 'not an article');
    const { code, stdout } = run(['compare', dir, '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.sources.map((s: { id: string }) => s.id)).toEqual(['a-first', 'b-second']);
  });

  it('reads standard input as source "stdin" beside files', () => {
    const text = readFileSync(join(root, seeds[3]!), 'utf8');
    const { code, stdout } = run(['compare', seeds[1]!, '-', '--format', 'json'], text);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.sources.map((s: { id: string }) => s.id)).toEqual(['001_2c2638c4483bae25', 'stdin']);
    expect(json.groups.length).toBeGreaterThan(0);
  });

  it('writes JSON that validates against the shipped schema', () => {
    const { code, stdout } = run(['compare', 'seeds', '--format', 'json']);
    expect(code).toBe(0);
    const schema = JSON.parse(readFileSync(join(root, 'schema/comparison.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(JSON.parse(stdout))).toBe(true);
  });

  it('writes HTML to --out (format from the extension), outlets from --outlet', () => {
    const out = join(work, 'report.html');
    const { code, stdout } = run(['compare', ...seeds, '--out', out, '--outlet', `UPI=${seeds[1]}`]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('aria-label="UPI (001_2c2638c4483bae25)"');
  });

  it('adds typed changes and provenance to the reports, unless --no-provenance', () => {
    const full = JSON.parse(run(['compare', 'seeds', '--format', 'json']).stdout);
    expect(full.provenance.kind).toBe('provenance');
    expect(full.groups.some((g: { links: { changes?: unknown[] }[] }) => g.links.some((l) => l.changes?.length))).toBe(
      true,
    );
    const page = run(['compare', 'seeds', '--format', 'html']).stdout;
    expect(page).toContain('<svg class="graph"');
    expect(page).toContain('<mark class="chg');
    const bare = JSON.parse(run(['compare', 'seeds', '--format', 'json', '--no-provenance']).stdout);
    expect(bare.provenance).toBeUndefined();
    expect(bare.groups.some((g: { links: { changes: unknown[] }[] }) => g.links.some((l) => l.changes.length))).toBe(
      true,
    );
    expect(run(['compare', 'seeds', '--format', 'html', '--no-provenance']).stdout).not.toContain('<svg');
  });

  it('applies --min-relation and --threshold', () => {
    const strict = JSON.parse(run(['compare', 'seeds', '--format', 'json', '--min-relation', 'near-verbatim']).stdout);
    expect(strict.settings.minRelation).toBe('near-verbatim');
    const loose = JSON.parse(
      run(['compare', 'seeds', '--format', 'json', '--min-relation', 'related', '--threshold', 'related=0.3']).stdout,
    );
    expect(loose.settings.thresholds.related).toBe(0.3);
    expect(loose.groups.length).toBeGreaterThanOrEqual(strict.groups.length);
  });

  it('reports a missing file in one line, exit 1, no stack trace', () => {
    const { code, stdout, stderr } = run(['compare', 'seeds/nope.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('copydesk: cannot read seeds/nope.txt: no such file or directory\n');
  });

  it('reports an empty directory and empty input as data errors (exit 1)', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    expect(run(['compare', empty])).toMatchObject({
      code: 1,
      stderr: `copydesk: no *.txt files in directory ${empty}\n`,
    });
    expect(run(['compare', '-'], '')).toMatchObject({ code: 1, stderr: 'copydesk: standard input is empty\n' });
    expect(run(['normalize', '-'], '  \n')).toMatchObject({ code: 1, stderr: 'copydesk: standard input is empty\n' });
  });

  it('reports usage errors with exit 2', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['compare'],
      ['compare', 'seeds', '--format', 'pdf'],
      ['compare', 'seeds', '--bogus'],
      ['compare', 'seeds', '--threshold', 'paraphrase=2'],
      ['compare', 'seeds', '--min-relation', 'identical'],
      ['compare', 'seeds', '--outlet', 'UPI'],
      ['compare', 'seeds', '--outlet', 'UPI=seeds/elsewhere.txt'],
      ['normalize'],
    ]) {
      const { code, stderr } = run(args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toMatch(/^copydesk: [^\n]+\n$/);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack frame
    }
  });

  it('writes no progress bar when standard error is not a terminal', () => {
    expect(run(['compare', 'seeds']).stderr).toBe('');
  });
});

describe('copydesk normalize', () => {
  it('prints the normalized article as JSON', () => {
    const { code, stdout } = run(['normalize', seeds[1]!]);
    expect(code).toBe(0);
    const article = JSON.parse(stdout);
    expect(article.kind).toBe('article');
    expect(article.id).toBe('001_2c2638c4483bae25');
    expect(article.metadata.dateline.text).toBe('MOSCOW, March 19 (UPI) --');
  });

  it('prints a readable summary from standard input', () => {
    const { code, stdout } = run(['normalize', '-', '--format', 'text'], readFileSync(join(root, seeds[1]!), 'utf8'));
    expect(code).toBe(0);
    expect(stdout).toContain('id: stdin\n');
    expect(stdout).toContain('dateline: MOSCOW, March 19 (UPI) --\n');
    expect(stdout).toContain('wire agency: UPI\n');
    expect(stdout).toMatch(/removed: \d+ spans/);
  });
});

describe('copydesk --help and --version', () => {
  it('--help documents the commands and exit codes', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('copydesk compare <file | dir | -> ...');
    expect(stdout).toContain('2  usage error');
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});
