import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isSafe } from "redos-detector";
import { afterAll, describe, expect, it } from "vitest";
import { type FoundRegex, regexesOfFile, regexesOfSources } from "./helpers/regexes.js";

/**
 * Regexes of src/ that redos-detector finds unsafe and whose owners have not fixed them yet, by
 * file and pattern (not line, which moves). Each is an `it.fails` test: when its owner makes it
 * safe, that test fails, and its entry must go from this list.
 */
const KNOWN_UNSAFE: ReadonlySet<string> = new Set<string>([]);

const keyOf = (r: FoundRegex) => `${r.file} ${r.source}`;

/** The regex as a `RegExp`; `g` and `y` change where matching starts, not how it backtracks. */
function compile(r: FoundRegex): RegExp {
  return new RegExp(r.source as string, r.flags.replace(/[gy]/g, ""));
}

describe("the regex collector", () => {
  const dir = mkdtempSync(join(tmpdir(), "unres-regexes-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds literals and RegExp constructors, and nothing in strings or comments", () => {
    const file = join(dir, "sample.ts");
    writeFileSync(
      file,
      [
        "// /not(a)+regex/ in a comment",
        'const text = "/nor+ this/";',
        "/** A date. */",
        "const DATE = /\\d{4}-\\d{2}/u;",
        'const ALL = new RegExp(DATE.source, "g");',
        'const WORD = RegExp("\\\\w+", "i");',
        "const made = new RegExp(text);",
        "if (/^x$/.test(text)) console.log(DATE, ALL, WORD, made);",
      ].join("\n"),
    );
    const found = regexesOfFile(file).map(({ line, kind, source, flags }) => ({ line, kind, source, flags }));
    expect(found).toEqual([
      { line: 4, kind: "literal", source: "\\d{4}-\\d{2}", flags: "u" },
      { line: 5, kind: "constructor", source: "\\d{4}-\\d{2}", flags: "g" },
      { line: 6, kind: "constructor", source: "\\w+", flags: "i" },
      { line: 7, kind: "constructor", flags: "" },
      { line: 8, kind: "literal", source: "^x$", flags: "" },
    ]);
  });

  it("tells a catastrophic pattern from a linear one (the detector works as used)", () => {
    expect(isSafe(/^(a+)+$/).safe).toBe(false);
    expect(isSafe(/^\d{1,3}\.$/).safe).toBe(true);
  });
});

describe("every regex in src/ is free of catastrophic backtracking (redos-detector)", () => {
  const regexes = regexesOfSources();

  it("reads the regexes of src/, every pattern known without running the code", () => {
    // The parser alone writes well over a hundred.
    expect(regexes.length).toBeGreaterThan(100);
    const unresolved = regexes.filter((r) => r.source === undefined).map((r) => `${r.file}:${r.line} ${r.text}`);
    expect(unresolved).toEqual([]);
  });

  for (const r of regexes.filter((x) => x.source !== undefined)) {
    const test = KNOWN_UNSAFE.has(keyOf(r)) ? it.fails : it;
    test(`${r.file}:${r.line}:${r.column} ${r.text.slice(0, 100)}`, () => {
      const result = isSafe(compile(r));
      expect(
        { safe: result.safe, error: result.error, score: result.score },
        `${r.file}:${r.line}:${r.column} ${r.text}`,
      ).toEqual({ safe: true, error: null, score: expect.objectContaining({ infinite: false }) });
    });
  }
});
