/**
 * Step 7: pull quotes: a short line that repeats a sentence of one
 * paragraph, the quote cut and its speaker appended. The paragraph is the
 * story's; the line is removed as a duplicate of it.
 *
 * @packageDocumentation
 */
import { findPullQuotes, tripleHashes, triplesOfWords } from '../rules/blocks';
import { blockView, type Draft } from './draft';

/** Removes pull quotes (with `removeBoilerplate` only) and remembers each with its paragraph. @internal */
export function markPullQuotes(draft: Draft): void {
  if (!draft.removeBoilerplate) return;
  const { content } = draft;
  // An ASCII line's words were hashed in step 1; another line is read again.
  const triplesOf = (k: number) => {
    const line = content[k]!;
    return line.ascii
      ? triplesOfWords(draft.wordHashes, line.wordsFrom, line.wordsTo)
      : tripleHashes(draft.text, line.cStart, line.cEnd);
  };
  for (const [k, target] of findPullQuotes(blockView(content), triplesOf)) {
    const line = content[k]!;
    if (line.locked === true) continue;
    line.role = {
      kind: 'removed',
      reason: 'duplicate',
      rule: 'duplicate:pull-quote',
      duplicateOf: content[target]!.index,
    };
    draft.pullQuotes.push([line, content[target]!]);
  }
}
