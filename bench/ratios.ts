import { aknPairs } from "./akn.js";
import { type Bundle, type EntryName, findAknReader, type Library } from "./build.js";
import { readSeed } from "./corpus.js";
import { pairedRatio } from "./measure.js";
import { checkedSynthetic } from "./scaling.js";
import { resolutionParts } from "./synthetic.js";
import { validators } from "./validate.js";
import { writePairs } from "./write.js";

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

/** How long the parser runs before its ratio is measured (see {@link quickRatios}). */
const PARSER_WARM_UP_MS = 1000;

/**
 * Measures the ratios quickly (about a second each), each as the median of back-to-back pairs
 * ({@link pairedRatio}): bursts of noise on a shared machine slow both sides of a pair alike.
 *
 * @param lib - the library
 * @param bundles - the bundles
 * @param pairs - pairs per ratio
 * @returns the ratios, and notes on what could not be measured
 */
export async function quickRatios(
  lib: Library,
  bundles: Record<EntryName, Bundle>,
  pairs = 31,
): Promise<{ ratios: Ratios; notes: string[] }> {
  const ratios: Ratios = {};
  const notes: string[] = [];
  const seed = readSeed();
  const seedJson = JSON.stringify(lib.parseResolution(seed));
  // The parser has many functions for the compiler to optimize: measured after 150 ms of warm-up,
  // as the other ratios are, the first measure of a process came out 5 to 12 (1.5 to 2 times the
  // settled value, about 4.2, which it reaches after a second of warm-up).
  ratios["parse/seed"] = pairedRatio(
    () => lib.parseResolution(seed),
    () => JSON.parse(seedJson) as unknown,
    pairs,
    undefined,
    PARSER_WARM_UP_MS,
  );
  const { zod, ajv } = validators(lib);
  ratios["validate/zod-over-ajv"] = pairedRatio(zod, ajv, pairs);
  const akn = aknPairs(await findAknReader(lib, bundles));
  if (typeof akn === "string") notes.push(`akn: ${akn}`);
  else for (const a of akn) ratios[`akn/${a.name}`] = pairedRatio(a.from, a.bare, pairs);
  const write = writePairs(lib);
  if (typeof write === "string") notes.push(`write: ${write}`);
  else
    for (const w of write)
      ratios[`write/${w.format.toLowerCase().replace(/ /g, "-")}`] = pairedRatio(w.write, w.json, pairs);
  const parts = resolutionParts(lib, seed);
  const small = checkedSynthetic(lib, parts, 100);
  const large = checkedSynthetic(lib, parts, 1000);
  // Ten times the paragraphs: the ratio of times over 10 is the ratio of times per paragraph.
  ratios["scaling/1000-over-100"] =
    pairedRatio(
      () => lib.parseResolution(large),
      () => lib.parseResolution(small),
      Math.min(pairs, 15),
    ) / 10;
  return { ratios, notes };
}
