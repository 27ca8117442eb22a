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

describe('alignSourcesAsync with a model behind an API (an audit)', () => {
  const score = (a: string, b: string) => compareSentences(a, b).score;

  it('keeps at most `concurrency` similarity calls in flight (8 by default), with the same result', async () => {
    const reference = JSON.stringify(alignSources(inputs, { similarity: score }));
    for (const [options, most] of [
      [{}, 8],
      [{ concurrency: 2 }, 2],
    ] as const) {
      let inFlight = 0;
      let peak = 0;
      let calls = 0;
      const comparison = await alignSourcesAsync(inputs, {
        ...options,
        similarity: async (a, b) => {
          inFlight++;
          calls++;
          peak = Math.max(peak, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 0));
          inFlight--;
          return score(a, b);
        },
      });
      expect(calls).toBeGreaterThan(most);
      expect(peak).toBe(most);
      expect(JSON.stringify(comparison)).toBe(reference);
    }
  });

  it('rejects with the signal reason when aborted, and makes no further call', async () => {
    const controller = new AbortController();
    let calls = 0;
    const pending = alignSourcesAsync(inputs, {
      signal: controller.signal,
      similarity: () => {
        calls++;
        if (calls === 3) controller.abort(new Error('stopped by the caller'));
        return new Promise<number>(() => undefined); // a model that never answers
      },
    });
    await expect(pending).rejects.toThrow('stopped by the caller');
    expect(calls).toBe(3); // the third call aborts: no call after it
    const early = await alignSourcesAsync(inputs, { signal: AbortSignal.abort('no'), similarity: score }).catch(
      (e: unknown) => e,
    );
    expect(early).toBe('no');
  });

  it('reads the inputs once: a source pushed while the model answers is not half compared', async () => {
    const batch = inputs.slice(0, 4);
    const reference = JSON.stringify(alignSources(batch, { similarity: score }));
    const pending = alignSourcesAsync(batch, { similarity: async (a, b) => score(a, b) });
    batch.push(inputs[4]!);
    expect(JSON.stringify(await pending)).toBe(reference);
  });

  it('checks every entry of a vector, scales before the cosine, and hands embed a copy of the texts', async () => {
    const sparse = await alignSourcesAsync(inputs, {
      embed: (texts) => texts.map(() => Object.assign(new Array<number>(2), { 0: 1 })),
    }).catch((e: unknown) => e);
    expect(isCopydeskError(sparse) && sparse.code).toBe('ERR_INVALID_OPTION');
    const unit = await alignSourcesAsync(inputs, { embed: (texts) => embedWords(texts) });
    const huge = await alignSourcesAsync(inputs, {
      embed: (texts) => embedWords(texts).map((v) => v.map((x) => x * 1e200)),
    });
    expect(shape(huge)).toEqual(shape(unit));
    const mutating = await alignSourcesAsync(inputs, {
      embed: (texts) => {
        const vectors = embedWords(texts);
        (texts as string[]).length = 0;
        return vectors;
      },
    });
    expect(shape(mutating)).toEqual(shape(unit));
  });
});

describe('alignSourcesAsync reads its options as alignSources does (an audit find)', () => {
  it('uses an option inherited through the prototype, as alignSources does', async () => {
    const options = Object.create({ minRelation: 'related' }) as { minRelation: 'related' };
    const score = (a: string, b: string) => compareSentences(a, b).score;
    const sync = alignSources(inputs, { ...{ minRelation: options.minRelation }, similarity: score });
    const viaPrototype = alignSources(inputs, Object.assign(Object.create(options), { similarity: score }));
    expect(shape(viaPrototype)).toEqual(shape(sync));
    const async = await alignSourcesAsync(
      inputs,
      Object.assign(Object.create(options), { similarity: async (a: string, b: string) => score(a, b) }),
    );
    expect(async.settings.minRelation).toBe('related');
    expect(shape(async)).toEqual(shape(sync));
  });
});

describe('alignSourcesAsync signal option', () => {
  it('refuses what is not an AbortSignal before any call', async () => {
    let calls = 0;
    const refused = await alignSourcesAsync(inputs, {
      signal: { aborted: false } as never,
      similarity: () => {
        calls++;
        return 0;
      },
    }).catch((e: unknown) => e);
    expect(isCopydeskError(refused) && refused.code).toBe('ERR_INVALID_OPTION');
    expect(calls).toBe(0);
  });
});
