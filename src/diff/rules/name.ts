/**
 * Names: a replacement with names on both sides that differ. The same name
 * in another form, spelling or acronym is told apart from a name replaced by
 * another, and a replaced name next to an attribution cue is the cited
 * source.
 *
 * @packageDocumentation
 */

import { sameGivenName } from '../../core/lexicon.js';
import type { TextSpan } from '../../core/types.js';
import { addWork } from '../../core/util/work.js';
import type { Token } from '../../segment/tokenize.js';
import type { AnalyzedText } from '../expressions.js';
import { ACRONYM, CITED_SOURCE_REACH, MAX_PAIRED_TERMS, NAME_ROOT_LENGTH, SPELLING_VARIANT } from '../tuning.js';
import { isAttribution } from './cues.js';
import { type ChangedOp, defineStep, type Typing, type Verdict } from './rule.js';
import { spellingVariant } from './spelling.js';
import { nameEnd, namesIn, tokenSpan } from './tokens.js';

/** An all-capitals word short enough to count whole inside a long form (`US` in `US Geological Survey`). */
const WHOLE_CAPITALS = new RegExp(`^\\p{Lu}{${ACRONYM.minLetters},${ACRONYM.maxWholeCapitals}}$`, 'u');

/** `China` against `Chinese`, `Syria` against `Syrian`: every name shares a root with one on the other side. */
function sameRoots(allA: readonly Token[], allB: readonly Token[]): boolean {
  // A middle initial on one side only (`Ronald L. Kuby` / `Ron Kuby`) does not tell two people apart; different
  // initials do (`George W. Bush` / `George H. W. Bush`).
  const initial = (t: Token) => t.norm.length === 1;
  const strip = allA.some(initial) !== allB.some(initial);
  const a = strip ? allA.filter((t) => !initial(t)) : allA;
  const b = strip ? allB.filter((t) => !initial(t)) : allB;
  if (a.length === 0 || b.length === 0) return false;
  if (a.length === b.length && a.every((t, i) => sameGivenName(t.norm, b[i]!.norm))) return true;
  const root = (t: Token): string => t.norm.slice(0, NAME_ROOT_LENGTH);
  const ra = new Set(a.map(root));
  const rb = new Set(b.map(root));
  return (
    a.every((t) => t.norm.length >= NAME_ROOT_LENGTH && rb.has(root(t))) &&
    b.every((t) => t.norm.length >= NAME_ROOT_LENGTH && ra.has(root(t)))
  );
}

