import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./measure.js";

/**
 * How far the resident memory of a fresh node process rises while it parses `text` once, in bytes:
 * its peak, less what it held just before the parse (library loaded, text read). Measured inside
 * one process, so that one process's start-up memory against another's does not count; the median
 * of `runs` processes.
 *
 * @param bundle - the bundled index entry
 * @param text - the text
 * @param runs - how many processes
 */
export function peakMemory(bundle: string, text: string, runs = 3): number {
  const dir = mkdtempSync(join(tmpdir(), "unres-memory-"));
  try {
    const file = join(dir, "input.txt");
    writeFileSync(file, text);
    const script = join(import.meta.dirname, "memory-child.ts");
    const peaks = Array.from({ length: runs }, () => {
      const out = execFileSync(process.execPath, ["--import", "tsx", script, bundle, file], { encoding: "utf8" });
      return Number(out.trim().split("\n").pop()) * 1024;
    });
    return median(peaks);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
