import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import { type AknReader, type Bundle, projectRoot } from "./build.js";
import { aknPaths } from "./corpus.js";
import type { IngestCount } from "./ingest-worker.js";
import { cpuNow } from "./measure.js";

/** One ingest of the whole Akoma Ntoso corpus. */
export interface IngestRun {
  /** Worker threads used. */
  workers: number;
  /** Wall-clock seconds, from starting the workers to the last one's report. */
  seconds: number;
  /** CPU seconds the process used meanwhile, all threads together. */
  cpuSeconds: number;
  /** What they did, summed. */
  count: IngestCount;
}

/** The ingest figures: the corpus read on one core, then on two. */
export interface IngestFigure {
  files: number;
  runs: IngestRun[];
}

/**
 * Runs `workers` worker threads over the files (file i to worker i mod workers), each reading its
 * files with `fromAkomaNtoso`, validating with `Resolution.parse` and writing JSON (to memory).
 *
 * @param bundle - the bundled index entry
 * @param aknBundle - a bundle that exports `fromAkomaNtoso`
 * @param paths - the files
 * @param workers - how many threads
 */
export async function ingest(
  bundle: string,
  aknBundle: string,
  paths: readonly string[],
  workers: number,
): Promise<IngestRun> {
  const script = await workerScript();
  const start = process.hrtime.bigint();
  const cpuStart = cpuNow();
  const counts = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const share = paths.filter((_, i) => i % workers === w);
      return new Promise<IngestCount>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { bundle, aknBundle, paths: share } });
        worker.once("message", resolve);
        worker.once("error", reject);
      });
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuSeconds = (cpuNow() - cpuStart) / 1e9;
  const count: IngestCount = { ok: 0, failed: 0, bytesIn: 0, bytesOut: 0, codes: {} };
  for (const c of counts) {
    count.ok += c.ok;
    count.failed += c.failed;
    count.bytesIn += c.bytesIn;
    count.bytesOut += c.bytesOut;
    for (const [code, n] of Object.entries(c.codes)) count.codes[code] = (count.codes[code] ?? 0) + n;
  }
  return { workers, seconds, cpuSeconds, count };
}

/**
 * The worker, compiled to JavaScript with esbuild (a worker thread does not inherit tsx's loader).
 *
 * @returns the path of the compiled worker
 */
async function workerScript(): Promise<string> {
  const outfile = join(projectRoot, ".tmp", "bench", "ingest-worker.mjs");
  await build({
    entryPoints: [join(projectRoot, "bench", "ingest-worker.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  return outfile;
}

/**
 * Ingests all of the corpus's Akoma Ntoso into validated JSON, on one core and on both.
 *
 * @param reader - `fromAkomaNtoso`, or why there is none
 * @param bundles - the bundles
 * @returns the figures, or why there are none
 */
export async function ingestFigure(
  reader: AknReader | string,
  bundles: Record<"index", Bundle>,
): Promise<IngestFigure | string> {
  if (typeof reader === "string") return reader;
  const paths = aknPaths();
  if (paths.length === 0) return "corpus absent: no Akoma Ntoso files to ingest";
  const runs = [];
  for (const workers of [1, 2]) runs.push(await ingest(bundles.index.file, reader.file, paths, workers));
  return { files: paths.length, runs };
}
