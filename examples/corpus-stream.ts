// A stream of articles through the corpus index: the five seed articles, a copy of one of them and a
// local story with two of its paragraphs pasted in, one by one, as a monitoring desk receives them.
// Run: npx tsx examples/corpus-stream.ts
import { readdirSync, readFileSync } from 'node:fs';
import { createCorpusIndex, normalizeArticle, restoreCorpusIndex } from 'copydesk';

const dir = new URL('../seeds/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(new URL(f, dir), 'utf8') }));
const body = (text: string, from: number, to?: number) =>
  normalizeArticle(text)
    .paragraphs.slice(from, to)
    .map((p) => p.text)
    .join('\n\n');

const index = createCorpusIndex({ window: 7 });
const start = Date.parse('2026-03-01T08:00:00Z');
const stream = [
  ...seeds,
  { id: 'copy-of-001', text: `From the wire.\n\n${body(seeds[1]!.text, 0)}` },
  { id: 'local-003', text: `${body(seeds[3]!.text, 0)}\n\n${body(seeds[1]!.text, 2, 4)}` },
];
for (const [i, item] of stream.entries()) {
  const result = await index.add({ ...item, publishedAt: new Date(start + i * 3_600_000).toISOString() });
  const matches = result.matches
    .map(
      (m) =>
        `${m.relation} ${m.article} (${Math.round(100 * m.share)}% of this text, ${m.pairs.length} sentence pairs)`,
    )
    .join('; ');
  console.log(`${item.id}: group ${result.copyGroup}, story ${result.story}${matches ? ` <- ${matches}` : ''}`);
}
const stats = await index.stats();
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
console.log(
  `${plural(stats.articles, 'article', 'articles')}, ${plural(stats.copyGroups, 'copy group', 'copy groups')}, ` +
    `${plural(stats.stories, 'story', 'stories')}, ${stats.bytes} bytes of index`,
);

// The whole index as bytes, and back: the restored index answers the same.
const restored = await restoreCorpusIndex(await index.snapshot());
const probe = { id: 'probe', text: body(seeds[1]!.text, 0, 5), publishedAt: '2026-03-01T20:00:00Z' };
const [a, b] = [await index.match(probe), await restored.match(probe)];
console.log(`restored answers the same: ${JSON.stringify(a) === JSON.stringify(b)}`);
