/**
 * Document-level relatedness: whether two articles report the same story,
 * from the rare names, numbers and dates they share, whether or not they
 * share a sentence (issue 12).
 *
 * @packageDocumentation
 */

import { MONTHS, stripPossessive } from '../core/lexicon';
import type { Article, Diagnostic } from '../core/types';
import { analyzeText, type Expression, isUpperCase } from '../diff/expressions';
import { isNotArticle } from '../normalize/not-article';
import type { Token } from '../segment/tokenize';
import { hasSorted, wordIdf } from '../similarity/features';
import {
  CANDIDATES_SCORED,
  DATE_WEIGHT,
  ESTABLISHED_STORY_RELATEDNESS,
  ESTABLISHED_STORY_SOURCES,
  MAX_ACRONYM,
  MIN_ACRONYM,
  MIN_NAME_IDF,
  MIN_WORD_IDF,
  NAMED_IN_MESSAGE,
  NUMBER_BANDS,
  NUMBER_WEIGHT,
  POSTING_WALK,
  SAME_STORY_RELATEDNESS,
  SMALL_NUMBER_WEIGHT,
  WORD_SHARE,
  YEAR_WEIGHT,
} from './tuning';

/** The relatedness numbers, re-exported from `./tuning` where they live (issue 11). */
export {
  DATE_WEIGHT,
  ESTABLISHED_STORY_RELATEDNESS,
  ESTABLISHED_STORY_SOURCES,
  MIN_NAME_IDF,
  MIN_WORD_IDF,
  NUMBER_WEIGHT,
  SAME_STORY_RELATEDNESS,
  SMALL_NUMBER_WEIGHT,
  WORD_SHARE,
  YEAR_WEIGHT,
} from './tuning';

/** The features of one article: each feature once, with its weight. */
export interface DocumentFeatures {
  /** Feature keys: `n:` and a name's norm, `#:` and a number's key, `d:` and a date's key. */
  readonly keys: readonly string[];
  /** Weight of each key (rarity). */
  readonly weights: readonly number[];
  /** How each key was first written in the article (`Putin`, `$10.2 million`, `April 1, 1990`). */
  readonly labels: readonly string[];
  /** Position of each key in `keys`. */
  readonly index: ReadonlyMap<string, number>;
  /** In how many of the texts (the title, then each sentence) each key occurs. */
  readonly counts: readonly number[];
  /** The text each key first occurs in: -1 for the title, else the sentence's index. */
  readonly first: readonly number[];
  /** Sum of the weights. */
  readonly total: number;
  /** Euclidean norm of the weights. */
  readonly norm: number;
}

/** What two articles share. */
export interface Relatedness {
  /** Cosine of the two articles' weight vectors, in [0, 1] (0 when either has no feature). */
  readonly score: number;
  /** Sum of the weights of the shared features. */
  readonly sharedWeight: number;
  /** Labels of the shared features (in `a`'s spelling), heaviest first. */
  readonly shared: readonly string[];
}

function dateWeight(key: string): number {
  const parts = key.split(' ');
  let day = false;
  let year = false;
  let month = false;
  for (const p of parts) {
    if (MONTHS.has(p)) month = true;
    else if (/^\d{4}s?$/.test(p)) year = true;
    else if (/^\d{1,2}$/.test(p)) day = true;
  }
  if (month && day) return DATE_WEIGHT;
  if (year || (month && !day)) return YEAR_WEIGHT;
  return 0; // weekdays, times, `yesterday`: every story has them
}

function numberWeight(key: string): number {
  const plain = /^#?\d+(?:\.\d+)?$/.test(key);
  if (!plain) return NUMBER_WEIGHT; // a unit: `10200000$`, `32%`
  const value = Number(key.startsWith('#') ? key.slice(1) : key);
  if (value < NUMBER_BANDS.min) return 0;
  if (
    !key.startsWith('#') &&
    Number.isInteger(value) &&
    value >= NUMBER_BANDS.firstYear &&
    value <= NUMBER_BANDS.lastYear
  ) {
    return YEAR_WEIGHT;
  }
  return value > NUMBER_BANDS.smallMax ? NUMBER_WEIGHT : SMALL_NUMBER_WEIGHT;
}

