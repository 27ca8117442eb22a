import type { PreparedSentence } from '../similarity/types';

// Function words, and the vocabulary of attribution: words that say who said
// something, not what happened.
const IGNORED = new Set(
  `a an the and or but nor of to in on at for from by with as into onto over under about after before since than then
  is are was were be been being am has have had do does did will would shall should can could may might must
  it its this that these those there their they them he him his she her we our us you your i me my who whom which what
  when where why how all any some such not no so if also just very more most other only own same too out up down off
  between among against during through within without while because although though across around toward towards
  upon via per amid despite until unless whether
  again further once here each few both said says say saying told tells tell telling reported reports reporting report
  according citing cited quoted quoting added adding stated statement announced confirmed spokesman spokeswoman
  spokesperson official officials source sources agency news media outlet newspaper daily wire press`.split(/\s+/),
);

function stem(norm: string): string {
  const w = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  return w.length > 5 ? w.slice(0, 5) : w;
}

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
  const stems = new Set<string>();
  const words = sentence.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    // Capitalized inside the sentence, or first and followed by another
    // capitalized word (`North Korea is ...`, `Russian Foreign Minister ...`).
    const isName = t.capitalized && (i > 0 || words[1]?.capitalized === true);
    if (isName || IGNORED.has(t.norm) || t.norm.length < 3) continue;
    stems.add(stem(t.norm));
  }
  return stems;
}

/** Number of predicate stems two sentences share. @internal */
export function sharedPredicate(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (big.has(s)) n++;
  return n;
}