/** `UN` against `United Nations`: initials of the capitalized words. */
function acronymOf(short: readonly Token[], long: readonly Token[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const letters = short[0]!.norm.replace(/[^a-z]/g, '');
  // An all-capitals word inside the long form counts whole: `USGS` = `US` + `Geological` + `Survey`.
  const initials = long
    .filter((t) => t.capitalized)
    .map((t) => (WHOLE_CAPITALS.test(t.text.replace(/\./g, '')) ? t.norm : (t.norm[0] ?? '')))
    .join('');
  return letters.length >= ACRONYM.minLetters && letters === initials;
}

/**
 * Pairs the names of `a` with names of `b` spelled another way (`McClellan` /
 * `McLellan`, one name each): each pair is a trivial spelling change, and the
 * names left over are added or dropped. Returns the changes when the names
 * left over are on one side only, else `undefined`.
 */
function spelledPairs(typing: Typing, idxA: readonly number[], idxB: readonly number[]): Verdict[] | undefined {
  const { a, b } = typing;
  if (idxA.length * idxB.length > MAX_PAIRED_TERMS) {
    typing.bounded = true;
    return undefined;
  }
  addWork('diff', idxA.length * idxB.length);
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  for (const i of idxA) {
    const x = a.tokens[i]!.norm;
    if (x.length < SPELLING_VARIANT.minNameLength) continue;
    const j = idxB.find((k) => !used.has(k) && b.tokens[k]!.norm !== x && spellingVariant(x, b.tokens[k]!.norm));
    if (j === undefined) continue;
    used.add(j);
    pairs.push([i, j]);
  }
  const pairedA = new Set(pairs.map(([x]) => x));
  const restA = idxA.filter((i) => !pairedA.has(i));
  const restB = idxB.filter((j) => !used.has(j));
  if (pairs.length === 0 || (restA.length > 0 && restB.length > 0)) return undefined;
  const out: Verdict[] = pairs.map(([i, j]) => ({
    type: 'spelling',
    severity: 'trivial',
    a: tokenSpan(a, i, i + 1),
    b: tokenSpan(b, j, j + 1),
    detail: 'transliteration',
  }));
  // The names left over (`Saudis` / `Saudi Women`: `Women`) are added or dropped.
  const [side, other, rest] = restA.length > 0 ? [a, b, restA] : [b, a, restB];
  if (rest.length > 0) {
    const span = tokenSpan(side, rest[0]!, nameEnd(side, rest[rest.length - 1]!));
    const moved = rest.every((k) => other.nameNorms.has(side.tokens[k]!.norm));
    out.push({
      type: 'name',
      severity: moved ? 'minor' : 'substantive',
      a: side === a ? span : null,
      b: side === a ? null : span,
      detail: moved ? 'name moved' : `name: ${span?.text ?? ''}`,
    });
  }
  return out;
}

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

interface Names {
  /** Indices of the name tokens of the operation in `a`. */
  readonly idxA: readonly number[];
  /** In `b`. */
  readonly idxB: readonly number[];
  /** The name tokens in `a`. */
  readonly namesA: readonly Token[];
  /** In `b`. */
  readonly namesB: readonly Token[];
  /** Their norms joined by spaces, in `a`. */
  readonly joinA: string;
  /** In `b`. */
  readonly joinB: string;
  /** From the first to the last name in `a`. */
  readonly sa: TextSpan | null;
  /** In `b`. */
  readonly sb: TextSpan | null;
}

/** Whether every name of each side occurs somewhere in the other text: the names moved. */
function namesMoved({ namesA, namesB }: Names, { a, b }: ChangedOp): boolean {
  return namesA.every((t) => b.nameNorms.has(t.norm)) && namesB.every((t) => a.nameNorms.has(t.norm));
}

/**
 * The names of a replacement that has names on both sides, when they differ.
 * Names of an insertion or omission, or on one side of a replacement only,
 * are noted for the detail of the change that holds them instead.
 */
export const NAME = defineStep<Names>({
  id: 'name',
  read: (c) => {
    const { a, b, op } = c;
    const idxA = namesIn(a, op.a0, op.a1);
    const idxB = namesIn(b, op.b0, op.b1);
    const namesA = idxA.map((i) => a.tokens[i]!);
    const namesB = idxB.map((i) => b.tokens[i]!);
    if (op.kind !== 'replace' || namesA.length === 0 || namesB.length === 0) {
      if (namesA.length + namesB.length > 0)
        c.notes.push(`name: ${[...namesA, ...namesB].map((t) => t.text).join(' ')}`);
      return undefined;
    }
    const joinA = namesA.map((t) => t.norm).join(' ');
    const joinB = namesB.map((t) => t.norm).join(' ');
    if (joinA === joinB) return undefined;
    const sa = tokenSpan(a, idxA[0]!, nameEnd(a, idxA[idxA.length - 1]!));
    const sb = tokenSpan(b, idxB[0]!, nameEnd(b, idxB[idxB.length - 1]!));
    return { idxA, idxB, namesA, namesB, joinA, joinB, sa, sb };
  },
  rules: [
    {
      // `China` / `Chinese`, `Ron Kuby` / `Ronald L. Kuby`.
      id: 'name:other-form',
      test: ({ namesA, namesB, sa, sb }) =>
        sameRoots(namesA, namesB)
          ? { type: 'name', severity: 'minor', a: sa, b: sb, detail: 'same name, other form' }
          : undefined,
    },
    {
      // `Kadhafi` / `Kadafi`: the names, joined, spelled another way.
      id: 'name:transliteration',
      test: ({ joinA, joinB, sa, sb }) =>
        spellingVariant(joinA, joinB)
          ? { type: 'spelling', severity: 'trivial', a: sa, b: sb, detail: 'transliteration' }
          : undefined,
    },
    {
      // `UN` / `United Nations`.
      id: 'name:acronym',
      test: ({ namesA, namesB, sa, sb }) =>
        acronymOf(namesA, namesB) || acronymOf(namesB, namesA)
          ? { type: 'abbreviation', severity: 'trivial', a: sa, b: sb, detail: 'abbreviation' }
          : undefined,
    },
    {
      // Names spelled two ways (`McClellan` / `McLellan`) beside other names, reported one by one.
      id: 'name:spelled-pairs',
      test: ({ idxA, idxB }, c) => spelledPairs(c.typing, idxA, idxB),
    },
    {
      // A name replaced next to an attribution cue is the source cited: minor when the names moved.
      id: 'name:cited-source',
      test: (names, c) => {
        const { a, b, op } = c;
        const source =
          nearCue(a, op.a0, op.a1, CITED_SOURCE_REACH) ||
          nearCue(b, op.b0, op.b1, CITED_SOURCE_REACH) ||
          c.cuesA.length + c.cuesB.length > 0;
        if (!source) return undefined;
        const { sa, sb } = names;
        return {
          type: 'attribution',
          severity: namesMoved(names, c) ? 'minor' : 'substantive',
          a: sa ?? c.spanA,
          b: sb ?? c.spanB,
          detail: `source: ${sa?.text ?? '∅'} → ${sb?.text ?? '∅'}`,
        };
      },
    },
    {
      // Another name: minor when every name occurs elsewhere in the other text (moved).
      id: 'name:replaced',
      test: (names, c) => {
        const { sa, sb } = names;
        return {
          type: 'name',
          severity: namesMoved(names, c) ? 'minor' : 'substantive',
          a: sa ?? c.spanA,
          b: sb ?? c.spanB,
          detail: `${sa?.text ?? '∅'} → ${sb?.text ?? '∅'}`,
        };
      },
    },
  ],
});
