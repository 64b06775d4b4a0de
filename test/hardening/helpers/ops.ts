import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The work a function of the library does on each input, counted deterministically in a fresh node
 * process (see count-ops.ts): block executions of src/ plus characters through built-in string work.
 *
 * @param inputs - the texts (for a `json:` function, the JSON of each argument)
 * @param fn - the function, by its name in src/index.ts, or `json:` and its name for a function of a
 *   value (a resolution) given as JSON; it must not throw
 * @returns one count per text
 */
export function countOps(inputs: readonly string[], fn = "safeParseResolution"): number[] {
  const dir = mkdtempSync(join(tmpdir(), "unres-ops-"));
  try {
    const file = join(dir, "inputs.json");
    writeFileSync(file, JSON.stringify(inputs));
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "count-ops.ts"), file, fn],
      {
        encoding: "utf8",
        maxBuffer: 1 << 24,
      },
    );
    return JSON.parse(out.trim().split("\n").pop() as string) as number[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
