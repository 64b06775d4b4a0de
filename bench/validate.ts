import { Ajv2020 } from "ajv/dist/2020.js";
import type { Library } from "./build.js";
import { type MeasureOptions, measureTogether } from "./measure.js";

/** Validating one resolution's JSON with zod and with ajv. */
export interface ValidateFigure {
  /** Bytes of the JSON validated. */
  jsonBytes: number;
  /** Nanoseconds for `Resolution.safeParse`. */
  zodNs: number;
  /** Nanoseconds for ajv's compiled validator of the JSON Schema made from `Resolution`. */
  ajvNs: number;
}

/** The two validators of the A/RES/65/190 JSON, ready to call, after checking that both accept it. */
export function validators(lib: Library): { zod: () => unknown; ajv: () => unknown; jsonBytes: number } {
  const json = JSON.stringify(lib.A_RES_65_190);
  const value = JSON.parse(json) as unknown;
  // `format: "date"` is left to the schema's own `pattern`, as in test/schemas/json-schema.test.ts.
  const ajv = new Ajv2020({ strict: true, formats: { date: true } });
  const validate = ajv.compile(lib.resolutionJsonSchema());
  if (!validate(value)) throw new Error(`ajv rejects A/RES/65/190: ${ajv.errorsText(validate.errors)}`);
  if (!lib.Resolution.safeParse(value).success) throw new Error("zod rejects A/RES/65/190");
  return { zod: () => lib.Resolution.safeParse(value), ajv: () => validate(value), jsonBytes: Buffer.byteLength(json) };
}

/**
 * Measures `Resolution.safeParse` of the A/RES/65/190 JSON against ajv 8 (draft 2020-12) compiled
 * from the project's own JSON Schema (`resolutionJsonSchema()`, made with `z.toJSONSchema(Resolution)`),
 * after checking that both accept it.
 *
 * @param lib - the library
 * @param options - how long to measure
 */
export async function validateFigure(lib: Library, options?: MeasureOptions): Promise<ValidateFigure> {
  const { zod, ajv, jsonBytes } = validators(lib);
  const t = await measureTogether({ zod, ajv }, options);
  return { jsonBytes, zodNs: t.zod, ajvNs: t.ajv };
}
