import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { symbolStarts } from "../../src/citations/document.js";

/** What the starts must agree with: the global search with a lookbehind that the finder used to run. */
const SYMBOL_START_AFTER_NO_TOKEN = /(?<![A-Za-z0-9/.-])[A-Z]{1,8}\//g;

describe("symbolStarts", () => {
  it("finds a start at each series and slash, not inside a symbol or a longer run of capitals", () => {
    // "HIV/" may begin a symbol (the reader refuses it later); "C.3/", "AIDS" and a nine-letter series may not.
    const text = "A/64/53 and Corr.1, HIV/AIDS, ABCDEFGHI/1, (A/C.3/65/L.21)";
    expect(symbolStarts(text)).toEqual([0, text.indexOf("HIV/"), text.indexOf("A/C.3")]);
  });

  it("agrees with the global search /(?<![A-Za-z0-9/.-])[A-Z]{1,8}\\//g, for any text", () => {
    const piece = fc.oneof(
      fc.constantFrom("/", "A", "ABCDEFGH", "C.3", " ", "(", "-", ".", "a", "9", "HIV/S"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(symbolStarts(text)).toEqual([...text.matchAll(SYMBOL_START_AFTER_NO_TOKEN)].map((m) => m.index));
      }),
    );
  });
});
