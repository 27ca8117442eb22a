/**
 * Typing of token diff operations: what kind of change each one is and how
 * much it matters.
 *
 * @packageDocumentation
 */

import type { ChangeSeverity, ChangeType, Quote, TypedChange } from '../core/changes.js';
import { ATTRIBUTION_WORDS, FUNCTION_WORDS, HEDGE_WORDS, isNegation, sameGivenName } from '../core/lexicon.js';
import type { TextSpan } from '../core/types.js';
import { addWork } from '../core/util/work.js';
import { type Token, tokenIndexAt } from '../segment/tokenize.js';
import { type AnalyzedText, dateNumbers, type Expression } from './expressions.js';
import { areSynonyms } from './synonyms.js';
import type { TokenOp } from './token-diff.js';

/**
 * Most name pairs {@link spelledPairs} compares, and most word pairs the
 * synonym check of a rewording compares, in one change. Reasoned: a change
 * inside a sentence has at most a few dozen names or words per side (1,600
 * pairs), far below this; above it the change is a bounded diff's whole
 * differing middle, which is reported as one change of its kind without the
 * one-by-one pairing (and the diff says `truncated`).
 */
export const MAX_PAIRED_TERMS = 40_000;

/**
 * Quotes of the other text that share a word with a quote are compared with
 * it; a word in more than this many quotes of the other text is not used to
 * find them (reasoned: no real sentence pair has 64 quotes; a text that does
 * is a long document, where such a word is a function word).
 */
export const MAX_QUOTES_PER_WORD = 64;

/** One side of the comparison with everything the classifier needs. */
export interface Side extends AnalyzedText {
  /** Direct quotes of the text. */
  readonly quotes: readonly Quote[];
  /** For each token, 1 when it lies inside the quoted words of a quote (empty when the text has no quote). */
  readonly inQuote: readonly number[];
  /** Keys of all number expressions of the text. */
  readonly numberKeys: ReadonlySet<string>;
  /** Keys of all date expressions of the text. */
  readonly dateKeys: ReadonlySet<string>;
  /** Norms of all name tokens of the text. */
  readonly nameNorms: ReadonlySet<string>;
}

const RANK: Readonly<Record<ChangeSeverity, number>> = { trivial: 0, minor: 1, substantive: 2 };
const HEDGE_NEEDS_TO = new Set([
  'expected',
  'set',
  'poised',
  'seems',
  'seem',
  'seemed',
  'appears',
  'appear',
  'appeared',
]);

function tokenSpan(side: AnalyzedText, i0: number, i1: number): TextSpan | null {
  if (i1 <= i0) return null;
  const start = side.tokens[i0]!.start;
  const end = side.tokens[i1 - 1]!.end;
  return { text: side.text.slice(start, end), start, end };
}

