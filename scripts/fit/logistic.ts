/** Small numeric helpers for fitting: L2 logistic regression (Newton), folds, isotonic regression, Spearman. */

/** A fitted logistic model on raw (unstandardized) features. */
export interface LogisticModel {
  readonly weights: number[];
  readonly bias: number;
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]!;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / piv;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

/**
 * Fits L2-regularized logistic regression (standardizing internally) by
 * Newton's method. `sampleWeights` (default all 1) weight each row's
 * log-loss term, and its contribution to the standardizing mean and
 * deviation, so an integer weight k is the same as repeating the row k times.
 */
export function fitLogistic(
  X: number[][],
  y: number[],
  lambda = 1,
  offsets?: readonly number[],
  sampleWeights?: readonly number[],
): LogisticModel {
  const n = X.length;
  const d = X[0]!.length;
  const sw = (i: number) => sampleWeights?.[i] ?? 1;
  let total = 0;
  for (let i = 0; i < n; i++) total += sw(i);
  const mean = new Array(d).fill(0);
  const sd = new Array(d).fill(0);
  X.forEach((x, i) => {
    for (let k = 0; k < d; k++) mean[k] += (sw(i) * x[k]!) / total;
  });
  X.forEach((x, i) => {
    for (let k = 0; k < d; k++) sd[k] += (sw(i) * (x[k]! - mean[k]) ** 2) / total;
  });
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k]) || 1;
  const Z = X.map((x) => [1, ...x.map((v, k) => (v - mean[k]) / sd[k])]);
  let w = new Array(d + 1).fill(0);
  for (let it = 0; it < 30; it++) {
    const g = new Array(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const z = Z[i]!;
      let s = offsets?.[i] ?? 0;
      for (let k = 0; k <= d; k++) s += w[k] * z[k]!;
      const p = 1 / (1 + Math.exp(-s));
      const r = sw(i) * (p - y[i]!);
      const q = sw(i) * p * (1 - p);
      for (let k = 0; k <= d; k++) {
        g[k] += r * z[k]!;
        const qk = q * z[k]!;
        for (let l = k; l <= d; l++) H[k]![l] += qk * z[l]!;
      }
    }
    for (let k = 0; k <= d; k++) for (let l = 0; l < k; l++) H[k]![l] = H[l]![k];
    for (let k = 1; k <= d; k++) {
      g[k] += lambda * w[k];
      H[k]![k] += lambda;
    }
    const step = solve(H, g);
    w = w.map((v, k) => v - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  const weights = w.slice(1).map((v, k) => v / sd[k]);
  const bias = w[0] - weights.reduce((s, v, k) => s + v * mean[k], 0);
  return { weights, bias };
}

/** Linear predictor of a model. */
export function logit(m: LogisticModel, x: readonly number[]): number {
  let s = m.bias;
  for (let k = 0; k < x.length; k++) s += m.weights[k]! * x[k]!;
  return s;
}

/** Deterministic fold assignment: index i goes to fold i mod k. */
export function foldOf(i: number, k: number): number {
  return i % k;
}

/** Accuracy and F1 of binary predictions. */
export function accuracyF1(pred: boolean[], gold: number[]): { accuracy: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (let i = 0; i < pred.length; i++) {
    const g = gold[i] === 1;
    if (pred[i] === g) correct++;
    if (pred[i] && g) tp++;
    if (pred[i] && !g) fp++;
    if (!pred[i] && g) fn++;
  }
  return { accuracy: correct / pred.length, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn) };
}

/** The threshold on `scores` that maximizes accuracy on the given labels (midpoint between neighbours). */
export function bestThreshold(scores: number[], gold: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  // Predict positive for score >= t. Start with t below everything: all positive.
  let correct = gold.filter((g) => g === 1).length;
  let best = correct;
  let bestT = -Infinity;
  for (let r = 0; r < idx.length; r++) {
    const i = idx[r]!;
    correct += gold[i] === 1 ? -1 : 1;
    const next = idx[r + 1];
    if (next !== undefined && scores[next] === scores[i]) continue;
    if (correct > best) {
      best = correct;
      bestT = next === undefined ? Infinity : (scores[i]! + scores[next]!) / 2;
    }
  }
  return bestT;
}

function ranks(v: number[]): number[] {
  const idx = v.map((_, i) => i).sort((a, b) => v[a]! - v[b]!);
  const r = new Array(v.length).fill(0);
  for (let s = 0; s < idx.length; ) {
    let e = s;
    while (e + 1 < idx.length && v[idx[e + 1]!] === v[idx[s]!]) e++;
    for (let k = s; k <= e; k++) r[idx[k]!] = (s + e) / 2 + 1;
    s = e + 1;
  }
  return r;
}

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman rank correlation (average ranks for ties). */
export function spearman(x: number[], y: number[]): number {
  return pearson(ranks(x), ranks(y));
}

/** Pearson correlation. */
export { pearson };

/**
 * Isotonic (non-decreasing) regression of y on x by pool-adjacent-violators,
 * returned as knots (x = block mean of x, y = block mean of y), strictly increasing in x.
 */
export function isotonicKnots(x: number[], y: number[], minBlock = 1): { xs: number[]; ys: number[] } {
  const idx = x.map((_, i) => i).sort((a, b) => x[a]! - x[b]!);
  const blocks: { sx: number; sy: number; n: number }[] = [];
  for (const i of idx) {
    blocks.push({ sx: x[i]!, sy: y[i]!, n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sy / a.n >= b.sy / b.n || a.n < minBlock) {
        a.sx += b.sx;
        a.sy += b.sy;
        a.n += b.n;
        blocks.pop();
      } else break;
    }
  }
  return { xs: blocks.map((b) => b.sx / b.n), ys: blocks.map((b) => b.sy / b.n) };
}
