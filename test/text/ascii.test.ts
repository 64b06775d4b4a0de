import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allAsciiDigits, isAsciiDigit, isAsciiLetter } from "../../src/text/ascii.js";

describe("isAsciiLetter", () => {
  it("is true for A–Z and a–z only, whatever the code unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (code) => {
        expect(isAsciiLetter(code)).toBe(/^[A-Za-z]$/.test(String.fromCharCode(code)));
      }),
    );
  });

  it("is false past the end of a text (NaN) and for the characters next to ASCII's letters", () => {
    expect(isAsciiLetter("".charCodeAt(0))).toBe(false);
    for (const c of ["@", "[", "`", "{", "é"]) expect(isAsciiLetter(c.charCodeAt(0))).toBe(false);
    for (const c of ["A", "Z", "a", "z"]) expect(isAsciiLetter(c.charCodeAt(0))).toBe(true);
  });
});

describe("isAsciiDigit", () => {
  it("is true for 0–9 only, whatever the code unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (code) => {
        expect(isAsciiDigit(code)).toBe(/^[0-9]$/.test(String.fromCharCode(code)));
      }),
    );
  });

  it("is false past the end of a text (NaN) and for superscript and full-width digits", () => {
    expect(isAsciiDigit("".charCodeAt(0))).toBe(false);
    for (const c of ["/", ":", "¹", "⁷", "７"]) expect(isAsciiDigit(c.charCodeAt(0))).toBe(false);
  });
});

describe("allAsciiDigits", () => {
  it("tells a year or a paragraph number written in digits from one OCR misread", () => {
    // The 1990s volumes: "1993" and "12" as printed, "l993" and "I2" as OCR read them.
    expect(allAsciiDigits("1993")).toBe(true);
    expect(allAsciiDigits("12")).toBe(true);
    expect(allAsciiDigits("l993")).toBe(false);
    expect(allAsciiDigits("I2")).toBe(false);
    expect(allAsciiDigits("19O3")).toBe(false);
  });

  it("agrees with a pattern of digits only, for any non-empty text", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), (text) => {
        expect(allAsciiDigits(text)).toBe(/^[0-9]+$/.test(text));
      }),
    );
  });
});
