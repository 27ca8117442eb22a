/**
 * Cue words of one side: negation, hedging and attribution, read in context
 * (`failed to`, `expected to`, `according to`).
 *
 * @packageDocumentation
 */

import { ATTRIBUTION_WORDS, FAIL_FORMS, HEDGE_NEEDS_TO, HEDGE_WORDS, isNegation } from '../../core/lexicon.js';
import type { Token } from '../../segment/tokenize.js';
import type { AnalyzedText } from '../expressions.js';

/** A hedge (`may`, `reportedly`, `expected to`). */
export const isHedge = (t: Token, next: Token | undefined): boolean =>
  t.kind === 'word' && HEDGE_WORDS.has(t.norm) && (!HEDGE_NEEDS_TO.has(t.norm) || next?.norm === 'to');

/** An attribution cue (`said`, `told`, `according to`). */
export const isAttribution = (t: Token, next: Token | undefined): boolean =>
  t.kind === 'word' && ATTRIBUTION_WORDS.has(t.norm) && (t.norm !== 'according' || next?.norm === 'to');

/** A negation cue (`failed to` included), except `no` opening a hyphenated compound (`no-frills`, `no-fly zone`). */
export function negationAt(side: AnalyzedText, i: number): boolean {
  const t = side.tokens[i]!;
  // `failed to meet` (`failure to meet`) says `did not meet`.
  if (FAIL_FORMS.has(t.norm)) return side.tokens[i + 1]?.norm === 'to';
  if (!isNegation(t.norm)) return false;
  return !(t.norm === 'no' && side.text.charCodeAt(t.end) === 45 && /\p{L}/u.test(side.text.charAt(t.end + 1)));
}

/** The cues of `[i0, i1)` outside dates and names, as norms. */
export function cuesOf(
  side: AnalyzedText,
  i0: number,
  i1: number,
  isCue: (t: Token, next: Token | undefined) => boolean,
): string[] {
  const out: string[] = [];
  for (let i = i0; i < i1; i++) {
    const t = side.tokens[i]!;
    if (side.dateAt[i]! >= 0 || side.isName[i]) continue;
    if (isCue(t, side.tokens[i + 1])) out.push(t.norm);
  }
  return out;
}

/** How many negation cues `[i0, i1)` holds. */
export function countNegations(side: AnalyzedText, i0: number, i1: number): number {
  let n = 0;
  for (let i = i0; i < i1; i++) if (negationAt(side, i)) n++;
  return n;
}
