/**
 * Step 9: fragments (a few words without punctuation) are widgets when they
 * sit before the lede or next to other furniture; between body paragraphs
 * they are subheadings and stay.
 *
 * @packageDocumentation
 */
import { type Draft, isFragment, type Line, remove } from './draft';

/** Removes the fragments that are widgets (with `removeBoilerplate` only). @internal */
export function markFragments(draft: Draft): void {
  if (!draft.removeBoilerplate) return;
  const { content, lede, ruleOf } = draft;
  const fragments = content.filter((l) => l.role.kind === 'body' && isFragment(l));
  const at = new Map(content.map((l, k) => [l, k]));
  const neighbours = (line: Line) => {
    const k = at.get(line)!;
    return [content[k - 1], content[k + 1]];
  };
  const isWidget = (line: Line | undefined) =>
    line === undefined ||
    (line.role.kind === 'removed' && line.role.reason !== 'metadata:title') ||
    (line.role.kind === 'body' && isFragment(line));
  // Pictures, players and links to other stories sit just before a
  // subheading as often as widgets do: a fragment between such a line and
  // prose is the subheading of that prose.
  const isInline = (line: Line | undefined) =>
    line?.role.kind === 'removed' &&
    (line.role.reason === 'caption' ||
      line.role.reason === 'photo-credit' ||
      line.role.rule === 'line:media-widget' ||
      ruleOf.get(line)?.inline === true);
  const isProse = (line: Line | undefined) => line?.role.kind === 'body' && !isFragment(line);
  for (const line of fragments) {
    const [before, after] = neighbours(line);
    const subheading = isInline(before) && isProse(after);
    if (
      !/[\p{L}\p{N}]/u.test(line.text) ||
      lede === undefined ||
      line.index < lede.index ||
      (isWidget(before) && !subheading) ||
      isWidget(after)
    ) {
      remove(line, 'boilerplate:navigation', 'line:fragment');
    }
  }
}
