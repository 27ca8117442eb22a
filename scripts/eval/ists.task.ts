/**
 * Typed changes against the gold chunk alignments of SemEval-2016 Task 2
 * (interpretable STS, headlines, train split): does "no substantive change"
 * match the gold `EQUI` relation?
 *
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeSeverity, SentenceDiff } from '../../src/core/changes';
import { diffSentences } from '../../src/diff/diff-sentences';
import { markdownTable } from './lib/table';
import type { EvalTask } from './types';

/** One gold alignment of a chunk of sentence 1 with a chunk of sentence 2. */
interface GoldPair {
  readonly sentence: number;
  /** Relation without its `_FACT` / `_POL` modifier: EQUI, OPPO, SPE1, SPE2, SIMI, REL. */
  readonly type: string;
  readonly score: number;
  readonly a: string;
  readonly b: string;
}

/**
 * Parses a `.wa` file: per `<sentence>`, the tokens of both sentences
 * (`<source>`, `<translation>`: `index word : `) and the alignments
 * (`1 2 <==> 3 // TYPE // score // text <==> text`). Chunk texts are rebuilt
 * from the token indices, joined by spaces, as the chunk files print them.
 */
export function parseWa(text: string): GoldPair[] {
  const out: GoldPair[] = [];
  const blocks = text.split('<sentence id="').slice(1);
  for (const block of blocks) {
    const id = Number.parseInt(block, 10);
    const tokensOf = (tag: string): Map<number, string> => {
      const m = new RegExp(`<${tag}>\\n([\\s\\S]*?)</${tag}>`).exec(block);
      const map = new Map<number, string>();
      for (const line of (m?.[1] ?? '').split('\n')) {
        const t = /^(\d+) (.*) : $/.exec(line.trimEnd() + ' ');
        if (t) map.set(Number(t[1]), t[2]!.trim());
      }
      return map;
    };
    const src = tokensOf('source');
    const trg = tokensOf('translation');
    const align = /<alignment>\n([\s\S]*?)<\/alignment>/.exec(block)?.[1] ?? '';
    for (const line of align.split('\n')) {
      const parts = line.split(' // ');
      if (parts.length < 3) continue;
      const [idx, type, score] = parts as [string, string, string];
      const [left, right] = idx.split('<==>').map((s) => s.trim().split(/\s+/).map(Number)) as [number[], number[]];
      if (left.includes(0) || right.includes(0)) continue; // NOALI: nothing to diff against
      const words = (map: Map<number, string>, ids: number[]): string => ids.map((i) => map.get(i) ?? '').join(' ');
      out.push({
        sentence: id,
        type: type.trim().replace(/_(FACT|POL)$/, ''),
        score: Number(score),
        a: words(src, left),
        b: words(trg, right),
      });
    }
  }
  return out;
}

function worst(diff: SentenceDiff): ChangeSeverity | 'none' {
  let best: ChangeSeverity | 'none' = 'none';
  for (const c of diff.changes) {
    if (c.severity === 'substantive') return 'substantive';
    if (c.severity === 'minor') best = 'minor';
    else if (best === 'none') best = 'trivial';
  }
  return best;
}

