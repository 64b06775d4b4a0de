import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endBeforeTrailingMarks, withoutTrailingMarks } from "../../src/text/anchored-scan.js";

describe("withoutTrailingMarks", () => {
  it("cuts the commas, semicolons, colons and full stops at a word's end, nothing else", () => {
    expect(withoutTrailingMarks("concern,")).toBe("concern");
    expect(withoutTrailingMarks("Assembly.;")).toBe("Assembly");
    expect(withoutTrailingMarks("resolution")).toBe("resolution");
    expect(withoutTrailingMarks("(a)")).toBe("(a)");
    expect(withoutTrailingMarks(",.")).toBe("");
  });
});

describe("endBeforeTrailingMarks", () => {
  it("is where withoutTrailingMarks of the stretch ends, for any text and stretch", () => {
    const text = fc.stringMatching(/^[a-z ,;:.()]{0,30}$/);
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const start = s.length === 0 ? 0 : a % (s.length + 1);
        const end = start + (s.length - start === 0 ? 0 : b % (s.length - start + 1));
        const bare = withoutTrailingMarks(s.slice(start, end));
        expect(endBeforeTrailingMarks(s, start, end)).toBe(start + bare.length);
      }),
    );
  });

  it("never goes back past the stretch's start", () => {
    expect(endBeforeTrailingMarks("a,,,", 2, 4)).toBe(2);
    expect(endBeforeTrailingMarks("Noting with concern, the", 0, 20)).toBe(19);
  });
});
