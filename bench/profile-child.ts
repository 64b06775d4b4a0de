/**
 * Parses one text over and over, to be profiled by {@link profileParse}: first for a second of CPU
 * time, so that the compiler has optimized the parser (as when the ratios are measured), then
 * `times` more, under V8's sampling profiler (one sample every 100 µs); the profile, with the
 * samples of the `times` parses only, is written as JSON to the output file.
 * Arguments: the bundled index entry, the text file, how many parses, the output file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { pathToFileURL } from "node:url";
import type { Library } from "./build.js";

/** CPU time the parser runs before the profile starts, in milliseconds. */
const WARM_UP_MS = 1000;

/** Microseconds between two samples of the profiler (`node --cpu-prof` takes one a millisecond). */
const SAMPLING_INTERVAL_US = 100;

const [bundle, textFile, times, outFile] = process.argv.slice(2);
const lib = (await import(pathToFileURL(bundle as string).href)) as Library;
const text = readFileSync(textFile as string, "utf8");
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
// The profiler runs from before the warm-up, so that it sees the code of every regex compiled then
// (a profiler started later counts their time in their callers); the warm-up's samples are dropped.
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: SAMPLING_INTERVAL_US });
await session.post("Profiler.start");
const profileStart = process.hrtime.bigint();
const warmUpStart = cpuMs();
while (cpuMs() - warmUpStart < WARM_UP_MS) lib.parseResolution(text);
const measuredFrom = Number(process.hrtime.bigint() - profileStart) / 1000;
for (let i = 0; i < Number(times); i++) lib.parseResolution(text);
const { profile } = await session.post("Profiler.stop");
session.disconnect();
// Samples from `measuredFrom` microseconds after the profile's start on (their times are the sums of the deltas).
const samples: number[] = [];
const timeDeltas: number[] = [];
let at = 0;
profile.samples?.forEach((id, i) => {
  at += profile.timeDeltas?.[i] ?? 0;
  if (at < measuredFrom) return;
  samples.push(id);
  timeDeltas.push(profile.timeDeltas?.[i] ?? 0);
});
writeFileSync(outFile as string, JSON.stringify({ ...profile, samples, timeDeltas }));
