import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderCorpusReport } from "../../src/corpus/markdown.js";
import {
  findCorpusRoot,
  listTextFiles,
  measureFolder,
  referenceFor,
  writeCorpusReport,
} from "../../src/corpus/node.js";
import type { CorpusReport } from "../../src/corpus/summarize.js";
import { corpusRoot, hasCorpus } from "../helpers/shared.js";

const textDir = join(corpusRoot, "text");

/** The .txt files under the text folder, found with Node's own recursive listing (not the code under test). */
function textFilesByNode(): string[] {
  return (readdirSync(textDir, { recursive: true }) as string[]).filter((name) => name.endsWith(".txt"));
}

describe.skipIf(!hasCorpus)("finding texts and references in the corpus", () => {
  it("lists every .txt file under a folder, at any depth", () => {
    const listed = listTextFiles(textDir);
    expect(listed.length).toBe(textFilesByNode().length);
    expect(listed.every((file) => file.endsWith(".txt") && existsSync(file))).toBe(true);
  });

  it("walks up from a folder of texts to the folder holding akn/", () => {
    const root = realpathSync(corpusRoot);
    // Compared as real paths: the corpus may be reached through a link.
    expect(realpathSync(findCorpusRoot(join(corpusRoot, "text/sc-ocr")) ?? "")).toBe(root);
    expect(realpathSync(findCorpusRoot(corpusRoot) ?? "")).toBe(root);
  });

  it("finds the XML of the same stem in akn/ga or akn/sc, or none", () => {
    expect(referenceFor(corpusRoot, "A-RES-78-241")).toBe("akn/ga/A-RES-78-241.xml");
    expect(referenceFor(corpusRoot, "S-RES-1445")).toBe("akn/sc/S-RES-1445.xml");
    expect(referenceFor(corpusRoot, "S-RES-10")).toBeUndefined();
  });
});

