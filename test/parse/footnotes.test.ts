import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanFootnoteText } from "../../src/parse/footnotes.js";

/** The straightforward cleaning the fast one must agree with. */
function plainClean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

describe("cleanFootnoteText", () => {
  it("single-spaces a footnote broken over lines (seed footnote 11, as pdftotext cuts it)", () => {
    const text =
      "See Official Records of the General Assembly, Sixty-fourth Session,\nSupplement No. 53 (A/64/53), chap. III, sect. A.";
    expect(cleanFootnoteText(text)).toBe(
      "See Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 53 (A/64/53), chap. III, sect. A.",
    );
  });

  it("gives back a clean footnote as it is (seed footnote 8)", () => {
    const text = "Ibid., vol. 96, No. 1342.";
    expect(cleanFootnoteText(text)).toBe(text);
  });

  it("trims white space at either end and joins a run of spaces", () => {
    expect(cleanFootnoteText(" Resolution 64/293.")).toBe("Resolution 64/293.");
    expect(cleanFootnoteText("Resolution 64/293.\u00a0")).toBe("Resolution 64/293.");
    expect(cleanFootnoteText("Resolution  64/293.")).toBe("Resolution 64/293.");
    expect(cleanFootnoteText("")).toBe("");
  });

  it("agrees with replacing every run of white space by one space and trimming (law)", () => {
    const unit = fc.constantFrom(
      "a",
      "b",
      ".",
      " ",
      " ",
      "\n",
      "\t",
      "\u00a0",
      "\u2003",
      "\ufeff",
      "\u2028",
      "é",
      "\ud83d",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(cleanFootnoteText(text)).toBe(plainClean(text));
      }),
      { numRuns: 3000 },
    );
  });
});
