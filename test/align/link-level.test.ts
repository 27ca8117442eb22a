import { describe, expect, it } from 'vitest';
import { PARAPHRASE_SUMMARY_RULE } from '../../src/align/link-level';
import type { TypedChange } from '../../src/core/changes';
import { alignSources, diffSentences, toMarkdown } from '../../src/index';
import { seedFiles } from '../fixtures/seeds';

// The five seeds: four outlets telling one story (Kim's visit to Moscow), one telling another.
const comparison = alignSources(seedFiles);
const links = comparison.groups.flatMap((g) =>
  g.links.map((l) => ({ link: l, a: g.members[l.a]!, b: g.members[l.b]! })),
);
const FACTS = new Set(['number', 'date', 'name', 'quote', 'negation', 'attribution', 'hedging']);
const spans = (c: TypedChange) => `${c.a?.start}:${c.a?.end}|${c.b?.start}:${c.b?.end}`;

describe('typed changes at the level of the link (seeds)', () => {
  it('has paraphrase links to test', () => {
    expect(links.filter((x) => x.link.relation === 'paraphrase').length).toBeGreaterThanOrEqual(5);
  });

  it('a paraphrase link lists only fact-level changes with both sides present, and one summary for the rest', () => {
    let summarized = 0;
    for (const { link, a, b } of links.filter((x) => x.link.relation === 'paraphrase')) {
      const summaries = link.changes.filter((c) => c.rule === PARAPHRASE_SUMMARY_RULE);
      expect(summaries.length).toBeLessThanOrEqual(1);
      for (const c of link.changes) {
        if (c.rule === PARAPHRASE_SUMMARY_RULE) {
          expect(c).toMatchObject({ type: 'rewording', severity: 'minor', a: null, b: null });
          continue;
        }
        expect(FACTS.has(c.type)).toBe(true);
        // Both sides are spans of the two members' original texts.
        expect(c.a!.start).toBeGreaterThanOrEqual(a.start);
        expect(c.a!.end).toBeLessThanOrEqual(a.end);
        expect(c.b!.start).toBeGreaterThanOrEqual(b.start);
        expect(c.b!.end).toBeLessThanOrEqual(b.end);
      }
      // The word diff of the two sentences differs in more than the facts it kept: the summary says so.
      const word = diffSentences(a.text, b.text).changes.filter((c) => c.severity !== 'trivial');
      if (word.some((c) => !FACTS.has(c.type))) {
        expect(summaries).toHaveLength(1);
        summarized++;
      }
    }
    // The seeds' paraphrases are all worded differently beyond their facts: every one of them is summed up.
    expect(summarized).toBe(links.filter((x) => x.link.relation === 'paraphrase').length);
  });

  it('keeps counterparts of one kind: the hedge would/will of the trip sentences, and no clause typed as a name', () => {
    const hedges = links.flatMap((x) => x.link.changes).filter((c) => c.type === 'hedging');
    expect(hedges.map((c) => [c.a?.text, c.b?.text])).toContainEqual(['trip would', 'visit will']);
    // Before, a paraphrase link typed `Speculation → Kim's` as a name and `to → has confirmed he will` as hedging.
    const all = links.flatMap((x) => x.link.changes);
    expect(all.some((c) => c.type === 'name' && c.a?.text === 'Speculation')).toBe(false);
    expect(all.some((c) => c.type === 'hedging' && c.a?.text === 'to')).toBe(false);
  });

  it('never reports one pair of spans twice in a link', () => {
    for (const { link } of links) {
      const keys = link.changes.filter((c) => c.a !== null || c.b !== null).map(spans);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('the Markdown report lists at most 25 change bullets for the seeds, each of a fact type', () => {
    const bullets = toMarkdown(comparison)
      .split('\n')
      .filter((l) => /^ {2}- (trivial|minor|substantive) /.test(l));
    expect(bullets.length).toBeGreaterThan(0);
    expect(bullets.length).toBeLessThanOrEqual(25);
    for (const b of bullets) expect(FACTS.has(b.split(' ')[4]!)).toBe(true);
  });
});
