/**
 * `npm run bench`: measures the library and writes bench/RESULTS.md.
 *
 * Usage: `npx tsx bench/run.ts` (the corpus from ../shared/corpus or `UNRES_CORPUS`).
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { aknFigures } from "./akn.js";
import { bundleEntries, findAknReader, importLibrary, projectRoot } from "./build.js";
import { corpusNote, readSeed } from "./corpus.js";
import { ingestFigure } from "./ingest.js";
import { megabytesPerSecond, parseFigures } from "./parse.js";
import { isLibraryWork, profileParse } from "./profile.js";
import { machine, type Results, renderResults } from "./report.js";
import { scalingFigure } from "./scaling.js";
import { sizesFigure } from "./size.js";
import { validateFigure } from "./validate.js";
import { writeFigures } from "./write.js";

/** How many parses of the seed are profiled (after a second of warm-up): about half a second's worth. */
const SEED_PROFILE_PARSES = 1000;

const say = (s: string) => console.log(s);
const f1 = (n: number) => n.toFixed(1);

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(", ");
const loadBefore = loadAverage();
/** The commit measured, and whether src/ had changes not yet committed. */
const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8" }).trim();
const commit = (() => {
  try {
    const dirty = git("status", "--porcelain", "--", "src") !== "";
    return `${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes in src/" : ""}`;
  } catch {
    return "unknown (no git)";
  }
})();
say(`un-resolutions benchmarks on ${machine()}, load average ${loadBefore}`);
say(corpusNote());
const plain = await bundleEntries(false);
const lib = await importLibrary(plain);

// The light benchmarks first, while the heap is small: the corpus and the 10,000-paragraph texts
// leave a large heap behind, which makes every later collection slower.
say("\nfromAkomaNtoso against fast-xml-parser:");
const reader = await findAknReader(lib, plain);
if (typeof reader !== "string") say(`  fromAkomaNtoso from ${reader.origin}`);
const akn = await aknFigures(reader);
if (typeof akn === "string") say(`  not measured: ${akn}`);
else for (const a of akn) say(`  ${a.name}: ${f1(a.fromNs / a.bareNs)}× the bare parse`);

say("\nResolution.safeParse against ajv:");
const validate = await validateFigure(lib);
say(
  `  zod ${Math.round(1e9 / validate.zodNs)}/s, ajv ${Math.round(1e9 / validate.ajvNs)}/s: zod takes ${f1(validate.zodNs / validate.ajvNs)}× ajv's time`,
);

say("\nwriting A/RES/65/190 against JSON.stringify:");
const write = await writeFigures(lib);
if (typeof write === "string") say(`  not measured: ${write}`);
else for (const w of write) say(`  ${w.format}: ${f1(w.ns / w.jsonNs)}× JSON.stringify`);

say("\nparseResolution against JSON.parse of its result:");
const parse = await parseFigures(lib);
for (const p of parse)
  say(
    `  ${p.label}: ${p.files}/${p.total} texts, ${f1(megabytesPerSecond(p.bytes, p.parseNs))} MB/s, ${f1(p.parseNs / p.jsonNs)}× JSON.parse (keeping the pass's results: ${f1(p.keptParseNs / p.keptJsonNs)}×)`,
  );

const seedProfile = profileParse(plain.index.file, readSeed(), SEED_PROFILE_PARSES).filter((f) =>
  isLibraryWork(f.name),
);
say("  where the seed's time goes:");
for (const f of seedProfile.slice(0, 6)) say(`    ${f.name}: ${f1(f.selfMs)} ms over ${SEED_PROFILE_PARSES} parses`);

say("\nscaling (synthetic resolutions of real paragraphs):");
const scaling = scalingFigure(lib, plain);
for (const p of scaling.points)
  say(
    `  ${p.paragraphs} paragraphs: ${f1(p.ns / p.paragraphs / 1e3)} µs per paragraph (JSON.parse ${(p.floorNs / p.paragraphs / 1e3).toFixed(2)}, ${f1(p.ns / p.floorNs)}×)${p.extraPeakBytes === undefined ? "" : `, +${f1(p.extraPeakBytes / 1e6)} MB peak memory`}`,
  );
say(
  `  spread ${scaling.spread.toFixed(2)}×, flat: ${scaling.flat}; JSON.parse's own spread ${scaling.floorSpread.toFixed(2)}×, parse over JSON.parse spreads ${scaling.ratioSpread.toFixed(2)}×`,
);
for (const g of scaling.growth ?? [])
  say(`  grows: ${g.name} ${g.smallUs.toFixed(2)} → ${g.largeUs.toFixed(2)} µs/paragraph`);

say("\ningest of the Akoma Ntoso corpus:");
const ingest = await ingestFigure(reader, plain);
if (typeof ingest === "string") say(`  not measured: ${ingest}`);
else
  for (const run of ingest.runs)
    say(`  ${run.workers} thread(s): ${run.seconds.toFixed(2)} s, ${f1(ingest.files / run.seconds)} files/s`);

say("\nsize and import time:");
const sizes = await sizesFigure(plain);
for (const e of sizes.entries)
  say(`  ${e.entry}: ${e.bytes} B minified, ${e.gzipBytes} B gzipped, import ${f1(e.importMs)} ms`);
say(`  ./schemas clean of parser and data: ${sizes.schemasForbidden.length === 0}`);

const results: Results = {
  date: new Date().toISOString(),
  commit,
  load: `${loadBefore} at the start, ${loadAverage()} at the end`,
  corpus: corpusNote(),
  parse,
  seedProfile,
  scaling,
  akn,
  aknOrigin: typeof reader === "string" ? undefined : reader.origin,
  validate,
  write,
  ingest,
  sizes,
};
const file = join(projectRoot, "bench", "RESULTS.md");
writeFileSync(file, renderResults(results));
say(`\nwrote ${file}`);
