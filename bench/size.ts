import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { type Bundle, bundleEntries, type EntryName } from "./build.js";
import { median } from "./measure.js";

/** Source folders that `./schemas` must not pull in: the parsers, the data and everything built on them. */
export const NOT_IN_SCHEMAS = [
  "src/parse/",
  "src/data/",
  "src/citations/",
  "src/symbols/",
  "src/text/",
  "src/akn/",
  "src/render/",
  "src/corpus/",
  "src/cli/",
];

/** One entry point's size and import time. */
export interface SizeFigure {
  entry: EntryName;
  /** Minified bytes. */
  bytes: number;
  /** Minified and gzipped (level 9) bytes. */
  gzipBytes: number;
  /** Source files in it. */
  inputs: number;
  /** Bare imports it leaves to node_modules. */
  externals: string[];
  /** Median milliseconds of `await import(entry)` in a fresh node process. */
  importMs: number;
}

/** The size figures, and the check that `./schemas` holds neither the parser nor the data. */
export interface SizesFigure {
  entries: SizeFigure[];
  /** Median milliseconds to import zod alone (every entry but `./data` imports it). */
  zodImportMs: number;
  /** Source files of `./schemas` that it must not hold (empty when it is clean). */
  schemasForbidden: string[];
  /** How many fresh processes each import time is the median of. */
  importRuns: number;
}

/**
 * Milliseconds to import a module in a fresh node process: `performance.now()` around
 * `await import(…)`, so node's own start-up is not counted. The median of `runs` processes.
 *
 * @param specifier - a file path or a package name
 * @param runs - how many processes
 */
export function importTime(specifier: string, runs: number): number {
  const target = specifier.startsWith("/") ? pathToFileURL(specifier).href : specifier;
  const code = `const t = performance.now(); await import(${JSON.stringify(target)}); console.log(performance.now() - t);`;
  const times = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }).trim()),
  );
  return median(times);
}

/**
 * Bundles each entry point minified (esbuild, with its metafile), measures it raw and gzipped, checks
 * from the metafile's inputs that `./schemas` holds neither the parser nor the data, and times the
 * import of each unminified bundle in fresh processes.
 *
 * @param plain - the unminified bundles (what gets imported)
 * @param runs - fresh processes per import time
 */
export async function sizesFigure(plain: Record<EntryName, Bundle>, runs = 7): Promise<SizesFigure> {
  const minified = await bundleEntries(true);
  const entries = (Object.keys(minified) as EntryName[]).map((entry) => {
    const b = minified[entry];
    return {
      entry,
      bytes: b.bytes,
      gzipBytes: b.gzipBytes,
      inputs: b.inputs.length,
      externals: b.externals,
      importMs: importTime(plain[entry].file, runs),
    };
  });
  return {
    entries,
    zodImportMs: importTime("zod", runs),
    schemasForbidden: minified.schemas.inputs.filter((i) => NOT_IN_SCHEMAS.some((folder) => i.startsWith(folder))),
    importRuns: runs,
  };
}
