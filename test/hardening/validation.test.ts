import { describe, expect, it } from 'vitest';
import {
  type Article,
  alignSources,
  alignSourcesAsync,
  compareSentences,
  DEFAULT_AGENCIES,
  DEFAULT_WIRE_URL_PATTERNS,
  diffSentences,
  extractQuotes,
  findCitations,
  findReuse,
  findWireEvidence,
  isCopydeskError,
  normalizeArticle,
  splitSentences,
  traceProvenance,
} from '../../src/index';
import { seedFiles } from '../fixtures/seeds';

// Issue 10, cases 8, 9 and 13: every public entry checks its arguments and
// options up front and throws a typed CopydeskError, whatever the data.

const seeds = seedFiles.map((s) => ({ id: s.id.slice(0, 3), text: s.text }));
const [first, second] = seeds as [{ id: string; text: string }, { id: string; text: string }];
const article = normalizeArticle(first);
const other = normalizeArticle(second);
/** A text that shares nothing with the seeds: nothing aligns, no pair is diffed. */
const unrelated = 'Cats sleep for most of the day. They hunt at dusk and dawn.';

/** Calls `call` (any arguments, as a JavaScript caller could pass) and returns the code it throws. */
function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (isCopydeskError(error)) return error.code;
    return `untyped ${String(error)}`;
  }
  return 'no error';
}

/** The error a call throws (or a promise rejects with). */
async function errorOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

async function asyncCodeOf(call: () => unknown): Promise<string> {
  const error = await errorOf(call);
  if (error === undefined) return 'no error';
  return isCopydeskError(error) ? error.code : `untyped ${String(error)}`;
}

function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return '';
}

// biome-ignore lint/suspicious/noExplicitAny: deliberately wrong arguments, as plain JavaScript can pass them
type Loose = any;
const loose = <T>(value: unknown) => value as Loose as T;
const without = (a: Article, key: keyof Article) => {
  const copy: Record<string, unknown> = { ...a };
  delete copy[key];
  return loose<Article>(copy);
};

