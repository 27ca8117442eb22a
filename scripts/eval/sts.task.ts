/**
 * STS Benchmark dev, genre main-news: Spearman correlation of
 * compareSentences' score with the gold 0-5 similarity, beside Dice,
 * Jaccard and TF-IDF cosine computed in the same run.
 */
import { existsSync } from 'node:fs';
import { compareSentences } from '../../src/similarity/compare-sentences.js';
import { diceBaseline, jaccardBaseline, tfidfBaseline } from '../fit/baselines.js';
import { loadSts, stsPath } from '../fit/data.js';
import { pearson, spearman } from '../fit/logistic.js';
import type { EvalTask, MetricRow } from './types.js';

const TITLE = 'Sentence similarity: STS Benchmark dev, news';

/** The STS evaluation. */
export const task: EvalTask = {
  name: 'sts',
  async run(ctx) {
    const file = stsPath(ctx.dataDir, 'dev');
    const description =
      'STS Benchmark 2017 dev split, rows of genre `main-news` (MSRpar and headlines; the test split is never read). ' +
      "Spearman correlation between each system's similarity and the gold 0-5 score. " +
      'The copydesk model was fitted on STS train news (without its 2012test rows) and MRPC train, never on dev. ' +
      'The dev rows of year 2012test (MSRpar) are test pairs of the STS 2012 shared task, drawn from MRPC; a last row gives the figure without them. ' +
      'TF-IDF cosine takes its IDF from the STS train and dev sentences. References: the same baselines on the STS news test rows, measured elsewhere.';
    if (!existsSync(file)) return { title: TITLE, skipped: `${file} not found`, description, rows: [] };
    const pairs = loadSts(file).filter((p) => p.genre === 'main-news');
    const gold = pairs.map((p) => p.label);
    ctx.log(`${pairs.length} pairs`);
    const trainFile = stsPath(ctx.dataDir, 'train');
    const docs = [...(existsSync(trainFile) ? loadSts(trainFile) : []), ...loadSts(file)].flatMap((p) => [p.a, p.b]);
    const tfidf = tfidfBaseline(docs);
    const systems: [string, (a: string, b: string) => number, string | undefined][] = [
      ['copydesk compareSentences', (a, b) => compareSentences(a, b).score, 'target ≥ 0.75'],
      ['string-similarity Dice', diceBaseline, '0.62 (news test)'],
      ['word Jaccard', jaccardBaseline, '0.66 (news test)'],
      ['TF-IDF cosine', tfidf, '0.70 (news test)'],
    ];
    const rows: MetricRow[] = [];
    const scoresOf = new Map<string, number[]>();
    const bySource: string[] = ['| system | ' + [...new Set(pairs.map((p) => p.source))].join(' | ') + ' |'];
    bySource.push('|---' + '|---'.repeat(new Set(pairs.map((p) => p.source)).size) + '|');
    for (const [name, f, reference] of systems) {
      const scores = pairs.map((p) => f(p.a, p.b));
      scoresOf.set(name, scores);
      rows.push({ metric: 'Spearman', system: name, value: spearman(scores, gold).toFixed(3), reference });
      rows.push({ metric: 'Pearson', system: name, value: pearson(scores, gold).toFixed(3) });
      const cells = [...new Set(pairs.map((p) => p.source))].map((src) => {
        const idx = pairs.map((p, i) => (p.source === src ? i : -1)).filter((i) => i >= 0);
        return spearman(
          idx.map((i) => scores[i]!),
          idx.map((i) => gold[i]!),
        ).toFixed(3);
      });
      bySource.push(`| ${name} | ${cells.join(' | ')} |`);
    }
    // MSRpar 2012test rows are STS 2012 test pairs (test-split data): the figure without them, for the record.
    const clean = pairs.map((p, i) => (p.year.includes('test') ? -1 : i)).filter((i) => i >= 0);
    const ours = scoresOf.get('copydesk compareSentences')!;
    rows.push({
      metric: `Spearman without the ${pairs.length - clean.length} MSRpar 2012test rows`,
      system: 'copydesk compareSentences',
      value: spearman(
        clean.map((i) => ours[i]!),
        clean.map((i) => gold[i]!),
      ).toFixed(3),
    });
    return { title: TITLE, description, rows, details: `Spearman by source:\n\n${bySource.join('\n')}` };
  },
};
