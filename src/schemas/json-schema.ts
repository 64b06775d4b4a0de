import { z } from "zod";
import { Resolution } from "./resolution.js";

/**
 * The `$id` of the JSON Schema: where the published package serves `dist/resolution.schema.json`.
 *
 * @example
 * ```ts
 * import { RESOLUTION_SCHEMA_ID, resolutionJsonSchema } from "un-resolutions/schemas";
 *
 * resolutionJsonSchema().$id === RESOLUTION_SCHEMA_ID; // true
 * ```
 */
export const RESOLUTION_SCHEMA_ID = "https://unpkg.com/un-resolutions/dist/resolution.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a {@link Resolution}, generated from the zod schema with
 * `z.toJSONSchema` (the parsed value, `io: "output"`), with a `$defs` entry for every schema that
 * has an `id`. The package ships the same document as `un-resolutions/schema.json`, written by the
 * build from this function; `unres schema` prints it.
 *
 * @returns the schema, ready for `JSON.stringify` or any JSON Schema validator
 *
 * @example
 * ```ts
 * import Ajv2020 from "ajv/dist/2020";
 * import { resolutionJsonSchema } from "un-resolutions/schemas";
 *
 * const validate = new Ajv2020().compile(resolutionJsonSchema());
 * validate(JSON.parse(json)); // true or false, with validate.errors
 * ```
 */
export function resolutionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Resolution, { target: "draft-2020-12", io: "output", unrepresentable: "throw" });
  return { ...generated, $id: RESOLUTION_SCHEMA_ID, title: "Resolution" };
}
