import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/core/errors.js';
import {
  comparePrepared,
  compareSentences,
  RELATION_THRESHOLDS,
  scorePrepared,
} from '../../src/similarity/compare-sentences.js';
import { prepareSentence } from '../../src/similarity/features.js';
import type { CompareOptions, SentenceMatch } from '../../src/similarity/types.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

type Side = [file: string, substring: string];
interface GoldPair {
  a: Side;
  b: Side;
}
const gold = JSON.parse(fixture('seeds-align.json')) as Record<
  'near-verbatim' | 'paraphrase' | 'must-not-align',
  GoldPair[]
>;
const sts = JSON.parse(fixture('sts-train-headlines.json')) as {
  pairs: { id: string; gold: number; a: string; b: string }[];
};
const stsPair = (id: string) => sts.pairs.find((p) => p.id === id)!;

/** The one sentence of a seed file that contains `substring` (matched after no-break space and curly quote folding). */
function sentenceOf([file, substring]: Side): string {
  const fold = (s: string) =>
    s
      .replace(/\u00a0/g, ' ')
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'");
  const sentences = seed(file)
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/));
  const hits = sentences.filter((s) => fold(s).includes(substring));
  expect(hits, `${file}: ${substring}`).toHaveLength(1);
  return hits[0]!;
}

