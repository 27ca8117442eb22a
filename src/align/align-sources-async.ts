import { CopydeskError } from '../core/errors';
import type { Article, ArticleInput, Comparison } from '../core/types';
import { validateAsyncAlignOptions, validateSources } from '../core/validate';
import { RELATION_THRESHOLDS } from '../similarity/compare-sentences';
import type { SentenceSimilarity } from '../similarity/types';
import { type AlignOptions, alignSources } from './align-sources';

/**
 * An embedding function: sentences in, one vector per sentence out, in the
 * same order. Called once, with every sentence that is in a candidate pair.
 */
export type EmbeddingFunction = (
  texts: readonly string[],
) => readonly (readonly number[])[] | Promise<readonly (readonly number[])[]>;

/** Options of {@link alignSourcesAsync}. */
export interface AsyncAlignOptions extends Omit<AlignOptions, 'similarity'> {
  /**
   * A similarity to use instead of the built-in model; it may return a
   * promise (a model behind an API, a worker). Called once per distinct
   * candidate pair from the word index.
   *
   * @defaultValue undefined (the built-in model)
   */
  readonly similarity?: SentenceSimilarity<number | Promise<number>>;
  /**
   * Sentence embeddings to score candidate pairs with instead of the built-in
   * model: the score is the cosine of the two vectors, clipped to [0, 1],
   * and is used as a `similarity` would be (see
   * {@link AlignOptions.similarity}: copying stays lexical, and `thresholds`
   * should be calibrated for your model). Ignored when `similarity` is given.
   *
   * @defaultValue undefined (the built-in model)
   */
  readonly embed?: EmbeddingFunction;
}

const key = (a: string, b: string) => `${a}\u0000${b}`;

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? Math.max(0, Math.min(1, dot / Math.sqrt(na * nb))) : 0;
}

/**
 * {@link alignSources} with a similarity or an embedding function that may
 * be asynchronous, so paraphrase-level alignment can use a model you bring.
 *
 * @param inputs - The sources, as for {@link alignSources}.
 * @param options - {@link AsyncAlignOptions}: the options of
 *   {@link alignSources}, with `similarity` allowed to return a promise, or
 *   `embed` to score pairs by the cosine of sentence embeddings.
 * @returns The same {@link Comparison} as {@link alignSources} would give
 *   with the resolved scores.
 * @throws {@link CopydeskError} (the promise rejects with it) as
 *   {@link alignSources}, options checked before any call; `ERR_INVALID_OPTION`
 *   when the function returns something other than numbers in [0, 1] or
 *   vectors of one length of finite numbers; `ERR_CALLBACK_FAILED` when
 *   `similarity` or `embed` throws or rejects, with its error as `cause`.
 *
 * @example
 * ```ts
 * const comparison = await alignSourcesAsync(sources, {
 *   embed: async (texts) => myModel.embed(texts), // one vector per text
 * });
 * comparison.groups.length; //=> groups found with the model's scores
 * ```
 *
 * @remarks
 * Candidate pairs still come from the word index, so a model is asked about
 * the pairs worth asking about, not about every pair. The candidates are
 * collected in a first pass, scored (the user function, awaited), and the
 * alignment is then computed with those scores; the result is deterministic
 * for a deterministic model.
 */
export async function alignSourcesAsync(
  inputs: ReadonlyArray<string | ArticleInput | Article>,
  options: AsyncAlignOptions = {},
): Promise<Comparison> {
  validateAsyncAlignOptions(options, RELATION_THRESHOLDS);
  validateSources(inputs, 'alignSourcesAsync');
  const { similarity, embed, ...rest } = options;
  if (!similarity && !embed) return alignSources(inputs, rest);

  // Pass 1: collect the candidate pairs the index proposes.
  const asked = new Map<string, [string, string]>();
  alignSources(inputs, {
    ...rest,
    provenance: false,
    similarity: (a, b) => {
      asked.set(key(a, b), [a, b]);
      return 0;
    },
  });

  const scores = new Map<string, number>();
  if (similarity) {
    const pairs = [...asked.values()];
    let values: unknown[];
    try {
      // An async wrapper turns a synchronous throw into a rejection too.
      values = await Promise.all(pairs.map(async ([a, b]) => similarity(a, b)));
    } catch (error) {
      throw new CopydeskError('ERR_CALLBACK_FAILED', 'The `similarity` function threw or rejected; see `cause`.', {
        cause: error,
      });
    }
    values.forEach((v, i) => {
      if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
        throw new CopydeskError(
          'ERR_INVALID_OPTION',
          `Expected \`similarity\` to return a number in [0, 1], got ${typeof v === 'string' ? JSON.stringify(v) : String(v)}.`,
        );
      }
      scores.set(key(...pairs[i]!), v);
    });
  } else if (embed) {
    const texts = [...new Set([...asked.values()].flat())];
    let vectors: readonly (readonly number[])[];
    try {
      vectors = texts.length ? await embed(texts) : [];
    } catch (error) {
      throw new CopydeskError('ERR_CALLBACK_FAILED', 'The `embed` function threw or rejected; see `cause`.', {
        cause: error,
      });
    }
    if (!Array.isArray(vectors) || vectors.length !== texts.length) {
      throw new CopydeskError(
        'ERR_INVALID_OPTION',
        `Expected \`embed\` to return ${texts.length} vectors, one per text, got ${Array.isArray(vectors) ? vectors.length : typeof vectors}.`,
      );
    }
    const dimension = vectors[0]?.length ?? 0;
    const byText = new Map<string, readonly number[]>();
    vectors.forEach((v, i) => {
      if (!Array.isArray(v) || v.length !== dimension || v.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
        throw new CopydeskError('ERR_INVALID_OPTION', `Vector ${i} from \`embed\` is not ${dimension} finite numbers.`);
      }
      byText.set(texts[i]!, v);
    });
    for (const [k, [a, b]] of asked) scores.set(k, cosine(byText.get(a)!, byText.get(b)!));
  }

  // Pass 2: the alignment with the resolved scores.
  return alignSources(inputs, { ...rest, similarity: (a, b) => scores.get(key(a, b)) ?? 0 });
}
