import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  atWordStart,
  endBeforeTrailingMarks,
  endsWithMark,
  scanAnchored,
  scanAnchoredHolding,
} from "../../src/text/anchored-scan.js";

/** A word without the marks at its end, read plainly: the reference for {@link endBeforeTrailingMarks}. */
function withoutTrailingMarks(word: string): string {
  return word.replace(/[,;:.]+$/, "");
}

/** A word cut where {@link endBeforeTrailingMarks} says its marks begin. */
function cutMarks(word: string): string {
  return word.slice(0, endBeforeTrailingMarks(word, 0, word.length));
}

describe("endBeforeTrailingMarks", () => {
  it("cuts the commas, semicolons, colons and full stops at a word's end, nothing else", () => {
    expect(cutMarks("concern,")).toBe("concern");
    expect(cutMarks("Assembly.;")).toBe("Assembly");
    expect(cutMarks("resolution")).toBe("resolution");
    expect(cutMarks("(a)")).toBe("(a)");
    expect(cutMarks(",.")).toBe("");
  });

  it("is where the marks of the stretch begin, for any text and stretch", () => {
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

describe("endsWithMark", () => {
  /** What the segment stage asks of a line's end: a closing mark, after at most two closing quotes or brackets. */
  const closes = (text: string) => endsWithMark(text, ",;:.", 2);

  it("tells a text that ends with a closing mark, after at most two closing quotes or brackets", () => {
    // A/RES/65/190: "Recalling … Transnational Organized Crime," and "…, as follows:" may end a paragraph.
    expect(closes("Transnational Organized Crime,")).toBe(true);
    expect(closes("to be held in 2011;")).toBe(true);
    expect(closes("(the “Palermo Protocol”),")).toBe(true);
    expect(closes("(“Palermo”).”)")).toBe(true);
    expect(closes("Urges States")).toBe(false);
    expect(closes("a)))")).toBe(false);
    expect(closes("")).toBe(false);
  });

  it("agrees with the pattern it reads, for any text", () => {
    const piece = fc.constantFrom(",", ";", ":", ".", '"', "”", "’", ")", "]", "(", "a", " ", "¹", "States");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join("");
        expect(closes(text)).toBe(/[,;:.](?:["”’)\]]{0,2})$/.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