/** The iSTS evaluation. */
export const task: EvalTask = {
  name: 'ists',
  async run(ctx) {
    const file = join(ctx.dataDir, 'semeval2016-ists-headlines', 'train', 'STSint.input.headlines.wa');
    const title = 'Typed changes: iSTS 2016 headline chunk alignments (train)';
    if (!existsSync(file)) return { title, skipped: `no ${file}`, description: '', rows: [] };
    const pairs = parseWa(readFileSync(file, 'utf8'));
    ctx.log(`${pairs.length} aligned chunk pairs`);
    const table = new Map<string, Record<ChangeSeverity | 'none', number>>();
    const typeCounts = new Map<string, Map<string, number>>();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    const falsePositives: string[] = [];
    const falseNegatives: string[] = [];
    for (const pair of pairs) {
      const diff = diffSentences(pair.a, pair.b);
      const sev = worst(diff);
      const row = table.get(pair.type) ?? { none: 0, trivial: 0, minor: 0, substantive: 0 };
      row[sev]++;
      table.set(pair.type, row);
      const types = typeCounts.get(pair.type) ?? new Map<string, number>();
      for (const c of diff.changes) if (c.severity === 'substantive') types.set(c.type, (types.get(c.type) ?? 0) + 1);
      typeCounts.set(pair.type, types);
      const predicted = sev === 'substantive';
      const gold = pair.type !== 'EQUI';
      const line = `\`${pair.a}\` ⇄ \`${pair.b}\` (${pair.type} ${pair.score}): ${diff.changes
        .filter((c) => c.severity === 'substantive')
        .map((c) => c.type)
        .join(', ')}`;
      if (predicted && gold) tp++;
      else if (predicted) {
        fp++;
        if (falsePositives.length < 15) falsePositives.push(`- ${line}`);
      } else if (gold) {
        fn++;
        if (falseNegatives.length < 15) falseNegatives.push(`- ${line || 'no substantive change'}`);
      } else tn++;
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    const order = ['EQUI', 'SPE1', 'SPE2', 'SIMI', 'REL', 'OPPO'];
    const types = [...table.keys()].sort((x, y) => order.indexOf(x) - order.indexOf(y));
    const details = [
      '### Worst severity reported, per gold relation',
      '',
      markdownTable(
        ['gold', 'pairs', 'none', 'trivial', 'minor', 'substantive', 'substantive change types'],
        types.map((t) => {
          const r = table.get(t)!;
          const n = r.none + r.trivial + r.minor + r.substantive;
          const kinds = [...(typeCounts.get(t) ?? new Map<string, number>())]
            .sort((x, y) => y[1] - x[1])
            .map(([k, v]) => `${k} ${v}`)
            .join(', ');
          return [t, String(n), String(r.none), String(r.trivial), String(r.minor), String(r.substantive), kinds];
        }),
      ),
      '',
      '### First false positives (EQUI reported as substantive)',
      '',
      ...falsePositives,
      '',
      '### First false negatives (non-EQUI with no substantive change)',
      '',
      ...falseNegatives,
    ].join('\n');
    ctx.log(`P ${precision.toFixed(3)} R ${recall.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn} tn ${tn})`);
    return {
      title,
      description: [
        'Data: `semeval2016-ists-headlines/train/STSint.input.headlines.wa` (SemEval-2016 Task 2, headlines, train',
        'split: 756 headline pairs). For every gold alignment of a chunk of headline 1 with a chunk of headline 2',
        '(unaligned `NOALI` chunks are left out; `_FACT`/`_POL` modifiers are dropped), the two chunk texts, rebuilt',
        'from the gold token indices, are passed to `diffSentences` with default options. A pair is predicted',
        '"substantive" when at least one change has severity `substantive`; gold "substantive" is any relation other',
        'than `EQUI` (SPE1, SPE2, SIMI, REL, OPPO). Precision and recall are those of the substantive class. The',
        'diff works on words and a small lexicon, without synonyms: `EQUI` paraphrases such as `dead` / `dies` are',
        'counted as substantive rewording, which bounds precision.',
      ].join('\n'),
      rows: [
        {
          metric: 'precision of substantive (non-EQUI)',
          system: 'copydesk diffSentences',
          value: precision.toFixed(3),
        },
        { metric: 'recall of substantive (non-EQUI)', system: 'copydesk diffSentences', value: recall.toFixed(3) },
        { metric: 'F1 of substantive', system: 'copydesk diffSentences', value: f1.toFixed(3) },
        {
          metric: 'accuracy, EQUI vs rest',
          system: 'copydesk diffSentences',
          value: `${((tp + tn) / pairs.length).toFixed(3)} (${tp + tn}/${pairs.length})`,
          reference: `${(Math.max(tp + fn, fp + tn) / pairs.length).toFixed(3)} majority class`,
        },
      ],
      details,
    };
  },
};
