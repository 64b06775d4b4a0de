import { do_not_optimize } from "mitata";
import type { Library } from "./build.js";
import { readSeed, readTexts, TEXT_FOLDERS } from "./corpus.js";
import { type MeasureOptions, measureTogether } from "./measure.js";

/** Parsing some texts, against `JSON.parse` of the resolutions they give. */
export interface ParseFigure {
  /** What was parsed: "seed (A/RES/65/190)" or a corpus folder. */
  label: string;
  /** How many texts were parsed (those that parse). */
  files: number;
  /** How many texts the folder holds. */
  total: number;
  /** Characters of text parsed, in all. */
  chars: number;
  /** Bytes of UTF-8 text parsed, in all. */
  bytes: number;
  /** Nanoseconds to parse them all once, one after the other, each result dropped before the next parse. */
  parseNs: number;
  /** Nanoseconds to `JSON.parse` the JSON of every resulting resolution once, the same way. */
  jsonNs: number;
  /** Nanoseconds to parse them all once keeping every result until the last is made (an array of them all). */
  keptParseNs: number;
  /** Nanoseconds to `JSON.parse` them all once keeping every result, the same way. */
  keptJsonNs: number;
  /** Bytes of that JSON. */
  jsonBytes: number;
}

/** Megabytes (10^6 bytes) of UTF-8 per second. */
export function megabytesPerSecond(bytes: number, ns: number): number {
  return bytes / 1e6 / (ns / 1e9);
}

/**
 * Measures `parseResolution` on some texts against `JSON.parse` of their resolutions' JSON (the
 * floor: the least work that gives the same objects), both in the same run, two ways: a text at a
 * time, each result dropped before the next is made (how the seed is measured, and how `unres`
 * turns a folder into JSON), and keeping every result of the pass in an array until the last is made.
 *
 * Hint: the second way costs both sides garbage collection that the first does not, by how much
 * depends on how many results are held at once: results that outlive two collections of the young
 * generation (each of its two halves holds 16 MB by default on 64-bit Node 20) are copied into the old one, which is later marked
 * and swept. A pass of the OCR corpus allocates about 37 MB in the parser and 7 MB in `JSON.parse`,
 * so the parser's kept results are promoted while `JSON.parse`'s are not, until the batch is large
 * enough for both (docs/benchmarks.md has the figures).
 *
 * @param lib - the library
 * @param label - what the texts are
 * @param texts - the texts; those that do not parse are left out
 * @param options - how long to measure
 */
export async function measureParse(
  lib: Library,
  label: string,
  texts: readonly string[],
  options?: MeasureOptions,
): Promise<ParseFigure> {
  const parsed = texts.filter((t) => lib.safeParseResolution(t).success);
  const jsons = parsed.map((t) => JSON.stringify(lib.parseResolution(t)));
  const timings = await measureTogether(
    {
      parse: () => {
        for (const t of parsed) do_not_optimize(lib.parseResolution(t));
      },
      json: () => {
        for (const j of jsons) do_not_optimize(JSON.parse(j));
      },
      keptParse: () => parsed.map((t) => lib.parseResolution(t)),
      keptJson: () => jsons.map((j) => JSON.parse(j) as unknown),
    },
    options,
  );
  return {
    label,
    files: parsed.length,
    total: texts.length,
    chars: parsed.reduce((n, t) => n + t.length, 0),
    bytes: parsed.reduce((n, t) => n + Buffer.byteLength(t), 0),
    parseNs: timings.parse,
    jsonNs: timings.json,
    keptParseNs: timings.keptParse,
    keptJsonNs: timings.keptJson,
    jsonBytes: jsons.reduce((n, j) => n + Buffer.byteLength(j), 0),
  };
}

/**
 * The parse figures: the seed, then each text folder of the corpus (when present).
 *
 * @param lib - the library
 * @param options - how long to measure each
 */
export async function parseFigures(lib: Library, options?: MeasureOptions): Promise<ParseFigure[]> {
  const out = [await measureParse(lib, "seed A/RES/65/190", [readSeed()], options)];
  for (const folder of TEXT_FOLDERS) {
    const texts = readTexts(folder).map((f) => f.text);
    if (texts.length > 0) out.push(await measureParse(lib, `corpus ${folder}`, texts, options));
  }
  return out;
}
