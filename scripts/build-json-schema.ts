/**
 * Writes the JSON Schema (draft 2020-12) of a Resolution to `dist/resolution.schema.json`,
 * generated from the zod schema by `resolutionJsonSchema`: the file is never written by hand.
 * Run after tsup (`npm run build`); the package exports the file as `un-resolutions/schema.json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { resolutionJsonSchema } from "../src/schemas/json-schema.js";

/** The schema the build writes (the library's own generator, under the name the tests use). */
export const buildResolutionJsonSchema = resolutionJsonSchema;

const outFile = join(import.meta.dirname, "../dist/resolution.schema.json");

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(resolutionJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${outFile}`);
}
