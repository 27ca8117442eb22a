/**
 * Speed of sentence comparison on MRPC train sentences:
 *   npx tsx scripts/fit/bench-speed.ts
 */
import { comparePrepared, compareSentences, scorePrepared } from '../../src/similarity/compare-sentences.js';
import { prepareSentence } from '../../src/similarity/features.js';
import { DATA_DIR, loadMrpc, mrpcPath } from './data.js';

const pairs = loadMrpc(mrpcPath(DATA_DIR)).slice(0, 2000);
const sentences = pairs.flatMap((p) => [p.a, p.b]);
let t = performance.now();
const prepared = sentences.map(prepareSentence);
const prepMs = performance.now() - t;
console.log(`prepareSentence: ${((sentences.length / prepMs) * 1000).toFixed(0)} sentences/s`);
// Warm up, then compare each sentence with 50 others (prepared).
for (let i = 0; i < 2000; i++) comparePrepared(prepared[i]!, prepared[(i * 7 + 1) % prepared.length]!);
let n = 0;
t = performance.now();
for (let i = 0; i < prepared.length; i++) {
  for (let k = 1; k <= 50; k++) {
    comparePrepared(prepared[i]!, prepared[(i + k * 37) % prepared.length]!);
    n++;
  }
}
let ms = performance.now() - t;
console.log(`comparePrepared: ${((n / ms) * 1000).toFixed(0)} comparisons/s (${n} comparisons)`);
n = 0;
t = performance.now();
for (let i = 0; i < prepared.length; i++) {
  for (let k = 1; k <= 50; k++) {
    scorePrepared(prepared[i]!, prepared[(i + k * 37) % prepared.length]!);
    n++;
  }
}
ms = performance.now() - t;
console.log(`scorePrepared: ${((n / ms) * 1000).toFixed(0)} comparisons/s (${n} comparisons)`);
n = 0;
t = performance.now();
for (const p of pairs) {
  compareSentences(p.a, p.b);
  n++;
}
ms = performance.now() - t;
console.log(`compareSentences (strings): ${((n / ms) * 1000).toFixed(0)} comparisons/s`);
