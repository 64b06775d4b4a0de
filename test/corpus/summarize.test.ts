import { describe, expect, it } from "vitest";
import { compareFacts } from "../../src/corpus/compare.js";
import type { ResolutionFacts } from "../../src/corpus/facts.js";
import { renderCorpusReport } from "../../src/corpus/markdown.js";
import type { TextMeasure } from "../../src/corpus/measure.js";
import { buildCorpusReport } from "../../src/corpus/summarize.js";

const facts: ResolutionFacts = {
  symbol: "S/RES/1445 (2002)",
  adoptionDate: "2002-12-04",
  preamble: ["Recalling its previous resolutions,"],
  operative: ["Welcomes the signature;", "Decides to remain actively seized of the matter."],
  footnotes: 0,
};

const measure = (path: string, changes: Partial<TextMeasure>): TextMeasure => {
  const slash = path.lastIndexOf("/");
  return {
    path,
    folder: slash < 0 ? "." : path.slice(0, slash),
    stem: path.slice(slash + 1, -4),
    parsed: true,
    diagnostics: {},
    skipped: { spans: 0, characters: 0 },
    parseMs: 1,
    ...changes,
  };
};

const half = compareFacts({ ...facts, operative: ["Welcomes the signature;"] }, facts);
const measures: TextMeasure[] = [
  measure("ocr/S-RES-10.txt", {
    parsed: false,
    failure: { code: "NO_ADOPTION_DATE", message: "expected the date of adoption", line: 1, column: 1 },
    ocr: { symbol: false, adoptionDate: false, operativeRun: false, all: false, problems: ["the text was not parsed"] },
  }),
  measure("ocr/S-RES-1445.txt", {
    diagnostics: { SYMBOL_INFERRED: 1, MISSING_PARAGRAPH_NUMBER: 2 },
    skipped: { spans: 2, characters: 30 },
    reference: { path: "akn/sc/S-RES-1445.xml", reader: "own", agreement: half },
    ocr: {
      symbol: true,
      adoptionDate: true,
      operativeRun: false,
      all: false,
      problems: ["MISSING_PARAGRAPH_NUMBER: …"],
    },
  }),
  measure("ocr/S-RES-2.txt", {
    diagnostics: { SYMBOL_INFERRED: 1 },
    ocr: { symbol: true, adoptionDate: true, operativeRun: true, all: true, problems: [] },
  }),
  measure("pdf/A-RES-78-241.txt", {
    reference: { path: "akn/ga/A-RES-78-241.xml", reader: "own", agreement: compareFacts(facts, facts) },
  }),
];
const report = buildCorpusReport(measures, { input: "texts", measuredAt: "2026-01-02T03:04:05.000Z", reader: "own" });

describe("buildCorpusReport", () => {
  it("sorts folders and texts, numbers by value", () => {
    expect(report.folders.map((f) => f.folder)).toEqual(["ocr", "pdf"]);
    expect(report.texts.map((t) => t.path)).toEqual([
      "ocr/S-RES-2.txt",
      "ocr/S-RES-10.txt",
      "ocr/S-RES-1445.txt",
      "pdf/A-RES-78-241.txt",
    ]);
  });

  it("totals files, failures, diagnostics and skipped spans per folder and overall", () => {
    const ocr = report.folders[0];
    expect(ocr).toMatchObject({
      folder: "ocr",
      files: 3,
      parsed: 2,
      failed: 1,
      failures: { NO_ADOPTION_DATE: 1 },
      parseMs: 3,
    });
    expect(ocr?.diagnostics).toEqual({
      SYMBOL_INFERRED: { count: 2, files: 2 },
      MISSING_PARAGRAPH_NUMBER: { count: 2, files: 1 },
    });
    expect(ocr?.skipped).toEqual({ spans: 2, characters: 30, files: 1 });
    expect(report.overall).toMatchObject({ folder: "(all)", files: 4, parsed: 3, failed: 1 });
  });

  it("counts the texts agreeing on each fact and pools the paragraph pairs", () => {
    expect(report.overall.references).toEqual({
      files: 2,
      compared: 2,
      symbol: 2,
      adoptionDate: 2,
      title: 2,
      preamble: 2,
      operative: 1,
      footnotes: 2,
      // 3 pairs each; one of S/RES/1445's has no partner and scores 0.
      paragraphs: { pairs: 6, identical: 5, min: 0, mean: 5 / 6 },
    });
  });

  it("counts the OCR targets met, a failed text meeting none", () => {
    expect(report.folders[0]?.ocr).toEqual({ files: 3, symbol: 2, adoptionDate: 2, operativeRun: 1, all: 1 });
    expect(report.folders[1]?.ocr.files).toBe(0);
  });
});

describe("renderCorpusReport", () => {
  const markdown = renderCorpusReport(report);

  it("tables parsed and failed per folder, and lists failures by code with their place", () => {
    expect(markdown).toContain("| (all) | 4 | 3 | 1 | NO_ADOPTION_DATE 1 |");
    expect(markdown).toContain("| ocr | 3 | 2 | 1 | NO_ADOPTION_DATE 1 |");
    expect(markdown).toContain(
      "- **NO_ADOPTION_DATE** (1):\n  - `ocr/S-RES-10.txt` 1:1: expected the date of adoption",
    );
  });

  it("shows the worst paragraph with both texts", () => {
    expect(markdown).toContain("#### operative 2: similarity 0.000");
    expect(markdown).toContain("> (none)");
    expect(markdown).toContain("> Decides to remain actively seized of the matter.");
    expect(markdown).toContain(
      "| `ocr/S-RES-1445.txt` | `akn/sc/S-RES-1445.xml` | ✓ | ✓ | ✓ | ✓ 1/1 | ✗ 1/2 | ✓ 0/0 | 0.000 | 0.667 |",
    );
  });

  it("lists parsed texts that miss an OCR target, with why", () => {
    expect(markdown).toContain("| ocr | 3 | 2 | 2 | 1 | 1 |");
    expect(markdown).toContain(
      "- parsed but missing **operativeRun** (1):\n  - `ocr/S-RES-1445.txt`: MISSING_PARAGRAPH_NUMBER: …",
    );
  });
});
