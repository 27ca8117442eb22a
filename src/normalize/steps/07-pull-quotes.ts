/**
 * Step 7: pull quotes: a short line that repeats a sentence of one
 * paragraph, the quote cut and its speaker appended. The paragraph is the
 * story's; the line is removed as a duplicate of it.
 *
 * @packageDocumentation
 */
import { findPullQuotes, tripleHashes } from '../rules/blocks';
import { blockView, type Draft } from './draft';

/** Removes pull quotes (with `removeBoilerplate` only) and remembers each with its paragraph. @internal */
export function markPullQuotes(draft: Draft): void {
  if (!draft.removeBoilerplate) return;
  const { content } = draft;
  const triplesOf = (k: number) => tripleHashes(draft.text, content[k]!.cStart, content[k]!.cEnd);
  for (const [k, target] of findPullQuotes(blockView(content), triplesOf)) {
    const line = content[k]!;
    line.role = {
      kind: 'removed',
      reason: 'duplicate',
      rule: 'duplicate:pull-quote',
      duplicateOf: content[target]!.index,
    };
    draft.pullQuotes.push([line, content[target]!]);
  }
}
