/**
 * `alignSources`: which sentences of several articles about one story say
 * the same thing, read top to bottom as the steps in `./steps`.
 *
 * @packageDocumentation
 */
import type { DiffOptions } from '../core/changes';
import type { Article, ArticleInput, Comparison, Diagnostic, SentenceDuplicate, SourceSummary } from '../core/types';
import type { NormalizeOptions } from '../normalize/normalize-article';
import { countWords } from '../normalize/words';
import type { RelationThresholds, SentenceSimilarity } from '../similarity/types';
import { findOmissions, quoteInventory } from './divergences';
import { readSources, resolveSettings } from './steps/01-sources';
import { collectSentences } from './steps/02-sentences';
import { collectNodes } from './steps/03-nodes';
import { findCandidates } from './steps/04-candidates';
import { scoreLinks } from './steps/05-links';
import { keepBestLinks } from './steps/06-best-links';
import { joinLinks } from './steps/07-join';
import { collectGroups } from './steps/08-groups';
import { findMoved } from './steps/09-moves';
import { pairStatistics } from './steps/10-pair-stats';
import { groupRecords } from './steps/11-group-records';
import { sourcePairs, uniqueSentences } from './steps/12-source-pairs';
import { typeChanges } from './steps/13-changes';
import { provenanceOf } from './steps/14-provenance';

export { AUTO_PROVENANCE_LIMIT } from './tuning';

/** Options of {@link alignSources}. */
export interface AlignOptions {
  /**
   * Relation thresholds (see `RELATION_THRESHOLDS`); each in [0, 1], with
   * `related <= paraphrase <= nearVerbatim`.
   *
   * @defaultValue `RELATION_THRESHOLDS`
   */
  readonly thresholds?: Partial<RelationThresholds>;
  /**
   * The weakest relation that puts two sentences in one group: `near-verbatim`
   * keeps only copy, `paraphrase` adds the same fact in other words, `related`
   * adds sentences that only share details.
   *
   * @defaultValue 'paraphrase'
   */
  readonly minRelation?: 'near-verbatim' | 'paraphrase' | 'related';
  /**
   * A similarity to use instead of the built-in model, for example the cosine
   * of sentence embeddings from a model you bring. Candidates still come from
   * the word index, and its scores are classified by `thresholds`: calibrate
   * them for your model (the cosines of a topical sentence encoder are high
   * for any two sentences of one story).
   *
   * Copying stays a lexical fact: a pair is `identical` or `near-verbatim`
   * only when the built-in model says so (its score then counts when higher
   * than yours), and a higher score from your function means `paraphrase`.
   * Pairs that share only names and attribution are never put together,
   * whatever the score.
   *
   * @defaultValue undefined (the built-in model)
   */
  readonly similarity?: SentenceSimilarity;
  /**
   * Most candidate sentences compared with each sentence. Bounds the work
   * when hundreds of outlets carry the same copy.
   *
   * @defaultValue 20
   */
  readonly maxCandidates?: number;
  /**
   * Options passed to {@link normalizeArticle} for inputs that are not
   * already normalized.
   *
   * @defaultValue {}
   */
  readonly normalize?: NormalizeOptions;
  /**
   * Options of the typed diff computed for every link (see `diffSentences`);
   * `{ trivial: 'omit' }` leaves out spelling, casing and punctuation changes.
   *
   * @defaultValue {}
   */
  readonly diff?: DiffOptions;
  /**
   * Whether to trace provenance (`comparison.provenance`): `true`, `false`,
   * or `'auto'` for up to {@link AUTO_PROVENANCE_LIMIT} sources (it compares
   * every ordered pair of sources passage by passage).
   *
   * @defaultValue 'auto'
   */
  readonly provenance?: boolean | 'auto';
}

