import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

/**
 * Two builds, run in parallel by tsup (so neither cleans `dist`: `npm run build` empties it first):
 *
 * - the library: `.` (src/index.ts), `./schemas` and `./data`, as ESM (`.js` + `.d.ts`) and
 *   CommonJS (`.cjs` + `.d.cts`), code shared between entries in chunks, so importing
 *   `un-resolutions/schemas` loads neither the parser nor the data;
 * - the `unres` command: src/cli/main.ts as one ESM file with a shebang.
 *
 * Dependencies and the zod peer stay external (tsup's default for everything in package.json).
 */
const cliEntry = "src/cli/main.ts";

/** A shebang in the source is kept by esbuild; add one only when the source has none (two would not run). */
const cliHasShebang = readFileSync(cliEntry, "utf8").startsWith("#!");

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      schemas: "src/schemas/index.ts",
      data: "src/data/index.ts",
    },
    format: ["esm", "cjs"],
    tsconfig: "tsconfig.build.json",
    dts: true,
    sourcemap: true,
    clean: false,
    splitting: true,
    treeshake: true,
    target: "node20",
    platform: "node",
  },
  {
    entry: { cli: cliEntry },
    format: ["esm"],
    tsconfig: "tsconfig.build.json",
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: false,
    target: "node20",
    platform: "node",
    banner: cliHasShebang ? {} : { js: "#!/usr/bin/env node" },
  },
]);
