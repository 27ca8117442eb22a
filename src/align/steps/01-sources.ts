/**
 * Step 1: the settings, and the sources as normalized articles in canonical
 * order (sorted by id), so the same sources give the same result in any order.
 *
 * @packageDocumentation
 */
import { CopydeskError } from '../../core/errors';
import type { Article, ArticleInput, Relation } from '../../core/types';
import { validateAlignOptions, validateSources } from '../../core/validate';
import { type NormalizeOptions, normalizeArticle } from '../../normalize/normalize-article';
import { RELATION_THRESHOLDS } from '../../similarity/compare-sentences';
import type { RelationThresholds } from '../../similarity/types';
import { DEFAULT_MAX_CANDIDATES } from '../tuning';

/** The options of `alignSources` that steps read, resolved. */
export interface Settings {
  readonly thresholds: RelationThresholds;
  readonly minRelation: Relation;
  readonly maxCandidates: number;
}

/** Validates the options (before any work) and resolves their defaults. */
export function resolveSettings(
  options:
    | {
        readonly thresholds?: Partial<RelationThresholds>;
        readonly minRelation?: 'near-verbatim' | 'paraphrase' | 'related';
        readonly maxCandidates?: number;
      }
    | undefined,
): Settings {
  validateAlignOptions(options, RELATION_THRESHOLDS);
  const t = options?.thresholds ?? {};
  return {
    thresholds: {
      nearVerbatim: t.nearVerbatim ?? RELATION_THRESHOLDS.nearVerbatim,
      paraphrase: t.paraphrase ?? RELATION_THRESHOLDS.paraphrase,
      related: t.related ?? RELATION_THRESHOLDS.related,
    },
    minRelation: options?.minRelation ?? 'paraphrase',
    maxCandidates: options?.maxCandidates ?? DEFAULT_MAX_CANDIDATES,
  };
}

function isArticle(value: unknown): value is Article {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as { kind?: unknown }).kind === 'article' &&
    Array.isArray((value as { sentences?: unknown }).sentences) &&
    typeof (value as { original?: unknown }).original === 'string'
  );
}

/**
 * The sources as articles, in the order given (normalizing strings and
 * inputs), and the same articles in canonical order.
 *
 * @throws {@link CopydeskError} for an empty or malformed list, two sources
 *   with one id, and the errors of `normalizeArticle` prefixed with the
 *   source's position.
 */
export function readSources(
  inputs: ReadonlyArray<string | ArticleInput | Article>,
  options: NormalizeOptions | undefined,
): { readonly given: Article[]; readonly canonical: Article[] } {
  validateSources(inputs, 'alignSources');
  if (!Array.isArray(inputs)) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      'alignSources expects an array of sources (strings, ArticleInput objects or normalized Articles).',
    );
  }
  if (inputs.length === 0) {
    throw new CopydeskError('ERR_TOO_FEW_SOURCES', 'alignSources needs at least one source; got an empty array.');
  }
  const given = inputs.map((input, i) => {
    if (isArticle(input)) return input;
    try {
      return normalizeArticle(input, options);
    } catch (error) {
      if (error instanceof CopydeskError) {
        throw new CopydeskError(error.code, `Source ${i + 1}: ${error.message}`, { cause: error });
      }
      throw error;
    }
  });
  const seen = new Map<string, number>();
  given.forEach((a, i) => {
    const previous = seen.get(a.id);
    if (previous !== undefined) {
      throw new CopydeskError(
        'ERR_DUPLICATE_ID',
        `Sources ${previous + 1} and ${i + 1} have the same id ${JSON.stringify(a.id)}. ` +
          'Give each source a distinct `id` (ids derived from the text collide only when the same text is given twice).',
      );
    }
    seen.set(a.id, i);
  });
  const canonical = [...given].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { given, canonical };
}