/**
 * Aligns the sentences of several articles about one story: which sentences
 * say the same thing across outlets (identical, near-verbatim wire copy,
 * paraphrase), which only one outlet has, how much each pair of outlets
 * shares, and which sentences were moved, split or merged.
 *
 * @param inputs - Two or more sources: strings, {@link ArticleInput} objects or
 *   articles from {@link normalizeArticle}. One source is accepted and
 *   reported in `diagnostics`. A string, or an `ArticleInput` without `id`,
 *   gets an id derived from its text (`src-` and 8 hex digits); a given id,
 *   and the id of an `Article`, must be a non-empty string.
 * @param options - See {@link AlignOptions}.
 * @returns A plain, serializable {@link Comparison}. Groups, members and pairs
 *   are in a canonical order (sources sorted by id), so the same sources give
 *   the same groups whatever order they are passed in.
 * @throws {@link CopydeskError} `ERR_TOO_FEW_SOURCES` for an empty list,
 *   `ERR_DUPLICATE_ID` when two sources share an id, `ERR_INVALID_INPUT` for
 *   a hole, `null` or malformed `Article` in the list, `ERR_INVALID_OPTION`
 *   for an unknown, mistyped or out-of-range option (checked before any
 *   work, nested `normalize` and `diff` options included),
 *   `ERR_CALLBACK_FAILED` when `similarity` throws, and the errors of
 *   {@link normalizeArticle} (prefixed with the source's position).
 *
 * @example
 * ```ts
 * const comparison = alignSources([
 *   { id: 'wire', text: 'Kim Jong-un will visit Moscow in May, the Kremlin said on Wednesday.' },
 *   { id: 'paper', text: 'Kim Jong Un will visit Moscow in May, the Kremlin said Wednesday.' },
 * ]);
 * comparison.groups[0]?.relation; //=> 'near-verbatim'
 * comparison.pairs[0]?.coverageA; //=> 1
 * ```
 *
 * @remarks
 * Candidates come from an inverted index of informative words (see
 * `findCandidatePairs`), so the work grows close to linearly with the number
 * of sentences; each candidate pair is scored by {@link compareSentences}.
 * Sentences with the same normalized tokens are scored once. For each pair of
 * sources a link is kept when it is the best match of at least one of its two
 * sentences in the other source; links are then joined strongest first into
 * groups that hold at most one sentence per source, except for adjacent
 * sentences matched by the same sentence elsewhere (a split or a merge).
 * A member is marked moved when, within its source, its group is off the
 * longest increasing subsequence of the groups' consensus positions (the
 * median relative position of each group across sources): O(n log n) per
 * source, so hundreds of outlets stay cheap.
 */
export function alignSources(
  inputs: ReadonlyArray<string | ArticleInput | Article>,
  options?: AlignOptions,
): Comparison {
  // 1. Settings checked before any work; sources normalized, in canonical (id) order.
  const settings = resolveSettings(options);
  const { given, canonical } = readSources(inputs, options?.normalize);
  const sourceCount = canonical.length;
  const diagnostics: Diagnostic[] = [];
  const duplicates: SentenceDuplicate[] = [];
  // 2. Body sentences, each distinct text analysed once; exact repeats inside a source set aside.
  const { entries, repeated } = collectSentences(canonical, duplicates, diagnostics);
  // 3. Sentences with the same tokens form one node.
  const { nodes, nodeOf } = collectNodes(entries, repeated);
  // 4. Candidate node pairs from the word index.
  const { pairs, prepared } = findCandidates(nodes, entries, settings.maxCandidates, diagnostics);
  // 5. Each candidate scored once; links at or above the weakest kept relation.
  const links = scoreLinks(
    pairs,
    nodes,
    prepared,
    entries,
    { ...settings, similarity: options?.similarity },
    duplicates,
  );
  // 6. Best matches only, strongest first.
  const kept = keepBestLinks(links, entries, nodes, nodeOf);
  // 7. Joined into groups: one sentence per source, or a split/merge of adjacent ones.
  const joined = joinLinks(entries, nodes, links, kept);
  // 8. Groups in canonical order with the links each keeps.
  const groupTable = collectGroups(entries, repeated, nodes, links, joined);
  // 9. Sentences out of the consensus order.
  const moved = findMoved(entries, groupTable.members, sourceCount);
  // 10. What each pair of sources shares (only pairs that share).
  const stats = pairStatistics(entries, groupTable.members, sourceCount);
  // 11. Groups as reported, offsets absolute.
  const ids = canonical.map((a) => a.id);
  const records = groupRecords(entries, groupTable.members, groupTable.links, moved, ids, settings.thresholds);
  // 12. Unique sentences, source pairs, and sources that share nothing.
  const unique = uniqueSentences(entries, groupTable.groupOf, repeated, canonical);
  const listedPairs = sourcePairs(stats, canonical, records, given.length, diagnostics);
  // 13. Typed changes of every reported link.
  const groups = typeChanges(records, options?.diff ?? {}, new Map(canonical.map((a) => [a.id, a.original])));
  const summaries: SourceSummary[] = given.map(summarize);
  // 14. Provenance.
  const provenance = provenanceOf(given, options?.provenance, diagnostics);
  return {
    kind: 'comparison',
    schemaVersion: 1,
    sources: summaries,
    articles: given,
    groups,
    unique,
    pairs: listedPairs,
    omissions: findOmissions(
      ids,
      groups,
      stats.map((stat) => [stat.x, stat.y] as const),
    ),
    quotes: quoteInventory(canonical, groups),
    duplicates,
    ...(provenance ? { provenance } : {}),
    diagnostics,
    settings: {
      thresholds: settings.thresholds,
      minRelation: settings.minRelation,
      customSimilarity: options?.similarity !== undefined,
    },
  };
}

function summarize(article: Article): SourceSummary {
  const kept = article.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
  const removed = article.removed.reduce((n, r) => n + countWords(r.text), 0);
  return {
    id: article.id,
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    ...(article.metadata.title ? { title: article.metadata.title.text } : {}),
    ...(article.metadata.agency ? { agency: article.metadata.agency } : {}),
    sentences: article.sentences.length,
    wordsKept: kept,
    wordsRemoved: removed,
  };
}
