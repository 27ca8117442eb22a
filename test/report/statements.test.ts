import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSources, provenanceStatements, toHTML, toMarkdown } from '../../src/index';
import { sourceNamer } from '../../src/report/shared';
import { seedFiles } from '../fixtures/seeds';
import { REWRITE, SOURCE } from '../provenance/council';

// The seeds with the demo's ids (the file name without .txt, as the CLI gives them), provenance traced.
const comparison = alignSources(seedFiles);
const statements = provenanceStatements(comparison.provenance!);
const unescapeHtml = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('one provenance statement per pair of sources (seeds)', () => {
  it('states something about the pairs that share text, once per pair, never both directions', () => {
    expect(statements.length).toBeGreaterThan(0);
    const pairs = statements.map((s) => `${s.a}|${s.b}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const s of statements) expect(s.a < s.b).toBe(true);
    // The seeds: no wholly-derived pair; 000 and 002 share a few words, and neither derives from the other.
    expect(statements.find((s) => s.a.startsWith('000') && s.b.startsWith('002'))).toMatchObject({
      verdict: 'shares-little',
    });
    expect(statements.some((s) => s.text.includes('wholly-derived'))).toBe(false);
  });

  it('the Markdown and HTML reports state exactly these statements, naming sources as they do', () => {
    const markdown = toMarkdown(comparison).replace(/\\/g, '');
    const page = unescapeHtml(toHTML(comparison));
    const named = provenanceStatements(comparison.provenance!, sourceNamer(comparison, comparison.provenance).label);
    expect(named.map((s) => s.verdict)).toEqual(statements.map((s) => s.verdict));
    for (const s of named) {
      expect(markdown).toContain(s.text);
      expect(page).toContain(s.text);
    }
    // And nothing that contradicts them: the old per-direction tables are gone.
    expect(markdown).not.toContain('No source takes a passage from another');
    expect(page).not.toContain('No source takes a passage from another');
  });

  it('the demo (npm run demo) prints the same statements', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/align-seeds.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    for (const s of statements) expect(run.stdout).toContain(s.text);
  }, 60_000);
});

describe('a statement carries the evidence that decided it', () => {
  it('gives the direction evidence, then the class of the way text was taken, led by who from whom, each once', () => {
    const c = alignSources([
      { id: 'council', text: SOURCE },
      { id: 'weekly', text: REWRITE },
    ]);
    const [st] = provenanceStatements(c.provenance!);
    expect(st).toMatchObject({ verdict: 'takes-from', taker: 'weekly', giver: 'council' });
    expect(st!.text).toMatch(/^weekly takes from council: \d+% of weekly's body: \d+% verbatim, \d+% rewritten, /);
    expect(st!.reasons[0]).toMatch(/council has \d+ sentence\(s\) that weekly lacks/);
    expect(st!.reasons).toContainEqual(
      expect.stringMatching(/^weekly from council: .*rewritten \(\d+ sentences reworded in the source's order\)/),
    );
    expect(new Set(st!.reasons).size).toBe(st!.reasons.length);
  });

  it('says nothing twice for pairs that share a little (the seeds 000 and 002)', () => {
    const st = statements.find((s) => s.a.startsWith('000') && s.b.startsWith('002'))!;
    expect(st.reasons).toHaveLength(2);
    expect(st.reasons[0]).toMatch(/^000_\w+ → 002_\w+: 4% verbatim \(1 passage, the longest 13 words\)/);
  });
});
