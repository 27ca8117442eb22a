/**
 * Step 3: furniture recognized from a run of lines: the headlines under a
 * link-list lead (`ALSO:`, `Related News Articles`), labels and credits the
 * page repeats (`Today` under every photo), runs of headlines set into the
 * story, lists of dated teasers (`(12/04/2012) African lions ...`).
 *
 * @packageDocumentation
 */
import { findDatedTeasers, findHeadlineRuns, findLinkListItems, findRepeatedLabels } from '../rules/blocks';
import { blockView, captionShapeOf, type Draft, mediaWidgetOf, remove } from './draft';

/** Removes link-list items, repeated labels, dated teasers and headline runs (with `removeBoilerplate` only). @internal */
export function markBlockFurniture(draft: Draft): void {
  if (!draft.removeBoilerplate) return;
  const { content } = draft;
  const view = blockView(content, (l) => captionShapeOf(draft, l) !== undefined || mediaWidgetOf(l) !== undefined);
  const taken: number[] = [];
  const take = (k: number, rule: string) => {
    remove(content[k]!, 'boilerplate:navigation', rule);
    taken.push(k);
  };
  for (const k of findLinkListItems(view)) take(k, 'block:link-list');
  for (const k of findRepeatedLabels(view)) take(k, 'block:repeated-label');
  for (const k of findDatedTeasers(view)) take(k, 'block:dated-teasers');
  // Headline runs read the lines as the rules above left them: a run after a link list's removed items follows
  // the story's last line kept.
  for (const k of taken) {
    const role = content[k]!.role;
    if (role.kind === 'removed') view[k] = { ...view[k]!, body: false, media: false, rule: role.rule };
  }
  for (const k of findHeadlineRuns(view)) {
    if (content[k]!.role.kind === 'body') remove(content[k]!, 'boilerplate:navigation', 'block:headline-run');
  }
}
