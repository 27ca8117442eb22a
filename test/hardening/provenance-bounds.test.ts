/**
 * Provenance does bounded work on repetitive text (hardening issue 10, case 2
 * and case 7 for provenance). Work is counted with the work meter
 * (`src/util/work.ts`, kind `reuse`), never with a clock: each check runs one
 * input at two sizes and asserts that the work grew at most linearly, and
 * that the work per input character stays under a stated constant.
 */
import { describe, expect, it } from 'vitest';
import { alignSources } from '../../src/align/align-sources';
import { DEFAULT_CACHE_BYTES } from '../../src/core/util/bounded-cache';
import { readWork, resetWork } from '../../src/core/util/work';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { findCitations } from '../../src/provenance/find-citations';
import { findReuse, tokenIdCacheBytes } from '../../src/provenance/find-reuse';
import { traceProvenance } from '../../src/provenance/trace-provenance';
import { findWireEvidence } from '../../src/provenance/wire-evidence';
import { seedText } from '../fixtures/seeds';

const seed = (name: string) => seedText(name.slice(0, 3));
// A real paragraph of seed 002 (Reuters), repeated as a broken scraper repeats a page.
const paragraph = seed('002_7110f737bd6dd67c.txt')
  .split('\n\n')
  .find((p) => p.startsWith('The trip would be'))!;

/** Units of provenance work (`reuse`) one call takes. */
function reuseWork(run: () => unknown): number {
  resetWork();
  run();
  return readWork().reuse;
}

/** `unit` repeated to at least `chars` characters. */
function repeat(unit: string, chars: number, separator = ''): string {
  const n = Math.ceil(chars / (unit.length + separator.length));
  return Array.from({ length: n }, () => unit).join(separator);
}

/**
 * Most units of provenance work per input character (source plus target) on
 * these inputs. `findReuse` compares each target word with at most 16
 * source places (`MAX_RUN_DEPTH`), and chaining and overlap checks are
 * bounded by the same depth: 5 MB of `U.S. ` measures 3.9 units per
 * character; before the bound, 32 KB took 674 per character, and the
 * figure doubled with each doubling of the length.
 */
const WORK_PER_CHAR = 12;

/** Work at 2N may be at most this many times the work at N (linear growth, with slack). */
const LINEAR = 2.3;

describe('findReuse on repetitive text', () => {
  it.each([
    ['one word repeated (U.S.)', 'U.S. ', ''],
    ['a seed paragraph repeated in one line', paragraph, ' '],
  ])('does work linear in the input: %s', (_name, unit, sep) => {
    const work = (chars: number) => {
      const text = repeat(unit, chars, sep);
      return { chars: 2 * text.length, work: reuseWork(() => findReuse(text, `${text} end`)) };
    };
    const small = work(16 * 1024);
    const large = work(32 * 1024);
    expect(large.work).toBeGreaterThan(0);
    expect(large.work).toBeLessThanOrEqual(LINEAR * small.work);
    expect(large.work / large.chars).toBeLessThan(WORK_PER_CHAR);
  });

  it('still finds the whole copy, and says which passages were capped', () => {
    const text = repeat(paragraph, 64 * 1024, ' ');
    const target = `Opening words of another story. ${text}`;
    const passages = findReuse(text, target);
    const covered = passages.reduce((n, p) => n + (p.target.end - p.target.start), 0);
    // Everything after the opening words is covered.
    expect(covered).toBeGreaterThan(text.length - 2);
    expect(passages.some((p) => p.capped === true)).toBe(true);
    // Passages still point at real copies in the source.
    for (const p of passages) {
      expect(text.slice(p.source.start, p.source.end).slice(0, 40)).toBe(
        target.slice(p.target.start, p.target.end).slice(0, 40),
      );
    }
    // Ordinary text is never capped.
    const s002 = seed('002_7110f737bd6dd67c.txt');
    expect(findReuse(s002, s002).every((p) => p.capped === undefined)).toBe(true);
  });

  it('handles a 5 MB repetitive text with work linear in its size', () => {
    const text = repeat('U.S. ', 5 * 1024 * 1024);
    let passages: ReturnType<typeof findReuse> = [];
    const work = reuseWork(() => {
      passages = findReuse(text, `${text} end`);
    });
    expect(work / (2 * text.length)).toBeLessThan(WORK_PER_CHAR);
    expect(passages[0]?.target).toEqual({ start: 0, end: text.length - 1 });
  });
});

