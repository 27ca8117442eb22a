/**
 * A deterministic generator of derived copies, made the way newsrooms make
 * them from wire copy: cut the tail, rewrite the lede, reorder paragraphs,
 * change the headline, add local paragraphs taken from another (unrelated)
 * article, add a credit line. Also graded revisions (verbatim, light, heavy).
 * See docs/PROVENANCE.md ("The derived-copy generator").
 *
 * @packageDocumentation
 */

/** A seeded pseudo-random number generator (mulberry32): same seed, same sequence. */
export interface Rng {
  /** Next float in [0, 1). */
  next(): number;
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(list: readonly T[]): T[];
}

/**
 * Creates a mulberry32 generator.
 *
 * @param seed - Any 32-bit integer.
 * @returns The generator.
 * @example
 * ```ts
 * createRng(1).next() === createRng(1).next(); //=> true
 * ```
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/** A plain article: a headline and body paragraphs (each a list of sentences). */
export interface PlainArticle {
  readonly title: string;
  readonly paragraphs: readonly (readonly string[])[];
}

/** Renders an article as copydesk input: headline, blank line, paragraphs separated by blank lines. */
export function renderArticle(article: PlainArticle, extra?: { dateline?: string; credit?: string }): string {
  const paras = article.paragraphs.map((p) => p.join(' '));
  if (extra?.dateline && paras.length > 0) paras[0] = `${extra.dateline} ${paras[0]}`;
  const lines = [article.title, ...paras];
  if (extra?.credit) lines.push(extra.credit);
  return lines.join('\n\n');
}

function chars(paragraphs: readonly (readonly string[])[]): number {
  return paragraphs.reduce((n, p) => n + p.join(' ').replace(/\s+/g, '').length, 0);
}

// Function words an editor swaps or drops; content-word edits come from the donor text.
const SWAPS: Readonly<Record<string, string>> = {
  said: 'stated',
  says: 'states',
  about: 'around',
  also: 'too',
  big: 'large',
  but: 'however',
  many: 'numerous',
  because: 'as',
  help: 'assist',
  use: 'employ',
  show: 'indicate',
  shows: 'indicates',
  buy: 'purchase',
  start: 'begin',
  started: 'began',
  important: 'significant',
  very: 'highly',
  often: 'frequently',
  get: 'obtain',
  new: 'fresh',
  make: 'create',
  people: 'individuals',
};

/**
 * A light revision of one sentence: a few function-word swaps, one dropped
 * adjective-like word, sometimes a clause moved to the front. Keeps most
 * 5-word runs.
 */
export function lightRevision(sentence: string, rng: Rng): string {
  const words = sentence.split(' ');
  const out: string[] = [];
  for (const w of words) {
    const bare = w.toLowerCase().replace(/[^a-z]/g, '');
    const swap = SWAPS[bare];
    if (swap && rng.next() < 0.6) out.push(w.replace(new RegExp(bare, 'i'), swap));
    else if (rng.next() < 0.04 && words.length > 8 && /^[a-z]+$/.test(w)) continue;
    else out.push(w);
  }
  return out.join(' ');
}

/**
 * A heavy rewrite of one sentence: about every third word replaced by a word
 * of a donor text and the clause order turned around at a comma, so that
 * hardly any run of five words survives.
 */
export function heavyRewrite(sentence: string, donor: readonly string[], rng: Rng): string {
  let words = sentence.split(' ');
  const comma = words.findIndex((w, i) => i > 2 && i < words.length - 3 && w.endsWith(','));
  if (comma > 0) words = [...words.slice(comma + 1), ...words.slice(0, comma + 1).map((w) => w.replace(/,$/, ''))];
  return words
    .map((w, i) => (i % 3 === 1 || rng.next() < 0.15 ? rng.pick(donor) : w))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase());
}

