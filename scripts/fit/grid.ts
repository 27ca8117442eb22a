/**
 * Grid over the fitting settings: MRPC 10-fold CV accuracy of the whole
 * pipeline and STS train-news 5-fold CV Spearman (dev is not used here).
 *   npx tsx scripts/fit/grid.ts
 */
import { DATA_DIR, loadMrpc, loadStsForFitting, mrpcPath, stsPath } from './data.js';
import { fitPipeline, inputsOf, scoreWith } from './fit-core.js';
import { accuracyF1, foldOf, spearman } from './logistic.js';

const mrpc = loadMrpc(mrpcPath(DATA_DIR));
const news = loadStsForFitting(stsPath(DATA_DIR, 'train')).filter((p) => p.genre === 'main-news');
const mi = mrpc.map(inputsOf);
const my = mrpc.map((p) => p.label);
const si = news.map(inputsOf);
const sy = news.map((p) => p.label);
for (const lambda of [3, 10, 30])
  for (const [positive, negative] of [
    [0.95, 0.4],
    [0.9, 0.45],
    [1, 0.3],
    [0.95, 0.5],
  ] as const) {
    const s = { lambda, positive, negative };
    const pred: boolean[] = [];
    for (let k = 0; k < 10; k++) {
      const tr = mi.map((_, i) => i).filter((i) => foldOf(i, 10) !== k);
      const p = fitPipeline(
        tr.map((i) => mi[i]!),
        tr.map((i) => my[i]!),
        si,
        sy,
        s,
      );
      mi.forEach((x, i) => {
        if (foldOf(i, 10) === k) pred[i] = scoreWith(p, x) >= p.paraphrase;
      });
    }
    const scores: number[] = [];
    for (let k = 0; k < 5; k++) {
      const tr = si.map((_, i) => i).filter((i) => foldOf(i, 5) !== k);
      const p = fitPipeline(
        mi,
        my,
        tr.map((i) => si[i]!),
        tr.map((i) => sy[i]!),
        s,
      );
      si.forEach((x, i) => {
        if (foldOf(i, 5) === k) scores[i] = scoreWith(p, x);
      });
    }
    console.log(
      JSON.stringify(s),
      'mrpc cv acc',
      accuracyF1(pred, my).accuracy.toFixed(4),
      'sts-train cv spearman',
      spearman(scores, sy).toFixed(4),
    );
  }
