import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCitations } from "../../src/citations/find.js";
import { treatyHeads } from "../../src/citations/treaty.js";
import { Citation } from "../../src/schemas/citation.js";

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

// src/citations/treaty.ts read any digits: volume, registration number or page 0 made a citation
// that the schema refuses (the Treaty Series counts all three from 1).
describe("treaty citations numbered 0", () => {
  const treaties = (text: string) => findCitations(text).filter((c) => c.type === "treaty");

  it("finds no treaty in volume 0 or registered as No. 0", () => {
    expect(treaties("United Nations, Treaty Series, vol. 0, No. 39574.")).toEqual([]);
    expect(treaties("United Nations, Treaty Series, vol. 2225, No. 0.")).toEqual([]);
    expect(treaties("United Nations, Treaty Series, vol. 000, No. 000.")).toEqual([]);
    expect(treaties("Ibid., No. 0.")).toEqual([]);
    // The seed's footnote 1 (A/RES/65/190) reads as before.
    expect(treaties("United Nations, Treaty Series, vol. 2225, No. 39574.")).toMatchObject([
      { volume: 2225, number: 39574 },
    ]);
  });

  it("reads a page 0 as no page", () => {
    const [treaty] = treaties("United Nations, Treaty Series, vol. 2225, No. 39574, p. 0.");
    expect(treaty).toMatchObject({ volume: 2225, number: 39574 });
    expect(treaty?.page).toBeUndefined();
  });

  it("gives only citations that the schema accepts, whatever the numbers", () => {
    const digits = fc.constantFrom("0", "00", "1", "2225", "39574", "999999");
    fc.assert(
      fc.property(digits, digits, digits, (volume, number, page) => {
        for (const c of findCitations(`United Nations, Treaty Series, vol. ${volume}, No. ${number}, p. ${page}.`)) {
          expect(Citation.safeParse(c).success, JSON.stringify(c)).toBe(true);
        }
      }),
    );
  });
});

// src/citations/treaty.ts read each "; vol. …" continuation by recursion, one call per treaty: a
// chain of 10,000 (160 kB, a footnote's text in a parse well within maxLength) overflowed the stack.
describe("treaty citations chained by continuations", () => {
  it("reads a chain of 10,001 treaties in one series, each once, in order", () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => `; vol. ${i + 2}, No. ${i + 2}`).join("");
    const found = findCitations(`United Nations, Treaty Series, vol. 1, No. 1${chain}.`);
    expect(found.map((c) => (c.type === "treaty" ? `${c.volume}/${c.number}` : c.type))).toEqual(
      Array.from({ length: 10_001 }, (_, i) => `${i + 1}/${i + 1}`),
    );
  });

  it('reads a continuation as a second treaty with its own span, the "; and " between them left out', () => {
    // A/RES/65/190's footnote 1, then a second treaty of the series.
    const two = findCitations("United Nations, Treaty Series, vol. 2225, No. 39574; and vol. 2237, No. 39574.");
    expect(two).toMatchObject([
      { type: "treaty", volume: 2225, number: 39574, span: { start: 0, end: 51 } },
      { type: "treaty", volume: 2237, number: 39574, span: { start: 57, end: 77 } },
    ]);
  });
});
