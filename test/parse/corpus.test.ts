/**
 * The parser on the real texts of the development corpus. Counts are checked against the UN's own
 * Akoma Ntoso of the same resolution (same file stem), read here with a plain XML parser, apart
 * from the library's own reader.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ResolutionParseError, safeParseResolution } from "../../src/parse/index.js";
import { Resolution } from "../../src/schemas/resolution.js";
import { corpusFiles, corpusRoot, hasCorpus } from "../helpers/shared.js";

type Tree = Record<string, unknown>;

/** Preambular, operative and footnote counts as the UN's XML has them. */
function xmlCounts(xml: string): { preamble: number; operative: number; footnotes: number } {
  const doc = new XMLParser({ ignoreAttributes: false, isArray: () => true }).parse(xml) as Tree;
  const root = ((doc.akomaNtoso as Tree[])[0] as Tree).statement as Tree[];
  const statement = root[0] as Tree;
  const preamble = ((statement.preamble as Tree[] | undefined)?.[0] ?? {}) as Tree;
  const mainBody = ((statement.mainBody as Tree[] | undefined)?.[0] ?? {}) as Tree;
  const markers = new Set(xml.match(/<authorialNote marker="[^"]*"/g) ?? []);
  return {
    preamble: ((preamble.container as unknown[]) ?? []).length,
    operative: ((mainBody.paragraph as unknown[]) ?? []).length,
    footnotes: markers.size,
  };
}

const pdfTexts = [...corpusFiles("text/pdftotext", ".txt"), ...corpusFiles("text/pdftotext-layout", ".txt")];

describe.skipIf(!hasCorpus)("parseResolution on pdftotext output (default and -layout)", () => {
  it.each(pdfTexts.map((f) => [f.slice(corpusRoot.length + 1), f]))("%s parses into a valid Resolution", (_, file) => {
    const result = safeParseResolution(readFileSync(file, "utf8"));
    if (!result.success) throw result.error;
    expect(Resolution.safeParse(result.data).success).toBe(true);
    expect(result.data.symbol).toBe(
      basename(file, ".txt")
        .replace(/^A-RES-/, "A/RES/")
        .replaceAll("-", "/"),
    );
    const xml = join(corpusRoot, "akn/ga", `${basename(file, ".txt")}.xml`);
    if (existsSync(xml)) {
      const counts = xmlCounts(readFileSync(xml, "utf8"));
      expect({
        preamble: result.data.preamble.length,
        operative: result.data.operative.length,
        footnotes: result.data.footnotes.length,
      }).toEqual(counts);
    }
    for (const clause of [...result.data.preamble, ...result.data.operative]) {
      expect(clause.text).not.toMatch(/\d{2}-\d{5}|\*\d{7}\*|_{5}|\s{2}/);
    }
  });
});

describe.skipIf(!hasCorpus)("a resolution that adopts a declaration (A/RES/73/3)", () => {
  it.each(["text/pdftotext", "text/pdftotext-layout"])(
    "%s: one operative paragraph, the declaration as its annex",
    (folder) => {
      const file = join(corpusRoot, folder, "A-RES-73-3.txt");
      if (!existsSync(file)) return;
      const result = safeParseResolution(readFileSync(file, "utf8"));
      if (!result.success) throw result.error;
      const { operative, preamble, annexes } = result.data;
      expect(preamble).toEqual([]);
      expect(operative.map((c) => c.actionPhrase)).toEqual(["Adopts"]);
      expect(operative[0]?.text.endsWith("on the fight against tuberculosis on 26 September 2018:")).toBe(true);
      const annex = annexes?.[0];
      expect(annex?.title?.startsWith("Political declaration of the high-level meeting of the General Assembly")).toBe(
        true,
      );
      expect(annex?.text).toContain(
        "\n\n1. Reaffirm the 2030 Agenda for Sustainable Development, including the resolve",
      );
      expect(annex?.text).toContain(
        "\n\n53. Also request the Secretary-General, with the support of the World Health Organization",
      );
      expect(result.diagnostics.filter((d) => d.code === "FOOTNOTE_NEVER_CITED")).toEqual([]);
    },
  );
});

const ocrTexts = corpusFiles("text/sc-ocr", ".txt");

describe.skipIf(!hasCorpus)("parseResolution on OCR'd Security Council resolutions, 1946-2002", () => {
  const outcomes = ocrTexts.map((file) => {
    try {
      return { file, result: safeParseResolution(readFileSync(file, "utf8")) };
    } catch (error) {
      return { file, crash: error };
    }
  });

  it("never crashes: every text gives a Resolution or a ResolutionParseError", () => {
    expect(outcomes.filter((o) => "crash" in o).map((o) => o.file)).toEqual([]);
    for (const o of outcomes)
      if ("result" in o && o.result && !o.result.success) expect(o.result.error).toBeInstanceOf(ResolutionParseError);
  });

  it("reads at least 99% of them with a Security Council symbol and an adoption date", () => {
    const parsed = outcomes.flatMap((o) => ("result" in o && o.result?.success ? [o.result.data] : []));
    const conflicts = new Set(
      outcomes.flatMap((o) =>
        "result" in o && o.result?.success && o.result.diagnostics.some((d) => d.code === "DATE_CONFLICT")
          ? [o.result.data.symbol]
          : [],
      ),
    );
    expect(conflicts.size).toBeLessThanOrEqual(parsed.length / 100);
    expect(parsed.length / ocrTexts.length).toBeGreaterThanOrEqual(0.99);
    for (const r of parsed) {
      expect(r.symbol).toMatch(/^S\/RES\/\d+ \(\d{4}\)$/);
      expect(r.body).toBe("Security Council");
      expect(r.adoptionDate).toMatch(/^(19[4-9]\d|200[0-2])-\d\d-\d\d$/);
      // Where OCR misread the year of the date or of the number, a DATE_CONFLICT diagnostic says so.
      if (!conflicts.has(r.symbol)) expect(r.adoptionDate.slice(0, 4)).toBe(/\((\d{4})\)/.exec(r.symbol)?.[1]);
    }
  });

  it("finds a contiguous run of operative paragraphs in at least 95% of them", () => {
    const parsed = outcomes.flatMap((o) => ("result" in o && o.result?.success ? [o.result.data] : []));
    const contiguous = parsed.filter((r) => r.operative.length > 0 && r.operative.every((c, i) => c.number === i + 1));
    expect(contiguous.length / parsed.length).toBeGreaterThanOrEqual(0.95);
  });

  it("reads S/RES/1445 (2002) as the UN's XML has it", () => {
    const file = ocrTexts.find((f) => basename(f) === "S-RES-1445.txt");
    const xml = join(corpusRoot, "akn/sc/S-RES-1445.xml");
    if (!file || !existsSync(xml)) return;
    const result = safeParseResolution(readFileSync(file, "utf8"));
    if (!result.success) throw result.error;
    expect(result.data.symbol).toBe("S/RES/1445 (2002)");
    expect(result.data.adoptionDate).toBe("2002-12-04");
    expect(result.data.meeting?.number).toBe(4653);
    const counts = xmlCounts(readFileSync(xml, "utf8"));
    expect([result.data.preamble.length, result.data.operative.length]).toEqual([counts.preamble, counts.operative]);
    // Operative 13 holds six dash-led items, as the XML's list does.
    expect(result.data.operative[12]?.subparagraphs.map((s) => s.label)).toEqual(["–", "–", "–", "–", "–", "–"]);
  });
});
