// Runs one alignment size in a fresh process and prints its time and peak memory as JSON.
import { alignSources } from '../../../src/align/align-sources';
import { generateStory } from './story';

const [sources, perSource, dataDir, mode] = process.argv.slice(2);
const { texts } = generateStory({ sources: Number(sources), sentencesPerSource: Number(perSource), dataDir: dataDir! });
const rssBefore = process.resourceUsage().maxRSS;
let ms = 0;
let sentences = 0;
let groups = 0;
if (mode !== 'baseline') {
  const started = performance.now();
  const comparison = alignSources(texts.map((text, i) => ({ id: `outlet-${String(i + 1).padStart(3, '0')}`, text })));
  ms = performance.now() - started;
  sentences = comparison.articles.reduce((n, a) => n + a.sentences.length, 0);
  groups = comparison.groups.length;
}
console.log(
  JSON.stringify({ ms, sentences, groups, rssBeforeKb: rssBefore, maxRssKb: process.resourceUsage().maxRSS }),
);
