import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/core/errors';
import { normalizeArticle, traceProvenance } from '../../src/index';
import { findReuse } from '../../src/provenance/find-reuse';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const s002 = seed('002_7110f737bd6dd67c.txt');
const s004 = seed('004_655f926c6bc98a33.txt');

describe('findReuse', () => {
  it('finds a reused clause inside a rewritten sentence, with offsets into both strings', () => {
    const source = "The trip would be Kim's first foreign visit since taking power in the reclusive state in 2011.";
    const target =
      'It would be Kim’s first foreign visit since taking the helm of the reclusive state in 2011, Asahi said.';
    const passages = findReuse(source, target);
    expect(passages).toHaveLength(1);
    const p = passages[0]!;
    expect(target.slice(p.target.start, p.target.end)).toBe(
      'would be Kim’s first foreign visit since taking the helm of the reclusive state in 2011',
    );
    expect(source.slice(p.source.start, p.source.end)).toBe(
      "would be Kim's first foreign visit since taking power in the reclusive state in 2011",
    );
    // 8 words before the edit, 5 after: 13 matched of 16 target words.
    expect(p.matchedTokens).toBe(13);
    expect(p.targetTokens).toBe(16);
  });

  it('matches across Jong-un / Jong Un, quote styles, case and punctuation', () => {
    const source = 'North Korean leader Kim Jong-un has confirmed he will attend "celebrations" in Russia in May.';
    const target = 'NORTH KOREAN LEADER KIM JONG UN HAS CONFIRMED HE WILL ATTEND “CELEBRATIONS” IN RUSSIA, IN MAY';
    const [p] = findReuse(source, target);
    expect(p).toBeDefined();
    expect(p!.target).toEqual({ start: 0, end: target.length });
    expect(p!.score).toBe(1);
  });

  it('ignores common runs shorter than minTokens (stock phrases)', () => {
    const source = 'Yesterday North Korean leader Kim Jong Un arrived by train.';
    const target = 'Analysts said North Korean leader Kim Jong Un would not travel.';
    expect(findReuse(source, target)).toEqual([]);
    expect(findReuse(source, target, { minTokens: 5 })).toHaveLength(1);
  });

  it('merges runs split by small edits into one passage, and keeps distant copies apart', () => {
    const para = s002.split('\n\n').filter((p) => p.length > 200);
    const source = para.join('\n\n');
    // Copy two paragraphs with one word changed, then unrelated text, then a third paragraph.
    const edited = para[0]!.replace('celebrations', 'ceremonies');
    const filler = s004
      .split('\n\n')
      .filter((p) => p.length > 200)
      .slice(0, 3)
      .join('\n\n');
    const target = `${edited}\n\n${filler}\n\n${para[2]}`;
    const passages = findReuse(source, target);
    expect(passages).toHaveLength(2);
    expect(target.slice(passages[0]!.target.start, passages[0]!.target.end)).toBe(edited.replace(/[.]$/, ''));
    expect(target.slice(passages[1]!.target.start, passages[1]!.target.end)).toBe(para[2]!.replace(/[.]$/, ''));
  });

  it('does not drop shingles for being common: a sentence repeated everywhere is still found', () => {
    const refrain = 'The Kremlin said the visit would take place in the coming days.';
    const source = Array.from({ length: 300 }, (_, i) => `Item ${i} of the list. ${refrain}`).join(' ');
    const target = `Unrelated opening words here. ${refrain} Unrelated closing words.`;
    const passages = findReuse(source, target);
    expect(passages).toHaveLength(1);
    expect(target.slice(passages[0]!.target.start, passages[0]!.target.end)).toBe(refrain.slice(0, -1));
  });

  it('returns nothing for unrelated texts and for empty strings', () => {
    expect(findReuse(s002, s004)).toEqual([]);
    expect(findReuse('', s004)).toEqual([]);
    expect(findReuse(s004, '')).toEqual([]);
  });

  it('throws typed errors for bad arguments and options', () => {
    const codes: string[] = [];
    for (const call of [
      () => findReuse(1 as unknown as string, 'x'),
      () => findReuse('a', 'b', { shingle: 0 }),
      () => findReuse('a', 'b', { maxGap: -1 }),
      () => findReuse('a', 'b', { minTokens: 2.5 }),
    ]) {
      try {
        call();
      } catch (error) {
        if (isCopydeskError(error)) codes.push(error.code);
      }
    }
    expect(codes).toEqual(['ERR_INVALID_INPUT', 'ERR_INVALID_OPTION', 'ERR_INVALID_OPTION', 'ERR_INVALID_OPTION']);
  });
});

describe('reuse options set to undefined (an audit find)', () => {
  it('take the defaults in findReuse and traceProvenance, as every other option does', () => {
    const source = readFileSync(new URL('../../seeds/001_2c2638c4483bae25.txt', import.meta.url), 'utf8');
    const target = `An intro of our own.\n\n${source}`;
    const unset = { shingle: undefined, minTokens: undefined, maxGap: undefined, maxOccurrences: undefined };
    expect(findReuse(source, target, unset)).toEqual(findReuse(source, target));
    const articles = [normalizeArticle({ id: 'a', text: source }), normalizeArticle({ id: 'b', text: target })];
    expect(traceProvenance(articles, { reuse: unset })).toEqual(traceProvenance(articles));
  });
});