function expectCode(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(isCopydeskError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

const RANK = { unrelated: 0, related: 1, paraphrase: 2, 'near-verbatim': 3, identical: 4 } as const;
const atLeast = (m: SentenceMatch, relation: keyof typeof RANK) => RANK[m.relation] >= RANK[relation];

describe('compareSentences on the seed gold', () => {
  it('finds the partial reuse of seed 002 in seed 000 and marks the covered spans', () => {
    const [pair] = gold['near-verbatim'];
    const a = sentenceOf(pair!.a);
    const b = sentenceOf(pair!.b);
    const m = compareSentences(a, b);
    expect(atLeast(m, 'paraphrase')).toBe(true);
    expect(m.score).toBeGreaterThanOrEqual(RELATION_THRESHOLDS.paraphrase);
    // The reused clause, checked by hand: "would be Kim's first foreign visit since taking" (8 words)
    // and "the reclusive state in 2011" (5 words).
    const coveredA = m.evidence.coveredA.map((s) => a.slice(s.start, s.end));
    const coveredB = m.evidence.coveredB.map((s) => b.slice(s.start, s.end));
    expect(coveredA).toEqual(["would be Kim's first foreign visit since taking", 'the reclusive state in 2011']);
    expect(coveredB).toEqual(["would be Kim's first foreign visit since taking", 'the reclusive state in 2011']);
    expect(m.evidence.sharedNumbers).toEqual(['2011']);
    expect(m.evidence.sharedRareWords).toContain('reclusive');
  });

  it('scores the Ushakov pair (same statement, quoted in other words) at least paraphrase', () => {
    const pair = gold['near-verbatim'][1]!;
    const a = sentenceOf(pair.a);
    const b = sentenceOf(pair.b);
    const m = compareSentences(a, b);
    expect(atLeast(m, 'paraphrase')).toBe(true);
    expect(m.evidence.sharedNames).toEqual(expect.arrayContaining(['yuri', 'ushakov', 'december', 'moscow']));
    expect(m.evidence.coveredA.map((s) => a.slice(s.start, s.end))).toContain('Russian presidential aide Yuri Ushakov');
  });

  it('scores every paraphrase pair at least related', () => {
    for (const pair of gold.paraphrase) {
      const m = compareSentences(sentenceOf(pair.a), sentenceOf(pair.b));
      expect(m.score, pair.a[1]).toBeGreaterThanOrEqual(RELATION_THRESHOLDS.related);
      expect(atLeast(m, 'related'), pair.a[1]).toBe(true);
    }
  });

  it('scores every must-not-align pair below paraphrase', () => {
    for (const pair of gold['must-not-align']) {
      const m = compareSentences(sentenceOf(pair.a), sentenceOf(pair.b));
      expect(m.score, pair.a[1]).toBeLessThan(RELATION_THRESHOLDS.paraphrase);
      expect(atLeast(m, 'paraphrase'), pair.a[1]).toBe(false);
    }
  });

  it('ranks the 20-leaders / 68-countries pair unrelated and reports both numbers', () => {
    const pair = gold['must-not-align'][2]!;
    const m = compareSentences(sentenceOf(pair.a), sentenceOf(pair.b));
    expect(m.relation).toBe('unrelated');
    expect(m.evidence.mismatchedNumbers).toEqual({ a: ['20'], b: ['68', '9'] });
  });
});

describe('compareSentences invariance to trivial edits', () => {
  const lines = seed('002_7110f737bd6dd67c.txt').split('\n');
  const dek = lines[2]!.slice(0, lines[2]!.indexOf('Two.') + 4); // "... Kim Jong-un has confirmed ... World War Two."
  const lede = lines[8]!; // "... Kim Jong Un has confirmed ... World War Two, South Korea's Yonhap news agency said ..."

  it('treats the seed 002 dek and lede as near-verbatim, whatever the spelling of the name', () => {
    expect(dek).toContain('Kim Jong-un');
    expect(lede).toContain('Kim Jong Un');
    const m = compareSentences(dek, lede);
    expect(m.relation).toBe('near-verbatim');
    expect(m.evidence.coveredA).toEqual([{ start: 0, end: dek.length - 1 }]); // all of the dek but its period
    const respelled = compareSentences(dek.replace('Jong-un', 'Jong Un'), lede);
    expect(respelled.score).toBe(m.score);
    expect(respelled.relation).toBe(m.relation);
  });

  it('calls sentences identical when only spelling, case, quotes or hyphenation differ', () => {
    expect(compareSentences(dek, dek.replace('Kim Jong-un', 'Kim Jong Un'))).toMatchObject({
      score: 1,
      relation: 'identical',
    });
    expect(compareSentences('The U.S. said “no”.', 'the US said "no".').relation).toBe('identical');
    expect(
      compareSentences(
        'a pledge by North Korea for denuclearisation before a summit',
        'A pledge by North Korea for denuclearization before a summit',
      ).relation,
    ).toBe('identical');
    const p = stsPair('0302'); // gold 5.0: the same headline in title case
    expect(compareSentences(p.a, p.b).relation).toBe('identical');
  });
});

describe('compareSentences sensitivity to content', () => {
  const kremlin =
    'The Kremlin has extended invitations to 68 countries to its Victory Day celebrations, to be held on May 9.';

  it('lowers the score noticeably when a number changes (seed 001)', () => {
    const trivial = compareSentences(kremlin, kremlin.replace('.', ''));
    const changed = compareSentences(kremlin, kremlin.replace('68', '86'));
    expect(trivial.relation).toBe('near-verbatim');
    expect(changed.relation).not.toBe('near-verbatim');
    expect(trivial.score - changed.score).toBeGreaterThan(0.15);
    expect(changed.evidence.mismatchedNumbers).toEqual({ a: ['68'], b: ['86'] });
    // The same number in words is the same value, hence the same norm.
    expect(compareSentences(kremlin, kremlin.replace('68', 'sixty-eight')).relation).toBe('identical');
  });

  it('orders STS headline pairs by their numbers as the gold does', () => {
    const same = compareSentences(stsPair('0212').a, stsPair('0212').b); // gold 5.0, both "167"
    const changed = compareSentences(stsPair('0243').a, stsPair('0243').b); // gold 2.4, 2/47 vs 3/56
    const other = compareSentences(stsPair('0081').a, stsPair('0081').b); // gold 0.0
    expect(same.evidence.sharedNumbers).toEqual(['167']);
    expect(changed.evidence.mismatchedNumbers).toEqual({ a: ['2', '47'], b: ['3', '56'] });
    expect(same.score).toBeGreaterThan(changed.score);
    expect(changed.score).toBeGreaterThan(other.score);
    expect(changed.relation).not.toBe('near-verbatim');
    expect(other.relation).toBe('unrelated');
  });

  it('lowers the score noticeably when a negation is removed', () => {
    const p = stsPair('0302'); // "US pledge to rebuild Haiti not being met"
    const negationDropped = compareSentences(p.a, p.b.replace(' Not', ''));
    expect(negationDropped.evidence.negationMismatch).toBe(true);
    expect(negationDropped.relation).not.toBe('near-verbatim');
    expect(negationDropped.score).toBeLessThan(0.8);
    const quote = '"There is no rule that says Kim Jong Un has to go to China first," said Cheong Seong-chang';
    const kept = compareSentences(quote, quote.replace('first,"', 'first",'));
    const dropped = compareSentences(quote, quote.replace('no rule', 'a rule'));
    expect(kept.evidence.negationMismatch).toBe(false);
    expect(dropped.evidence.negationMismatch).toBe(true);
    expect(kept.score - dropped.score).toBeGreaterThan(0.15);
    // Both sides negated ("not" and "n't"): no mismatch.
    expect(
      compareSentences('Google CEO says Android important, not critical', "Google CEO says Android isn't critical")
        .evidence.negationMismatch,
    ).toBe(false);
  });

  it('reports names on one side only (capitalized, not sentence-initial)', () => {
    const p = stsPair('0366'); // "Google CEO says ..." vs "Larry Page says ..." (gold 4.0)
    const m = compareSentences(p.a, p.b);
    // "Google" and "Larry" open their sentences, so they are not counted as names.
    expect(m.evidence.mismatchedNames).toEqual({ a: ['ceo'], b: ['page'] });
    expect(m.evidence.sharedNames).toEqual(['android']);
  });
});

describe('compareSentences contract', () => {
  const a = 'North Korea and Russia have been looking to boost ties.';
  const b = 'North Korea is seeking closer ties with Russia.';

  it('is deterministic and the prepared paths agree', () => {
    const m = compareSentences(a, b);
    expect(compareSentences(a, b)).toEqual(m);
    expect(comparePrepared(prepareSentence(a), prepareSentence(b))).toEqual(m);
    expect(scorePrepared(prepareSentence(a), prepareSentence(b))).toEqual({ score: m.score, relation: m.relation });
    expect(m.score).toBeGreaterThan(0);
    expect(m.score).toBeLessThan(1);
    expect(m.evidence.features.dice).toBeGreaterThan(0);
  });

  it('scores empty and wordless sentences 0, unrelated, without throwing', () => {
    for (const [x, y] of [
      ['', ''],
      ['', a],
      [a, ''],
      ['...', '—'],
    ] as const) {
      const m = compareSentences(x, y);
      expect(m.score).toBe(0);
      expect(m.relation).toBe('unrelated');
      expect(m.evidence.coveredA).toEqual([]);
    }
  });

  it('throws ERR_INVALID_INPUT for non-string input', () => {
    expectCode(() => compareSentences(42 as unknown as string, a), 'ERR_INVALID_INPUT');
    expectCode(() => compareSentences(a, undefined as unknown as string), 'ERR_INVALID_INPUT');
    expectCode(() => comparePrepared({} as never, prepareSentence(a)), 'ERR_INVALID_INPUT');
  });

  it('throws ERR_INVALID_OPTION for bad options', () => {
    const bad: unknown[] = [
      'strict',
      { thresholds: { paraphrase: 2 } },
      { thresholds: { related: Number.NaN } },
      { thresholds: { related: 0.9, paraphrase: 0.5 } },
      { thresholds: 0.5 },
      { similarity: 'dice' },
    ];
    for (const options of bad)
      expectCode(() => compareSentences(a, b, options as CompareOptions), 'ERR_INVALID_OPTION');
    expectCode(() => compareSentences(a, b, { similarity: () => 3 }), 'ERR_INVALID_OPTION');
  });

  it('applies threshold overrides and a replacement similarity', () => {
    const m = compareSentences(a, b);
    expect(m.relation).toBe('related');
    expect(compareSentences(a, b, { thresholds: { paraphrase: m.score, nearVerbatim: 0.99 } }).relation).toBe(
      'paraphrase',
    );
    const custom = compareSentences(a, b, { similarity: () => 0.9 });
    expect(custom).toMatchObject({ score: 0.9, relation: 'near-verbatim' });
    expect(custom.evidence.logit).toBeNaN();
    // The one similarity type of the library: it receives the two sentences as given.
    const seen: string[][] = [];
    compareSentences(a, b, {
      similarity: (x, y) => {
        seen.push([x, y]);
        return 0.5;
      },
    });
    expect(seen).toEqual([[a, b]]);
  });
});

describe('a changed number is never near-verbatim (found in an audit)', () => {
  it('counts a changed scale word and a value that stands elsewhere in the sentence as a changed number', () => {
    const pairs: [string, string][] = [
      [
        'The company said it paid $10.2 million for the plant.',
        'The company said it paid $10.2 billion for the plant.',
      ],
      // MRPC train 3034823: `three others` became `four others` beside `Four people` on both sides.
      [
        'Four people were found shot to death along a highway Tuesday morning and three others were wounded in a possible dispute involving immigrant smuggling, officials said.',
        'Four people were found shot to death along a highway Tuesday and four others were wounded in a dispute that apparently involved immigrant smugglers, officials said.',
      ],
    ];
    for (const [a, b] of pairs) {
      const result = compareSentences(a, b);
      expect(result.relation, b).not.toBe('near-verbatim');
      expect(result.relation).toBe(compareSentences(b, a).relation);
    }
    // The same amount written with a scale word or in digits is the same number.
    const same = compareSentences('It paid $10.2 million for the plant.', 'It paid $10,200,000 for the plant.');
    expect(same.evidence.mismatchedNumbers).toEqual({ a: [], b: [] });
  });
});

describe('a changed sign or currency is never near-verbatim (found in an audit)', () => {
  it('rates an amount in another currency or with another sign below near-verbatim, a currency left out not', () => {
    for (const [a, b] of [
      ['The fine was $5 million.', 'The fine was £5 million.'],
      ['Temperatures fell to 5 degrees overnight.', 'Temperatures fell to -5 degrees overnight.'],
    ] as const) {
      expect(compareSentences(a, b).relation, b).not.toBe('near-verbatim');
    }
    expect(compareSentences('The fine was 5 million.', 'The fine was $5 million.').relation).toBe('near-verbatim');
  });
});