describe('traceProvenance and alignSources on repetitive text', () => {
  it('does work linear in the input, and reports the cap as a diagnostic', () => {
    const run = (chars: number) => {
      const text = repeat(paragraph, chars, ' ');
      const a = normalizeArticle({ id: 'a', text: `Kim visit\n\n${text}` });
      const b = normalizeArticle({ id: 'b', text: `Kim visit\n\n${text} More words at the end of it.` });
      let diagnostics: readonly string[] = [];
      const work = reuseWork(() => {
        diagnostics = traceProvenance([a, b]).diagnostics.map((d) => d.code);
      });
      return { work, chars: a.original.length + b.original.length, diagnostics };
    };
    const small = run(16 * 1024);
    const large = run(32 * 1024);
    expect(large.work).toBeLessThanOrEqual(LINEAR * small.work);
    expect(large.work / large.chars).toBeLessThan(WORK_PER_CHAR);
    expect(large.diagnostics).toContain('repetitive-text');
  });

  it("case 2: 512 KB of 'U.S. ' aligns with provenance on, the copy wholly derived", () => {
    const t = 'U.S. '.repeat(104858);
    let comparison: ReturnType<typeof alignSources> | undefined;
    const work = reuseWork(() => {
      comparison = alignSources([
        { id: 'a', text: t },
        { id: 'b', text: `${t} end` },
      ]);
    });
    const provenance = comparison!.provenance!;
    expect(work / (2 * t.length)).toBeLessThan(WORK_PER_CHAR);
    const ab = provenance.reuse.find((r) => r.source === 'a' && r.target === 'b')!;
    expect(ab.class).toBe('wholly-derived');
    expect(ab.shareChars).toBeGreaterThan(0.99);
    const diagnostic = provenance.diagnostics.find((d) => d.code === 'repetitive-text');
    expect(diagnostic?.severity).toBe('info');
  });
});

describe('wire evidence and citations on a long line of agency names', () => {
  it.each([
    [
      'findWireEvidence, datelines',
      'SEOUL (Reuters) - ',
      (a: ReturnType<typeof normalizeArticle>) => findWireEvidence(a),
    ],
    [
      'findWireEvidence, no evidence',
      'Yonhap said and ',
      (a: ReturnType<typeof normalizeArticle>) => findWireEvidence(a),
    ],
    ['findCitations', 'Yonhap said and ', (a: ReturnType<typeof normalizeArticle>) => findCitations(a)],
  ])('%s: work linear in the input', (_name, unit, call) => {
    const run = (chars: number) => {
      const article = normalizeArticle({ id: 'x', text: `Kim visit\n\n${repeat(unit, chars)}` });
      return { work: reuseWork(() => call(article)), chars: article.original.length };
    };
    const small = run(32 * 1024);
    const large = run(64 * 1024);
    expect(large.work).toBeGreaterThan(0);
    expect(large.work).toBeLessThanOrEqual(LINEAR * small.work);
    expect(large.work / large.chars).toBeLessThan(WORK_PER_CHAR);
  });
});

describe('case 7: the token-id cache', () => {
  it('stays under its byte budget after many calls with unique long words', () => {
    for (let i = 0; i < 40; i++) {
      // A 200 KB word, different each call, and a few thousand unique short words.
      const long = `w${i}${'x'.repeat(200 * 1024)}`;
      const short = Array.from({ length: 3000 }, (_, k) => `word${i}n${k}${'y'.repeat(200)}`).join(' ');
      findReuse(`${long} ${short}`, 'other text');
    }
    expect(tokenIdCacheBytes()).toBeLessThanOrEqual(DEFAULT_CACHE_BYTES);
  });
});
