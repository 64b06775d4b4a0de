/**
 * Writes the JSON Schema (draft 2020-12) of a {@link Resolution} to `dist/resolution.schema.json`,
 * generated from the zod schema with `z.toJSONSchema`: the file is never written by hand.
 * Run after tsup (`npm run build`); the package exports the file as `un-resolutions/schema.json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { Resolution } from "../src/schemas/index.js";

/** The `$id` of the generated schema: where the version of the package that ships it can be fetched. */
export const schemaId = "https://unpkg.com/un-resolutions/dist/resolution.schema.json";

/**
 * The JSON Schema of a resolution as zod describes the parsed value (`io: "output"`), with a
 * `$defs` entry for every schema that has an `id` in its metadata.
 *
 * @returns The schema, ready for `JSON.stringify`.
 */
export function buildResolutionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Resolution, { target: "draft-2020-12", io: "output", unrepresentable: "throw" });
  return { ...generated, $id: schemaId, title: "Resolution" };
}

const outFile = join(import.meta.dirname, "../dist/resolution.schema.json");

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(buildResolutionJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${outFile}`);
}
