/**
 * Change typing as ordered rules with ids: every typed change names the rule that typed it, the ids are unique,
 * and the ids listed in the documentation of `TypedChange.rule` are the rule table, in order.
 *
 * The sentence pairs are cut from the seed articles (seeds/*.txt) as they stand; the rules no seed pair exercises
 * are checked on the hand-checked STS Benchmark and MRPC pairs of test/fixtures/diff/real-pairs.json.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAPHRASE_SUMMARY_RULE } from '../../src/align/link-level';
import type { ChangeType, TypedChange } from '../../src/core/changes';
import { CHANGE_STEPS, PAIR_RULES, RULE_IDS } from '../../src/diff/classify';
import { diffSentences } from '../../src/diff/diff-sentences';
import { RUN_RULES } from '../../src/diff/rules/style';
import { seedFiles, seedText } from '../fixtures/seeds';

const root = join(import.meta.dirname, '..', '..');

/** The sentence of `text` that starts with `start` and ends with `end` (inclusive), checked to exist. */
function sentence(text: string, start: string, end: string, from = 0): string {
  const i = text.indexOf(start, from);
  const j = text.indexOf(end, i);
  expect(i).toBeGreaterThanOrEqual(0);
  expect(j).toBeGreaterThan(i);
  return text.slice(i, j + end.length);
}

/** A change as it reads: rule, type, severity and the text of both sides. */
const view = (c: TypedChange) => ({
  rule: c.rule,
  type: c.type,
  severity: c.severity,
  a: c.a?.text ?? null,
  b: c.b?.text ?? null,
});

const s000 = seedText('000');
const s001 = seedText('001');
const s002 = seedText('002');
const s003 = seedText('003');
const s004 = seedText('004');

/** Seed 002's dek and lede: the same sentence, the lede with a transliteration and the source added. */
const dek002 = sentence(s002, 'North Korean leader Kim Jong-un has confirmed', 'World War Two.');
const lede002 = sentence(s002, 'North Korean leader Kim Jong Un has confirmed', 'citing a Kremlin spokesman.');

