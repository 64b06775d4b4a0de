import type { Bundle, Library } from "./build.js";
import { readSeed } from "./corpus.js";
import { bestOf } from "./measure.js";
import { peakMemory } from "./memory.js";
import { type Growth, growthPerParagraph, profileParse } from "./profile.js";
import { type ResolutionParts, resolutionParts, syntheticResolution } from "./synthetic.js";

/** The sizes measured, in paragraphs. */
export const SCALING_SIZES = [10, 100, 1_000, 10_000] as const;

/** The largest spread of time per paragraph between sizes that still counts as flat: 25 per cent. */
export const FLAT_TOLERANCE = 1.25;

/** One size of the scaling benchmark. */
export interface ScalingPoint {
  /** Paragraphs in the synthetic resolution. */
  paragraphs: number;
  /** Its length in characters. */
  chars: number;
  /** Nanoseconds to parse it (best of several). */
  ns: number;
  /** Nanoseconds for `JSON.parse` of its result's JSON (best of as many): the floor at this size. */
  floorNs: number;
  /** How far a fresh process's resident memory rises while it parses the text once, in bytes ({@link peakMemory}). */
  extraPeakBytes?: number;
}

/** The scaling figures: time per paragraph at each size, whether it stays flat, and what grows if not. */
export interface ScalingFigure {
  points: ScalingPoint[];
  /** Highest time per paragraph over the lowest. */
  spread: number;
  /**
   * The same spread for `JSON.parse` of the results: how far from flat the floor itself is on
   * these texts (a short resolution's header, meeting line and footnotes weigh more per paragraph).
   */
  floorSpread: number;
  /** Highest ratio of parse time to the floor's over the lowest: flat when the parser scales as its result does. */
  ratioSpread: number;
  /** Whether the spread is within {@link FLAT_TOLERANCE}. */
  flat: boolean;
  /** When not flat: the functions whose time per paragraph grows most from the second size to the largest. */
  growth?: Growth[];
  /** The sizes the growth compares. */
  growthSizes?: [number, number];
}

/**
 * Parses synthetic resolutions of 10 to 10,000 real paragraphs (see {@link syntheticResolution}),
 * checking first that each parses into exactly its paragraphs, and measures the time per paragraph:
 * a linear parser keeps it flat. Each size is parsed for about the same total work (best of
 * samples of about 200 paragraphs' worth of parses each, 20,000 paragraphs in all, at least 5
 * samples), and so is `JSON.parse` of its result (the floor, whose own spread says how flat these
 * texts let any parser be); how far the memory of a fresh process rises while it parses the text
 * once is measured too. When it is not flat, both sizes are profiled (V8's sampling profiler, after a warm-up) and
 * the functions whose time per paragraph grows are named.
 *
 * @param lib - the library
 * @param bundles - the bundles (the index one is profiled)
 * @param work - paragraphs to parse per size (less for a quick run)
 * @param sizes - the sizes
 * @param measureMemory - whether to measure each size's peak memory too (fresh processes)
 */
export function scalingFigure(
  lib: Library,
  bundles: Record<"index", Bundle>,
  work = 20_000,
  sizes: readonly number[] = SCALING_SIZES,
  measureMemory = true,
): ScalingFigure {
  const parts = resolutionParts(lib, readSeed());
  const points: ScalingPoint[] = sizes.map((paragraphs) => {
    const text = checkedSynthetic(lib, parts, paragraphs);
    const json = JSON.stringify(lib.parseResolution(text));
    // A sample lasts about 200 paragraphs' worth, so that the microsecond clock reads short calls finely.
    const batch = Math.max(1, Math.round(200 / paragraphs));
    const runs = repeats(paragraphs * batch, work);
    return {
      paragraphs,
      chars: text.length,
      ns: bestOf(() => lib.parseResolution(text), runs, batch),
      floorNs: bestOf(() => JSON.parse(json), runs, batch),
    };
  });
  if (measureMemory) {
    const texts = points.map((p) => syntheticResolution(parts, p.paragraphs).text);
    points.forEach((p, i) => {
      p.extraPeakBytes = peakMemory(bundles.index.file, texts[i] as string);
    });
  }
  const spreadOf = (values: number[]) => Math.max(...values) / Math.min(...values);
  const spread = spreadOf(points.map((p) => p.ns / p.paragraphs));
  const figure: ScalingFigure = {
    points,
    spread,
    floorSpread: spreadOf(points.map((p) => p.floorNs / p.paragraphs)),
    ratioSpread: spreadOf(points.map((p) => p.ns / p.floorNs)),
    flat: spread <= FLAT_TOLERANCE,
  };
  if (!figure.flat && sizes.length >= 2) {
    const small = sizes[1] as number;
    const large = sizes[sizes.length - 1] as number;
    const profileWork = 40_000;
    const smallRuns = repeats(small, profileWork);
    const largeRuns = repeats(large, profileWork);
    figure.growthSizes = [small, large];
    figure.growth = growthPerParagraph(
      profileParse(bundles.index.file, syntheticResolution(parts, small).text, smallRuns),
      small * smallRuns,
      profileParse(bundles.index.file, syntheticResolution(parts, large).text, largeRuns),
      large * largeRuns,
    );
  }
  return figure;
}

/**
 * Samples per size so that every size does about `work` paragraphs, at least 5: the largest size's
 * few samples are each long enough to be interrupted, and its time is the noisiest.
 */
function repeats(paragraphs: number, work: number): number {
  return Math.max(5, Math.round(work / paragraphs));
}

/**
 * The synthetic text of `paragraphs` paragraphs, after checking that the parser finds exactly them
 * and has nothing to say about it (no diagnostic: every footnote cited, every marker with its note).
 */
export function checkedSynthetic(lib: Library, parts: ResolutionParts, paragraphs: number): string {
  const synthetic = syntheticResolution(parts, paragraphs);
  const result = lib.safeParseResolution(synthetic.text);
  if (!result.success)
    throw new Error(`the synthetic resolution of ${paragraphs} paragraphs does not parse: ${result.error.message}`);
  if (result.diagnostics.length > 0) {
    throw new Error(
      `the synthetic resolution of ${paragraphs} paragraphs has diagnostics: ${result.diagnostics.map((d) => d.code).join(", ")}`,
    );
  }
  const r = result.data;
  if (r.preamble.length !== synthetic.preamble || r.operative.length !== synthetic.operative) {
    throw new Error(
      `the synthetic resolution of ${paragraphs} paragraphs parses into ${r.preamble.length} + ${r.operative.length}, expected ${synthetic.preamble} + ${synthetic.operative}`,
    );
  }
  return synthetic.text;
}
