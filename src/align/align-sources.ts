import type { DiffOptions } from '../core/changes';
import { CopydeskError } from '../core/errors';
import type {
  AlignmentGroup,
  Article,
  ArticleInput,
  Comparison,
  Diagnostic,
  GroupLink,
  GroupMember,
  Relation,
  Sentence,
  SentenceDuplicate,
  SentenceRef,
  SourcePair,
  SourceSummary,
  Span,
} from '../core/types';
import { longestIncreasingSubsequence } from '../core/util/lis';
import { addWork } from '../core/util/work';
import { validateAlignOptions, validateSources } from '../core/validate';
import { type NormalizeOptions, normalizeArticle } from '../normalize/normalize-article';
import { isNotArticle } from '../normalize/not-article';
import { countWords } from '../normalize/words';
import { traceProvenance } from '../provenance/trace-provenance';
import { comparePrepared, RELATION_THRESHOLDS, scorePrepared } from '../similarity/compare-sentences';
import { prepareSentence } from '../similarity/features';
import { EXACT_TILING_CELLS } from '../similarity/tiles';
import type { PreparedSentence, RelationThresholds } from '../similarity/types';
import { type CandidateReport, findCandidatePairs } from './candidates';
import { findOmissions, linkChanges, quoteInventory } from './divergences';
import { boundPairs } from './pairs';
import { predicateStems, sharedPredicate } from './predicate';
import { relatednessDiagnostics } from './relatedness';

/** Groups up to this size keep every scored link; larger ones keep the links that joined them. */
const ALL_LINKS_UP_TO = 12;
/** Most sentences of one source in one group (a sentence split in three, or three merged). */
const MAX_PER_SOURCE = 3;
/** Most sentences between the first and last member of one source in a group. */
const MAX_SPLIT_SPAN = 4;
/** Below near-verbatim, two sentences must share this many predicate words (not names, not attribution). */
const MIN_SHARED_PREDICATE = 2;
/** Lowest score of a contextual paraphrase: a mutual best match in the related range. */
const CONTEXT_MIN_SCORE = 0.5;
/** Predicate words a contextual paraphrase must share. */
const CONTEXT_MIN_PREDICATE = 3;

/**
 * A user-supplied similarity for {@link AlignOptions.similarity}: two
 * sentences in, a score in [0, 1] out. It is called only on candidate pairs
 * from the index, and its score is classified by the thresholds.
 */
export type SentenceSimilarity = (a: string, b: string) => number;

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

/** Most sources for which `provenance: 'auto'` traces provenance. */
export const AUTO_PROVENANCE_LIMIT = 50;

const RELATION_RANK: Record<Relation, number> = {
  unrelated: 0,
  related: 1,
  paraphrase: 2,
  'near-verbatim': 3,
  identical: 4,
};

function isArticle(value: unknown): value is Article {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as { kind?: unknown }).kind === 'article' &&
    Array.isArray((value as { sentences?: unknown }).sentences) &&
    typeof (value as { original?: unknown }).original === 'string'
  );
}

function validateOptions(options: AlignOptions | undefined): {
  thresholds: RelationThresholds;
  minRelation: Relation;
  maxCandidates: number;
} {
  validateAlignOptions(options, RELATION_THRESHOLDS);
  const minRelation = options?.minRelation ?? 'paraphrase';
  const maxCandidates = options?.maxCandidates ?? 20;
  // validateAlignOptions checked the thresholds; resolve them here for the settings.
  const t = options?.thresholds ?? {};
  const thresholds = {
    nearVerbatim: t.nearVerbatim ?? RELATION_THRESHOLDS.nearVerbatim,
    paraphrase: t.paraphrase ?? RELATION_THRESHOLDS.paraphrase,
    related: t.related ?? RELATION_THRESHOLDS.related,
  };
  return { thresholds, minRelation, maxCandidates };
}

