import { CopydeskError } from '../core/errors';
import type { Article, ArticleInput, Comparison } from '../core/types';
import { validateAsyncAlignOptions, validateSources } from '../core/validate';
import { RELATION_THRESHOLDS } from '../similarity/compare-sentences';
import type { SentenceSimilarity } from '../similarity/types';
import { type AlignOptions, alignSources } from './align-sources';
import { readSources } from './steps/01-sources';

/**
 * An embedding function: sentences in, one vector per sentence out, in the
 * same order. Called once, with every sentence that is in a candidate pair.
 */
export type EmbeddingFunction = (
  texts: readonly string[],
) => readonly (readonly number[])[] | Promise<readonly (readonly number[])[]>;

/**
 * What {@link alignSourcesAsync} reads of an `AbortSignal`: the browser's and
 * Node's (`AbortController#signal`, `AbortSignal.timeout(ms)`) are ones.
 */
export interface AbortSignalLike {
  /** Whether it has aborted. */
  readonly aborted: boolean;
  /** Why it aborted: what the promise rejects with. */
  readonly reason?: unknown;
  /** Listens for the abort. */
  addEventListener(type: 'abort', listener: () => void, options?: { readonly once?: boolean }): void;
  /** Stops listening. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

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
  /**
   * Most `similarity` calls in flight at once (a model behind a rate-limited
   * API); `embed` is called once.
   *
   * @defaultValue 8
   */
  readonly concurrency?: number;
  /**
   * Cancels the call: when it aborts, no further `similarity` call is made and
   * the promise rejects with `signal.reason`, as `fetch` does (a call already
   * in flight is not awaited).
   *
   * @defaultValue undefined (no cancelling)
   */
  readonly signal?: AbortSignalLike;
}

/** Default {@link AsyncAlignOptions.concurrency}. */
const CONCURRENCY = 8;

const key = (a: string, b: string) => `${a}\u0000${b}`;

function largest(v: readonly number[]): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
}

/** Cosine of two vectors, each scaled by its largest magnitude first (no overflow or underflow at 1e±200). */
function cosine(a: readonly number[], b: readonly number[]): number {
  const sa = largest(a);
  const sb = largest(b);
  if (!(sa > 0 && sb > 0)) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! / sa;
    const y = b[i]! / sb;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return Math.max(0, Math.min(1, dot / Math.sqrt(na * nb)));
}

/**
 * A promise that rejects with `signal.reason` once `signal` aborts (none without a signal), and the function that
 * stops listening (a long-lived signal passed to many calls keeps no listener of a finished one).
 */
function aborted(signal: AbortSignalLike | undefined): { promise?: Promise<never>; dispose: () => void } {
  if (signal === undefined) return { dispose: () => undefined };
  let listener: (() => void) | undefined;
  const promise = new Promise<never>((_, reject) => {
    listener = () => reject(signal.reason);
    signal.addEventListener('abort', listener, { once: true });
  });
  // A rejection nobody awaits (the call ended before the abort) must not be reported as unhandled.
  promise.catch(() => undefined);
  return { promise, dispose: () => listener && signal.removeEventListener('abort', listener) };
}

/** Awaits `work`, or rejects with the abort reason first. */
function racing<T>(work: Promise<T>, abort: Promise<never> | undefined): Promise<T> {
  return abort === undefined ? work : Promise.race([work, abort]);
}

/** `call` on every item with at most `limit` calls in flight; results in order. Stops calling once `stop()` is true. */
async function pooled<T, R>(
  items: readonly T[],
  limit: number,
  call: (item: T) => Promise<R>,
  stop: () => boolean,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed && !stop()) {
      const i = next++;
      try {
        results[i] = await call(items[i]!);
      } catch (error) {
        failed = true; // no further call once one has failed
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
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
  const { similarity, embed, concurrency = CONCURRENCY, signal } = options;
  // The options alignSources takes, read as it reads them (an option inherited through the prototype included).
  const rest: { -readonly [K in keyof AlignOptions]: AlignOptions[K] } = {};
  for (const k of ['thresholds', 'minRelation', 'maxCandidates', 'normalize', 'diff', 'provenance'] as const) {
    if (options[k] !== undefined) Object.assign(rest, { [k]: options[k] });
  }
  if (!similarity && !embed) return alignSources(inputs, rest);
  if (signal?.aborted === true) throw signal.reason;
  // The sources normalized once, before any await: both passes read the same articles, whatever the caller
  // does to the inputs while the model answers.
  const sources = readSources(inputs, rest.normalize).given;
  const { promise: abort, dispose } = aborted(signal);
  try {
    return await scoreAndAlign(sources, rest, similarity, embed, concurrency, signal, abort);
  } finally {
    dispose();
  }
}

/** The two passes of {@link alignSourcesAsync} on normalized sources. */
async function scoreAndAlign(
  sources: readonly Article[],
  rest: AlignOptions,
  similarity: AsyncAlignOptions['similarity'],
  embed: EmbeddingFunction | undefined,
  concurrency: number,
  signal: AbortSignalLike | undefined,
  abort: Promise<never> | undefined,
): Promise<Comparison> {
  // Pass 1: collect the candidate pairs the index proposes.
  const asked = new Map<string, [string, string]>();
  alignSources(sources, {
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
      values = await racing(
        pooled(
          pairs,
          concurrency,
          async ([a, b]) => similarity(a, b),
          () => signal?.aborted === true,
        ),
        abort,
      );
    } catch (error) {
      if (signal?.aborted === true && error === signal.reason) throw error;
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
      // A copy: the function may change the array it is given.
      vectors = texts.length
        ? await racing(
            Promise.resolve().then(() => embed([...texts])),
            abort,
          )
        : [];
    } catch (error) {
      if (signal?.aborted === true && error === signal.reason) throw error;
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
      // An indexed loop: `some` skips the holes of a sparse array.
      let finite = Array.isArray(v) && v.length === dimension;
      for (let k = 0; finite && k < dimension; k++) finite = typeof v[k] === 'number' && Number.isFinite(v[k]);
      if (!finite) {
        throw new CopydeskError('ERR_INVALID_OPTION', `Vector ${i} from \`embed\` is not ${dimension} finite numbers.`);
      }
      byText.set(texts[i]!, v);
    });
    for (const [k, [a, b]] of asked) scores.set(k, cosine(byText.get(a)!, byText.get(b)!));
  }

  // Pass 2: the alignment with the resolved scores.
  if (signal?.aborted === true) throw signal.reason;
  return alignSources(sources, { ...rest, similarity: (a, b) => scores.get(key(a, b)) ?? 0 });
}
