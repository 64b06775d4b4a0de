import { describe, expect, it } from "vitest";
import { nameEnd } from "../../src/akn/xml-name.js";

describe("nameEnd", () => {
  // [xml, start, end]: where the name starting at `start` ends (XML 1.0 [4], [4a], [5]).
  const cases: ReadonlyArray<readonly [string, number, number]> = [
    ["<akn4un:voters x", 1, 14],
    ["<p>", 1, 2],
    ["<_a-b.c9·>", 1, 9],
    ["<:x>", 1, 3],
    ["< p>", 1, 1],
    ["<1p>", 1, 1],
    ["<-p>", 1, 1],
    ["<.p>", 1, 1],
    ["<·p>", 1, 1],
    ["<é\u0301>", 1, 3],
    ["<\u0301>", 1, 1],
    ["<×>", 1, 1],
    ["<a×>", 1, 2],
    ["<\u{10000}\u{EFFFF}>", 1, 5],
    ["<\u{F0000}>", 1, 1],
    ["<a\u{F0000}>", 1, 2],
    ["<a", 1, 2],
    ["", 0, 0],
  ];
  for (const [xml, start, end] of cases) {
    it(`${JSON.stringify(xml)} from ${start}: ${end}`, () => {
      expect(nameEnd(xml, start)).toBe(end);
    });
  }
});
