/** Baseline similarities for the MRPC and STS evaluations. */
import stringSimilarity from 'string-similarity';

/** `string-similarity`'s compareTwoStrings: bigram Dice of the strings with all whitespace removed, case-sensitive. */
export function diceBaseline(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}

/** Lower-cased alphanumeric words. */
export function simpleWords(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Jaccard index of the lower-cased word sets. */
export function jaccardBaseline(a: string, b: string): number {
  const A = new Set(simpleWords(a));
  const B = new Set(simpleWords(b));
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  const union = A.size + B.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** TF-IDF cosine over lower-cased words, IDF from the given documents (one per sentence). */
export function tfidfBaseline(documents: readonly string[]): (a: string, b: string) => number {
  const df = new Map<string, number>();
  for (const d of documents) for (const w of new Set(simpleWords(d))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  const idf = (w: string) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;
  const vec = (s: string) => {
    const v = new Map<string, number>();
    for (const w of simpleWords(s)) v.set(w, (v.get(w) ?? 0) + 1);
    for (const [w, tf] of v) v.set(w, tf * idf(w));
    return v;
  };
  return (a, b) => {
    const va = vec(a);
    const vb = vec(b);
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const [w, x] of va) {
      na += x * x;
      const y = vb.get(w);
      if (y !== undefined) dot += x * y;
    }
    for (const y of vb.values()) nb += y * y;
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  };
}
