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

/**
 * Measures the writers that the library exports (`toMarkdown`, `toText`, `toOutline`,
 * `toAkomaNtoso`) on A/RES/65/190 against `JSON.stringify` of it, each pair in turn in one run.
 *
 * @param lib - the library
 * @param options - how long to measure
 * @returns the figures, or why there are none
 */
export async function writeFigures(lib: Library, options?: MeasureOptions): Promise<WriteFigure[] | string> {
  const api = lib as unknown as Partial<Record<string, unknown>>;
  const writers: Array<[string, string]> = [
    ["Markdown", "toMarkdown"],
    ["plain text", "toText"],
    ["outline", "toOutline"],
    ["Akoma Ntoso", "toAkomaNtoso"],
  ];
  const resolution = lib.A_RES_65_190;
  const out: WriteFigure[] = [];
  for (const [format, name] of writers) {
    const write = api[name];
    if (typeof write !== "function") continue;
    const run = () => (write as (r: typeof resolution) => string)(resolution);
    const t = await measureTogether({ write: run, json: () => JSON.stringify(resolution) }, options);
    out.push({ format, bytes: Buffer.byteLength(run()), ns: t.write, jsonNs: t.json });
  }
  return out.length > 0 ? out : "the library exports no writer yet";
}
