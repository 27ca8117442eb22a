/**
 * Step 13: the typed changes of every reported link, each distinct pair of
 * texts typed once.
 *
 * @packageDocumentation
 */
import type { DiffOptions, TypedChange } from '../../core/changes';
import type { AlignmentGroup } from '../../core/types';
import type { DiffSide } from '../../diff/diff-sentences';
import { linkChanges } from '../divergences';

/** The groups with the typed changes of their links filled in. */
export function typeChanges(
  groups: readonly AlignmentGroup[],
  options: DiffOptions,
  originals: ReadonlyMap<string, string>,
): AlignmentGroup[] {
  const typed = new Map<string, readonly TypedChange[]>();
  // Each distinct sentence is analysed once for all the links it is in.
  const sides = new Map<string, DiffSide>();
  return groups.map((g) => {
    const changes = linkChanges(g, options, originals, typed, sides);
    return { ...g, links: g.links.map((l, k) => ({ ...l, changes: changes[k]! })) };
  });
}