/** Credit lines in the house styles copydesk recognizes. */
const CREDITS: ReadonlyArray<(rng: Rng) => { text: string; agency: string }> = [
  (rng) => ({
    text: `(Reporting by ${rng.pick(NAMES)}; Editing by ${rng.pick(NAMES)})`,
    agency: 'Reuters',
  }),
  () => ({ text: 'The Associated Press contributed to this report.', agency: 'AP' }),
  () => ({ text: '— AFP', agency: 'AFP' }),
  () => ({ text: 'Copyright 2015 The Associated Press. All rights reserved.', agency: 'AP' }),
];
const NAMES = ['Jack Kim', 'Ju-min Park', 'Michael Perry', 'Robert Birsel', 'Anna Smith', 'David Brunnstrom'];
const DATELINES = ['MOSCOW (Reuters) -', 'SEOUL, Jan 28 (Reuters) -', 'WASHINGTON (AP) —', 'PARIS (AFP) -'];

/** One generated pair and what is known about it by construction. */
export interface DerivedPair {
  /** The source text (copydesk input). */
  readonly source: string;
  /** The derived text. */
  readonly target: string;
  /** Expected METER class of target-from-source. */
  readonly expected: 'wholly-derived' | 'partially-derived' | 'non-derived';
  /** Share of the target's body characters copied (verbatim or lightly edited) from the source. */
  readonly copiedShare: number;
  /** Which evidence for direction the pair carries. */
  readonly regime: 'published-at' | 'wire-dateline' | 'text-only';
  /** Publication times, for the `published-at` regime. */
  readonly sourcePublishedAt?: string;
  readonly targetPublishedAt?: string;
  /** The operations applied, in order. */
  readonly operations: readonly string[];
}

/**
 * Derives a newsroom copy of `wire`. `kind` decides how much local text is
 * added: a `wholly` derived copy keeps at least 75% of its body from the
 * wire (lede rewrite and tail cut included); a `partially` derived copy
 * keeps 20–45% (local paragraphs from `local` make up the rest). The margins
 * keep the expected class away from the thresholds (0.6 and 0.15).
 *
 * @param wire - The wire story.
 * @param local - An unrelated article to take local paragraphs from.
 * @param kind - The class to produce.
 * @param rng - The seeded generator.
 * @returns The derived article, the share copied by construction and the operations.
 */
export function deriveCopy(
  wire: PlainArticle,
  local: PlainArticle,
  kind: 'wholly' | 'partially',
  rng: Rng,
): { article: PlainArticle; copiedShare: number; operations: string[]; credit?: { text: string; agency: string } } {
  const ops: string[] = [];
  const donor = local.paragraphs.flat().join(' ').split(' ');
  let paras = wire.paragraphs.map((p) => [...p]);
  // Cut the tail.
  const keep =
    kind === 'wholly'
      ? Math.max(2, Math.ceil(paras.length * (0.55 + 0.45 * rng.next())))
      : Math.max(2, Math.ceil(paras.length * (0.4 + 0.3 * rng.next())));
  if (keep < paras.length) {
    paras = paras.slice(0, keep);
    ops.push(`cut tail to ${keep} paragraphs`);
  }
  // Rewrite the lede (first sentence).
  const rewritten = new Set<string>();
  if (paras[0]?.[0] && rng.next() < 0.7) {
    const lede = heavyRewrite(paras[0][0], donor, rng);
    paras[0] = [lede, ...paras[0].slice(1)];
    rewritten.add(lede);
    ops.push('rewrite lede');
  }
  // Light edits through the body.
  paras = paras.map((p, i) => (i === 0 ? p : p.map((s) => (rng.next() < 0.3 ? lightRevision(s, rng) : s))));
  ops.push('light edits');
  // Reorder two paragraphs after the lede.
  if (paras.length > 3 && rng.next() < 0.5) {
    const i = rng.int(1, paras.length - 2);
    [paras[i], paras[i + 1]] = [paras[i + 1]!, paras[i]!];
    ops.push(`swap paragraphs ${i + 1} and ${i + 2}`);
  }
  const copiedChars = chars(paras) - [...rewritten].reduce((n, s) => n + s.replace(/\s+/g, '').length, 0);
  // Local paragraphs from the unrelated article, to reach the class's share.
  const localParas = local.paragraphs.map((p) => [...p]);
  const target = kind === 'wholly' ? 0.75 + 0.2 * rng.next() : 0.2 + 0.25 * rng.next();
  const added: string[][] = [];
  let li = 0;
  const share = () => copiedChars / (chars(paras) + chars(added));
  while (share() > target + 0.02 && li < localParas.length) {
    const next = localParas[li++]!;
    if (kind === 'wholly' && copiedChars / (chars(paras) + chars(added) + chars([next])) < 0.75) break;
    added.push(next);
  }
  if (added.length > 0) {
    // Local paragraphs go after the lede paragraph and at the end, as an outlet's own reporting would.
    const at = Math.min(paras.length, rng.int(1, paras.length));
    const first = added.slice(0, Math.ceil(added.length / 2));
    const rest = added.slice(first.length);
    paras = [...paras.slice(0, at), ...first, ...paras.slice(at), ...rest];
    ops.push(`add ${added.length} local paragraphs`);
  }
  const copiedShare = copiedChars / chars(paras);
  const title = heavyRewrite(wire.title, donor, rng).replace(/[.]$/, '');
  ops.push('new headline');
  let credit: { text: string; agency: string } | undefined;
  if (rng.next() < 0.6) {
    credit = rng.pick(CREDITS)(rng);
    ops.push(`credit line (${credit.agency})`);
  }
  return { article: { title, paragraphs: paras }, copiedShare, operations: ops, ...(credit ? { credit } : {}) };
}

