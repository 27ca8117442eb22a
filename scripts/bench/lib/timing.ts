/**
 * Timing for the benchmarks: warm-up, then the median of several runs,
 * interleaved across the systems compared so that drift in machine load
 * affects them alike.
 *
 * @packageDocumentation
 */

/** A piece of work to time. Its return value is kept so the work cannot be optimized away. */
export interface Timed {
  /** Name in reports. */
  readonly name: string;
  /** Does the whole work once. */
  readonly run: () => number;
}

/** Options of {@link timeInterleaved}. */
export interface TimingOptions {
  /**
   * Untimed runs of each function before measuring.
   *
   * @defaultValue `1`
   */
  readonly warmup?: number;
  /**
   * Timed runs of each function (at least 5).
   *
   * @defaultValue `7`
   */
  readonly runs?: number;
  /** Called after each round. */
  readonly onRound?: (round: number) => void;
}

/** The timings of one function. */
export interface Timing {
  readonly name: string;
  /** Median of the timed runs, in milliseconds. */
  readonly medianMs: number;
  /** All timed runs, in milliseconds, in order. */
  readonly runsMs: readonly number[];
  /** The value the last run returned (for sanity checks, e.g. a sentence count). */
  readonly result: number;
}

/**
 * Median of a list of numbers.
 *
 * @param values - Non-empty list.
 * @returns The median (mean of the two middle values for even lengths).
 * @example
 * ```ts
 * median([3, 1, 2, 10]); //=> 2.5
 * ```
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times each function: `warmup` untimed rounds, then `runs` timed rounds; in
 * every round each function runs once, in the given order.
 *
 * @param work - The functions to compare.
 * @param options - See {@link TimingOptions}.
 * @returns One {@link Timing} per function, in the given order.
 */
export function timeInterleaved(work: readonly Timed[], options: TimingOptions = {}): Timing[] {
  const warmup = options.warmup ?? 1;
  const runs = Math.max(5, options.runs ?? 7);
  const results = work.map(() => 0);
  const times = work.map((): number[] => []);
  for (let round = 0; round < warmup + runs; round++) {
    work.forEach((w, i) => {
      const t0 = performance.now();
      results[i] = w.run();
      const ms = performance.now() - t0;
      if (round >= warmup) times[i]!.push(ms);
    });
    options.onRound?.(round);
  }
  return work.map((w, i) => ({ name: w.name, medianMs: median(times[i]!), runsMs: times[i]!, result: results[i]! }));
}