function toArticles(inputs: ReadonlyArray<string | ArticleInput | Article>, options?: NormalizeOptions): Article[] {
  if (!Array.isArray(inputs)) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      'alignSources expects an array of sources (strings, ArticleInput objects or normalized Articles).',
    );
  }
  if (inputs.length === 0) {
    throw new CopydeskError('ERR_TOO_FEW_SOURCES', 'alignSources needs at least one source; got an empty array.');
  }
  const articles = inputs.map((input, i) => {
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
  articles.forEach((a, i) => {
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
  return articles;
}

interface Entry {
  readonly source: number; // index into canonical order
  readonly index: number; // sentence index in its article
  readonly article: Article;
  readonly prepared: PreparedSentence;
}

function refOf(entry: Entry): SentenceRef {
  const s = entry.article.sentences[entry.index]!;
  return { source: entry.article.id, sentence: s.id, text: s.text, start: s.start, end: s.end };
}

function shift(spans: readonly Span[], by: number): Span[] {
  return spans.map((s) => ({ start: s.start + by, end: s.end + by }));
}

/**
 * Union-find over sentences. Each component knows, per source, which sentence
 * indexes it holds, so a join can be checked against the one-sentence-per-
 * source rule by looking only at the smaller side.
 */
class Components {
  private readonly parent: Int32Array;
  readonly members: Map<number, number[]>;
  private readonly bySource: Map<number, Map<number, number[]>>;
  constructor(n: number, sourceOf: (i: number) => number, indexOf: (i: number) => number) {
    this.parent = new Int32Array(n);
    this.members = new Map();
    this.bySource = new Map();
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      this.members.set(i, [i]);
      this.bySource.set(i, new Map([[sourceOf(i), [indexOf(i)]]]));
    }
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let c = i;
    while (this.parent[c] !== r) {
      const next = this.parent[c]!;
      this.parent[c] = r;
      c = next;
    }
    return r;
  }
  /**
   * Whether two components may be joined: every source they share must hold,
   * together, at most three adjacent sentences (a split or a merge).
   */
  joinable(ra: number, rb: number): boolean {
    let small = this.bySource.get(ra)!;
    let big = this.bySource.get(rb)!;
    if (small.size > big.size) [small, big] = [big, small];
    for (const [source, indexes] of small) {
      const other = big.get(source);
      if (!other) continue;
      const all = [...indexes, ...other].sort((p, q) => p - q);
      if (all.length > MAX_PER_SOURCE) return false;
      // Far-apart sentences of one source are different facts, not a split.
      if (all[all.length - 1]! - all[0]! > MAX_SPLIT_SPAN) return false;
    }
    return true;
  }
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.members.get(ra)!.length < this.members.get(rb)!.length) [ra, rb] = [rb, ra];
    const big = this.members.get(ra)!;
    for (const m of this.members.get(rb)!) big.push(m);
    const bigSources = this.bySource.get(ra)!;
    for (const [source, indexes] of this.bySource.get(rb)!) {
      const list = bigSources.get(source);
      if (list) list.push(...indexes);
      else bigSources.set(source, indexes);
    }
    this.members.delete(rb);
    this.bySource.delete(rb);
    this.parent[rb] = ra;
  }
}

/** Statistics of a pair of sources (canonical indexes `x < y`) that share at least one group. */
interface PairStat {
  readonly x: number;
  readonly y: number;
  /** Groups holding sentences of both. */
  shared: number;
  /** Sentences of `x` in those groups. */
  coveredX: number;
  /** Sentences of `y` in those groups. */
  coveredY: number;
}

/**
 * Words above which a sentence is reported as too long: the square root of
 * {@link EXACT_TILING_CELLS}, the length from which a pair of such sentences
 * is searched for common runs within a linear budget instead of exhaustively.
 */
const LONG_SENTENCE_WORDS = Math.sqrt(EXACT_TILING_CELLS);

