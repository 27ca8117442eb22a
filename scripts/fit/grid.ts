/**
 * Grid over the fitting settings: MRPC 10-fold CV accuracy of the whole
 * pipeline and STS train-news 5-fold CV Spearman (dev is not used here).
 * Picking settings from this grid looks at the same MRPC CV accuracy the
 * eval reports; scripts/fit/nested-cv.ts estimates what that choice is worth.
 *   npx tsx scripts/fit/grid.ts
 */
import { DATA_DIR, loadMrpc, loadStsForFitting, mrpcPath, stsPath } from './data.js';
import { fitPipeline, inputsOf, NEGATIVE_TARGET, POSITIVE_TARGET, scoreWith } from './fit-core.js';
import { accuracyF1, foldOf, spearman } from './logistic.js';

const mrpc = loadMrpc(mrpcPath(DATA_DIR));
const news = loadStsForFitting(stsPath(DATA_DIR, 'train')).filter((p) => p.genre === 'main-news');
const mi = mrpc.map(inputsOf);
const my = mrpc.map((p) => p.label);
const si = news.map(inputsOf);
const sy = news.map((p) => p.label);
for (const lambda of [1, 3, 10])
  for (const mrpcWeight of [1, 2, 3]) {
    const s = { lambda, positive: POSITIVE_TARGET, negative: NEGATIVE_TARGET, mrpcWeight };
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
