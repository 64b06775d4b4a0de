import { aknFigures } from "./akn.js";
import { type Bundle, type EntryName, findAknReader, type Library } from "./build.js";
import { readSeed } from "./corpus.js";
import { bestOf, type MeasureOptions } from "./measure.js";
import { measureParse } from "./parse.js";
import { checkedSynthetic } from "./scaling.js";
import { resolutionParts } from "./synthetic.js";
import { validateFigure } from "./validate.js";
import { writeFigures } from "./write.js";

/**
 * The ratios that `npm run bench:check` compares with bench/baseline.json, by name. A ratio of two
 * timings taken in the same run does not depend on the machine's speed, only on the code:
 *
 * - `parse/seed`: `parseResolution` of the seed over `JSON.parse` of its JSON;
 * - `validate/zod-over-ajv`: `Resolution.safeParse` over ajv's compiled validator;
 * - `akn/<file>`: `fromAkomaNtoso` over fast-xml-parser's bare parse (once `fromAkomaNtoso` exists);
 * - `scaling/1000-over-100`: time per paragraph at 1,000 paragraphs over that at 100;
 * - `write/<format>`: writing A/RES/65/190 over `JSON.stringify` of it (once the writers exist).
 */
export type Ratios = Record<string, number>;

/**
 * Measures the ratios quickly (a few seconds each), taking the best of `rounds` rounds: noise only
 * ever slows a measurement down, so the lowest timing of each function is the least noisy.
 *
 * @param lib - the library
 * @param bundles - the bundles
 * @param rounds - rounds per ratio
 * @returns the ratios, and notes on what could not be measured
 */
export async function quickRatios(
  lib: Library,
  bundles: Record<EntryName, Bundle>,
  rounds = 5,
): Promise<{ ratios: Ratios; notes: string[] }> {
  const options: MeasureOptions = { rounds, minMilliseconds: 80, minSamples: 5 };
  const ratios: Ratios = {};
  const notes: string[] = [];
  const seed = await measureParse(lib, "seed", [readSeed()], options);
  ratios["parse/seed"] = seed.parseNs / seed.jsonNs;
  const validate = await validateFigure(lib, options);
  ratios["validate/zod-over-ajv"] = validate.zodNs / validate.ajvNs;
  const akn = await aknFigures(await findAknReader(lib, bundles), options);
  if (typeof akn === "string") notes.push(`akn: ${akn}`);
  else for (const a of akn) ratios[`akn/${a.name}`] = a.fromNs / a.bareNs;
  const write = await writeFigures(lib, options);
  if (typeof write === "string") notes.push(`write: ${write}`);
  else for (const w of write) ratios[`write/${w.format.toLowerCase().replace(/ /g, "-")}`] = w.ns / w.jsonNs;
  const parts = resolutionParts(lib, readSeed());
  const small = checkedSynthetic(lib, parts, 100);
  const large = checkedSynthetic(lib, parts, 1000);
  let smallNs = Number.POSITIVE_INFINITY;
  let largeNs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    smallNs = Math.min(smallNs, bestOf(() => lib.parseResolution(small), 10) / 100);
    largeNs = Math.min(largeNs, bestOf(() => lib.parseResolution(large), 2) / 1000);
  }
  ratios["scaling/1000-over-100"] = largeNs / smallNs;
  return { ratios, notes };
}
