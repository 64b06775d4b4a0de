import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refsWithin } from "../../src/render/clause-blocks.js";

describe("refsWithin", () => {
  it("keeps the refs from start to end inclusive, offsets from start", () => {
    const refs = [
      { number: 1, offset: 3 },
      { number: 2, offset: 5 },
      { number: 3, offset: 9 },
      { number: 4, offset: 12 },
    ];
    expect(refsWithin(refs, 5, 9)).toEqual([
      { number: 2, offset: 0 },
      { number: 3, offset: 4 },
    ]);
    expect(refsWithin(refs, 13, 20)).toEqual([]);
    expect(refsWithin([], 0, 5)).toEqual([]);
  });

  it("gives what filtering every ref gives, on refs sorted by offset (ties in any order)", () => {
    const refs = fc
      .array(fc.record({ number: fc.integer({ min: 1, max: 9 }), offset: fc.integer({ min: 0, max: 40 }) }), {
        maxLength: 30,
      })
      .map((list) => [...list].sort((a, b) => a.offset - b.offset));
    fc.assert(
      fc.property(refs, fc.integer({ min: -2, max: 42 }), fc.integer({ min: -2, max: 42 }), (sorted, start, end) => {
        const plain = sorted
          .filter((r) => r.offset >= start && r.offset <= end)
          .map((r) => ({ number: r.number, offset: r.offset - start }));
        expect(refsWithin(sorted, start, end)).toEqual(plain);
      }),
    );
  });
});
