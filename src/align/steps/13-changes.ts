/**
 * Step 13: the typed changes of every reported link, computed when first
 * read. Each link's `changes` is an enumerable property that types the
 * links of its group on first access (each distinct pair of texts typed
 * once, each distinct sentence analysed once for the whole comparison), so
 * an alignment whose changes nobody reads does not pay for them, and JSON of
 * the comparison is the same as with changes computed up front.
 *
 * @packageDocumentation
 */
import type { DiffOptions, TypedChange } from '../../core/changes';
import type { AlignmentGroup, GroupLink } from '../../core/types';
import type { DiffSide } from '../../diff/diff-sentences';
import { linkChanges } from '../divergences';

/** The groups, each link with a `changes` property computed on first read. */
export function typeChanges(
  groups: readonly AlignmentGroup[],
  options: DiffOptions,
  originals: ReadonlyMap<string, string>,
): AlignmentGroup[] {
  // Shared by every group of the comparison until the last group is typed, then let go.
  let typed = new Map<string, readonly TypedChange[]>();
  let sides = new Map<string, DiffSide>();
  let untyped = groups.length;
  return groups.map((g) => {
    let computed: TypedChange[][] | undefined;
    const changesOf = (k: number): readonly TypedChange[] => {
      if (computed === undefined) {
        computed = linkChanges(g, options, originals, typed, sides);
        if (--untyped === 0) {
          typed = new Map();
          sides = new Map();
        }
      }
      return computed[k]!;
    };
    const links = g.links.map((l, k) => {
      const link = { ...l };
      Object.defineProperty(link, 'changes', { enumerable: true, configurable: true, get: () => changesOf(k) });
      return link as GroupLink;
    });
    return { ...g, links };
  });
}
