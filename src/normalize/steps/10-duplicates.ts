/**
 * Step 10: duplicates: a line repeated verbatim (after folding) is reported
 * and kept once; pull quotes are reported with it, and a dek that the body
 * repeats.
 *
 * @packageDocumentation
 */
import type { DuplicateReport } from '../../core/types';
import { DUPLICATES } from '../tuning';
import { foldForDuplicates } from '../words';
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
  const seen = new Map<string, Line>();
  for (const line of content) {
    const role = line.role;
    const keepable = role.kind === 'body' || (role.kind === 'removed' && role.reason === 'caption');
    if (!keepable || line.words < DUPLICATES.minWords) continue;
    const key = foldForDuplicates(line.text);
    const first = seen.get(key);
    if (first) {
      const kind: DuplicateReport['kind'] = role.kind === 'body' ? 'paragraph' : 'caption';
      line.role = { kind: 'removed', reason: 'duplicate', rule: `duplicate:${kind}`, duplicateOf: first.index };
      duplicates.push({
        kind,
        first: toSpan(draft, first.cStart, first.cEnd),
        second: toSpan(draft, line.cStart, line.cEnd),
        exact: first.text === line.text,
      });
    } else {
      seen.set(key, line);
    }
  }
  // A dek that the body repeats is reported (both stay in their roles).
  const dekLine = content.find((l) => l.role.kind === 'removed' && l.role.reason === 'metadata:dek');
  if (dekLine) {
    const later = content.filter((l) => l.role.kind === 'body');
    const target = repeatedLater(dekLine, later);
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
