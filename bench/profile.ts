import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A function's share of a profile: where it is written and the time spent in its own code. */
export interface FunctionTime {
  /** "extractMarkers (src/parse/markers.ts)", or a V8 entry such as "(garbage collector)". */
  name: string;
  /** Milliseconds spent in the function itself (self time), summed over its samples. */
  selfMs: number;
}

/** esbuild's comment that starts each source file's code in a bundle: "// src/parse/lines.ts". */
const SOURCE_COMMENT = /^\/\/ (src\/\S+\.ts)$/;

/** The source file of each line of a bundle, from esbuild's comments (line numbers from 0). */
function sourceOfLines(bundle: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const line of readFileSync(bundle, "utf8").split("\n")) {
    const m = SOURCE_COMMENT.exec(line);
    if (m) current = m[1] as string;
    out.push(current);
  }
  return out;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * Profiles `parseResolution` on one text with V8's sampling profiler, in a fresh process after a
 * second of unprofiled parses (so that the profile shows the optimized parser, as the ratios measure
 * it, not the compiler's warm-up), and sums the self time of each function of the bundle, named with
 * its source file.
 *
 * @param bundle - the unminified bundle of the index entry
 * @param text - the text to parse
 * @param times - how many parses
 * @returns the functions, most time first
 */
export function profileParse(bundle: string, text: string, times: number): FunctionTime[] {
  const dir = mkdtempSync(join(tmpdir(), "unres-profile-"));
  try {
    const textFile = join(dir, "input.txt");
    writeFileSync(textFile, text);
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(import.meta.dirname, "profile-child.ts"),
        bundle,
        textFile,
        String(times),
        join(dir, "parse.cpuprofile"),
      ],
      { stdio: "inherit" },
    );
    const sources = sourceOfLines(bundle);
    const self = new Map<string, number>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
      const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
        nodes: ProfileNode[];
        samples: number[];
        timeDeltas: number[];
      };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        const frame = byId.get(id)?.callFrame;
        if (!frame) return;
        const inBundle = frame.url.endsWith(bundle.split("/").pop() as string);
        const name = inBundle
          ? `${frame.functionName || "(anonymous)"} (${sources[frame.lineNumber] || "bundle"})`
          : frame.url === ""
            ? frame.functionName
            : "(outside the library)";
        if (name === "(idle)" || name === "(program)") return;
        self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
    }
    return [...self].map(([name, selfMs]) => ({ name, selfMs })).sort((a, b) => b.selfMs - a.selfMs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Whether a profile entry is the library's work: its functions, its regexes and the garbage
 * collector, not the profiled process's start-up or file reading.
 *
 * @param name - the entry's name, as {@link profileParse} gives it
 */
export function isLibraryWork(name: string): boolean {
  return name.includes("(src/") || name.startsWith("RegExp:") || name === "(garbage collector)";
}

/** A function whose time per paragraph grows between two sizes. */
export interface Growth {
  name: string;
  /** Microseconds per paragraph at the small size. */
  smallUs: number;
  /** Microseconds per paragraph at the large size. */
  largeUs: number;
}

/**
 * Compares two profiles per paragraph and lists the functions whose time per paragraph grows most:
 * in a linear parser every function's time per paragraph stays the same.
 *
 * @param small - the profile at the small size
 * @param smallWork - paragraphs parsed in it (paragraphs × parses)
 * @param large - the profile at the large size
 * @param largeWork - paragraphs parsed in it
 * @param top - how many to list
 */
export function growthPerParagraph(
  small: readonly FunctionTime[],
  smallWork: number,
  large: readonly FunctionTime[],
  largeWork: number,
  top = 8,
): Growth[] {
  const smallBy = new Map(small.map((f) => [f.name, f.selfMs]));
  return large
    .filter((f) => isLibraryWork(f.name))
    .map((f) => ({
      name: f.name,
      smallUs: ((smallBy.get(f.name) ?? 0) * 1000) / smallWork,
      largeUs: (f.selfMs * 1000) / largeWork,
    }))
    .sort((a, b) => b.largeUs - b.smallUs - (a.largeUs - a.smallUs))
    .slice(0, top);
}