describe('rule ids on seed sentence pairs', () => {
  it('002 dek / lede: Jong-un / Jong Un by spelling:variant, the Yonhap source by attribution:added', () => {
    const d = diffSentences(dek002, lede002);
    expect(d.changes.map(view)).toEqual([
      { rule: 'spelling:variant', type: 'spelling', severity: 'trivial', a: 'Jong-un', b: 'Jong Un' },
      {
        rule: 'attribution:added',
        type: 'attribution',
        severity: 'substantive',
        a: null,
        b: ", South Korea's Yonhap news agency said on Wednesday, citing a Kremlin spokesman",
      },
    ]);
  });

  it('002 lede / 003 lede: the added 70th anniversary is a changed number, typed by number:changed', () => {
    const b = sentence(s003, 'North Korean leader Kim Jong Un has accepted', 'Nazi Germany.');
    const d = diffSentences(lede002, b);
    expect(d.changes.map(view)).toContainEqual({
      rule: 'number:changed',
      type: 'number',
      severity: 'substantive',
      a: null,
      b: '70th',
    });
    // Every number change of the pair is the number rule's.
    for (const c of d.changes.filter((x) => x.type === 'number')) expect(c.rule).toBe('number:changed');
  });

  it('000 / 002 lede: World War II / Two by number:restyled, Asahi Shimbun / Yonhap by name:cited-source', () => {
    const a = sentence(s000, 'Russia has invited North Korean leader', 'daily said Wednesday.');
    const changes = diffSentences(a, lede002).changes.map(view);
    expect(changes).toContainEqual({ rule: 'number:restyled', type: 'number', severity: 'trivial', a: 'II', b: 'Two' });
    expect(changes).toContainEqual(
      expect.objectContaining({ rule: 'name:cited-source', type: 'attribution', b: "South Korea's Yonhap" }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ rule: 'attribution:added', b: ', citing a Kremlin spokesman' }),
    );
  });

  it('003 / 001: the words of the Ushakov quote by quote:altered, and nothing else inside it', () => {
    const a = sentence(s003, 'Russian presidential aide Yuri Ushakov previously', 'attend the events."');
    const b = sentence(s001, 'CNN reported talk of', 'attend celebrations."');
    const d = diffSentences(a, b);
    expect(d.changes.map(view)).toContainEqual({
      rule: 'quote:altered',
      type: 'quote',
      severity: 'substantive',
      a: 'intends',
      b: 'plans',
    });
    for (const c of d.changes.filter((x) => x.type === 'quote')) expect(c.rule).toBe('quote:altered');
  });

  it("000 / 004 titles: Korea's / Korea’s by punctuation:apostrophe-style, Invites / invites by casing:changed", () => {
    const a = sentence(s000, 'Russia Invites', 'Report Says');
    const b = sentence(s004, 'Russia’s Putin invites', 'Kim to Russia');
    const changes = diffSentences(a, b).changes.map(view);
    expect(changes).toContainEqual({
      rule: 'punctuation:apostrophe-style',
      type: 'punctuation',
      severity: 'trivial',
      a: "Korea's",
      b: 'Korea’s',
    });
    expect(changes).toContainEqual({
      rule: 'casing:changed',
      type: 'casing',
      severity: 'trivial',
      a: 'Invites',
      b: 'invites',
    });
    expect(changes).toContainEqual(
      expect.objectContaining({ rule: 'attribution:removed', a: 'Visit on Victory Day, Report Says' }),
    );
  });

  it('001 / 003: CNN reported by attribution:removed; Korea / Korean beside Kim Jong Un by name:spelled-pairs', () => {
    const a = sentence(s001, 'CNN reported North Korea has accepted', 'World War II.');
    const b = sentence(s003, 'North Korean leader Kim Jong Un has accepted', 'Nazi Germany.');
    const changes = diffSentences(a, b).changes.map(view);
    expect(changes).toContainEqual({
      rule: 'attribution:removed',
      type: 'attribution',
      severity: 'substantive',
      a: 'CNN reported',
      b: null,
    });
    // One rule types both: the pair of spellings and the name left over.
    expect(changes.filter((c) => c.rule === 'name:spelled-pairs')).toEqual([
      { rule: 'name:spelled-pairs', type: 'spelling', severity: 'trivial', a: 'Korea', b: 'Korean' },
      { rule: 'name:spelled-pairs', type: 'name', severity: 'substantive', a: null, b: 'Kim Jong Un' },
    ]);
    expect(changes).toContainEqual(
      expect.objectContaining({ rule: 'name:replaced', type: 'name', a: "Russia's Victory Day", b: 'Moscow' }),
    );
  });

  it('002 dek / body: 2011 moves (date:moved), Jong-il / Jong Il (spelling:variant), likely (hedging:changed)', () => {
    const a = sentence(s002, 'The trip would be Kim', 'Jong-il, in 2011.');
    const b = sentence(s002, 'The trip would be Kim', "the North's main ally.", s002.indexOf(a) + a.length);
    const changes = diffSentences(a, b).changes.map(view);
    expect(changes).toContainEqual({ rule: 'date:moved', type: 'date', severity: 'minor', a: '2011', b: null });
    expect(changes).toContainEqual({
      rule: 'spelling:variant',
      type: 'spelling',
      severity: 'trivial',
      a: 'Jong-il',
      b: 'Jong Il',
    });
    expect(changes).toContainEqual(expect.objectContaining({ rule: 'hedging:changed', type: 'hedging' }));
    expect(changes).toContainEqual(
      expect.objectContaining({ rule: 'insertion:remainder', type: 'insertion', b: 'in the reclusive state in 2011' }),
    );
  });

  it('000 / 003: last month / In November by date:changed, the added clause by insertion:remainder', () => {
    const a = sentence(s000, 'Putin held talks with', 'regional security.');
    const b = sentence(s003, 'In November, Putin expressed', 'regional security.');
    const changes = diffSentences(a, b).changes.map(view);
    expect(changes).toContainEqual({
      rule: 'date:changed',
      type: 'date',
      severity: 'substantive',
      a: 'last month',
      b: null,
    });
    expect(changes).toContainEqual({
      rule: 'date:changed',
      type: 'date',
      severity: 'substantive',
      a: null,
      b: 'November',
    });
    expect(changes).toContainEqual(
      expect.objectContaining({ rule: 'rewording:remainder', type: 'rewording', severity: 'substantive' }),
    );
  });
});

interface RealPair {
  readonly id: string;
  readonly a: string;
  readonly b: string;
}
const realPairs = (
  JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'diff', 'real-pairs.json'), 'utf8')) as {
    readonly pairs: readonly RealPair[];
  }
).pairs;

function realPair(id: string): RealPair {
  const found = realPairs.find((p) => p.id === id);
  if (found === undefined) throw new Error(`No pair ${id} in real-pairs.json.`);
  return found;
}