function isWordish(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

/** Crude stem so that inflections compare equal (`confirmed`/`confirms`). */
function stem(norm: string): string {
  if (norm.length <= 4) return norm;
  const w = norm.endsWith('ies') ? `${norm.slice(0, -3)}y` : norm;
  // The longest of the suffixes `ings ing ed es e s ly ers er` goes.
  if (w.endsWith('ings')) return w.slice(0, -4);
  if (w.endsWith('ing') || w.endsWith('ers')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es') || w.endsWith('ly') || w.endsWith('er')) return w.slice(0, -2);
  if (w.endsWith('e') || w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Expressions of one kind overlapping `[i0, i1)`; for an empty range, the ones touching the insertion point. */
function exprsIn(
  at: readonly number[],
  list: readonly Expression[],
  i0: number,
  i1: number,
  touch: boolean,
): Expression[] {
  const seen: number[] = [];
  const lo = i1 > i0 ? i0 : touch ? Math.max(0, i0 - 1) : i0;
  const hi = i1 > i0 ? i1 : touch ? Math.min(at.length, i0 + 1) : i1;
  for (let i = lo; i < hi; i++) {
    const k = at[i]!;
    if (k >= 0 && seen[seen.length - 1] !== k) seen.push(k);
  }
  return seen.map((k) => list[k]!);
}

function exprSpan(side: AnalyzedText, exprs: readonly Expression[]): TextSpan | null {
  if (exprs.length === 0) return null;
  return tokenSpan(side, exprs[0]!.start, exprs[exprs.length - 1]!.end);
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.length === 1) return a[0] === b[0];
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Names that differ only in spelling or transliteration (`Kadhafi`/`Kadafi`, `Yonhap`/`Yonhap's`). */
function spellingVariant(a: string, b: string): boolean {
  const x = a.replace(/[^a-z]/g, '');
  const y = b.replace(/[^a-z]/g, '');
  if (x === '' || y === '' || x[0] !== y[0]) return false;
  if (x.length > 40 || y.length > 40) return false;
  return levenshtein(x, y) / Math.max(x.length, y.length) <= 0.25;
}

/** `China` against `Chinese`, `Syria` against `Syrian`: every name shares a 4-letter root with one on the other side. */
function sameRoots(allA: readonly Token[], allB: readonly Token[]): boolean {
  // A middle initial on one side only (`Ronald L. Kuby` / `Ron Kuby`) does not tell two people apart; different
  // initials do (`George W. Bush` / `George H. W. Bush`).
  const initial = (t: Token) => t.norm.length === 1;
  const strip = allA.some(initial) !== allB.some(initial);
  const a = strip ? allA.filter((t) => !initial(t)) : allA;
  const b = strip ? allB.filter((t) => !initial(t)) : allB;
  if (a.length === 0 || b.length === 0) return false;
  if (a.length === b.length && a.every((t, i) => sameGivenName(t.norm, b[i]!.norm))) return true;
  const root = (t: Token): string => t.norm.slice(0, 4);
  const ra = new Set(a.map(root));
  const rb = new Set(b.map(root));
  return a.every((t) => t.norm.length >= 4 && rb.has(root(t))) && b.every((t) => t.norm.length >= 4 && ra.has(root(t)));
}

/**
 * Pairs the names of `a` with names of `b` spelled another way (`McClellan` /
 * `McLellan`, one name each), reports each pair as a trivial spelling change
 * and the names left over as added or dropped, and returns true, when the
 * names left over are on one side only.
 */
function spelledPairs(builder: Builder, index: number, idxA: readonly number[], idxB: readonly number[]): boolean {
  const { a, b } = builder;
  if (idxA.length * idxB.length > MAX_PAIRED_TERMS) {
    builder.bounded = true;
    return false;
  }
  addWork('diff', idxA.length * idxB.length);
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  for (const i of idxA) {
    const x = a.tokens[i]!.norm;
    if (x.length < 4) continue;
    const j = idxB.find((k) => !used.has(k) && b.tokens[k]!.norm !== x && spellingVariant(x, b.tokens[k]!.norm));
    if (j === undefined) continue;
    used.add(j);
    pairs.push([i, j]);
  }
  const pairedA = new Set(pairs.map(([x]) => x));
  const restA = idxA.filter((i) => !pairedA.has(i));
  const restB = idxB.filter((j) => !used.has(j));
  if (pairs.length === 0 || (restA.length > 0 && restB.length > 0)) return false;
  for (const [i, j] of pairs) {
    add(builder, index, 'spelling', 'trivial', tokenSpan(a, i, i + 1), tokenSpan(b, j, j + 1), 'transliteration');
  }
  // The names left over (`Saudis` / `Saudi Women`: `Women`) are added or dropped.
  const [side, other, rest] = restA.length > 0 ? [a, b, restA] : [b, a, restB];
  if (rest.length > 0) {
    const span = tokenSpan(side, rest[0]!, nameEnd(side, rest[rest.length - 1]!));
    const moved = rest.every((k) => other.nameNorms.has(side.tokens[k]!.norm));
    const [sa, sb] = side === a ? [span, null] : [null, span];
    add(
      builder,
      index,
      'name',
      moved ? 'minor' : 'substantive',
      sa,
      sb,
      moved ? 'name moved' : `name: ${span?.text ?? ''}`,
    );
  }
  return true;
}

/** One past the last token of a name ending at `last`, with the period of a final initial (`Ronald L.`). */
function nameEnd(side: AnalyzedText, last: number): number {
  const t = side.tokens[last]!;
  const dot = side.tokens[last + 1];
  return t.norm.length === 1 && dot?.norm === '.' && dot.start === t.end ? last + 2 : last + 1;
}

/** `UN` against `United Nations`: initials of the capitalized words. */
function acronymOf(short: readonly Token[], long: readonly Token[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const letters = short[0]!.norm.replace(/[^a-z]/g, '');
  // An all-capitals word inside the long form counts whole: `USGS` = `US` + `Geological` + `Survey`.
  const initials = long
    .filter((t) => t.capitalized)
    .map((t) => (/^\p{Lu}{2,3}$/u.test(t.text.replace(/\./g, '')) ? t.norm : (t.norm[0] ?? '')))
    .join('');
  return letters.length >= 2 && letters === initials;
}

function cuesOf(side: AnalyzedText, i0: number, i1: number, isCue: (t: Token, next: Token | undefined) => boolean) {
  const out: string[] = [];
  for (let i = i0; i < i1; i++) {
    const t = side.tokens[i]!;
    if (side.dateAt[i]! >= 0 || side.isName[i]) continue;
    if (isCue(t, side.tokens[i + 1])) out.push(t.norm);
  }
  return out;
}

const isHedge = (t: Token, next: Token | undefined): boolean =>
  t.kind === 'word' && HEDGE_WORDS.has(t.norm) && (!HEDGE_NEEDS_TO.has(t.norm) || next?.norm === 'to');
const isAttribution = (t: Token, next: Token | undefined): boolean =>
  t.kind === 'word' && ATTRIBUTION_WORDS.has(t.norm) && (t.norm !== 'according' || next?.norm === 'to');

/** Whether an attribution cue lies within `reach` tokens of `[i0, i1)` in the same clause. */
function nearCue(side: AnalyzedText, i0: number, i1: number, reach: number): boolean {
  for (let i = i1; i < Math.min(side.tokens.length, i1 + reach); i++) {
    const t = side.tokens[i]!;
    if (isAttribution(t, side.tokens[i + 1])) return true;
    if (t.norm === '.' || t.norm === ';') break;
  }
  for (let i = i0 - 1; i >= Math.max(0, i0 - reach); i--) {
    const t = side.tokens[i]!;
    if (isAttribution(t, side.tokens[i + 1]) || t.norm === 'citing') return true;
    if (t.norm === '.' || t.norm === ';') break;
  }
  return false;
}

/**
 * Content tokens of `[i0, i1)` (words and numbers, no function words) and
 * their stems, without the tokens a number, date, name or cue covers when
 * `skipCovered`.
 */
function residual(
  side: AnalyzedText,
  i0: number,
  i1: number,
  skipCovered: boolean,
): { tokens: Token[]; stems: string[] } {
  const tokens: Token[] = [];
  for (let i = i0; i < i1; i++) {
    const t = side.tokens[i]!;
    if (!isWordish(t) || FUNCTION_WORDS.has(t.norm)) continue;
    if (skipCovered && isCovered(side, i)) continue;
    tokens.push(t);
  }
  return { tokens, stems: tokens.map((t) => stem(t.norm)) };
}

/** Every content word left on each side has the same stem or a synonym on the other (`quits` / `resigns`). */
function synonymous(
  builder: Builder,
  a: { tokens: Token[]; stems: string[] },
  b: { tokens: Token[]; stems: string[] },
): boolean {
  if (a.tokens.length * b.tokens.length > MAX_PAIRED_TERMS) {
    builder.bounded = true;
    return false;
  }
  addWork('diff', a.tokens.length * b.tokens.length);
  const covers = (x: typeof a, y: typeof b): boolean => {
    const stems = new Set(y.stems);
    return x.tokens.every(
      (t, i) =>
        t.kind !== 'word' ||
        stems.has(x.stems[i]!) ||
        y.tokens.some((u) => u.kind === 'word' && areSynonyms(t.norm, u.norm)),
    );
  };
  const words = (x: typeof a) => x.tokens.some((t) => t.kind === 'word');
  return words(a) && words(b) && covers(a, b) && covers(b, a);
}

function inQuoteRange(side: Side, i0: number, i1: number): boolean {
  for (let i = i0; i < i1; i++) if (side.inQuote[i] && isWordish(side.tokens[i]!)) return true;
  return false;
}

/** Whether a token belongs to a number, date, name or cue, so the rewording check skips it. */
function isCovered(side: AnalyzedText, i: number): boolean {
  const t = side.tokens[i]!;
  return (
    side.numberAt[i]! >= 0 ||
    side.dateAt[i]! >= 0 ||
    side.isName[i] === 1 ||
    negationAt(side, i) ||
    isHedge(t, side.tokens[i + 1]) ||
    isAttribution(t, side.tokens[i + 1])
  );
}

function namesIn(side: AnalyzedText, i0: number, i1: number): number[] {
  const out: number[] = [];
  for (let i = i0; i < i1; i++) if (side.isName[i]) out.push(i);
  return out;
}

function max(a: ChangeSeverity, b: ChangeSeverity): ChangeSeverity {
  return RANK[a] >= RANK[b] ? a : b;
}

interface Builder {
  readonly a: Side;
  readonly b: Side;
  readonly out: TypedChange[];
  /** Set when a pairing was skipped for size ({@link MAX_PAIRED_TERMS}, {@link MAX_QUOTES_PER_WORD}). */
  bounded: boolean;
}

function add(
  builder: Builder,
  op: number,
  type: ChangeType,
  severity: ChangeSeverity,
  a: TextSpan | null,
  b: TextSpan | null,
  detail?: string,
): void {
  builder.out.push({ type, severity, a, b, op, ...(detail === undefined ? {} : { detail }) });
}

/** The text between two tokens without surrounding white space; no slice for the usual none or one space. */
/** The text with apostrophe look-alikes (curly, modifier letter, backtick, acute accent) made straight. */
function straightApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
}

function gapOf(text: string, from: number, to: number): string {
  if (to === from || (to === from + 1 && text.charCodeAt(from) === 32)) return '';
  return text.slice(from, to).trim();
}

/** Raw differences inside an `equal` op: spelling, casing, quote styles, numbers written differently. */
function trivialInEqual(builder: Builder, index: number, op: TokenOp): void {
  const { a, b } = builder;
  const n = op.a1 - op.a0;
  let runStart = -1;
  let runEnd = -1;
  let runKind = 0;
  const flush = (): void => {
    if (runStart < 0) return;
    const ta = a.tokens.slice(op.a0 + runStart, op.a0 + runEnd + 1);
    const sa = tokenSpan(a, op.a0 + runStart, op.a0 + runEnd + 1)!;
    const sb = tokenSpan(b, op.b0 + runStart, op.b0 + runEnd + 1)!;
    let type: ChangeType;
    let detail: string;
    if (sa.text !== sb.text && sa.text.toLowerCase() === sb.text.toLowerCase()) {
      // `Two` / `two`: a change of case, even on a number word.
      type = 'casing';
      detail = 'casing';
    } else if (straightApostrophes(sa.text) === straightApostrophes(sb.text)) {
      type = 'punctuation';
      detail = 'quote style';
    } else if (ta.some((t) => t.kind === 'number')) {
      type = 'number';
      detail = `${sa.text} = ${sb.text}`;
    } else if (ta.every((t) => t.kind === 'punct' || t.kind === 'symbol')) {
      type = 'punctuation';
      detail = ta.some((t) => t.norm === '"')
        ? 'quote style'
        : ta.some((t) => t.norm === '-')
          ? 'dash style'
          : 'punctuation';
    } else if (sa.text.replace(/\./g, '') === sb.text.replace(/\./g, '') || /\.\p{L}/u.test(sa.text + sb.text)) {
      type = 'abbreviation';
      detail = 'abbreviation';
    } else if (sa.text.toLowerCase() === sb.text.toLowerCase()) {
      type = 'casing';
      detail = 'casing';
    } else {
      type = 'spelling';
      const plain = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      detail =
        sa.text.replace(/[-\s]/g, '').toLowerCase() === sb.text.replace(/[-\s]/g, '').toLowerCase()
          ? /\p{Lu}/u.test(sa.text + sb.text)
            ? 'transliteration'
            : 'hyphenation'
          : plain(sa.text) === plain(sb.text)
            ? 'diacritics'
            : 'spelling variant';
    }
    add(builder, index, type, 'trivial', sa, sb, detail);
    runStart = -1;
  };
  for (let k = 0; k < n; k++) {
    const ta = a.tokens[op.a0 + k]!;
    const tb = b.tokens[op.b0 + k]!;
    let differs = ta.text !== tb.text;
    if (!differs && k + 1 < n) {
      // The gap to the next token: `Jong-un` against `Jong Un`.
      if (
        gapOf(a.text, ta.end, a.tokens[op.a0 + k + 1]!.start) !== gapOf(b.text, tb.end, b.tokens[op.b0 + k + 1]!.start)
      ) {
        differs = true;
      }
    }
    if (differs) {
      // A change of case only and any other difference are separate changes (`expels three` / `Expels 3`).
      const kind = ta.text !== tb.text && ta.text.toLowerCase() === tb.text.toLowerCase() ? 1 : 2;
      if (runStart >= 0 && k > runEnd && kind !== runKind) flush();
      if (runStart < 0) {
        runStart = k;
        runKind = kind;
      } else if (k <= runEnd) runKind = Math.max(runKind, kind);
      runEnd = ta.text !== tb.text ? k : Math.min(n - 1, k + 1);
    } else if (runStart >= 0 && k > runEnd) {
      flush();
    }
  }
  flush();
}

/** Whether any token of `[i0, i1)` is a word or a number. */
function anyWordish(tokens: readonly Token[], i0: number, i1: number): boolean {
  for (let i = i0; i < i1; i++) if (isWordish(tokens[i]!)) return true;
  return false;
}

/** Whether any token of `[i0, i1)` belongs to an expression. */
function anyIn(at: readonly number[], i0: number, i1: number): boolean {
  for (let i = i0; i < i1; i++) if (at[i]! >= 0) return true;
  return false;
}

function countWordish(tokens: readonly Token[], i0: number, i1: number): number {
  let n = 0;
  for (let i = i0; i < i1; i++) if (isWordish(tokens[i]!)) n++;
  return n;
}

const FAIL = new Set(['fail', 'fails', 'failed', 'failing', 'failure']);

/** A negation cue (`failed to` included), except `no` opening a hyphenated compound (`no-frills`, `no-fly zone`). */
function negationAt(side: AnalyzedText, i: number): boolean {
  const t = side.tokens[i]!;
  // `failed to meet` (`failure to meet`) says `did not meet`.
  if (FAIL.has(t.norm)) return side.tokens[i + 1]?.norm === 'to';
  if (!isNegation(t.norm)) return false;
  return !(t.norm === 'no' && side.text.charCodeAt(t.end) === 45 && /\p{L}/u.test(side.text.charAt(t.end + 1)));
}

/**
 * `Dr.` / `Dr`, `N.` / `N`: the op is a lone period on one side, glued to a
 * short capitalized word that the other side has without it. Returns the
 * spans (word with and without the period), `a` side first.
 */
function abbreviationDot(
  dotted: AnalyzedText,
  d0: number,
  d1: number,
  plain: AnalyzedText,
  p0: number,
  swapped = false,
): [TextSpan, TextSpan] | undefined {
  if (d1 - d0 !== 1 || dotted.tokens[d0]!.norm !== '.' || d0 === 0 || p0 === 0) return undefined;
  const word = dotted.tokens[d0 - 1]!;
  const other = plain.tokens[p0 - 1]!;
  if (word.kind !== 'word' || !/^\p{Lu}\p{L}{0,2}$/u.test(word.text) || word.end !== dotted.tokens[d0]!.start)
    return undefined;
  if (other.text !== word.text) return undefined;
  const withDot = tokenSpan(dotted, d0 - 1, d0 + 1)!;
  const without = tokenSpan(plain, p0 - 1, p0)!;
  return swapped ? [without, withDot] : [withDot, without];
}

/** The span from the first to the last negation cue in `[i0, i1)`, or null when there is none. */
function negationSpan(side: AnalyzedText, i0: number, i1: number): TextSpan | null {
  let first = -1;
  let last = -1;
  for (let i = i0; i < i1; i++) {
    if (!negationAt(side, i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : tokenSpan(side, first, last + 1);
}

function countNegations(side: AnalyzedText, i0: number, i1: number): number {
  let n = 0;
  for (let i = i0; i < i1; i++) if (negationAt(side, i)) n++;
  return n;
}

function classifyChange(builder: Builder, index: number, op: TokenOp): void {
  const { a, b } = builder;
  const spanA = tokenSpan(a, op.a0, op.a1);
  const spanB = tokenSpan(b, op.b0, op.b1);
  if (!anyWordish(a.tokens, op.a0, op.a1) && !anyWordish(b.tokens, op.b0, op.b1)) {
    const dotted = abbreviationDot(a, op.a0, op.a1, b, op.b0) ?? abbreviationDot(b, op.b0, op.b1, a, op.a0, true);
    if (dotted) {
      add(builder, index, 'abbreviation', 'trivial', dotted[0], dotted[1], 'abbreviation');
      return;
    }
    add(builder, index, 'punctuation', 'trivial', spanA, spanB, 'punctuation');
    return;
  }
  if (op.kind === 'replace' && spanA !== null && spanB !== null) {
    // `haven't` / `havent`, `company's` / `companys`: only an apostrophe differs.
    const bare = (s: string): string => straightApostrophes(s).replaceAll("'", '');
    if (spanA.text !== spanB.text && bare(spanA.text) === bare(spanB.text)) {
      add(builder, index, 'punctuation', 'trivial', spanA, spanB, 'apostrophe');
      return;
    }
  }
  const quoted = inQuoteRange(a, op.a0, op.a1) || inQuoteRange(b, op.b0, op.b1);
  const before = builder.out.length;
  const details: string[] = [];
  let severity: ChangeSeverity = 'minor';

  // Numbers.
  const hasNumbers = anyIn(a.numberAt, op.a0, op.a1) || anyIn(b.numberAt, op.b0, op.b1);
  if (hasNumbers) {
    const na = exprsIn(a.numberAt, a.numbers, op.a0, op.a1, true);
    const nb = exprsIn(b.numberAt, b.numbers, op.b0, op.b1, true);
    const ka = na.map((e) => e.key);
    const kb = nb.map((e) => e.key);
    const sa = exprSpan(a, na);
    const sb = exprSpan(b, nb);
    if (sameMultiset(ka, kb)) {
      add(builder, index, 'number', 'trivial', sa, sb, `${sa?.text ?? ''} = ${sb?.text ?? ''}`);
    } else {
      const changed = ka.some((k) => !b.numberKeys.has(k)) || kb.some((k) => !a.numberKeys.has(k));
      add(
        builder,
        index,
        'number',
        changed ? 'substantive' : 'minor',
        sa,
        sb,
        changed ? `${sa?.text ?? '∅'} → ${sb?.text ?? '∅'}` : 'number moved',
      );
    }
  }

  // Negation.
  const negA = countNegations(a, op.a0, op.a1);
  const negB = countNegations(b, op.b0, op.b1);
  if (negA !== negB) {
    // Inside a longer replacement, point at the negation itself (`said no` / `added that`: `no` is gone).
    const wide =
      op.kind !== 'replace' || countWordish(a.tokens, op.a0, op.a1) + countWordish(b.tokens, op.b0, op.b1) <= 2;
    const narrow = wide ? spanA : negationSpan(a, op.a0, op.a1);
    const narrowB = wide ? spanB : negationSpan(b, op.b0, op.b1);
    add(
      builder,
      index,
      'negation',
      'substantive',
      narrow,
      narrowB,
      negB > negA ? 'negation added' : 'negation removed',
    );
  }

  // Quotes: words inside quotation marks differ.
  if (quoted) {
    const stemsA = residual(a, op.a0, op.a1, false).stems;
    const stemsB = residual(b, op.b0, op.b1, false).stems;
    const sev: ChangeSeverity = sameMultiset(stemsA, stemsB) ? 'minor' : 'substantive';
    add(builder, index, 'quote', sev, spanA, spanB, 'quoted words differ');
    return;
  }

  // Dates.
  const da = exprsIn(a.dateAt, a.dates, op.a0, op.a1, false);
  const db = exprsIn(b.dateAt, b.dates, op.b0, op.b1, false);
  if (da.length > 0 || db.length > 0) {
    const ka = da.map((e) => e.key);
    const kb = db.map((e) => e.key);
    if (op.kind === 'replace' || countWordish(a.tokens, op.a0, op.a1) + countWordish(b.tokens, op.b0, op.b1) <= 4) {
      const sa = exprSpan(a, da);
      const sb = exprSpan(b, db);
      if (sameMultiset(ka, kb)) add(builder, index, 'date', 'trivial', sa, sb, `${sa?.text ?? ''} = ${sb?.text ?? ''}`);
      else {
        const changed = ka.some((k) => !b.dateKeys.has(k)) || kb.some((k) => !a.dateKeys.has(k));
        // A year, day or time that differs is a number change as well (`in 1998` / `in 1995`).
        const va = da.flatMap((e) => dateNumbers(a.tokens, e));
        const vb = db.flatMap((e) => dateNumbers(b.tokens, e));
        if (
          changed &&
          va.length > 0 &&
          vb.length > 0 &&
          (va.some((v) => !b.numberKeys.has(v)) || vb.some((v) => !a.numberKeys.has(v)))
        ) {
          add(builder, index, 'number', 'substantive', sa, sb, `in date: ${sa?.text ?? '∅'} → ${sb?.text ?? '∅'}`);
        }
        add(
          builder,
          index,
          'date',
          changed ? 'substantive' : 'minor',
          sa,
          sb,
          changed ? `${sa?.text ?? '∅'} → ${sb?.text ?? '∅'}` : 'date moved',
        );
      }
    } else details.push(`date: ${(da.length > 0 ? exprSpan(a, da) : exprSpan(b, db))?.text ?? ''}`);
  }

  // Names and cited sources.
  const idxA = namesIn(a, op.a0, op.a1);
  const idxB = namesIn(b, op.b0, op.b1);
  const namesA = idxA.map((i) => a.tokens[i]!);
  const namesB = idxB.map((i) => b.tokens[i]!);
  const cuesA = cuesOf(a, op.a0, op.a1, isAttribution);
  const cuesB = cuesOf(b, op.b0, op.b1, isAttribution);
  let attributionDone = false;
  if (op.kind === 'replace' && namesA.length > 0 && namesB.length > 0) {
    const joinA = namesA.map((t) => t.norm).join(' ');
    const joinB = namesB.map((t) => t.norm).join(' ');
    const sa = idxA.length > 0 ? tokenSpan(a, idxA[0]!, nameEnd(a, idxA[idxA.length - 1]!)) : null;
    const sb = idxB.length > 0 ? tokenSpan(b, idxB[0]!, nameEnd(b, idxB[idxB.length - 1]!)) : null;
    if (joinA !== joinB) {
      if (sameRoots(namesA, namesB)) {
        add(builder, index, 'name', 'minor', sa, sb, 'same name, other form');
      } else if (spellingVariant(joinA, joinB)) {
        add(builder, index, 'spelling', 'trivial', sa, sb, 'transliteration');
      } else if (acronymOf(namesA, namesB) || acronymOf(namesB, namesA)) {
        add(builder, index, 'abbreviation', 'trivial', sa, sb, 'abbreviation');
      } else if (spelledPairs(builder, index, idxA, idxB)) {
        // Names spelled two ways (`McClellan` / `McLellan`) beside other words are reported one by one.
      } else {
        const moved = namesA.every((t) => b.nameNorms.has(t.norm)) && namesB.every((t) => a.nameNorms.has(t.norm));
        const sev: ChangeSeverity = moved ? 'minor' : 'substantive';
        const source = nearCue(a, op.a0, op.a1, 4) || nearCue(b, op.b0, op.b1, 4) || cuesA.length + cuesB.length > 0;
        const what = `${sa?.text ?? '∅'} → ${sb?.text ?? '∅'}`;
        if (source) {
          add(builder, index, 'attribution', sev, sa ?? spanA, sb ?? spanB, `source: ${what}`);
          attributionDone = true;
        } else add(builder, index, 'name', sev, sa ?? spanA, sb ?? spanB, what);
      }
    }
  } else if (namesA.length + namesB.length > 0) {
    details.push(`name: ${[...namesA, ...namesB].map((t) => t.text).join(' ')}`);
  }

  // Hedging.
  const hedgeA = cuesOf(a, op.a0, op.a1, isHedge);
  const hedgeB = cuesOf(b, op.b0, op.b1, isHedge);
  if (!sameMultiset(hedgeA, hedgeB)) {
    add(
      builder,
      index,
      'hedging',
      'substantive',
      spanA,
      spanB,
      `${hedgeA.join(' ') || '∅'} → ${hedgeB.join(' ') || '∅'}`,
    );
  }

  // Attribution cues.
  if (!attributionDone && !sameMultiset(cuesA, cuesB)) {
    const sev: ChangeSeverity = cuesA.length > 0 && cuesB.length > 0 ? 'minor' : 'substantive';
    const what = cuesA.length === 0 ? 'attribution added' : cuesB.length === 0 ? 'attribution removed' : 'cue changed';
    add(builder, index, 'attribution', sev, spanA, spanB, [what, ...details].join('; '));
    return;
  }

  // What is left: rewording, insertion, omission.
  const restA = residual(a, op.a0, op.a1, true);
  const restB = residual(b, op.b0, op.b1, true);
  const stemsA = restA.stems;
  const stemsB = restB.stems;
  if (op.kind === 'insert' || op.kind === 'delete') {
    const typed = builder.out.length > before;
    const content = stemsA.length + stemsB.length > 0 || details.length > 0;
    if (typed && !content) return;
    severity = content ? 'substantive' : 'minor';
    add(
      builder,
      index,
      op.kind === 'insert' ? 'insertion' : 'omission',
      severity,
      spanA,
      spanB,
      details.length > 0 ? details.join('; ') : undefined,
    );
    return;
  }
  const typed = builder.out.length > before;
  if (typed && sameMultiset(stemsA, stemsB)) return;
  const same = sameMultiset(stemsA, stemsB) || synonymous(builder, restA, restB);
  if (typed && same) return;
  severity = same ? 'minor' : 'substantive';
  if (stemsA.length === 0 && stemsB.length === 0) severity = typed ? severity : 'minor';
  add(builder, index, 'rewording', severity, spanA, spanB, details.length > 0 ? details.join('; ') : undefined);
}

function normsIn(side: Side, span: TextSpan, content: boolean): Set<string> {
  const out = new Set<string>();
  for (let i = tokenIndexAt(side.tokens, span.start); i < side.tokens.length; i++) {
    const t = side.tokens[i]!;
    if (t.end > span.end) break;
    if (!content || (isWordish(t) && !FUNCTION_WORDS.has(t.norm))) out.add(t.norm);
  }
  return out;
}

/** Whether two speaker spans end with the same capitalized word (`General Myers` / `Gen. Richard Myers`). */
function sameSurname(b: Side, sb: TextSpan, a: Side, sa: TextSpan): boolean {
  const last = (side: Side, span: TextSpan): string | undefined => {
    let found: string | undefined;
    for (let i = tokenIndexAt(side.tokens, span.start); i < side.tokens.length; i++) {
      const t = side.tokens[i]!;
      if (t.end > span.end) break;
      if (t.capitalized && t.kind === 'word') found = t.norm;
    }
    return found;
  };
  const x = last(a, sa);
  const y = last(b, sb);
  return x !== undefined && y !== undefined && (x === y || (x.length >= 4 && spellingVariant(x, y)));
}

/** A quote of `b` that says the same as a quote of `a`, with a different speaker. */
function speakerChanges(builder: Builder, ops: readonly TokenOp[]): void {
  const { a, b } = builder;
  const opAtB = (offset: number): number => {
    // Ops tile both texts in order: binary search for the op holding token k of b.
    const k = tokenIndexAt(b.tokens, offset);
    let lo = 0;
    let hi = ops.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const o = ops[mid]!;
      if (k < o.b0) hi = mid - 1;
      else if (k >= o.b1) lo = mid + 1;
      else return mid;
    }
    return Math.max(0, ops.length - 1);
  };
  const quotesB = b.quotes
    .filter((q) => q.speaker !== undefined)
    .map((q) => ({ q, words: normsIn(b, q.content, true), speaker: normsIn(b, q.speaker!, false) }));
  // Quotes of b by the words they hold, so each quote of a meets only the quotes that share a word with it.
  const quotesByWord = new Map<string, number[]>();
  quotesB.forEach(({ words }, k) => {
    for (const w of words) {
      const list = quotesByWord.get(w);
      if (list === undefined) quotesByWord.set(w, [k]);
      else list.push(k);
    }
  });
  const subset = (x: Set<string>, y: Set<string>): boolean =>
    [...x].filter((w) => !FUNCTION_WORDS.has(w)).every((w) => y.has(w));
  for (const qa of a.quotes) {
    if (qa.speaker === undefined) continue;
    const wa = normsIn(a, qa.content, true);
    if (wa.size === 0) continue;
    const sa = normsIn(a, qa.speaker, false);
    const sharedWith = new Map<number, number>();
    for (const w of wa) {
      const list = quotesByWord.get(w);
      if (list === undefined) continue;
      if (list.length > MAX_QUOTES_PER_WORD) {
        builder.bounded = true;
        continue;
      }
      addWork('diff', list.length);
      for (const k of list) sharedWith.set(k, (sharedWith.get(k) ?? 0) + 1);
    }
    for (const [k, shared] of [...sharedWith].sort((x, y) => x[0] - y[0])) {
      const { q: qb, words: wb, speaker: sb } = quotesB[k]!;
      if ((2 * shared) / (wa.size + wb.size) < 0.5) continue;
      if (subset(sa, sb) || subset(sb, sa) || sameSurname(b, qb.speaker!, a, qa.speaker)) continue;
      const { start, end, text } = qa.speaker;
      const { start: bs, end: be, text: bt } = qb.speaker!;
      add(
        builder,
        opAtB(bs),
        'quote',
        'substantive',
        { start, end, text },
        { start: bs, end: be, text: bt },
        `speaker: ${text} → ${bt}`,
      );
    }
  }
}

/**
 * Types every operation of a token diff.
 *
 * @param a - The first text, analyzed.
 * @param b - The second text, analyzed.
 * @param ops - The token operations.
 * @param report - Receives `bounded: true` when a change was too large to pair its names, words or quotes one by one.
 * @returns The typed changes, ordered by operation.
 * @example
 * ```ts
 * classifyOps(sideA, sideB, ops).map((c) => c.type); //=> ['number']
 * ```
 */
export function classifyOps(a: Side, b: Side, ops: readonly TokenOp[], report?: { bounded: boolean }): TypedChange[] {
  const builder: Builder = { a, b, out: [], bounded: false };
  ops.forEach((op, index) => {
    if (op.kind === 'equal') trivialInEqual(builder, index, op);
    else classifyChange(builder, index, op);
  });
  if (a.quotes.length > 0 && b.quotes.length > 0) speakerChanges(builder, ops);
  if (report !== undefined) report.bounded = builder.bounded;
  const { out } = builder;
  let sorted = true;
  for (let i = 1; i < out.length && sorted; i++) if (out[i]!.op < out[i - 1]!.op) sorted = false;
  if (sorted) return out;
  const order = out.map((c, i) => [c, i] as const);
  order.sort((x, y) => x[0].op - y[0].op || x[1] - y[1]);
  return order.map(([c]) => c);
}

/** The highest severity among changes, `null` when there are none. */
export function maxSeverity(changes: readonly TypedChange[]): ChangeSeverity | null {
  let best: ChangeSeverity | null = null;
  for (const c of changes) best = best === null ? c.severity : max(best, c.severity);
  return best;
}
