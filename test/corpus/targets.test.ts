import { describe, expect, it } from "vitest";
import { checkOcrTargets } from "../../src/corpus/targets.js";
import type { Diagnostic } from "../../src/parse/errors.js";
import type { OperativeClause } from "../../src/schemas/clause.js";
import { Resolution } from "../../src/schemas/resolution.js";

const clause = (number: number): OperativeClause => ({
  type: "operative",
  number,
  actionPhrase: "Decides",
  text: "Decides to remain seized of the matter.",
  subparagraphs: [],
  footnoteRefs: [],
});

/** A Security Council resolution as the parser would give it for S-RES-798.txt; each test changes one thing. */
const resolution = (changes: Partial<Resolution> = {}): Resolution =>
  Resolution.parse({
    type: "resolution",
    symbol: "S/RES/798 (1992)",
    body: "Security Council",
    number: "798 (1992)",
    adoptionDate: "1992-12-18",
    preamble: [],
    operative: [clause(1), clause(2), clause(3)],
    footnotes: [],
    ...changes,
  });

describe("checkOcrTargets", () => {
  it("meets all three targets with the file's symbol, a date in its year and paragraphs 1..3", () => {
    expect(checkOcrTargets("S-RES-798", resolution(), [])).toEqual({
      symbol: true,
      adoptionDate: true,
      operativeRun: true,
      all: true,
      problems: [],
    });
  });

  it("meets none when the text was not parsed", () => {
    const targets = checkOcrTargets("S-RES-798", undefined, []);
    expect([targets.symbol, targets.adoptionDate, targets.operativeRun, targets.all]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(targets.problems).toEqual(["the text was not parsed"]);
  });

  it("misses the symbol when it names another resolution (an OCR misread)", () => {
    const targets = checkOcrTargets("S-RES-798", resolution({ symbol: "S/RES/793 (1992)" }), []);
    expect(targets.symbol).toBe(false);
    expect(targets.all).toBe(false);
    expect(targets.problems[0]).toContain("S/RES/793 (1992)");
  });

  it("takes a symbol without a year or in other case for the file's", () => {
    expect(checkOcrTargets("S-RES-10", resolution({ symbol: "S/RES/10", number: "10" }), []).symbol).toBe(true);
    expect(checkOcrTargets("s-res-798", resolution(), []).symbol).toBe(true);
  });

  it("needs only some symbol when the file is not named by one", () => {
    expect(checkOcrTargets("resolution-798", resolution({ symbol: "S/RES/1 (1946)" }), []).symbol).toBe(true);
  });

  it("misses the adoption date when it is not in the symbol's year", () => {
    const targets = checkOcrTargets("S-RES-798", resolution({ adoptionDate: "1978-12-18" }), []);
    expect(targets.adoptionDate).toBe(false);
    expect(targets.problems).toEqual(["adoption date 1978-12-18 is not in 1992, the year of the symbol"]);
  });

  it("misses the operative run on a gap or a repeat, quoting the parser's numbering diagnostics, and on no paragraph", () => {
    const missing: Diagnostic = {
      code: "MISSING_PARAGRAPH_NUMBER",
      message: "expected operative paragraph 3, found 4",
    };
    const gap = checkOcrTargets("S-RES-798", resolution({ operative: [clause(1), clause(2), clause(4)] }), [
      missing,
      { code: "SYMBOL_INFERRED", message: "…" },
    ]);
    expect(gap.operativeRun).toBe(false);
    expect(gap.problems).toEqual([
      "operative paragraphs numbered 1, 2, 4: expected 1..3",
      "MISSING_PARAGRAPH_NUMBER: expected operative paragraph 3, found 4",
    ]);
    const repeat = checkOcrTargets("S-RES-798", resolution({ operative: [clause(1), clause(2), clause(2)] }), []);
    expect(repeat.operativeRun).toBe(false);
    expect(checkOcrTargets("S-RES-798", resolution({ operative: [] }), []).problems).toEqual([
      "no operative paragraph",
    ]);
  });

  it("meets the run when the parser supplied a number that fits it (S/RES/484: paragraph 2 printed without its number)", () => {
    const supplied: Diagnostic = {
      code: "MISSING_PARAGRAPH_NUMBER",
      message: "expected operative paragraph number 2, found a paragraph without a number",
    };
    const targets = checkOcrTargets("S-RES-798", resolution(), [supplied]);
    expect(targets.operativeRun).toBe(true);
    expect(targets.problems).toEqual([]);
  });
});