/**
 * Builds one derived pair with its direction evidence regime.
 *
 * @param wire - The source story.
 * @param local - An unrelated article (local paragraphs).
 * @param kind - `wholly` or `partially`.
 * @param index - Pair number, used to rotate the regime.
 * @param rng - The seeded generator.
 * @returns The pair.
 */
export function derivedPair(
  wire: PlainArticle,
  local: PlainArticle,
  kind: 'wholly' | 'partially',
  index: number,
  rng: Rng,
): DerivedPair {
  const d = deriveCopy(wire, local, kind, rng);
  const regime = (['published-at', 'wire-dateline', 'text-only'] as const)[index % 3]!;
  let source: string;
  let credit = d.credit?.text;
  if (regime === 'wire-dateline') {
    const dateline = rng.pick(DATELINES);
    source = renderArticle(wire, { dateline });
    const agency = /\((\w+)\)/.exec(dateline)![1]!;
    credit = agency === 'Reuters' ? `(Reporting by ${rng.pick(NAMES)}; Editing by ${rng.pick(NAMES)})` : `— ${agency}`;
  } else {
    source = renderArticle(wire);
  }
  const target = renderArticle(d.article, credit ? { credit } : {});
  const day = 1 + (index % 27);
  return {
    source,
    target,
    expected: kind === 'wholly' ? 'wholly-derived' : 'partially-derived',
    copiedShare: d.copiedShare,
    regime,
    ...(regime === 'published-at'
      ? {
          sourcePublishedAt: `2015-01-${String(day).padStart(2, '0')}T08:00:00Z`,
          targetPublishedAt: `2015-01-${String(day).padStart(2, '0')}T11:30:00Z`,
        }
      : {}),
    operations: [...d.operations, ...(regime === 'wire-dateline' ? ['source carries an agency dateline'] : [])],
  };
}

/** The graded revisions of one article. */
export type Grade = 'verbatim' | 'light' | 'heavy';

/**
 * A graded revision: `verbatim` (the same paragraphs, new headline), `light`
 * (every sentence lightly revised), `heavy` (60% of sentences heavily
 * rewritten, the rest lightly, paragraphs reordered).
 *
 * @param article - The original.
 * @param donor - Words to draw replacements from.
 * @param grade - How much to change.
 * @param rng - The seeded generator.
 * @returns The revision.
 */
export function revise(article: PlainArticle, donor: readonly string[], grade: Grade, rng: Rng): PlainArticle {
  if (grade === 'verbatim') return { title: `${article.title} (updated)`, paragraphs: article.paragraphs };
  if (grade === 'light') {
    return {
      title: article.title,
      paragraphs: article.paragraphs.map((p) => p.map((s) => lightRevision(s, rng))),
    };
  }
  const paras = article.paragraphs.map((p) =>
    p.map((s) => (rng.next() < 0.6 ? heavyRewrite(s, donor, rng) : lightRevision(s, rng))),
  );
  return { title: heavyRewrite(article.title, donor, rng), paragraphs: rng.shuffle(paras) };
}
