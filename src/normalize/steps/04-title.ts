/**
 * Step 4: the title: the first body line, if it is short, unpunctuated, not
 * a byline or a dateline, and prose follows it.
 *
 * @packageDocumentation
 */
import { HIGHLIGHTS_LABEL } from '../rules/blocks';
import { matchByline, matchDateline } from '../rules/metadata';
import { HEADER } from '../tuning';
import { type Draft, isFragment, remove, toSpan } from './draft';

/**
 * Sets the body candidates (the lines the furniture steps left) and takes the
 * title from them, unless the title was known before the steps (the
 * headline element of an HTML page, a locked line).
 *
 * @internal
 */
export function findTitle(draft: Draft): void {
  const { agencies, metadata } = draft;
  const bodyCandidates = draft.content.filter((l) => l.role.kind === 'body');
  draft.bodyCandidates = bodyCandidates;
  if (metadata.title !== undefined) {
    const known = draft.content.find(
      (l) => l.locked === true && l.role.kind === 'removed' && l.role.reason === 'metadata:title',
    );
    const at = known?.index ?? -1;
    let cursor = 0;
    while (cursor < bodyCandidates.length && bodyCandidates[cursor]!.index < at) cursor++;
    draft.cursor = cursor;
    return;
  }
  const proseAfter = (from: number) => bodyCandidates.filter((l) => l.index > from && !isFragment(l));
  const titleLine = bodyCandidates[0];
  if (
    titleLine &&
    titleLine.words > 0 &&
    titleLine.words <= HEADER.maxTitleWords &&
    !/[.;,:]["')\]]*$/.test(titleLine.text) &&
    !matchByline(titleLine.text, agencies) &&
    !matchDateline(titleLine.text, agencies) &&
    // `Story highlights Russian defense minister says ...` (multi-news-dev cluster 249 doc 2): a highlights box glued
    // to its first item, not the headline; step 6 removes the box.
    !HIGHLIGHTS_LABEL.test(titleLine.text) &&
    proseAfter(titleLine.index).length > 0
  ) {
    remove(titleLine, 'metadata:title', 'header:title');
    metadata.title = toSpan(draft, titleLine.cStart, titleLine.cEnd);
    draft.cursor = bodyCandidates.indexOf(titleLine) + 1;
  }
}
