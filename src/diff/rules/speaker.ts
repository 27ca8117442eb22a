/**
 * Speakers: a quote of `b` that says the same as a quote of `a`, with a
 * different speaker. Looks at the two texts as a whole, after every
 * operation is typed.
 *
 * @packageDocumentation
 */

import { FUNCTION_WORDS } from '../../core/lexicon.js';
import type { TextSpan } from '../../core/types.js';
import { addWork } from '../../core/util/work.js';
import { tokenIndexAt } from '../../segment/tokenize.js';
import type { TokenOp } from '../token-diff.js';
import { MAX_QUOTES_PER_WORD, SAME_QUOTE_MIN_DICE, SPELLING_VARIANT } from '../tuning.js';
import type { PairRule, Side, Typing, Verdict } from './rule.js';
import { spellingVariant } from './spelling.js';
import { isWordish } from './tokens.js';

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
  return (
    x !== undefined &&
    y !== undefined &&
    (x === y || (x.length >= SPELLING_VARIANT.minNameLength && spellingVariant(x, y)))
  );
}

/** The speaker of a quote changed: the same quoted words (by {@link SAME_QUOTE_MIN_DICE}), another speaker. */
export const SPEAKER: PairRule = {
  id: 'quote:speaker-changed',
  applies: ({ a, b }) => a.quotes.length > 0 && b.quotes.length > 0,
  find(typing: Typing, ops: readonly TokenOp[]) {
    const { a, b } = typing;
    const found: [number, Verdict][] = [];
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
          typing.bounded = true;
          continue;
        }
        addWork('diff', list.length);
        for (const k of list) sharedWith.set(k, (sharedWith.get(k) ?? 0) + 1);
      }
      for (const [k, shared] of [...sharedWith].sort((x, y) => x[0] - y[0])) {
        const { q: qb, words: wb, speaker: sb } = quotesB[k]!;
        if ((2 * shared) / (wa.size + wb.size) < SAME_QUOTE_MIN_DICE) continue;
        if (subset(sa, sb) || subset(sb, sa) || sameSurname(b, qb.speaker!, a, qa.speaker)) continue;
        const { start, end, text } = qa.speaker;
        const { start: bs, end: be, text: bt } = qb.speaker!;
        found.push([
          opAtB(bs),
          {
            type: 'quote',
            severity: 'substantive',
            a: { start, end, text },
            b: { start: bs, end: be, text: bt },
            detail: `speaker: ${text} → ${bt}`,
          },
        ]);
      }
    }
    return found;
  },
};
