// Runs the built `copydesk` binary as a user would. When dist/cli.js is missing or older than the
// sources (npm test runs the unit tests before the build), the CLI is bundled to a temporary
// directory first, with the same esbuild the build uses, so the test never runs stale code.
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
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
    maxBuffer: 1 << 30,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failure is one line on standard error, `copydesk: ...`, never a stack trace. */
function expectOneLine(stderr: string): void {
  expect(stderr).toMatch(/^copydesk: [^\n]+\n$/);
  expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
}

/** Control characters that must never reach a report (tab, line feed and carriage return are text). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A new directory under the test's work directory holding copies of the given seeds. */
function storyDir(name: string, seedIndexes: readonly number[]): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const i of seedIndexes)
    writeFileSync(join(dir, seeds[i]!.slice('seeds/'.length)), readFileSync(join(root, seeds[i]!)));
  return dir;
}

/** Real binary content: the start of the node executable (an ELF or Mach-O header, full of NUL bytes). */
const binary = readFileSync(process.execPath).subarray(0, 4096);
/** Its share of NUL, control and invalid characters, as copydesk counts them (percent, rounded). */
const binaryShare = (() => {
  const text = binary.toString('utf8');
  const junk = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffd]/g)?.length ?? 0;
  return Math.round((100 * junk) / text.length);
})();

