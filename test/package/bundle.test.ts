import { existsSync } from "node:fs";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * What a bundler pulls in from each entry of the built package. esbuild bundles a one-line module that
 * re-exports the entry (`un-resolutions/…`, found by the package's self-reference, so through the
 * `exports` map into dist) with a metafile and a source map. The metafile names the dist files
 * bundled; the source map, composed with dist's own maps, names the src modules they came from.
 * zod stays external: it is the user's, not ours.
 */
const root = join(import.meta.dirname, "../..");

interface Bundle {
  /** The dist files in the bundle (metafile inputs). */
  distFiles: string[];
  /** The src modules in the bundle (sources of the output's source map). */
  modules: string[];
  bytes: number;
}

async function bundle(specifier: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: `export * from "${specifier}";`, resolveDir: root, sourcefile: "entry.js" },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    // "neutral" reads no package.json field by default; dependencies such as strnum have only "main".
    mainFields: ["module", "main"],
    sourcemap: "external",
    outfile: join(root, ".tmp/bundle.js"),
    external: ["zod"],
    logLevel: "silent",
  });
  const metafile: Metafile = result.metafile;
  const map = result.outputFiles.find((file) => file.path.endsWith(".map"));
  const code = result.outputFiles.find((file) => file.path.endsWith(".js"));
  if (!map || !code) throw new Error("esbuild wrote no bundle");
  const sources = (JSON.parse(map.text) as { sources: string[] }).sources;
  return {
    distFiles: Object.keys(metafile.inputs).filter((input) => input.startsWith("dist/")),
    modules: sources.map((source) => source.replace(/^(\.\.\/)+/, "")).filter((source) => source.startsWith("src/")),
    bytes: code.contents.length,
  };
}

const inFolder = (modules: string[], folder: string) => modules.filter((module) => module.startsWith(`src/${folder}/`));

describe("bundles of each entry (from dist)", () => {
  const bundles: Record<string, Bundle> = {};

  beforeAll(async () => {
    for (const built of ["dist/index.js", "dist/schemas.js", "dist/data.js"]) {
      if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    for (const specifier of ["un-resolutions", "un-resolutions/schemas", "un-resolutions/data"]) {
      bundles[specifier] = await bundle(specifier);
    }
  });

  it("un-resolutions/schemas holds the schemas and nothing of the parser or the data", () => {
    const schemas = bundles["un-resolutions/schemas"] as Bundle;
    expect(schemas.distFiles).toContain("dist/schemas.js");
    expect(schemas.distFiles).not.toContain("dist/index.js");
    expect(schemas.distFiles).not.toContain("dist/data.js");
    expect(inFolder(schemas.modules, "schemas").length).toBeGreaterThan(0);
    expect(schemas.modules.filter((module) => !module.startsWith("src/schemas/"))).toEqual([]);
  });

  it("un-resolutions (everything) holds the parser and the schemas", () => {
    const everything = bundles["un-resolutions"] as Bundle;
    expect(everything.distFiles).toContain("dist/index.js");
    expect(inFolder(everything.modules, "parse").length).toBeGreaterThan(0);
    expect(inFolder(everything.modules, "schemas").length).toBeGreaterThan(0);
    expect(everything.bytes).toBeGreaterThan((bundles["un-resolutions/schemas"] as Bundle).bytes);
  });

  it("un-resolutions/data holds the data and no parser", () => {
    const data = bundles["un-resolutions/data"] as Bundle;
    expect(inFolder(data.modules, "data").length).toBeGreaterThan(0);
    expect(inFolder(data.modules, "parse")).toEqual([]);
  });
});
