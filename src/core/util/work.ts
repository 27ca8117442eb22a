/**
 * A counter of the work copydesk does, for tests that bound work by input
 * size instead of by wall time (the machine that runs them may be slow or
 * shared). Each stage adds the units of its inner loops under one kind:
 * a test resets the meter, runs a call, and checks that the work grew at
 * most linearly with the input.
 *
 * Counting is a few additions per inner-loop batch, cheap enough to stay on.
 *
 * @internal
 * @packageDocumentation
 */

/** What a unit of work counts. @internal */
export type WorkKind =
  /** characters scanned by the tokenizer and the sentence splitter */
  | 'scan'
  /** token pairs compared while scoring two sentences */
  | 'score'
  /** steps of diff classification (tokens inspected per change) */
  | 'diff'
  /** candidate positions compared while finding reused passages */
  | 'reuse'
  /** sentence pairs looked at while aligning sources */
  | 'align'
  /** steps taken while rendering a report */
  | 'render';

const units: Record<WorkKind, number> = { scan: 0, score: 0, diff: 0, reuse: 0, align: 0, render: 0 };

/** Adds `n` units of work of one kind. @internal */
export function addWork(kind: WorkKind, n: number): void {
  units[kind] += n;
}

/** Resets every counter to zero. @internal */
export function resetWork(): void {
  for (const kind of Object.keys(units) as WorkKind[]) units[kind] = 0;
}

/** The units counted since the last {@link resetWork}, per kind. @internal */
export function readWork(): Readonly<Record<WorkKind, number>> {
  return { ...units };
}
