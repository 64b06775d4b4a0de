import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forbiddenCharAt } from "../../src/akn/xml-char.js";
import { isXmlChar } from "../../src/akn/xml-reference.js";

describe("forbiddenCharAt", () => {
  it("finds the first control character, U+FFFE, U+FFFF or lone surrogate", () => {
    expect(forbiddenCharAt("<a>\t\r\n\u00a0\u{1F600}</a>")).toBe(-1);
    expect(forbiddenCharAt("<a>\u0001</a>")).toBe(3);
    expect(forbiddenCharAt("<a>\u000b</a>")).toBe(3);
    expect(forbiddenCharAt("<a>\uFFFE\uFFFF</a>")).toBe(3);
    expect(forbiddenCharAt("<a>\uD800</a>")).toBe(3);
    expect(forbiddenCharAt("<a>\uDC00\uD800</a>")).toBe(3);
    expect(forbiddenCharAt("<a/>\uD83D")).toBe(4);
    expect(forbiddenCharAt("\uD800 \u0001")).toBe(0);
    expect(forbiddenCharAt("\u{1F600}\uDE00 \u0001")).toBe(2);
  });

  it("agrees with XML 1.0 [2] Char, code point by code point (property)", () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(unit, fc.constantFrom("a", "\u{1F600}")), maxLength: 12 }), (text) => {
        let expected = -1;
        for (let i = 0; i < text.length; i++) {
          const c = text.codePointAt(i) as number;
          if (!isXmlChar(c)) {
            expected = i;
            break;
          }
          if (c > 0xffff) i++;
        }
        expect(forbiddenCharAt(text)).toBe(expected);
      }),
    );
  });
});
