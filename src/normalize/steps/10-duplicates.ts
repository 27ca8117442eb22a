/**
 * Step 10: duplicates: a line repeated verbatim (after folding) is reported
 * and kept once; pull quotes are reported with it, and a dek that the body
 * repeats.
 *
 * @packageDocumentation
 */
import type { DuplicateReport } from '../../core/types';
import { DUPLICATES } from '../tuning';
import { foldForDuplicates, foldHash } from '../words';
import { type Draft, type Line, toSpan } from './draft';
import { repeatedLater } from './repeated-later';

/** Removes repeated lines as duplicates and reports every repeat. @internal */
export function markDuplicates(draft: Draft): void {
  const { content, duplicates } = draft;
  for (const [line, target] of draft.pullQuotes) {
    duplicates.push({
      kind: 'paragraph',
      first: toSpan(draft, target.cStart, target.cEnd),
      second: toSpan(draft, line.cStart, line.cEnd),
      exact: false,
    });
  }
  // Lines by the hash of their fold; lines whose hashes agree are compared by their folds.
  const seen = new Map<number, Line[]>();
  const folds = new Map<Line, string>();
  const foldOf = (line: Line) => {
    let fold = folds.get(line);
    if (fold === undefined) {
      fold = foldForDuplicates(line.text);
      folds.set(line, fold);
    }
    return fold;
  };
  for (const line of content) {
    const role = line.role;
    const keepable = role.kind === 'body' || (role.kind === 'removed' && role.reason === 'caption');
    if (!keepable || line.words < DUPLICATES.minWords) continue;
    const hash = line.ascii ? line.foldHash : foldHash(draft.text, line.cStart, line.cEnd);
    const same = seen.get(hash);
    const first = same?.find((l) => foldOf(l) === foldOf(line));
    if (first) {
      const kind: DuplicateReport['kind'] = role.kind === 'body' ? 'paragraph' : 'caption';
      line.role = { kind: 'removed', reason: 'duplicate', rule: `duplicate:${kind}`, duplicateOf: first.index };
      // Exact as the input writes them (the lines' texts are cleaned: quotes, spaces, NFKC).
      const a = toSpan(draft, first.cStart, first.cEnd);
      const b = toSpan(draft, line.cStart, line.cEnd);
      duplicates.push({ kind, first: a, second: b, exact: a.text === b.text });
    } else if (same) {
      same.push(line);
    } else {
      seen.set(hash, [line]);
    }
  }
  // A dek that the body repeats is reported (both stay in their roles).
  const dekLine = content.find((l) => l.role.kind === 'removed' && l.role.reason === 'metadata:dek');
  if (dekLine) {
    const later = content.filter((l) => l.role.kind === 'body');
    const target = repeatedLater(dekLine, later, 0);
    if (target) {
      duplicates.push({
        kind: 'dek-repeated',
        first: toSpan(draft, dekLine.cStart, dekLine.cEnd),
        second: toSpan(draft, target.cStart, target.cEnd),
        exact: false,
      });
    }
  }
}