describe('rule ids on the rules no seed pair exercises (STS Benchmark and MRPC pairs)', () => {
  it.each([
    ['sts-headlines-2014-0284', 'number:same-value', 'number', '$250 million', '$250-M'],
    ['mrpc-886904-887158', 'punctuation:apostrophe', 'punctuation', "haven't", 'havent'],
    ['mrpc-655498-655391', 'abbreviation:period', 'abbreviation', 'Dr.', 'Dr'],
    ['sts-headlines-2013-0284', 'abbreviation:dotted', 'abbreviation', 'U.N.', 'UN'],
    ['mrpc-2007827-2007774', 'punctuation:marks', 'punctuation', '-', '--'],
    ['mrpc-872784-872834', 'name:other-form', 'name', 'Gregory', 'Greg'],
    ['sts-headlines-2013-0458', 'name:transliteration', 'spelling', 'Morsi', 'Mursi'],
    ['sts-headlines-2013-0095', 'name:acronym', 'abbreviation', 'USGS', 'US Geological Survey'],
    ['sts-headlines-2013-0502', 'negation:added', 'negation', null, 'not'],
    ['mrpc-3226418-3226399', 'negation:removed', 'negation', 'no', null],
    ['mrpc-3271341-3271457', 'attribution:cue-changed', 'attribution', 'said', 'told his colleagues in a speech today'],
    ['mrpc-1657933-1657875', 'quote:speaker-changed', 'quote', 'A spokesman', 'the specialist'],
  ] as const)('%s: %s', (id, rule, type: ChangeType, a, b) => {
    const p = realPair(id);
    const changes = diffSentences(p.a, p.b).changes;
    expect(changes.map(view)).toContainEqual(expect.objectContaining({ rule, type, a, b }));
  });
});

describe('date:same-value', () => {
  it('types a date written another way inside a replacement (built by hand: no real pair here has one)', () => {
    const d = diffSentences('He left on the 5th of June.', 'He left on 5 June.');
    expect(d.changes.map(view)).toEqual([
      { rule: 'date:same-value', type: 'date', severity: 'trivial', a: '5th of June.', b: '5 June.' },
    ]);
  });
});

describe('the rule table', () => {
  it('has unique ids of the form `aspect:decision`', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+:[a-z]+(?:-[a-z]+)*$/);
  });

  it('is the run rules, the rules of every step in order, then the pair rules', () => {
    expect(RULE_IDS).toEqual([
      ...RUN_RULES.map((r) => r.id),
      ...CHANGE_STEPS.flatMap((s) => s.ruleIds),
      ...PAIR_RULES.map((r) => r.id),
    ]);
    expect(new Set(CHANGE_STEPS.map((s) => s.id)).size).toBe(CHANGE_STEPS.length);
  });

  it('is the list documented on TypedChange.rule, in order', () => {
    const source = readFileSync(join(root, 'src', 'core', 'changes.ts'), 'utf8');
    const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*readonly rule: string;/.exec(source);
    expect(doc).not.toBeNull();
    const documented = [...doc![1]!.matchAll(/`([a-z]+:[a-z-]+)`/g)].map((m) => m[1]);
    // The first id quoted is the example (`number:changed`); the list follows, then the one id a comparison adds.
    expect(documented.slice(1)).toEqual([...RULE_IDS, PARAPHRASE_SUMMARY_RULE]);
  });

  it('types every change of the seeds and the real pairs, with `rule` last and a type the rule gives', () => {
    // Rules whose changes are not of the type their id starts with.
    const gives: Readonly<Record<string, readonly ChangeType[]>> = {
      'name:transliteration': ['spelling'],
      'name:acronym': ['abbreviation'],
      'name:spelled-pairs': ['spelling', 'name'],
      'name:cited-source': ['attribution'],
      'date:changed': ['date', 'number'],
    };
    const pairs: [string, string][] = realPairs.map((p) => [p.a, p.b]);
    // Each seed against the next, paragraph by paragraph: many changes of every kind.
    const paragraphs = seedFiles.map((s) => s.text.split('\n').filter((l) => l.trim() !== ''));
    for (let k = 0; k + 1 < paragraphs.length; k++) {
      const [x, y] = [paragraphs[k]!, paragraphs[k + 1]!];
      for (let i = 0; i < Math.min(x.length, y.length); i++) pairs.push([x[i]!, y[i]!]);
    }
    const seen = new Set<string>();
    for (const [a, b] of pairs) {
      for (const c of diffSentences(a, b).changes) {
        expect(RULE_IDS).toContain(c.rule);
        expect(Object.keys(c).at(-1)).toBe('rule');
        expect(gives[c.rule] ?? [c.rule.split(':')[0]]).toContain(c.type);
        seen.add(c.rule);
      }
    }
    // Every rule but `number:sign-or-currency` (a sign or currency symbol changed alone: no real pair here has one;
    // test/diff/diff-sentences.test.ts has its cases) and `date:same-value` (a date written another way inside a
    // replacement: none of these pairs has one).
    expect(RULE_IDS.filter((id) => !seen.has(id))).toEqual(['number:sign-or-currency', 'date:same-value']);
  });
});