describe('copydesk compare', () => {
  it('compares files and writes Markdown by default', () => {
    const { code, stdout, stderr } = run(['compare', ...seeds]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('# copydesk comparison\n')).toBe(true);
    expect(stdout).toContain('| UPI (001\\_2c2638c4483bae25) | Kim Jong Un visit to Moscow confirmed');
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
      stderr: `copydesk: no *.txt, *.html or *.htm files in directory ${empty}\n`,
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
      ['compare', 'seeds', '--threshold', '-0.5'],
      ['compare', 'seeds', '--out', '-report.md'],
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

  it('renders 1,000 sources as Markdown and HTML (no stack overflow)', () => {
    const dir = join(work, 'many');
    mkdirSync(dir);
    const upi = readFileSync(join(root, seeds[1]!), 'utf8');
    const sentences = upi
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => s.length > 60);
    for (let i = 0; i < 1000; i++) {
      const text = `${sentences[i % sentences.length]}\n\n${sentences[(i * 7 + 3) % sentences.length]}\n`;
      writeFileSync(join(dir, `outlet-${String(i).padStart(4, '0')}.txt`), text);
    }
    const md = run(['compare', dir]);
    expect(md.stderr).toBe('');
    expect(md.code).toBe(0);
    expect(md.stdout.match(/^\| outlet-\d{4} \| /gm)?.length).toBeGreaterThanOrEqual(1000);
    const html = run(['compare', dir, '--format', 'html']);
    expect({ code: html.code, stderr: html.stderr }).toEqual({ code: 0, stderr: '' });
    // 1,000 sources are shown as the story view: one row per group, no column per source.
    expect(html.stdout.match(/<section class="column"/g)).toBeNull();
    expect(html.stdout.match(/<section class="story-group"/g)?.length).toBeGreaterThan(0);
  });

  it.runIf(existsSync('/dev/full'))('reports a full disk on standard output in one line, exit 1', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [cli, 'compare', 'seeds'], {
        cwd: root,
        stdio: ['pipe', full, 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('copydesk: cannot write to standard output: no space left on device\n');
    } finally {
      closeSync(full);
    }
  });

  it('reports a closed pipe on standard output in one line, exit 1', async () => {
    const child = spawn(process.execPath, [cli, 'compare', 'seeds'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader goes away before copydesk writes: `copydesk compare seeds | true`
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(1);
    expect(stderr).toBe('copydesk: cannot write to standard output: broken pipe (the reader closed it)\n');
  });

  it('names a dangling symbolic link in a directory, one line, exit 1', () => {
    const dir = storyDir('dangling', [1, 3]);
    symlinkSync('missing.txt', join(dir, 'x.txt'));
    const { code, stdout, stderr } = run(['compare', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `copydesk: cannot read ${join(dir, 'x.txt')}: broken symbolic link (missing.txt does not exist)\n`,
    );
    expect(run(['compare', seeds[1]!, join(dir, 'x.txt')]).stderr).toBe(
      `copydesk: cannot read ${join(dir, 'x.txt')}: broken symbolic link (missing.txt does not exist)\n`,
    );
  });

  it('refuses to overwrite an input with --out (exit 2), and overwrites any other file', () => {
    const dir = storyDir('out-input', [1, 3]);
    const input = join(dir, seeds[1]!.slice('seeds/'.length));
    const before = readFileSync(input, 'utf8');
    symlinkSync(input, join(dir, 'alias.md'));
    for (const out of [input, `${dir}/./${seeds[1]!.slice('seeds/'.length)}`, join(dir, 'alias.md')]) {
      const { code, stdout, stderr } = run(['compare', dir, '--out', out]);
      expect({ out, code }).toEqual({ out, code: 2 });
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `copydesk: --out ${out} is the input ${input}: refusing to overwrite it (choose another file)\n`,
      );
    }
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(run(['normalize', input, '--out', input]).code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(before);
    // Any other existing file is replaced, as documented.
    const other = join(work, 'existing.md');
    writeFileSync(other, 'old content');
    expect(run(['compare', dir, '--out', other])).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(other, 'utf8').startsWith('# copydesk comparison\n')).toBe(true);
  });

  it('leaves the previous --out file whole when a write fails part way, with no temporary file behind (found in an audit)', () => {
    // A file-size limit (ulimit -f, SIGXFSZ ignored so that write() fails with EFBIG) stands in for a full disk.
    const dir = join(work, 'out-limit');
    mkdirSync(dir);
    const out = join(dir, 'report.html');
    writeFileSync(out, 'the previous report');
    const result = spawnSync(
      'bash',
      [
        '-c',
        `trap '' XFSZ; ulimit -f 20; exec "$0" "$@"`,
        process.execPath,
        cli,
        'compare',
        seeds[0]!,
        seeds[2]!,
        '--out',
        out,
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`copydesk: cannot write ${out}: file too large\n`);
    expect(readFileSync(out, 'utf8')).toBe('the previous report');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('prints a file name with control characters escaped, on one line (found in an audit)', () => {
    const dir = storyDir('odd-names', [1, 3]);
    writeFileSync(join(dir, 'empty\nFAKE: all inputs verified\u001b[2J.txt'), '');
    const { code, stderr } = run(['compare', dir, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `copydesk: warning: skipped ${join(dir, 'empty')}\\nFAKE: all inputs verified\\u001b[2J.txt: empty\n`,
    );
  });

  it('refuses an endless input once it passes the size limit, in one line (found in an audit)', () => {
    const { code, stdout, stderr } = run(['normalize', '/dev/zero']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'copydesk: /dev/zero is larger than 15 MB; copydesk reads texts of at most 5,242,880 characters (split it)\n',
    );
    expect(run(['normalize', '-'], 'y\n'.repeat(8 * 1024 * 1024)).stderr).toBe(
      'copydesk: standard input is larger than 15 MB; copydesk reads texts of at most 5,242,880 characters (split it)\n',
    );
  });

  it('waits for a non-blocking standard input that has no data yet instead of reading it as empty (found in an audit)', async () => {
    // A pipe handed over without blocking (as some runners do), whose writer is slow. Node makes a child's standard
    // input blocking, so perl (perl-base, in every Debian system) sets O_NONBLOCK and then runs copydesk.
    const fifo = join(work, 'slow-stdin');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY);
    const nonblocking = 'use Fcntl; fcntl(STDIN, F_SETFL, fcntl(STDIN, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV';
    const child = spawn(
      'perl',
      ['-e', nonblocking, process.execPath, cli, 'compare', '-', seeds[1]!, '--format', 'json'],
      {
        cwd: root,
        stdio: [reader, 'pipe', 'pipe'],
      },
    );
    closeSync(reader);
    const { stdout: out, stderr: err } = child;
    if (out === null || err === null) throw new Error('the child has no output pipes');
    let stdout = '';
    let stderr = '';
    out.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    err.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    await new Promise((done) => setTimeout(done, 500));
    writeFileSync(writer, readFileSync(join(root, seeds[3]!)));
    closeSync(writer);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sources.map((s: { id: string }) => s.id)).toContain('stdin');
  });

  it('skips binary and empty files beside real ones: one warning line each, exit 0, no NUL in any report', () => {
    const dir = storyDir('partly-bad', [1, 3]);
    writeFileSync(join(dir, 'binary.txt'), binary);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\n \t\n');
    const warnings =
      `copydesk: warning: skipped ${join(dir, 'binary.txt')}: binary or not UTF-8 (${binaryShare}% NUL, control or invalid characters)\n` +
      `copydesk: warning: skipped ${join(dir, 'blank.txt')}: empty\n` +
      `copydesk: warning: skipped ${join(dir, 'empty.txt')}: empty\n`;
    const json = run(['compare', dir, '--format', 'json']);
    expect(json.stderr).toBe(warnings);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).sources.map((s: { id: string }) => s.id)).toEqual([
      '001_2c2638c4483bae25',
      '003_13d9174b7bd8a9b8',
    ]);
    for (const format of ['md', 'html']) {
      const report = run(['compare', dir, '--format', format]);
      expect({ format, code: report.code, stderr: report.stderr }).toEqual({ format, code: 0, stderr: warnings });
      expect(report.stdout).not.toMatch(CONTROL);
    }
  });

  it('warns about control characters dropped from a text, and keeps them out of the reports', () => {
    const dir = storyDir('junk', [1, 3]);
    const upi = readFileSync(join(root, seeds[1]!), 'utf8');
    const at = upi.indexOf('Speculation');
    writeFileSync(join(dir, 'junk.txt'), `${upi.slice(0, at)}\u001b[1m\u0007Specu\u0000lation${upi.slice(at + 11)}`);
    const warning = `copydesk: warning: ${join(dir, 'junk.txt')}: 3 control or invalid characters were dropped from the comparison text (binary junk or a wrong encoding?).\n`;
    for (const format of ['md', 'html']) {
      const report = run(['compare', dir, '--format', format]);
      expect({ format, code: report.code, stderr: report.stderr }).toEqual({ format, code: 0, stderr: warning });
      expect(report.stdout).not.toMatch(CONTROL);
      expect(report.stdout).toContain('Speculation');
    }
  });

  it('warns about an input that is not an article, and compares the others', () => {
    const dir = storyDir('notice', [1, 3]);
    // A social-media embed notice as scrapers return it (Multi-News dev, cluster 21 doc 6, without its last words).
    writeFileSync(
      join(dir, 'notice.txt'),
      'Tweet with a location\n\nYou can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history.\n',
    );
    const { code, stdout, stderr } = run(['compare', dir, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(stderr).toMatch(/^copydesk: warning: .*notice\.txt: This page is not an article\./);
    const comparison = JSON.parse(stdout) as { groups: { sources: string[] }[] };
    expect(comparison.groups.some((g) => g.sources.includes('notice'))).toBe(false);
  });

  it('fails in one line, exit 1, when skipped inputs leave fewer than two to compare', () => {
    const dir = storyDir('too-few', [1]);
    writeFileSync(join(dir, 'binary.txt'), binary);
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, stdout, stderr } = run(['compare', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `copydesk: nothing to compare: only 1 of 3 inputs is usable (skipped ${join(dir, 'binary.txt')}: binary or not UTF-8 (${binaryShare}% NUL, control or invalid characters); ${join(dir, 'empty.txt')}: empty)\n`,
    );
    // One input given on its own is compared alone, as before; a single bad one is named.
    expect(run(['compare', seeds[1]!])).toMatchObject({ code: 0, stderr: '' });
    expect(run(['compare', join(dir, 'binary.txt')])).toMatchObject({
      code: 1,
      stderr: `copydesk: ${join(dir, 'binary.txt')} is binary or not UTF-8 (${binaryShare}% NUL, control or invalid characters); copydesk reads UTF-8 text\n`,
    });
    expect(run(['normalize', join(dir, 'binary.txt')])).toMatchObject({
      code: 1,
      stderr: `copydesk: ${join(dir, 'binary.txt')} is binary or not UTF-8 (${binaryShare}% NUL, control or invalid characters); copydesk reads UTF-8 text\n`,
    });
  });

  it('gives exactly one line on standard error for every failure', () => {
    const dir = storyDir('failures', [1]);
    symlinkSync('gone.txt', join(dir, 'gone-link.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    for (const args of [
      ['compare', 'seeds/nope.txt'],
      ['compare', dir],
      ['compare', join(dir, 'empty.txt')],
      ['compare', 'seeds', '--out', join(work, 'no/such/dir/report.md')],
      ['compare', 'seeds', '--out', seeds[0]!],
      ['normalize', join(dir, 'gone-link.txt')],
    ]) {
      const { code, stderr } = run(args);
      expect({ args, code: code === 1 || code === 2 }).toEqual({ args, code: true });
      expectOneLine(stderr);
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

describe('copydesk index', () => {
  const upi = seeds[1]!.slice('seeds/'.length).replace(/\.txt$/, '');

  it('takes over a lock a killed command left: one naming a process that has ended, or an empty one seconds old', () => {
    const db = join(work, 'stale.idx');
    const ended = spawnSync(process.execPath, ['-e', '0']).pid; // a process that has exited
    writeFileSync(`${db}.lock`, `${ended}\n`);
    expect(run(['index', 'add', seeds[1]!, '--db', db, '--quiet'])).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(`${db}.lock`)).toBe(false);
    // An empty lock is one being written an instant ago: taken over only once it is 5 seconds old.
    writeFileSync(`${db}.lock`, '');
    utimesSync(`${db}.lock`, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(run(['index', 'add', seeds[3]!, '--db', db, '--quiet'])).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run(['index', 'stats', '--db', db]).stdout).articles).toBe(2);
  });

  it('adds from several commands at once on one db: each waits for the other, every article lands (found in an audit)', async () => {
    const db = join(work, 'concurrent.idx');
    const runs = seeds.map(
      (seed) =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, [cli, 'index', 'add', seed, '--db', db, '--quiet'], {
            cwd: root,
            stdio: 'ignore',
          });
          child.on('close', done);
        }),
    );
    expect(await Promise.all(runs)).toEqual(seeds.map(() => 0));
    const stats = JSON.parse(run(['index', 'stats', '--db', db, '--format', 'json']).stdout);
    expect(stats.articles).toBe(seeds.length);
    expect(readdirSync(work).filter((f) => f.startsWith('concurrent.idx'))).toEqual(['concurrent.idx']);
  });

  /** The seeds and one verbatim copy of the UPI seed under another name, in a new directory. */
  function corpusDir(name: string): string {
    const dir = storyDir(name, [0, 1, 2, 3, 4]);
    writeFileSync(join(dir, 'wire-copy.txt'), readFileSync(join(root, seeds[1]!)));
    return dir;
  }

  it('adds a directory: one line per article, a copy named as a copy, the db written atomically', () => {
    const dir = corpusDir('index-add');
    const db = join(work, 'index-add.idx');
    const { code, stdout, stderr } = run(['index', 'add', dir, '--db', db]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      ...seeds.map((s) => s.slice('seeds/'.length).replace(/\.txt$/, '')),
      'wire-copy',
    ]);
    expect(lines[0]).toMatch(/^000_ee71417b7566bb94: new group; story 000_ee71417b7566bb94$/);
    expect(lines[5]).toMatch(new RegExp(`^wire-copy: copy of ${upi} \\(100%\\); story \\S+$`));
    expect(existsSync(db)).toBe(true);
    expect(existsSync(`${db}.tmp`)).toBe(false);
  });

  it('rereads the db: a later add finds the copy, match adds nothing, stories and stats read it back', () => {
    const dir = storyDir('index-round-trip', [0, 1, 2, 3, 4]);
    const db = join(work, 'round-trip.idx');
    expect(run(['index', 'add', dir, '--db', db, '--format', 'json'])).toMatchObject({ code: 0, stderr: '' });
    // A second run restores the index from the file and adds to it.
    const copy = join(work, 'upi-copy.txt');
    writeFileSync(copy, readFileSync(join(root, seeds[1]!)));
    const added = run(['index', 'add', copy, '--db', db, '--format', 'json']);
    expect({ code: added.code, stderr: added.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(added.stdout);
    expect(result).toMatchObject({ file: copy, id: 'upi-copy', copyGroup: upi, joined: true });
    expect(result.matches[0]).toMatchObject({ article: upi, relation: 'copy', share: 1 });
    expect(result.matches[0].pairs.length).toBeGreaterThan(0);
    // match answers the same way without writing the file.
    const before = readFileSync(db);
    const other = join(work, 'upi-third.txt');
    writeFileSync(other, readFileSync(join(root, seeds[1]!)));
    const matched = run(['index', 'match', other, '--db', db]);
    expect({ code: matched.code, stderr: matched.stderr }).toEqual({ code: 0, stderr: '' });
    expect(matched.stdout).toMatch(new RegExp(`^upi-third: copy of ${upi} \\(100%\\); story \\S+\\n$`));
    expect(readFileSync(db).equals(before)).toBe(true);
    const stats = JSON.parse(run(['index', 'stats', '--db', db]).stdout);
    expect(stats).toMatchObject({ articles: 6, copyGroups: 5 });
    const stories = JSON.parse(run(['index', 'stories', '--db', db, '--format', 'json']).stdout);
    expect(stories.reduce((n: number, s: { articles: number }) => n + s.articles, 0)).toBe(6);
    expect(JSON.parse(run(['index', 'stories', '--db', db, '--format', 'json', '--limit', '1']).stdout)).toHaveLength(
      1,
    );
    expect(
      JSON.parse(run(['index', 'stories', '--db', db, '--format', 'json', '--min-articles', '99']).stdout),
    ).toEqual([]);
    const md = run(['index', 'stories', '--db', db]);
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith('| story | title | articles | copy groups | first | last |\n| --- |')).toBe(true);
    expect(md.stdout.split('\n').length - 3).toBe(stories.length);
  });

  it('skips an id the db already holds with one warning line, exit 0, and leaves the db as it was', () => {
    const dir = storyDir('index-dup', [1, 3]);
    const db = join(work, 'dup.idx');
    expect(run(['index', 'add', dir, '--db', db]).code).toBe(0);
    const before = readFileSync(db);
    const again = run(['index', 'add', join(dir, `${upi}.txt`), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(
      `copydesk: warning: skipped ${join(dir, `${upi}.txt`)}: ${db} already holds an article with id "${upi}"\n`,
    );
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('reads standard input as article "stdin"; --window and --bucket apply to a new db only', () => {
    const db = join(work, 'stdin.idx');
    const text = readFileSync(join(root, seeds[3]!), 'utf8');
    const first = run(['index', 'add', '-', '--db', db, '--window', '2', '--bucket', 'hour'], text);
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    expect(first.stdout).toBe('stdin: new group; story stdin\n');
    const stats = JSON.parse(run(['index', 'stats', '--db', db]).stdout);
    // A two-hour window starts at the hour before the newest article's.
    expect(Date.parse(stats.newest) - Date.parse(stats.windowStart)).toBeLessThan(2 * 3_600_000);
    // Publication time is the file's modification time: a fresh copy is in the window, an old one is not.
    const fresh = join(work, 'fresh.txt');
    writeFileSync(fresh, readFileSync(join(root, seeds[1]!)));
    const second = run(['index', 'add', fresh, '--db', db, '--window', '30']);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe(
      `copydesk: warning: --window and --bucket are ignored: ${db} keeps the window it was created with\n`,
    );
    const old = join(work, 'old.txt');
    writeFileSync(old, readFileSync(join(root, seeds[2]!)));
    utimesSync(old, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    const third = run(['index', 'add', old, '--db', db]);
    expect(third.code).toBe(0);
    expect(third.stderr).toMatch(/^copydesk: warning: [^\n]*old\.txt: the article was published before the window/);
    expect(JSON.parse(run(['index', 'stats', '--db', db]).stdout).articles).toBe(2);
  });

  it('refuses a missing --db and other usage errors with exit 2, one line', () => {
    const db = join(work, 'usage.idx');
    for (const args of [
      ['index'],
      ['index', 'frobnicate', '--db', db],
      ['index', 'add', seeds[1]!],
      ['index', 'match', seeds[1]!],
      ['index', 'stories'],
      ['index', 'stats'],
      ['index', 'add', '--db', db],
      ['index', 'match', seeds[1]!, seeds[2]!, '--db', db],
      ['index', 'add', seeds[1]!, '--db', db, '--window', '0'],
      ['index', 'add', seeds[1]!, '--db', db, '--bucket', 'week'],
      ['index', 'add', seeds[1]!, '--db', db, '--format', 'md'],
      ['index', 'add', seeds[1]!, '--db', db, '--out', join(work, 'x.md')],
      ['index', 'add', seeds[1]!, '--db', seeds[1]!],
      ['index', 'stories', '--db', db, '--limit', 'ten'],
      ['index', 'stories', seeds[1]!, '--db', db],
      ['index', 'stats', '--db', db, '--format', 'md'],
      ['compare', 'seeds', '--db', db],
      ['normalize', seeds[1]!, '--window', '3'],
    ]) {
      const { code, stdout, stderr } = run(args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stdout).toBe('');
      expectOneLine(stderr);
    }
    expect(run(['index', 'stats']).stderr).toBe('copydesk: index stats needs --db FILE (see copydesk --help)\n');
    expect(existsSync(db)).toBe(false);
  });

  it('fails in one line, exit 1, on a db that is not an index or is missing, and leaves it untouched', () => {
    const garbage = join(work, 'garbage.idx');
    writeFileSync(garbage, 'this is not a snapshot\n');
    for (const args of [
      ['index', 'add', seeds[1]!, '--db', garbage],
      ['index', 'match', seeds[1]!, '--db', garbage],
      ['index', 'stories', '--db', garbage],
      ['index', 'stats', '--db', garbage],
    ]) {
      const { code, stdout, stderr } = run(args);
      expect({ args, code }).toEqual({ args, code: 1 });
      expect(stdout).toBe('');
      expectOneLine(stderr);
      expect(stderr.startsWith(`copydesk: ${garbage} is not a copydesk index (`)).toBe(true);
    }
    expect(readFileSync(garbage, 'utf8')).toBe('this is not a snapshot\n');
    const missing = join(work, 'missing.idx');
    expect(run(['index', 'stories', '--db', missing])).toMatchObject({
      code: 1,
      stderr: `copydesk: cannot read ${missing}: no such file or directory\n`,
    });
    const empty = join(work, 'empty-article.txt');
    writeFileSync(empty, ' \n');
    expect(run(['index', 'add', empty, '--db', missing])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `copydesk: ${empty} is empty (${missing} not created)\n`,
    });
    expect(existsSync(missing)).toBe(false);
    expect(run(['index', 'add', seeds[1]!, '--db', join(work, 'no/such/dir/x.idx')])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `copydesk: cannot write ${join(work, 'no/such/dir/x.idx')}: no such directory\n`,
    });
  });

  it('--help documents the index commands', () => {
    const { stdout } = run(['--help']);
    expect(stdout).toContain('copydesk index add <file | dir | -> ... --db FILE');
    expect(stdout).toContain('copydesk index stories --db FILE [--format json|md]');
  });
});

describe('copydesk on HTML pages', () => {
  /** A wire story as a page: navigation, a script, a byline, four paragraphs, a footer. */
  const wirePage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Storm closes port | Wire</title>
<script>var tracking = 1;</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Storm closes the port of Bergen for two days</h1>
<p class="byline">By Kari Nordmann</p>
<p>BERGEN, Norway (Wire) -- A winter storm closed the port of Bergen on Tuesday, stranding three ferries and more than 400 passengers, the harbour authority said.</p>
<p>Winds reached 120 kilometres per hour overnight and waves of nine metres were recorded off the coast, according to the Norwegian Meteorological Institute.</p>
<p>The harbour master said the port would stay closed until Thursday morning at the earliest while crews inspect the damaged piers.</p>
<p>Ferry operator Fjord Line cancelled all sailings to Denmark and Sweden and advised passengers to check its website for updates.</p>
</article>
<footer><p>Copyright 2026 Wire. All rights reserved.</p></footer>
</body>
</html>
`;
  /** Another outlet's copy of it: an inline tag and an entity inside sentences, a related-links aside. */
  const copyPage = `<!doctype html>
<html><head><title>Bergen port shut by storm</title></head>
<body>
<div id="content">
<h1>Storm closes the port of Bergen for two days</h1>
<p>BERGEN, Norway (Wire) -- A winter storm closed the port of Bergen on Tuesday, stranding three ferries and <b>more than 400 passengers</b>, the harbour authority said.</p>
<p>Winds reached 120 kilometres per hour overnight and waves of nine metres were recorded off the coast, according to the Norwegian Meteorological Institute.</p>
<p>The harbour master said the port would stay closed until Thursday morning at the earliest while crews inspect the damaged piers.</p>
<p>Ferry operator Fjord Line cancelled all sailings to Denmark &amp; Sweden and advised passengers to check its website for updates.</p>
</div>
<aside><h2>Related</h2><ul><li><a href="/a">Storm warning issued</a></li><li><a href="/b">Ferries resume</a></li></ul></aside>
</body></html>
`;
  /** The copy's story as plain text. */
  const copyText =
    'Storm closes the port of Bergen for two days\n\n' +
    'BERGEN, Norway (Wire) -- A winter storm closed the port of Bergen on Tuesday, stranding three ferries and more than 400 passengers, the harbour authority said.\n\n' +
    'Winds reached 120 kilometres per hour overnight and waves of nine metres were recorded off the coast, according to the Norwegian Meteorological Institute.\n\n' +
    'The harbour master said the port would stay closed until Thursday morning at the earliest while crews inspect the damaged piers.\n';

  /** The words of a piece of HTML: tags left out, the few entities the pages use decoded. */
  const wordsOf = (html: string) =>
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&amp;/g, '&')
      .match(/[\w&]+/g) ?? [];

  interface Member {
    source: string;
    start: number;
    end: number;
    text: string;
  }

  /** Each member of the report's groups whose source is one of `pages`, with its slice of the page. */
  function memberSlices(report: { groups: { members: Member[] }[] }, pages: Record<string, string>) {
    return report.groups.flatMap((g) =>
      g.members
        .filter((m) => Object.hasOwn(pages, m.source))
        .map((m) => ({ ...m, slice: pages[m.source]!.slice(m.start, m.end) })),
    );
  }

  function pageDir(name: string, files: Record<string, string>): string {
    const dir = join(work, name);
    mkdirSync(dir);
    for (const [file, contents] of Object.entries(files)) writeFileSync(join(dir, file), contents);
    return dir;
  }

  it("compares two .html pages: the JSON report's spans slice each page to the markup holding the words", () => {
    const dir = pageDir('pages', { 'wire.html': wirePage, 'copy.htm': copyPage });
    const { code, stdout, stderr } = run([
      'compare',
      join(dir, 'wire.html'),
      join(dir, 'copy.htm'),
      '--format',
      'json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.sources.map((s: { id: string; title: string }) => [s.id, s.title])).toEqual([
      ['wire', 'Storm closes the port of Bergen for two days'],
      ['copy', 'Storm closes the port of Bergen for two days'],
    ]);
    const members = memberSlices(report, { wire: wirePage, copy: copyPage });
    // Four sentences each, aligned one to one.
    expect(members.filter((m) => m.source === 'wire')).toHaveLength(4);
    expect(members.filter((m) => m.source === 'copy')).toHaveLength(4);
    for (const m of members)
      expect({ source: m.source, words: wordsOf(m.slice) }).toEqual({ source: m.source, words: wordsOf(m.text) });
    // The copy's spans cover its markup: the inline tag and the entity, decoded in the member's text.
    const bold = members.find((m) => m.source === 'copy' && m.slice.includes('<b>'))!;
    expect(bold.slice).toContain('<b>more than 400 passengers</b>');
    expect(bold.text).toContain('stranding three ferries and more than 400 passengers');
    const entity = members.find((m) => m.source === 'copy' && m.slice.includes('&amp;'))!;
    expect(entity.text).toContain('Denmark & Sweden');
    // Markup and page furniture are not compared.
    expect(members.some((m) => /Storm warning issued|tracking|Home World/.test(m.text))).toBe(false);
  });

  it('expands a directory to its *.txt, *.html and *.htm files, sorted; a page with no body or no bytes is said so', () => {
    const dir = pageDir('mixed', {
      'b-copy.txt': copyText,
      'a-wire.html': wirePage,
      'c-nav.htm': '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>\n',
      'd-empty.html': '',
      'notes.md': 'not an article',
    });
    const { code, stdout, stderr } = run(['compare', dir, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `copydesk: warning: skipped ${join(dir, 'd-empty.html')}: empty\n` +
        `copydesk: warning: ${join(dir, 'c-nav.htm')}: No body text was found: no block of the page reads as article text. See \`removed\`.\n`,
    );
    const report = JSON.parse(stdout);
    expect(report.sources.map((s: { id: string }) => s.id)).toEqual(['a-wire', 'b-copy', 'c-nav']);
    // The page's spans point into its HTML, the text's into the text.
    const members = memberSlices(report, { 'a-wire': wirePage, 'b-copy': copyText });
    expect(members.filter((m) => m.source === 'a-wire').length).toBeGreaterThanOrEqual(3);
    expect(members.filter((m) => m.source === 'b-copy').length).toBeGreaterThanOrEqual(3);
    for (const m of members) expect(wordsOf(m.slice)).toEqual(wordsOf(m.text));
    for (const m of members.filter((m) => m.source === 'b-copy')) expect(m.slice).toBe(m.text);
  });

  it('reads standard input as an HTML page with --html, as text without it', () => {
    const dir = pageDir('stdin-pages', { 'wire.html': wirePage });
    const html = run(['compare', join(dir, 'wire.html'), '-', '--html', '--format', 'json'], copyPage);
    expect({ code: html.code, stderr: html.stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(html.stdout);
    expect(report.sources.map((s: { id: string }) => s.id)).toEqual(['wire', 'stdin']);
    const members = memberSlices(report, { stdin: copyPage });
    expect(members).toHaveLength(4);
    for (const m of members) expect(wordsOf(m.slice)).toEqual(wordsOf(m.text));
    expect(members.some((m) => m.slice.includes('<b>'))).toBe(true);
    // normalize: the page's article, its offsets into the HTML read from standard input.
    const article = JSON.parse(run(['normalize', '-', '--html'], copyPage).stdout);
    expect(article.id).toBe('stdin');
    expect(article.original).toBe(copyPage);
    expect(article.metadata.title.text).toBe('Storm closes the port of Bergen for two days');
    expect(article.removed.map((r: { reason: string }) => r.reason)).toContain('html:aside');
    // Without --html standard input is a text, as before: the markup stays in it.
    const text = JSON.parse(run(['normalize', '-'], copyPage).stdout);
    expect(text.removed.map((r: { reason: string }) => r.reason)).not.toContain('html:aside');
    // --html reads standard input only: without - among the inputs it is a usage error; index stats does not take it.
    for (const args of [
      ['compare', join(dir, 'wire.html'), seeds[1]!, '--html'],
      ['normalize', join(dir, 'wire.html'), '--html'],
      ['index', 'stats', '--db', join(work, 'none.idx'), '--html'],
    ]) {
      const { code, stdout, stderr } = run(args);
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expectOneLine(stderr);
    }
    expect(run(['normalize', join(dir, 'wire.html'), '--html']).stderr).toBe(
      'copydesk: --html reads standard input (-) as HTML, and - is not among the inputs (files are read as HTML by their .html or .htm extension)\n',
    );
  });

  it('normalize page.html --format text prints the summary as for a text, with the html:* removals', () => {
    const dir = pageDir('normalize-page', { 'page.html': wirePage });
    const { code, stdout, stderr } = run(['normalize', join(dir, 'page.html'), '--format', 'text']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('id: page\ntitle: Storm closes the port of Bergen for two days\n')).toBe(true);
    expect(stdout).toContain('byline: By Kari Nordmann\n');
    expect(stdout).toContain('dateline: BERGEN, Norway (Wire) --\n');
    expect(stdout).toContain('\nbody: 4 paragraphs, 4 sentences\n');
    expect(stdout).toContain(
      '  s1   A winter storm closed the port of Bergen on Tuesday, stranding three ferries and more than 400 passengers, the harbour authority said.\n',
    );
    expect(stdout).toMatch(/\nremoved: \d+ spans\n/);
    expect(stdout).toContain('  [html:nav] Home World Sport\n');
    expect(stdout).toContain('  [html:footer] Copyright 2026 Wire. All rights reserved.\n');
    // Markup without text of its own is listed by its reason alone.
    expect(stdout).toContain('  [html:script]\n');
    expect(stdout).not.toMatch(/ \n/);
    expect(stdout).not.toContain('tracking');
  });

  it('index add reads .html files, and index match standard input with --html', () => {
    const dir = pageDir('index-pages', {
      'wire.html': wirePage,
      'other.txt': readFileSync(join(root, seeds[1]!), 'utf8'),
    });
    const db = join(work, 'pages.idx');
    const add = run(['index', 'add', dir, '--db', db]);
    expect({ code: add.code, stderr: add.stderr }).toEqual({ code: 0, stderr: '' });
    expect(add.stdout.split('\n').map((l) => l.slice(0, l.indexOf(':')))).toEqual(['other', 'wire', '']);
    const match = run(['index', 'match', '-', '--html', '--db', db, '--format', 'json'], copyPage);
    expect({ code: match.code, stderr: match.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(match.stdout);
    expect(result).toMatchObject({ file: '-', id: 'stdin', copyGroup: 'wire' });
    expect(result.matches[0]).toMatchObject({ article: 'wire', relation: 'copy' });
    // The pairs' offsets point into both pages' HTML: each pair slices the same sentence out of the two pages.
    expect(result.matches[0].pairs.length).toBeGreaterThanOrEqual(3);
    for (const pair of result.matches[0].pairs) {
      const ours = wordsOf(copyPage.slice(pair.sentence.start, pair.sentence.end));
      const theirs = wordsOf(wirePage.slice(pair.matched.start, pair.matched.end));
      expect(ours.length).toBeGreaterThan(10);
      expect(ours.slice(0, 5)).toEqual(theirs.slice(0, 5));
    }
  });
});
