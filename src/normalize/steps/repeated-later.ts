/**
 * Whether a line's sentences reappear in a later line (a dek that the lede
 * restates).
 *
 * @packageDocumentation
 */
import { REPEATED } from '../tuning';
import { type Line, lineSentences } from './draft';

/**
 * Whether most of a line's sentences reappear, word pair by word pair, in one later line; returns that line. The
 * later lines are `lines` from index `from` on; the first `REPEATED.lookaheadLines` body lines among them are read.
 *
 * @internal
 */
export function repeatedLater(line: Line, lines: readonly Line[], from: number): Line | undefined {
  const pairs = (text: string) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const set = new Set<string>();
    for (let i = 0; i + 1 < words.length; i++) set.add(`${words[i]} ${words[i + 1]}`);
    return set;
  };
  const sentences = lineSentences(line).map((s) => pairs(s.text));
  if (sentences.length === 0) return undefined;
  const candidates: Line[] = [];
  for (let k = from; k < lines.length && candidates.length < REPEATED.lookaheadLines; k++) {
    if (lines[k]!.role.kind === 'body') candidates.push(lines[k]!);
  }
  let first: Line | undefined;
  let covered = 0;
  // The word pairs of each candidate, read once.
  const theirPairs: Array<Set<string> | undefined> = new Array(candidates.length);
  for (const own of sentences) {
    if (own.size < REPEATED.minPairs) continue;
    let best = 0;
    let bestLine: Line | undefined;
    for (let c = 0; c < candidates.length; c++) {
      const other = candidates[c]!;
      theirPairs[c] ??= pairs(other.text);
      const theirs = theirPairs[c]!;
      let shared = 0;
      for (const p of own) if (theirs.has(p)) shared++;
      const share = shared / own.size;
      if (share > best) {
        best = share;
        bestLine = other;
      }
    }
    if (best >= REPEATED.minPairShare) {
      covered++;
      first ??= bestLine;
    }
  }
  return covered > 0 && covered >= Math.ceil(sentences.length * REPEATED.minSentenceShare) ? first : undefined;
}
