import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { do_not_optimize, measure } from "mitata";

/**
 * A full garbage collection, run before each measurement so that garbage left by the one before
 * (collected by helper threads whose CPU time {@link cpuNow} counts) is not charged to it.
 */
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/**
 * The CPU time this process has used (user and system, all its threads), in nanoseconds. The
 * benchmarks time with it rather than the wall clock: on a machine shared with other work, time spent
 * waiting for a core is not the library's. Its resolution is a microsecond.
 */
export function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) * 1e3;
}

/** Calls `fn` for `milliseconds` of CPU time, so that the compiler optimizes it before it is measured. */
function warmUp(fn: () => unknown, milliseconds: number): void {
  const start = cpuNow();
  while (cpuNow() - start < milliseconds * 1e6) do_not_optimize(fn());
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
  // Each function runs a while first, so that no round measures code the compiler has not optimized yet.
  for (const name of Object.keys(fns) as K[]) warmUp(fns[name], 150);
  for (let round = 0; round < rounds; round++) {
    for (const name of Object.keys(fns) as K[]) {
      const fn = fns[name];
      const stats = await measure(() => do_not_optimize(fn()), {
        now: cpuNow,
        gc: collect,
        // A call under 1 ms (its first call included, which decides) is timed in batches of 64, so
        // that each sample lasts long enough for the microsecond clock (a 20 µs call would read as 20 or 21).
        warmup_threshold: 1_000_000,
        batch_threshold: 1_000_000,
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
 * lowest of `repeats` CPU times ({@link cpuNow}), in nanoseconds, after one warm-up call and a full
 * garbage collection.
 *
 * @param fn - the function
 * @param repeats - how many timed samples
 * @param batch - calls per sample (the time of one is the sample's over `batch`): several for a
 *   call of tens of microseconds, which the microsecond clock would read coarsely
 */
export function bestOf(fn: () => unknown, repeats: number, batch = 1): number {
  do_not_optimize(fn());
  collect();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const start = cpuNow();
    for (let k = 0; k < batch; k++) do_not_optimize(fn());
    best = Math.min(best, (cpuNow() - start) / batch);
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

/**
 * The ratio of two functions' times, robust to bursts of noise: `a` and `b` are timed back to back,
 * `pairs` times (in alternating order, so that a drift favours neither), each pair gives a ratio,
 * and the median ratio is returned. A burst that slows a moment slows both sides of a pair alike.
 * Each side of a pair runs enough calls to last at least `minMilliseconds` of CPU time, after each
 * function has run for `warmUpMilliseconds` (so that the compiler has optimized it).
 *
 * @param a - the function measured
 * @param b - its floor
 * @param pairs - how many pairs (odd, for a true median)
 * @param minMilliseconds - CPU time of one side of a pair
 * @param warmUpMilliseconds - CPU time each function runs before the pairs
 * @returns time of `a` over time of `b`
 */
export function pairedRatio(
  a: () => unknown,
  b: () => unknown,
  pairs = 31,
  minMilliseconds = 5,
  warmUpMilliseconds = 150,
): number {
  const callsFor = (fn: () => unknown) => {
    let calls = 1;
    for (;;) {
      const start = cpuNow();
      for (let i = 0; i < calls; i++) do_not_optimize(fn());
      if (cpuNow() - start >= minMilliseconds * 1e6 || calls >= 1 << 20) return calls;
      calls *= 2;
    }
  };
  const timed = (fn: () => unknown, calls: number) => {
    const start = cpuNow();
    for (let i = 0; i < calls; i++) do_not_optimize(fn());
    return (cpuNow() - start) / calls;
  };
  warmUp(a, warmUpMilliseconds);
  warmUp(b, warmUpMilliseconds);
  const callsA = callsFor(a);
  const callsB = callsFor(b);
  collect();
  const ratios: number[] = [];
  for (let p = 0; p < pairs; p++) {
    if (p % 2 === 0) {
      const ta = timed(a, callsA);
      ratios.push(ta / timed(b, callsB));
    } else {
      const tb = timed(b, callsB);
      ratios.push(timed(a, callsA) / tb);
    }
  }
  return median(ratios);
}