/** Which lowercase words are features (see {@link extractDocumentFeatures}). @internal */
export interface WordFeatureSettings {
  /** Lowest IDF of a lowercase word kept as a feature. */
  readonly minWordIdf: number;
  /** Share of its IDF that such a word weighs. */
  readonly wordShare: number;
}

const ALIGN_WORDS: WordFeatureSettings = Object.freeze({ minWordIdf: MIN_WORD_IDF, wordShare: WORD_SHARE });

/**
 * Extracts the rare names, numbers and dates of an article's title and body,
 * each once, weighted by rarity.
 *
 * @param article - A normalized article.
 * @param words - Which lowercase words count: by default the alignment's
 *   ({@link MIN_WORD_IDF}, {@link WORD_SHARE}); the corpus index's stories
 *   take more of them.
 * @returns Its features.
 * @remarks
 * Names are capitalized words that do not open their sentence (or that are
 * acronyms) and whose IDF in the similarity stage's frequency table is at
 * least {@link MIN_NAME_IDF}; place names are names too. Numbers and dates
 * are the expressions of the diff stage (`$10.2 million` and `$10,200,000`
 * are one key; `March 19` is a date). Time is linear in the text.
 */
export function extractDocumentFeatures(article: Article, words: WordFeatureSettings = ALIGN_WORDS): DocumentFeatures {
  const f = extractFeatureLists(article, words);
  const index = new Map<string, number>();
  for (let k = 0; k < f.keys.length; k++) index.set(f.keys[k]!, k);
  return { ...f, index };
}

/**
 * {@link extractDocumentFeatures} without the `index` map (the corpus index
 * reads the lists only). Each distinct word, name, number and date is judged
 * once a call: its key and weight depend on its norm alone, so later
 * occurrences only count. @internal
 */
export function extractFeatureLists(
  article: Article,
  words: WordFeatureSettings = ALIGN_WORDS,
): Omit<DocumentFeatures, 'index'> {
  const keys: string[] = [];
  const weights: number[] = [];
  const labels: string[] = [];
  const counts: number[] = [];
  const first: number[] = [];
  /** The text each key was last counted in. */
  const last: number[] = [];
  // Per kind, the key position of each norm seen (-1: not a feature); a name by its norm without `'s`.
  const wordAt = new Map<string, number>();
  const nameAt = new Map<string, number>();
  const dateAt = new Map<string, number>();
  const numberAt = new Map<string, number>();
  let total = 0;
  let squares = 0;
  const texts = article.metadata.title ? [article.metadata.title.text] : [];
  const titled = texts.length;
  for (const s of article.sentences) texts.push(s.normalized);
  let at = 0;
  /** Counts key `k` once in the current text. */
  const count = (k: number) => {
    if (k >= 0 && last[k] !== at) {
      counts[k]!++;
      last[k] = at;
    }
  };
  /** Counts a date or number already seen, or adds its key (labelled as the text writes it). */
  const expression = (
    seen: Map<string, number>,
    prefix: string,
    e: Expression,
    weigh: (key: string) => number,
    text: string,
    tokens: readonly Token[],
  ) => {
    const held = seen.get(e.key);
    if (held !== undefined) count(held);
    else seen.set(e.key, add(prefix + e.key, weigh(e.key), text.slice(tokens[e.start]!.start, tokens[e.end - 1]!.end)));
  };
  /** Adds a new key (or marks the norm as no feature when its weight is not positive); returns its position. */
  const add = (key: string, weight: number, label: string): number => {
    if (weight <= 0) return -1;
    keys.push(key);
    weights.push(weight);
    labels.push(label);
    counts.push(1);
    first.push(at - titled);
    last.push(at);
    total += weight;
    squares += weight * weight;
    return keys.length - 1;
  };
  for (; at < texts.length; at++) {
    const text = texts[at]!;
    const analyzed = analyzeText(text);
    const { tokens } = analyzed;
    let firstWord = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      const initial = firstWord;
      firstWord = false;
      if (t.kind !== 'word') continue;
      if (analyzed.isName[i] !== 1) {
        if (!t.capitalized) {
          const held = wordAt.get(t.norm);
          if (held !== undefined) count(held);
          else {
            const w = wordIdf(t.norm);
            wordAt.set(t.norm, w >= words.minWordIdf ? add(`w:${t.norm}`, w * words.wordShare, t.text) : -1);
          }
        }
        continue;
      }
      // An acronym (`FEMA`, `NATO`) is a name wherever it stands; a heading in capitals (`METHODS`) is not.
      const n = t.text.length;
      const upper = n >= MIN_ACRONYM && isUpperCase(t.text);
      const acronym = n >= MIN_ACRONYM && n <= MAX_ACRONYM && upper;
      if (initial && !acronym) continue;
      if (!acronym && n > MAX_ACRONYM && upper) continue;
      const norm = stripPossessive(t.norm);
      if (norm.startsWith("i'")) continue; // I'm, I'll, I've
      const held = nameAt.get(norm);
      if (held !== undefined) count(held);
      else {
        const w = wordIdf(norm);
        nameAt.set(norm, w >= MIN_NAME_IDF ? add(`n:${norm}`, w, t.text) : -1);
      }
    }
    for (const d of analyzed.dates) expression(dateAt, 'd:', d, dateWeight, text, tokens);
    for (const n of analyzed.numbers) expression(numberAt, '#:', n, numberWeight, text, tokens);
  }
  return { keys, weights, labels, counts, first, total, norm: Math.sqrt(squares) };
}

