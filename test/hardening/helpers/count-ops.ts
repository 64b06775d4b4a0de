/**
 * Counts the work a function of the library does on each input, deterministically, in this process:
 * run it as `node --import tsx count-ops.ts <inputs.json> [function]` (default `safeParseResolution`,
 * any one-argument export of src/index.ts that does not throw; `json:toMarkdown` calls `toMarkdown`
 * with each input read as JSON first, outside the count); it prints one count per input as JSON.
 *
 * The count is the sum of two things that do not depend on the machine or its load (V8 may miss a
 * few block executions in code it optimizes meanwhile: a few in a million):
 * - V8's precise block coverage of src/ (`Profiler.startPreciseCoverage` with call counts and
 *   block detail): every execution of every function and block of the library's code, so a loop
 *   body counts once per iteration;
 * - the characters that built-in string work goes through, where a library loop would not show:
 *   the length of every `Array.prototype.join` result, and the length of the string that `split`,
 *   `replace`, `replaceAll`, `toLowerCase`, `includes` and `trim` are called on.
 *
 * Regex matching is not counted: every regex of src/ is checked by redos-detector instead. The first
 * input is parsed once before counting, so that work done once per process is not counted.
 */
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";

interface Range {
  count: number;
}
interface ScriptCoverage {
  url: string;
  functions: Array<{ ranges: Range[] }>;
}

const [inputsFile, spec = "safeParseResolution"] = process.argv.slice(2);
// "json:toMarkdown": each input is the JSON of the argument, read before counting starts.
const fromJson = spec.startsWith("json:");
const name = fromJson ? spec.slice("json:".length) : spec;
const texts = JSON.parse(readFileSync(inputsFile as string, "utf8")) as string[];
const inputs: unknown[] = fromJson ? texts.map((text) => JSON.parse(text) as unknown) : texts;
const lib = (await import("../../../src/index.js")) as unknown as Record<string, unknown>;
const fn = lib[name];
if (typeof fn !== "function") throw new Error(`src/index.ts exports no function ${name}`);
const run = fn as (input: unknown) => unknown;

let builtinChars = 0;
let counting = false;
const stringMethods = ["split", "replace", "replaceAll", "toLowerCase", "includes", "trim"] as const;
for (const name of stringMethods) {
  const original = String.prototype[name] as (...args: unknown[]) => unknown;
  Object.defineProperty(String.prototype, name, {
    configurable: true,
    writable: true,
    value: function (this: string, ...args: unknown[]) {
      if (counting) builtinChars += this.length;
      return original.apply(this, args);
    },
  });
}
const join = Array.prototype.join;
Object.defineProperty(Array.prototype, "join", {
  configurable: true,
  writable: true,
  value: function (this: unknown[], separator?: string) {
    const out = join.call(this, separator);
    if (counting) builtinChars += out.length;
    return out;
  },
});

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });

/** The block executions in src/ since the last call (taking precise coverage resets its counters). */
async function blocks(): Promise<number> {
  const { result } = (await session.post("Profiler.takePreciseCoverage")) as { result: ScriptCoverage[] };
  let sum = 0;
  for (const script of result) {
    if (!script.url.includes("/src/")) continue;
    for (const fn of script.functions) for (const range of fn.ranges) sum += range.count;
  }
  return sum;
}

// One parse before counting, so that work done once per process (lazy tables, caches) is not counted.
if (inputs[0] !== undefined) run(inputs[0]);
const counts: number[] = [];
for (const input of inputs) {
  await blocks();
  builtinChars = 0;
  counting = true;
  run(input);
  counting = false;
  counts.push((await blocks()) + builtinChars);
}
console.log(JSON.stringify(counts));
