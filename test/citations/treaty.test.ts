import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { treatyHeads } from "../../src/citations/treaty.js";

/** What the heads must agree with: the global search with a lookbehind that the finder used to run. */
const TREATY_HEAD = /(?<![A-Za-z])(?:(?:United Nations, )?Treaty Series,\s|[Ii]bid\.,\s)/g;

describe("treatyHeads", () => {
  it("finds the heads of the seed's footnotes 1 and 8, not an ibid inside a word", () => {
    // A/RES/65/190, footnotes 1 and 8 (joined), and "ibid." inside a longer word.
    const text = "United Nations, Treaty Series, vol. 2225, No. 39574. Ibid., vol. 96, No. 1342; Xibid., vol. 1";
    expect(treatyHeads(text)).toEqual([
      { start: 0, end: 31 },
      { start: 53, end: 60 },
    ]);
  });

  it("agrees with /(?<![A-Za-z])(?:(?:United Nations, )?Treaty Series,\\s|[Ii]bid\\.,\\s)/g, for any text", () => {
    const piece = fc.oneof(
      fc.constantFrom("United Nations, ", "Treaty Series,", "Ibid.,", "ibid.,", "bid.,", "I", "x", " ", "\n", "\u00a0"),
      fc.constantFrom("United Nations,", "Treaty Series", "Ibid.", ", ", "9", "United Nations, Treaty Series, "),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        const expected = [...text.matchAll(TREATY_HEAD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        expect(treatyHeads(text)).toEqual(expected);
      }),
    );
  });
});
