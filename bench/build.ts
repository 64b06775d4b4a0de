import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

/** The project's root. */
export const projectRoot = resolve(import.meta.dirname, "..");

/** The package's entry points, as tsup builds them into dist/ (tsup.config.ts). */
export const ENTRIES = {
  index: "src/index.ts",
  schemas: "src/schemas/index.ts",
  data: "src/data/index.ts",
} as const;

/** An entry point's name: "index", "schemas" or "data". */
export type EntryName = keyof typeof ENTRIES;

/** One entry point bundled on its own, as a consumer's bundler would take it. */
export interface Bundle {
  /** The entry point's name. */
  entry: EntryName;
  /** The bundled file. */
  file: string;
  /** Its size in bytes. */
  bytes: number;
  /** Its size gzipped (level 9), in bytes. */
  gzipBytes: number;
  /** The source files esbuild put in it, relative to the project ("src/parse/lines.ts"). */
  inputs: string[];
  /** The bare imports left outside it (the dependencies and the zod peer). */
  externals: string[];
}

/**
 * Bundles each entry point of the package with esbuild (the bundler tsup runs for dist/), one bundle
 * per entry, its dependencies left external as in the package, into `.tmp/bench/<min|plain>/` (inside
 * the project, so the bundles import zod and fast-xml-parser from its node_modules).
 *
 * The unminified bundles are what the benchmarks run: the same compiled JavaScript a user of dist/
 * runs, without a TypeScript loader in the way. The minified ones are what the size figures measure.
 *
 * @param minify - whether to minify
 * @returns the bundles, by entry name
 */
export async function bundleEntries(minify: boolean): Promise<Record<EntryName, Bundle>> {
  const outdir = join(projectRoot, ".tmp", "bench", minify ? "min" : "plain");
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const out = {} as Record<EntryName, Bundle>;
  for (const [entry, source] of Object.entries(ENTRIES) as Array<[EntryName, string]>) {
    const file = join(outdir, `${entry}.js`);
    const result = await build({
      absWorkingDir: projectRoot,
      entryPoints: [source],
      outfile: file,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      minify,
      treeShaking: true,
      metafile: true,
      logLevel: "error",
    });
    const meta = result.metafile as Metafile;
    const output = Object.values(meta.outputs)[0];
    const bytes = readFileSync(file);
    out[entry] = {
      entry,
      file,
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
      inputs: Object.keys(output?.inputs ?? {}).sort(),
      externals: [...new Set((output?.imports ?? []).filter((i) => i.external).map((i) => i.path))].sort(),
    };
  }
  return out;
}

/** The library's API, as the index entry exports it. */
export type Library = typeof import("../src/index.js");

/**
 * Imports the bundled index entry (built by {@link bundleEntries} without minifying).
 *
 * @param bundles - the unminified bundles
 */
export async function importLibrary(bundles: Record<EntryName, Bundle>): Promise<Library> {
  return (await import(pathToFileURL(bundles.index.file).href)) as Library;
}

/** `fromAkomaNtoso`, with the bundle it comes from and how it was found. */
export interface AknReader {
  fromAkomaNtoso: (xml: string) => unknown;
  /** A bundle that exports `fromAkomaNtoso` (for worker threads). */
  file: string;
  /** Where it comes from: the package's index. */
  origin: string;
}

/**
 * Finds `fromAkomaNtoso` in the library's index (the public API pins it there).
 *
 * @param lib - the library
 * @param bundles - the unminified bundles
 * @returns the reader, or why there is none
 */
export async function findAknReader(lib: Library, bundles: Record<EntryName, Bundle>): Promise<AknReader | string> {
  const exported = (lib as unknown as Partial<Record<string, unknown>>).fromAkomaNtoso;
  if (typeof exported !== "function") return "the library's index does not export fromAkomaNtoso";
  return {
    fromAkomaNtoso: exported as AknReader["fromAkomaNtoso"],
    file: bundles.index.file,
    origin: "un-resolutions",
  };
}
