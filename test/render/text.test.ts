import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromAkomaNtoso } from "../../src/akn/index.js";
import { A_RES_65_190 } from "../../src/data/index.js";
import { toText } from "../../src/render/index.js";
import { corpusRoot, hasCorpus } from "../helpers/shared.js";

describe("toText", () => {
  const text = toText(A_RES_65_190);

  it("opens with the symbol, the number and title, and the header facts of A/RES/65/190", () => {
    expect(text.startsWith("A/RES/65/190\n65/190. Trafficking in women and girls\n\nBody: General Assembly\n")).toBe(
      true,
    );
    expect(text).toContain("Session: Sixty-fifth session\nAgenda item: 28 (a)\n");
    expect(text).toContain("Adopted: 21 December 2010, 71st plenary meeting\n");
    expect(text).toContain("Report: Third Committee (A/65/449)\nDistribution: General, 11 March 2011\n");
  });

  it("writes each marker as [n] right where it stands, as the printed resolution places it", () => {
    expect(text).toContain(
      "such as the United Nations Convention against Transnational Organized Crime[1] and the Protocols thereto",
    );
    expect(text).toContain(
      "\n\n1. Takes note with appreciation of the report of the Secretary-General,[14] which outlines concrete measures",
    );
  });

  it("ends with the footnotes, numbered as printed", () => {
    expect(text).toContain(
      "\n\nFootnotes\n\n[1] United Nations, Treaty Series, vol. 2225, No. 39574.\n\n[2] Ibid., vol. 2237, No. 39574.",
    );
    expect(text.endsWith("[16] Resolution 2200 A (XXI), annex.\n")).toBe(true);
  });

  it.skipIf(!hasCorpus)("indents subparagraphs four spaces a level (A/RES/76/248, paragraph 1)", () => {
    const r = fromAkomaNtoso(readFileSync(join(corpusRoot, "akn/ga/A-RES-76-248.xml"), "utf8"));
    const out = toText(r);
    expect(out).toContain(
      "\n    (b) Such commitments as the President of the International Court of Justice certifies",
    );
    expect(out).toContain(
      "\n        (i) The designation of ad hoc judges (Statute of the International Court of Justice, Article 31)",
    );
    expect(out).toContain("\n\n2. Resolves that the Secretary-General shall report");
  });
});
