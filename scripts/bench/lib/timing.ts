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
  /**
   * For work done in a child process: the CPU time of the last run's child, in milliseconds, which then
   * stands for the run's CPU time (this process only waits for it).
   */
  readonly childCpuMs?: () => number;
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
  /**
   * `fixed`: every round runs the functions in the given order; `alternate`: odd rounds run them in reverse
   * order, so that no function always follows the same one (and pays for the garbage it left).
   *
   * @defaultValue `'fixed'`
   */
  readonly order?: 'fixed' | 'alternate';
  /** Called after each round. */
  readonly onRound?: (round: number) => void;
}

/** The timings of one function. */
export interface Timing {
  readonly name: string;
  /** Median of the timed runs, in milliseconds (wall clock). */
  readonly medianMs: number;
  /** All timed runs, in milliseconds (wall clock), in order. */
  readonly runsMs: readonly number[];
  /**
   * Median CPU time of the timed runs, in milliseconds: user + system time of the whole process
   * (`process.cpuUsage()`, which includes the garbage collector's threads) during the run.
   */
  readonly cpuMedianMs: number;
  /** CPU time of each timed run, in milliseconds, in order. */
  readonly cpuRunsMs: readonly number[];
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
 * every round each function runs once, in the given order (reversed in odd
 * rounds with `order: 'alternate'`). Records wall time and the process's CPU
 * time of each run.
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
  const cpuTimes = work.map((): number[] => []);
  const forward = work.map((_, i) => i);
  const backward = [...forward].reverse();
  for (let round = 0; round < warmup + runs; round++) {
    const order = options.order === 'alternate' && round % 2 === 1 ? backward : forward;
    for (const i of order) {
      const w = work[i]!;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      results[i] = w.run();
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      if (round >= warmup) {
        times[i]!.push(ms);
        cpuTimes[i]!.push(w.childCpuMs === undefined ? (cpu.user + cpu.system) / 1000 : w.childCpuMs());
      }
    }
    options.onRound?.(round);
  }
  return work.map((w, i) => ({
    name: w.name,
    medianMs: median(times[i]!),
    runsMs: times[i]!,
    cpuMedianMs: median(cpuTimes[i]!),
    cpuRunsMs: cpuTimes[i]!,
    result: results[i]!,
  }));
}