/** One `sentence-too-long` diagnostic per source whose sentences (just prepared, last in `entries`) are that long. */
function reportLongSentences(article: Article, entries: readonly Entry[], diagnostics: Diagnostic[]): void {
  let count = 0;
  let longest = 0;
  let first: Sentence | undefined;
  for (let k = entries.length - article.sentences.length; k < entries.length; k++) {
    const words = entries[k]!.prepared.hashes.length;
    if (words <= LONG_SENTENCE_WORDS) continue;
    count++;
    if (words > longest) longest = words;
    first ??= article.sentences[entries[k]!.index];
  }
  if (count === 0 || first === undefined) return;
  diagnostics.push({
    code: 'sentence-too-long',
    severity: 'info',
    message:
      `Source ${JSON.stringify(article.id)} has ${count} sentence${count === 1 ? '' : 's'} of more than ` +
      `${LONG_SENTENCE_WORDS} words (the longest has ${longest}): a paragraph without punctuation? ` +
      'Such sentences are compared within a work budget linear in their length, which may miss some shared wording.',
    span: { start: first.start, end: first.end },
    source: article.id,
  });
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
  const settings = validateOptions(options);
  validateSources(inputs, 'alignSources');
  const given = toArticles(inputs, options?.normalize);
  const canonical = [...given].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const diagnostics: Diagnostic[] = [];
  const compareOptions = {
    thresholds: settings.thresholds,
    ...(options?.similarity
      ? {
          similarity: (a: PreparedSentence, b: PreparedSentence) => options.similarity!(a.text, b.text),
        }
      : {}),
  };
  const minRank = RELATION_RANK[settings.minRelation];
  const customSimilarity = options?.similarity !== undefined;
  const lexicalOptions = { thresholds: settings.thresholds };

  // 1. Sentences, prepared once; exact repeats inside one source are counted once.
  const entries: Entry[] = [];
  const duplicates: SentenceDuplicate[] = [];
  const repeated = new Set<number>();
  canonical.forEach((article, source) => {
    if (isNotArticle(article)) {
      // Kept in the result (summary, article, diagnostics) but never aligned, paired or traced.
      const why = article.diagnostics.find((d) => d.code === 'not-article')?.message ?? '';
      diagnostics.push({
        code: 'not-article',
        severity: 'info',
        message: `Source ${JSON.stringify(article.id)} is left out of groups, pairs and provenance: ${why}`,
        source: article.id,
      });
      return;
    }
    const firstByKey = new Map<string, number>();
    article.sentences.forEach((sentence, index) => {
      const entry: Entry = { source, index, article, prepared: prepareSentence(sentence.text) };
      const at = entries.length;
      entries.push(entry);
      const key = entry.prepared.key;
      const first = firstByKey.get(key);
      if (first !== undefined && entry.prepared.hashes.length >= 4) {
        repeated.add(at);
        duplicates.push({ first: refOf(entries[first]!), second: refOf(entry), score: 1 });
      } else firstByKey.set(key, at);
    });
    reportLongSentences(article, entries, diagnostics);
    if (article.sentences.length === 0) {
      diagnostics.push({
        code: 'empty-source',
        severity: 'warning',
        message: `Source ${JSON.stringify(article.id)} has no body sentences; it cannot share anything.`,
      });
    }
  });

  // 2. Identical sentences (same normalized tokens) form one node, scored once.
  const nodeOf = new Int32Array(entries.length).fill(-1);
  const nodes: number[][] = [];
  const nodeByKey = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (repeated.has(i)) return;
    const key = entry.prepared.hashes.length > 0 ? entry.prepared.key : `\u0000${i}`;
    let node = nodeByKey.get(key);
    if (node === undefined) {
      node = nodes.length;
      nodes.push([]);
      nodeByKey.set(key, node);
    }
    nodes[node]!.push(i);
    nodeOf[i] = node;
  });

  // 3. Candidate pairs of nodes from the inverted index; within-source near repeats too.
  const nodePrepared = nodes.map((members) => entries[members[0]!]!.prepared);
  const nodeSource = nodes.map((members) => (members.length > 1 ? -1 : entries[members[0]!]!.source));
  const index = { minIdf: 2.5, minSharedIdf: 7, maxPerSentence: settings.maxCandidates };
  const candidateReport: CandidateReport = { window: undefined, boundedWords: 0 };
  const pairs = findCandidatePairs(
    nodePrepared,
    nodeSource.map((s, i) => (s < 0 ? -1 - i : s)),
    index,
    false,
    candidateReport,
  );
  if (candidateReport.window !== undefined) {
    diagnostics.push({
      code: 'candidates-bounded',
      severity: 'info',
      message:
        `${candidateReport.boundedWords} words occur in more than ${2 * candidateReport.window + 1} distinct sentences ` +
        `(repetitive text?); through them each sentence was compared only with the ${2 * candidateReport.window} ` +
        'nearest in source order, to keep the work linear. Sentences sharing rarer words are compared as usual.',
    });
  }

  // 4. Score candidates; keep links at or above the weakest kept relation.
  interface Link {
    readonly a: number; // entry index
    readonly b: number;
    readonly score: number;
    readonly relation: Relation;
    readonly contextual: boolean;
    /** Covered spans, known for identical copies; computed for the links a group keeps. */
    readonly covered?: { readonly a: readonly Span[]; readonly b: readonly Span[] };
  }
  const links: Link[] = [];
  const predicates = nodePrepared.map(predicateStems);
  for (const [x, y] of pairs) {
    const match = scorePrepared(nodePrepared[x]!, nodePrepared[y]!, compareOptions);
    const shared = sharedPredicate(predicates[x]!, predicates[y]!);
    let relation = match.relation;
    let score = match.score;
    if (customSimilarity) {
      // Copying is a lexical fact: the built-in model decides `identical` and
      // `near-verbatim`; a user score at those levels means the same fact, not a copy.
      const lexical = scorePrepared(nodePrepared[x]!, nodePrepared[y]!, lexicalOptions);
      if (RELATION_RANK[lexical.relation] >= RELATION_RANK['near-verbatim']) {
        relation = lexical.relation;
        score = Math.max(score, lexical.score);
      } else if (RELATION_RANK[relation] > RELATION_RANK.paraphrase) relation = 'paraphrase';
    }
    const copied = RELATION_RANK[relation] >= RELATION_RANK['near-verbatim'];
    let contextual = false;
    if (RELATION_RANK[relation] < RELATION_RANK['near-verbatim'] && shared < MIN_SHARED_PREDICATE) {
      // Names and attribution alone do not make the same fact.
      if (RELATION_RANK[relation] > RELATION_RANK.related) relation = 'related';
      if (minRank > RELATION_RANK.related) continue;
    }
    if (
      relation === 'related' &&
      minRank === RELATION_RANK.paraphrase &&
      score >= CONTEXT_MIN_SCORE &&
      shared >= CONTEXT_MIN_PREDICATE
    ) {
      // A candidate for a contextual paraphrase: kept only if it is the mutual best match (step 5).
      relation = 'paraphrase';
      contextual = true;
    }
    if (RELATION_RANK[relation] < minRank) continue;
    for (const a of nodes[x]!) {
      for (const b of nodes[y]!) {
        const ea = entries[a]!;
        const eb = entries[b]!;
        if (ea.source === eb.source) {
          if (copied) {
            const [first, second] = a < b ? [ea, eb] : [eb, ea];
            duplicates.push({ first: refOf(first), second: refOf(second), score });
          }
          continue;
        }
        links.push({
          a,
          b,
          score,
          relation,
          contextual,
        });
      }
      // Identical nodes can hold hundreds of copies: link one representative pair per source pair.
      if (nodes[x]!.length * nodes[y]!.length > 64) break;
    }
  }

  // 5. Keep a link when it is the best match of one of its sentences in the other source.
  // Links compare by relation, then score: with a user similarity a copy
  // (decided lexically) still outranks a pair the model merely scores higher.
  const strength = (l: Link) => RELATION_RANK[l.relation] * 2 + l.score;
  const sourceCount = canonical.length;
  const bestFor = new Map<number, number>(); // entry * sourceCount + otherSource -> best strength
  for (const l of links) {
    const ka = l.a * sourceCount + entries[l.b]!.source;
    const kb = l.b * sourceCount + entries[l.a]!.source;
    if ((bestFor.get(ka) ?? -1) < strength(l)) bestFor.set(ka, strength(l));
    if ((bestFor.get(kb) ?? -1) < strength(l)) bestFor.set(kb, strength(l));
  }
  const kept = links.filter((l) => {
    const bestOfA = bestFor.get(l.a * sourceCount + entries[l.b]!.source) === strength(l);
    const bestOfB = bestFor.get(l.b * sourceCount + entries[l.a]!.source) === strength(l);
    // Contextual paraphrases must be the best match of both sentences.
    return l.contextual ? bestOfA && bestOfB : bestOfA || bestOfB;
  });
  kept.sort((p, q) => strength(q) - strength(p) || p.a - q.a || p.b - q.b);

  // 6. Join strongest first; at most one sentence per source unless adjacent (split/merge).
  const components = new Components(
    entries.length,
    (i) => entries[i]!.source,
    (i) => entries[i]!.index,
  );
  // Identical nodes belong together.
  for (const members of nodes) for (let k = 1; k < members.length; k++) components.union(members[0]!, members[k]!);
  const usedLinks: Link[] = [];
  const joining = new Set<Link>(); // the links that joined two components: a spanning tree of each group
  for (const link of kept) {
    const ra = components.find(link.a);
    const rb = components.find(link.b);
    if (ra === rb) {
      usedLinks.push(link);
      continue;
    }
    if (!components.joinable(ra, rb)) continue;
    components.union(ra, rb);
    usedLinks.push(link);
    joining.add(link);
  }

  // 7. Build groups in canonical order.
  const groupOf = new Int32Array(entries.length).fill(-1);
  const rawGroups: number[][] = [];
  for (let i = 0; i < entries.length; i++) {
    if (repeated.has(i)) continue;
    const root = components.find(i);
    const members = components.members.get(root)!;
    if (members.length < 2 || groupOf[i] !== -1) continue;
    const sources = new Set(members.map((m) => entries[m]!.source));
    if (sources.size < 2) continue;
    const sorted = [...members].sort((p, q) => p - q);
    for (const m of sorted) groupOf[m] = rawGroups.length;
    rawGroups.push(sorted);
  }
  // Small groups keep every scored link between their members; large ones
  // (hundreds of outlets carrying one wire sentence) keep the links that
  // joined them, so links, and the diffs computed for them, stay linear.
  const linksByGroup = rawGroups.map(() => [] as Link[]);
  for (const l of usedLinks) {
    const g = groupOf[l.a]!;
    if (g < 0 || g !== groupOf[l.b]) continue;
    if (rawGroups[g]!.length > ALL_LINKS_UP_TO && !joining.has(l)) continue;
    linksByGroup[g]!.push(l);
  }
  // Identical copies collapsed into one node are linked to their first copy.
  for (const members of nodes) {
    if (members.length < 2) continue;
    const g = groupOf[members[0]!]!;
    if (g < 0) continue;
    for (let k = 1; k < members.length; k++) {
      const a = members[0]!;
      const b = members[k]!;
      const whole = (e: Entry): Span[] => [{ start: 0, end: e.prepared.text.length }];
      linksByGroup[g]!.push({
        a,
        b,
        score: 1,
        relation: 'identical',
        contextual: false,
        covered: { a: whole(entries[a]!), b: whole(entries[b]!) },
      });
    }
  }

  // 8. Moved sentences: off the longest common order of two sources' shared groups.
  // Moved: within each source, the groups off the longest run that follows
  // the consensus order (each group's median relative position).
  const movedEntries = new Set<number>();
  const consensus = rawGroups.map((members) => {
    const positions = members.map((m) => {
      const total = entries[m]!.article.sentences.length;
      return total > 1 ? entries[m]!.index / (total - 1) : 0;
    });
    positions.sort((p, q) => p - q);
    return positions[Math.floor((positions.length - 1) / 2)]!;
  });
  // One entry per (source, group): the members of a split count once, at their first sentence.
  const groupsBySource = canonical.map(() => new Map<number, { index: number; members: number[] }>());
  rawGroups.forEach((members, g) => {
    for (const m of members) {
      const bySource = groupsBySource[entries[m]!.source]!;
      const entry = bySource.get(g);
      if (entry) {
        entry.members.push(m);
        entry.index = Math.min(entry.index, entries[m]!.index);
      } else bySource.set(g, { index: entries[m]!.index, members: [m] });
    }
  });
  for (const bySource of groupsBySource) {
    if (bySource.size < 2) continue;
    const list = [...bySource].sort((p, q) => p[1].index - q[1].index);
    const inOrder = new Set(longestIncreasingSubsequence(list.map(([g]) => consensus[g]!)));
    list.forEach(([, entry], k) => {
      if (!inOrder.has(k)) for (const m of entry.members) movedEntries.add(m);
    });
  }

  // Pair statistics for the pairs of sources that share a group, nothing for the others (no S x S arrays).
  const pairStats = new Map<number, PairStat>(); // key x * sourceCount + y with x < y
  for (const members of rawGroups) {
    const perSource = new Map<number, number>();
    for (const m of members) perSource.set(entries[m]!.source, (perSource.get(entries[m]!.source) ?? 0) + 1);
    const sources = [...perSource.keys()].sort((p, q) => p - q);
    for (let i = 0; i < sources.length; i++) {
      const sa = sources[i]!;
      for (let j = i + 1; j < sources.length; j++) {
        const sb = sources[j]!;
        const key = sa * sourceCount + sb;
        let stat = pairStats.get(key);
        if (stat === undefined) {
          stat = { x: sa, y: sb, shared: 0, coveredX: 0, coveredY: 0 };
          pairStats.set(key, stat);
        }
        stat.shared++;
        stat.coveredX += perSource.get(sa)!;
        stat.coveredY += perSource.get(sb)!;
      }
      addWork('align', sources.length - i - 1);
    }
  }

  const groups: AlignmentGroup[] = rawGroups.map((members, g) => {
    const position = new Map(members.map((m, k) => [m, k]));
    const perSource = new Map<number, number>();
    for (const m of members) perSource.set(entries[m]!.source, (perSource.get(entries[m]!.source) ?? 0) + 1);
    const groupMembers: GroupMember[] = members.map((m) => {
      const e = entries[m]!;
      const total = e.article.sentences.length;
      return {
        ...refOf(e),
        index: e.index,
        position: total > 1 ? e.index / (total - 1) : 0,
        moved: movedEntries.has(m),
        split: (perSource.get(e.source) ?? 0) > 1,
      };
    });
    const groupLinks: GroupLink[] = linksByGroup[g]!.map((l): GroupLink => {
      const [a, b] = position.get(l.a)! <= position.get(l.b)! ? [l.a, l.b] : [l.b, l.a];
      let ca: readonly Span[];
      let cb: readonly Span[];
      if (l.covered) {
        [ca, cb] = a === l.a ? [l.covered.a, l.covered.b] : [l.covered.b, l.covered.a];
      } else {
        const evidence = comparePrepared(entries[a]!.prepared, entries[b]!.prepared, compareOptions).evidence;
        [ca, cb] = [evidence.coveredA, evidence.coveredB];
      }
      return {
        a: position.get(a)!,
        b: position.get(b)!,
        score: l.score,
        relation: l.relation,
        contextual: l.contextual,
        coveredA: shift(ca, entries[a]!.article.sentences[entries[a]!.index]!.start),
        coveredB: shift(cb, entries[b]!.article.sentences[entries[b]!.index]!.start),
        changes: [],
      };
    });
    groupLinks.sort((p, q) => p.a - q.a || p.b - q.b);
    const relation = groupLinks.reduce<Relation>(
      (best, l) => (RELATION_RANK[l.relation] > RELATION_RANK[best] ? l.relation : best),
      'unrelated',
    );
    return {
      id: `g${g + 1}`,
      relation,
      shape: [...perSource.values()].some((n) => n > 1) ? 'one-to-many' : 'one-to-one',
      sources: [...perSource.keys()].sort((p, q) => p - q).map((s) => canonical[s]!.id),
      members: groupMembers,
      links: groupLinks,
    };
  });

  // 9. Unique sentences, pair statistics, summaries, diagnostics.
  const uniqueBySource = canonical.map(() => [] as SentenceRef[]);
  entries.forEach((e, i) => {
    if (groupOf[i] === -1 && !repeated.has(i)) uniqueBySource[e.source]!.push(refOf(e));
  });
  const unique = canonical.map((article, source) => ({ source: article.id, sentences: uniqueBySource[source]! }));
  const sourcePairs: SourcePair[] = [...pairStats.keys()]
    .sort((p, q) => p - q)
    .map((key) => {
      const { x, y, shared, coveredX, coveredY } = pairStats.get(key)!;
      const na = canonical[x]!.sentences.length;
      const nb = canonical[y]!.sentences.length;
      return {
        a: canonical[x]!.id,
        b: canonical[y]!.id,
        sharedGroups: shared,
        coverageA: na ? round(coveredX / na) : 0,
        coverageB: nb ? round(coveredY / nb) : 0,
      };
    });
  // One story told by hundreds of outlets: every pair shares; list each source's strongest peers.
  const listed = boundPairs(sourcePairs);
  if (listed.diagnostic) diagnostics.push(listed.diagnostic);
  if (given.length === 1) {
    diagnostics.push({
      code: 'single-source',
      severity: 'info',
      message: 'Only one source was given: there is nothing to align, so every sentence is unique.',
    });
  } else {
    // Without a shared sentence, a source is a different story only if it shares few names, places and dates too.
    const sharedGroups = groups.filter((g) => RELATION_RANK[g.relation] >= RELATION_RANK.paraphrase);
    for (const d of relatednessDiagnostics(
      canonical,
      sharedGroups.map((g) => g.sources),
    ))
      diagnostics.push(d);
  }
  const diffOptions = options?.diff ?? {};
  const withChanges: AlignmentGroup[] = groups.map((g) => {
    const changes = linkChanges(g, diffOptions);
    return { ...g, links: g.links.map((l, k) => ({ ...l, changes: changes[k]! })) };
  });
  const summaries: SourceSummary[] = given.map(summarize);
  const provenanceOption = options?.provenance ?? 'auto';
  if (provenanceOption !== true && provenanceOption !== false && provenanceOption !== 'auto') {
    throw new CopydeskError('ERR_INVALID_OPTION', "Option `provenance` must be true, false or 'auto'.");
  }
  const traceIt = provenanceOption === true || (provenanceOption === 'auto' && given.length <= AUTO_PROVENANCE_LIMIT);
  if (provenanceOption === 'auto' && !traceIt) {
    diagnostics.push({
      code: 'provenance-skipped',
      severity: 'info',
      message: `Provenance was not traced for ${given.length} sources (more than ${AUTO_PROVENANCE_LIMIT}); call traceProvenance(comparison) or pass \`provenance: true\`.`,
    });
  }
  const provenance = traceIt ? traceProvenance(given) : undefined;
  return {
    kind: 'comparison',
    schemaVersion: 1,
    sources: summaries,
    articles: given,
    groups: withChanges,
    unique,
    pairs: listed.pairs,
    omissions: findOmissions(
      canonical.map((a) => a.id),
      withChanges,
      [...pairStats.values()].map((stat) => [stat.x, stat.y] as const),
    ),
    quotes: quoteInventory(canonical, withChanges),
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

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
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