/**
 * How related two articles are: the cosine of their feature vectors, each
 * feature present once with its weight, so rare names shared count most.
 * (A containment of the smaller article, shared weight over the smaller total,
 * was measured too: at the same false different-story rate it calls about
 * twice as many pairs of different stories related.)
 *
 * @param a - Features of one article.
 * @param b - Features of the other.
 * @returns The score and what is shared.
 */
export function documentRelatedness(a: DocumentFeatures, b: DocumentFeatures): Relatedness {
  const [small, large] = a.keys.length <= b.keys.length ? [a, b] : [b, a];
  const shared: { label: string; weight: number }[] = [];
  let sharedWeight = 0;
  let sharedSquares = 0;
  for (let k = 0; k < small.keys.length; k++) {
    if (!large.index.has(small.keys[k]!)) continue;
    sharedWeight += small.weights[k]!;
    sharedSquares += small.weights[k]! * small.weights[k]!;
    const inA = a.index.get(small.keys[k]!)!;
    shared.push({ label: a.labels[inA]!, weight: small.weights[k]! });
  }
  return relatednessOf(shared, sharedWeight, sharedSquares, a.norm * b.norm);
}

/** The score and the shared labels, heaviest first, from what two articles share. */
function relatednessOf(
  shared: { label: string; weight: number }[],
  sharedWeight: number,
  sharedSquares: number,
  denominator: number,
): Relatedness {
  shared.sort((p, q) => q.weight - p.weight);
  return {
    score: denominator > 0 ? sharedSquares / denominator : 0,
    sharedWeight,
    shared: shared.map((s) => s.label),
  };
}

/** The most related other article of one article. */
export interface RelatedSource extends Relatedness {
  /** Index of the other article. */
  readonly other: number;
}

/**
 * For each article in `queries`, its most related other article among
 * `features`, or `undefined` when it shares no feature with any.
 *
 * @param features - The features of every article.
 * @param queries - Indexes of the articles to look up.
 * @returns One entry per query, in order.
 * @remarks
 * Candidates come from an inverted index of the features: each query walks
 * the posting lists of its features, heaviest first, at most
 * {@link POSTING_WALK} entries each, adding up shared weight per article;
 * the {@link CANDIDATES_SCORED} articles sharing most are scored exactly.
 * The work is linear in the features and the queries, never in the pairs of
 * articles.
 */
export function findRelatedSources(
  features: readonly DocumentFeatures[],
  queries: readonly number[],
): (RelatedSource | undefined)[] {
  const table = new FeatureTable();
  const compact = features.map((f) => table.add(f));
  return relatedFromTable(table, compact, queries, (q) => features[q]!);
}

