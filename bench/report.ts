import { cpus } from "node:os";
import type { AknFigure } from "./akn.js";
import type { IngestFigure } from "./ingest.js";
import { megabytesPerSecond, type ParseFigure } from "./parse.js";
import type { FunctionTime } from "./profile.js";
import { FLAT_TOLERANCE, type ScalingFigure } from "./scaling.js";
import { NOT_IN_SCHEMAS, type SizesFigure } from "./size.js";
import type { ValidateFigure } from "./validate.js";
import type { WriteFigure } from "./write.js";

/** Every figure of one run of `npm run bench`. */
export interface Results {
  /** ISO date and time of the run. */
  date: string;
  /** The commit measured ("1a2b3c4", maybe "with uncommitted changes in src/"). */
  commit: string;
  /** The load average (1, 5, 15 minutes) when the run began and when it ended. */
  load: string;
  /** Where the corpus was, or that it was absent. */
  corpus: string;
  parse: ParseFigure[];
  /** Where the seed's parse time goes: self time per function (V8's sampling profiler after a warm-up), most first. */
  seedProfile: FunctionTime[];
  scaling: ScalingFigure;
  akn: AknFigure[] | string;
  /** Where \`fromAkomaNtoso\` came from, when found. */
  aknOrigin?: string;
  validate: ValidateFigure;
  write: WriteFigure[] | string;
  ingest: IngestFigure | string;
  sizes: SizesFigure;
}

/** The targets of issue 7. */
export const TARGETS = { parseOverJson: 5, aknOverBare: 2 } as const;

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const ms = (ns: number) => (ns / 1e6).toFixed(ns < 1e6 ? 3 : 2);
const us = (ns: number) => (ns / 1e3).toFixed(1);
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const int = (n: number) => Math.round(n).toLocaleString("en");
const holds = (ok: boolean) => (ok ? "yes" : "**no**");

/** The machine, in one line. */
export function machine(): string {
  const list = cpus();
  return `${list[0]?.model.trim() ?? "unknown CPU"}, ${list.length} cores, node ${process.version}, ${process.platform}/${process.arch}`;
}

/**
 * The results as Markdown: a summary of the targets, then one section per benchmark.
 *
 * @param r - the results
 */
