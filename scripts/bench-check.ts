/**
 * `npm run bench:check`: measures the benchmark ratios quickly and compares them with the committed
 * bench/baseline.json. Fails (exit 1) when a ratio is 2 times its baseline or more: a regression.
 * Only ratios of timings taken in the same run are compared, never absolute times, so the check
 * holds on any machine; each ratio is the best of several rounds, so noise does not fail it.
 *
 * Usage:
 *   npx tsx scripts/bench-check.ts            compare with bench/baseline.json
 *   npx tsx scripts/bench-check.ts --update   measure and write bench/baseline.json
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleEntries, importLibrary, projectRoot } from "../bench/build.js";
import { quickRatios, type Ratios } from "../bench/ratios.js";

/** A ratio this many times its baseline or more is a regression. */
export const REGRESSION_FACTOR = 2;

/** The committed baseline: the ratios, and when and where they were measured. */
export interface Baseline {
  measured: string;
  node: string;
  ratios: Ratios;
}

/** One line of the comparison. */
export interface Verdict {
  name: string;
  baseline?: number;
  current?: number;
  /** current / baseline. */
  factor?: number;
  status: "ok" | "regression" | "new" | "not measured";
}

/**
 * Compares current ratios with the baseline's: a ratio at {@link REGRESSION_FACTOR} times its
 * baseline or more is a regression; a ratio without baseline is new; a baseline ratio that could not
 * be measured now (the corpus is absent) is reported, not failed.
 *
 * @param baseline - the baseline's ratios
 * @param current - the ratios just measured
 */
export function compareRatios(baseline: Ratios, current: Ratios): Verdict[] {
  const names = [...new Set([...Object.keys(baseline), ...Object.keys(current)])].sort();
  return names.map((name) => {
    const b = baseline[name];
    const c = current[name];
    if (c === undefined) return { name, baseline: b, status: "not measured" };
    if (b === undefined) return { name, current: c, status: "new" };
    const factor = c / b;
    return { name, baseline: b, current: c, factor, status: factor >= REGRESSION_FACTOR ? "regression" : "ok" };
  });
}

const baselineFile = join(projectRoot, "bench", "baseline.json");

async function main(): Promise<number> {
  const update = process.argv.includes("--update");
  const started = Date.now();
  const bundles = await bundleEntries(false);
  const lib = await importLibrary(bundles);
  const { ratios, notes } = await quickRatios(lib, bundles);
  for (const note of notes) console.log(`note: ${note}`);
  if (update) {
    const baseline: Baseline = { measured: new Date().toISOString(), node: process.version, ratios };
    writeFileSync(baselineFile, `${JSON.stringify(baseline, null, 2)}\n`);
    for (const [name, r] of Object.entries(ratios)) console.log(`${name}: ${r.toFixed(2)}`);
    console.log(`wrote ${baselineFile} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return 0;
  }
  if (!existsSync(baselineFile)) {
    console.error(`no baseline at ${baselineFile}: run with --update first`);
    return 1;
  }
  const baseline = JSON.parse(readFileSync(baselineFile, "utf8")) as Baseline;
  const verdicts = compareRatios(baseline.ratios, ratios);
  const fmt = (n: number | undefined) => (n === undefined ? "–" : n.toFixed(2));
  for (const v of verdicts)
    console.log(
      `${v.status === "regression" ? "REGRESSION" : v.status.padEnd(10)} ${v.name}: baseline ${fmt(v.baseline)}, now ${fmt(v.current)}${v.factor === undefined ? "" : ` (${fmt(v.factor)}×)`}`,
    );
  const regressions = verdicts.filter((v) => v.status === "regression");
  console.log(
    `${regressions.length === 0 ? "no regression" : `${regressions.length} regression(s)`} (a ratio ${REGRESSION_FACTOR}× its baseline or more fails), in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return regressions.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = await main();
