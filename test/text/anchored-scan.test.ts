import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  atWordStart,
  endBeforeTrailingMarks,
  scanAnchored,
  scanAnchoredHolding,
  withoutTrailingMarks,
} from "../../src/text/anchored-scan.js";

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

describe("scanAnchoredHolding", () => {
  // The session pattern of the header stage: "session" stands at most 43 characters into a match.
  const SESSION = /^([A-Z][a-z]{2,12}(?:-[a-z]{3,10})?) (emergency special |special )?session/;

  it("finds the session of A/RES/65/190's header, and nothing in a header without the word", () => {
    const header =
      "United Nations A/RES/65/190\nGeneral Assembly Distr.: General\nSixty-fifth session\nAgenda item 28 (a)";
    expect(scanAnchoredHolding(header, SESSION, atWordStart, 50, "session", 43)?.[1]).toBe("Sixty-fifth");
    expect(
      scanAnchoredHolding("Security Council Resolution 1445 (2002)", SESSION, atWordStart, 50, "session", 43),
    ).toBeUndefined();
  });

  it("finds what scanning every place finds, for any text", () => {
    const piece = fc.constantFrom(
      "Sixty-fifth",
      "Tenth",
      " ",
      "\n",
      "emergency special ",
      "special ",
      "session",
      "Session",
      "Twenty-seventh",
      "-",
      "x",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join("");
        const plain = scanAnchored(text, SESSION, atWordStart, 50);
        const held = scanAnchoredHolding(text, SESSION, atWordStart, 50, "session", 43);
        expect(held?.index).toBe(plain?.index);
        expect(held?.[0]).toBe(plain?.[0]);
      }),
      { numRuns: 2000 },
    );
  });
});
