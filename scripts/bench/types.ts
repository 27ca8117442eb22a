/** Context handed to each benchmark by `npm run bench`. */
export interface BenchContext {
  /** Absolute path of ../shared/data (may not exist: benchmarks then fall back to the seeds). */
  readonly dataDir: string;
  /** Print a progress line. */
  log(message: string): void;
}

/** One measured figure, with its ratio against the peer measured in the same run. */
export interface BenchRow {
  /** What is measured, for example `throughput (MB/s)`. */
  readonly measure: string;
  /** Which system or function. */
  readonly system: string;
  /** The figure, formatted. */
  readonly value: string;
  /** Ratio against a peer measured in the same process, for example `1.32x sbd`. */
  readonly ratio?: string;
  /** A reference figure measured elsewhere, for context. */
  readonly reference?: string;
}

/** What one benchmark reports. */
export interface BenchSection {
  readonly title: string;
  /** Markdown paragraphs: what was timed, how, on which text. */
  readonly description: string;
  readonly rows: readonly BenchRow[];
  /** Extra Markdown. */
  readonly details?: string;
}

/** One benchmark, as `npm run bench` discovers it in `scripts/bench/*.bench.ts` (`export const bench`). */
export interface Bench {
  /** Short name, for example `normalize`. */
  readonly name: string;
  /** Runs the benchmark. */
  run(ctx: BenchContext): Promise<BenchSection>;
}
