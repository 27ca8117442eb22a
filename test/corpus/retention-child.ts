// Child of retention.test.ts, run with --expose-gc: how many bytes of heap 200 large articles leave
// behind in a corpus index (and in copydesk's word caches) that holds them. Prints the growth in bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCorpusIndex } from '../../src/index';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const dir = join(import.meta.dirname, '../../seeds');
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const index = createCorpusIndex({ window: 7 });
// Warm up (code, caches), so that what grows after is what the index holds.
for (let i = 0; i < 20; i++) await index.add({ id: `warm-${i}`, text: seeds[i % seeds.length]! });
gc();
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 200; i++) {
  // A seed made into new text, as the bench's stream makes its variants: every other word of three
  // letters or more carries a suffix of the article's number, so no two articles share a sentence and
  // each starts a story of its own. Repeated to about 40 KB.
  let k = 0;
  const seed = seeds[i % seeds.length]!.replace(/[A-Za-z]{3,}/g, (w) => (k++ % 2 === 0 ? `${w}x${i}` : w));
  const body = `${seed}\n\n`.repeat(Math.ceil(40_000 / seed.length));
  await index.add({ id: `big-${i}`, text: `Interdepartmental investigation number ${i}\n\n${body}` });
}
gc();
gc();
console.log(process.memoryUsage().heapUsed - before);
