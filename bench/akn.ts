import { XMLParser } from "fast-xml-parser";
import type { AknReader } from "./build.js";
import { readAkn } from "./corpus.js";
import { type MeasureOptions, measureTogether } from "./measure.js";

/** The Akoma Ntoso files measured: the seed's 2024 successor and the Security Council pair of the corpus. */
export const AKN_SAMPLES = ["A-RES-79-154", "S-RES-1445"] as const;

/** `fromAkomaNtoso` on one file against fast-xml-parser's bare parse of the same XML. */
export interface AknFigure {
  name: string;
  bytes: number;
  /** Nanoseconds for `fromAkomaNtoso`. */
  fromNs: number;
  /** Nanoseconds for `new XMLParser().parse(xml)` (default options: no validation, no model). */
  bareNs: number;
}

/**
 * Measures `fromAkomaNtoso` against fast-xml-parser's bare parse, per sample file, in one run.
 *
 * @param reader - `fromAkomaNtoso`, or why there is none
 * @param options - how long to measure
 * @returns the figures, or why there are none
 */
export async function aknFigures(reader: AknReader | string, options?: MeasureOptions): Promise<AknFigure[] | string> {
  if (typeof reader === "string") return reader;
  const from = reader.fromAkomaNtoso;
  const out: AknFigure[] = [];
  const parser = new XMLParser();
  for (const name of AKN_SAMPLES) {
    const file = readAkn(name);
    if (!file) continue;
    const xml = file.text;
    const t = await measureTogether({ from: () => from(xml), bare: () => parser.parse(xml) as unknown }, options);
    out.push({ name, bytes: Buffer.byteLength(xml), fromNs: t.from, bareNs: t.bare });
  }
  return out.length > 0 ? out : "corpus absent: no Akoma Ntoso sample to read";
}