export function renderResults(r: Results): string {
  const out: string[] = [];
  const line = (s = "") => out.push(s);
  const seed = r.parse[0] as ParseFigure;
  line("# Benchmark results");
  line();
  line("Written by `npx tsx bench/run.ts` (`npm run bench`); do not edit by hand.");
  line();
  line(`- Run: ${r.date}, commit ${r.commit}, on ${machine()}.`);
  line(`- ${r.corpus[0]?.toUpperCase()}${r.corpus.slice(1)}.`);
  line(
    `- The machine is shared with other work and noisy (load average ${r.load}): absolute times move from run to run. The ratios were measured in one run: the functions compared are measured in turn, round after round, with mitata 1.0.34, each keeping its lowest time (mitata's \`min\` once the two most extreme samples at each end are dropped); noise only adds time.`,
  );
  line(
    "- What runs is the library bundled by esbuild from src/ (the compiler tsup uses for dist/), imported as plain JavaScript.",
  );
  line();
  line("## Summary");
  line();
  line("| target | measured | holds |");
  line("|---|---|---|");
  line(
    `| \`parseResolution\` at most ${TARGETS.parseOverJson}× \`JSON.parse\` of its result (seed) | ${f1(seed.parseNs / seed.jsonNs)}× | ${holds(seed.parseNs / seed.jsonNs <= TARGETS.parseOverJson)} |`,
  );
  for (const p of r.parse.slice(1)) {
    const ratio = p.parseNs / p.jsonNs;
    line(
      `| the same, ${p.label} (${p.files} of ${p.total} texts parse), a text at a time | ${f1(ratio)}× (keeping the pass's results: ${f1(p.keptParseNs / p.keptJsonNs)}×) | ${holds(ratio <= TARGETS.parseOverJson)} |`,
    );
  }
  line(
    `| time per paragraph flat within ${Math.round((FLAT_TOLERANCE - 1) * 100)} % from ${int(r.scaling.points[0]?.paragraphs ?? 0)} to ${int(r.scaling.points[r.scaling.points.length - 1]?.paragraphs ?? 0)} paragraphs | spread ${f2(r.scaling.spread)}× | ${holds(r.scaling.flat)} |`,
  );
  if (typeof r.akn === "string")
    line(`| \`fromAkomaNtoso\` at most ${TARGETS.aknOverBare}× fast-xml-parser | not measured: ${r.akn} | – |`);
  else
    for (const a of r.akn)
      line(
        `| \`fromAkomaNtoso\` at most ${TARGETS.aknOverBare}× fast-xml-parser's bare parse (${a.name}) | ${f1(a.fromNs / a.bareNs)}× | ${holds(a.fromNs / a.bareNs <= TARGETS.aknOverBare)} |`,
      );
  line(
    `| \`./schemas\` holds neither the parser nor the data | ${r.sizes.schemasForbidden.length === 0 ? "none of their files" : r.sizes.schemasForbidden.join(", ")} | ${holds(r.sizes.schemasForbidden.length === 0)} |`,
  );
  line();

  line("## Parsing text: `parseResolution` against `JSON.parse`");
  line();
  line(
    "`JSON.parse` of a resolution's JSON is the floor: the least work that makes the same objects. Sizes are UTF-8 bytes of the text; only texts that parse are counted.",
  );
  line();
  line(
    "| texts | files | text KB | parse ms | MB/s | JSON KB | JSON.parse ms | ratio | keeping the results: parse ms | JSON.parse ms | ratio |",
  );
  line("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const p of r.parse)
    line(
      `| ${p.label} | ${p.files}/${p.total} | ${kb(p.bytes)} | ${ms(p.parseNs)} | ${f2(megabytesPerSecond(p.bytes, p.parseNs))} | ${kb(p.jsonBytes)} | ${ms(p.jsonNs)} | ${f1(p.parseNs / p.jsonNs)}× | ${ms(p.keptParseNs)} | ${ms(p.keptJsonNs)} | ${f1(p.keptParseNs / p.keptJsonNs)}× |`,
    );
  line();
  line(
    "Each pass parses every text once, one after the other. The first columns drop each result before the next parse, as the seed is measured and as `unres` turns a folder into JSON; the last three keep every result of the pass in an array until the last is made. Keeping them costs both sides garbage collection, by how much depends on how many results are held at once: results that outlive two collections of the young generation are copied into the old generation, later marked and swept. A pass of the OCR corpus allocates several times as much in the parser as in `JSON.parse`, so the parser's kept results are promoted while `JSON.parse`'s are not, until a batch is large enough for both (docs/benchmarks.md).",
  );
  line();

  const total = r.seedProfile.reduce((n, f) => n + f.selfMs, 0);
  line(
    "Where the seed's parse time goes (V8's sampling profiler, a sample every 100 µs, over 1,000 parses in a fresh process after a second of unprofiled parses, so that it shows the optimized parser; the self time of each of the library's functions, named with its source file, of its regexes and of the garbage collector, as a share of their sum; the top 12):",
  );
  line();
  line("| function (source) | share of the time |");
  line("|---|---|");
  for (const f of r.seedProfile.slice(0, 12)) line(`| ${f.name} | ${f1((100 * f.selfMs) / total)} % |`);
  line();

  line("## Scaling: synthetic resolutions of real paragraphs");
  line();
  line(
    "The seed's header, its paragraphs sampled evenly and repeated (preamble and operative part in the seed's proportion, operative paragraphs renumbered), its meeting line and the footnotes its paragraphs cite; each text is checked to parse into exactly its paragraphs, without a diagnostic. Time: the best of samples of about 200 paragraphs' worth of parses each, about 20,000 paragraphs per size (at least 5 samples); the same for `JSON.parse` of each size's result.",
  );
  line();
  line(
    "| paragraphs | characters | parse ms | µs per paragraph | relative | JSON.parse µs per paragraph | parse over JSON.parse | extra peak memory | bytes per character |",
  );
  line("|---|---|---|---|---|---|---|---|---|");
  const perMin = Math.min(...r.scaling.points.map((p) => p.ns / p.paragraphs));
  for (const p of r.scaling.points) {
    const extra = p.extraPeakBytes;
    line(
      `| ${int(p.paragraphs)} | ${int(p.chars)} | ${ms(p.ns)} | ${us(p.ns / p.paragraphs)} | ${f2(p.ns / p.paragraphs / perMin)} | ${f2(p.floorNs / p.paragraphs / 1e3)} | ${f1(p.ns / p.floorNs)}× | ${extra === undefined ? "" : `${f1(extra / 1e6)} MB`} | ${extra === undefined ? "" : f1(extra / p.chars)} |`,
    );
  }
  line();
  line(
    "Extra peak memory: how far the resident memory of a fresh process rises while it parses the text once (its peak, less what it held just before the parse, library loaded and text read; median of 3 processes); per character of the text. Memory is taken from the system in pages and chunks, so a small text's figure is coarse.",
  );
  line();
  line(
    `Spread (highest over lowest time per paragraph): ${f2(r.scaling.spread)}×; flat within ${Math.round((FLAT_TOLERANCE - 1) * 100)} %: ${holds(r.scaling.flat)}.`,
  );
  line();
  line(
    `The floor is not flat on these texts either: \`JSON.parse\` of the same results spreads ${f2(r.scaling.floorSpread)}× (a short resolution's header, meeting line and footnotes weigh more per paragraph). The parser's time over the floor's spreads ${f2(r.scaling.ratioSpread)}×: how far the parser scales otherwise than the result it builds.`,
  );
  if (r.scaling.growth && r.scaling.growthSizes) {
    const [small, large] = r.scaling.growthSizes;
    line();
    line(
      `Where the time per paragraph grows (V8's sampling profiler after a second of warm-up, self time per paragraph, ${int(small)} against ${int(large)} paragraphs, same number of paragraphs parsed):`,
    );
    line();
    line(`| function (source) | µs/paragraph at ${int(small)} | at ${int(large)} |`);
    line("|---|---|---|");
    for (const g of r.scaling.growth) line(`| ${g.name} | ${f2(g.smallUs)} | ${f2(g.largeUs)} |`);
  }
  line();

  line("## Akoma Ntoso: `fromAkomaNtoso` against fast-xml-parser");
  line();
  if (typeof r.akn === "string") line(`Not measured: ${r.akn}.`);
  else {
    line(
      `\`fromAkomaNtoso\` from ${r.aknOrigin ?? "un-resolutions"}. The floor is fast-xml-parser 5's bare parse, \`new XMLParser().parse(xml)\` with default options (no validation, no model).`,
    );
    line();
    line("| file | KB | fromAkomaNtoso ms | MB/s | bare parse ms | ratio |");
    line("|---|---|---|---|---|---|");
    for (const a of r.akn)
      line(
        `| ${a.name} | ${kb(a.bytes)} | ${ms(a.fromNs)} | ${f2(megabytesPerSecond(a.bytes, a.fromNs))} | ${ms(a.bareNs)} | ${f1(a.fromNs / a.bareNs)}× |`,
      );
  }
  line();

  line("## Validation: `Resolution.safeParse` against ajv");
  line();
  line(
    "The A/RES/65/190 JSON; ajv 8 (draft 2020-12, `ajv/dist/2020`) compiled from the project's own JSON Schema, `resolutionJsonSchema()` (made with `z.toJSONSchema(Resolution)`); both accept it.",
  );
  line();
  line("| validator | µs per validation | validations per second |");
  line("|---|---|---|");
  line(`| zod 4 \`Resolution.safeParse\` | ${us(r.validate.zodNs)} | ${int(1e9 / r.validate.zodNs)} |`);
  line(`| ajv 8, compiled | ${us(r.validate.ajvNs)} | ${int(1e9 / r.validate.ajvNs)} |`);
  line();
  line(`zod takes ${f1(r.validate.zodNs / r.validate.ajvNs)}× ajv's time (JSON: ${kb(r.validate.jsonBytes)} KB).`);
  line();

  line("## Writing: the renderings and Akoma Ntoso against `JSON.stringify`");
  line();
  if (typeof r.write === "string") line(`Not measured: ${r.write}.`);
  else {
    line("A/RES/65/190 written in each format; the floor is `JSON.stringify` of the same resolution.");
    line();
    line("| format | KB written | ms | MB/s | JSON.stringify ms | ratio |");
    line("|---|---|---|---|---|---|");
    for (const w of r.write)
      line(
        `| ${w.format} | ${kb(w.bytes)} | ${ms(w.ns)} | ${f2(megabytesPerSecond(w.bytes, w.ns))} | ${ms(w.jsonNs)} | ${f1(w.ns / w.jsonNs)}× |`,
      );
  }
  line();

  line("## Ingest: the Akoma Ntoso corpus into validated JSON");
  line();
  if (typeof r.ingest === "string") line(`Not measured: ${r.ingest}.`);
  else {
    line(
      `Every file of akn/ga and akn/sc (${int(r.ingest.files)}): read, \`fromAkomaNtoso\`, \`Resolution.parse\`, \`JSON.stringify\` (kept in memory, not written), in worker threads; wall-clock time including the workers' start, and the CPU time of all threads (when two threads take as long as one, the second core was busy with other work).`,
    );
    line();
    line("| threads | seconds | CPU seconds | files per second | MB of XML per second | read | refused |");
    line("|---|---|---|---|---|---|---|");
    for (const run of r.ingest.runs) {
      const refused = Object.entries(run.count.codes)
        .map(([code, n]) => `${n} ${code}`)
        .join(", ");
      line(
        `| ${run.workers} | ${f2(run.seconds)} | ${f2(run.cpuSeconds)} | ${f1(r.ingest.files / run.seconds)} | ${f2(run.count.bytesIn / 1e6 / run.seconds)} | ${run.count.ok} | ${run.count.failed}${refused ? ` (${refused})` : ""} |`,
      );
    }
  }
  line();

  line("## Size and import time of each entry point");
  line();
  line(
    "Each entry bundled on its own by esbuild 0.27 from src/ (as a consumer's bundler takes it), minified, dependencies external; gzip level 9. Import time: `await import()` of the unminified bundle in a fresh node process, median of " +
      `${r.sizes.importRuns} processes.`,
  );
  line();
  line("| entry | minified KB | gzipped KB | source files | imports | import ms |");
  line("|---|---|---|---|---|---|");
  const spec = { index: "`un-resolutions`", schemas: "`un-resolutions/schemas`", data: "`un-resolutions/data`" };
  for (const e of r.sizes.entries)
    line(
      `| ${spec[e.entry]} | ${kb(e.bytes)} | ${kb(e.gzipBytes)} | ${e.inputs} | ${e.externals.join(", ") || "none"} | ${f1(e.importMs)} |`,
    );
  line(`| (zod alone, for reference) | | | | | ${f1(r.sizes.zodImportMs)} |`);
  line();
  line(
    r.sizes.schemasForbidden.length === 0
      ? `\`./schemas\` holds no file of ${NOT_IN_SCHEMAS.map((f) => f.replace(/\/$/, "")).join(", ")} (checked from esbuild's metafile).`
      : `**\`./schemas\` holds files it must not:** ${r.sizes.schemasForbidden.join(", ")}.`,
  );
  line();
  return out.join("\n");
}
