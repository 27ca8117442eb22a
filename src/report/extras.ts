/**
 * Run-time access to the optional stages that may ride on a comparison:
 * typed changes per aligned pair (`src/diff`) and provenance
 * (`src/provenance`). The renderers show those sections when the data is
 * there and leave them out otherwise; this file is the one place that knows
 * where the data lives.
 */
import type { ChangeSeverity, ChangeType, TypedChange } from '../core/changes';
import type { Provenance } from '../core/provenance';
import type { AlignmentGroup, Comparison, GroupLink, GroupMember, Span, TextSpan } from '../core/types';
import { placeInShown, type SourceText } from './readable';

/**
 * A typed change placed on one member of a group, with offsets into the text
 * the reports print for that member (see `shownText`): the original's offsets
 * for a plain-text source, offsets into the member's decoded `text` for a
 * source read from HTML.
 */
export interface PlacedChange extends Span {
  readonly type: ChangeType;
  readonly severity: ChangeSeverity;
  readonly detail?: string;
  /** Index of the other member of the link, in the group's members. */
  readonly other: number;
  /** The other side's text for the change, when it has one. */
  readonly otherText?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

function looksLikeProvenance(value: unknown): value is Provenance {
  return (
    isObject(value) &&
    value['kind'] === 'provenance' &&
    Array.isArray(value['sources']) &&
    Array.isArray(value['reuse']) &&
    Array.isArray(value['directions']) &&
    isObject(value['graph'])
  );
}

/**
 * The provenance to render: the one given in options, else
 * `comparison.provenance` when it is there and looks like provenance.
 */
export function provenanceOf(comparison: Comparison, given?: Provenance): Provenance | undefined {
  if (given !== undefined) return looksLikeProvenance(given) ? given : undefined;
  const value = (comparison as unknown as Record<string, unknown>)['provenance'];
  return looksLikeProvenance(value) ? value : undefined;
}

function looksLikeChange(value: unknown): value is TypedChange {
  return isObject(value) && typeof value['type'] === 'string' && typeof value['severity'] === 'string';
}

/**
 * The typed changes of a link: `link.changes`, or `link.diff.changes`
 * (a `SentenceDiff` stored on the link), when present.
 */
export function linkChanges(link: GroupLink): readonly TypedChange[] {
  const record = link as unknown as Record<string, unknown>;
  const direct = record['changes'];
  if (Array.isArray(direct)) return direct.filter(looksLikeChange);
  const diff = record['diff'];
  if (isObject(diff) && Array.isArray(diff['changes'])) return diff['changes'].filter(looksLikeChange);
  return [];
}

/**
 * A change span as a mark on the member: spans in a comparison are absolute
 * offsets into the source's original text, so a span is placed when it lies
 * inside the member and, when the source is at hand, covers the text the
 * change names (through the markup, for a source read from HTML: see
 * `placeInShown`). Anything else (a hand-edited or foreign comparison) is not
 * drawn rather than drawn in the wrong place.
 */
function place(span: TextSpan | null, member: GroupMember, source: SourceText | undefined): Span | undefined {
  if (span === null || !isObject(span)) return undefined;
  const { start, end } = span;
  if (typeof start !== 'number' || typeof end !== 'number' || end < start) return undefined;
  return placeInShown(source, member, span);
}

/**
 * The changes to mark on each member of a group, with offsets into the text
 * the reports print for the member (see {@link PlacedChange}). Changes whose
 * span cannot be placed (an empty side, a span that does not match the text)
 * are left out.
 *
 * @param group - An aligned group.
 * @param sources - Each source's text, by id (`sourceTexts`).
 * @returns The placed changes of each member, by the member's index.
 */
export function changesByMember(
  group: AlignmentGroup,
  sources: ReadonlyMap<string, SourceText>,
): Map<number, PlacedChange[]> {
  const out = new Map<number, PlacedChange[]>();
  const push = (index: number, change: PlacedChange) => {
    const list = out.get(index) ?? [];
    list.push(change);
    out.set(index, list);
  };
  for (const link of group.links) {
    const ma = group.members[link.a];
    const mb = group.members[link.b];
    if (!ma || !mb) continue;
    for (const change of linkChanges(link)) {
      const base = {
        type: change.type,
        severity: change.severity,
        ...(change.detail ? { detail: change.detail } : {}),
      };
      const sa = place(change.a, ma, sources.get(ma.source));
      const sb = place(change.b, mb, sources.get(mb.source));
      if (sa && sa.end > sa.start) {
        push(link.a, { ...base, ...sa, other: link.b, ...(change.b ? { otherText: change.b.text } : {}) });
      }
      if (sb && sb.end > sb.start) {
        push(link.b, { ...base, ...sb, other: link.a, ...(change.a ? { otherText: change.a.text } : {}) });
      }
    }
  }
  return out;
}

/** Rank of a severity, for choosing the strongest of overlapping marks. */
export const SEVERITY_RANK: Readonly<Record<ChangeSeverity, number>> = { trivial: 0, minor: 1, substantive: 2 };
