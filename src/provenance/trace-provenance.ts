/**
 * `traceProvenance`: wire evidence, passage-level reuse for each ordered
 * pair of sources, METER classes, direction, citations and the graph.
 *
 * @packageDocumentation
 */

import { CopydeskError } from '../core/errors';
import { type Mappable, mapSpan, piecesMap, spanMap } from '../core/mapping';
import type {
  Citation,
  Direction,
  PairReuse,
  Provenance,
  ProvenanceEdge,
  ProvenanceGraph,
  ProvenanceNode,
  ReuseOptions,
  ReusePassage,
  SentenceLink,
  SourceProvenance,
  TraceOptions,
  WireAttribution,
} from '../core/provenance';
import type { Article, Comparison, Diagnostic, Span } from '../core/types';
import { addWork } from '../core/util/work';
import { validateProvenanceInput, validateTraceOptions } from '../core/validate';
import { quotesOf } from '../diff/quotes';
import { DEFAULT_AGENCIES, indexAgencies } from '../normalize/agencies';
import { isNotArticle } from '../normalize/not-article';
import { RELATION_THRESHOLDS } from '../similarity/compare-sentences';
import { classifyDerivation, DERIVATION_THRESHOLDS } from './classes';
import { findCitations } from './find-citations';
import { findReuseInTokens, type WordTokens, withReuseDefaults, wordTokens } from './find-reuse';
import { LinkAnalysis, type LinkView, linkSentences, linkView } from './link-sentences';
import {
  CUT_TAIL,
  DERIVATION_TUNING,
  DERIVED_SENTENCE_COVERAGE,
  DIRECTION_CONFIDENCE,
  EDGE_CONFIDENCE,
  MAX_RUN_DEPTH,
  OWN_VERSUS_UNCREDITED_WEIGHT,
  SHARE_ROUNDING,
} from './tuning';
import { assertArticle, attributeWire, DEFAULT_WIRE_URL_PATTERNS, findWireEvidence } from './wire-evidence';

/**
 * Weights of the direction evidence, and the containment gap that counts.
 *
 * @remarks A publication time is the strongest sign of who came first; an
 * agency's own story against another outlet's copy of it is next; the
 * asymmetry of containment (the copy is contained in the original, not the
 * other way round: it adds less of its own) is weakest, since a copy that
 * adds local paragraphs can be longer than its source.
 */
export const DIRECTION_WEIGHTS = Object.freeze({
  /** Both texts have `publishedAt`, and they differ. */
  publishedAt: 3,
  /** One text is the agency's own story (`role: 'own'`), the other is attributed to the same agency. */
  ownVersusSyndicated: 2,
  /** Weight per unit of containment difference (`derivedShare(A→B) - derivedShare(B→A)`: verbatim and rewritten). */
  containment: 4,
  /** Smallest containment difference that counts as evidence. */
  minContainmentGap: 0.05,
  /**
   * One side lacks only the other's tail (copies are cut from the bottom, the
   * inverted pyramid) while its own additions are spread through it.
   */
  cutTail: 1.5,
} as const);

/** Share of a text's uncovered body (non-space) that lies after its last covered character. */
function tailShare(article: Article, covered: readonly Span[]): { uncovered: number; tail: number } {
  const spans = union(covered);
  const last = spans[spans.length - 1]?.end ?? 0;
  let total = 0;
  let uncovered = 0;
  let tail = 0;
  for (const p of article.paragraphs) {
    const all = nonSpace(article.original, p.start, p.end);
    const cov = coveredNonSpace(article.original, spans, p.start, p.end);
    total += all;
    uncovered += all - cov;
    if (p.start >= last) tail += all;
    else if (p.end > last) tail += nonSpace(article.original, last, p.end);
  }
  return { uncovered: total === 0 ? 0 : uncovered / total, tail: uncovered === 0 ? 0 : tail / uncovered };
}

interface BodyView {
  readonly article: Article;
  /** Paragraph texts joined by blank lines. */
  readonly text: string;
  /** Start of each paragraph in `text`. */
  readonly offsets: readonly number[];
  readonly tokens: WordTokens;
  /** Non-space characters of the body. */
  readonly chars: number;
  /** Body sentences prepared for sentence links. */
  readonly links: LinkView;
  /** Quoted words of the body, in `article.original`. */
  readonly quotes: readonly Span[];
  /** Non-space characters of each sentence of the article. */
  readonly sentenceChars: readonly number[];
  /** From `text` back to `article.original`: one piece per paragraph. */
  readonly map: Mappable;
}

