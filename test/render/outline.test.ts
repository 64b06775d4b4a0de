import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromAkomaNtoso } from "../../src/akn/index.js";
import { A_RES_65_190 } from "../../src/data/index.js";
import { citationSummary, toOutline } from "../../src/render/index.js";
import type { Citation } from "../../src/schemas/index.js";
import { corpusRoot, hasCorpus } from "../helpers/shared.js";

describe("toOutline", () => {
  const lines = toOutline(A_RES_65_190).split("\n");

  it("gives A/RES/65/190's header facts and counts as the document prints them", () => {
    expect(lines.slice(0, 8)).toEqual([
      "A/RES/65/190 — Trafficking in women and girls",
      "Body: General Assembly",
      "Session: Sixty-fifth session",
      "Agenda item: 28 (a)",
      "Adopted: 21 December 2010, 71st plenary meeting",
      "Report: Third Committee (A/65/449)",
      "Distribution: General, 11 March 2011",
      "Counts: 25 preambular, 33 operative, 16 footnotes, 0 annexes",
    ]);
  });

  it("lists each paragraph's number and phrase, with its footnote numbers", () => {
    expect(lines).toContain("   2  Recalling [1, 2, 3, 4, 5, 6, 7, 8]");
    expect(lines).toContain("   1  Takes note with appreciation [14]");
    expect(lines).toContain("  33  Requests");
  });

  it("says what each footnote cites", () => {
    expect(lines).toContain(
      "   1  UNTS vol. 2225, No. 39574 — United Nations Convention against Transnational Organized Crime",
    );
    expect(lines).toContain("  14  A/65/209");
    expect(lines).toContain("  10  resolution 64/293");
  });

  it.skipIf(!hasCorpus)(
    "gives a Security Council resolution without title, with its meeting and vote (S/RES/2720)",
    () => {
      const r = fromAkomaNtoso(readFileSync(join(corpusRoot, "akn/sc/S-RES-2720.xml"), "utf8"));
      const out = toOutline(r).split("\n");
      expect(out[0]).toBe("S/RES/2720 (2023)");
      expect(out).toContain("Adopted: 22 December 2023, 9520th meeting");
      expect(out).toContain("Vote: recorded vote: 13 in favour, 2 abstentions");
      expect(out).toContain("Counts: 14 preambular, 16 operative, 0 footnotes, 0 annexes");
    },
  );
});

describe("citationSummary", () => {
  const cases: [Citation, string][] = [
    [{ type: "treaty", volume: 2225, number: 39574, ibid: false }, "UNTS vol. 2225, No. 39574"],
    [
      { type: "treaty", volume: 2237, number: 39574, ibid: true, name: "Protocol" },
      "UNTS vol. 2237, No. 39574 (ibid.) — Protocol",
    ],
    [{ type: "resolution", number: "64/293" }, "resolution 64/293"],
    [
      { type: "resolution", number: "11/3", body: "Human Rights Council", date: "2009-06-17" },
      "Human Rights Council resolution 11/3 of 2009-06-17",
    ],
    [{ type: "resolution", kind: "decision", number: "75/570", annex: true }, "decision 75/570, annex"],
    [{ type: "document", symbol: "A/C.3/55/3", annex: true }, "A/C.3/55/3, annex"],
    [
      {
        type: "officialRecords",
        body: "General Assembly",
        session: 64,
        supplement: "53",
        symbols: ["A/64/53"],
        ibid: false,
      },
      "Official Records of the General Assembly, 64th session, Supplement No. 53 (A/64/53)",
    ],
    [{ type: "publication", salesNumber: "E.96.IV.13" }, "Sales No. E.96.IV.13"],
    [{ type: "charter", article: "22" }, "Charter, Article 22"],
  ];
  it.each(cases)("%j → %s", (citation, expected) => {
    expect(citationSummary(citation)).toBe(expected);
  });
});