describe('case 8: malformed inputs throw typed errors', () => {
  it('agency definitions that are not { name, aliases, kind } are ERR_INVALID_OPTION', () => {
    for (const agencies of [
      [null],
      [{}],
      [{ name: 'X' }],
      [{ name: 'X', aliases: 'Y', kind: 'wire' }],
      [{ name: 'X', aliases: [1], kind: 'wire' }],
      [{ name: '', aliases: [], kind: 'wire' }],
      [{ name: 'X', aliases: [''], kind: 'wire' }],
      [{ name: 'X', aliases: [], kind: 'agency' }],
      'Reuters',
    ]) {
      expect(
        codeOf(() => normalizeArticle(first.text, loose({ agencies }))),
        JSON.stringify(agencies),
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => findCitations(article, loose({ agencies }))),
        JSON.stringify(agencies),
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => findWireEvidence(article, loose({ agencies }))),
        JSON.stringify(agencies),
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => traceProvenance([article, other], loose({ agencies }))),
        JSON.stringify(agencies),
      ).toBe('ERR_INVALID_OPTION');
      expect(codeOf(() => alignSources([first, second], loose({ normalize: { agencies } })))).toBe(
        'ERR_INVALID_OPTION',
      );
    }
    expect(messageOf(() => normalizeArticle(first.text, loose({ agencies: [{ name: 'X' }] })))).toMatch(
      /agencies\[0\]\.aliases/,
    );
  });

  it('an empty agency list matches nothing (it used to loop forever on the empty pattern)', () => {
    // Only outlets found by their shape remain (`Japan's Asahi Shimbun daily said`); no known name matches.
    const citations = findCitations(article, { agencies: [] });
    expect(citations.map((c) => c.kind)).toEqual(citations.map(() => 'unknown'));
    expect(findCitations(article).some((c) => c.kind !== 'unknown')).toBe(true);
    expect(findWireEvidence(article, { agencies: [], urlPatterns: [] })).toEqual([]);
    expect(normalizeArticle(first.text, { agencies: [] }).metadata.credits.every((c) => c.agency === undefined)).toBe(
      true,
    );
  });

  it('a hole, undefined or null in the list of sources is ERR_INVALID_INPUT, naming the position', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    const sparse = loose<string[]>([, first.text]);
    expect(codeOf(() => alignSources(sparse))).toBe('ERR_INVALID_INPUT');
    expect(messageOf(() => alignSources(sparse))).toMatch(/Source 1/);
    expect(codeOf(() => alignSources(loose([undefined, first.text])))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => alignSources(loose([first.text, null])))).toBe('ERR_INVALID_INPUT');
    expect(messageOf(() => alignSources(loose([first.text, null])))).toMatch(/Source 2/);
    expect(codeOf(() => traceProvenance(sparse as Loose))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => traceProvenance(loose([article, undefined])))).toBe('ERR_INVALID_INPUT');
  });

  it('an Article missing a field is ERR_INVALID_INPUT at every entry that takes articles', () => {
    for (const key of ['sentences', 'paragraphs', 'metadata', 'original', 'removed'] as const) {
      const broken = without(article, key);
      expect(
        codeOf(() => alignSources([broken, other])),
        key,
      ).toBe('ERR_INVALID_INPUT');
      expect(
        codeOf(() => traceProvenance([broken, other])),
        key,
      ).toBe('ERR_INVALID_INPUT');
      expect(
        codeOf(() => findCitations(broken)),
        key,
      ).toBe('ERR_INVALID_INPUT');
      expect(
        codeOf(() => findWireEvidence(broken)),
        key,
      ).toBe('ERR_INVALID_INPUT');
      expect(
        messageOf(() => alignSources([broken, other])),
        key,
      ).toContain(`\`${key}\``);
    }
    const badSentence = loose<Article>({ ...article, sentences: [{ id: 's1' }] });
    expect(codeOf(() => alignSources([badSentence, other]))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => traceProvenance([badSentence, other]))).toBe('ERR_INVALID_INPUT');
    const badMetadata = loose<Article>({ ...article, metadata: { ...article.metadata, credits: null } });
    expect(codeOf(() => findWireEvidence(badMetadata))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => findCitations(loose({ kind: 'comparison' })))).toBe('ERR_INVALID_INPUT');
  });

  it('an ArticleInput without a string text is ERR_INVALID_INPUT', () => {
    expect(codeOf(() => normalizeArticle(loose({ id: 'x' })))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => alignSources(loose([{ id: 'x' }, first])))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => alignSources(loose([{ id: 'x', text: 42 }, first])))).toBe('ERR_INVALID_INPUT');
  });

  it('ids must be non-empty strings: a numeric id says to pass a string', () => {
    expect(codeOf(() => normalizeArticle(loose({ id: 5, text: first.text })))).toBe('ERR_INVALID_INPUT');
    expect(messageOf(() => normalizeArticle(loose({ id: 5, text: first.text })))).toMatch(/String\(id\)/);
    expect(codeOf(() => alignSources(loose([{ id: 5, text: first.text }, second])))).toBe('ERR_INVALID_INPUT');
    const numeric = loose<Article>({ ...article, id: 5 });
    expect(codeOf(() => alignSources([numeric, other]))).toBe('ERR_INVALID_INPUT');
    expect(messageOf(() => alignSources([numeric, other]))).toMatch(/String\(id\)/);
    expect(codeOf(() => traceProvenance([numeric, other]))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => findCitations(numeric))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => findWireEvidence(numeric))).toBe('ERR_INVALID_INPUT');
    // An Article carries its id: a missing or blank one is not generated.
    expect(codeOf(() => alignSources([without(article, 'id'), other]))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => traceProvenance([without(article, 'id'), other]))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => alignSources([{ ...article, id: ' ' }, other]))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => normalizeArticle({ id: '', text: first.text }))).toBe('ERR_INVALID_INPUT');
  });

  it('plain strings and ArticleInputs without an id still get an id derived from the text', () => {
    const comparison = alignSources([first.text, { text: second.text }], { provenance: false });
    const ids = comparison.sources.map((s) => s.id);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^src-[0-9a-f]{8}$/);
    expect(normalizeArticle(first.text).id).toBe(comparison.articles.find((a) => a.original === first.text)?.id);
  });

  it('the text-only entries reject non-strings', () => {
    expect(codeOf(() => splitSentences(loose(null)))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => extractQuotes(loose(undefined)))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => compareSentences(loose(1), 'a'))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => diffSentences('a', loose(null)))).toBe('ERR_INVALID_INPUT');
    expect(codeOf(() => findReuse(loose([]), 'a'))).toBe('ERR_INVALID_INPUT');
  });
});

