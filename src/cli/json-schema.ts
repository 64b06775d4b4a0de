import { z } from "zod";
import { Resolution } from "../schemas/resolution.js";

/** The `$id` of the schema: where the published package serves dist/resolution.schema.json. */
export const SCHEMA_ID = "https://unpkg.com/un-resolutions/dist/resolution.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a {@link Resolution}, generated at run time from the zod schema
 * exactly as scripts/build-json-schema.ts generates dist/resolution.schema.json (same options, `$id`
 * and `title`), so `unres schema` needs no build and prints the same document.
 *
 * @returns the schema, ready for `JSON.stringify`
 *
 * @example
 * ```ts
 * const schema = resolutionJsonSchema();
 * schema.title; // "Resolution"
 * ```
 */
export function resolutionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Resolution, { target: "draft-2020-12", io: "output", unrepresentable: "throw" });
  return { ...generated, $id: SCHEMA_ID, title: "Resolution" };
}
