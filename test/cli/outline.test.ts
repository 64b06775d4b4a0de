import { describe, expect, it } from "vitest";
import { citationText } from "../../src/cli/outline.js";
import type { Citation } from "../../src/schemas/index.js";

describe("citationText", () => {
  it.each<[Citation, string]>([
    [
      {
        type: "treaty",
        volume: 2187,
        number: 38544,
        ibid: false,
        title: "Rome Statute of the International Criminal Court",
      },
      "treaty: Rome Statute of the International Criminal Court (UNTS vol. 2187, No. 38544)",
    ],
    [
      { type: "treaty", volume: 96, number: 1342, page: 271, ibid: true },
      "treaty (Ibid.): untitled (UNTS vol. 96, No. 1342, p. 271)",
    ],
    [
      { type: "resolution", number: "11/3", body: "Human Rights Council", date: "2009-06-17" },
      "Human Rights Council resolution 11/3 of 17 June 2009",
    ],
    [{ type: "resolution", kind: "decision", number: "64/555" }, "decision 64/555"],
    [{ type: "resolution", number: "2200 A (XXI)", annex: true }, "resolution 2200 A (XXI), annex"],
    [{ type: "document", symbol: "A/C.3/55/3", annex: true }, "document A/C.3/55/3, annex"],
    [
      {
        type: "officialRecords",
        body: "General Assembly",
        session: 64,
        supplement: "53",
        symbols: ["A/64/53"],
        chapter: "III",
        section: "A",
        ibid: false,
      },
      "Official Records of the General Assembly, session 64, Supplement No. 53, chap. III, sect. A (A/64/53)",
    ],
    [{ type: "publication", salesNumber: "E.96.IV.13" }, "publication (Sales No. E.96.IV.13)"],
    [{ type: "charter", article: "22" }, "Charter of the United Nations, Article 22"],
  ])("%j", (citation, text) => {
    expect(citationText(citation)).toBe(text);
  });
});