describe('case 9: options are checked up front, whatever the data', () => {
  it('options that are not objects are ERR_INVALID_OPTION at every entry', () => {
    for (const options of [null, 5, 'strict', [], () => ({})]) {
      const o = loose<undefined>(options);
      const label = String(options);
      expect(
        codeOf(() => normalizeArticle(first.text, o)),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => compareSentences('a', 'b', o)),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => diffSentences('a', 'b', o)),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => alignSources([first, unrelated], o)),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => traceProvenance([article, other], o)),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => findReuse('a', 'b', o)),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => findCitations(article, o)),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => findWireEvidence(article, o)),
        label,
      ).toBe('ERR_INVALID_OPTION');
    }
  });

  it('unknown option keys (typos) are ERR_INVALID_OPTION, with the closest known name', () => {
    const cases: Array<[string, () => unknown]> = [
      ['normalizeArticle', () => normalizeArticle(first.text, loose({ maxlength: 10 }))],
      ['compareSentences', () => compareSentences('a', 'b', loose({ threshold: { related: 0.1 } }))],
      ['compareSentences thresholds', () => compareSentences('a', 'b', loose({ thresholds: { relatd: 0.1 } }))],
      ['diffSentences', () => diffSentences('a', 'b', loose({ trivials: 'omit' }))],
      ['alignSources', () => alignSources([first, unrelated], loose({ threshold: { related: 0.1 } }))],
      ['alignSources diff', () => alignSources([first, unrelated], loose({ diff: { maxEdits: 5 } }))],
      ['alignSources normalize', () => alignSources([first, unrelated], loose({ normalize: { boilerplate: false } }))],
      ['traceProvenance', () => traceProvenance([article, other], loose({ agency: DEFAULT_AGENCIES }))],
      ['traceProvenance reuse', () => traceProvenance([article, other], loose({ reuse: { minToken: 5 } }))],
      ['findReuse', () => findReuse('a', 'b', loose({ minToken: 5 }))],
      ['findCitations', () => findCitations(article, loose({ agency: [] }))],
      ['findWireEvidence', () => findWireEvidence(article, loose({ urlPattern: [] }))],
    ];
    for (const [label, call] of cases) expect(codeOf(call), label).toBe('ERR_INVALID_OPTION');
    expect(messageOf(cases[1]![1])).toMatch(/`threshold`.*`thresholds`/);
    expect(messageOf(cases[2]![1])).toMatch(/`thresholds\.relatd`.*`thresholds\.related`/);
  });

  it('alignSources checks diff options even when no aligned pair differs', () => {
    for (const diff of [{ maxEditLength: -1 }, { maxEditLength: 2.5 }, { timeoutMs: 0 }, { trivial: 'drop' }, 5]) {
      expect(
        codeOf(() => alignSources([first, unrelated], loose({ diff }))),
        JSON.stringify(diff),
      ).toBe('ERR_INVALID_OPTION');
    }
    expect(messageOf(() => alignSources([first, unrelated], { diff: { maxEditLength: -1 } }))).toMatch(
      /diff\.maxEditLength/,
    );
  });

  it('thresholds are checked when nothing aligns: numbers in [0, 1], ordered, in an object', () => {
    for (const thresholds of [
      { related: 5 },
      { related: -0.1 },
      { paraphrase: Number.NaN },
      { nearVerbatim: '0.9' },
      { related: 0.7 },
      { nearVerbatim: 0.5, paraphrase: 0.6 },
      5,
      null,
    ]) {
      const label = JSON.stringify(thresholds);
      expect(
        codeOf(() => alignSources([first, unrelated], loose({ thresholds }))),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => compareSentences('a', 'b', loose({ thresholds }))),
        label,
      ).toBe('ERR_INVALID_OPTION');
    }
    expect(messageOf(() => alignSources([first, unrelated], { thresholds: { related: 0.7 } }))).toMatch(
      /related <= paraphrase <= nearVerbatim/,
    );
  });

  it('every other alignSources option is checked by type and range', () => {
    for (const options of [
      { minRelation: 'identical' },
      { maxCandidates: 0 },
      { maxCandidates: 1.5 },
      { similarity: 'cosine' },
      { provenance: 'yes' },
      { normalize: 5 },
      { normalize: { maxLength: -1 } },
      { normalize: { removeBoilerplate: 'no' } },
    ]) {
      expect(
        codeOf(() => alignSources([first, unrelated], loose(options))),
        JSON.stringify(options),
      ).toBe('ERR_INVALID_OPTION');
    }
  });

  it('alignSourcesAsync rejects the same options, and a bad embed, before calling anything', async () => {
    let called = 0;
    const similarity = async () => {
      called++;
      return 0.5;
    };
    for (const options of [
      null,
      { threshold: { related: 0.1 } },
      { thresholds: { related: 5 }, similarity },
      { diff: { maxEditLength: -1 }, similarity },
      { embed: 'model' },
      { similarity: 0.5 },
      { similarity, embbed: () => [] },
    ]) {
      expect(await asyncCodeOf(() => alignSourcesAsync([first, unrelated], loose(options)))).toBe('ERR_INVALID_OPTION');
    }
    expect(called).toBe(0);
  });

  it('normalizeArticle, diffSentences, findReuse, traceProvenance and findWireEvidence check ranges', () => {
    const cases: Array<[string, () => unknown]> = [
      ['maxLength -1', () => normalizeArticle(first.text, { maxLength: -1 })],
      ['maxLength 1.5', () => normalizeArticle(first.text, { maxLength: 1.5 })],
      ['removeBoilerplate', () => normalizeArticle(first.text, loose({ removeBoilerplate: 'yes' }))],
      ['diff trivial', () => diffSentences('a', 'b', loose({ trivial: true }))],
      ['diff maxEditLength', () => diffSentences('a', 'b', { maxEditLength: 0 })],
      ['diff timeoutMs', () => diffSentences('a', 'b', { timeoutMs: Number.POSITIVE_INFINITY })],
      ['reuse shingle', () => findReuse('a', 'b', { shingle: 0 })],
      ['reuse maxGap', () => findReuse('a', 'b', { maxGap: 1.5 })],
      ['trace reuse', () => traceProvenance([article, other], loose({ reuse: 5 }))],
      ['trace reuse maxGap', () => traceProvenance([article, other], { reuse: { maxGap: -1 } })],
      ['urlPatterns not array', () => traceProvenance([article, other], loose({ urlPatterns: 5 }))],
      ['urlPatterns null', () => findWireEvidence(article, loose({ urlPatterns: [null] }))],
      [
        'pattern string',
        () =>
          findWireEvidence(
            article,
            loose({ urlPatterns: [{ pattern: '/ap/', meaning: 'wire-section', confidence: 1 }] }),
          ),
      ],
      [
        'pattern global',
        () =>
          findWireEvidence(article, { urlPatterns: [{ pattern: /\/ap\//g, meaning: 'wire-section', confidence: 1 }] }),
      ],
      [
        'confidence 2',
        () =>
          findWireEvidence(article, { urlPatterns: [{ pattern: /\/ap\//, meaning: 'wire-section', confidence: 2 }] }),
      ],
      [
        'meaning',
        () =>
          traceProvenance(
            [article, other],
            loose({ urlPatterns: [{ pattern: /\/ap\//, meaning: 'wire', confidence: 0.5 }] }),
          ),
      ],
    ];
    for (const [label, call] of cases) expect(codeOf(call), label).toBe('ERR_INVALID_OPTION');
    expect(messageOf(cases[15]![1])).toMatch(/urlPatterns\[0\]\.meaning/);
  });

  it('valid options, and keys given as undefined, still work on the seeds', () => {
    const agencies = [
      ...DEFAULT_AGENCIES,
      { name: 'Moscow Times', aliases: ['The Moscow Times'], kind: 'outlet' as const },
    ];
    const normalized = normalizeArticle(first, { maxLength: 1_000_000, removeBoilerplate: true, agencies });
    expect(normalized.sentences.length).toBeGreaterThan(5);
    expect(normalizeArticle(first, { maxLength: undefined }).sentences).toEqual(article.sentences);
    const comparison = alignSources(seeds, {
      thresholds: { related: 0.3, paraphrase: 0.6, nearVerbatim: 0.85 },
      minRelation: 'related',
      maxCandidates: 10,
      normalize: { removeBoilerplate: true, agencies },
      diff: { trivial: 'omit', maxEditLength: 200, timeoutMs: 500 },
      provenance: false,
      similarity: undefined,
    });
    expect(comparison.groups.length).toBeGreaterThan(0);
    expect(comparison.settings.thresholds).toEqual({ related: 0.3, paraphrase: 0.6, nearVerbatim: 0.85 });
    const provenance = traceProvenance(comparison, {
      agencies,
      urlPatterns: DEFAULT_WIRE_URL_PATTERNS,
      reuse: { shingle: 4, minTokens: 8, maxGap: 0, maxOccurrences: 10 },
    });
    expect(provenance.sources).toHaveLength(seeds.length);
    // Articles read back from JSON keep every field the checks ask for.
    const revived = JSON.parse(JSON.stringify(comparison)) as typeof comparison;
    expect(traceProvenance(revived).reuse).toEqual(traceProvenance(comparison).reuse);
    expect(alignSources(revived.articles, { provenance: false }).groups).toEqual(
      alignSources(comparison.articles, { provenance: false }).groups,
    );
    expect(findReuse(first.text, first.text, { minTokens: 20 }).length).toBeGreaterThan(0);
    expect(findCitations(normalized, { agencies }).length).toBeGreaterThan(0);
    expect(Array.isArray(findWireEvidence(normalized, { agencies, urlPatterns: [] }))).toBe(true);
    expect(
      compareSentences(article.sentences[0]!.text, other.sentences[0]!.text, { thresholds: {} }).score,
    ).toBeLessThanOrEqual(1);
    expect(
      diffSentences('Kim will visit Moscow.', 'Kim may visit Moscow.', { trivial: 'include' }).changes.length,
    ).toBe(1);
  });
});

describe('case 13: user callbacks that fail or return garbage', () => {
  const boom = new Error('model unavailable');

  it('a similarity that rejects or throws is ERR_CALLBACK_FAILED with the error as cause', async () => {
    for (const similarity of [
      async () => {
        throw boom;
      },
      () => {
        throw boom;
      },
    ]) {
      const error = await errorOf(() => alignSourcesAsync([first, second], { similarity }));
      expect(isCopydeskError(error) && error.code).toBe('ERR_CALLBACK_FAILED');
      expect((error as Error).cause).toBe(boom);
    }
  });

  it('an embed that rejects or throws is ERR_CALLBACK_FAILED with the error as cause', async () => {
    for (const embed of [
      async () => {
        throw boom;
      },
      () => {
        throw boom;
      },
    ]) {
      const error = await errorOf(() => alignSourcesAsync([first, second], { embed }));
      expect(isCopydeskError(error) && error.code).toBe('ERR_CALLBACK_FAILED');
      expect((error as Error).cause).toBe(boom);
    }
  });

  it('a synchronous similarity that throws is ERR_CALLBACK_FAILED in alignSources and compareSentences', () => {
    const similarity = () => {
      throw boom;
    };
    expect(codeOf(() => alignSources([first, second], { similarity }))).toBe('ERR_CALLBACK_FAILED');
    expect(codeOf(() => compareSentences('Kim will visit Moscow.', 'Kim may visit Moscow.', { similarity }))).toBe(
      'ERR_CALLBACK_FAILED',
    );
  });

  it('a score that is not a number in [0, 1] is ERR_INVALID_OPTION, not garbage', async () => {
    for (const value of [Number.NaN, '0.5', 1.5, -0.1, undefined, null, Number.POSITIVE_INFINITY]) {
      const label = String(value);
      expect(
        await asyncCodeOf(() => alignSourcesAsync([first, second], { similarity: async () => loose<number>(value) })),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        await asyncCodeOf(() => alignSourcesAsync([first, second], { similarity: () => loose<number>(value) })),
        label,
      ).toBe('ERR_INVALID_OPTION');
      expect(
        codeOf(() => alignSources([first, second], { similarity: () => loose<number>(value) })),
        label,
      ).toBe('ERR_INVALID_OPTION');
    }
  });

  it('vectors that are not one length of finite numbers are ERR_INVALID_OPTION', async () => {
    const bad = [
      (texts: readonly string[]) => texts.map(() => [Number.NaN, 1]),
      (texts: readonly string[]) => texts.map((_, i) => (i === 0 ? [1, 0, 0] : [1, 0])),
      () => loose<number[][]>('vectors'),
      () => [[1, 0]],
    ];
    for (const embed of bad) {
      expect(await asyncCodeOf(() => alignSourcesAsync([first, second], { embed }))).toBe('ERR_INVALID_OPTION');
    }
  });
});
