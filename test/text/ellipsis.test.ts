import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withEllipsis } from "../../src/text/ellipsis.js";

describe("withEllipsis", () => {
  it("keeps a text of at most max code units, and cuts a longer one to max with the ellipsis", () => {
    expect(withEllipsis("akomaNtoso", 40)).toBe("akomaNtoso");
    expect(withEllipsis("abcde", 5)).toBe("abcde");
    expect(withEllipsis("abcdef", 5)).toBe("abcd…");
  });

  it("gives at most max code units, the text's own start, and the text itself when it fits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 50 }), (text, max) => {
        const out = withEllipsis(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(out).toBe(text);
        else expect(out).toBe(`${text.slice(0, max - 1)}…`);
      }),
    );
  });
});
