/**
 * Step 13: the typed changes of every reported link, each distinct pair of
 * texts typed once.
 *
 * @packageDocumentation
 */
import type { DiffOptions, TypedChange } from '../../core/changes';
import type { AlignmentGroup } from '../../core/types';
import { linkChanges } from '../divergences';

/** The groups with the typed changes of their links filled in. */
export function typeChanges(groups: readonly AlignmentGroup[], options: DiffOptions): AlignmentGroup[] {
  const typed = new Map<string, readonly TypedChange[]>();
  return groups.map((g) => {
    const changes = linkChanges(g, options, typed);
    return { ...g, links: g.links.map((l, k) => ({ ...l, changes: changes[k]! })) };
  });
}