describe("finding the corpus root", () => {
  it("stops at the nearest folder holding akn/, not at a texts folder", () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "unres-corpus-")));
    try {
      mkdirSync(join(dir, "mine/akn/sc"), { recursive: true });
      mkdirSync(join(dir, "mine/texts/ocr"), { recursive: true });
      expect(findCorpusRoot(join(dir, "mine/texts/ocr"))).toBe(join(dir, "mine"));
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe.skipIf(!hasCorpus)("the corpus report on all of text/", () => {
  let report: CorpusReport;
  const out = mkdtempSync(join(tmpdir(), "unres-report-"));

  beforeAll(() => {
    report = measureFolder(textDir, { commit: "test", now: new Date("2026-01-02T03:04:05Z") });
  });
  afterAll(() => rmSync(out, { recursive: true }));

  it("measures every text once, in one folder each", () => {
    const files = textFilesByNode();
    expect(report.overall.files).toBe(files.length);
    expect(report.texts.map((t) => t.path).sort()).toEqual(files.map((f) => f.split("\\").join("/")).sort());
    expect(report.folders.map((f) => f.folder).sort()).toEqual(readdirSync(textDir).sort());
    expect(report.folders.reduce((sum, f) => sum + f.files, 0)).toBe(report.overall.files);
  });

  it("counts parsed + failed = files, and failures by code add up to failed", () => {
    for (const s of [report.overall, ...report.folders]) {
      expect(s.parsed + s.failed, s.folder).toBe(s.files);
      expect(
        Object.values(s.failures).reduce((a, b) => a + b, 0),
        s.folder,
      ).toBe(s.failed);
      expect(s.parsed, s.folder).toBe(
        report.texts.filter((t) => t.parsed && (s.folder === "(all)" || t.folder === s.folder)).length,
      );
    }
  });

  it("gives each failure a code, a message and, for the parser's own errors, a place", () => {
    for (const t of report.texts.filter((x) => !x.parsed)) {
      expect(t.failure?.code, t.path).toMatch(/^[A-Z_]+$/);
      expect(t.failure?.message, t.path).not.toBe("");
      if (t.failure?.code !== "INTERNAL_ERROR") expect(t.failure?.line, t.path).toBeGreaterThanOrEqual(1);
    }
    for (const t of report.texts.filter((x) => x.parsed)) {
      expect(t.failure, t.path).toBeUndefined();
      expect(t.counts, t.path).toBeDefined();
    }
  });

  it("totals the diagnostics of the texts", () => {
    const total: Record<string, number> = {};
    for (const t of report.texts)
      for (const [code, n] of Object.entries(t.diagnostics)) total[code] = (total[code] ?? 0) + n;
    expect(Object.fromEntries(Object.entries(report.overall.diagnostics).map(([code, d]) => [code, d.count]))).toEqual(
      total,
    );
  });

  it("pairs exactly the texts whose stem has XML under akn/ga or akn/sc, the three known pairs among them", () => {
    const expected = report.texts.filter((t) =>
      ["ga", "sc"].some((body) => existsSync(join(corpusRoot, "akn", body, `${t.stem}.xml`))),
    );
    expect(report.texts.filter((t) => t.reference).map((t) => t.path)).toEqual(expected.map((t) => t.path));
    const pairs = Object.fromEntries(report.texts.filter((t) => t.reference).map((t) => [t.path, t.reference?.path]));
    expect(pairs).toMatchObject({
      "pdftotext/A-RES-78-241.txt": "akn/ga/A-RES-78-241.xml",
      "pdftotext/A-RES-79-239.txt": "akn/ga/A-RES-79-239.xml",
      "pdftotext-layout/A-RES-78-241.txt": "akn/ga/A-RES-78-241.xml",
      "pdftotext-layout/A-RES-79-239.txt": "akn/ga/A-RES-79-239.xml",
      "sc-ocr/S-RES-1445.txt": "akn/sc/S-RES-1445.xml",
    });
    const r = report.overall.references;
    expect(r.files).toBe(expected.length);
    expect(r.compared).toBe(report.texts.filter((t) => t.reference?.agreement).length);
    for (const key of ["symbol", "adoptionDate", "title", "preamble", "operative", "footnotes"] as const) {
      expect(r[key]).toBeLessThanOrEqual(r.compared);
    }
    expect(r.paragraphs.min).toBeLessThanOrEqual(r.paragraphs.mean);
    expect(r.paragraphs.mean).toBeLessThanOrEqual(1);
    expect(r.paragraphs.identical).toBeLessThanOrEqual(r.paragraphs.pairs);
  });

  it("checks the OCR target on every Security Council text and on nothing else", () => {
    const council = report.texts.filter((t) => basename(t.path).startsWith("S-RES-"));
    expect(report.overall.ocr.files).toBe(council.length);
    expect(report.texts.filter((t) => t.ocr).length).toBe(council.length);
    const o = report.overall.ocr;
    expect(o.all).toBeLessThanOrEqual(Math.min(o.symbol, o.adoptionDate, o.operativeRun));
    expect(o.symbol).toBeLessThanOrEqual(report.folders.find((f) => f.folder === "sc-ocr")?.parsed ?? 0);
  });

  it("records the context and survives JSON", () => {
    expect(report).toMatchObject({ commit: "test", measuredAt: "2026-01-02T03:04:05.000Z", reader: "own" });
    expect(realpathSync(report.root ?? "")).toBe(realpathSync(corpusRoot));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("writes report.json and report.md", () => {
    const written = writeCorpusReport(report, out);
    expect(JSON.parse(readFileSync(written.json, "utf8"))).toEqual(report);
    const markdown = readFileSync(written.markdown, "utf8");
    expect(markdown).toBe(renderCorpusReport(report));
    expect(markdown.startsWith("# Corpus report\n")).toBe(true);
    for (const folder of report.folders)
      expect(markdown).toContain(`| ${folder.folder} | ${folder.files} | ${folder.parsed} | ${folder.failed} |`);
    expect(markdown).toContain("## Agreement with the UN's Akoma Ntoso");
    expect(markdown).toContain("`sc-ocr/S-RES-1445.txt` | `akn/sc/S-RES-1445.xml`");
    expect(markdown).toContain("## Security Council texts: the OCR target");
  });
});
