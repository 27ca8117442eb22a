// Runs one alignment size in a fresh process and prints its time and peak memory as JSON.
// Usage: tsx align-child.ts <sources> <sentencesPerSource> <dataDir> [copydesk|dice|baseline]
import stringSimilarity from 'string-similarity';
import { alignSources } from '../../../src/align/align-sources';
import { normalizeArticle } from '../../../src/text/normalize-article';
import { generateStory } from './story';

const [sources, perSource, dataDir, mode = 'copydesk'] = process.argv.slice(2);
const { texts } = generateStory({ sources: Number(sources), sentencesPerSource: Number(perSource), dataDir: dataDir! });
const inputs = texts.map((text, i) => ({ id: `outlet-${String(i + 1).padStart(3, '0')}`, text }));
// Warm up the code paths on a small input so the timing is of the work, not of the JIT.
alignSources(inputs.slice(0, 2));
const rssBefore = process.resourceUsage().maxRSS;
let ms = 0;
let sentences = 0;
let groups = 0;
const started = performance.now();
if (mode === 'copydesk') {
  const comparison = alignSources(inputs);
  ms = performance.now() - started;
  sentences = comparison.articles.reduce((n, a) => n + a.sentences.length, 0);
  groups = comparison.groups.length;
} else if (mode === 'dice') {
  // The naive peer: normalize the same way, then compare every sentence with
  // every sentence of every other source with string-similarity's Dice.
  const articles = inputs.map((input) => normalizeArticle(input));
  let matches = 0;
  for (let a = 0; a < articles.length; a++) {
    for (let b = a + 1; b < articles.length; b++) {
      for (const x of articles[a]!.sentences) {
        for (const y of articles[b]!.sentences) {
          if (stringSimilarity.compareTwoStrings(x.normalized, y.normalized) >= 0.5) matches++;
        }
      }
    }
  }
  ms = performance.now() - started;
  sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
  groups = matches;
}
console.log(
  JSON.stringify({ ms, sentences, groups, rssBeforeKb: rssBefore, maxRssKb: process.resourceUsage().maxRSS }),
);
