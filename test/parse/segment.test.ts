import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { superscriptValue, withoutTrailingMarker } from "../../src/parse/segment.js";

/** The rule read plainly: the first match of the trailing-marker pattern in the last 8 characters, cut off. */
function plainWithoutTrailingMarker(text: string): string {
  const tail = text.slice(-8);
  const marker = /(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|(?<=[,;:.]) ?\d{1,3}\/?)$/.exec(tail);
  return marker ? text.slice(0, text.length - tail.length + marker.index) : text;
}

describe("withoutTrailingMarker", () => {
  it("cuts a marker at a line's end, superscript or plain after punctuation, and nothing else", () => {
    // A/RES/65/190 prints its markers in superscript digits; the 1990s volumes write "1/".
    expect(withoutTrailingMarker("Transnational Organized Crime,¹")).toBe("Transnational Organized Crime,");
    expect(withoutTrailingMarker("received until now, 1/")).toBe("received until now,");
    expect(withoutTrailingMarker("Reaffirming its resolution 64/293,")).toBe("Reaffirming its resolution 64/293,");
    expect(withoutTrailingMarker("in its resolution 64/293")).toBe("in its resolution 64/293");
    expect(withoutTrailingMarker("")).toBe("");
  });

  it("agrees with the pattern read on the line's last eight characters, for any line", () => {
    const piece = fc.constantFrom("¹", "²", "⁴", "⁰", "1", "12", "/", ",", ".", ";", " ", "a", "Crime", "64/293", "’");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(withoutTrailingMarker(text)).toBe(plainWithoutTrailingMarker(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("superscriptValue", () => {
  it("reads the footnote numbers of A/RES/65/190's markers", () => {
    expect(superscriptValue("¹")).toBe(1);
    expect(superscriptValue("¹⁶")).toBe(16);
    expect(superscriptValue("Crime,²³", 6)).toBe(23);
    expect(superscriptValue("⁸ Ibid.", 0, 1)).toBe(8);
  });

  it("agrees with reading each digit's value from a table, for any run of superscript digits", () => {
    const table = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"];
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.string({ maxLength: 4 }),
        (digits, before) => {
          const text = before + digits.map((d) => table[d]).join("");
          expect(superscriptValue(text, before.length)).toBe(Number(digits.join("")));
        },
      ),
    );
  });
});
