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

/** For each sample file: `fromAkomaNtoso` and the bare parse of it, ready to call. */
export interface AknPair {
  name: string;
  bytes: number;
  from: () => unknown;
  bare: () => unknown;
}

/**
 * The functions compared on each sample file, or why there are none.
 *
 * @param reader - `fromAkomaNtoso`, or why there is none
 */
export function aknPairs(reader: AknReader | string): AknPair[] | string {
  if (typeof reader === "string") return reader;
  const parser = new XMLParser();
  const out: AknPair[] = [];
  for (const name of AKN_SAMPLES) {
    const file = readAkn(name);
    if (!file) continue;
    const xml = file.text;
    out.push({
      name,
      bytes: Buffer.byteLength(xml),
      from: () => reader.fromAkomaNtoso(xml),
      bare: () => parser.parse(xml) as unknown,
    });
  }
  return out.length > 0 ? out : "corpus absent: no Akoma Ntoso sample to read";
}

/**
 * Measures `fromAkomaNtoso` against fast-xml-parser's bare parse, per sample file, in one run.
 *
 * @param reader - `fromAkomaNtoso`, or why there is none
 * @param options - how long to measure
 * @returns the figures, or why there are none
 */
export async function aknFigures(reader: AknReader | string, options?: MeasureOptions): Promise<AknFigure[] | string> {
  const pairs = aknPairs(reader);
  if (typeof pairs === "string") return pairs;
  const out: AknFigure[] = [];
  for (const p of pairs) {
    const t = await measureTogether({ from: p.from, bare: p.bare }, options);
    out.push({ name: p.name, bytes: p.bytes, fromNs: t.from, bareNs: t.bare });
  }
  return out;
}
