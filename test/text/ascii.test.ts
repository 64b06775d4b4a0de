import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAsciiDigit, isAsciiLetter } from "../../src/text/ascii.js";

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
