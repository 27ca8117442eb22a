/**
 * Typed changes at the level of a link. Copies (identical, near-verbatim) keep
 * the word-level changes of `diffSentences`: a word diff of two versions of
 * one sentence is evidence. A paraphrase says the same fact in other words,
 * so a word diff of it is noise (`to → has confirmed he will`); a paraphrase
 * link keeps only the fact-level differences between counterparts of the same
 * kind (a number against a number, a name against a name, a quote against a
 * quote, a hedge against a hedge, ...), and everything else becomes one
 * `rewording` summary without spans.
 *
 * @packageDocumentation
 */
import type { ChangeType, TypedChange } from '../core/changes';
import { FUNCTION_WORDS } from '../core/lexicon';
import type { Relation, TextSpan } from '../core/types';
import type { DiffSide } from '../diff/diff-sentences';
import { isAttribution, isHedge, negationAt } from '../diff/rules/cues';

/** The change types that state a fact, kept on paraphrase links when both sides hold one. */
const FACT_TYPES: ReadonlySet<ChangeType> = new Set<ChangeType>([
  'number',
  'date',
  'name',
  'quote',
  'negation',
  'attribution',
  'hedging',
]);

/** Id of the summary that stands for a paraphrase's other differences (see `TypedChange.rule`). */
export const PARAPHRASE_SUMMARY_RULE = 'rewording:paraphrase';

/** Whether changes of a link of this relation are typed word by word (copies) or fact by fact. */
export function isWordLevel(relation: Relation): boolean {
  return relation === 'identical' || relation === 'near-verbatim';
}

/** Index range `[i0, i1)` of the tokens of `side` that overlap `span` (offsets relative to the sentence). */
function tokensIn(side: DiffSide, span: TextSpan): readonly [number, number] {
  const { tokens } = side;
  let i0 = 0;
  while (i0 < tokens.length && tokens[i0]!.end <= span.start) i0++;
  let i1 = i0;
  while (i1 < tokens.length && tokens[i1]!.start < span.end) i1++;
  return [i0, i1];
}

/** Longest span, in tokens, that counts as one cue (a hedge, an attribution, a negation) against another. */
const MAX_CUE_TOKENS = 8;

/** A token that may sit inside a name, a number or a date without being one (`of`, `the`, `'s`, punctuation). */
function isFiller(side: DiffSide, i: number): boolean {
  const t = side.tokens[i]!;
  return t.kind === 'punct' || t.kind === 'symbol' || FUNCTION_WORDS.has(t.norm) || t.norm === "'s";
}

/** A name token; the first word of the sentence counts only when the next word is a name too (`North Korea`). */
function isNameAt(side: DiffSide, i: number): boolean {
  return side.isName[i] === 1 && (i > 0 || side.isName[1] === 1);
}

/**
 * Whether the span of `side` is an expression of the kind of `type`: for a
 * number, a date, a name or a quote, every token of the span belongs to one
 * (fillers aside) and at least one does; for a cue (negation, attribution,
 * hedging), the span is short and holds the cue.
 */
function isKind(side: DiffSide, span: TextSpan, type: ChangeType): boolean {
  const [i0, i1] = tokensIn(side, span);
  if (i1 <= i0) return false;
  const every = (test: (i: number) => boolean): boolean => {
    let found = false;
    for (let i = i0; i < i1; i++) {
      if (test(i)) found = true;
      else if (!isFiller(side, i)) return false;
    }
    return found;
  };
  const some = (test: (i: number) => boolean): boolean => {
    if (i1 - i0 > MAX_CUE_TOKENS) return false;
    for (let i = i0; i < i1; i++) if (test(i)) return true;
    return false;
  };
  switch (type) {
    case 'number':
      return every((i) => side.numberAt[i]! >= 0);
    case 'date':
      return every((i) => side.dateAt[i]! >= 0);
    case 'name':
      return every((i) => isNameAt(side, i));
    case 'quote':
      return every((i) => side.inQuote[i] === 1);
    case 'negation':
      return some((i) => negationAt(side, i));
    case 'attribution':
      return some((i) => isAttribution(side.tokens[i]!, side.tokens[i + 1]));
    case 'hedging':
      return some((i) => isHedge(side.tokens[i]!, side.tokens[i + 1]));
    default:
      return false;
  }
}

function spanKey(span: TextSpan | null): string {
  return span === null ? '-' : `${span.start}:${span.end}`;
}

const SEVERITY_RANK = { trivial: 0, minor: 1, substantive: 2 } as const;

/**
 * One change per pair of spans: when the diff typed the same two spans twice
 * (a `hedging` and a `rewording` of `to → has confirmed he will`), the
 * strongest is kept, at the place of the first.
 */
export function oncePerSpanPair(changes: readonly TypedChange[]): TypedChange[] {
  const at = new Map<string, number>();
  const out: TypedChange[] = [];
  for (const c of changes) {
    const key = `${spanKey(c.a)}|${spanKey(c.b)}`;
    const k = at.get(key);
    if (k === undefined) {
      at.set(key, out.length);
      out.push(c);
    } else if (SEVERITY_RANK[c.severity] > SEVERITY_RANK[out[k]!.severity]) out[k] = c;
  }
  return out;
}

/**
 * The changes of a paraphrase link: the fact-level changes whose two sides
 * are counterparts of the same kind, each pair of spans once, and one
 * `rewording` summary (no spans, rule {@link PARAPHRASE_SUMMARY_RULE}) when
 * anything else differs.
 */
export function factLevelChanges(changes: readonly TypedChange[], a: DiffSide, b: DiffSide): TypedChange[] {
  const kept: TypedChange[] = [];
  let other = 0;
  let firstOther = -1;
  for (const c of changes) {
    if (
      FACT_TYPES.has(c.type) &&
      c.a !== null &&
      c.b !== null &&
      c.a.text !== '' &&
      c.b.text !== '' &&
      isKind(a, c.a, c.type) &&
      isKind(b, c.b, c.type)
    ) {
      kept.push(c);
      continue;
    }
    if (c.severity === 'trivial') continue;
    other++;
    if (firstOther < 0) firstOther = c.op;
  }
  const facts = oncePerSpanPair(kept);
  if (other === 0) return facts;
  const summary: TypedChange = {
    type: 'rewording',
    severity: 'minor',
    a: null,
    b: null,
    op: firstOther,
    detail: `worded differently (${other} word-level difference${other === 1 ? '' : 's'} not listed: a paraphrase)`,
    rule: PARAPHRASE_SUMMARY_RULE,
  };
  // In the order of operations, as every list of changes is.
  const at = facts.findIndex((c) => c.op > firstOther);
  return at < 0 ? [...facts, summary] : [...facts.slice(0, at), summary, ...facts.slice(at)];
}
