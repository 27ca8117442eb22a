/**
 * What the alignment steps hand to one another.
 *
 * @packageDocumentation
 */
import type { Article, Relation, SentenceRef } from '../../core/types';
import type { Tile } from '../../similarity/tiles';
import type { PreparedSentence } from '../../similarity/types';

/** One body sentence of one aligned source. */
export interface Entry {
  /** Index of its source in canonical order (sources sorted by id). */
  readonly source: number;
  /** Index of the sentence in its article. */
  readonly index: number;
  readonly article: Article;
  /** The sentence's analysis, shared by every sentence with the same text. */
  readonly prepared: PreparedSentence;
}

/** Relations by rank, weakest first: `RELATIONS[rank]`. */
export const RELATIONS: readonly Relation[] = Object.freeze([
  'unrelated',
  'related',
  'paraphrase',
  'near-verbatim',
  'identical',
]);

/** The rank of each relation (see {@link RELATIONS}). */
export const RELATION_RANK: Readonly<Record<Relation, number>> = Object.freeze({
  unrelated: 0,
  related: 1,
  paraphrase: 2,
  'near-verbatim': 3,
  identical: 4,
});

/**
 * The scored links between sentences of different sources, one column per
 * field (no object per link: at 200 outlets there are about 90,000).
 */
export interface LinkTable {
  /** Entry indexes of the two sentences. */
  readonly a: number[];
  readonly b: number[];
  readonly score: number[];
  /** Rank of the relation (see {@link RELATIONS}). */
  readonly rank: number[];
  /** 1 for a contextual paraphrase (kept only as a mutual best match). */
  readonly contextual: number[];
  /** Index into `tiles` of the scored node pair the link comes from. */
  readonly pair: number[];
  /** Common runs of each scored node pair, oriented from its first node to its second. */
  readonly tiles: Array<readonly Tile[]>;
}

/** A link as a group keeps it. */
export interface KeptLink {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly relation: Relation;
  readonly contextual: boolean;
  /** Covered spans relative to each sentence, known for identical copies. */
  readonly covered?: {
    readonly a: readonly { start: number; end: number }[];
    readonly b: readonly { start: number; end: number }[];
  };
  /** Common runs found when the pair was scored, oriented from `a` to `b`. */
  readonly tiles?: readonly Tile[];
}

/** The reference to an entry's sentence that results carry. */
export function refOf(entry: Entry): SentenceRef {
  const s = entry.article.sentences[entry.index]!;
  return { source: entry.article.id, sentence: s.id, text: s.text, start: s.start, end: s.end };
}