function nonSpace(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x20 && text.charCodeAt(i) !== 0xa0) n++;
  return n;
}

function bodyView(article: Article, analysis: LinkAnalysis): BodyView {
  const quotes = quoteSpans(article);
  const offsets: number[] = [];
  let text = '';
  for (const p of article.paragraphs) {
    if (text.length > 0) text += '\n\n';
    offsets.push(text.length);
    text += p.text;
  }
  return {
    article,
    text,
    offsets,
    tokens: wordTokens(text),
    chars: nonSpace(text, 0, text.length),
    links: linkView(article, quotes, analysis),
    quotes,
    sentenceChars: article.sentences.map((s) => nonSpace(article.original, s.start, s.end)),
    map: piecesMap(article.original, article.paragraphs, offsets),
  };
}

/** A span of the joined body text mapped back to the article's original. */
function spanToOriginal(view: BodyView, span: Span): Span {
  return mapSpan(view.map, span);
}

/** Union of spans, sorted and merged. */
function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Non-space characters of `text[start, end)` inside `covered`, which must be
 * sorted and disjoint (the output of {@link union}). A binary search finds
 * the first span that reaches the range, so a caller that asks for every
 * sentence or paragraph of a text visits each span about once, instead of
 * every span for every range.
 */
function coveredNonSpace(text: string, covered: readonly Span[], start: number, end: number): number {
  let lo = 0;
  let hi = covered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (covered[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  let visited = 1;
  for (let k = lo; k < covered.length && covered[k]!.start < end; k++) {
    const c = covered[k]!;
    const s = Math.max(c.start, start);
    const e = Math.min(c.end, end);
    if (s < e) n += nonSpace(text, s, e);
    visited++;
  }
  addWork('reuse', visited);
  return n;
}

/**
 * Spans of quoted words (inside quotation marks) of an article's body, in
 * `original`, sorted and disjoint. Quotes are paired paragraph by paragraph,
 * so a statement quoted over several sentences (`"Although our products are
 * nontoxic, we do not recommend ... They are not designed for this
 * purpose."`) is quoted in each of them, as it is for the reader.
 */
function quoteSpans(article: Article): Span[] {
  const out: Span[] = [];
  for (const p of article.paragraphs) {
    const quotes = quotesOf(p.text);
    if (quotes.length === 0) continue;
    const map = spanMap(article.original, p);
    for (const q of quotes) out.push(mapSpan(map, q.content));
  }
  return union(out);
}

/** Whether most of `span` (non-space characters) lies inside `quotes`. */
function insideQuotes(text: string, quotes: readonly Span[], span: Span): boolean {
  const total = nonSpace(text, span.start, span.end);
  return total > 0 && coveredNonSpace(text, quotes, span.start, span.end) / total >= DERIVATION_TUNING.quoted;
}

function measurePair(
  src: BodyView,
  tgt: BodyView,
  reuse: Required<ReuseOptions>,
  analysis: LinkAnalysis,
): { pair: PairReuse; cappedTokens: number } {
  const { passages: found, cappedTokens } = findReuseInTokens(src.tokens, tgt.tokens, reuse);
  const coveredBody = union(found.map((p) => p.target));
  const share = tgt.chars === 0 ? 0 : coveredNonSpace(tgt.text, coveredBody, 0, tgt.text.length) / tgt.chars;
  const passages: ReusePassage[] = found.map((p) => ({
    ...p,
    source: spanToOriginal(src, p.source),
    target: spanToOriginal(tgt, p.target),
  }));
  const original = tgt.article.original;
  // Shared quotes: passages inside quotation marks in both texts.
  const sharedQuotes: ReusePassage[] = [];
  const countedBody: Span[] = [];
  const countedOriginal: Span[] = [];
  const passageTokens: number[] = [];
  for (let k = 0; k < passages.length; k++) {
    const p = passages[k]!;
    if (insideQuotes(original, tgt.quotes, p.target) && insideQuotes(src.article.original, src.quotes, p.source)) {
      sharedQuotes.push(p);
    } else {
      countedBody.push(found[k]!.target);
      countedOriginal.push(p.target);
      passageTokens.push(p.matchedTokens);
    }
  }
  const verbatim = tgt.chars === 0 ? 0 : coveredNonSpace(tgt.text, union(countedBody), 0, tgt.text.length) / tgt.chars;
  const coveredOriginal = union(passages.map((p) => p.target));
  const counted = union(countedOriginal);
  const derivedSentences: string[] = [];
  const sentenceChars = tgt.sentenceChars;
  const verbatimFraction: number[] = [];
  for (let k = 0; k < tgt.article.sentences.length; k++) {
    const s = tgt.article.sentences[k]!;
    const total = sentenceChars[k]!;
    verbatimFraction.push(total === 0 ? 0 : coveredNonSpace(original, counted, s.start, s.end) / total);
    if (total > 0 && coveredNonSpace(original, coveredOriginal, s.start, s.end) / total >= DERIVED_SENTENCE_COVERAGE) {
      derivedSentences.push(s.id);
    }
  }
  // Rewritten sentences: links in the source's order, weighed by their score.
  const sentenceLinks: SentenceLink[] = [];
  let added = 0;
  let links = 0;
  if (tgt.chars > 0 && src.chars > 0) {
    const raw = linkSentences(src.links, tgt.links, RELATION_THRESHOLDS.paraphrase, analysis);
    const countedLinks = raw.filter(
      (l) =>
        !(
          src.links.sentences[l.source]!.quoted >= DERIVATION_TUNING.quotedSentence &&
          tgt.links.sentences[l.target]!.quoted >= DERIVATION_TUNING.quotedSentence
        ),
    );
    const counts =
      countedLinks.length >= DERIVATION_TUNING.minLinks &&
      countedLinks.length >= DERIVATION_TUNING.minLinkedShare * tgt.links.sentences.length;
    for (const l of raw) {
      const isCounted = counts && countedLinks.includes(l);
      sentenceLinks.push({
        source: src.links.sentences[l.source]!.id,
        target: tgt.links.sentences[l.target]!.id,
        score: round(l.score),
        relation: l.relation,
        counted: isCounted,
      });
      if (!isCounted) continue;
      const gain = Math.max(0, l.score - verbatimFraction[l.target]!);
      if (gain > 0) links++;
      added += gain * sentenceChars[l.target]!;
    }
  }
  const rewritten = tgt.chars === 0 ? 0 : Math.min(1 - verbatim, added / tgt.chars);
  const derived = verbatim + rewritten;
  const decision = classifyDerivation({
    verbatimShare: verbatim,
    derivedShare: derived,
    passageTokens,
    sharedQuotes: sharedQuotes.length,
    links,
  });
  const sentences = tgt.article.sentences.length;
  const pair: PairReuse = {
    source: src.article.id,
    target: tgt.article.id,
    shareChars: round(share),
    shareSentences: round(sentences === 0 ? 0 : derivedSentences.length / sentences),
    derivedSentences,
    verbatimShare: round(verbatim),
    rewrittenShare: round(rewritten),
    derivedShare: round(derived),
    class: decision.class,
    reasons: [decision.reason],
    passages,
    sharedQuotes,
    sentenceLinks,
  };
  return { pair, cappedTokens };
}

function round(x: number): number {
  return Math.round(x * SHARE_ROUNDING) / SHARE_ROUNDING;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** The share a pair's class was decided on: `derivedShare` (verbatim and rewritten), `shareChars` for values built without it. */
function derivedOf(r: PairReuse): number {
  return r.derivedShare ?? r.shareChars;
}

/**
 * Ids of the target's sentences that the source accounts for: at least half
 * covered by passages, or linked to a source sentence by a counted sentence
 * link (a rewritten sentence).
 */
function heldSentences(r: PairReuse): Set<string> {
  const held = new Set(r.derivedSentences);
  for (const l of r.sentenceLinks ?? []) if (l.counted) held.add(l.target);
  return held;
}

/** Spans (in `article.original`) of the target's text that the source accounts for: passages and rewritten sentences. */
function heldSpans(article: Article, r: PairReuse): Span[] {
  const spans: Span[] = r.passages.map((p) => p.target);
  const linked = new Set((r.sentenceLinks ?? []).filter((l) => l.counted).map((l) => l.target));
  for (const s of article.sentences) if (linked.has(s.id)) spans.push({ start: s.start, end: s.end });
  return spans;
}

/** `Reuters'`, `UPI's`: a name in the possessive, for reasons. */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** A piece of evidence quoted in a reason: its kind and its text, shortened. */
function quoteEvidence(at: WireAttribution): string {
  const e = at.evidence[0];
  if (e === undefined) return 'evidence';
  const text = e.text.length > 60 ? `${e.text.slice(0, 57)}...` : e.text;
  return `${e.kind} "${text}"`;
}

function decideDirection(
  a: Article,
  b: Article,
  ab: PairReuse,
  ba: PairReuse,
  prov: ReadonlyMap<string, SourceProvenance>,
  all: readonly Article[],
  reuseOf: (s: string, t: string) => PairReuse | undefined,
): Direction {
  const base = { a: a.id, b: b.id };
  if (ab.class === 'non-derived' && ba.class === 'non-derived') {
    const top = Math.min(DERIVATION_THRESHOLDS.partially, Math.max(derivedOf(ab), derivedOf(ba)));
    return {
      ...base,
      verdict: 'unrelated',
      confidence: round(
        Math.max(
          DIRECTION_CONFIDENCE.unrelatedMin,
          1 - (top / DERIVATION_THRESHOLDS.partially) * DIRECTION_CONFIDENCE.unrelatedSlope,
        ),
      ),
      reasons: [`${a.id} → ${b.id}: ${ab.reasons?.[0] ?? ''}`, `${b.id} → ${a.id}: ${ba.reasons?.[0] ?? ''}`],
    };
  }
  const pa = prov.get(a.id)?.attribution;
  const pb = prov.get(b.id)?.attribution;
  // A third source both derive from: common source.
  for (const c of all) {
    if (c.id === a.id || c.id === b.id) continue;
    const ca = reuseOf(c.id, a.id);
    const cb = reuseOf(c.id, b.id);
    const ac = reuseOf(a.id, c.id);
    const bc = reuseOf(b.id, c.id);
    if (!ca || !cb || !ac || !bc) continue;
    const fromC = ca.class !== 'non-derived' && cb.class !== 'non-derived';
    const cIsOrigin = derivedOf(ca) > derivedOf(ac) && derivedOf(cb) > derivedOf(bc);
    const cRole = prov.get(c.id)?.attribution;
    if (fromC && (cIsOrigin || cRole?.role === 'own')) {
      const why =
        cRole?.role === 'own'
          ? `${c.id} is ${possessive(cRole.agency)} own story (${quoteEvidence(cRole)})`
          : `${c.id} holds more of each (${pct(derivedOf(ac))} of ${c.id} comes from ${a.id}, ${pct(derivedOf(bc))} from ${b.id})`;
      return {
        ...base,
        verdict: 'common-source',
        commonSource: cRole?.role === 'own' ? cRole.agency : c.id,
        confidence: round(
          Math.min(
            DIRECTION_CONFIDENCE.thirdSourceMax,
            DIRECTION_CONFIDENCE.thirdSourceBase +
              Math.min(derivedOf(ca), derivedOf(cb)) * DIRECTION_CONFIDENCE.thirdSourceSlope,
          ),
        ),
        reasons: [
          `both carry text of ${c.id}${cRole ? ` (${cRole.agency}, ${cRole.role})` : ''}: ${pct(derivedOf(ca))} of ${a.id} and ${pct(derivedOf(cb))} of ${b.id} come from it, and ${why}`,
        ],
      };
    }
  }
  if (pa && pb && pa.agency === pb.agency && pa.role !== 'own' && pb.role !== 'own') {
    return {
      ...base,
      verdict: 'common-source',
      commonSource: pa.agency,
      confidence: round(Math.min(pa.confidence, pb.confidence) * DIRECTION_CONFIDENCE.sharedCreditFactor),
      reasons: [
        `both credit ${pa.agency} (${a.id}: ${quoteEvidence(pa)}; ${b.id}: ${quoteEvidence(pb)}) and neither is ${possessive(pa.agency)} own story`,
      ],
    };
  }
  let score = 0; // > 0: b derives from a.
  const reasons: Array<[number, string]> = [];
  if (a.publishedAt !== undefined && b.publishedAt !== undefined && a.publishedAt !== b.publishedAt) {
    const [first, later] = a.publishedAt < b.publishedAt ? [a, b] : [b, a];
    const w = first === a ? DIRECTION_WEIGHTS.publishedAt : -DIRECTION_WEIGHTS.publishedAt;
    score += w;
    reasons.push([
      Math.abs(w),
      `${first.id} was published first (${first.publishedAt}; ${later.id} at ${later.publishedAt})`,
    ]);
  }
  if (pa && pb && pa.agency === pb.agency && pa.role !== pb.role) {
    const own = pa.role === 'own' ? a : pb.role === 'own' ? b : undefined;
    if (own) {
      const w = own === a ? DIRECTION_WEIGHTS.ownVersusSyndicated : -DIRECTION_WEIGHTS.ownVersusSyndicated;
      score += w;
      const [ownAt, otherAt, other] = own === a ? [pa, pb, b] : [pb, pa, a];
      reasons.push([
        Math.abs(w),
        `${own.id} is ${possessive(pa.agency)} own story (${quoteEvidence(ownAt)}); ${other.id} carries it (${quoteEvidence(otherAt)})`,
      ]);
    }
  } else if (pa && !pb && pa.role === 'own') {
    score += OWN_VERSUS_UNCREDITED_WEIGHT;
    reasons.push([
      OWN_VERSUS_UNCREDITED_WEIGHT,
      `${a.id} is ${possessive(pa.agency)} own story (${quoteEvidence(pa)}); ${b.id} credits no agency`,
    ]);
  } else if (pb && !pa && pb.role === 'own') {
    score -= OWN_VERSUS_UNCREDITED_WEIGHT;
    reasons.push([
      OWN_VERSUS_UNCREDITED_WEIGHT,
      `${b.id} is ${possessive(pb.agency)} own story (${quoteEvidence(pb)}); ${a.id} credits no agency`,
    ]);
  }
  // What each text holds of the other: passages and rewritten sentences.
  const tailA = tailShare(a, heldSpans(a, ba));
  const tailB = tailShare(b, heldSpans(b, ab));
  const cutA =
    tailA.uncovered >= CUT_TAIL.minUncovered && tailA.tail >= CUT_TAIL.minTail && tailB.tail < CUT_TAIL.otherMaxTail;
  const cutB =
    tailB.uncovered >= CUT_TAIL.minUncovered && tailB.tail >= CUT_TAIL.minTail && tailA.tail < CUT_TAIL.otherMaxTail;
  if (cutA !== cutB) {
    const w = cutA ? DIRECTION_WEIGHTS.cutTail : -DIRECTION_WEIGHTS.cutTail;
    score += w;
    const [orig, copy, tail] = cutA ? [a, b, tailA] : [b, a, tailB];
    reasons.push([
      Math.abs(w),
      `what ${copy.id} lacks of ${orig.id} is ${orig.id}'s tail (${pct(tail.tail)} of the ${pct(tail.uncovered)} of ${orig.id} that ${copy.id} lacks comes after the last shared sentence; copies are cut from the bottom), while ${copy.id}'s own text is spread through it`,
    ]);
  }
  const gap = derivedOf(ab) - derivedOf(ba);
  if (Math.abs(gap) >= DIRECTION_WEIGHTS.minContainmentGap) {
    const w = gap * DIRECTION_WEIGHTS.containment;
    score += w;
    const [orig, copy, taken, given] = gap > 0 ? [a, b, ab, ba] : [b, a, ba, ab];
    const origExtra = orig.sentences.length - heldSentences(given).size;
    const copyExtra = copy.sentences.length - heldSentences(taken).size;
    reasons.push([
      Math.abs(w),
      `${pct(derivedOf(taken))} of ${copy.id}'s body comes from ${orig.id} but only ${pct(derivedOf(given))} of ${orig.id}'s from ${copy.id} (verbatim and rewritten): ${orig.id} has ${origExtra} sentence(s) that ${copy.id} lacks, ${copy.id} ${copyExtra} that ${orig.id} lacks (asymmetric containment)`,
    ]);
  }
  reasons.sort((x, y) => y[0] - x[0]);
  if (score === 0) {
    return {
      ...base,
      verdict: 'unknown',
      confidence: 0,
      reasons: [
        `they share text (${pct(derivedOf(ab))} of ${b.id} / ${pct(derivedOf(ba))} of ${a.id}) but nothing tells who took from whom: ${a.publishedAt !== undefined && b.publishedAt !== undefined ? 'they were published at the same time' : 'they are not both dated'}, no credit tells, and each holds about as much of the other`,
      ],
    };
  }
  return {
    ...base,
    verdict: score > 0 ? 'a-to-b' : 'b-to-a',
    confidence: round(
      Math.min(
        DIRECTION_CONFIDENCE.directedMax,
        DIRECTION_CONFIDENCE.directedBase +
          DIRECTION_CONFIDENCE.directedScale * Math.tanh(Math.abs(score) / DIRECTION_CONFIDENCE.directedSoftness),
      ),
    ),
    reasons: reasons.map(([, r]) => r),
  };
}

/** Ids compared by code unit, the one stable order of sources (never their input position). */
function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The same verdict seen from the other side of the pair (`a` and `b` swapped). */
function turnDirection(d: Direction): Direction {
  const verdict = d.verdict === 'a-to-b' ? 'b-to-a' : d.verdict === 'b-to-a' ? 'a-to-b' : d.verdict;
  return { ...d, a: d.b, b: d.a, verdict };
}

/**
 * Keeps one `derived-from` edge per (from, to): the one with the higher
 * confidence (on a tie, the first added, in id order of the pairs), with the
 * share and class of the pair's reuse when the other edge had them.
 */
function mergeEdge(edges: ProvenanceEdge[], at: Map<string, number>, edge: ProvenanceEdge): void {
  const key = `${edge.from}\u0000${edge.to}\u0000${edge.kind}`;
  const k = at.get(key);
  if (k === undefined) {
    at.set(key, edges.length);
    edges.push(edge);
    return;
  }
  const old = edges[k]!;
  const winner = edge.confidence > old.confidence ? edge : old;
  const measured = old.share !== undefined ? old : edge.share !== undefined ? edge : undefined;
  edges[k] =
    measured && winner.share === undefined
      ? { ...winner, share: measured.share!, ...(measured.class ? { class: measured.class } : {}) }
      : winner;
}

function buildGraph(
  articles: readonly Article[],
  sources: readonly SourceProvenance[],
  reuse: readonly PairReuse[],
  directions: readonly Direction[],
  agencyKind: (name: string) => 'wire' | 'outlet' | 'unknown',
): ProvenanceGraph {
  const nodes: ProvenanceNode[] = articles.map((a, i) => {
    const at = sources[i]?.attribution;
    return { id: `src:${a.id}`, kind: 'source', label: a.id, ...(at ? { agency: at.agency, role: at.role } : {}) };
  });
  const sourceIds = new Set(articles.map((a) => a.id));
  const agencies = new Map<string, ProvenanceNode>();
  const agencyNode = (name: string): string => {
    const id = `agency:${name}`;
    if (!agencies.has(name)) agencies.set(name, { id, kind: 'agency', label: name, agencyKind: agencyKind(name) });
    return id;
  };
  const edges: ProvenanceEdge[] = [];
  const edgeAt = new Map<string, number>();
  for (const s of sources) {
    const at = s.attribution;
    if (at && at.role !== 'own') {
      mergeEdge(edges, edgeAt, {
        from: `src:${s.source}`,
        to: agencyNode(at.agency),
        kind: 'derived-from',
        confidence: at.confidence,
        reasons: at.evidence.map((e) => e.reason),
      });
    }
  }
  const reuseOf = new Map(reuse.map((r) => [`${r.source}\u0000${r.target}`, r]));
  // Pairs in id order, each with `a` the smaller id: the edges, and which of
  // two equal candidates wins, never depend on the order of the inputs.
  const canonical = directions
    .map((d) => (compareIds(d.a, d.b) <= 0 ? d : turnDirection(d)))
    .sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
  for (const d of canonical) {
    const ab = reuseOf.get(`${d.a}\u0000${d.b}`)!;
    const ba = reuseOf.get(`${d.b}\u0000${d.a}`)!;
    const push = (r: PairReuse, confidence: number, reasons: readonly string[]) =>
      mergeEdge(edges, edgeAt, {
        from: `src:${r.target}`,
        to: `src:${r.source}`,
        kind: 'derived-from',
        share: derivedOf(r),
        class: r.class,
        confidence,
        reasons,
      });
    if (d.verdict === 'a-to-b' && ab.class !== 'non-derived') push(ab, d.confidence, d.reasons);
    else if (d.verdict === 'b-to-a' && ba.class !== 'non-derived') push(ba, d.confidence, d.reasons);
    else if (d.verdict === 'unknown') {
      // On equal shares (a verbatim mirror), the edge points to the smaller id.
      const r = derivedOf(ab) >= derivedOf(ba) ? ab : ba;
      if (r.class !== 'non-derived') push(r, EDGE_CONFIDENCE.unknownDirection, d.reasons);
    } else if (d.verdict === 'common-source' && d.commonSource !== undefined) {
      const to = sourceIds.has(d.commonSource) ? `src:${d.commonSource}` : agencyNode(d.commonSource);
      for (const id of [d.a, d.b]) {
        mergeEdge(edges, edgeAt, {
          from: `src:${id}`,
          to,
          kind: 'derived-from',
          confidence: d.confidence,
          reasons: d.reasons,
        });
      }
    }
  }
  for (const s of sources) {
    const byName = new Map<string, { kind: Citation['kind']; ids: Set<string> }>();
    for (const c of s.citations) {
      const entry = byName.get(c.name);
      if (entry) entry.ids.add(c.sentence.id);
      else byName.set(c.name, { kind: c.kind, ids: new Set([c.sentence.id]) });
    }
    for (const [name, { kind, ids }] of byName) {
      edges.push({
        from: `src:${s.source}`,
        to: agencyNode(name),
        kind: 'cites',
        confidence: kind === 'unknown' ? EDGE_CONFIDENCE.citesUnknown : EDGE_CONFIDENCE.citesKnown,
        reasons: [...ids].map((id) => `cited in ${id}`),
      });
    }
  }
  const agencyNodes = [...agencies.values()].sort((x, y) => compareIds(x.label, y.label));
  return { nodes: [...nodes, ...agencyNodes], edges };
}

/**
 * Traces where the sources of a comparison come from: wire evidence per
 * source, the share of each source's body taken from each other source
 * (passage level, with the aligned spans), METER classes, who copied whom,
 * citations, and a provenance graph.
 *
 * @param comparison - The result of `alignSources`, or a list of normalized articles.
 * @param options - See {@link TraceOptions}.
 * @returns The {@link Provenance}. Problems in the data (a single source, an
 *   empty body) are in `diagnostics`.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when `comparison` is
 *   neither a comparison nor an array of normalized articles;
 *   `ERR_DUPLICATE_ID` when two articles share an id; `ERR_INVALID_OPTION` for bad options.
 *
 * @example
 * ```ts
 * const wire = normalizeArticle({ id: 'wire', text: 'Kim to visit\n\nMOSCOW (Reuters) - ' + story });
 * const copy = normalizeArticle({ id: 'copy', text: 'Kim visits\n\n' + story.slice(0, 400) });
 * const p = traceProvenance([wire, copy]);
 * p.reuse.find((r) => r.source === 'wire' && r.target === 'copy')?.class; //=> 'wholly-derived'
 * p.directions[0]?.verdict; //=> 'a-to-b'
 * ```
 *
 * @remarks
 * - Reuse: {@link findReuse} on the joined body paragraphs of each ordered
 *   pair (each text tokenized once), offsets mapped back to
 *   `article.original`. `shareChars` counts non-space body characters in
 *   passages (small edits inside a copied stretch count as copied);
 *   `shareSentences` counts sentences at least half covered.
 * - Classes: {@link DERIVATION_THRESHOLDS} on `derivedShare`: verbatim
 *   passages outside shared quotes (quotation marks paired paragraph by
 *   paragraph) plus rewritten sentences linked in the source's order (METER,
 *   Clough et al. 2002); quoted speech alone or one stock phrase is
 *   non-derived.
 * - Direction ({@link DIRECTION_WEIGHTS}): `publishedAt` when both have it,
 *   an agency's own story against a copy crediting it, which text lacks the
 *   other's tail, and asymmetric containment of `derivedShare` (verbatim and
 *   rewritten). `common-source` when both credit the same agency and
 *   neither is its own story, or when a third source is the origin of both.
 *   Every verdict's `reasons` quote the evidence it read.
 * - A source flagged `not-article` takes part in no reuse, direction or
 *   attribution: its shares are 0 both ways.
 */
export function traceProvenance(comparison: Comparison | readonly Article[], options?: TraceOptions): Provenance {
  validateTraceOptions(options);
  validateProvenanceInput(comparison);
  const articles = readArticles(comparison);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new CopydeskError('ERR_INVALID_OPTION', 'traceProvenance options must be an object when given.');
  }
  const agencyList = options?.agencies ?? DEFAULT_AGENCIES;
  const urlPatterns = options?.urlPatterns ?? DEFAULT_WIRE_URL_PATTERNS;
  // Checked by validateTraceOptions (each an integer, `maxGap` from 0, the others from 1).
  const reuseOptions = withReuseDefaults(options?.reuse);
  const diagnostics: Diagnostic[] = [];
  if (articles.length < 2) {
    diagnostics.push({
      code: 'single-source',
      severity: 'info',
      message: 'Only one source: there is no pair to measure reuse or direction for.',
    });
  }
  const sources: SourceProvenance[] = articles.map((article) => {
    // A page that is not an article claims nothing: no wire attribution, no citations.
    if (isNotArticle(article)) return { source: article.id, evidence: [], citations: [] };
    const evidence = findWireEvidence(article, { agencies: agencyList, urlPatterns });
    const attribution = attributeWire(article, evidence, { agencies: agencyList, urlPatterns });
    return {
      source: article.id,
      evidence,
      ...(attribution ? { attribution } : {}),
      citations: findCitations(article, { agencies: agencyList }),
    };
  });
  // A page that is not an article has no body to take from or give to: its shares are 0.
  // Each distinct sentence text is prepared once, and each pair of texts scored once, for every pair of sources.
  const analysis = new LinkAnalysis();
  const views = articles.map((a) => bodyView(isNotArticle(a) ? { ...a, paragraphs: [], sentences: [] } : a, analysis));
  for (const v of views) {
    if (isNotArticle(v.article)) {
      diagnostics.push({
        code: 'not-article',
        severity: 'info',
        message: `Source ${v.article.id} is not an article (see its \`not-article\` diagnostic): it is left out of reuse, direction and wire attribution.`,
        source: v.article.id,
      });
    } else if (v.chars === 0) {
      diagnostics.push({
        code: 'empty-body',
        severity: 'warning',
        message: `Source ${v.article.id} has no body text: its reuse shares are 0.`,
        source: v.article.id,
      });
    }
  }
  const reuse: PairReuse[] = [];
  for (const src of views) {
    for (const tgt of views) {
      if (src === tgt) continue;
      const { pair, cappedTokens } = measurePair(src, tgt, reuseOptions, analysis);
      reuse.push(pair);
      if (cappedTokens > 0) {
        diagnostics.push({
          code: 'repetitive-text',
          severity: 'info',
          message: `${src.article.id} repeats text that ${tgt.article.id} carries: for ${cappedTokens} word(s) of ${tgt.article.id}, only the first ${MAX_RUN_DEPTH} places in ${src.article.id} (or the first ${reuseOptions.maxOccurrences} of a repeated phrase) were compared. The share of ${tgt.article.id} taken from ${src.article.id} is complete; the passages marked \`capped\` point to one of the places the text repeats.`,
          source: src.article.id,
        });
      }
    }
  }
  const byPair = new Map(reuse.map((r) => [`${r.source}\u0000${r.target}`, r]));
  const reuseOf = (s: string, t: string) => byPair.get(`${s}\u0000${t}`);
  const prov = new Map(sources.map((s) => [s.source, s]));
  // Every verdict is decided on the pair in id order (a third source is
  // looked for in id order too), then turned to the input order of the pair:
  // the same sources give the same verdicts, reasons and graph in any order.
  const byId = [...articles].sort((x, y) => compareIds(x.id, y.id));
  const directions: Direction[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      const [x, y] = compareIds(a.id, b.id) <= 0 ? [a, b] : [b, a];
      const d = decideDirection(x, y, reuseOf(x.id, y.id)!, reuseOf(y.id, x.id)!, prov, byId, reuseOf);
      directions.push(x === a ? d : turnDirection(d));
    }
  }
  const index = indexAgencies(agencyList);
  const graph = buildGraph(articles, sources, reuse, directions, (name) => index.byName.get(name)?.kind ?? 'unknown');
  return { kind: 'provenance', sources, reuse, directions, graph, diagnostics };
}

function readArticles(input: unknown): readonly Article[] {
  let articles: unknown;
  if (Array.isArray(input)) articles = input;
  else if (input !== null && typeof input === 'object' && (input as { kind?: unknown }).kind === 'comparison') {
    articles = (input as { articles?: unknown }).articles;
  }
  if (!Array.isArray(articles)) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      'traceProvenance expects a Comparison (the result of alignSources) or an array of normalized articles.',
    );
  }
  const seen = new Set<string>();
  for (const a of articles) {
    assertArticle(a, 'traceProvenance');
    if (seen.has(a.id)) {
      throw new CopydeskError(
        'ERR_DUPLICATE_ID',
        `Two articles have the id ${JSON.stringify(a.id)}; give each a unique id.`,
      );
    }
    seen.add(a.id);
  }
  return articles as readonly Article[];
}
