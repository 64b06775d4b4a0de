/**
 * A worker of {@link ingestFigure}: reads its share of the Akoma Ntoso files into validated JSON and
 * posts what it did. Its `workerData`: the bundled index entry, a bundle that exports
 * `fromAkomaNtoso` (the same one once the index exports it) and the paths.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import type { Library } from "./build.js";

/** What one worker did. */
export interface IngestCount {
  ok: number;
  failed: number;
  bytesIn: number;
  bytesOut: number;
  /** Failures by error code. */
  codes: Record<string, number>;
}

const { bundle, aknBundle, paths } = workerData as { bundle: string; aknBundle: string; paths: string[] };
const lib = (await import(pathToFileURL(bundle).href)) as Library;
const akn = (await import(pathToFileURL(aknBundle).href)) as { fromAkomaNtoso: (xml: string) => unknown };
const from = akn.fromAkomaNtoso;
const count: IngestCount = { ok: 0, failed: 0, bytesIn: 0, bytesOut: 0, codes: {} };
for (const path of paths) {
  const xml = readFileSync(path, "utf8");
  count.bytesIn += Buffer.byteLength(xml);
  try {
    const resolution = lib.Resolution.parse(from(xml));
    count.bytesOut += Buffer.byteLength(JSON.stringify(resolution));
    count.ok++;
  } catch (error) {
    count.failed++;
    const code = (error as { code?: unknown }).code;
    const key = typeof code === "string" ? code : (error as Error).name;
    count.codes[key] = (count.codes[key] ?? 0) + 1;
  }
}
parentPort?.postMessage(count);
