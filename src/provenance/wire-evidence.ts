/**
 * Wire evidence in one normalized article: credit lines, datelines and
 * bylines naming an agency, photo credits, and URL paths of wire sections.
 *
 * @packageDocumentation
 */
import { CopydeskError } from '../core/errors';
import type { WireAttribution, WireEvidence, WireRole, WireUrlPattern } from '../core/provenance';
import type { Article, Span } from '../core/types';
import { freezeTable } from '../core/util/freeze';
import { addWork } from '../core/util/work';
import { validateArticle, validateWireEvidenceOptions } from '../core/validate';
import { type AgencyDefinition, DEFAULT_AGENCIES, findAgencies, indexAgencies } from '../normalize/agencies';
import { creditAgencies } from '../normalize/rules/metadata';
import { EVIDENCE_CONTEXT_CHARS, WIRE_EVIDENCE_TUNING } from './tuning';

/**
 * URL patterns that mark wire copy. Extend with your own:
 * `[...DEFAULT_WIRE_URL_PATTERNS, { pattern: /\/ansa\//i, agency: 'ANSA', meaning: 'wire-section', confidence: 0.6 }]`.
 *
 * @remarks `agency-site` patterns recognize the agencies' own domains (the
 * story is the agency's own); `wire-section` patterns recognize the sections
 * where outlets file syndicated copy (`/Latest-News-Wires/`, `/ap-...`,
 * `/reuters/`).
 */