/**
 * The features of many articles with each key interned once: what the search
 * for related sources keeps of an article that is not a query (its key ids and
 * weights), a few bytes a feature instead of the strings, labels and maps of
 * {@link DocumentFeatures}. At 1,000 sources the full features held at once
 * took about 100 MB of heap; these take a few.
 */
class FeatureTable {
  /** Each key's id, in the order keys were first seen. */
  readonly idOf = new Map<string, number>();
  /** Postings: for each key id, the articles holding it, in the order they were added. */
  readonly postings: number[][] = [];
  private count = 0;
  private keys: string[] = [];

  /** The key of each id. */
  keyOf(): readonly string[] {
    if (this.keys.length !== this.idOf.size) this.keys = [...this.idOf.keys()];
    return this.keys;
  }

  /** Interns the keys of `f` and returns its compact form; `f` itself is not kept. */
  add(f: DocumentFeatures): CompactFeatures {
    const source = this.count++;
    const ids = new Int32Array(f.keys.length);
    for (let k = 0; k < f.keys.length; k++) {
      const key = f.keys[k]!;
      let id = this.idOf.get(key);
      if (id === undefined) {
        id = this.postings.length;
        this.idOf.set(key, id);
        this.postings.push([]);
      }
      ids[k] = id;
      this.postings[id]!.push(source);
    }
    return { ids, weights: Float64Array.from(f.weights), norm: f.norm };
  }
}

/** An article's features as key ids (in {@link FeatureTable}) and weights, in the order of its `keys`. */
interface CompactFeatures {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly norm: number;
  /** `ids` sorted, made when the article is first scored against a query. */
  sorted?: Int32Array;
}

/**
 * {@link findRelatedSources} on interned features: the full features of each
 * query come from `full`, every other article is read in its compact form.
 */
function relatedFromTable(
  table: FeatureTable,
  compact: readonly CompactFeatures[],
  queries: readonly number[],
  full: (q: number) => DocumentFeatures,
): (RelatedSource | undefined)[] {
  return queries.map((q) => {
    const f = full(q);
    const order = f.keys.map((_, k) => k).sort((x, y) => f.weights[y]! - f.weights[x]!);
    const accumulated = new Map<number, number>();
    for (const k of order) {
      const list = table.postings[table.idOf.get(f.keys[k]!)!]!;
      let walked = 0;
      for (const other of list) {
        if (other === q) continue;
        accumulated.set(other, (accumulated.get(other) ?? 0) + f.weights[k]!);
        if (++walked >= POSTING_WALK) break;
      }
    }
    const candidates = [...accumulated]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, CANDIDATES_SCORED)
      .map(([other]) => other);
    let best: RelatedSource | undefined;
    for (const other of candidates) {
      const r = relatednessToCompact(f, compact[other]!, table);
      if (best === undefined || r.score > best.score) best = { ...r, other };
    }
    return best;
  });
}

/**
 * {@link documentRelatedness} of full features `a` and an article's compact
 * features `b`: the same sums in the same order (over the article with fewer
 * keys), so the same score and the same shared labels.
 */
function relatednessToCompact(a: DocumentFeatures, b: CompactFeatures, table: FeatureTable): Relatedness {
  const shared: { label: string; weight: number }[] = [];
  let sharedWeight = 0;
  let sharedSquares = 0;
  if (a.keys.length <= b.ids.length) {
    b.sorted ??= b.ids.slice().sort();
    for (let k = 0; k < a.keys.length; k++) {
      if (!hasSorted(b.sorted, table.idOf.get(a.keys[k]!)!)) continue;
      const w = a.weights[k]!;
      sharedWeight += w;
      sharedSquares += w * w;
      shared.push({ label: a.labels[k]!, weight: w });
    }
  } else {
    const keyOf = table.keyOf();
    for (let k = 0; k < b.ids.length; k++) {
      const inA = a.index.get(keyOf[b.ids[k]!]!);
      if (inA === undefined) continue;
      const w = b.weights[k]!;
      sharedWeight += w;
      sharedSquares += w * w;
      shared.push({ label: a.labels[inA]!, weight: w });
    }
  }
  return relatednessOf(shared, sharedWeight, sharedSquares, a.norm * b.norm);
}

