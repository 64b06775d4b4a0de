import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refsBetween } from "../../src/text/footnote-refs.js";

describe("refsBetween", () => {
  it("keeps the refs from `from` to `to` inclusive, the same objects in the same order", () => {
    const refs = [
      { number: 1, offset: 3 },
      { number: 2, offset: 5 },
      { number: 3, offset: 9 },
      { number: 4, offset: 12 },
    ];
    expect(refsBetween(refs, 5, 9)).toEqual([refs[1], refs[2]]);
    expect(refsBetween(refs, 5, 9)[0]).toBe(refs[1]);
    expect(refsBetween(refs, 13, 20)).toEqual([]);
    expect(refsBetween([], 0, 5)).toEqual([]);
  });

  it("gives what filtering every ref gives, on refs sorted by offset (ties in any order)", () => {
    const refs = fc
      .array(fc.record({ number: fc.integer({ min: 1, max: 9 }), offset: fc.integer({ min: 0, max: 40 }) }), {
        maxLength: 30,
      })
      .map((list) => [...list].sort((a, b) => a.offset - b.offset));
    fc.assert(
      fc.property(refs, fc.integer({ min: -2, max: 42 }), fc.integer({ min: -2, max: 42 }), (sorted, from, to) => {
        expect(refsBetween(sorted, from, to)).toEqual(sorted.filter((r) => r.offset >= from && r.offset <= to));
      }),
    );
  });
});