export const DEFAULT_WIRE_URL_PATTERNS: readonly WireUrlPattern[] = freezeTable([
  { pattern: /^https?:\/\/(?:[\w-]+\.)*reuters\.com\//i, agency: 'Reuters', meaning: 'agency-site', confidence: 0.8 },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*apnews\.com\//i, agency: 'AP', meaning: 'agency-site', confidence: 0.8 },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*upi\.com\//i, agency: 'UPI', meaning: 'agency-site', confidence: 0.8 },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*afp\.com\//i, agency: 'AFP', meaning: 'agency-site', confidence: 0.8 },
  {
    pattern: /^https?:\/\/(?:[\w-]+\.)*bloomberg\.com\//i,
    agency: 'Bloomberg',
    meaning: 'agency-site',
    confidence: 0.8,
  },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*dpa\.com\//i, agency: 'dpa', meaning: 'agency-site', confidence: 0.8 },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*yna\.co\.kr\//i, agency: 'Yonhap', meaning: 'agency-site', confidence: 0.8 },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*kyodonews\.net\//i, agency: 'Kyodo', meaning: 'agency-site', confidence: 0.8 },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*tass\.(?:com|ru)\//i, agency: 'TASS', meaning: 'agency-site', confidence: 0.8 },
  {
    pattern: /^https?:\/\/(?:[\w-]+\.)*(?:xinhuanet\.com|news\.cn)\//i,
    agency: 'Xinhua',
    meaning: 'agency-site',
    confidence: 0.8,
  },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*ria\.ru\//i, agency: 'RIA', meaning: 'agency-site', confidence: 0.8 },
  { pattern: /^https?:\/\/(?:[\w-]+\.)*kcna\.kp\//i, agency: 'KCNA', meaning: 'agency-site', confidence: 0.8 },
  { pattern: /^https?:\/\/[^/]+\/.*\/ap-[\w-]+/i, agency: 'AP', meaning: 'wire-section', confidence: 0.7 },
  {
    pattern: /^https?:\/\/[^/]+\/(?:.*\/)?(?:ap|ap-news|apnews)\//i,
    agency: 'AP',
    meaning: 'wire-section',
    confidence: 0.7,
  },
  { pattern: /^https?:\/\/[^/]+\/(?:.*\/)?reuters\//i, agency: 'Reuters', meaning: 'wire-section', confidence: 0.7 },
  { pattern: /^https?:\/\/[^/]+\/(?:.*\/)?afp\//i, agency: 'AFP', meaning: 'wire-section', confidence: 0.7 },
  { pattern: /^https?:\/\/[^/]+\/(?:.*\/)?upi\//i, agency: 'UPI', meaning: 'wire-section', confidence: 0.7 },
  {
    pattern: /^https?:\/\/[^/]+\/(?:.*\/)?bloomberg\//i,
    agency: 'Bloomberg',
    meaning: 'wire-section',
    confidence: 0.7,
  },
  {
    pattern:
      /^https?:\/\/[^/]+\/(?:.*\/)?(?:latest-news-wires|news-wires?|newswires?|wires?|wire-stories|wire-news)\//i,
    meaning: 'wire-section',
    confidence: 0.6,
  },
]);

/** Options of {@link findWireEvidence}. */
export interface WireEvidenceOptions {
  /**
   * Agencies recognized by name.
   *
   * @defaultValue `DEFAULT_AGENCIES`
   */
  readonly agencies?: readonly AgencyDefinition[];
  /**
   * URL patterns that mark wire copy.
   *
   * @defaultValue {@link DEFAULT_WIRE_URL_PATTERNS}
   */
  readonly urlPatterns?: readonly WireUrlPattern[];
}

/** Confidence of each kind of evidence, and why. */
export const WIRE_EVIDENCE_CONFIDENCE = {
  /** `(Reporting by ...; Editing by ...)`, `The Associated Press contributed`, `Copyright ... AP`, `— Reuters`: written to credit the agency. */
  creditLine: 0.95,
  /** `MOSCOW, March 19 (UPI) --`, `(AP) —`: the agency's own house style, kept by outlets that run its copy. */
  dateline: 0.9,
  /** `By Jack Kim, Reuters`. */
  byline: 0.85,
  /** The last part of `KCNA/Reuters`: the agency that distributed the photo; the text may still be another's. */
  photoDistributor: 0.4,
  /** Other parts of a photo credit (the photographer's or the original source's name). */
  photoOther: 0.25,
} as const;

/** A photo label just before an agency's name: `Image copyright `, `Photo credit: `. */
const PHOTO_LABEL_BEFORE = /\b(?:image|photo|picture|photograph)s?\s+(?:copyright|©|source|credit)\s*:?\s*$/i;

/**
 * Finds the line around each of a series of spans given in text order, with
 * one forward pass over the text (a long line that names many agencies is
 * read once, not once per name).
 */
class LineCursor {
  private pos = 0;
  private lineStart = 0;
  private lineEnd = -1;

  constructor(private readonly text: string) {}

  /**
   * Up to {@link EVIDENCE_CONTEXT_CHARS} characters of the line before
   * `start` and after `end`, and whether the line goes on past them. Calls
   * must come in text order.
   */
  around(start: number, end: number): { before: string; after: string; beforeCut: boolean; afterCut: boolean } {
    const { text } = this;
    let scanned = Math.max(0, start - this.pos);
    for (; this.pos < start; this.pos++) if (text.charCodeAt(this.pos) === 0x0a) this.lineStart = this.pos + 1;
    if (this.lineEnd < end) {
      const next = text.indexOf('\n', end);
      this.lineEnd = next < 0 ? text.length : next;
      scanned += this.lineEnd - end;
    }
    addWork('reuse', scanned + 1);
    const from = Math.max(this.lineStart, start - EVIDENCE_CONTEXT_CHARS);
    const to = Math.min(this.lineEnd, end + EVIDENCE_CONTEXT_CHARS);
    return {
      before: text.slice(from, start),
      after: text.slice(end, to),
      beforeCut: from > this.lineStart,
      afterCut: to < this.lineEnd,
    };
  }

  /** The whole rest of the line after `end` (for the text of a credit line). */
  restOfLine(end: number): string {
    addWork('reuse', this.lineEnd - end);
    return this.text.slice(end, this.lineEnd);
  }
}

/** Whether `span` overlaps one of `sorted` (spans sorted by start; `maxEnd[k]`: largest end among the first k + 1). */
function overlapsAny(sorted: readonly Span[], maxEnd: readonly number[], span: Span): boolean {
  // Last span that starts before `span` ends.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  addWork('reuse', 1);
  return lo > 0 && maxEnd[lo - 1]! > span.start;
}

/**
 * Collects the wire evidence of one normalized article: the credit lines,
 * datelines, bylines and photo credits `normalizeArticle` recognized, agency
 * credits it left in the text (`(AP) —` inside a line, `Copyright 2015 The
 * Associated Press`, `Reuters contributed to this report`), and the URL.
 *
 * @param article - A normalized article.
 * @param options - See {@link WireEvidenceOptions}.
 * @returns The evidence, strongest first, each with offsets into
 *   `article.original` when it is in the text.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when `article` is not a normalized article.
 *
 * @example
 * ```ts
 * const article = normalizeArticle('Kim to visit\n\nMOSCOW, March 19 (UPI) -- Kim will visit Moscow in May.');
 * findWireEvidence(article).map((e) => [e.kind, e.agency]);
 * //=> [['dateline', 'UPI']]
 * ```
 */
export function findWireEvidence(article: Article, options?: WireEvidenceOptions): WireEvidence[] {
  validateWireEvidenceOptions(options);
  validateArticle(article, 'The article given to findWireEvidence');
  assertArticle(article, 'findWireEvidence');
  const agencyList = options?.agencies ?? DEFAULT_AGENCIES;
  const index = indexAgencies(agencyList);
  const canonical = (name: string): AgencyDefinition | undefined =>
    index.byName.get(name) ?? findAgencies(name, index)[0]?.agency;
  const out: WireEvidence[] = [];
  const { metadata } = article;
  for (const credit of metadata.credits) {
    // Every organization a credit names is evidence (`ABC News' Gerard McNiff
    // and the Associated Press contributed`: ABC News and AP), photo agencies aside.
    const named = [credit.agency, ...creditAgencies(credit.text, index)]
      .filter((name): name is string => name !== undefined)
      .map((name) => canonical(name)?.name ?? name)
      .filter((name, i, all) => all.indexOf(name) === i && index.byName.get(name)?.photoOnly !== true);
    const others = (agency: string) => named.filter((n) => n !== agency);
    for (const agency of named.length > 0 ? named : [undefined]) {
      out.push({
        kind: 'credit-line',
        ...(agency ? { agency } : {}),
        text: credit.text,
        span: { start: credit.start, end: credit.end },
        confidence: agency ? WIRE_EVIDENCE_CONFIDENCE.creditLine : WIRE_EVIDENCE_TUNING.unnamedCreditLine,
        reason:
          credit.reporters.length + credit.editors.length > 0
            ? `credit line naming ${[...credit.reporters, ...credit.editors].length} reporter(s)/editor(s) in ${agency ?? 'wire'} house style`
            : agency && others(agency).length > 0
              ? `credit line crediting ${agency} with ${others(agency).join(', ')}`
              : `credit line crediting ${agency ?? 'a wire agency'}`,
      });
    }
  }
  const dateline = metadata.dateline;
  if (dateline?.agency) {
    out.push({
      kind: 'dateline',
      agency: canonical(dateline.agency)?.name ?? dateline.agency,
      text: dateline.text,
      span: { start: dateline.start, end: dateline.end },
      confidence: WIRE_EVIDENCE_CONFIDENCE.dateline,
      reason: `dateline with the agency in parentheses (${dateline.agency})`,
    });
  }
  for (const byline of metadata.bylines) {
    if (!byline.agency) continue;
    // `By Dominic Casciani, BBC Home Affairs correspondent`: an outlet's staff byline, no wire copy.
    const definition = canonical(byline.agency);
    if (definition?.kind === 'outlet' || definition?.photoOnly === true) continue;
    out.push({
      kind: 'byline',
      agency: canonical(byline.agency)?.name ?? byline.agency,
      text: byline.text,
      span: { start: byline.start, end: byline.end },
      confidence: WIRE_EVIDENCE_CONFIDENCE.byline,
      reason: `byline naming the agency (${byline.agency})`,
    });
  }
  for (const photo of metadata.photoCredits) {
    const named = photo.sources
      .map((s, i) => ({ agency: canonical(s), last: i === photo.sources.length - 1 }))
      .filter((x) => x.agency !== undefined && x.agency.kind === 'wire');
    for (const { agency, last } of named) {
      out.push({
        kind: 'photo-credit',
        agency: agency!.name,
        text: photo.text,
        span: { start: photo.start, end: photo.end },
        confidence: last ? WIRE_EVIDENCE_CONFIDENCE.photoDistributor : WIRE_EVIDENCE_CONFIDENCE.photoOther,
        reason: last
          ? `photo credit distributed by ${agency!.name} (a photo, not necessarily the text)`
          : `photo credit naming ${agency!.name} as the photo's origin`,
      });
    }
  }
  // Agency credits the normalizer left inside lines. Each name is read with
  // at most EVIDENCE_CONTEXT_CHARS of its line on each side.
  const text = article.original;
  const known = out
    .filter((e) => e.span)
    .map((e) => e.span!)
    .sort((a, b) => a.start - b.start);
  const knownMaxEnd: number[] = [];
  for (const k of known) knownMaxEnd.push(Math.max(k.end, knownMaxEnd[knownMaxEnd.length - 1] ?? -1));
  // Hits come in text order without overlaps: one found earlier ends before the next starts.
  let foundUntil = -1;
  const lines = new LineCursor(text);
  for (const hit of findAgencies(text, index)) {
    if (hit.agency.kind !== 'wire') continue;
    const span = { start: hit.start, end: hit.end };
    if (span.start < foundUntil || overlapsAny(known, knownMaxEnd, span)) continue;
    const { before, after, beforeCut, afterCut } = lines.around(hit.start, hit.end);
    // `Image copyright AP` left in a line: the agency of a picture, not of the text.
    const photoLabel = PHOTO_LABEL_BEFORE.exec(before);
    if (photoLabel) {
      const start = hit.start - photoLabel[0].length;
      out.push({
        kind: 'photo-credit',
        agency: hit.agency.name,
        text: text.slice(start, hit.end),
        span: { start, end: hit.end },
        confidence: WIRE_EVIDENCE_CONFIDENCE.photoDistributor,
        reason: `photo credit naming ${hit.agency.name} (a photo, not necessarily the text)`,
      });
      foundUntil = span.end;
      continue;
    }
    // A photo agency's name elsewhere (`Getty Images`) credits a picture or is news about the agency.
    if (hit.agency.photoOnly === true) continue;
    let found: Omit<WireEvidence, 'agency' | 'span'> | undefined;
    if (/\(\s*$/.test(before) && /^\s*\)\s*(?:--|[-—–])/.test(after)) {
      const m = /\(\s*$/.exec(before)!;
      const end = hit.end + /^\s*\)\s*(?:--|[-—–])/.exec(after)![0].length;
      const start = hit.start - m[0].length;
      found = {
        kind: 'dateline',
        text: text.slice(start, end),
        confidence: WIRE_EVIDENCE_CONFIDENCE.dateline,
        reason: `agency dateline (${hit.agency.name}) inside the text`,
      };
    } else if (
      /(?:copyright|©|\(c\))[^\n]{0,40}$/i.test(before) &&
      !afterCut &&
      after.trim().length < WIRE_EVIDENCE_TUNING.copyrightTailChars
    ) {
      found = {
        kind: 'credit-line',
        text: (before + text.slice(hit.start, hit.end) + after).trim(),
        confidence: WIRE_EVIDENCE_CONFIDENCE.creditLine,
        reason: `copyright line of ${hit.agency.name}`,
      };
    } else if (
      /^[^\n]{0,40}\bcontributed to this (?:report|story|article)/i.test(after) &&
      !beforeCut &&
      before.length < WIRE_EVIDENCE_TUNING.contributedLeadChars
    ) {
      found = {
        kind: 'credit-line',
        text: (before + text.slice(hit.start, hit.end) + (afterCut ? lines.restOfLine(hit.end) : after)).trim(),
        confidence: WIRE_EVIDENCE_CONFIDENCE.creditLine,
        reason: `${hit.agency.name} contributed to the report`,
      };
    } else if (!beforeCut && !afterCut && /^\s*[-—–]+\s*$/.test(before) && /^\s*\.?\s*$/.test(after)) {
      found = {
        kind: 'credit-line',
        text: (before + text.slice(hit.start, hit.end) + after).trim(),
        confidence: WIRE_EVIDENCE_CONFIDENCE.creditLine,
        reason: `sign-off line crediting ${hit.agency.name}`,
      };
    }
    if (found) {
      out.push({ ...found, agency: hit.agency.name, span });
      foundUntil = span.end;
    }
  }
  // URLs: the one given with the article, and any found in the text.
  const patterns = options?.urlPatterns ?? DEFAULT_WIRE_URL_PATTERNS;
  const urls: Array<{ text: string; span?: Span }> = metadata.urls.map((u) => ({
    text: u.text,
    span: { start: u.start, end: u.end },
  }));
  if (article.url !== undefined && !urls.some((u) => u.text === article.url)) urls.unshift({ text: article.url });
  for (const url of urls) {
    const isArticleUrl = url.text === article.url;
    for (const p of patterns) {
      if (!p.pattern.test(url.text)) continue;
      // A URL found in the text that is not the article's own (a link elsewhere) counts for little.
      const confidence = isArticleUrl ? p.confidence : p.confidence * WIRE_EVIDENCE_TUNING.foreignUrlFactor;
      out.push({
        kind: 'url',
        ...(p.agency ? { agency: p.agency } : {}),
        text: url.text,
        ...(url.span ? { span: url.span } : {}),
        confidence,
        reason:
          p.meaning === 'agency-site'
            ? `URL on ${p.agency ?? 'an agency'}'s own site`
            : `URL path of a wire section${p.agency ? ` (${p.agency})` : ''}`,
      });
      break;
    }
  }
  out.sort((a, b) => b.confidence - a.confidence || (a.span?.start ?? -1) - (b.span?.start ?? -1));
  return out;
}

/**
 * Attributes an article to the agency its wire evidence names most strongly.
 *
 * @param article - A normalized article.
 * @param evidence - Its evidence, from {@link findWireEvidence}.
 * @param options - Agencies and URL patterns, as for {@link findWireEvidence}.
 * @returns The attribution, or `undefined` when no credit, dateline, byline
 *   or agency URL names a wire agency. Photo credits alone do not attribute
 *   text, nor do outlets (`(CNN) --` is CNN's own story, not wire copy) or
 *   names copydesk does not know (`PITTSBURGH (KDKA) —`): add a wire agency
 *   to the `agencies` option to have it attribute.
 *
 * @example
 * ```ts
 * const article = normalizeArticle({ text: 'Kim to visit\n\nKim will visit Moscow.\n\n(Reporting by Jack Kim; Editing by Robert Birsel)', url: 'https://www.csmonitor.com/World/Latest-News-Wires/2015/0128/Kim' });
 * const a = attributeWire(article, findWireEvidence(article));
 * [a?.agency, a?.role]; //=> ['Reuters', 'syndicated']
 * ```
 *
 * @remarks Confidences of the evidence naming one agency combine as
 * independent signals, `1 - Π(1 - c)`. The role is `own` when the outlet is
 * the agency, when the URL is on the agency's site, or, with neither outlet
 * nor URL, when the agency's dateline or byline heads a text with no other
 * outlet's credit (a staff story such as `MOSCOW, March 19 (UPI) --` under
 * `By Elizabeth Shim`); `syndicated` when another outlet carries it (a named
 * outlet, a URL elsewhere, a wire-section URL, a `contributed` credit).
 */
export function attributeWire(
  article: Article,
  evidence: readonly WireEvidence[],
  options?: WireEvidenceOptions,
): WireAttribution | undefined {
  assertArticle(article, 'attributeWire');
  const index = indexAgencies(options?.agencies ?? DEFAULT_AGENCIES);
  const scores = new Map<string, number>();
  for (const e of evidence) {
    if (!e.agency) continue;
    const prev = scores.get(e.agency) ?? 0;
    scores.set(e.agency, 1 - (1 - prev) * (1 - e.confidence));
  }
  const textual = new Set(evidence.filter((e) => e.agency && e.kind !== 'photo-credit').map((e) => e.agency!));
  // Only a wire agency attributes text: an outlet's own story (`(CNN) --`,
  // `By Dominic Casciani, BBC Home Affairs correspondent`), a name copydesk
  // does not know (`PITTSBURGH (KDKA) —`, `SID` in `(SID, dpa)`) and a photo
  // agency stay evidence.
  const isWire = (name: string): boolean => {
    const definition = index.byName.get(name) ?? findAgencies(name, index)[0]?.agency;
    return definition?.kind === 'wire' && definition.photoOnly !== true;
  };
  let best: string | undefined;
  let bestScore = 0;
  for (const [agency, score] of scores) {
    if (!textual.has(agency) || !isWire(agency)) continue;
    if (score > bestScore || (score === bestScore && best !== undefined && agency < best)) {
      best = agency;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const agency = best;
  const mine = evidence.filter((e) => e.agency === agency || (e.kind === 'url' && e.agency === undefined));
  const outletAgency = article.outlet ? findAgencies(article.outlet, index)[0]?.agency.name : undefined;
  const urlEvidence = evidence.filter((e) => e.kind === 'url' && e.text === article.url);
  const agencySite = urlEvidence.some((e) => e.agency === agency && /own site/.test(e.reason));
  let role: WireRole = 'unknown';
  if (outletAgency === agency || agencySite) role = 'own';
  else if (article.outlet !== undefined || article.url !== undefined || urlEvidence.length > 0) role = 'syndicated';
  else if (mine.some((e) => /contributed/.test(e.reason))) role = 'syndicated';
  else if (mine.some((e) => e.kind === 'dateline' || e.kind === 'byline')) role = 'own';
  return { agency, confidence: bestScore, role, evidence: mine };
}

/** Throws unless the value looks like a normalized article. @internal */
export function assertArticle(article: unknown, fn: string): asserts article is Article {
  if (
    article === null ||
    typeof article !== 'object' ||
    (article as { kind?: unknown }).kind !== 'article' ||
    typeof (article as { original?: unknown }).original !== 'string'
  ) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      `${fn} expects a normalized article (the result of normalizeArticle), got ${article === null ? 'null' : typeof article}.`,
    );
  }
}