/** The features of a source left out. */
const NO_FEATURES: DocumentFeatures = {
  keys: [],
  weights: [],
  labels: [],
  index: new Map(),
  counts: [],
  first: [],
  total: 0,
  norm: 0,
};

/** Union-find over source indexes, with component sizes. */
function storyComponents(count: number, groups: readonly (readonly number[])[]): (i: number) => number {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    let c = i;
    while (parent[c] !== r) {
      const next = parent[c]!;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  for (const g of groups) for (let k = 1; k < g.length; k++) parent[find(g[k]!)] = find(g[0]!);
  const size = new Int32Array(count);
  for (let i = 0; i < count; i++) size[find(i)]!++;
  return (i) => size[find(i)]!;
}

/**
 * Whether an article can share a sentence with another source: it has a body
 * and is an article (a page flagged `not-article` is left out of groups,
 * pairs, provenance and relatedness). @internal
 */
export function isComparable(article: Article): boolean {
  return article.sentences.length > 0 && !isNotArticle(article);
}

/**
 * The diagnostics of sources that share no sentence with any other: an
 * `independent-coverage` note when the source is related at document level
 * to another (the same story reported independently), an `unrelated-source`
 * warning when it is related by neither measure.
 *
 * @param articles - The sources, in canonical order; two or more of them {@link isComparable} (with one, step 12
 *   notes `single-article` instead: there is no other story to tell it apart from).
 * @param sharedGroups - For each group at paraphrase level or above, the ids of its sources.
 * @returns The diagnostics, in the order of `articles`.
 * @remarks
 * A source is related at document level when its most related other source
 * (see {@link findRelatedSources}) reaches {@link SAME_STORY_RELATEDNESS},
 * or {@link ESTABLISHED_STORY_RELATEDNESS} when that source belongs to a
 * story that at least {@link ESTABLISHED_STORY_SOURCES} sources tell in
 * shared sentences.
 */
export function relatednessDiagnostics(
  articles: readonly Article[],
  sharedGroups: readonly (readonly string[])[],
): Diagnostic[] {
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const groups = sharedGroups.map((ids) => ids.map((id) => position.get(id)!).filter((i) => i !== undefined));
  const sharing = new Set<number>();
  for (const g of groups) if (g.length > 1) for (const i of g) sharing.add(i);
  // A page that is not an article (its own `not-article` diagnostic) is left out: never a story, nor a partner.
  const isolated: number[] = [];
  articles.forEach((a, i) => {
    if (isComparable(a) && !sharing.has(i)) isolated.push(i);
  });
  if (isolated.length === 0) return [];
  const storySize = storyComponents(articles.length, groups);
  // Each article's features are interned as soon as they are read; only the queries' are kept whole.
  const table = new FeatureTable();
  const queries = new Set(isolated);
  const whole = new Map<number, DocumentFeatures>();
  const compact = articles.map((a, i) => {
    const f = isNotArticle(a) ? NO_FEATURES : extractDocumentFeatures(a);
    if (queries.has(i)) whole.set(i, f);
    return table.add(f);
  });
  const related = relatedFromTable(table, compact, isolated, (q) => whole.get(q)!);
  return isolated.map((i, k): Diagnostic => {
    const id = JSON.stringify(articles[i]!.id);
    const r = related[k];
    const needed =
      r !== undefined && storySize(r.other) >= ESTABLISHED_STORY_SOURCES
        ? ESTABLISHED_STORY_RELATEDNESS
        : SAME_STORY_RELATEDNESS;
    if (r !== undefined && r.score >= needed) {
      const named = r.shared.slice(0, NAMED_IN_MESSAGE).join(', ');
      return {
        code: 'independent-coverage',
        severity: 'info',
        message:
          `Source ${id} reports the same story as ${JSON.stringify(articles[r.other]!.id)} independently: ` +
          `it shares names, places, numbers or dates with it (${named}) but no sentence at paraphrase level or above.`,
        source: articles[i]!.id,
      };
    }
    return {
      code: 'unrelated-source',
      severity: 'warning',
      message:
        `Source ${id} shares no sentence at paraphrase level or above with any other source, ` +
        'and few names, places, numbers or dates: it probably reports a different story.',
      source: articles[i]!.id,
    };
  });
}
