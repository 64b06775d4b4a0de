import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordsHeads } from "../../src/citations/official-records.js";

/** What the heads must agree with: the global search with a lookbehind that the finder used to run. */
const RECORDS_HEAD =
  /(?<![A-Za-z])(?:Official Records of the (General Assembly|Security Council|Economic and Social Council|Trusteeship Council)|[Ii]bid\.)(?=,\s)/g;

describe("recordsHeads", () => {
  it("finds the heads of the seed's footnotes 11 and 12, not an ibid inside a word or without its comma", () => {
    // A/RES/65/190, footnotes 11 and 12 (shortened and joined), then two heads that are none.
    const text =
      "See Official Records of the General Assembly, Sixty-fourth Session. Ibid., Sixty-fifth Session; Xibid., 1; Ibid. 2";
    expect(recordsHeads(text)).toEqual([
      { start: 4, end: 44, body: "General Assembly" },
      { start: 68, end: 73, body: undefined },
    ]);
  });

  it("agrees with the global search with a lookbehind it replaced, for any text", () => {
    const piece = fc.oneof(
      fc.constantFrom("Official Records of the ", "General Assembly", "Security Council", "Trusteeship Council"),
      fc.constantFrom("Economic and Social Council", "Ibid.", "ibid.", "bid.", "I", "x", ", ", ",", " ", "\n"),
      fc.constantFrom("Official Records of the General Assembly, ", "Official Records of the ", "\u00a0"),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        const expected = [...text.matchAll(RECORDS_HEAD)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          body: m[1],
        }));
        expect(recordsHeads(text)).toEqual(expected);
      }),
    );
  });
});
