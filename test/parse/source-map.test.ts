import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SourceMap } from "../../src/parse/source-map.js";

/** Line and column of `offset` the slow way: count the line breaks before it ("\r\n", "\r", "\n"). */
function naivePoint(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

describe("SourceMap", () => {
  it("gives line and column from 1 after each kind of line break", () => {
    const map = new SourceMap("ab\ncd\r\nef\rgh");
    expect(map.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(map.point(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(map.point(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(map.point(10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(map.point(99)).toEqual({ line: 4, column: 3, offset: 12 });
  });

  it("agrees with counting line breaks, on any text of line breaks and letters", () => {
    const text = fc
      .array(fc.constantFrom("a", " ", "\n", "\r", "\r\n", "\f"), { maxLength: 60 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const map = new SourceMap(t);
        for (let offset = 0; offset <= t.length; offset++) expect(map.point(offset)).toEqual(naivePoint(t, offset));
      }),
    );
  });

  it("gives the same points whatever order the offsets are asked in", () => {
    // The map starts each lookup at the line of the one before: forward, backward, far and near.
    const text = fc
      .array(fc.constantFrom("a", "bc", "\n", "\r", "\r\n", "\n\n"), { maxLength: 80 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 30 }), (t, picks) => {
        const map = new SourceMap(t);
        for (const pick of picks) {
          const offset = pick % (t.length + 2);
          expect(map.point(offset)).toEqual(naivePoint(t, Math.min(offset, t.length)));
        }
      }),
    );
  });

  it("gives each line's range, the lines being what splitting at every kind of break gives", () => {
    const text = fc
      .array(fc.constantFrom("a", "bc", "\n", "\r", "\r\n", "\n\n", "\r\r"), { maxLength: 80 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const map = new SourceMap(t);
        const expected = t.split(/\r\n|\r|\n/);
        expect(map.lineCount).toBe(expected.length);
        let offset = 0;
        expected.forEach((line, k) => {
          expect(map.lineStart(k)).toBe(offset);
          expect(map.lineEnd(k)).toBe(offset + line.length);
          expect(t.slice(map.lineStart(k), map.lineEnd(k))).toBe(line);
          offset += line.length + (t.startsWith("\r\n", offset + line.length) ? 2 : 1);
        });
      }),
    );
  });
});
