import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSources, alignSourcesAsync, type Comparison, compareSentences, isCopydeskError } from '../../src/index';

const dir = new URL('../../seeds/', import.meta.url);
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ id: file.slice(0, 3), text: readFileSync(new URL(file, dir), 'utf8') }));
const shape = (c: Comparison) => c.groups.map((g) => g.members.map((m) => `${m.source}#${m.sentence}`).join(' '));

// A deterministic bag-of-words "embedding" (hashing trick), standing in for a model the user brings.
function embedWords(texts: readonly string[]): number[][] {
  return texts.map((text) => {
    const v = new Array<number>(256).fill(0);
    for (const w of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
      let h = 0;
      for (let i = 0; i < w.length; i++) h = (h * 31 + w.charCodeAt(i)) % 256;
      v[h]! += 1;
    }
    return v;
  });
}

describe('alignSourcesAsync', () => {
  it('gives the same groups as alignSources when the async similarity is the built-in score', async () => {
    const sync = alignSources(inputs, { similarity: (a, b) => compareSentences(a, b).score });
    const async = await alignSourcesAsync(inputs, { similarity: async (a, b) => compareSentences(a, b).score });
    expect(shape(async)).toEqual(shape(sync));
    expect(async.settings.customSimilarity).toBe(true);
  });

  it('scores candidate pairs by the cosine of user embeddings, asking the model once', async () => {
    let calls = 0;
    const c = await alignSourcesAsync(inputs, {
      embed: async (texts) => {
        calls++;
        return embedWords(texts);
      },
    });
    expect(calls).toBe(1);
    expect(c.groups.length).toBeGreaterThan(0);
    for (const g of c.groups) for (const l of g.links) expect(l.score).toBeGreaterThanOrEqual(0);
    // Seed 004 reports another event: no bag-of-words neighbour makes it a paraphrase of the others.
    expect(c.groups.some((g) => g.sources.includes('004') && g.relation !== 'related')).toBe(false);
  });

  it('rejects scores out of range and malformed embeddings with ERR_INVALID_OPTION', async () => {
    const code = async (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => (isCopydeskError(e) ? e.code : 'other'),
      );
    expect(await code(alignSourcesAsync(inputs, { similarity: async () => 2 }))).toBe('ERR_INVALID_OPTION');
    expect(await code(alignSourcesAsync(inputs, { embed: async () => [[1, 0]] }))).toBe('ERR_INVALID_OPTION');
    // A function that fails is not a bad option: ERR_CALLBACK_FAILED, with its error as cause.
    expect(
      await code(
        alignSourcesAsync(inputs, {
          embed: async () => {
            throw new Error('model offline');
          },
        }),
      ),
    ).toBe('ERR_CALLBACK_FAILED');
  });
});
