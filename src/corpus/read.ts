/**
 * Reading one input for the corpus index: checked, normalized, placed in
 * time, fingerprinted, with the diagnostics every store reports alike.
 *
 * @internal
 * @packageDocumentation
 */

import { CopydeskError } from '../core/errors';
import { parseTime } from '../core/time';
import type { Article, Diagnostic } from '../core/types';
import { normalizeArticle } from '../normalize/normalize-article';
import { type Fingerprints, fingerprintArticle } from './fingerprint';
import { BUCKET_MS } from './tuning';
import type { CorpusInput, CorpusSettings, CorpusStoriesOptions } from './types';

/**
 * A time in ms from a Date or a string as `normalizeArticle` reads `publishedAt` (ISO 8601, a time without a zone
 * being UTC; RFC 2822; an English month name); `ERR_INVALID_INPUT` otherwise. @internal
 */
export function readTime(value: string | Date | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const time =
    value instanceof Date ? value.getTime() : typeof value === 'string' ? (parseTime(value) ?? Number.NaN) : Number.NaN;
  if (!Number.isFinite(time)) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      `${field} must be an ISO 8601 string or a valid Date, got ${String(value)}`,
    );
  }
  return time;
}

/** A control character, which an id may not hold. */
const CONTROL_IN_ID = /[\u0000-\u001f\u007f]/;

/** `ERR_INVALID_INPUT` unless the input is an object with a non-empty string id without control characters. @internal */
export function checkInput(input: CorpusInput): void {
  if (typeof input !== 'object' || input === null) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      'a corpus input must be an object { id, text, publishedAt?, outlet?, url? }',
    );
  }
  if (typeof input.id !== 'string' || input.id.length === 0) {
    throw new CopydeskError('ERR_INVALID_INPUT', 'a corpus input needs an id: a non-empty string');
  }
  // Ids name articles, groups and stories in both stores (keys and lists on Redis): no control character.
  if (CONTROL_IN_ID.test(input.id)) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      `a corpus input's id may not hold control characters (U+0000 to U+001F, U+007F): ${JSON.stringify(input.id)}`,
    );
  }
}

/** One input, read. @internal */
export interface ReadInput {
  readonly article: Article;
  readonly time: number;
  readonly bucket: number;
  /** Published before the window: matched, not held. */
  readonly outside: boolean;
  /** Flagged not-article: not fingerprinted. */
  readonly notArticle: boolean;
  readonly fingerprints: Fingerprints;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads an input: normalized, its time (the newest time seen when it has
 * none, with a diagnostic), its bucket, whether it falls before the window
 * that ends at `newestBucket`, its fingerprints.
 *
 * @internal
 */
export function readInput(
  input: CorpusInput,
  settings: CorpusSettings,
  newestTime: number,
  newestBucket: number,
): ReadInput {
  const bucketMs = BUCKET_MS[settings.bucket];
  const article = normalizeArticle(input, settings.normalize);
  const diagnostics: Diagnostic[] = [...article.diagnostics];
  let time = readTime(input.publishedAt, 'publishedAt');
  if (time === undefined) {
    time = Number.isFinite(newestTime) ? newestTime : 0;
    diagnostics.push({
      code: 'no-publication-time',
      severity: 'warning',
      message:
        'the article has no publishedAt; it was placed at the newest time the index has seen ' +
        `(${new Date(time).toISOString()}), which decides its place in the window`,
    });
  }
  const bucket = Math.floor(time / bucketMs);
  const windowStart = Number.isFinite(newestBucket) ? newestBucket - settings.window + 1 : Number.NEGATIVE_INFINITY;
  const outside = bucket < windowStart;
  if (outside) {
    diagnostics.push({
      code: 'outside-window',
      severity: 'warning',
      message:
        `the article was published before the window (which starts ${new Date(windowStart * bucketMs).toISOString()}): ` +
        'it is matched against what the index holds but not held',
    });
  }
  const notArticle = article.diagnostics.some((d) => d.code === 'not-article');
  const fingerprints = notArticle ? fingerprintArticle({ ...article, sentences: [] }) : fingerprintArticle(article);
  if (notArticle) {
    diagnostics.push({
      code: 'not-indexed',
      severity: 'info',
      message: 'the page is not an article (see the not-article diagnostic): its text is not fingerprinted or matched',
    });
  } else if (fingerprints.hashes.length === 0) {
    diagnostics.push({
      code: 'no-fingerprints',
      severity: 'info',
      message: 'the body has no run of three or more words: nothing to match',
    });
  }
  return { article, time, bucket, outside, notArticle, fingerprints, diagnostics };
}

/**
 * `ERR_DUPLICATE_ID` for an id that names a copy group or story the index
 * still holds: the id of its first article, which was removed while other
 * articles of the group or story stay. @internal
 */
export function namedAfterRemoved(id: string): CopydeskError {
  return new CopydeskError(
    'ERR_DUPLICATE_ID',
    `the corpus index holds a copy group or story named "${id}" (after an article of that id, since removed): give the new article another id`,
  );
}

/**
 * The options of `stories()`, checked (both stores): `minArticles` an integer
 * of at least 1, `limit` an integer of at least 0 or `Infinity`, nothing else.
 * @internal
 */
export function readStoriesOptions(options: CorpusStoriesOptions | undefined): {
  minArticles: number;
  limit: number;
} {
  if (options === undefined) return { minArticles: 1, limit: Number.POSITIVE_INFINITY };
  if (typeof options !== 'object' || options === null) {
    throw new CopydeskError('ERR_INVALID_OPTION', 'stories() options must be an object when given');
  }
  for (const key of Object.keys(options)) {
    if (key !== 'minArticles' && key !== 'limit') {
      throw new CopydeskError('ERR_INVALID_OPTION', `unknown stories() option "${key}" (known: minArticles, limit)`);
    }
  }
  const minArticles = options.minArticles ?? 1;
  if (!Number.isInteger(minArticles) || minArticles < 1) {
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      `stories() minArticles must be an integer of at least 1, got ${String(minArticles)}`,
    );
  }
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      `stories() limit must be an integer of at least 0, got ${String(limit)}`,
    );
  }
  return { minArticles, limit };
}
