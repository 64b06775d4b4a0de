import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MappedTextBuilder, newOffsets, sliceMapped, trimMapped } from "../../src/parse/mapped-text.js";

describe("newOffsets", () => {
  it("hands out zeroed arrays of the length asked for that never share a place", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 30 }), (lengths) => {
        const arrays = lengths.map((n) => newOffsets(n));
        arrays.forEach((a, i) => {
          expect(a.length).toBe(lengths[i]);
          expect(a.every((v) => v === 0)).toBe(true);
        });
        // Writing into each array in turn changes no other.
        for (const [i, a] of arrays.entries()) a.fill(i + 1);
        for (const [i, a] of arrays.entries()) expect(a.every((v) => v === i + 1)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe("MappedTextBuilder", () => {
  it("keeps each character's source offset through appends, made-up spaces and trimming", () => {
    const line = { text: "Urges States", offsets: Int32Array.from({ length: 12 }, (_, i) => 100 + i) };
    const b = new MappedTextBuilder(2);
    b.appendMapped(line, 0, 5);
    b.appendSynthetic(" ");
    b.appendMapped(line, 6);
    b.appendSynthetic(" ");
    b.trimEnd((c) => c === " ");
    const out = b.build();
    expect(out.text).toBe("Urges States");
    expect([...out.offsets]).toEqual([100, 101, 102, 103, 104, 104, 106, 107, 108, 109, 110, 111]);
    expect(sliceMapped(out, 6).offsets[0]).toBe(106);
    expect(trimMapped({ text: " a ", offsets: Int32Array.of(1, 2, 3) })).toEqual({
      text: "a",
      offsets: Int32Array.of(2),
    });
  });
});
