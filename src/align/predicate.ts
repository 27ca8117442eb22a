import { intersectCount } from '../core/util/sorted';
import type { PreparedSentence } from '../similarity/types';

/**
 * The stems of what a sentence says happened: content words that are neither
 * names (capitalized inside the sentence), nor function words, nor the
 * vocabulary of attribution (`said`, `according`, `spokesman`, `news agency`).
 * Two sentences that share only names and attribution report different facts
 * (`Lavrov said North Korea was ready to resume talks` against `Lavrov said
 * North Korea had sent a positive signal`).
 *
 * @internal
 */
export function predicateStems(sentence: PreparedSentence): Set<string> {
  // Found once when the sentence was prepared (`PreparedSentence.predicates`).
  return new Set(sentence.predicates);
}

/** Number of predicate stems two sentences share. @internal */
export function sharedPredicate(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (big.has(s)) n++;
  return n;
}

/**
 * The predicate stems of each sentence as sorted ids (one id per distinct
 * stem across `sentences`), so that {@link sharedPredicateIds} counts what two
 * sentences share with one merge instead of string lookups.
 *
 * @internal
 */
export function predicateIds(sentences: readonly PreparedSentence[]): Int32Array[] {
  const ids = new Map<string, number>();
  return sentences.map((sentence) => {
    const stems = sentence.predicates;
    const out = new Int32Array(stems.length);
    let k = 0;
    for (const s of stems) {
      let id = ids.get(s);
      if (id === undefined) {
        id = ids.size;
        ids.set(s, id);
      }
      out[k++] = id;
    }
    return out.sort();
  });
}

/** Number of predicate stems two sentences share, from {@link predicateIds} (the same count as {@link sharedPredicate}). @internal */
export function sharedPredicateIds(a: Int32Array, b: Int32Array): number {
  return intersectCount(a, b);
}
