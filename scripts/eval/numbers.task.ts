/**
 * Number changes on STS Benchmark news pairs: pairs whose numbers differ must
 * get a substantive `number` change; pairs with the same numbers should not.
 *
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentenceDiff } from '../../src/core/changes';
import { diffSentences } from '../../src/diff/diff-sentences';
import { tokenize } from '../../src/segment/tokenize';
import type { EvalTask, MetricRow } from './types';

interface Pair {
  readonly file: string;
  readonly id: string;
  readonly a: string;
  readonly b: string;
}

export function readPairs(path: string, file: string): Pair[] {
  const out: Pair[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    // Year `2012test` rows (MSRpar 2012test) are STS 2012 test pairs, drawn from MRPC: test-split data, never used.
    if (cols.length < 7 || cols[0] !== 'main-news' || cols[2]!.includes('test')) continue;
    out.push({ file: `${file}:${cols[1]}:${cols[3]}`, id: cols[3]!, a: cols[5]!, b: cols[6]! });
  }
  return out;
}

/** Values of the tokenizer's number tokens, as sorted strings. */
function values(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'number' && t.value !== undefined && Number.isFinite(t.value))
    .map((t) => String(t.value))
    .sort();
}

function raws(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'number')
    .map((t) => t.text)
    .sort();
}

const same = (x: readonly string[], y: readonly string[]): boolean =>
  x.length === y.length && x.every((v, i) => v === y[i]);

const substantive = (d: SentenceDiff, types: readonly string[]): boolean =>
  d.changes.some((c) => c.severity === 'substantive' && types.includes(c.type));

/** The number-change evaluation. */
export const task: EvalTask = {
  name: 'numbers',
  async run(ctx) {
    const dir = join(ctx.dataDir, 'sts-benchmark');
    const title = 'Typed changes: number changes in STS Benchmark news pairs';
    if (!existsSync(join(dir, 'sts-train.csv'))) return { title, skipped: `no ${dir}`, description: '', rows: [] };
    const pairs = [
      ...readPairs(join(dir, 'sts-train.csv'), 'train'),
      ...(existsSync(join(dir, 'sts-dev.csv')) ? readPairs(join(dir, 'sts-dev.csv'), 'dev') : []),
    ];
    const changed: Pair[] = [];
    const reformatted: Pair[] = [];
    const identical: Pair[] = [];
    for (const p of pairs) {
      const va = values(p.a);
      const vb = values(p.b);
      if (va.length === 0 || vb.length === 0) continue;
      if (!same(va, vb)) changed.push(p);
      else if (!same(raws(p.a), raws(p.b))) reformatted.push(p);
      else identical.push(p);
    }
    ctx.log(
      `${pairs.length} main-news pairs: ${changed.length} changed, ${reformatted.length} reformatted, ${identical.length} identical numbers`,
    );
    let hitStrict = 0;
    let hitLenient = 0;
    const misses: string[] = [];
    for (const p of changed) {
      const d = diffSentences(p.a, p.b);
      if (substantive(d, ['number'])) hitStrict++;
      if (substantive(d, ['number', 'date'])) hitLenient++;
      else if (misses.length < 20) misses.push(`- ${p.file}: \`${p.a}\` ⇄ \`${p.b}\``);
    }
    const falseAlarms = (list: readonly Pair[], shown: string[]): number => {
      let n = 0;
      for (const p of list) {
        const d = diffSentences(p.a, p.b);
        if (substantive(d, ['number'])) {
          n++;
          if (shown.length < 15) {
            const c = d.changes.find((x) => x.type === 'number' && x.severity === 'substantive');
            shown.push(`- ${p.file}: ${c?.detail ?? ''} — \`${p.a}\` ⇄ \`${p.b}\``);
          }
        }
      }
      return n;
    };
    const alarmsShown: string[] = [];
    const fpReformatted = falseAlarms(reformatted, alarmsShown);
    const fpIdentical = falseAlarms(identical, alarmsShown);
    const pct = (n: number, d: number): string => `${(n / Math.max(1, d)).toFixed(3)} (${n}/${d})`;
    const rows: MetricRow[] = [
      {
        metric: 'number-change recall (substantive `number`)',
        system: 'copydesk diffSentences',
        value: pct(hitStrict, changed.length),
        reference: 'target ≥ 0.95',
      },
      {
        metric: 'number-change recall (substantive `number` or `date`: years, days)',
        system: 'copydesk diffSentences',
        value: pct(hitLenient, changed.length),
      },
      {
        metric: 'precision proxy: same values written differently, no substantive `number`',
        system: 'copydesk diffSentences',
        value: pct(reformatted.length - fpReformatted, reformatted.length),
      },
      {
        metric: 'precision proxy: identical numbers (values and text), no substantive `number`',
        system: 'copydesk diffSentences',
        value: pct(identical.length - fpIdentical, identical.length),
      },
    ];
    return {
      title,
      description: [
        'Data: STS Benchmark `sts-train.csv` and `sts-dev.csv`, rows of genre `main-news` only (MSRpar, headlines,',
        'deft-news), without the rows of year `2012test` (the STS 2012 test pairs, drawn from MRPC).',
        "Pairs are selected with the shared tokenizer's number values (`tokenize(s)` tokens of kind",
        '`number`: digits with separators, ordinals, number words `zero`…`ninety`, Roman numerals): a pair is',
        '**changed** when both sentences have numbers and the multisets of values differ (`kills 12` / `kills 21`);',
        '**reformatted** when the multisets of values are equal but the raw number texts differ (`20` / `twenty`,',
        '`1,000` / `1000`); **identical** when values and texts are equal. Recall is the share of changed pairs for',
        'which `diffSentences` (default options) reports a `number` change of severity `substantive`. A year, day or',
        'time inside a date expression (`in 1998`, `June 10`) is typed `date`, and also `number` when its value is',
        'not found anywhere in the other sentence; a second row accepts either type. The precision proxies are the share of reformatted / identical pairs with',
        'no substantive `number` change (numbers that merely move inside the sentence are `minor`). The tokenizer',
        'does not read scale words, so `$2.5 billion` / `$2,500,000,000` would count as changed here although',
        '`diffSentences` reads both as the same amount; such pairs are rare in this data.',
      ].join('\n'),
      rows,
      details: [
        '### Changed pairs with neither a substantive number nor date change (first 20)',
        '',
        ...(misses.length === 0 ? ['None.'] : misses),
        '',
        '### Substantive number changes on pairs with the same values (first 15)',
        '',
        ...(alarmsShown.length === 0 ? ['None.'] : alarmsShown),
      ].join('\n'),
    };
  },
};
