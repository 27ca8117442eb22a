/** One dataset's evaluation, as `npm run eval` runs and reports it. */
export interface EvalTask {
  /** Short name, for example `golden-rules`. */
  readonly name: string;
  /** Runs the evaluation. Returns `null` (and says why in `skipped`) when its data is absent. */
  run(ctx: EvalContext): Promise<EvalSection>;
}

export interface EvalContext {
  /** Absolute path of ../shared/data (may not exist). */
  readonly dataDir: string;
  /** Print a progress line. */
  log(message: string): void;
}

/** One metric beside its reference figure. */
export interface MetricRow {
  readonly metric: string;
  readonly system: string;
  readonly value: string;
  readonly reference?: string;
}

export interface EvalSection {
  readonly title: string;
  /** Set when the data was absent: the section says so and the run goes on. */
  readonly skipped?: string;
  /** Markdown paragraphs: what was measured, how, on which data. */
  readonly description: string;
  readonly rows: readonly MetricRow[];
  /** Extra Markdown (error lists, per-class tables). */
  readonly details?: string;
}
