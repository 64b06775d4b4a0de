import { do_not_optimize, measure } from "mitata";

/**
 * The CPU time this process has used (user and system, all its threads), in nanoseconds. The
 * benchmarks time with it rather than the wall clock: on a machine shared with other work, time spent
 * waiting for a core is not the library's. Its resolution is a microsecond.
 */
export function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) * 1e3;
}

/** How long and how often to measure. */
export interface MeasureOptions {
  /** Rounds: each round measures every function once, in turn. The best round counts. Default 3. */
  rounds?: number;
  /** CPU time to spend on one function in one round, in milliseconds. Default 300. */
  minMilliseconds?: number;
  /** Fewest samples of one function in one round. Default 12 (mitata's default). */
  minSamples?: number;
}

/** The time of one call, in nanoseconds: the lowest over the rounds of each round's fastest samples. */
export type Timings<K extends string> = Record<K, number>;

/**
 * Measures functions against each other in one run, with mitata: every round measures each function
 * in turn (so drifts of a shared, noisy machine hit all alike), and each function keeps its lowest
 * time: mitata's `min`, the fastest sample once the two most extreme at each end are dropped. On a
 * machine shared with other work, noise only ever adds time, and a long call (milliseconds) is
 * interrupted far more often than a short one (microseconds): medians would inflate the ratios of
 * long to short, the lowest times do not. Ratios of these timings are what the benchmarks compare,
 * never absolute times.
 *
 * @param fns - the functions, by name; each is called with no argument and its result kept alive
 * @param options - rounds and time per round
 * @returns nanoseconds per call, by name
 */
export async function measureTogether<K extends string>(
  fns: Record<K, () => unknown>,
  options: MeasureOptions = {},
): Promise<Timings<K>> {
  const rounds = options.rounds ?? 3;
  const best = {} as Timings<K>;
  for (let round = 0; round < rounds; round++) {
    for (const name of Object.keys(fns) as K[]) {
      const fn = fns[name];
      const stats = await measure(() => do_not_optimize(fn()), {
        now: cpuNow,
        // A call under 5 ms is timed in batches of 64, so each sample lasts long enough for the
        // microsecond clock (a 20 µs call would otherwise read as 20 or 21 µs).
        batch_threshold: 5_000_000,
        batch_samples: 64,
        min_cpu_time: (options.minMilliseconds ?? 300) * 1e6,
        min_samples: options.minSamples ?? 12,
      });
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, stats.min);
    }
  }
  return best;
}

/**
 * Times one call of a slow function (a whole corpus, a 10,000-paragraph text) the plain way: the
 * lowest of `repeats` CPU times ({@link cpuNow}), in nanoseconds, after one warm-up call.
 *
 * @param fn - the function
 * @param repeats - how many timed calls
 */
export function bestOf(fn: () => unknown, repeats: number): number {
  do_not_optimize(fn());
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const start = cpuNow();
    do_not_optimize(fn());
    best = Math.min(best, cpuNow() - start);
  }
  return best;
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
