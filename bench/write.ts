import type { Library } from "./build.js";
import { type MeasureOptions, measureTogether } from "./measure.js";

/** Writing A/RES/65/190 in each format, against `JSON.stringify` of it. */
export interface WriteFigure {
  /** The format: "Markdown", "plain text", "outline", "Akoma Ntoso". */
  format: string;
  /** Bytes written. */
  bytes: number;
  /** Nanoseconds to write it. */
  ns: number;
  /** Nanoseconds for `JSON.stringify` of the resolution (the floor: the least work that writes it all). */
  jsonNs: number;
}

/** Each writer the library exports, and `JSON.stringify`, on A/RES/65/190, ready to call. */
export interface WritePair {
  format: string;
  write: () => string;
  json: () => string;
}

/**
 * The writers that the library exports (`toMarkdown`, `toText`, `toOutline`, `toAkomaNtoso`), each
 * with `JSON.stringify` of the same resolution, or why there are none.
 *
 * @param lib - the library
 */
export function writePairs(lib: Library): WritePair[] | string {
  const api = lib as unknown as Partial<Record<string, unknown>>;
  const writers: Array<[string, string]> = [
    ["Markdown", "toMarkdown"],
    ["plain text", "toText"],
    ["outline", "toOutline"],
    ["Akoma Ntoso", "toAkomaNtoso"],
  ];
  const resolution = lib.A_RES_65_190;
  const out: WritePair[] = [];
  for (const [format, name] of writers) {
    const write = api[name];
    if (typeof write !== "function") continue;
    out.push({
      format,
      write: () => (write as (r: typeof resolution) => string)(resolution),
      json: () => JSON.stringify(resolution),
    });
  }
  return out.length > 0 ? out : "the library exports no writer yet";
}

/**
 * Measures the writers on A/RES/65/190 against `JSON.stringify` of it, each pair in turn in one run.
 *
 * @param lib - the library
 * @param options - how long to measure
 * @returns the figures, or why there are none
 */
export async function writeFigures(lib: Library, options?: MeasureOptions): Promise<WriteFigure[] | string> {
  const pairs = writePairs(lib);
  if (typeof pairs === "string") return pairs;
  const out: WriteFigure[] = [];
  for (const p of pairs) {
    const t = await measureTogether({ write: p.write, json: p.json }, options);
    out.push({ format: p.format, bytes: Buffer.byteLength(p.write()), ns: t.write, jsonNs: t.json });
  }
  return out;
}
